"""How much slack each way of stating a figure allows: every verdict tolerance lives here.

A figure is judged in the claim's own direction: `actual` is positive when the price moved the
way the claim says ("fell 3%" and a 3% fall give +3; a rise gives a negative number), and in
the claim's unit (percent, points or currency). Two widths come from the text itself:

* rounding, half a unit of the last digit written: "5.2%" stands for 5.15-5.25, "10%" for 9.5-10.5;
* the hedge, one named family each, with the bands below (m = the stated figure, r = rounding).

| hedge family (words)                          | confirmed                        | approximate                                          |
| --------------------------------------------- | -------------------------------- | ---------------------------------------------------- |
| plain figure (no hedge)                       | m ± r                            | m ± (r + 5% of m)                                    |
| as much as (up to, as high/low as)            | m ± r (the kind names the extreme) | m ± (r + 5% of m)                                  |
| about (around, roughly, approximately, some)  | m ± r                            | m ± (r + 10% of m)                                   |
| nearly (almost, close to, just under)         | m − max(10% of m, r) .. m + r    | m − (r + 20% of m) .. m + (r + 5% of m)              |
| more than (over, above, at least, upwards of) | above m, up to max(m + 2r, 1.1m) | m − r .. m (rounds to it); above the confirmed band (true but understated) |
| less than (under, below, at most)             | min(m − 2r, 0.9m) .. below m     | m .. m + r (rounds to it); 0 .. the confirmed band (true but overstated)   |

Anything else is contradicted. An unknown hedge word is read as "about", and the reason says so.
A figure the data cannot pin to one number (a price "now" judged on daily bars, a mid-session
cumulative move) is judged as a range: approximate when any value in the range falls in the
confirmed or approximate band, contradicted when none does; never confirmed.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from dataclasses import dataclass

from analysis.models import Claim, VerdictLabel

_EPSILON = 1e-6  # "more than 16" excludes 16 itself
_DIGITS = 6  # figures and band ends are compared rounded, so float noise never decides a verdict


class HedgeFamily(str, enum.Enum):
    PLAIN = "plain figure"
    AS_MUCH_AS = "as much as"
    ABOUT = "about"
    NEARLY = "nearly"
    MORE_THAN = "more than"
    LESS_THAN = "less than"


HEDGE_WORDS: dict[HedgeFamily, tuple[str, ...]] = {
    HedgeFamily.AS_MUCH_AS: ("as much as", "by as much as", "up to", "as high as", "as low as", "as many as"),
    HedgeFamily.ABOUT: ("about", "around", "roughly", "approximately", "approx", "some", "circa", "an estimated"),
    HedgeFamily.NEARLY: ("nearly", "almost", "close to", "just under", "just shy of", "shy of", "near"),
    HedgeFamily.MORE_THAN: (
        "more than", "over", "above", "at least", "upwards of", "in excess of", "north of", "better than", "just over",
    ),
    HedgeFamily.LESS_THAN: ("less than", "under", "below", "at most", "no more than", "fewer than"),
}


@dataclass(frozen=True)
class Tolerance:
    """The slack rules in numbers; one instance (`TOLERANCE`) is the house rule."""

    plain_relative: float = 0.05
    about_relative: float = 0.10
    nearly_confirmed_relative: float = 0.10
    nearly_approximate_relative: float = 0.20
    more_than_confirmed_relative: float = 0.10
    less_than_confirmed_relative: float = 0.10


TOLERANCE = Tolerance()

Band = tuple[float, float]


@dataclass(frozen=True)
class HedgeRule:
    """The confirmed and approximate bands for one claim's figure, in the claim's direction."""

    family: HedgeFamily
    stated: float
    rounding: float
    confirmed: list[Band]
    approximate: list[Band]
    unknown_word: str | None = None
    wording: str = ""  # the hedge and figure as written: "as much as 5.2%"

    def label_for(self, actual: float) -> VerdictLabel:
        value = round(actual, _DIGITS)
        if _inside(value, self.confirmed):
            return VerdictLabel.CONFIRMED
        if _inside(value, self.approximate):
            return VerdictLabel.APPROXIMATE
        return VerdictLabel.CONTRADICTED

    def label_for_range(self, low: float, high: float) -> VerdictLabel:
        """Approximate at best: a range cannot show which of its values the text meant."""
        low, high = min(low, high), max(low, high)
        if _overlaps(low, high, self.confirmed) or _overlaps(low, high, self.approximate):
            return VerdictLabel.APPROXIMATE
        return VerdictLabel.CONTRADICTED

    def describe(self) -> str:
        """The rule as a person can check it: "'as much as 5.2%' allows 5.15 to 5.25"."""
        low, high = self.confirmed[0]
        if self.family is HedgeFamily.MORE_THAN:
            bands = f"above {self.stated:g} up to {_short(high)}"
        elif self.family is HedgeFamily.LESS_THAN:
            bands = f"{_short(low)} up to below {self.stated:g}"
        else:
            bands = f"{_short(low)} to {_short(high)}"
        text = f"'{self.wording or self.stated}' confirms at {bands}"
        if self.unknown_word:
            text += f" (hedge '{self.unknown_word}' not known, read as 'about')"
        return text


def hedge_family(hedge: str | None) -> tuple[HedgeFamily, str | None]:
    """The family of a hedge phrase, and the phrase itself when it was not recognised."""
    if not hedge or not hedge.strip():
        return HedgeFamily.PLAIN, None
    words = re.sub(r"\s+", " ", hedge.strip().lower())
    for family, phrases in HEDGE_WORDS.items():
        if words in phrases:
            return family, None
    for family, phrases in HEDGE_WORDS.items():  # "rose by as much as" and the like
        if any(re.search(rf"\b{re.escape(phrase)}\b", words) for phrase in phrases):
            return family, None
    return HedgeFamily.ABOUT, hedge


def stated_decimals(claim: Claim, figure: float | None = None) -> int:
    """Digits after the point as the text wrote the figure ("5.20%" -> 2), else as the float prints."""
    figure = claim.magnitude if figure is None else figure
    best: int | None = None
    for token in re.findall(r"\d[\d,]*(?:\.\d+)?", claim.text or ""):
        try:
            value = float(token.replace(",", ""))
        except ValueError:
            continue
        if abs(value - figure) < 1e-9:
            digits = len(token.split(".")[1]) if "." in token else 0
            best = digits if best is None else max(best, digits)
    if best is not None:
        return best
    text = f"{figure:g}"
    return len(text.split(".")[1]) if "." in text else 0


def rounding_of(claim: Claim, figure: float | None = None) -> float:
    """Half a unit of the last digit written: 5.2 -> 0.05, 10 -> 0.5."""
    return 0.5 * 10 ** (-stated_decimals(claim, figure))


def rule_for(claim: Claim, tolerance: Tolerance = TOLERANCE) -> HedgeRule:
    """The bands a claim's figure must fall in, from its hedge and the precision it was written with."""
    rule = _bands_for(claim, tolerance)
    unit = {"pct": "%", "points": " pts"}.get(claim.unit.value, f" {claim.currency or ''}".rstrip())
    figure = f"{claim.magnitude:.{stated_decimals(claim)}f}{unit}"
    wording = f"{claim.hedge.strip()} {figure}" if claim.hedge and claim.hedge.strip() else figure
    return dataclasses.replace(rule, wording=wording)


