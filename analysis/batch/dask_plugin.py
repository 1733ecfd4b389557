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
        prepare_worker(self.settings, self.sentiment)
