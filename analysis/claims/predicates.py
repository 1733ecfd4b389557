"""Decide whether a figure is governed by a price move, and read the move's direction and hedge.

Each rule is a small function over the text left or right of the figure. The first rule that
matches wins, in the order of RULES: verbs before nouns, nouns before bare signs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from analysis.claims import lexicon as lx
from analysis.claims.gated import Gated, first_words, search_from_words
from analysis.claims.figures import Figure
from analysis.models import Direction, Unit

_HEDGE = lx.alternation(set(lx.HEDGES))
_FILLER = lx.alternation(lx.FILLERS)
_UP_VERB = lx.alternation(lx.UP_VERBS)
_DOWN_VERB = lx.alternation(lx.DOWN_VERBS)
_STATE = lx.alternation(lx.STATE_VERBS)
_UP_NOUN = lx.alternation(lx.UP_NOUNS)
_DOWN_NOUN = lx.alternation(lx.DOWN_NOUNS)
_ADVERB = r"(?:(?!(?:nearly|roughly|approximately|only)\b)\w+ly\s+|the\s+(?:maximum|full|permitted)\s+|(?:a|an|another)\s+(?:more\s+|less\s+|much\s+)?(?:modest|further|additional|hefty|steep|sharp|slight|solid|whopping|massive|mere|meagre|meager|robust|respectable|fresh|record|full|smaller|bigger|larger|similar|healthy|staggering|paltry|cumulative|combined|total|collective)\s+)?"


@dataclass(frozen=True)
class Predicate:
    """The move that governs a figure."""

    rule: str
    direction: Direction | None  # None: same as the figure before ("30 points, or 0.6%")
    hedge: str | None
    start: int  # where the predicate's words begin (the subject is looked for before this)
    end: int  # where they end (a trailing noun: "10% advance")
    verb: str = ""
    object_end: int | None = None  # "lifted the STAR 50 index by 8.6%": the moved thing is named after the verb, ending here


def _direction_of(word: str) -> Direction:
    word = word.lower()
    if not word.isalpha():
        word = re.sub(r"\s+", " ", word)
    if word in lx.UP_VERBS or word in lx.UP_NOUNS or word in {"up", "higher", "+"}:
        return Direction.UP
    return Direction.DOWN


def _hedge(text: str | None) -> str | None:
    if not text:
        return None
    return lx.HEDGES[re.sub(r"\s+", " ", text.lower())]


_VERB_THEN_FIGURE = re.compile(
    rf"\b(?P<verb>{_UP_VERB}|{_DOWN_VERB})\s+{_ADVERB}(?:(?:{_FILLER})\s+)*(?:(?P<hedge>{_HEDGE})\s+)?(?:(?:{_FILLER})\s+)*$",
    re.IGNORECASE,
)


_VERB_FIRST_WORDS = first_words(lx.UP_VERBS, lx.DOWN_VERBS)


_A_LEVEL_CROSSED = re.compile(r"^(?:below|above|under|over|past|through)$", re.IGNORECASE)


def verb_then_figure(left: str, figure: Figure) -> Predicate | None:
    """'rose as much as 6.1%', 'added a further 2.4%', 'fell by nearly 8 per cent'."""
    match = search_from_words(_VERB_THEN_FIGURE, left, 90, _VERB_FIRST_WORDS)
    if not match:
        return None
    verb = match.group("verb")
    if figure.unit is Unit.CURRENCY and _A_LEVEL_CROSSED.search(match.group("hedge") or ""):
        return None  # "Samsung Electronics sinks below 50,000 won": a price crossed, not the size of the move
    if figure.unit is Unit.PCT and re.fullmatch(r"below|above|under", (match.group("hedge") or "").lower()):
        return None  # "its share there slipping below 15%": a level of a percentage crossed, not a move's size
    # "gained/lost ground", "lost out": verbs that are also nouns need the figure right after them
    return Predicate("verb_then_figure", _direction_of(verb), _hedge(match.group("hedge")), match.start(), figure.end, verb)


_STATE_UPDOWN = re.compile(
    rf"(?:\b(?P<state>{_STATE})\s+(?:(?:{_FILLER}|the\s+day|the\s+session|trading|trade|sharply|slightly)\s+)*)?"
    # "closed up a record 9.25 percent", "was down a similar 13% in Paris"
    # ("is up the same 10% daily maximum", "was up the maximum 10%")
    rf"\b(?P<dir>up|down|off|higher|lower|ahead)\s+(?:(?:{_FILLER}|an?\s+(?:record|similar|further|another)|the\s+(?:same|maximum|full))\s+)*(?:(?P<hedge>{_HEDGE})\s+)?$",
    re.IGNORECASE,
)


_CONTRACTED_IS = re.compile(r"(?<=\w)['\u2019]s\s+$")
_SHARE_OF_A_WHOLE = re.compile(r"\b(?:make|makes|made|making|take|takes|took|taking|taken)\s+$", re.IGNORECASE)
_STATE_FIRST_WORDS = first_words(lx.STATE_VERBS, {"up", "down", "off", "higher", "lower", "ahead"})


def up_or_down_then_figure(left: str, figure: Figure) -> Predicate | None:
    """'closed up 3%', 'was down 2 per cent', 'shares, up 5%,', 'off 17p at 842p'."""
    match = search_from_words(_STATE_UPDOWN, left, 70, _STATE_FIRST_WORDS)
    if not match:
        return None
    word = match.group("dir").lower()
    start = match.start()
    contracted = None if match.group("state") else _CONTRACTED_IS.search(left, max(0, start - 4), start)
    if contracted:
        start = contracted.start()  # "Marvell's up 3% right now": the spoken "is", and the name before it
    if word == "up" and not match.group("state") and not contracted and _SHARE_OF_A_WHOLE.search(left, 0, match.start("dir")):
        return None  # "now makes up roughly 7% of the S&P 500": a weight, not a move
    if word == "ahead" and not (match.group("state") or contracted):
        return None  # "were ahead 24.2 per cent" is a move; a bare "ahead 5%" is usually a lead in a poll
    if word == "off" and not match.group("state") and re.search(r"\b(?:sold|took|paid|kicked|set|started)\s+off\s+$", left, re.I):
        return None
    direction = Direction.UP if word in {"up", "higher", "ahead"} else Direction.DOWN
    state = match.group("state") or ("is" if contracted else "")
    hedge = _hedge(match.group("hedge"))
    if hedge is None and not state and _EXTREME_LEVEL_BEFORE.search(left, max(0, match.start() - 60), match.start()):
        hedge = "as much as"  # "touched as much as $31.45, up 43 per cent": the extreme's figure, restated
    return Predicate("up_or_down_then_figure", direction, hedge, start, figure.end, state or word)


_AS_HIGH_AS_BEFORE = re.compile(r"\bas\s+(?:high|low)\s+as\s+$", re.IGNORECASE)
_EXTREME_LEVEL_BEFORE = re.compile(r"\bas\s+much\s+as\s+(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5\u20b9]|Rs\.?\s?)?\d[\d.,]*\s*(?:[a-z]+\s*)?,\s*$")


_NOUN_OF = re.compile(
    rf"\b(?P<noun>{_UP_NOUN}|{_DOWN_NOUN})\s+(?:(?:of|at)\s+|(?:(?:for|over|in|during|across|since|from|this|so\s+far)\s+[\w\s'.-]{{1,45}}?\s+)?(?:to|at)\s+"  # "its run since the U.S. election to"
    # "trimming a drop that reached as much as 15% shortly after the open"
    rf"|that\s+(?:had\s+)?(?:reached|hit|touched|stretched\s+to|widened\s+to|ran\s+to|was)\s+"
    # "The two-day fall now amounts to about 27%", "The two-day slide has erased about 36% of the stock's value"
    # ("The gain equals 25.2% from Monday's close")
    rf"|(?:has\s+|have\s+|had\s+)?(?:now\s+)?(?:amounts?\s+to|amounted\s+to|totals|totalled|totaled|comes\s+to|came\s+to|stands\s+at|stood\s+at|"
    rf"equals|equalled|equaled|works\s+out\s+to|worked\s+out\s+to|"
    rf"(?P<erased>erased|wiped\s+out|wiped\s+off))\s+)"
    rf"(?:(?:{_FILLER})\s+)*(?:(?P<hedge>{_HEDGE})\s+)?$",
    re.IGNORECASE,
)


_NOUN_FIRST_WORDS = first_words(lx.UP_NOUNS, lx.DOWN_NOUNS)
# "trimming gains to 1.9%", "pared its gains to", "extends losses to", "the day's losses to": words before a noun
# that is also a verb ("gains", "falls") that make it the noun
_NOUN_LICENSED_BEFORE = re.compile(
    r"(?:\b(?:its|their|the|his|her|those|these|all|some|any|earlier|early|initial|recent|steep|heavy|big|modest|further|"
    r"pare|pares|trim|trims|extend|extends|cut|cuts|add|adds|[\w-]+ing|[\w-]+ed)|(?:'s|\u2019s|s'))\s+$",
    re.IGNORECASE,
)


def noun_then_figure(left: str, figure: Figure) -> Predicate | None:
    """'gains of 16%', 'a drop of 3%', 'trimming gains to about 1.9%', 'lifting gains to more than 12%'."""
    match = search_from_words(_NOUN_OF, left, 70, _NOUN_FIRST_WORDS)
    if not match:
        return None
    noun = match.group("noun")
    if (
        noun.lower().endswith("s") and noun.lower() in lx.UP_VERBS | lx.DOWN_VERBS
        and re.match(r"\s+to\b", left[match.end("noun") :]) and not _NOUN_LICENSED_BEFORE.search(left, 0, match.start())
    ):
        return None  # "the state's holding in Aramco falls to 81.48 percent": a verb, and the figure a level it reaches
    direction = _direction_of(noun)
    if match.group("erased") and direction is Direction.UP:
        return None  # "the rally erased 5%": no telling which way the price went
    return Predicate("noun_then_figure", direction, _hedge(match.group("hedge")), match.start(), figure.end, noun)


# ("The Dow is now down 720 points, that's about 1.7%": a speaker's restatement)
_BARE_COMMA = re.compile(rf",\s*(?:that(?:'s|\u2019s|\s+is)\s+)?(?:(?P<hedge>{_HEDGE})\s+)?", re.IGNORECASE)
# "closed at 1,739 yen, 45% above its offer price": the figure before is a level reached, no move to restate
_LEVEL_WORD_BEFORE = re.compile(r"\b(?:at|to|of|from|near|around)\s+$", re.IGNORECASE)
_SAME_MOVE = re.compile(rf"(?:,\s*or|\bor|\()\s*(?:(?P<hedge>{_HEDGE})\s+)?$", re.IGNORECASE)


# "closed 21.5 points higher, or 0.26%", "The Dow is down about 600 points right now, or 1.5 percent"
# ("The stock climbed the maximum 400 yen allowed, or 22.3%")
_DIRECTION_BETWEEN = re.compile(r"\s+(?:higher|lower|up|down|right\s+now|now|so\s+far|at\s+the\s+moment|allowed|permitted)", re.IGNORECASE)


def restated_figure(left: str, figure: Figure, previous: Figure | None) -> Predicate | None:
    """'fell 30 points, or 0.6%', 'added 55 points (0.7%)', 'rose $2.40, or 1.8%': the same move again."""
    if previous is None:
        return None
    match = _SAME_MOVE.search(left, max(previous.end, len(left) - 20))
    bare = _BARE_COMMA.fullmatch(left, previous.end)
    if (
        not match and previous.unit is not Unit.PCT and figure.unit is Unit.PCT and bare
        # ("DBS Group: S$45.92, +2.4%": a table's price, then its signed change, is no restatement)
        and (figure.sign == 0 or previous.sign != 0)
        and (not _LEVEL_WORD_BEFORE.search(left, max(0, previous.start - 12), previous.start)
             or _NOUN_OF.search(left, max(0, previous.start - 40), previous.start))  # "a gain of 124 points" is a move
    ):
        # "closed down 6.20 points, 0.1%, at 8,438.65": points, then the percentage, with no "or"; "finishes with a gain
        # of 124 points, about 0.3%"
        return Predicate("restated_figure", None, _hedge(bare.group("hedge")), previous.end, figure.end)
    # "closed 21.5 points higher, or 0.26%": the direction may stand between the two figures
    if not match or (match.start() - previous.end > 3 and not _DIRECTION_BETWEEN.fullmatch(left, previous.end, match.start())):
        return None
    return Predicate("restated_figure", None, _hedge(match.group("hedge")), match.start(), figure.end)


# "fell 1,175.21, or 4.6%", "down 1,910.01 (4.8%)", "▼ 1,910.01 (4.8%)": an index's change in points with no unit
# word (no figure of its own), then the percentage, which is the move
_UNITLESS_CHANGE_BEFORE = re.compile(r"(?P<arrow>[\u25b2\u25bc]\s?)?\d[\d,]*(?:\.\d+)?(?:,?\s+or\s+|\s*\(\s*)$")


def unitless_change_then_figure(left: str, figure: Figure) -> Predicate | None:
    if figure.unit is not Unit.PCT or figure.sign != 0:
        return None
    change = _UNITLESS_CHANGE_BEFORE.search(left, max(0, len(left) - 30))
    if not change:
        return None
    arrow = change.group("arrow")
    if arrow:
        direction = Direction.UP if arrow.strip() == "\u25b2" else Direction.DOWN
        return Predicate("unitless_change_then_figure", direction, None, change.start(), figure.end, arrow.strip())
    before = left[: change.start()]
    move = verb_then_figure(before, figure) or up_or_down_then_figure(before, figure)
    return None if move is None else replace(move, rule="unitless_change_then_figure")


_FIGURE_THEN_UPDOWN = re.compile(
    # ("British Land was 5.2% better at 346p": London's market reports; not "better than expected")
    r"\s*(?:(?P<dir>higher|lower|up|down|weaker|stronger|firmer|softer|better\s+off|worse\s+off|better(?=\s+at\s)|worse(?=\s+at\s))\b(?!\s+(?:payment|from\s+a\s+year))"
    # "closes 36 per cent above offer", "ends 136% above IPO price"
    # ("nearly 82% above its $36 IPO price": the price may stand before the word)
    # ("3.2% above a reference price of 41.60 francs", "25% below its opening price" on a first day of trading, "15% above
    # the price of the share sale")
    r"|(?P<offer>above|below)\s+(?:(?:its|their|the|a)\s+)?(?:(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5\u20b9]|Rs\.?\s?)?\d[\d.,]*(?:-(?:yen|won|euro|cent|pence|rupee)|p)?\s+)?"
    r"(?:ipo|offer|offering|listing|issue|float|flotation|reference|(?:initial\s+)?public\s+offering|opening\s+price|price\s+of\s+the\s+(?:share\s+sale|offering|ipo))(?:\s+price)?\b"
    # "72% above the $36 a share at which the company sold its shares in its initial public offering"
    r"|(?P<offer2>above|below)\s+the\s+(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5\u20b9]|Rs\.?\s?)?\d[\d.,]*(?:p|\s?pence|\s?yen)?(?:\s+a\s+share)?\s+at\s+which\b"
    # "sitting 37.9% above yesterday's close", "about 33% below their record close on July 9",
    # "10% below where it stood a year ago": the distance from a close the text names is the move since it
    r"|(?P<mark>above|below)\s+(?:where\s+(?:it|they)\s+(?:stood|was|were|traded|began|started|opened|ended)\b"
    # "25% above its Aug. 16 close": a dated close
    # ("still about 97% below its January 2021 high": a month's peak)
    r"|(?:its|their|the|yesterday's|yesterday\u2019s|\w+day's|\w+day\u2019s)\s+(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2}|(?:19|20)\d\d)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:close|closing\s+(?:price|level|high|low)|record|peak|all-time\s+high|all-time\s+low|high(?!-))\b))",
    re.IGNORECASE,
)
# "placed new shares at HK$12.10, 5% below Monday's close": a discount on an issue price, not a move
_ISSUE_BEFORE = re.compile(r"\b(?:priced|placing|placement|placed|offer(?:ed|ing)?|sold|issued?|discount|premium)\b[^.;]*$", re.IGNORECASE)


_HEDGE_BEFORE = re.compile(rf"(?P<hedge>{_HEDGE})\s+(?:an?\s+)?$", re.IGNORECASE)  # "holding about an 8 per cent gain"
# "closed 7.35 points or 0.46% lower", "ended 20 points (0.3%) higher": the second figure, then the direction
_RESTATEMENT_THEN_UPDOWN = re.compile(
    # "closed 2.1 per cent or S$0.85 higher": the restatement may be money
    r"\s*(?:,\s*)?(?:or\s+|\(\s*)(?:[\w ]{0,12}?\s)?[+\-\u2212]?(?:[A-Z]{0,3}\$|\u00a3|\u20ac|\u00a5)?[\d.,]+\s*(?:%|per\s*cent|percent|points?|pts|p|pence|cents?|yen)?\s*\)?,?\s*"
    r"(?P<dir>higher|lower|up|down|weaker|stronger|firmer|softer)\b(?!\s+(?:payment|from\s+a\s+year))",
    re.IGNORECASE,
)


def _hedge_before(left: str) -> str | None:
    match = _HEDGE_BEFORE.search(left, max(0, len(left) - 25))
    return _hedge(match.group("hedge")) if match else None


def figure_then_up_or_down(left: str, right: str, figure: Figure) -> Predicate | None:
    """'closed 3% higher', 'ended 1.2% lower', 'about 2.7% higher in the afternoon', 'closed 16.4% above their offer price'."""
    match = _FIGURE_THEN_UPDOWN.match(right)
    if not match:
        return None
    if match.group("mark") and _ISSUE_BEFORE.search(left, max(0, len(left) - 80)):
        return None
    word = re.sub(r"\s+", " ", (match.group("dir") or match.group("offer") or match.group("offer2") or match.group("mark")).lower())
    direction = Direction.UP if word in {"higher", "up", "above", "stronger", "firmer", "better off", "better"} else Direction.DOWN
    return Predicate("figure_then_up_or_down", direction, _hedge_before(left), figure.start, figure.end + match.end(), word)


_LIMIT_MOVE = re.compile(
    rf"\b(?P<verb>{_UP_VERB}|{_DOWN_VERB}|hits?|hitting|reached|reaches|touched|touches|struck|strikes|"
    rf"(?:was|were|is|are|stayed|remained|stuck)?\s*(?:locked|sealed|pinned|frozen|stuck)(?:\s+(?:at|in))?|"
    rf"(?:was|were|is|are|stayed|remained|sat|closed|ended|traded|opened|opening)\s+at|"
    # "closed up by the 10% daily limit"
    rf"(?:closed|ended|finished|settled)\s+(?:up|down|higher|lower))\s+(?:by\s+)?(?:its|their|the|a)?\s*$",
    re.IGNORECASE,
)
# "limit", and India's "upper circuit" / "lower circuit"
# ("hit its 20% ceiling": ChiNext's daily limit)
_LIMIT_AFTER = re.compile(r"\s*(?:daily\s+|trading\s+|maximum\s+|upper\s+|lower\s+|price\s+)*(?:limit|cap|circuit|ceiling)\b(?:(?P<down>[\s-]*down)|(?P<up>[\s-]*up))?", re.IGNORECASE)


def figure_then_restatement_then_up_or_down(left: str, right: str, figure: Figure) -> Predicate | None:
    """'closed 7.35 points or 0.46% lower at 1,590.12': a move in two units, the direction only after the second."""
    match = _RESTATEMENT_THEN_UPDOWN.match(right)
    if not match:
        return None
    word = match.group("dir").lower()
    direction = Direction.UP if word in {"higher", "up", "stronger", "firmer"} else Direction.DOWN
    return Predicate("figure_then_restatement_then_up_or_down", direction, _hedge_before(left), figure.start, figure.end + match.end(), word)


def figure_as_price_limit(left: str, right: str, figure: Figure) -> Predicate | None:
    """'rose by its 10% daily limit', 'Cambricon hits 20% limit', 'slumped by the 10% limit', 'was locked at its
    10% daily limit down' (the price limits of China, Taiwan and Korea)."""
    after = _LIMIT_AFTER.match(right)
    if not after:
        return None
    before = _LIMIT_MOVE.search(left, max(0, len(left) - 40))
    if not before:
        return None
    verb = re.sub(r"\s+", " ", before.group("verb").lower())
    stated = after.group("down") or after.group("up") or re.search(r"upper|lower", after.group(0), re.IGNORECASE)
    if not stated and re.search(r"locked|sealed|pinned|frozen|stuck|\bat$", verb):
        # "stayed locked at the 10% limit": up or down, the word does not say; the sentence's other moves may
        return Predicate("unstated_limit", None, None, before.start(), figure.end + after.end(), verb)
    down = bool(after.group("down")) or "lower" in after.group(0).lower() or verb in lx.DOWN_VERBS or bool(
        re.search(r"\b(?:down|lower)$", verb))
    direction = Direction.DOWN if down else Direction.UP
    return Predicate("figure_as_price_limit", direction, None, before.start(), figure.end + after.end(), verb)


