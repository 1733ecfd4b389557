"""The prices of one listing, read in sessions, and the plan of which sessions each claim needs.

Reading a bar can fail for reasons a person should see: the day is a holiday, the source has no
row for it, the row is a Yahoo placeholder. Each such failure is a `MissingPrice` carrying the
reason and the bars read so far; `verify_claims` turns it into an "unverifiable" verdict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from analysis.errors import TapecheckError
from analysis.models import Article, Claim, ClaimKind, EvidenceBar, Listing
from data.bars import BarRequest, Interval, PriceBars
from data.calendars import MarketState, TradingCalendar, calendar_for
from data.exchanges import listing_for_symbol

CONTEXT_SESSIONS = 5  # sessions fetched before the earliest one a claim needs, for the chart and for sanity
INTRADAY_INTERVALS = (Interval.MINUTE_1, Interval.MINUTE_5)  # finest first; Yahoo keeps 1m ~7 days, 5m ~60


class MissingPrice(Exception):
    """A price a claim needs is not there; the message says which and why."""

    def __init__(self, reason: str, evidence: list[EvidenceBar] | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.evidence = list(evidence or [])


def day_name(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def price_text(price: float) -> str:
    return f"{price:,.2f}" if abs(price) >= 1 else f"{price:.4f}"


@dataclass
class Plan:
    """What one claim needs from the tape: which listing, which session, which base session."""

    claim: Claim
    listing: Listing
    calendar: TradingCalendar
    day: dt.date  # the session the claim speaks of (the end session for cumulative/ytd)
    first_needed: dt.date  # earliest session whose bar the rule reads

    @property
    def symbol(self) -> str:
        return self.listing.symbol


def plan_for(claim: Claim, article: Article) -> Plan:
    """The sessions a claim needs, or MissingPrice when it cannot be placed on a tape at all."""
    if not claim.ticker:
        raise MissingPrice(f"no ticker: '{claim.entity}' was not matched to a listing, so there are no prices to check")
    listing = listing_for_symbol(claim.ticker)
    calendar = calendar_for(claim.mic or listing.mic, listing.timezone)
    day = claim.date
    if day is None:
        if article.published is None:
            raise MissingPrice("the claim names no day and the article has no publication time to date it by")
        day = calendar.session_on_or_before(calendar.local_date(article.published))
    try:
        first = _first_needed(claim, day, calendar)
    except TapecheckError as error:
        raise MissingPrice(str(error)) from None
    return Plan(claim, listing, calendar, day, first)


def base_session(claim: Claim, day: dt.date, calendar: TradingCalendar) -> dt.date:
    """The session whose close a multi-session move is measured from.

    "Over the past four sessions" ending Monday: the four are Tue..Mon (or Wed..Mon over a
    holiday), measured from the close before the first of them. "Since 3 March": from that
    day's close. Year to date: from the last close of the previous year.
    """
    if claim.kind is ClaimKind.YTD:
        return calendar.session_on_or_before(dt.date(day.year - 1, 12, 31))
    if claim.sessions:
        return calendar.sessions_ending(day, claim.sessions + 1)[0]
    if claim.start_date:
        return calendar.session_on_or_before(claim.start_date)
    raise MissingPrice("a cumulative move with neither a number of sessions nor a start date: no base to measure from")


def _first_needed(claim: Claim, day: dt.date, calendar: TradingCalendar) -> dt.date:
    if claim.kind in (ClaimKind.CUMULATIVE, ClaimKind.YTD):
        return base_session(claim, day, calendar)
    return calendar.previous_session(day)


def fetch_window(plans: list[Plan]) -> tuple[dt.date, dt.date]:
    """One date range covering every plan of a listing, with CONTEXT_SESSIONS sessions before."""
    calendar = plans[0].calendar
    start = min(plan.first_needed for plan in plans)
    for _ in range(CONTEXT_SESSIONS):
        start = calendar.previous_session(start)
    return start, max(plan.day for plan in plans)


@dataclass
class Tape:
    """Daily bars of one listing (or why there are none) and the calendar to read them by."""

    listing: Listing
    calendar: TradingCalendar
    bars: PriceBars | None
    problem: str = ""
    _intraday: dict[tuple[dt.date, bool], PriceBars | str] = field(default_factory=dict)

    @property
    def source(self) -> str:
        return self.bars.source_label if self.bars is not None else ""

    @property
    def currency(self) -> str:
        return (self.bars.currency if self.bars is not None else None) or self.listing.currency

    def intraday(self, prices, day: dt.date, prepost: bool) -> PriceBars | str:
        """Intraday bars of one session (finest interval the sources have), or the reason there are none."""
        key = (day, prepost)
        if key not in self._intraday:
            reasons = []
            for interval in INTRADAY_INTERVALS:
                try:
                    bars = prices.bars(BarRequest(self.listing.symbol, day, day, interval, prepost=prepost))
                except TapecheckError as error:
                    reasons.append(f"{interval.value}: {error}")
                    continue
                if not bars.empty:
                    self._intraday[key] = bars
                    break
                reasons.append(f"{interval.value}: no bars")
            else:
                self._intraday[key] = _no_intraday_reason(prices, reasons)
        return self._intraday[key]


def _no_intraday_reason(prices, reasons: list[str]) -> str:
    """One line for "no intraday bars", not every source's answer twice over."""
    wanted = "/".join(interval.value for interval in INTRADAY_INTERVALS)
    if getattr(prices, "offline", False):
        return f"offline, and no source here holds {wanted} bars for that day - the cache and the bundled sample are daily"
    first = reasons[-1].split(": ", 1)[-1] if reasons else "no answer"
    return f"no {wanted} bars from any source (Yahoo keeps 1m bars ~7 days, 5m ~60): {first[:200]}"


