"""One small named rule per claim kind: which price, over which base, judged how.

Each rule reads bars through a `Reading` (so every bar it uses becomes evidence), computes the
figure the claim speaks of in the claim's own unit, and asks the hedge rule for a label. A rule
raises `MissingPrice` when a price it needs is not there; it never guesses one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

import pandas as pd

from analysis.models import Article, Claim, ClaimKind, Direction, EvidenceBar, Unit, Verdict, VerdictLabel
from analysis.verify.hedges import HedgeRule, rounding_of, rule_for
from analysis.verify.tape import MissingPrice, Plan, Reading, base_session, day_name, intraday_price_at, price_text
from data.bars import PriceBars
from data.calendars import MarketState

_LABEL_ORDER = [VerdictLabel.CONFIRMED, VerdictLabel.APPROXIMATE, VerdictLabel.CONTRADICTED]
LEVEL_APPROXIMATE_RELATIVE = 0.01  # a stated price within 1% of the real one is approximate


@dataclass
class Context:
    """What a rule may consult beyond its own tape: the article, the price service, sibling claims."""

    article: Article
    prices: object  # PriceService or anything with .bars(BarRequest)
    plans: list[Plan]

    @property
    def published(self) -> dt.datetime | None:
        return self.article.published


# -- figures and words ----------------------------------------------------------------------
def move(claim: Claim, base: float, price: float) -> float:
    """The move from base to price in the claim's unit: percent, or points/currency units."""
    if claim.unit is Unit.PCT:
        return (price / base - 1.0) * 100.0
    return price - base


def level_from_move(claim: Claim, base: float, signed_move: float) -> float:
    return base * (1 + signed_move / 100.0) if claim.unit is Unit.PCT else base + signed_move


def directional(claim: Claim, signed_move: float) -> float:
    """The move as the claim's direction counts it: positive when the price went the claimed way."""
    return signed_move if claim.direction is Direction.UP else -signed_move


def figure_text(value: float, claim: Claim, currency: str = "") -> str:
    if claim.unit is Unit.PCT:
        return f"{value:+.2f}%"
    if claim.unit is Unit.POINTS:
        return f"{value:+,.2f} pts"
    return f"{'+' if value >= 0 else '-'}{currency} {abs(value):,.2f}".strip()


def at_best_approximate(label: VerdictLabel) -> VerdictLabel:
    return VerdictLabel.APPROXIMATE if label is VerdictLabel.CONFIRMED else label


def worse(first: VerdictLabel, second: VerdictLabel) -> VerdictLabel:
    return max(first, second, key=_LABEL_ORDER.index)


def time_text(moment: dt.datetime, reading: Reading) -> str:
    local = pd.Timestamp(moment).tz_convert(reading.tape.listing.timezone)
    return f"{local:%H:%M} {day_name(local.date())}"


def judge_level(claim: Claim, currency: str, point: float | None = None, low: float | None = None,
                high: float | None = None) -> tuple[VerdictLabel | None, str]:
    """A stated price level ("to HK$29.35") against the price reached, within the level's own rounding."""
    if claim.level is None:
        return None, ""
    stated = f"{claim.level:g}"
    if claim.currency and currency and claim.currency.upper() != currency.upper():
        return None, f"level {stated} is in {claim.currency}, the prices in {currency}: level not compared"
    slack = rounding_of(claim, claim.level)
    if point is not None:
        gap = abs(claim.level - point)
        label = (
            VerdictLabel.CONFIRMED if gap <= slack + 1e-9
            else VerdictLabel.APPROXIMATE if gap <= LEVEL_APPROXIMATE_RELATIVE * abs(point)
            else VerdictLabel.CONTRADICTED
        )
        return label, f"stated level {stated} vs {price_text(point)} {currency}: {label.value}"
    if low is not None and high is not None:
        inside = low - slack <= claim.level <= high + slack
        label = VerdictLabel.APPROXIMATE if inside else VerdictLabel.CONTRADICTED
        where = "inside" if inside else "outside"
        return label, f"stated level {stated} {currency} is {where} the day's range {price_text(low)}-{price_text(high)}"
    return None, ""