# ("Hon Hai is also locked limit-down at 10%", "TSMC is limit down, 10%")
_LIMIT_WORD_BEFORE = re.compile(r"\blimit[- ](?P<dir>up|down)(?:\s+(?:by|at)|,)?\s+(?:(?:a|the|its)\s+)?$", re.IGNORECASE)


def limit_word_then_figure(left: str, figure: Figure) -> Predicate | None:
    """'TSMC and Hon Hai were both limit-down 10 per cent', 'locked limit-down at 10%': the limit move, its size after it."""
    match = _LIMIT_WORD_BEFORE.search(left, max(0, len(left) - 25))
    if not match or (figure.unit is not Unit.PCT and re.search(r"\bat\s|,", match.group(0))):
        return None  # "closed limit-up at NT$122.5": the price it closed at
    direction = Direction.UP if match.group("dir").lower() == "up" else Direction.DOWN
    return Predicate("limit_word_then_figure", direction, None, match.start(), figure.end, "limit-" + match.group("dir").lower())


_FIGURE_THEN_NOUN = re.compile(
    rf"^\s*(?:-\s*)?(?:(?:[a-z]+-)?(?:day|session|week|month|year|intraday|intra-day|single-day|one-day|two-day|"
    rf"three-day|four-day|five-day|overnight|weekly|monthly|daily|morning|early|late|sharp|steep|further|additional|"
    rf"after-hours|premarket|pre-market|extended-hours|"
    rf"initial|opening|surprise|post-earnings|stock|share|price|debut|first-day|record)\s+){{0,2}}(?P<noun>{_UP_NOUN}|{_DOWN_NOUN})\b",
    re.IGNORECASE,
)


