"""Prices for a whole batch: collect what every claim needs, fetch each listing once, then verify from the cache.

Article by article, `verify_claims` asks for one date range per listing per article; over an archive
the same listing and nearly the same days come back hundreds of times, each a live request whenever
the cache does not already hold that exact span. Here the needs of every article are gathered first
(`PriceNeed`), overlapping and nearby ranges of a listing are merged (`merge_needs`), and each merged
range is fetched once into the shared cache; the verification pass then reads every article's range
from that cache.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from analysis.errors import TapecheckError
from analysis.models import Article, Claim
from analysis.settings import Settings

# Ranges of one listing this close together are fetched as one: a daily bar costs bytes, a request
# costs a round trip and a share of Yahoo's rate limit.
MERGE_GAP = dt.timedelta(days=31)


@dataclass(frozen=True, order=True)
class PriceNeed:
    """Daily bars of one listing over one date range, as `verify_claims` will ask for them."""

    symbol: str
    start: dt.date
    end: dt.date

    def covers(self, other: "PriceNeed") -> bool:
        return self.symbol == other.symbol and self.start <= other.start and other.end <= self.end


def needs_of(claims: list[Claim], article: Article) -> list[PriceNeed]:
    """The ranges `verify_claims(claims, article, ...)` will request: one per listing, as `fetch_tapes` groups them."""
    from analysis.verify.tape import MissingPrice, fetch_window, plan_for

    by_symbol: dict[str, list] = {}
    for claim in claims:
        try:
            plan = plan_for(claim, article)
        except MissingPrice:
            continue
        by_symbol.setdefault(plan.symbol, []).append(plan)
    needs = []
    for symbol, plans in by_symbol.items():
        try:
            start, end = fetch_window(plans)
        except TapecheckError:
            continue  # verify will say why; nothing to fetch
        needs.append(PriceNeed(symbol, start, end))
    return needs


def merge_needs(needs: Iterable[PriceNeed]) -> list[PriceNeed]:
    """Per listing, the fewest ranges covering every need, joining ranges less than MERGE_GAP apart."""
    merged: list[PriceNeed] = []
    for need in sorted(set(needs)):
        last = merged[-1] if merged else None
        if last is not None and last.symbol == need.symbol and need.start <= last.end + MERGE_GAP:
            merged[-1] = PriceNeed(last.symbol, last.start, max(last.end, need.end))
        else:
            merged.append(need)
    return merged


def requests_article_by_article(needs_in_order: Iterable[PriceNeed]) -> int:
    """How many requests would pass the cache if each article fetched its own ranges, in input order.

    The cache answers a request only when one range fetched earlier covers it whole, so this counts
    the needs that no earlier need covers.
    """
    fetched: dict[str, list[PriceNeed]] = {}
    misses = 0
    for need in needs_in_order:
        earlier = fetched.setdefault(need.symbol, [])
        if not any(done.covers(need) for done in earlier):
            misses += 1
            earlier.append(need)
    return misses


@dataclass(frozen=True)
class FetchOutcome:
    need: PriceNeed
    source: str = ""
    problem: str = ""


def check_price_cache(settings: Settings) -> None:
    """Open the price cache every worker will share, once, on the driver.

    A wrong address or a server that is down then stops the batch before it starts (SourceUnavailable,
    or StoreError for an address that is no database), instead of every worker quietly fetching live
    with a warning no one reads.
    """
    from data.sources.cache import BarCache

    cache = BarCache(settings.price_cache)
    try:
        cache.check()
    finally:
        cache.close()


def fetch_into_cache(needs: list[PriceNeed], prices) -> list[FetchOutcome]:
    """Ask the price service for each range once; what live sources return lands in its cache."""
    outcomes = []
    for need in needs:
        try:
            bars = prices.daily(need.symbol, need.start, need.end)
            outcomes.append(FetchOutcome(need, source=bars.source_label))
        except TapecheckError as error:
            outcomes.append(FetchOutcome(need, problem=str(error)))
    return outcomes
