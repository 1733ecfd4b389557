"""Where a batch's tasks run: the standard library's process pool, or a Dask cluster.

Both engines offer the same two calls, and the driver does not know which it has:

    engine.call(fn, *args)                  one task, its result (or its exception)
    engine.map_unordered(fn, items, *args)  fn(item, *args) for every item, results as they finish

`map_unordered` keeps only a few tasks per worker in flight, so an archive of a million articles
never sits in memory or in the scheduler at once. Each worker process loads its resources once:
the pool's `initializer`, or a Dask `WorkerPlugin` run as each worker joins.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
from typing import Any, Callable, Iterable, Iterator

from analysis.batch.worker import prepare_worker
from analysis.errors import TapecheckError
from analysis.settings import Settings

IN_FLIGHT_PER_WORKER = 2  # one running, one queued: a worker never waits for the driver


class LocalEngine:
    """`concurrent.futures.ProcessPoolExecutor`, each worker started fresh (spawn) and prepared once."""

    name = "local"

    def __init__(self, settings: Settings, *, workers: int | None = None, sentiment: bool = True) -> None:
        self.workers = workers or os.cpu_count() or 1
        # spawn, not fork: a forked copy of a driver holding database connections and (later)
        # torch's thread pools is a known source of hangs.
        self._pool = cf.ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_local_worker,
            initargs=(settings, sentiment),
        )
        self._sentiment = sentiment

    def call(self, fn: Callable, *args: Any) -> Any:
        return self._pool.submit(fn, *args).result()

    def map_unordered(self, fn: Callable, items: Iterable, *args: Any, **kwargs: Any) -> Iterator[tuple[Any, Any]]:
        """(item, result) for every item; a task that raised yields (item, exception)."""
        pending: dict[cf.Future, Any] = {}
        items = iter(items)
        limit = self.workers * IN_FLIGHT_PER_WORKER

        def top_up() -> None:
            for item in items:
                pending[self._pool.submit(fn, item, *args, **kwargs)] = item
                if len(pending) >= limit:
                    return

        top_up()
        while pending:
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for future in done:
                item = pending.pop(future)
                error = future.exception()
                yield item, (error if error is not None else future.result())
            top_up()

    def describe(self) -> str:
        return f"local process pool, {self.workers} worker{'s' if self.workers != 1 else ''}"

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _start_local_worker(settings: Settings, sentiment: bool) -> None:
    # One thread per worker, one worker per core, as Dask's nanny sets up its workers. Measured on
    # the bundled model (2 cores): one worker with two torch threads scored 1.4 articles/s, two
    # single-threaded workers 6.2/s. Set before torch is imported, which reads these once.
    for variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[variable] = "1"
    prepare_worker(settings, sentiment)


class DaskEngine:
    """Dask distributed: the cluster at `scheduler`, or a `LocalCluster` of `workers` processes when none is given."""

    name = "dask"

    def __init__(
        self, settings: Settings, *, scheduler: str | None = None, workers: int | None = None, sentiment: bool = True
    ) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise TapecheckError("--engine dask needs Dask distributed: pip install 'distributed'") from None
        self._cluster = None
        self._driver_environ: dict[str, str | None] = {}
        if scheduler:
            try:
                self._client = Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as error:
                raise TapecheckError(f"Cannot reach the Dask scheduler at {scheduler}: {error}") from error
        else:
            self._driver_environ = _environ_of(_nanny_pre_spawn_variables())
            self._cluster = LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,  # our tasks are CPU-bound Python: one per process, like the local engine
                processes=True,
                dashboard_address=None,
            )
            _restore_environ(self._driver_environ)
            self._client = Client(self._cluster)
        from analysis.batch.dask_plugin import PreparedServices

        self._client.register_plugin(PreparedServices(settings, sentiment), name="tapecheck-services")
        self._sentiment = sentiment

    @property
    def workers(self) -> int:
        return max(1, len(self._client.scheduler_info(n_workers=-1)["workers"]))

    def call(self, fn: Callable, *args: Any) -> Any:
        return self._client.submit(fn, *args, pure=False).result()

    def map_unordered(self, fn: Callable, items: Iterable, *args: Any, **kwargs: Any) -> Iterator[tuple[Any, Any]]:
        from distributed import as_completed

        items = iter(items)
        limit = self.workers * IN_FLIGHT_PER_WORKER
        owner: dict[str, Any] = {}

        def submit(item: Any):
            future = self._client.submit(fn, item, *args, pure=False, **kwargs)
            owner[future.key] = item
            return future

        first = [submit(item) for _, item in zip(range(limit), items)]
        running = as_completed(first)
        for future in running:
            item = owner.pop(future.key)
            if future.status == "error":
                yield item, future.exception()
            else:
                yield item, future.result()
            future.release()
            following = next(items, None)
            if following is not None:
                running.add(submit(following))

    def describe(self) -> str:
        where = self._client.scheduler.address if self._cluster is None else "a LocalCluster"
        return f"Dask on {where}, {self.workers} worker{'s' if self.workers != 1 else ''}"

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
            _restore_environ(self._driver_environ)  # a worker the nanny restarted set them again


def _nanny_pre_spawn_variables() -> list[str]:
    import dask

    return list(dask.config.get("distributed.nanny.pre-spawn-environ", default={}) or {})


def _environ_of(names: list[str]) -> dict[str, str | None]:
    return {name: os.environ.get(name) for name in names}


def _restore_environ(saved: dict[str, str | None]) -> None:
    """Undo what a LocalCluster's nanny wrote into this (the driver's) environment before starting its workers.

    The nanny sets its workers' OMP_NUM_THREADS=1, MALLOC_TRIM_THRESHOLD_=65536 and the like in
    `os.environ` of the process that starts the cluster, and leaves them there: every process the
    driver started afterwards inherited them. `train-sentiment` run after a batch then spent a fifth
    of its time in the kernel, giving memory back after every step.
    """
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def open_engine(
    kind: str, settings: Settings, *, workers: int | None = None, scheduler: str | None = None, sentiment: bool = True
):
    if kind == "dask":
        return DaskEngine(settings, scheduler=scheduler, workers=workers, sentiment=sentiment)
    if scheduler:
        raise TapecheckError("--scheduler is for --engine dask; the local engine runs on this machine")
    return LocalEngine(settings, workers=workers, sentiment=sentiment)