def finish(reading: Reading, claim: Claim, label: VerdictLabel, reason: str, actual: float | None, *,
           actual_level: float | None = None, close_to_close: float | None = None,
           level: tuple[VerdictLabel | None, str] = (None, "")) -> Verdict:
    level_label, level_text = level
    if level_label is not None:
        label = worse(label, level_label)
    if level_text:
        reason = f"{reason}; {level_text}"
    return Verdict(
        label=label,
        reason=reason,
        actual=None if actual is None else round(actual, 4),
        evidence=list(reading.evidence),
        source=", ".join(dict.fromkeys(reading.sources)),
        actual_level=None if actual_level is None else round(actual_level, 6),
        close_to_close=None if close_to_close is None else round(close_to_close, 4),
    )


def point_verdict(reading: Reading, claim: Claim, rule: HedgeRule, actual: float, what: str, *,
                  price: float, close_to_close: float | None = None,
                  note: str = "", label: VerdictLabel | None = None) -> Verdict:
    """A figure the data pins to one number: label it (unless the rule already did), and say the sum."""
    label = label or rule.label_for(directional(claim, actual))
    currency = reading.tape.currency
    reason = f"{what}: {figure_text(actual, claim, currency)}; {rule.describe()}"
    if label is VerdictLabel.CONTRADICTED and directional(claim, actual) < 0 and abs(actual) > rule.rounding:
        moved = "rose" if actual > 0 else "fell"
        reason = f"{reason}; it {moved}, the text says it {'rose' if claim.direction is Direction.UP else 'fell'}"
    if note:
        reason = f"{reason}; {note}"
    return finish(reading, claim, label, reason, actual, actual_level=price, close_to_close=close_to_close,
                  level=judge_level(claim, currency, point=price))


# -- the rules ----------------------------------------------------------------------------
def close_change(plan: Plan, reading: Reading, context: Context) -> Verdict:
    """ "Friday's 10% advance", "closed down 3.1%": the session's close over the previous close."""
    claim = plan.claim
    base, previous, adjusted = reading.previous_close(plan.day)
    close = float(reading.session_bar(plan.day, "close")["close"])
    what = (f"close {price_text(close)} on {day_name(plan.day)} vs previous close {price_text(base)} "
            f"on {day_name(previous)}")
    note = adjusted
    if reading.publication_state(context.published, plan.day) in (MarketState.OPEN, MarketState.BEFORE_OPEN):
        note = "; ".join(n for n in (note, "the article was written before this close") if n)
    return point_verdict(reading, claim, rule_for(claim), move(claim, base, close), what, price=close, note=note)


def session_extreme(plan: Plan, reading: Reading, context: Context) -> Verdict:
    """ "Rose as much as 5.2%", "fell as much as 8%": the session's high (low) over the previous close.

    Written mid-session, the text can only know the extreme so far; with daily bars only, a
    claimed extreme below the day's final one may still be right, so that case is approximate.
    """
    claim = plan.claim
    column = "high" if claim.kind is ClaimKind.INTRADAY_HIGH else "low"
    base, previous, adjusted = reading.previous_close(plan.day)
    rule = rule_for(claim)
    published = context.published
    if reading.publication_state(published, plan.day) is MarketState.OPEN:
        intraday = reading.tape.intraday(context.prices, plan.day, prepost=False)
        if isinstance(intraday, PriceBars):
            return _extreme_so_far(plan, reading, rule, intraday, column, base, previous, published)
    price = float(reading.session_bar(plan.day, f"session {column}")[column])
    actual = move(claim, base, price)
    what = (f"{column} {price_text(price)} on {day_name(plan.day)} vs previous close {price_text(base)} "
            f"on {day_name(previous)}")
    label, notes = None, [adjusted]
    if (reading.publication_state(published, plan.day) is MarketState.OPEN
            and rule.label_for(directional(claim, actual)) is VerdictLabel.CONTRADICTED
            and rule.label_for_range(0.0, directional(claim, actual)) is VerdictLabel.APPROXIMATE):
        label = VerdictLabel.APPROXIMATE
        notes.append(f"written {time_text(published, reading)}, mid-session: the day's {column} may have come "
                     f"after that, and daily bars cannot tell")
    return point_verdict(reading, claim, rule, actual, what, price=price, label=label,
                         note="; ".join(n for n in notes if n))


