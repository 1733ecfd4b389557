"""Check each price claim against the tape: `verify_claims(claims, article, prices)`.

First every claim is placed on a listing and a session (`Plan`); then each listing's bars are
fetched once, over one date range covering all its claims plus five sessions of context; then
each claim is judged by the rule of its kind (`rules.RULES`) with the slack its hedge allows
(`hedges`, where every tolerance lives). Price errors become "unverifiable" verdicts with the
reason; nothing here raises for a claim the data cannot settle.

Verdicts
--------
* confirmed: the figure matches within the rounding the text uses ("5.2%" means 5.15-5.25), and
  within the literal meaning of its hedge ("more than 16%": above 16, not far above).
* approximate: within what the hedge allows (table in `hedges`), or consistent with a range when
  the data cannot pin one number: a price "now" judged on daily bars, a cumulative move written
  mid-session. Daily bars never confirm a price at publication time.
* contradicted: the data says otherwise ("fell 3%" when it rose; 2.7% outside the day's range).
* unverifiable: no ticker, a holiday, no bar (suspension, gap, before the data starts), a
  Yahoo placeholder bar on a half day, the source offline, or intraday bars the kind needs absent.

What each kind measures
-----------------------
| kind             | figure                                                                                  |
| ---------------- | --------------------------------------------------------------------------------------- |
| close_change     | close over the previous session's close                                                 |
| intraday_high/low| the session's high (low) over the previous close; mid-session, the extreme so far       |
| intraday_current | intraday bars: the last bar at publication time; daily only: inside the low-high range? |
| cumulative       | close of the base session (N+1 sessions back, or the start date) to the end close;      |
|                  | mid-session: also the span over the day's range and the article's own implied level     |
| ytd              | last close of the previous year to the end (mid-session as cumulative)                  |
| premarket        | last pre-market bar over the previous close (intraday bars with extended hours only)    |
| after_hours      | last post-market bar over the day's regular close (same)                                |

A split on the day (or inside a cumulative span) divides the earlier close by the split ratio,
so a 4-for-1 split does not read as a 75% crash. A stated level ("to HK$29.35") is compared in
the listing's currency within its own rounding, then within 1% (approximate).
"""

from __future__ import annotations

from analysis.errors import TapecheckError
from analysis.models import Article, CheckedClaim, Claim, Verdict
from analysis.verify.hedges import TOLERANCE, HedgeFamily, rule_for
from analysis.verify.rules import RULES, Context, unverifiable
from analysis.verify.tape import MissingPrice, Plan, Reading, Tape, fetch_window, plan_for

__all__ = ["verify_claims", "fetch_tapes", "rule_for", "HedgeFamily", "TOLERANCE"]


def verify_claims(claims: list[Claim], article: Article, prices) -> list[CheckedClaim]:
    """A verdict with its evidence for every claim, in the order given; never raises for bad data."""
    plans: list[Plan | MissingPrice] = []
    for claim in claims:
        try:
            plans.append(plan_for(claim, article))
        except MissingPrice as missing:
            plans.append(missing)
    placed = [plan for plan in plans if isinstance(plan, Plan)]
    tapes = fetch_tapes(placed, prices)
    context = Context(article, prices, placed)
    checked = []
    for claim, plan in zip(claims, plans):
        if isinstance(plan, MissingPrice):
            checked.append(CheckedClaim(claim, unverifiable(plan.reason)))
            continue
        checked.append(CheckedClaim(claim, judge(plan, tapes[plan.symbol], context)))
    return checked


def fetch_tapes(plans: list[Plan], prices) -> dict[str, Tape]:
    """Daily bars for each listing the plans name, one request per listing."""
    by_symbol: dict[str, list[Plan]] = {}
    for plan in plans:
        by_symbol.setdefault(plan.symbol, []).append(plan)
    tapes = {}
    for symbol, group in by_symbol.items():
        first = group[0]
        try:
            start, end = fetch_window(group)
            bars = prices.daily(symbol, start, end)
            tapes[symbol] = Tape(first.listing, first.calendar, bars)
        except TapecheckError as error:
            tapes[symbol] = Tape(first.listing, first.calendar, None, problem=str(error))
    return tapes


def judge(plan: Plan, tape: Tape, context: Context) -> Verdict:
    reading = Reading(tape)
    if tape.bars is None:
        return unverifiable(f"no prices for {plan.symbol}: {tape.problem}")
    try:
        return RULES[plan.claim.kind](plan, reading, context)
    except MissingPrice as missing:
        return unverifiable(missing.reason, missing.evidence, ", ".join(dict.fromkeys(reading.sources)))
    except TapecheckError as error:  # a calendar past its recorded years, and the like
        return unverifiable(str(error), reading.evidence, ", ".join(dict.fromkeys(reading.sources)))
