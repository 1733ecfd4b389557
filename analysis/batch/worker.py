"""What runs in a worker process: the per-process resources and the three tasks of a batch.

`services_for(settings)` loads the listing directory and price sources once per process (and the
sentiment model once, when asked); both engines call it from their worker start-up hook
(a process pool's initializer, a Dask worker plugin) and every task after finds it loaded.

    scan_partition(sources, settings)      -> ScanResult       each article's id and the prices its claims need
    fetch_prices(needs, settings)          -> list[FetchOutcome] one request per merged range, into the cache
    run_partition(sources, settings, ...)  -> PartitionResult  extract, sentiment, verify: `analyze` per article

Workers never write the library or the output files; the driver does, one finished partition at a time.
"""

from __future__ import annotations

import functools
import os
import resource
import time
from dataclasses import dataclass, field

from analysis.batch.allocator import keep_large_buffers
from analysis.batch.prices import FetchOutcome, PriceNeed, fetch_into_cache, needs_of
from analysis.batch.sources import Source, load_source
from analysis.errors import TapecheckError
from analysis.models import ArticleAnalysis
from analysis.settings import Settings


@functools.lru_cache(maxsize=2)
def services_for(settings: Settings):
    """This process's `Services` for `settings`, loaded on first use."""
    from analysis.pipeline import Services

    return Services.load(settings)


def prepare_worker(settings: Settings, sentiment: bool, *, strict: bool = False) -> None:
    """Load everything a task needs before the first one arrives (the pool initializer, the Dask plugin).

    A model that will not load is left for `strict=True` (the driver's one preflight task) to
    report: an exception in a pool initializer or a plugin would break the pool, not tell the user.
    """
    keep_large_buffers()
    services = services_for(settings)
    _warm_calendars()
    if sentiment:
        try:
            services.sentiment_model()
        except TapecheckError:
            if strict:
                raise


def _warm_calendars() -> None:
    """Load every exchange's trading calendar now: its session table from today's file, else built (~12 s here).

    Built lazily, each worker met a new exchange mid-batch and stalled there while the others
    worked, which cost a 2-worker run a quarter of its speed.
    """
    from data.calendars import calendar_for
    from data.exchanges import EXCHANGES_BY_SUFFIX

    for exchange in EXCHANGES_BY_SUFFIX.values():
        calendar_for(exchange.mic, exchange.timezone)


def check_worker(settings: Settings, sentiment: bool) -> str:
    """The preflight task: raises the reason a worker cannot analyse (a missing model, a price cache it cannot reach); else its description."""
    prepare_worker(settings, sentiment, strict=True)
    prices = services_for(settings).prices
    prices.cache.check()
    return prices.describe()


@dataclass(frozen=True)
class Failure:
    """An article the batch could not analyse, and why, in words a person can act on."""

    position: int
    source: str
    reason: str
    stage: str  # "read" or "analyse"


@dataclass(frozen=True)
class Scanned:
    position: int
    source: str
    article_id: str
    needs: tuple[PriceNeed, ...]


@dataclass
class WorkerStats:
    pid: int = field(default_factory=os.getpid)
    host: str = field(default_factory=lambda: os.uname().nodename)
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # this process's CPU time on the task: what a busy machine does not inflate
    peak_rss_mb: float = 0.0
    _cpu_at_start: float = field(default_factory=time.process_time, repr=False)

    def finish(self, started: float) -> "WorkerStats":
        self.seconds = time.perf_counter() - started
        self.cpu_seconds = time.process_time() - self._cpu_at_start
        # ru_maxrss is in kilobytes on Linux: the most this worker process has ever held.
        self.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return self


@dataclass
class ScanResult:
    scanned: list[Scanned]
    failures: list[Failure]
    worker: WorkerStats


@dataclass
class Analysed:
    position: int
    source: str
    analysis: ArticleAnalysis


@dataclass
class PartitionResult:
    analysed: list[Analysed]
    failures: list[Failure]
    worker: WorkerStats

    @property
    def size(self) -> int:
        return len(self.analysed) + len(self.failures)


def _read(source: Source, failures: list[Failure]):
    """The source's article, or None with the reason added to `failures`."""
    try:
        return load_source(source)
    except TapecheckError as error:
        failures.append(Failure(source.position, source.label, str(error), "read"))
        return None


def scan_partition(sources: list[Source], settings: Settings) -> ScanResult:
    """Read each article and list the price ranges its claims will need; no prices are fetched here."""
    started, stats = time.perf_counter(), WorkerStats()
    services = services_for(settings)
    scanned, failures = [], []
    for source in sources:
        article = _read(source, failures)
        if article is None:
            continue
        try:
            claims = services.extractor.extract(article).claims
            needs = tuple(needs_of(claims, article))
        except Exception:  # noqa: BLE001 - the analysis pass will report it; the scan only plans
            needs = ()
        scanned.append(Scanned(source.position, source.label, article.id, needs))
    return ScanResult(scanned, failures, stats.finish(started))


def fetch_prices(needs: list[PriceNeed], settings: Settings) -> list[FetchOutcome]:
    return fetch_into_cache(needs, services_for(settings).prices)


def run_partition(
    sources: list[Source], settings: Settings, *, sentiment: bool = True, fail_on: frozenset[str] = frozenset()
) -> PartitionResult:
    """`analyze` every article of the partition; a bad article becomes a `Failure`, never an exception.

    `fail_on` names sources to fail on purpose (a test hook for a worker-side error).
    """
    from analysis.pipeline import analyze

    started, stats = time.perf_counter(), WorkerStats()
    services = services_for(settings)
    analysed, failures = [], []
    for source in sources:
        article = _read(source, failures)
        if article is None:
            continue
        try:
            if source.label in fail_on:
                raise RuntimeError("failed on purpose (test hook)")
            analysis = analyze(article, services, sentiment=sentiment, verify=True)
        except TapecheckError as error:
            failures.append(Failure(source.position, source.label, str(error), "analyse"))
            continue
        except Exception as error:  # noqa: BLE001 - one article's bug must not stop an archive of thousands
            failures.append(Failure(source.position, source.label, f"{type(error).__name__}: {error}", "analyse"))
            continue
        analysed.append(Analysed(source.position, source.label, analysis))
    return PartitionResult(analysed, failures, stats.finish(started))