def _extreme_so_far(plan: Plan, reading: Reading, rule: HedgeRule, intraday: PriceBars, column: str,
                    base: float, previous: dt.date, published: dt.datetime) -> Verdict:
    claim = plan.claim
    frame = intraday.frame
    open_at = reading.calendar.open_utc(plan.day)
    rows = frame[(frame.index >= pd.Timestamp(open_at)) & (frame.index <= pd.Timestamp(published))]
    if rows.empty:
        raise reading.missing(f"no intraday bars between the open and {time_text(published, reading)}")
    price = float(rows[column].max() if column == "high" else rows[column].min())
    reading.sources.append(f"{intraday.source_label} ({intraday.interval.value} bars)")
    _keep_intraday(reading, plan.day, rows, f"{len(rows)} {intraday.interval.value} bars to {time_text(published, reading)}")
    what = (f"{column} so far {price_text(price)} by {time_text(published, reading)} vs previous close "
            f"{price_text(base)} on {day_name(previous)}")
    return point_verdict(reading, claim, rule, move(claim, base, price), what, price=price)


def price_now(plan: Plan, reading: Reading, context: Context) -> Verdict:
    """ "Paring gains to about 2.7% in afternoon trading": the price when the article was written.

    With intraday bars, the last bar at the publication time decides. With daily bars only,
    the claim can be "consistent with the day's range" (approximate) or outside it (contradicted).
    """
    claim = plan.claim
    base, previous, adjusted = reading.previous_close(plan.day)
    rule = rule_for(claim)
    published = context.published
    state = reading.publication_state(published, plan.day)
    if state is MarketState.AFTER_CLOSE:
        close = float(reading.session_bar(plan.day, "close")["close"])
        what = (f"written {time_text(published, reading)}, after the close, so the price then is the close "
                f"{price_text(close)} vs previous close {price_text(base)} on {day_name(previous)}")
        return point_verdict(reading, claim, rule, move(claim, base, close), what, price=close, note=adjusted)
    gap = ""
    if state is MarketState.OPEN:
        found = _price_when_written(plan, reading, context)
        if isinstance(found, str):
            gap = found
        else:
            price, bar_text = found
            close_bar = reading.tape.bars.bar_on(plan.day) if reading.tape.bars is not None else None
            c2c = move(claim, base, float(close_bar["close"])) if close_bar is not None and not close_bar["flat_bar"] else None
            what = (f"price {price_text(price)} at {time_text(published, reading)} ({bar_text}) vs previous close "
                    f"{price_text(base)} on {day_name(previous)}")
            return point_verdict(reading, claim, rule, move(claim, base, price), what, price=price,
                                 close_to_close=c2c, note=adjusted)
    bar = reading.session_bar(plan.day, "session range")
    return _range_verdict(reading, claim, rule, bar, base, previous, plan.day, published, state, adjusted, gap)


def _price_when_written(plan: Plan, reading: Reading, context: Context) -> tuple[float, str] | str:
    """The regular-session price at publication time from intraday bars (kept as evidence), or why there is none."""
    intraday = reading.tape.intraday(context.prices, plan.day, prepost=False)
    if not isinstance(intraday, PriceBars):
        return intraday
    found = intraday_price_at(intraday, context.published, start=reading.calendar.open_utc(plan.day))
    if found is None:
        return f"no intraday bar before {time_text(context.published, reading)}"
    price, at, row = found
    reading.sources.append(f"{intraday.source_label} ({intraday.interval.value} bars)")
    _keep_intraday(reading, plan.day, row.to_frame().T, f"{intraday.interval.value} bar at {at:%H:%M}")
    return price, f"{intraday.interval.value} bar from {at:%H:%M}"


def _range_verdict(reading: Reading, claim: Claim, rule: HedgeRule, bar: pd.Series, base: float,
                   previous: dt.date, day: dt.date, published: dt.datetime | None, state: MarketState | None,
                   adjusted: str, gap: str) -> Verdict:
    low, high, close = float(bar["low"]), float(bar["high"]), float(bar["close"])
    low_move, high_move, close_move = move(claim, base, low), move(claim, base, high), move(claim, base, close)
    currency = reading.tape.currency
    label = rule.label_for_range(directional(claim, low_move), directional(claim, high_move))
    claimed_level = level_from_move(claim, base, claim.signed_magnitude)
    if low <= claimed_level <= high and high > low:
        where = f"inside it, {100 * (claimed_level - low) / (high - low):.0f}% of the way from low to high"
    elif claimed_level > high:
        where = "above the day's high"
    else:
        where = "below the day's low"
    when = (f"written {time_text(published, reading)}, mid-session" if state is MarketState.OPEN
            else "publication time unknown" if published is None else f"written {time_text(published, reading)}")
    reason = (
        f"{when}; daily bars only{' (' + gap + ')' if gap else ''}: {day_name(day)} ranged "
        f"{figure_text(low_move, claim, currency)} to {figure_text(high_move, claim, currency)} over the previous close "
        f"{price_text(base)} on {day_name(previous)} (low {price_text(low)}, high {price_text(high)}); "
        f"{claim.quoted} ({price_text(claimed_level)}) is {where}; the day closed {figure_text(close_move, claim, currency)}. "
        f"Daily bars cannot pin the price at the time of writing, so at best approximate"
    )
    if adjusted:
        reason += f"; {adjusted}"
    return finish(reading, claim, label, reason, close_move, actual_level=close, close_to_close=close_move,
                  level=judge_level(claim, currency, low=low, high=high))