_PHRASE_ENDS = frozenset({"on", "after", "amid", "as", "despite", "following", "with", "while", "and", "to", "from", "since", "before"})


def _up_to_a_preposition(words: list[str]) -> list[str]:
    for index, word in enumerate(words):
        if word.lower() in _PHRASE_ENDS:
            return words[:index]
    return words


def figure_then_noun(left: str, right: str, figure: Figure) -> Predicate | None:
    """"Friday's 10% advance", "a 3% drop", "its 5.2% intraday gain"; not "a 12% rise in revenue"."""
    match = _FIGURE_THEN_NOUN.match(right)
    if not match:
        return None
    after = re.match(r"\s*(?:in|of|for)\s+((?:[\w.'&-]+\s+){0,4}[\w.'&-]+)", right[match.end():], re.IGNORECASE)
    if after and any(word.lower().strip(".") in lx.METRIC_WORDS for word in _up_to_a_preposition(after.group(1).split())):
        # "a 12% rise in revenue", "a 5.3% rise in U.S. comparable sales" (not "a 9.6% gain in July on demand for ...")
        return None
    noun = match.group("noun")
    return Predicate("figure_then_noun", _direction_of(noun), _hedge_before(left), figure.start, figure.end + match.end(), noun)


_CAPITAL_PREPOSITION = r"(?:TO|IN|AT|ON|BY|AS|FOR|FROM|AFTER|OVER|WITH)\b"
_GAPPED = re.compile(
    # "the S&P 500 rose 1.7% and the Nasdaq Composite 2.4%"
    # ("Nvidia fell 4.7%, Applied Materials 10.7% and the S&P 500 0.8%": an index's name may end in a number)
    # (a headline in capitals has no name in "CHINA LEVY RAISED TO 125%": a preposition ends any name)
    rf"(?:,\s*|\s+and\s+|\s+while\s+|;\s*)(?:the\s+)?[A-Z][\w&.'-]*\s+(?:(?:(?!{_CAPITAL_PREPOSITION})[A-Z][\w&.'-]*|&|of|\d{{2,4}})\s+){{0,4}}?(?:(?P<hedge>(?i:{_HEDGE}))\s+)?$"
)