def _bands_for(claim: Claim, tolerance: Tolerance) -> HedgeRule:
    family, unknown = hedge_family(claim.hedge)
    m = claim.magnitude
    r = rounding_of(claim)
    exact = [(m - r, m + r)]
    if family in (HedgeFamily.PLAIN, HedgeFamily.AS_MUCH_AS):
        slack = r + tolerance.plain_relative * m
        return HedgeRule(family, m, r, exact, [(m - slack, m + slack)], unknown)
    if family is HedgeFamily.ABOUT:
        slack = r + tolerance.about_relative * m
        return HedgeRule(family, m, r, exact, [(m - slack, m + slack)], unknown)
    if family is HedgeFamily.NEARLY:
        confirmed = (m - max(tolerance.nearly_confirmed_relative * m, r), m + r)
        approximate = (m - (r + tolerance.nearly_approximate_relative * m), m + r + tolerance.plain_relative * m)
        return HedgeRule(family, m, r, [confirmed], [approximate], unknown)
    if family is HedgeFamily.MORE_THAN:
        top = max(m + 2 * r, (1 + tolerance.more_than_confirmed_relative) * m)
        return HedgeRule(family, m, r, [(m + _EPSILON, top)], [(m - r, m), (top, float("inf"))], unknown)
    # LESS_THAN
    bottom = min(m - 2 * r, (1 - tolerance.less_than_confirmed_relative) * m)
    return HedgeRule(family, m, r, [(bottom, m - _EPSILON)], [(m, m + r), (0.0, bottom)], unknown)


def _inside(value: float, bands: list[Band]) -> bool:
    return any(round(low, _DIGITS) <= value <= round(high, _DIGITS) for low, high in bands)


def _overlaps(low: float, high: float, bands: list[Band]) -> bool:
    low, high = round(low, _DIGITS), round(high, _DIGITS)
    return any(low <= round(band_high, _DIGITS) and high >= round(band_low, _DIGITS) for band_low, band_high in bands)


def _short(value: float) -> str:
    return f"{round(value, 4):g}"