def multi_session(plan: Plan, reading: Reading, context: Context) -> Verdict:
    """ "More than 16% over the past four sessions", "up 40% this year": close to close from a base session.

    Written mid-session on the end day, the end price is the price then, not the close: the
    verdict gives the close-to-close figure AND the span over the day's low-high range, and uses
    the level a same-day "price now" claim of the same article implies, when that level is real.
    """
    claim = plan.claim
    rule = rule_for(claim)
    base_day = base_session(claim, plan.day, reading.calendar)
    base_close = float(reading.session_bar(base_day, "base close")["close"])
    end_bar = reading.session_bar(plan.day, "end session")
    ratio = reading.split_ratio(base_day, plan.day)
    base = base_close / ratio
    adjusted = f"base close {price_text(base_close)} adjusted for splits to {price_text(base)}" if ratio != 1.0 else ""
    close = float(end_bar["close"])
    c2c = move(claim, base, close)
    span = (f"{claim.sessions} sessions" if claim.sessions and claim.kind is ClaimKind.CUMULATIVE
            else "the year to date" if claim.kind is ClaimKind.YTD else f"since {day_name(base_day)}")
    close_what = (f"close to close over {span}, {price_text(base)} on {day_name(base_day)} to "
                  f"{price_text(close)} on {day_name(plan.day)}")
    published = context.published
    if reading.publication_state(published, plan.day) is not MarketState.OPEN:
        return point_verdict(reading, claim, rule, c2c, close_what, price=close, note=adjusted)

    found = _price_when_written(plan, reading, context)
    if not isinstance(found, str):
        price, bar_text = found
        what = (f"written {time_text(published, reading)}, mid-session: {price_text(base)} on "
                f"{day_name(base_day)} to {price_text(price)} then ({bar_text})")
        note = f"{close_what}: {figure_text(c2c, claim, reading.tape.currency)}"
        return point_verdict(reading, claim, rule, move(claim, base, price), what, price=price,
                             close_to_close=c2c, note="; ".join(n for n in (note, adjusted) if n))

    currency = reading.tape.currency
    low, high = float(end_bar["low"]), float(end_bar["high"])
    low_move, high_move = move(claim, base, low), move(claim, base, high)
    c2c_label = rule.label_for(directional(claim, c2c))
    parts = [
        f"{close_what}: {figure_text(c2c, claim, currency)} ({c2c_label.value} on closes alone)",
        f"but written {time_text(published, reading)}, mid-session: over {day_name(plan.day)}'s range "
        f"{price_text(low)}-{price_text(high)} the move was {figure_text(low_move, claim, currency)} to "
        f"{figure_text(high_move, claim, currency)}",
    ]
    implied = _implied_level(plan, reading, context, low, high)
    if implied is not None:
        level, previous_close, sibling = implied
        actual = move(claim, base, level)
        label = at_best_approximate(rule.label_for(directional(claim, actual)))
        parts.append(
            f"at the level the article's own '{sibling.quoted}' for {day_name(plan.day)} implies "
            f"({price_text(previous_close)} x {1 + sibling.signed_magnitude / 100:.3f} = {price_text(level)}) it is "
            f"{figure_text(actual, claim, currency)}; {rule.describe()}"
        )
        actual_level = level
    else:
        label = rule.label_for_range(directional(claim, low_move), directional(claim, high_move))
        actual, actual_level = c2c, close
        parts.append(rule.describe())
    parts.append("daily bars cannot pin the price at the time of writing, so at best approximate")
    if adjusted:
        parts.append(adjusted)
    return finish(reading, claim, label, "; ".join(parts), actual, actual_level=actual_level, close_to_close=c2c,
                  level=judge_level(claim, currency, low=low, high=high))