_NO_PLACE = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
_GAPPED_AT_ANOTHER_VENUE = re.compile(
    rf"\s+(?:in|on)\s+(?:the\s+)?{_NO_PLACE}[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){{0,2}}\s+and\s+(?:(?P<hedge>(?i:{_HEDGE}))\s+)?$")
_ON_A_VENUE_NEXT = re.compile(rf"\s+(?:in|on)\s+(?:the\s+)?{_NO_PLACE}[A-Z]")


def gapped_figure(left: str, figure: Figure, previous: Figure | None, right: str = "") -> Predicate | None:
    """'Deutsche Bank rose 11% and Commerzbank 9.5%', 'StanChart tumbled as much as 15% and HSBC as much
    as 10%': the verb of the figure before, left out (or its subject too, the venue named instead: 'Vale shares
    dropped 1.8% in Sao Paulo and 3.5% in New York')."""
    if previous is None or figure.start - previous.end > 70:
        return None
    match = _GAPPED.search(left, previous.end) or (
        _GAPPED_AT_ANOTHER_VENUE.match(left, previous.end) if _ON_A_VENUE_NEXT.match(right) else None)
    if not match:
        return None
    return Predicate("gapped_figure", None, _hedge(match.group("hedge")) if match.group("hedge") else None, match.start(), figure.end)


