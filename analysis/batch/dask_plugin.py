"""The Dask worker plugin that loads a batch's resources once per worker (imported only with --engine dask)."""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from analysis.batch.worker import prepare_worker
from analysis.settings import Settings


class PreparedServices(WorkerPlugin):
    """Loads the listing directory, price sources and sentiment model on each worker as it starts or joins."""

    def __init__(self, settings: Settings, sentiment: bool) -> None:
        self.settings = settings
        self.sentiment = sentiment

    def setup(self, worker: Any) -> None:
        _stop_sampling_profiler(worker)
        prepare_worker(self.settings, self.sentiment)


# The worker's statistical profiler walks the running task's stack every 10 ms for the dashboard's
# profile page. On a 1-worker LocalCluster it cost ~8 ms of CPU per article (process time minus the
# task thread's: 13-15 ms with it, 5-6 ms without), about 4% of a batch; the task thread's own time
# was the same either way.
_PROFILER_CALLBACKS = ("profile", "profile-cycle")


def _stop_sampling_profiler(worker: Any) -> None:
    for name in _PROFILER_CALLBACKS:
        callback = getattr(worker, "periodic_callbacks", {}).pop(name, None)
        if callback is not None:
            callback.stop()