@dataclass
class Reading:
    """One claim's walk over the tape: each bar it reads is kept as evidence."""

    tape: Tape
    evidence: list[EvidenceBar] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.tape.source:
            self.sources.append(self.tape.source)

    @property
    def calendar(self) -> TradingCalendar:
        return self.tape.calendar

    @property
    def exchange(self) -> str:
        return self.tape.listing.exchange

    def missing(self, reason: str) -> MissingPrice:
        return MissingPrice(reason, self.evidence)

    def require_session(self, day: dt.date) -> None:
        if not self.calendar.is_session(day):
            raise self.missing(f"{day_name(day)} is not a {self.exchange} trading day (weekend or holiday)")

    def session_bar(self, day: dt.date, role: str) -> pd.Series:
        """The real daily bar of a session; MissingPrice when it is a holiday, absent or a placeholder."""
        self.require_session(day)
        bars = self.tape.bars
        bar = bars.bar_on(day) if bars is not None else None
        if bar is None:
            raise self.missing(self._absence(day, role))
        note = role
        if bool(bar["half_day"]):
            note += "; half-day session (early close)"
        if bool(bar["flat_bar"]):
            self.keep(day, bar, note + "; placeholder, not a real price")
            raise self.missing(
                f"{day_name(day)} has only a placeholder bar from {self.tape.source} (open = high = low = close = "
                f"{price_text(float(bar['close']))}, no volume): Yahoo writes these for half-day sessions; it is not a real price"
            )
        self.keep(day, bar, note)
        return bar

    def _absence(self, day: dt.date, role: str) -> str:
        bars = self.tape.bars
        if bars is None or bars.empty:
            return f"no prices for {self.tape.listing.symbol}: {self.tape.problem}"
        sessions = bars.sessions()
        first, last = sessions[0], sessions[-1]
        if day < first:
            return f"the prices from {self.tape.source} start on {day_name(first)}; there is no bar for {day_name(day)} ({role})"
        if day > last:
            return f"the prices from {self.tape.source} end on {day_name(last)}; there is no bar for {day_name(day)} ({role})"
        return (
            f"{self.exchange} traded on {day_name(day)} but {self.tape.source} has no bar for it "
            f"({role}; a suspension or a gap in the data)"
        )

    def keep(self, day: dt.date, bar: pd.Series, note: str) -> None:
        def value(column: str) -> float | None:
            number = bar.get(column)
            return None if number is None or pd.isna(number) else float(number)

        self.evidence.append(
            EvidenceBar(day, value("open"), value("high"), value("low"), value("close"), value("volume"), note)
        )

    def previous_close(self, day: dt.date) -> tuple[float, dt.date, str]:
        """The close the day's move is measured from, adjusted when the day is a split's ex-date."""
        self.require_session(day)
        previous = self.calendar.previous_session(day)
        bar = self.session_bar(previous, "previous close")
        close = float(bar["close"])
        ratio = self.split_ratio(previous, day)
        if ratio != 1.0:
            adjusted = close / ratio
            return adjusted, previous, f"previous close {price_text(close)} adjusted for the {split_text(ratio)} split to {price_text(adjusted)}"
        return close, previous, ""

    def split_ratio(self, after: dt.date, through: dt.date) -> float:
        """Product of split ratios on sessions in (after, through]: 4.0 for a 4-for-1 split."""
        bars = self.tape.bars
        if bars is None or bars.empty:
            return 1.0
        days = bars.frame.index.date
        splits = bars.frame["splits"][(days > after) & (days <= through)]
        ratio = 1.0
        for value in splits:
            if value and value > 0:
                ratio *= float(value)
        return ratio

    def publication_state(self, published: dt.datetime | None, day: dt.date) -> MarketState | None:
        """Where `day`'s session stood when the article was written; None if unknown or another day."""
        if published is None or self.calendar.local_date(published) != day:
            return None
        return self.calendar.state_at(published)


def split_text(ratio: float) -> str:
    if ratio >= 1:
        return f"{ratio:g}-for-1"
    return f"1-for-{1 / ratio:g}"


def intraday_price_at(
    bars: PriceBars, moment: dt.datetime | None, start: dt.datetime | None = None, end: dt.datetime | None = None
) -> tuple[float, pd.Timestamp, pd.Series] | None:
    """The close of the last intraday bar that began at or before `moment`, within [start, end)."""
    frame = bars.frame
    index = frame.index
    mask = pd.Series(True, index=index)
    if start is not None:
        mask &= index >= pd.Timestamp(start)
    if end is not None:
        mask &= index < pd.Timestamp(end)
    if moment is not None:
        mask &= index <= pd.Timestamp(moment)
    rows = frame[mask.to_numpy() & frame["close"].notna().to_numpy()]
    if rows.empty:
        return None
    return float(rows["close"].iloc[-1]), rows.index[-1], rows.iloc[-1]
