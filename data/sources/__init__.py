"""Price sources. Each answers a BarRequest with PriceBars or raises SourceUnavailable; nothing else."""

from __future__ import annotations

from typing import Protocol

from data.bars import BarRequest, PriceBars, SourceKind


class PriceSource(Protocol):
    kind: SourceKind

    def fetch(self, request: BarRequest) -> PriceBars:
        """Bars for the request, sliced to it, or SourceUnavailable with a reason a person can read."""
        ...
