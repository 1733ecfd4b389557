"""Choosing where prices come from: one function over an ordered list of sources.

Order: the user's own CSV (they asked for it), the cache (a local SQLite file, or PostgreSQL that
several machines share), live Yahoo (unless offline), the bundled sample. Whatever Yahoo returns is
written to the cache. Every answer says which source served it; when none can, the error lists
each source's reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from analysis.errors import PriceDataError, SourceUnavailable
from analysis.settings import Settings
from data.bars import BarRequest, Interval, PriceBars, SourceKind
from data.calendars import calendar_for
from data.exchanges import exchange_for_symbol
from data.sources import PriceSource
from data.sources.bundled import BundledSource
from data.sources.cache import BarCache
from data.sources.user_csv import UserCsvSource
from data.sources.yahoo import YahooSource


def first_answer(sources: list[PriceSource], request: BarRequest) -> tuple[PriceBars, list[str]]:
    """The first source that answers, and the reasons the ones before it gave."""
    reasons: list[str] = []
    for source in sources:
        try:
            return source.fetch(request), reasons
        except SourceUnavailable as error:
            reasons.append(f"{source.kind.label}: {error}")
    raise PriceDataError(
        f"No prices for {request.symbol} from {request.start} to {request.end}: " + "; ".join(reasons)
    )


def mark_sessions(bars: PriceBars) -> PriceBars:
    """Flag half-day sessions from the exchange calendar (daily bars only)."""
    if bars.interval is not Interval.DAILY or bars.empty:
        return bars
    calendar = calendar_for(exchange_for_symbol(bars.symbol).mic, bars.timezone)
    half = [calendar.is_early_close(ts.date()) for ts in bars.frame.index]
    frame = bars.frame.copy()
    frame["half_day"] = pd.Series(half, index=frame.index, dtype=bool) | frame["half_day"].astype(bool)
    bars.frame = frame
    return bars


@dataclass
class PriceService:
    settings: Settings
    user_csv: UserCsvSource = field(default_factory=UserCsvSource)
    cache: BarCache | None = None
    yahoo: YahooSource | None = None
    bundled: BundledSource = field(default_factory=BundledSource)
    requests_made: int = 0

    def __post_init__(self) -> None:
        if self.cache is None:
            self.cache = BarCache(self.settings.price_cache)
        if self.yahoo is None:
            self.yahoo = YahooSource(timeout=self.settings.network_timeout)
        if self.settings.price_csv_dir:
            self.user_csv.add_folder(self.settings.price_csv_dir)

    @property
    def offline(self) -> bool:
        return self.settings.offline

    def sources(self) -> list[PriceSource]:
        chain: list[PriceSource] = [self.user_csv, self.cache]
        if not self.offline:
            chain.append(_CachingYahoo(self.yahoo, self.cache))
        chain.append(self.bundled)
        return chain

    def bars(self, request: BarRequest) -> PriceBars:
        """Bars for the request from the first source that has them. Raises PriceDataError."""
        self.requests_made += 1
        bars, _ = first_answer(self.sources(), request)
        if self.offline and bars.source is not SourceKind.USER_CSV:
            bars.detail = ", ".join(d for d in (bars.detail, "offline") if d)
        return mark_sessions(bars)

    def daily(self, symbol: str, start: dt.date, end: dt.date) -> PriceBars:
        return self.bars(BarRequest(symbol, start, end, Interval.DAILY))

    def describe(self) -> str:
        """How prices are being sourced right now, for the sidebar and the CLI."""
        shared = self.cache.path is None  # a database server, not this machine's file
        if self.offline:
            cache = f"the price cache at {self.cache.where}" if shared else "the local cache"
            return f"offline: your CSV files, {cache}, then the bundled sample"
        cached = f"cached at {self.cache.where}" if shared else "cached locally"
        return f"live Yahoo Finance ({cached}), falling back to the bundled sample"


@dataclass
class _CachingYahoo:
    """Yahoo as a source in the chain, writing what it returns into the cache."""

    yahoo: YahooSource
    cache: BarCache
    kind: SourceKind = SourceKind.YAHOO

    def fetch(self, request: BarRequest) -> PriceBars:
        bars = self.yahoo.fetch(request)
        self.cache.store(request, bars, complete_until=_last_complete_session(request.symbol))
        return bars


def _last_complete_session(symbol: str) -> dt.date:
    exchange = exchange_for_symbol(symbol)
    calendar = calendar_for(exchange.mic, exchange.timezone)
    return calendar.last_completed_session(dt.datetime.now(dt.timezone.utc))