# ("a recovery that has lifted the online grocer 41%": the company, described)
_OBJECT = (r"(?:it|them|the\s+stock|the\s+shares|its\s+shares|their\s+shares|shares|the\s+(?-i:[a-z][\w-]*\s+)?(?:index|gauge|benchmark)|"
           r"the\s+(?:[\w-]+\s+){0,2}?(?:" + lx.alternation(lx.COMPANY_NOUNS) + r"))")
_VERB_OBJECT_FIGURE = re.compile(
    rf"\b(?:(?P<up>lifted|lifting|lifts|boosted|boosting|boosts)\s+{_OBJECT}\s+(?:(?:up|higher)\s+)?(?:by\s+)?"
    rf"|(?P<down>dragged|dragging|drags|knocked|knocking|knocks)\s+{_OBJECT}\s+(?:(?:down|lower)\s+)?(?:by\s+)?"
    rf"|(?:sent|sending|sends|pushed|pushing|pushes|taken|took|taking|takes|driven|drove|driving)\s+{_OBJECT}\s+"
    rf"(?:(?P<up2>up|higher)|(?P<down2>down|lower))\s+(?:by\s+)?)"
    rf"(?:(?P<hedge>{_HEDGE})\s+)?$",
    re.IGNORECASE,
)


def verb_object_figure(left: str, figure: Figure) -> Predicate | None:
    """'a rally that has lifted it about 68% so far this year', 'a selloff that has knocked the stock down 30%'."""
    match = _VERB_OBJECT_FIGURE.search(left, max(0, len(left) - 60))
    if not match:
        return None
    direction = Direction.UP if match.group("up") or match.group("up2") else Direction.DOWN
    return Predicate("verb_object_figure", direction, _hedge(match.group("hedge")), match.start(), figure.end)


# "The rally lifted the STAR 50 index, which tracks ..., by 8.6%", "The news sent shares of Tesla up 5%": a named
# object, the thing whose price moved, between the verb and the figure; a direction word or "by" closes it
_NAMED_OBJECT = r"(?P<object>(?:the\s+|shares\s+(?:of|in)\s+)?[A-Z][^;:]{0,110}?)"
_VERB_NAMED_OBJECT_FIGURE = re.compile(
    rf"\b(?:(?P<up>lift|lifted|lifting|lifts|boost|boosted|boosting|boosts)|(?P<down>drag|dragged|dragging|drags|knock|knocked|knocking|knocks))"
    # "lifting the Straits Times Index 0.5% to 3,893": the figure may follow the object bare
    rf"\s+{_NAMED_OBJECT}\s+(?:(?:up|higher|down|lower)\s+(?:by\s+)?|by\s+)?(?:(?P<hedge>{_HEDGE})\s+)?$"
    rf"|\b(?:sent|sending|sends|pushed|pushing|pushes|drove|driving|driven)\s+{_NAMED_OBJECT.replace('object', 'object2')}\s+"
    rf"(?:(?P<up2>up|higher)|(?P<down2>down|lower))\s+(?:by\s+)?(?:(?P<hedge2>{_HEDGE})\s+)?$",
)


_A_PERCENTAGE = re.compile(r"\d\s*(?:%|per\s*cent|percent)", re.IGNORECASE)


def verb_named_object_figure(left: str, figure: Figure) -> Predicate | None:
    """'The rally lifted the STAR 50 index by 8.6%': the subject of the move is the verb's object."""
    match = _VERB_NAMED_OBJECT_FIGURE.search(left, max(0, len(left) - 160))
    if not match:
        return None
    named = match.group("object") or match.group("object2")
    if re.search(r",\s*(?:which|that|who|whose)\b", named) and not named.endswith(","):
        return None  # "lifting the Nikkei 225, which ended Wednesday up 1.6%": the relative clause's own move
    if _A_PERCENTAGE.search(named):
        return None  # "dragged the Hang Seng Index down 2.1 per cent ..., trimming its gain for the week to 1.5 per cent": a later figure
    direction = Direction.UP if match.group("up") or match.group("up2") else Direction.DOWN
    hedge = _hedge(match.group("hedge") or match.group("hedge2"))
    object_end = match.end("object") if match.group("object") else match.end("object2")
    return Predicate("verb_named_object", direction, hedge, match.start(), figure.end, object_end=object_end)