def _implied_level(plan: Plan, reading: Reading, context: Context, low: float,
                   high: float) -> tuple[float, float, Claim] | None:
    """The price a same-day "price now" claim of the same article puts the listing at, if within the day's range."""
    for other in context.plans:
        sibling = other.claim
        if (sibling is plan.claim or sibling.kind is not ClaimKind.INTRADAY_CURRENT or sibling.unit is not Unit.PCT
                or other.symbol != plan.symbol or other.day != plan.day):
            continue
        previous = reading.calendar.previous_session(plan.day)
        bar = reading.tape.bars.bar_on(previous) if reading.tape.bars is not None else None
        if bar is None or bool(bar["flat_bar"]):
            continue
        previous_close = float(bar["close"]) / reading.split_ratio(previous, plan.day)
        level = previous_close * (1 + sibling.signed_magnitude / 100.0)
        if low <= level <= high:
            return level, previous_close, sibling
    return None


def extended_hours(plan: Plan, reading: Reading, context: Context) -> Verdict:
    """ "Up 4% in premarket trading", "fell 6% after hours": needs intraday bars with extended hours.

    Pre-market is measured from the previous close; after-hours from the day's regular close.
    """
    claim = plan.claim
    premarket = claim.kind is ClaimKind.PREMARKET
    session = "pre-market" if premarket else "after-hours"
    intraday = reading.tape.intraday(context.prices, plan.day, prepost=True)
    if not isinstance(intraday, PriceBars):
        raise reading.missing(f"{session} moves need intraday bars with extended hours, and none were found ({intraday})")
    calendar = reading.calendar
    published = context.published
    if premarket:
        base, previous, adjusted = reading.previous_close(plan.day)
        found = intraday_price_at(intraday, published, end=calendar.open_utc(plan.day))
        base_text = f"previous close {price_text(base)} on {day_name(previous)}"
    else:
        base = float(reading.session_bar(plan.day, "regular close")["close"])
        adjusted = ""
        found = intraday_price_at(intraday, published, start=calendar.close_utc(plan.day))
        base_text = f"regular close {price_text(base)} on {day_name(plan.day)}"
    if found is None:
        raise reading.missing(f"the intraday bars for {day_name(plan.day)} hold no {session} trades"
                              f"{' before ' + time_text(published, reading) if published else ''}")
    price, at, row = found
    reading.sources.append(f"{intraday.source_label} ({intraday.interval.value} bars, extended hours)")
    _keep_intraday(reading, plan.day, row.to_frame().T, f"{session} {intraday.interval.value} bar at {at:%H:%M}")
    what = f"{session} price {price_text(price)} at {at:%H:%M} vs {base_text}"
    return point_verdict(reading, claim, rule_for(claim), move(claim, base, price), what, price=price, note=adjusted)


def _keep_intraday(reading: Reading, day: dt.date, rows: pd.DataFrame, note: str) -> None:
    reading.evidence.append(
        EvidenceBar(
            day,
            float(rows["open"].iloc[0]),
            float(rows["high"].max()),
            float(rows["low"].min()),
            float(rows["close"].iloc[-1]),
            float(rows["volume"].fillna(0).sum()),
            note,
        )
    )


RULES: dict[ClaimKind, Callable[[Plan, Reading, Context], Verdict]] = {
    ClaimKind.CLOSE_CHANGE: close_change,
    ClaimKind.INTRADAY_HIGH: session_extreme,
    ClaimKind.INTRADAY_LOW: session_extreme,
    ClaimKind.INTRADAY_CURRENT: price_now,
    ClaimKind.CUMULATIVE: multi_session,
    ClaimKind.YTD: multi_session,
    ClaimKind.PREMARKET: extended_hours,
    ClaimKind.AFTER_HOURS: extended_hours,
}


def unverifiable(reason: str, evidence: list[EvidenceBar] | None = None, source: str = "") -> Verdict:
    return Verdict(VerdictLabel.UNVERIFIABLE, reason, evidence=list(evidence or []), source=source)


__all__ = ["RULES", "Context", "MissingPrice", "unverifiable"]