_SHARE_OF_SOMETHING = re.compile(
    r"\s+of\s+(?!(?:its|their|the\s+(?:company|group|stock|bank)['\u2019]s)\s+(?:market\s+)?(?:value|worth|capitali[sz]ation)\b)"
    r"(?:the|its|their|all|total|his|her|our|[a-z]+['\u2019]s)\b",
    re.IGNORECASE,
)
_REPORTED_BEFORE = Gated(re.compile(
    r"\b(?:reporting|reported|reports|announcing|announced|forecasting|forecast|projecting|projected|"
    r"guiding\s+(?:for|to)|flagging|flagged)\s+(?:an?\s+)?(?:(?:better|worse|bigger|smaller|stronger|weaker)[\w-]*\s+than[\w\s-]*?\s+)?$",
    re.IGNORECASE,
), "report", "announc", "forecast", "project", "guiding", "flag")
_ADDED_TO_A_METRIC = re.compile(
    r"\s+to\s+(?:its\s+|their\s+|the\s+(?:fund's\s+|trust's\s+|company's\s+)?)?(?:net\s+asset\s+value|NAV|earnings|net\s+income|profits?|revenues?|sales|book\s+value)\b",
    re.IGNORECASE,
)
_TO_AN_AMOUNT = re.compile(
    r"\s+to\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|over|a\s+record)\s+)?(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5\u20b9]|Rs\.?\s?|RMB\s?)?"
    r"\d[\d.,]*\s*(?:billion|million|trillion|bn|mn|tn|crore|lakh)\b",
    re.IGNORECASE,
)
_PER_SHARE_OR_PERIOD = re.compile(r"\s+(?:a|an|per)\s+(?:share|month|year|week|day|hour|person|head)\b", re.IGNORECASE)
_PER_UNIT_OF_A_COMMODITY = re.compile(
    r"\s+(?:a|an|per)\s+(?:metric\s+|troy\s+|dry\s+|wet\s+)?(?:tonne|ton|barrel|ounce|pound|bushel|gallon|megawatt[- ]hour|mwh|mmbtu|kilogram|kg)\b",
    re.IGNORECASE,
)
_PART_OF_A_DEAL = re.compile(
    r"\s+(?:in|of)\s+the\s+(?:sale|share\s+sale|offering|placement|block(?:\s+(?:deal|trade|sale))?|deal|transaction|ipo)\b",
    re.IGNORECASE,
)
# ("down 2% today, 9% this week and 20% this year": a comma joins a list of spans, too)
# ("has fallen by more than 90% since June 2020, and by 21% so far this year": the verb's "by" said again)
_AND_BEFORE = re.compile(rf"(?:\s(?:and|but)\s+|,\s*)(?:by\s+)?(?:a\s+further\s+|another\s+)?(?:(?P<hedge>{_HEDGE})\s+)?$", re.IGNORECASE)
_SPAN_AFTER = re.compile(
    r"^\s*(?:(?:for|on)\s+the\s+(?:week|month|year|quarter)|over\s+the\s+(?:week|month|year)|(?:this|last)\s+(?:week|month|year)|so\s+far\s+this"
    r"|so\s+far\s+in\s+(?:19|20)\d\d"  # "gained 40% over the past year and about 8% so far in 2025"
    # "gained 9% over the past month, and 13% since the start of the year"
    r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|year[\s-]to[\s-]date"
    r"|(?:over|in)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:sessions|days|weeks|months|year|week|month)"
    # "shed 2.6% on Friday and 8.8% over the five sessions"
    r"|(?:over|in|during)\s+the\s+(?:\w+\s+)?(?:sessions|trading\s+days))\b",
    re.IGNORECASE,
)


# "lost another 4.1 per cent on Tuesday and 5.8 per cent on Wednesday": the same verb, another day
# "shed 8.3% on Monday and a further 5.3% in Tokyo on Tuesday": a venue may come first
_DAY_AFTER = re.compile(r"^\s*(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b")


def conjoined_span_figure(left: str, right: str, figure: Figure, previous: Figure | None) -> Predicate | None:
    """'lost 570 points, or 1.49%, on Tuesday and 5% for the month': the same verb, over a longer span or another day."""
    if previous is None or figure.start - previous.end > 40:
        return None
    match = _AND_BEFORE.search(left, previous.end)
    if not match or not (_SPAN_AFTER.match(right) or _DAY_AFTER.match(right)):
        return None
    return Predicate("gapped_figure", None, _hedge(match.group("hedge")), match.start(), figure.end)


_RESPECTIVE_SEPARATOR = re.compile(rf"^(?:,\s*|,?\s+and\s+)(?:(?P<hedge>{_HEDGE})\s+)?$", re.IGNORECASE)
_RESPECTIVELY_AFTER = re.compile(r"^[^.;]{0,60}?\brespectively\b", re.IGNORECASE)


def respective_figure(left: str, right: str, figure: Figure, previous: Figure | None) -> Predicate | None:
    """'Marathon Digital and Riot gained 5.4% and 6%, respectively': the second figure shares the first's verb
    and belongs to the second name."""
    if previous is None or not _RESPECTIVELY_AFTER.match(right):
        return None
    match = _RESPECTIVE_SEPARATOR.match(left[previous.end :])
    if not match:
        return None
    return Predicate("respective_figure", None, _hedge(match.group("hedge")), previous.end, figure.end)


def signed_figure(figure: Figure) -> Predicate | None:
    """'Alibaba +3.2%', 'Tencent (-1.5%)': a sign and no verb, as in market tables."""
    if figure.sign == 0:
        return None
    direction = Direction.UP if figure.sign > 0 else Direction.DOWN
    return Predicate("signed_figure", direction, None, figure.start, figure.end, "+" if figure.sign > 0 else "-")


_FORECAST_BEFORE = re.compile(
    rf"\b(?:{lx.alternation(lx.FORECAST_WORDS)})\s+(?:(?:\w+ly|have|has|be|been|further|again|also|still|even)\s+)*$",
    re.IGNORECASE,
)
_FORECAST_FIRST_WORDS = first_words(lx.FORECAST_WORDS)
_FORECAST_NOUN_BEFORE = re.compile(
    # ("said it expected a 20% to 25% decline in its content": a range foreseen)
    rf"\b(?:sees?|saw|expects?|expected|forecasts?|predicts?|projects?|targets?|eyes|warns? of|risk of|room for|potential(?:\s+for)?|implied|implies|for)\s+(?:an?|another|further|the)?\s*(?:\d[\d.]*\s*%?\s*(?:to|-)\s*)?$"
    # ("Grey market premiums had pointed to a listing gain of about 25%": what the grey market expected)
    rf"|\b(?:pointed|points|point|pointing)\s+to\s+(?:an?|the)?\s*(?:[\w-]+\s+)?$"
    # "forecast revenue to range from a decline of 1% to growth of 1%": a guidance range's end
    rf"|\b(?:range|ranges|ranging)\s+(?:from|between)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)


_FORECAST_CLAUSE = re.compile(
    # "may" in lower case only: "NEW YORK, May 4 (Reuters) -" is a month, not a modal
    r"\b(?:could|would|might|(?-i:may)|will|can|cannot|scenario|base case|bear case|bull case|forecasts?|predicts?|projects?|"
    r"expects?|estimates?|if|unless|risk that|warned that)\b[^,;.]*$",
    re.IGNORECASE,
)


# "trading is halted when the JCI drops 5 percent": a present-tense move after "when" or "if" states a rule
_RULE_WHEN = re.compile(r"\b(?:when|whenever|once)\s+(?:the\s+|a\s+|an\s+)?[\w&.'-]+(?:\s+[\w&.'-]+){0,3}\s+$", re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|as|after|before)\b")


# "IG indicates the FTSE 100 opening 15 points higher", "is called to open 3% lower": where dealers price it before the open
_INDICATED_OPEN = Gated(re.compile(
    r"\b(?:indicat\w*|sees?|seen|saw|expects?|expected|calls?|called|points?\s+to|set|tipped|poised)\b[^,;.]{0,40}\b(?:opening|to\s+open)\s+$",
    re.IGNORECASE,
), "open")


_INDICATED_MOVE = re.compile(r"\b(?:indicated|seen|called)\s+$", re.IGNORECASE)


def is_forecast(left: str, predicate: Predicate) -> bool:
    """'could rise 20%', 'is expected to gain 10%', 'sees a 15% gain', 'could see the Nasdaq fall 15%'; a market's
    rule, 'stocks can rise or fall by up to 20% in a day', 'halted when the JCI drops 5 percent'."""
    before = left[: predicate.start] if predicate.start <= len(left) else left
    if _RULE_WHEN.search(before, max(0, len(before) - 40)) and re.fullmatch(r"[a-z]+s", predicate.verb or ""):
        return True
    clause = _CLAUSE_BREAK.split(before)[-1]
    if predicate.rule in {"verb_then_figure", "up_or_down_then_figure", "figure_then_noun"} and _FORECAST_CLAUSE.search(clause):
        return True
    if predicate.rule in {"verb_then_figure", "up_or_down_then_figure"}:
        if _INDICATED_OPEN.search(before, max(0, len(before) - 80)) or _INDICATED_MOVE.search(before, max(0, len(before) - 20)):
            return False  # a premarket move, priced before the open ("is indicated down 16%", "seen up 3% in pre-market")
        forecast = search_from_words(_FORECAST_BEFORE, before, 40, _FORECAST_FIRST_WORDS)
        # "The SET fell 8%": Thailand's index, in capitals, is not the "set" of "set to rise"
        # ("Samsung Electronics ended May down 4.6%": nor is the month the modal)
        return forecast is not None and not forecast.group(0).split()[0].isupper() and not (
            forecast.group(0).startswith("May") and _MONTH_MAY_BEFORE.search(before, 0, forecast.start()))
    if predicate.rule in {"figure_then_noun"}:
        return bool(_FORECAST_NOUN_BEFORE.search(before, max(0, len(before) - 30)))
    if predicate.rule == "noun_then_figure":
        # "saying it now expects a decline of as much as 4%": revenue's, foreseen
        expected = _FORECAST_NOUN_BEFORE.search(before, max(0, len(before) - 30))
        return expected is not None and not expected.group(0).lower().startswith("for")
    return False


# "a discount of 1.3 percent to the issue price", "Stock lists at 1.3% discount": a debut measured against the offer
_DISCOUNT_OF_BEFORE = re.compile(rf"\b(?:an?\s+)?(?P<noun>discount|premium)\s+of\s+(?:(?P<hedge>{_HEDGE})\s+)?$", re.IGNORECASE)
_TO_THE_OFFER_PRICE = re.compile(r"\s+(?:to|over|on)\s+(?:the|its|their)\s+(?:issue|ipo|offer|listing)(?:\s+price)?\b", re.IGNORECASE)
_LISTS_AT_BEFORE = re.compile(r"\b(?:lists?|listed|listing|debuts?|debuted|debuting|opens?|opened|opening)\s+at\s+(?:an?\s+)?$", re.IGNORECASE)
_DISCOUNT_AFTER = re.compile(r"\s*(?P<noun>discount|premium)\b", re.IGNORECASE)
_PRICED_AT_BEFORE = re.compile(
    r"\b(?:lists?|listed|listing|debuted|debuting|opens?|opened|opening)\s+at\s+(?:Rs\.?\s?|[\u20b9$\u20ac\u00a3\u00a5]|[A-Z]{1,3}\$)?\d[\d,.]*"
    r"(?:\s+(?:yen|won|rupees|yuan|pence|cents))?,\s*(?:an?\s+)?$", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;]|$)")
_OFFER_PRICE_JUST_BEFORE = re.compile(r"\b(?:issue|ipo|offer|offering|listing)\s+price\s+of\s+[^.;%]{1,25},\s*$", re.IGNORECASE)


def debut_discount_or_premium(left: str, right: str, figure: Figure) -> Predicate | None:
    """'shares listing at Rs 1,934, a discount of 1.3 percent to the issue price', 'Stock lists at 1.3% discount': a
    debut's move from the offer price, down for a discount and up for a premium."""
    if figure.unit is not Unit.PCT:
        return None
    before = _DISCOUNT_OF_BEFORE.search(left, max(0, len(left) - 40))
    after_noun = _DISCOUNT_AFTER.match(right)
    if before is not None and (_TO_THE_OFFER_PRICE.match(right) or _OFFER_PRICE_JUST_BEFORE.search(left, 0, before.start())):
        # ("Its shares listed at Rs 442.25 against an issue price of Rs 279, a premium of 58.5%": the price named before)
        noun, start, hedge = before.group("noun"), before.start(), _hedge(before.group("hedge"))
    elif after_noun is not None and _TO_THE_OFFER_PRICE.match(right, after_noun.end()):
        # "listed at Rs 1,931, a 1.5% discount to the issue price"
        noun, start, hedge = after_noun.group("noun"), figure.start, None
    elif after_noun is not None and _CLAUSE_ENDS.match(right, after_noun.end()) and _PRICED_AT_BEFORE.search(left, max(0, len(left) - 60)):
        # "On the BSE, the stock opened at ₹2,500, a 66.33 percent premium.": the premium of the price just named
        noun, start, hedge = after_noun.group("noun"), figure.start, None
    else:
        after = _DISCOUNT_AFTER.match(right)
        listed = _LISTS_AT_BEFORE.search(left, max(0, len(left) - 30)) if after else None
        if listed is None:
            return None
        noun, start, hedge = after.group("noun"), listed.start(), None
    direction = Direction.DOWN if noun.lower() == "discount" else Direction.UP
    return Predicate("debut_discount_or_premium", direction, hedge, start, figure.end, noun.lower())


def find_predicate(sentence: str, figure: Figure, previous: Figure | None) -> Predicate | None:
    """The move governing `figure`, or None when the figure is not a price move."""
    left = sentence[: figure.start]
    right = sentence[figure.end :]
    if figure.unit is Unit.CURRENCY and _PER_UNIT_OF_A_COMMODITY.match(right):
        return None  # "iron ore futures to $107.20 a tonne": a commodity's price
    if figure.unit is Unit.CURRENCY and _PER_SHARE_OR_PERIOD.match(right):
        return None  # "a loss of 32 cents per share", "losing up to €200 a month": earnings or pay, not a price move
    if figure.unit is Unit.CURRENCY and _AS_HIGH_AS_BEFORE.search(left, max(0, len(left) - 20)):
        return None  # "climbed as high as 66.00 francs": the price reached, not by how much it rose
    if figure.unit is Unit.PCT and _IN_A_METRIC_AFTER.match(right):
        return None  # "a decline of around 2% in ASUR's overall traffic": a metric's move, not the price's
    if _WITHOUT_A_BEFORE.search(left, max(0, len(left) - 25)):
        return None  # "ending a 356-session run without a 2% drop": a size of move the market has not had, no move
    if _REPORTED_BEFORE.search(left, max(0, len(left) - 40)):
        return None  # "up 2.2% after reporting a 9% rise in half-year completions": a figure the company reported
    if figure.unit is Unit.PCT and _ADDED_TO_A_METRIC.match(right):
        return None  # "adding an estimated 0.1% to net asset value per share": what a metric gained, no price move
    if figure.unit is Unit.PCT and _TO_AN_AMOUNT.match(right):
        return None  # "rose 44% to $98 billion", "rose 15.3% to 145.93 billion yuan": a sum of money grew, no price did
    if figure.unit is Unit.PCT and (_SHARE_OF_SOMETHING.match(right) or _PART_OF_A_DEAL.match(right)):
        # "at around 33% of the vote", "lost 22.7% of their body weight", "picked up about 1 per cent in the sale":
        # a share of something, not a move
        return None
    for rule in (
        lambda: restated_figure(left, figure, previous),
        lambda: unitless_change_then_figure(left, figure),
        lambda: verb_then_figure(left, figure),
        lambda: verb_object_figure(left, figure),
        lambda: verb_named_object_figure(left, figure),
        lambda: up_or_down_then_figure(left, figure),
        lambda: noun_then_figure(left, figure),
        lambda: figure_as_price_limit(left, right, figure),
        lambda: limit_word_then_figure(left, figure),
        lambda: gapped_figure(left, figure, previous, right),
        lambda: conjoined_span_figure(left, right, figure, previous),
        lambda: respective_figure(left, right, figure, previous),
        lambda: figure_then_up_or_down(left, right, figure),
        lambda: figure_then_restatement_then_up_or_down(left, right, figure),
        lambda: figure_then_noun(left, right, figure),
        lambda: debut_discount_or_premium(left, right, figure),
        lambda: signed_figure(figure),
    ):
        predicate = rule()
        if predicate is not None:
            if predicate.rule in {"up_or_down_then_figure", "verb_then_figure"} and _BY_AN_ARTICLE_BEFORE.search(left) and (
                _MOVE_NOUN_AFTER.match(right)
            ):
                continue  # "pulled down by a 5.6% slide for Nvidia": the noun's move, whose owner follows it
            if is_forecast(left, predicate):
                return None
            return predicate
    return None


_IN_A_METRIC_AFTER = re.compile(
    r"\s+in\s+(?:the\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:'s|\u2019s)\s+|its\s+|their\s+)(?:overall\s+|total\s+|monthly\s+|annual\s+)?"
    r"(?:" + lx.alternation(lx.METRIC_WORDS) + r")\b"
)
_MONTH_MAY_BEFORE = re.compile(r"\b(?:ended|finished|closed|began|started|in|for|during|through|of|since|early|mid|late)\s+$", re.IGNORECASE)
_WITHOUT_A_BEFORE = re.compile(r"\b(?:without|no|never\s+had)\s+(?:a|an|any)\s+(?:single\s+)?$", re.IGNORECASE)
_BY_AN_ARTICLE_BEFORE = re.compile(r"\bby\s+an?\s+$", re.IGNORECASE)
_MOVE_NOUN_AFTER = re.compile(rf"\s+(?:{_UP_NOUN}|{_DOWN_NOUN})\b", re.IGNORECASE)
