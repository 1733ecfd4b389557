"""When a move happened and what kind of move it is, from the words around it and the publication time.

Day words are read in the exchange's own time zone and calendar: an article stamped 00:59 in
New York on a Monday is Monday afternoon in Shanghai, so "Monday" there is that day's session
and a move stated without "closed" is still intraday.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from analysis.claims import lexicon as lx
from analysis.claims.gated import Gated
from analysis.models import ClaimKind, Direction
from data.calendars import MarketState, TradingCalendar

_WEEKDAY = lx.alternation([w for w in lx.WEEKDAYS if len(w) > 3])
_MONTH = lx.alternation(set(lx.MONTHS))
_MONEY = r"(?:[A-Z]{0,2}\$|\u20ac|\u00a3|\u00a5|Rs\.?\s?|RM\s?|Rp\s?|(?:USD|HKD|SGD|AUD|EUR|GBP|MYR|IDR|THB|INR)\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:cents?|c|p|pence|yen|won))?"
_COUNT = r"(?P<count>\d+|" + lx.alternation(set(lx.NUMBER_WORDS) - {"a"}) + r")"


@dataclass(frozen=True)
class DayCue:
    """A day named near the figure."""

    kind: str  # "weekday", "yesterday", "today", "date", "overnight", "previous", "previous_session", "same_day", "next_day", "regular_session"
    weekday: int | None = None
    date: dt.date | None = None  # for "date": month/day with the year resolved later
    month_day: tuple[int, int, int | None] | None = None
    sessions_before: int = 0  # "before Thursday's drop": the session(s) before the day named
    sessions_after: int = 0  # "the next day": the session after the day named
    possessive: bool = False  # "Thursday's 16% plunge": the day of that move only
    last_week: bool = False  # "on Wednesday last week": that weekday of the calendar week before


@dataclass(frozen=True)
class SpanCue:
    """A span of sessions a cumulative move covers."""

    kind: str  # "sessions", "this_week", "last_week", "this_month", "last_month", "past_weeks", "past_months", "past_years", "since_date", "since_event", "since_offer", "ytd", "month_name", "first_half", "quarter"
    count: int | None = None
    month_day: tuple[int, int, int | None] | None = None
    weekday: int | None = None  # "since Friday's close": the span starts at that weekday's session
    before_the_day: bool = False  # "over the previous two sessions": the span ends the session before the day reported
    until: tuple[int, int, int | None] | None = None  # "from February 19, 2024 to February 28, 2024": the day it ends on
    reference: bool = False  # "from Tuesday's close": the close a move is measured from, perhaps the session's own base
    extreme: str | None = None  # "... to an intraday high of $0.069 on 21 January": the span ends at the day's "high" or "low"


# A case-blind pattern is tried at every position of a window, and most windows hold none of the words
# it needs: a substring test on the lowercased window rules it out for a fraction of the cost. Each
# pattern carries its needs as groups of words; a window must hold one word of every group.
# Case-blind matching also pairs "s" with "\u017f", "k" with the Kelvin sign and "i" with "\u0130"/"\u0131",
# which lower() does not turn into those letters: a window holding one is searched with every pattern.
_DIGIT = "<digit>"  # in a group of words: any decimal digit, as the patterns' \d reads one
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_ANY_DIGIT = re.compile(r"\d")
Needs = tuple[tuple[str, ...], ...]


class _PatternTable:
    """Patterns tried in order, each with the words it needs."""

    def __init__(self, rows: list[tuple[re.Pattern, str, Needs]]) -> None:
        self.rows = [(pattern, kind, tuple(frozenset(words) for words in needs)) for pattern, kind, needs in rows]
        self.every = [(pattern, kind) for pattern, kind, _ in rows]
        self.words = sorted({word for _, _, needs in rows for words in needs for word in words} - {_DIGIT})
        self.digit_matters = any(_DIGIT in words for _, _, needs in rows for words in needs)
        self._chosen: dict[frozenset[str], list[tuple[re.Pattern, str]]] = {}

    def to_try(self, text: str) -> list[tuple[re.Pattern, str]]:
        """The patterns, in order, that can match somewhere in `text`."""
        if _folds_to_ascii(text):
            return self.every
        present = frozenset(filter(text.lower().__contains__, self.words))
        if self.digit_matters and _ANY_DIGIT.search(text):
            present |= _WITH_DIGIT
        tried = self._chosen.get(present)
        if tried is None:  # texts share a few hundred combinations of cue words: choose once per combination
            tried = [(pattern, kind) for pattern, kind, needs in self.rows if all(not words.isdisjoint(present) for words in needs)]
            if len(self._chosen) < _COMBINATIONS_KEPT:  # adversarial text cannot grow it without bound
                self._chosen[present] = tried
        return tried


_WITH_DIGIT = frozenset({_DIGIT})
_COMBINATIONS_KEPT = 4096


def _folds_to_ascii(text: str) -> bool:
    return not text.isascii() and _FOLDS_TO_ASCII.search(text) is not None


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` may hold one of `words`, read case-blind as the patterns read it."""
    if _folds_to_ascii(text):
        return True
    lower = text.lower()
    return any(word in lower for word in words)


_DAY_PATTERNS = _PatternTable([
    (re.compile(rf"\b(?P<weekday>{_WEEKDAY})(?:'s|\u2019s)?\b(?P<last_week>\s+(?:of\s+)?last\s+week\b)?", re.IGNORECASE), "weekday", (("monday", "tues", "wednesday", "thur", "friday", "saturday", "sunday"),)),
    (re.compile(r"\byesterday(?:'s|\u2019s)?\b", re.IGNORECASE), "yesterday", (("yesterday",),)),
    # "up about 30% after hours last night", in the next day's copy: yesterday's late session
    (re.compile(r"\blast\s+night(?:'s|\u2019s)?\b", re.IGNORECASE), "yesterday", (("last night",),)),
    (re.compile(r"\b(?:today(?:'s|\u2019s)?|on the day|in today's session|this morning|this afternoon|tonight)\b", re.IGNORECASE), "today", (("today", "on the day", "this morning", "this afternoon", "tonight"),)),
    (re.compile(r"\bovernight\b", re.IGNORECASE), "overnight", (("overnight",),)),
    # "sank 3% that day", "Honda slipped 1% the same day": the day the text last named
    (re.compile(r"\b(?:on\s+)?(?:that|the\s+same)\s+(?:day|session|trading\s+day)\b", re.IGNORECASE), "same_day", (("that", "same"), ("day", "session"),)),
    # "dropped 13.8% in the previous session", in a note before the open: the last session traded
    # "erasing the previous session's 1.6 per cent gain": the same day, as a possessive
    (re.compile(r"\b(?:in|during|on)\s+the\s+(?:previous|prior|preceding)\s+(?:session|trading session|trading day)\b"
                r"|\bthe\s+(?:previous|prior|preceding)\s+(?:session|trading\s+session|trading\s+day)(?:'s|\u2019s)"
                # "recovering from a 2.41 percent plunge the previous session" (not the base of "up 2% from the previous session")
                r"|(?<!from )(?<!than )(?<!with )(?<!over )(?<!against )(?<!versus )(?<!since )"
                r"\bthe\s+(?:previous|prior|preceding)\s+(?:session|trading\s+day)\b(?!['\u2019]s)", re.IGNORECASE),
     "previous_session", (("previous", "prior", "preceding"),)),
    # "even after rising 1.9% in the regular session", in an after-hours story: the session that traded last
    (re.compile(r"\b(?:in|during)\s+(?:the\s+)?regular(?:\s+|-)(?:trading\s+)?(?:session|trading|hours|trade)\b", re.IGNORECASE),
     "regular_session", (("regular",),)),
    # "It jumped 24% the next day", "a day later": the session after the day the text last named
    (re.compile(r"\b(?:on\s+)?the\s+(?:next|following)\s+(?:day|session|trading\s+day)\b|\ba\s+day\s+later\b", re.IGNORECASE),
     "next_day", (("next", "following", "a day later"),)),
    (re.compile(r"\b(?:in|during|on)\s+the\s+(?:previous|prior|preceding)\s+day\b|\ba day earlier\b|\bthe day before\b", re.IGNORECASE), "previous", (("previous", "prior", "preceding", "a day earlier", "the day before"),)),
    (
        re.compile(
            rf"\b(?:on\s+)?(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
            rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH})\.?(?:,?\s+(?P<year2>(?:19|20)\d\d))?\b",
            re.IGNORECASE,
        ),
        "date",
        (_MONTH_STEMS, (_DIGIT,)),
    ),
])


_SINCE_BEFORE = re.compile(
    # "from its record close of 42,224.02 on July 11"; not "had its best day since 2020 on Wednesday"
    r"\b(?:since|from)\b(?!\s+(?:19|20)\d\d\s+(?:on|in)\s)(?:[^,;.]|(?<=\d)[,.](?=\d))*$"
    # "edged up 0.5% ahead of its own results on Thursday": the day of the event, not of the move
    r"|\b(?:ahead\s+of|before|awaiting|in\s+front\s+of)\s+(?:its|their|the)\s+(?:own\s+|[\w-]+\s+){0,2}(?:results|earnings|report|figures|"
    r"numbers|meeting|decision|vote|announcement|release|data|update|listing|debut|offering)\s+(?:on\s+|due\s+(?:on\s+)?)?$"
    # "33% below their record close on July 9": the close the distance is measured from
    # ("12.5 percent below its record close of 24,390.03 on July 11")
    r"|\b(?:below|above|off|(?:higher|lower)\s+than)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:close|high|peak|low|record|level)"
    r"(?:\s+of\s+[$\u20ac\u00a3\u00a5]?\d[\d,.]*\d)?(?:\s+(?:set|reached|hit|posted|struck))?(?:\s+(?:on|of))?\s+$",
    re.IGNORECASE,
)
_BEFORE_DAY = re.compile(r"\bbefore\s+$", re.IGNORECASE)


def day_before_named_day(text: str, day_start: int) -> bool:
    """'Before Thursday's drop, the stock had risen 80%': a move that ended the session before the day named."""
    return bool(_BEFORE_DAY.search(text, max(0, day_start - 8), day_start))


def _weekday(written: str) -> int:
    """The weekday a case-blind match names. The regex's case folding pairs ſ with s and ı, İ with i,
    which str.lower() leaves apart ("tueſday"), so fold the same way before the lookup."""
    return lx.WEEKDAYS[written.casefold().replace("\u0131", "i").replace("i\u0307", "i")]


def find_day_cue(text: str, prefer: str = "nearest_start", start: int = 0, span_starts: bool = False) -> DayCue | None:
    """The day a window of text names: 'on Monday', "Friday's", 'yesterday', 'on Dec. 20'.

    `prefer="nearest_end"` picks the last one (for text before a figure), else the first. A day that starts a span
    ("since March 3") is no move's day; with `span_starts`, it still counts as a day the text named.
    """
    hits: list[tuple[int, DayCue]] = []
    for pattern, kind in _DAY_PATTERNS.to_try(text):
        for match in pattern.finditer(text, start):
            if not span_starts and _SINCE_BEFORE.search(text, max(0, match.start() - 75), match.start()):
                continue  # "since March 3", "since their debut on March 21": the start of a span, not the day of the move
            if kind == "weekday":
                # "Monday's session" yes; "a Monday meeting" is rare enough in move context
                shift = 1 if day_before_named_day(text, match.start()) else 0
                possessive = match.group(0).lower().endswith(("'s", "\u2019s"))
                hits.append((match.start(), DayCue("weekday", weekday=_weekday(match.group("weekday")), sessions_before=shift, possessive=possessive,
                                                   last_week=match.group("last_week") is not None)))
            elif kind == "date":
                month = (match.group("month") or match.group("month2") or "").lower()
                day = int(match.group("day") or match.group("day2"))
                year_text = match.group("year") or match.group("year2")
                if month == "may" and not match.group("day2") and not re.search(r"\bmay\s+\d", match.group(0), re.I):
                    continue
                if 1 <= day <= 31:
                    hits.append((match.start(), DayCue("date", month_day=(lx.MONTHS[month.rstrip(".")], day, int(year_text) if year_text else None))))
            else:
                # ("more than recovering yesterday's 3.5% slump": a possessive day dates its own move only)
                hits.append((match.start(), DayCue(kind, possessive=match.group(0).lower().endswith(("'s", "\u2019s")))))
    if not hits:
        return None
    hits.sort(key=lambda h: h[0])
    return hits[-1][1] if prefer == "nearest_end" else hits[0][1]


_SPAN_PATTERNS = _PatternTable([
    (re.compile(r"\bamong\s+the\s+year(?:'s|\u2019s)\s+(?:\w+\s+)?(?:winners|losers|gainers|decliners|laggards|performers|best|worst|top)\b", re.IGNORECASE), "ytd", (("year",),)),
    (re.compile(r"\b(?:so far this year|this year|year[- ]to[- ]date|ytd|(?:since|from) the (?:start|beginning) of (?:the|this) year|(?:finished|ended|closed|ends|finishes|closes|finishing|ending|closing|end|finish|close) (?:the )?year|since january 1|since jan\.? 1|for the year|on the year|over the year|in the year so far|(?:in|over|during)\s+the\s+first\s+\w+\s+months\s+of\s+(?:the|this)\s+year|so far in (?P<year>(?:19|20)\d\d)|(?P<yearsofar>(?:19|20)\d\d)\s+(?:so far|to date)|(?:in|for|during|over|ended|finished|closed|ends|finishes|closes|ending|finishing|closing)\s+(?P<inyear>(?:19|20)\d\d))\b", re.IGNORECASE), "ytd", (("year", "ytd", _DIGIT),)),
    # "now down 9.3% since the end of December", "since the end of last year", "6 percent below where it began the
    # year": the year to date
    # ("roughly 12% below where it started 2024")
    (re.compile(r"\bsince\s+the\s+end\s+of\s+(?:december|dec\b\.?|last\s+year)|\bwhere\s+(?:it|they)\s+(?:began|started|opened)\s+(?:the\s+year|(?:19|20)\d\d)\b",
                re.IGNORECASE), "ytd", (("since", "where"), ("dec", "last year", "the year", "20"))),
    # a letter's "We trailed in a year when the S&P 500 rose 24%": the year under review, to date
    (re.compile(r"\b(?:in|during|over)\s+a\s+year\s+(?:when|in\s+which)\b", re.IGNORECASE), "ytd", (("a year",),)),
    # "up 27% since the start of 2024": the year to date in 2024, a span from that new year's day before it
    # ("still about 1 per cent lower from the start of 2025")
    (re.compile(r"\b(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE), "since_year", (("since", "from"), (_DIGIT,))),
    (re.compile(rf"\b(?:over|in|during|across|for)\s+(?:the\s+)?(?:past|last|previous|latest|prior)\s+{_COUNT}\s+(?:straight\s+|consecutive\s+)?(?:trading\s+)?(?:sessions|days|trading days)\b", re.IGNORECASE), "sessions", (("sessions", "days"),)),
    (re.compile(rf"\b(?:over|in|across|during|for)\s+(?:those|these|the|its|their)?\s*{_COUNT}\s+(?:straight\s+|consecutive\s+)?(?:trading\s+)?(?:sessions|days|trading days)\b", re.IGNORECASE), "sessions", (("sessions", "days"),)),
    (re.compile(rf"\b(?:over|in|during)\s+(?:the\s+)?(?:past|last|previous)\s+(?:{_COUNT}\s+)?weeks?\b", re.IGNORECASE), "past_weeks", (("week",),)),
    # "over the past two months", "gave back about 3% in Seoul over the three months"
    (re.compile(rf"\b(?:over|in|during)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?(?:{_COUNT}\s+)?months?\b(?<!the\smonth)(?<!the\smonths)", re.IGNORECASE), "past_months", (("month",),)),
    # "lost about 31% in the first half", "rose 12% over the quarter", "in the second quarter"
    # (not "revenue in the first half of its next fiscal year": a company's period, not a span of prices)
    # ("finished the first half up 15.9%")
    (re.compile(r"\b(?:in|over|during|for|finished|ended|closed|ending|finishing|closing)\s+the\s+(?:first|1st)\s+half\b"
                r"(?![\s-]*(?:hour|of\s+(?:the\s+)?(?:session|day|trading|morning)))"
                r"(?!\s+of\s+(?:its\s+|their\s+|the\s+)?(?:next|current|coming|fiscal|financial|(?:19|20)\d\d))"
                r"|\b(?:in|over|during|for|finished|ended|closed)\s+the\s+first\s+six\s+months\b"
                # "gained 6.7% over the half", in a half-year review
                r"|\b(?:over|in|during|for)\s+the\s+half\b(?![\s-]*(?:hour|point|day|session|of))", re.IGNORECASE), "first_half", (("half", "six months"),)),
    # ("ending the third quarter up about 11%")
    (re.compile(r"\b(?:in|over|during|for|finished|ended|closed|ends|finishes|closes|finishing|ending|closing|finish|end|close)\s+the\s+"
                r"(?:(?P<nth>first|second|third|fourth)\s+)?quarter\b(?!\s+(?:of\s+(?:a|one)|point|percentage))", re.IGNORECASE), "quarter", (("quarter",),)),
    # ("Nifty ends at 24,008, down 1.1%; week's loss at 1.4%": the week's own move)
    (re.compile(r"\b(?:weekly|week-long|(?<!last )(?<!previous )(?<!prior )(?<!past )(?<!next )week(?:'s|\u2019s))\s+(?:gain|gains|advance|rise|loss|losses|decline|drop|fall|rally|slide)\b", re.IGNORECASE), "this_week", (("week",),)),
    (re.compile(r"\b(?:monthly|month-long|(?<!last )(?<!previous )(?<!prior )(?<!past )(?<!next )month(?:'s|\u2019s))\s+(?:gain|gains|advance|rise|loss|losses|decline|drop|fall|rally|slide)\b", re.IGNORECASE), "this_month", (("month",),)),
    (re.compile(r"\b(?:finished|ended|closed|ends|finishes|closes|finishing|ending|closing|finish|end|close)\s+the\s+week\b"
                # ("Hang Seng caps holiday-shortened week with 10% gain")
                r"|\b(?:caps?|capped|capping|ends?|ended|ending|closes?|closed|closing|finish(?:es|ed)?|wraps?|wrapped)\s+"
                r"(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+)?week\s+with\b", re.IGNORECASE), "this_week", (("week",),)),
    # ("MicroStrategy bounces premarket after Citron-fuelled slide; week still up 17%": a headline's clause on the week)
    (re.compile(r"(?:^\s*|[;:]\s*)(?:the\s+)?week\s+(?:still\s+|now\s+)?(?:up|down)\s*$", re.IGNORECASE), "this_week", (("week",),)),
    # "In a week shortened by Thursday's market closure, the S&P 500 declined 1.9%", "Over the holiday-shortened trading week"
    (re.compile(r"\b(?:in|over|during|for)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:trading\s+)?week\s+(?:shortened|cut\s+short)\b"
                r"|\b(?:in|over|during|for)\s+(?:a|the)\s+(?:holiday-)?shortened\s+(?:trading\s+)?week\b", re.IGNORECASE), "this_week", (("week",),)),
    (re.compile(r"\b(?:finished|ended|closed|ends|finishes|closes|finishing|ending|closing|finish|end|close)\s+the\s+month\b|\b(?:over|for|in|during)\s+the\s+month\b", re.IGNORECASE), "this_month", (("month",),)),
    (re.compile(r"\b(?:this week|so far this week|on the week|for the week|over the week|during the week|in the week|week to date|week-to-date)\b", re.IGNORECASE), "this_week", (("week",),)),
    # "fell 5.8% in the holiday-shortened week", "over a volatile week"
    (re.compile(r"\b(?:in|over|during|for)\s+(?:the|a)\s+(?!(?:previous|prior|last|past|next|coming|same|first|second|third|final)\b)[\w-]+\s+week\b(?!\s+(?:ahead|before|earlier|ago|after))", re.IGNORECASE), "this_week", (("week",),)),
    (re.compile(r"\b(?:last week|the previous week|the prior week)\b", re.IGNORECASE), "last_week", (("week",),)),
    (re.compile(r"\b(?:this month|so far this month|month to date|month-to-date|for the month|on the month)\b", re.IGNORECASE), "this_month", (("month",),)),
    (re.compile(r"\b(?:last month|the previous month)\b", re.IGNORECASE), "last_month", (("month",),)),
    (re.compile(rf"\bsince\s+(?:the\s+(?:start|end|beginning)\s+of\s+)?(?P<month>{_MONTH})\.?(?:\s+(?P<day>\d{{1,2}}))?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b", re.IGNORECASE), "since_date", (("since",),)),
    # "has fallen 10.5% from its Nov. 7 record close", "33% below their record close on July 9": the span from that close
    (re.compile(rf"\b(?:from|below|above|off)\s+(?:its|their|the)\s+(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:[\w-]+\s+){{0,2}}?(?:close|high|peak|low|level|record)\b", re.IGNORECASE), "since_date", (("from", "below", "above", "off"), _MONTH_STEMS)),
    # a filing's "risen by 70.9% from February 19, 2024 to February 28, 2024": a span between two days named
    (re.compile(rf"\bfrom\s+(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>(?:19|20)\d\d))?\s+(?:to|through|until|-|\u2013)\s+"
                rf"(?:(?P<month2>{_MONTH})\.?\s+)?(?P<day2>\d{{1,2}})\b(?:,?\s+(?P<year2>(?:19|20)\d\d))?"
                rf"|\bfrom\s+(?P<dayf>\d{{1,2}})\s+(?P<monthf>{_MONTH})(?:,?\s+(?P<yearf>(?:19|20)\d\d))?\s+(?:to|through|until|-|\u2013)\s+"
                rf"(?P<dayf2>\d{{1,2}})\s+(?P<monthf2>{_MONTH})?(?:,?\s+(?P<yearf2>(?:19|20)\d\d))?", re.IGNORECASE),
     "date_range", (("from",), _MONTH_STEMS)),
    # an exchange's query: "rose from a closing price of S$0.068 on 3 June 2024 to S$0.100 on 5 June 2024, an increase of
    # 47%", "from a closing price of $0.84 on Monday, 19 February 2024 to an intraday high of $1.03 today"
    (re.compile(
        # ("moved from RM0.60 on 2 May 2024 to RM1.45 on 16 May 2024": the prices alone)
        # ("increased from S$0.052 at the close on 8 March 2024 to S$0.081 at the close on 12 March 2024")
        rf"\bfrom\s+(?:(?:a|an|its|the)\s+(?:closing\s+|last\s+)?(?:price|close)\s+of\s+)?{_MONEY}\s+(?:at\s+the\s+close\s+)?on\s+(?:(?:{_WEEKDAY}),?\s+)?"
        rf"(?:(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)|(?P<dayf>\d{{1,2}})\s+(?P<monthf>{_MONTH})\.?,?\s+(?P<yearf>(?:19|20)\d\d))"
        rf"\s+to\s+(?:an?\s+|the\s+)?(?:(?:intraday|intra-day)\s+)?(?:(?:high|low|closing\s+price|price|close)\s+of\s+)?{_MONEY}\s+"
        rf"(?:(?:at\s+the\s+close\s+)?on\s+(?:(?:{_WEEKDAY}),?\s+)?(?:(?P<month2>{_MONTH})\.?\s+(?P<day2>\d{{1,2}})(?:,?\s+(?P<year2>(?:19|20)\d\d))?"
        rf"|(?P<dayf2>\d{{1,2}})\s+(?P<monthf2>{_MONTH})\.?(?:,?\s+(?P<yearf2>(?:19|20)\d\d))?)|today|yesterday)",
        re.IGNORECASE),
     "date_range", (("from",), (_DIGIT,))),
    # "Korea Zinc shares remain up 66 percent from Sept. 12, the day before ...": a span from the day named
    (re.compile(rf"\bfrom\s+(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})\b(?!\s*(?:to|-|\u2013|through|until)\b)(?:,?\s+(?P<year>(?:19|20)\d\d))?", re.IGNORECASE), "since_date", (("from",), _MONTH_STEMS)),
    # "about 19 per cent higher than its close on September 24"
    (re.compile(rf"\b(?:from|below|above|off|(?:higher|lower)\s+than)\s+(?:its|their|the)\s+(?:[\w-]+\s+){{0,3}}?(?:close|high|peak|low|record|level)(?:\s+of\s+the\s+(?:year|month|week))?\s+(?:on|of|from|in)\s+(?P<month>{_MONTH})\.?\s+(?:(?P<day>\d{{1,2}})\b|(?P<year>(?:19|20)\d\d)\b)", re.IGNORECASE), "since_date", (("from", "below", "above", "off", "than"), _MONTH_STEMS)),
    # "about 75% below their November 2021 record", "measured from his arrival in February 2021"
    (re.compile(rf"\b(?:from|below|above|off)\s+(?:its|their|the)\s+(?P<month>{_MONTH})\.?\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){{0,2}}?(?:close|high|peak|low|level|record|highs|lows|peaks)\b", re.IGNORECASE), "since_date", (("from", "below", "above", "off"), _MONTH_STEMS)),
    (re.compile(rf"\b(?:since|from)\b[^,;]{{0,60}}?\bin\s+(?P<month>{_MONTH})\.?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE), "since_date", (("since", "from"), _MONTH_STEMS)),
    # "have shed about 39% over the past year", "10% below where it stood a year ago"
    # ("Over the same three years the S&P 500 gained 33%": the count of years told before)
    (re.compile(rf"\b(?:over|in|during)\s+(?:the\s+)?(?:past|last|previous|same(?=\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s))\s+(?:{_COUNT}\s+)?years?\b|\b(?:below|above)\s+where\s+(?:it|they)\s+(?:stood|was|were|traded)\s+a\s+year\s+(?:ago|earlier)\b"
                # ("the stock ... remains 8% lower than a year ago")
                r"|(?:(?<=lower)|(?<=higher))\s+than\s+a\s+year\s+ago\b", re.IGNORECASE), "past_years", (("year",),)),
    # "gained 18% since Monday's close": the span from that session's close
    (re.compile(rf"\bsince\s+(?:last\s+)?(?P<weekday>{_WEEKDAY})(?:'s|\u2019s)?(?:\s+(?:close|closing|session|open))?\b"
                # "has rebounded 7.6% from Tuesday's close"
                # ("the shares stand about 16% below Thursday's close")
                rf"|\b(?:from|below|above)\s+(?:last\s+)?(?P<weekday2>{_WEEKDAY})(?:'s|\u2019s)\s+(?:close|closing\s+level|low|level)\b", re.IGNORECASE),
     "since_weekday", (("since", "from", "below", "above"), ("monday", "tues", "wednesday", "thur", "friday", "saturday", "sunday"))),
    # "since its interim results on 10 September": the day written before its month
    # ("since the close on Monday, 9 September 2024": a weekday may stand before it)
    (re.compile(rf"\bsince\b[^,;]{{0,60}}?(?:\b[A-Z][a-z]+day,\s+)?\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})\b\.?(?:,?\s+(?P<year>(?:19|20)\d\d))?", re.IGNORECASE), "since_date", (("since",), _MONTH_STEMS)),
    # "since their first close on Oct. 23": the named day, before the event's own words
    (re.compile(rf"\bsince\b[^,;]{{0,60}}?\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})\b(?:,?\s+(?P<year>(?:19|20)\d\d))?", re.IGNORECASE), "since_date", (("since",),)),
    # "up 81% from its $36 IPO price", "stock up 44% over IPO price": the span since listing (on the debut day
    # itself, the day's move: the extractor decides)
    (re.compile(r"\bfrom\s+(?:its|their|the|that)\s+(?:\S+\s+){0,2}?(?:ipo|offer|offering|listing|float)\s+price\b"
                r"|\b(?:above|over|below|under)\s+(?:(?:its|their|the|a)\s+)?(?:\S+\s+){0,2}?(?:ipo|offer|offering|listing|issue|reference\s+price|opening\s+price)(?:\s+price)?\b"
                r"|\b(?:above|below)\s+the\s+price\s+of\s+the\s+(?:share\s+sale|offering|ipo)\b"
                # "down 73% from the 335p at which the company floated in July"
                # ("72% above the $36 a share at which the Santa Clara-based company sold its shares in its IPO")
                # ("73% below the 335 pence at which it floated in July": a unit word after the price)
                r"|\b(?:from|above|below)\s+the\s+\S+(?:\s+(?:pence|cents|yen|euros?|francs|kronor|crowns|rupees|won|yuan))?(?:\s+a\s+share)?\s+at\s+which\s+[^.;]{0,80}?\b(?:floated|listed|debuted|was\s+floated|were\s+sold|"
                r"sold\s+(?:its|their)\s+shares|was\s+priced|were\s+priced|went\s+public)\b",
                re.IGNORECASE), "since_offer", (("from", "above", "over", "below", "under"), ("price", "which"))),
    (re.compile(r"\bsince\s+(?:its|their|the)\s+(?:ipo|debut|listing|market debut|initial public offering|trading debut|float|lows?|low point|bottom|peak|high|record|trough|lowest|highest|[\w-]+\s+(?:low|high|close|peak))\b|\bfrom\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,3}(?:low|high|peak|close|bottom|trough|record|lows|highs)\b"
                # "remains 12.5 percent below its record close": the distance from a record is a span from it
                # ("about 20 percent below its June record close": a month alone names no start)
                rf"|\b(?:below|above|off)\s+(?:its|their|the)\s+(?:(?:all-time|52-week|recent|previous|year's|\d{{4}}|{_MONTH})\s+)*(?:record|peak|high|highs|low|lows|bottom|trough)\b",
                re.IGNORECASE), "since_event", (("since", "from", "below", "above", "off"),)),
    (re.compile(r"\bsince\s+(?:(?:19|20)\d\d|early|late|mid-|the)\b", re.IGNORECASE), "since_event", (("since",),)),
    (re.compile(r"\bsince\s+[\w'\u2019-]+", re.IGNORECASE), "since_event", (("since",),)),
    # "in April", "down 4.2% for April", "ended April 4.4% lower": the month the text names
    # (not "a record high set in July": the record's month)
    (re.compile(rf"(?<!\bset\s)(?<!\bhit\s)(?<!\breached\s)(?<!\btouched\s)(?<!\bposted\s)"
                rf"\b(?:in|for|during|over|(?:ended|finished|closed|ends|finishes|closes))\s+(?P<month>{_MONTH})\b(?!\s+\d)",
                re.IGNORECASE), "month_name", (_MONTH_STEMS,)),
])
_ORDINAL_MOVE_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?"
    r"(?:loss|losses|gain|gains|decline|declines|drop|drops|fall|falls|rise|rises|advance|advances|retreat|rally|rallies)\s*$",
    re.IGNORECASE,
)
_LISTING_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:its|their|the)\s+(?:ipo|debut|listing|float|market\s+debut|trading\s+debut|initial\s+public\s+offering)\b[^,;]{0,30}$",
    re.IGNORECASE,
)
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{_WEEKDAY})\s+(?:of\s+)?$", re.IGNORECASE)
# "its biggest gain since 2020": "since" there dates a record, not the span of the move.
_SUPERLATIVE_JUST_BEFORE = re.compile(
    r"\b(?:biggest|largest|best|worst|steepest|sharpest|deepest|heaviest|highest|lowest|strongest|weakest|longest|fastest)"
    r"(?:\s+[\w-]+){0,3}\s+$", re.IGNORECASE)
_RECORD_BEFORE_SINCE = re.compile(r"\b(?:biggest|largest|best|worst|steepest|sharpest|deepest|heaviest|most|highest|lowest|strongest|weakest|first|longest|fastest|top)\b[^.;]*$", re.IGNORECASE)


# "a four-day, 23% slide": the count of sessions said before the figure; "snapping a four-day, 23% slide"
# is a slide that ended the session before the one reported
_COUNTED_DAYS_BEFORE_FIGURE = Gated(re.compile(
    rf"(?P<ended>\b(?:snapping|snapped|ending|ended|breaking|broke|halting|halted|reversing|reversed|after)\s+)?"
    rf"\b(?:(?:a|an|its|their|the)\s+)?{_COUNT}-(?:day|session)\s*,?\s*$",
    re.IGNORECASE,
), "-day", "-session")


# "The two-day slide has erased about", "The two-day fall now amounts to about": a counted move noun owns the figure
_COUNTED_MOVE_BEFORE_FIGURE = Gated(re.compile(
    rf"\b(?P<ended>)(?:(?:a|an|its|their|the)\s+)?{_COUNT}-(?:day|session)\s+(?:slide|fall|drop|decline|rout|selloff|sell-off|slump|"
    rf"rally|gain|rise|surge|jump|run|advance)s?\s+(?:has\s+|have\s+)?(?:now\s+)?(?:amounts?\s+to|totals|comes\s+to|came\s+to|"
    rf"erased|wiped\s+out|wiped\s+off)\s+(?:about|nearly|roughly|almost|around|some|more\s+than)?\s*$",
    re.IGNORECASE,
), "-day", "-session")


def span_of_counted_days(lead: str) -> SpanCue | None:
    match = _COUNTED_DAYS_BEFORE_FIGURE.search(lead[-80:]) or _COUNTED_MOVE_BEFORE_FIGURE.search(lead[-100:])
    if match is None:
        return None
    raw = match.group("count").lower()
    count = int(raw) if raw.isdigit() else lx.NUMBER_WORDS.get(raw)
    return SpanCue("sessions", count, before_the_day=bool(match.group("ended"))) if count else None


_TO_AN_EXTREME = re.compile(r"\bto\s+(?:an?\s+|the\s+)?(?:intraday|intra-day)\s+(?P<extreme>high|low)\b", re.IGNORECASE)


def _date_range(groups: dict[str, str | None], words: str = "") -> SpanCue:
    """The span of "from February 19, 2024 to February 28, 2024" or "from 19 to 28 February 2024"."""
    to_extreme = _TO_AN_EXTREME.search(words)
    extreme = to_extreme.group("extreme").lower() if to_extreme else None
    month = groups["month"] or groups["monthf"]
    month2 = groups["month2"] or groups["monthf2"] or month
    year2 = groups["year2"] or groups["yearf2"]
    year = groups["year"] or groups["yearf"] or year2
    day, day2 = groups["day"] or groups["dayf"], groups["day2"] or groups["dayf2"]
    start = (lx.MONTHS[month.lower().rstrip(".")], int(day), int(year) if year else None)
    if day2 is None:  # "... to an intraday high of $1.03 today": from the day named to now
        return SpanCue("since_date", month_day=start, extreme=extreme)
    until = (lx.MONTHS[month2.lower().rstrip(".")], int(day2), int(year2) if year2 else (int(year) if year else None))
    return SpanCue("date_range", month_day=start, until=until, extreme=extreme)


_SINCE_A_LISTING_BEFORE = re.compile(r"\bsince\s+(?:its|their|the)\s+(?:\w+\s+)?(?:ipo|listing|debut|flotation|float|market\s+debut)\s*$", re.IGNORECASE)


def find_span_cue(text: str, text_before_figure: str = "", latest_year: int | None = None) -> SpanCue | None:
    """A cumulative or year-to-date span named in the window: 'over the past four sessions', 'this week'."""
    for pattern, kind in _SPAN_PATTERNS.to_try(text):
        match = pattern.search(text)
        if not match:
            continue
        # (a distance from the offer price is no record's reach: "NSDL ends first week 45% above IPO price")
        if kind in {"since_date", "since_event"}:
            clause_before = re.split(r"[,;]", text_before_figure)[-1] if text is not text_before_figure else ""
            # (each part on its own: a time stamp's "p.m." in the clause is no end of the record's phrase)
            if _RECORD_BEFORE_SINCE.search(re.split(r"[,;]", text[: match.start()])[-1]) or _RECORD_BEFORE_SINCE.search(clause_before[-60:]):
                continue
        if kind in {"past_months", "past_weeks", "past_years", "sessions"} and _SUPERLATIVE_JUST_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "to its highest close in 14 months", "its biggest drop in four sessions": a record's reach, no span
        if kind == "last_week" and _WEEKDAY_BEFORE.search(text, max(0, match.start() - 15), match.start()):
            continue  # "On Wednesday last week" names a day, not the week
        if kind in {"last_week", "last_month"} and _LISTING_SINCE_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue  # "have soared about 250% since their debut last week": the span since the debut, to now
        if kind == "sessions" and _ORDINAL_MOVE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "fell 1.2% for its third loss in four days": a count of losses, not the move's span
        if kind == "month_name" and match.group("month") in {"may", "MAY"}:
            continue  # "in may" is the modal; the month is written "May"
        count = None
        groups = match.groupdict()
        if groups.get("count"):
            raw = groups["count"].lower()
            count = int(raw) if raw.isdigit() else lx.NUMBER_WORDS.get(raw)
        month_day = None
        if kind == "date_range":
            return _date_range(groups, match.group(0))
        if kind in {"since_date", "month_name"}:
            month = lx.MONTHS[match.group("month").lower().rstrip(".")]
            day = int(groups["day"]) if groups.get("day") else 1
            month_day = (month, day, int(groups["year"]) if groups.get("year") else None)
        weekday = _weekday(match.group("weekday") or match.group("weekday2")) if kind == "since_weekday" else None
        if kind == "since_weekday" and match.group("weekday2"):
            return SpanCue(kind, weekday=weekday, reference=True)
        if kind == "ytd" and groups.get("inyear") and _SINCE_A_LISTING_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "lost 76% since its IPO in 2021": the year dates the listing, the span runs from it to now
        if kind == "ytd" and (groups.get("year") or groups.get("inyear") or groups.get("yearsofar")):
            # ("Nifty 50, 2025 so far   -0.5%": a scorecard's row)
            month_day = (1, 1, int(groups.get("year") or groups.get("inyear") or groups["yearsofar"]))
            if latest_year is not None and month_day[2] > latest_year:
                continue  # "two cuts for 2025" in a 2024 article is a forecast's year, not the span of a move
        if kind == "since_year":
            year = int(groups["year"])
            return SpanCue("ytd") if year == latest_year else SpanCue("since_date", month_day=(1, 1, year))
        if kind in {"quarter", "first_half"} and match.start() > 30:
            continue  # "a 10.7% surge on Wednesday that followed record additions in the fourth quarter": the results'
        if kind == "quarter" and groups.get("nth"):
            count = ("first", "second", "third", "fourth").index(groups["nth"].lower()) + 1
        before_the_day = kind == "sessions" and bool(re.match(r"\w+\s+(?:the\s+)?(?:previous|prior)\b", match.group(0), re.IGNORECASE))
        return SpanCue(kind, count, month_day, weekday, before_the_day)
    return None


_INTRADAY_EXTREME = re.compile(
    r"\b(?:at one (?:point|stage)|earlier in the (?:day|session|trading day)|intra-?day (?:high|low|peak)|"
    # "rose 3.6%, paring an early jump of 9.9%": the move given back from is the session's extreme
    r"(?:paring|pared|trimming|trimmed|erasing|erased|giving up|gave up|reversing|reversed)\s+(?:an?|its|their)\s+(?:early|earlier|initial|opening|intraday|morning)\s+\w+|"
    r"session (?:high|low)|at (?:its|the|their) (?:day's |session's |intraday )?(?:high|low|peak|lowest|highest)|"
    r"hit an? (?:intraday|session|day's) (?:high|low)|touched|peaked|at its strongest|at its weakest|"
    # "had traded as high as $5.10, up 244%": the price at the extreme, then the move to it
    r"traded as (?:high|low) as|"
    # "closed 2.2% higher after opening at its 10% daily limit": a limit is the session's extreme
    r"open(?:ed|ing|s)\s+(?:at|by)\s+(?:its|the|their)\s+[\d.]+\s*(?:%|per\s*cent)\s+(?:daily\s+|price\s+)?(?:limit|ceiling)|"
    # (not "Both had jumped to record highs on Monday, with the Nifty gaining 3.3%": record closes, told of a day)
    r"(?:had |having )(?:risen|fallen|gained|lost|climbed|dropped|jumped|surged|sunk|slumped) (?!to\s+(?:a\s+)?record)(?:as much as )?|(?<!^)(?<!^\s)(?<!day )(?<!days )(?<!week )(?<!weeks )(?<!session )(?<!sessions )(?<!month )(?<!months )(?<!year )(?<!years )earlier)\b"
    r"(?!\s+(?:this|last|in the (?:week|month|year)|reported|said|announced|today)|,)",
    re.IGNORECASE,
)
# "ahead of the Xetra open": the open of a market named
_PREMARKET = re.compile(
    r"\b(?:pre-?market|pre-?open(?:ing)?|before the (?:opening )?bell|before the (?:\w+ )?open(?:ed|s)?|ahead of the (?:opening )?bell|"
    r"ahead of the (?:\w+ )?open|early indications|"
    # an indication before the open: "was seen opening 0.2% weaker", "is called to open 3% lower", "IG indicates the
    # FTSE 100 opening 15 points higher", "Pre-market indications point to ASML opening 1% higher"
    r"(?:indicat\w*|sees?|seen|saw|expects?|expected|calls?|called|points?\s+to|set|tipped|poised)\b[^,;.]{0,40}\b(?:opening|to\s+open)"
    # "Estée Lauder is indicated down 16%", "Shares seen up 3% in pre-market indications"
    r"|(?:indicated|seen|called)\s+(?:up|down|higher|lower)(?=\s+(?:about\s+|around\s+|some\s+)?[+\-]?\d))"
    r"\b(?!\s+of\b)(?!\s+market\s+(?:committee|operations))",
    re.IGNORECASE,
)
_AFTER_HOURS = re.compile(
    r"\b(?:after[- ]?hours|after the (?:closing )?bell|extended(?:-hours)? (?:trad(?:e|ing)|session)|extended hours|post-?market|late trad(?:e|ing)|after the close|after-market|"
    # Tokyo's proprietary trading systems after the close: "In evening trading on Japannext, Advantest rose 5.1%"
    r"evening (?:trad(?:e|ing)|session)|on Japannext|in PTS trading)\b"
    # "Starbucks added 4% late despite ...": a bare "late" right after the figure
    r"|(?<=%)\s+late\b(?!\s+(?:in|on|morning|afternoon|session|last|\w+day)\b)",
    re.IGNORECASE,
)
# not "ended the morning session": Tokyo's and Hong Kong's midday break, with the afternoon still to trade
# ("due to report after the closing bell" is no close)
_CLOSING = re.compile(r"\b(?:closed|closes|closing(?!\s+bell)|ended|ends|finished|finishes|settled|settles)\b(?!\s+the\s+morning\b)|\b(?:at the close|by the close|at the closing bell|by the closing bell|at the end of (?:the )?(?:day|session|trading)|in regular trading|during regular trading|in the regular session)\b", re.IGNORECASE)
_NOW = re.compile(
    r"\b(?:in (?:early|morning|afternoon|midday|late morning|early afternoon|late|mid-?morning|mid-?afternoon|lunchtime) (?:trade|trading|deals|session)|"
    r"at (?:the )?midday(?: break)?|at the (?:lunch|noon) break|at the open(?:ing)?|in early (?:asian |european |u\.s\. )?(?:trade|trading|deals)|"
    r"at the time of writing|so far today|(?:is|are|was|were) (?:trading|changing hands)|(?:is|are) (?:up|down|higher|lower))\b",
    re.IGNORECASE,
)


# "During the day, it tanked 6,234.35 points, or 8.15 per cent": a point of the session, not its close
# ("had tumbled 5.3% during the day's selloff" is the session's move, said after it)
_DURING_THE_DAY = re.compile(r"\bduring the (?:day|session)\b(?!['\u2019]s)", re.IGNORECASE)


def has_intraday_extreme(window: str) -> bool:
    # ("Rivian closed 0.4% higher during the day", in an after-hours story: the close, the day being the regular session)
    return bool(_INTRADAY_EXTREME.search(window) or (_DURING_THE_DAY.search(window) and not _CLOSING.search(window)))


_PREMARKET_WORDS = ("pre", "before the", "ahead of the", "early indications", "open", "indicated", "seen", "called")  # one stands in every match


def has_premarket(window: str) -> bool:
    return _may_hold(window, _PREMARKET_WORDS) and bool(_PREMARKET.search(window))


_AFTER_HOURS_WORDS = ("after", "extended", "post", "late", "evening", "japannext", "pts")  # one stands in every match


# "Zscaler reports after the bell; the stock is off 2.4 percent": when results come, not when the move was
_AFTER_HOURS_EVENT = re.compile(r"\b(?:reports|will\s+report|due\s+to\s+report|is\s+set\s+to\s+report)\s+(?:(?:later\s+)?today\s+)?after\s+the\s+(?:closing\s+)?bell\b", re.IGNORECASE)


def has_after_hours(window: str) -> bool:
    if not _may_hold(window, _AFTER_HOURS_WORDS):
        return False
    return bool(_AFTER_HOURS.search(_AFTER_HOURS_EVENT.sub(" ", window) if "bell" in window else window))


def has_closing(window: str) -> bool:
    return bool(_CLOSING.search(window))


def has_now(window: str) -> bool:
    return bool(_NOW.search(window))


# -- resolution ---------------------------------------------------------------------------


@dataclass
class Timing:
    kind: ClaimKind
    date: dt.date | None
    start_date: dt.date | None = None
    sessions: int | None = None


@dataclass(frozen=True)
class Clock:
    """The publication moment as the rules need it."""

    published: dt.datetime | None
    date_only: bool = False

    def local_date(self, calendar: TradingCalendar) -> dt.date | None:
        if self.published is None:
            return None
        if self.date_only:  # "Dec 23 (Reuters) -": the writer's day, whatever the exchange's clock
            return self.published.date()
        return calendar.local_date(self.published)

    def writer_date(self) -> dt.date | None:
        return self.published.date() if self.published else None


def _resolve_month_day(month_day: tuple[int, int, int | None], today: dt.date | None) -> dt.date | None:
    month, day, year = month_day
    if year is None:
        if today is None:
            return None
        year = today.year
        try:
            if dt.date(year, month, day) > today + dt.timedelta(days=1):
                year -= 1
        except ValueError:
            return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _default_session(calendar: TradingCalendar, clock: Clock, kind_hint: str) -> dt.date | None:
    """The session a move with no day word refers to, seen from the publication time."""
    if clock.published is None:
        return None
    moment = clock.published
    if clock.date_only:
        return calendar.session_on_or_before(clock.local_date(calendar))
    if kind_hint == "premarket":
        return calendar.current_or_next_session(moment)
    state = calendar.state_at(moment)
    if state in (MarketState.OPEN, MarketState.AFTER_CLOSE):
        return calendar.local_date(moment)
    return calendar.last_completed_session(moment)


def resolve_day(cue: DayCue | None, calendar: TradingCalendar, clock: Clock, kind_hint: str = "") -> dt.date | None:
    """The trading session a day word points at, in the exchange's zone and calendar."""
    day = _resolve_named_day(cue, calendar, clock, kind_hint)
    if cue is not None and cue.sessions_before and day is not None:
        return calendar.previous_session(day)
    if cue is not None and cue.sessions_after and day is not None:
        return calendar.next_session(day)
    return day


def _resolve_named_day(cue: DayCue | None, calendar: TradingCalendar, clock: Clock, kind_hint: str) -> dt.date | None:
    if cue is None:
        return _default_session(calendar, clock, kind_hint)
    local = clock.local_date(calendar)
    if cue.kind == "date":
        day = _resolve_month_day(cue.month_day, local or clock.writer_date())
        return day if day is None or calendar.is_session(day) else calendar.session_on_or_before(day)
    if local is None:
        return None
    if cue.kind == "weekday" and cue.last_week:
        day = local - dt.timedelta(days=local.weekday() + 7 - cue.weekday)
        return day if calendar.is_session(day) else calendar.session_on_or_before(day)
    if cue.kind == "weekday":
        back = (local.weekday() - cue.weekday) % 7
        day = local - dt.timedelta(days=back)
        if back == 0 and not clock.date_only and clock.published < calendar.open_utc(day) and kind_hint != "premarket":
            day -= dt.timedelta(days=7)  # "Monday" in a Monday article written before the open: last Monday
        return day if calendar.is_session(day) else calendar.session_on_or_before(day)
    if cue.kind == "yesterday":
        writer_day = clock.writer_date() - dt.timedelta(days=1)
        return calendar.session_on_or_before(writer_day)
    if cue.kind == "previous_session" and not clock.date_only and calendar.state_at(clock.published) in (
        MarketState.BEFORE_OPEN, MarketState.CLOSED_DAY
    ):
        return calendar.last_completed_session(clock.published)
    if cue.kind in ("previous", "previous_session"):
        reference = _default_session(calendar, clock, kind_hint)
        return calendar.previous_session(reference) if reference else None
    if cue.kind == "overnight":
        return calendar.last_completed_session(clock.published) if not clock.date_only else calendar.previous_session(local)
    return _default_session(calendar, clock, kind_hint)


def _span_end_opened_by_publication(end: dt.date | None, calendar: TradingCalendar, clock: Clock) -> dt.date | None:
    """'Up to last close, the stock had lost 51.2% this year', written before the bell: a span ends on the
    last session that had traded when the report was written, not on the session still to open."""
    if end is None or clock.published is None or clock.date_only:
        return end
    if calendar.state_at(clock.published) is MarketState.BEFORE_OPEN and end >= calendar.local_date(clock.published):
        return calendar.last_completed_session(clock.published)
    return end


def resolve_span(cue: SpanCue, end: dt.date | None, calendar: TradingCalendar, clock: Clock) -> Timing:
    """Dates of a cumulative or year-to-date move ending at session `end`."""
    end = _span_end_opened_by_publication(end, calendar, clock)
    local = clock.local_date(calendar)
    if cue.kind == "ytd":
        if cue.month_day and end and cue.month_day[2] and cue.month_day[2] < end.year:
            end = calendar.session_on_or_before(dt.date(cue.month_day[2], 12, 31))
            return Timing(ClaimKind.YTD, end)
        latest = _span_end_opened_by_publication(_default_session(calendar, clock, ""), calendar, clock)
        if end is not None and latest is not None and end < latest and end.year == latest.year:
            # "had surged 142% this year through Monday", written after Tuesday's close: the year so far up to
            # a session before the latest one is a span of its own, not the year to date
            return Timing(ClaimKind.CUMULATIVE, end, calendar.session_on_or_after(dt.date(end.year, 1, 1)))
        return Timing(ClaimKind.YTD, end)
    if end is None:
        return Timing(ClaimKind.CUMULATIVE, None)
    if cue.kind == "sessions" and cue.count:
        if cue.before_the_day:
            end = calendar.previous_session(end)
        sessions = calendar.sessions_ending(end, cue.count)
        return Timing(ClaimKind.CUMULATIVE, end, sessions[0], cue.count)
    if cue.kind in {"this_week", "last_week"}:
        anchor = local or end
        if cue.kind == "last_week" and anchor.weekday() < 5:
            # (on a weekend, "last week" is the trading week just ended: "heads into the new week ... The S&P 500
            # fell 1.6% last week", written on a Sunday)
            anchor = anchor - dt.timedelta(days=anchor.weekday() + 1)  # the Sunday that ended last week
            end = calendar.session_on_or_before(anchor)
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return Timing(ClaimKind.CUMULATIVE, end, calendar.session_on_or_after(monday))
    if cue.kind in {"this_month", "last_month"}:
        anchor = local or end
        if cue.kind == "last_month":
            anchor = anchor.replace(day=1) - dt.timedelta(days=1)
            end = calendar.session_on_or_before(anchor)
        elif end is not None and end < anchor.replace(day=1):
            anchor = end  # "the month's standouts", written on Saturday 1 March before March has traded: February's
        return Timing(ClaimKind.CUMULATIVE, end, calendar.session_on_or_after(anchor.replace(day=1)))
    if cue.kind == "first_half":
        # the first half is the year to date until June's last session, then a span of its own
        return resolve_span(SpanCue("ytd"), min(end, calendar.session_on_or_before(dt.date(end.year, 6, 30))), calendar, clock)
    if cue.kind == "quarter":
        quarter = cue.count or (end.month - 1) // 3 + 1
        first = dt.date(end.year, 3 * quarter - 2, 1)
        last = (dt.date(end.year + quarter // 4, (3 * quarter) % 12 + 1, 1)) - dt.timedelta(days=1)
        if first > end:
            return Timing(ClaimKind.CUMULATIVE, end)
        return Timing(ClaimKind.CUMULATIVE, min(end, calendar.session_on_or_before(last)), calendar.session_on_or_after(first))
    if cue.kind == "month_name" and cue.month_day:
        first = _resolve_month_day(cue.month_day, local or end)
        if first is None:
            return Timing(ClaimKind.CUMULATIVE, end)
        month_end = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        # (the month runs to its last session, not to a day said before: "fell 3.1% on May 24 ... and ended May down 4.6%")
        reported = _default_session(calendar, clock, "") if end else None
        latest = max(end, reported) if reported else end
        return Timing(ClaimKind.CUMULATIVE, min(latest, calendar.session_on_or_before(month_end)), calendar.session_on_or_after(first))
    if cue.kind == "date_range" and cue.month_day and cue.until:
        last = _resolve_month_day(cue.until, local or end)
        first = _resolve_month_day(cue.month_day, last or local or end)
        if last is None or first is None or first > last:
            return Timing(ClaimKind.CUMULATIVE, end)
        last, first = calendar.session_on_or_before(last), calendar.session_on_or_before(first)
        if cue.extreme and calendar.previous_session(last) == first:
            # "from a close of $0.041 on Monday, 20 January 2025 to an intraday high of $0.069 on 21 January": the day's high
            return Timing(ClaimKind.INTRADAY_HIGH if cue.extreme == "high" else ClaimKind.INTRADAY_LOW, last)
        return Timing(ClaimKind.CUMULATIVE, last, first)
    if cue.kind == "since_date" and cue.month_day:
        if cue.month_day[:2] == (1, 1) and cue.month_day[2] in (None, end.year):
            return resolve_span(SpanCue("ytd"), end, calendar, clock)  # "its gain since January": the year to date
        start = _resolve_month_day(cue.month_day, local or end)
        # the base is the close on or before the named day: "since Macron's announcement on June 9", a Sunday,
        # is measured from Friday's close
        return Timing(ClaimKind.CUMULATIVE, end, calendar.session_on_or_before(start) if start else None)
    if cue.kind == "since_weekday" and cue.weekday is not None:
        named = _resolve_named_day(DayCue("weekday", weekday=cue.weekday), calendar, clock, "")
        return Timing(ClaimKind.CUMULATIVE, end, named if named is not None and named < end else None)
    return Timing(ClaimKind.CUMULATIVE, end)


_REGULAR_SESSION = Gated(re.compile(
    # "The after-hours moves followed a strong regular session: the S&P 500 closed up 0.7%"
    r"\bin regular trading|during regular trading|\b(?:in|during|followed|after)\s+(?:a|the)\s+(?:[\w-]+\s+)?regular\s+session\b",
    re.IGNORECASE,
), "regular")


# ("had closed 3.4% lower at AUD3.07 earlier on Thursday": the figure before its direction)
_CLOSED_AT_THE_FIGURE = re.compile(
    r"\b(?:closed|ended|finished|settled)\s+(?:(?:up|down|higher|lower)\s+(?:by\s+)?[+\-\u2212]?\d|"
    r"[+\-\u2212]?\d[\d.,]*\s*(?:%|per\s*cent|percent|pc)\s+(?:up|down|higher|lower)\b)",
    re.IGNORECASE,
)


_ENDED_BY_THE_FIGURE = re.compile(r"\b(?:closed|ended|finished|settled)\s+(?:up\s+|down\s+|higher\s+|lower\s+)?(?:by\s+)?[+\-\u2212]?\d", re.IGNORECASE)
_IN_THE_EXTENDED_SESSION = re.compile(r"\b(?:extended(?:-hours)?\s+trad(?:e|ing)|extended\s+hours|after[- ]hours|post-?market|after-market)\b", re.IGNORECASE)
_EXTENDED_HOURS_MICS = {"XNYS", "XNAS"}  # the markets quoted in pre-market and after-hours trading
# (but "gained 4% in late trading on Tradegate after the Xetra close" is after hours in Europe too)
_LATE_IN_THE_SESSION = re.compile(r"\blate\s+trad(?:e|ing)\b(?![^.;]{0,30}\b(?:Tradegate|after the (?:\w+ )?close)\b)", re.IGNORECASE)
_EARLIER_ON_A_MARKET = re.compile(r"\b(?:[Ii]n|[Oo]n)\s+(?:[A-Z][\w-]*\s+){1,2}earlier\b")
_EARLIER_IN_THE_SESSION = re.compile(
    r"\bin\s+(?:the\s+)?(?:morning|early|first-hour|opening)\s+(?:session|trade|trading|deals|minutes)\b|\bin\s+the\s+first\s+hour\b",
    re.IGNORECASE,
)


# "The index closed the first session down 6.1 percent": the morning session's end, a point of the day's
_MORNING_SESSION_CLOSE = re.compile(
    r"\b(?:closed|ended|finished)\s+the\s+(?:first|morning)\s+(?:session|half)\b|\bat\s+the\s+(?:midday|lunch)\s+break\b", re.IGNORECASE)


def day_move_kind(
    date: dt.date | None, calendar: TradingCalendar, clock: Clock, window: str, direction: Direction, hedge: str | None
) -> ClaimKind:
    """Kind of a single-session move: intraday extreme, pre/after-hours, still trading, or closed."""
    if "session" in window or "break" in window:
        window = _MORNING_SESSION_CLOSE.sub(" in the morning session ", window)
    if _REGULAR_SESSION.search(window):
        return ClaimKind.CLOSE_CHANGE
    if has_premarket(window):
        return ClaimKind.PREMARKET
    if has_after_hours(window) and _ENDED_BY_THE_FIGURE.search(window) and not _IN_THE_EXTENDED_SESSION.search(window):
        # "The results came after the close in Taipei, where TSMC's shares ended 0.8% lower": the close itself
        return ClaimKind.CLOSE_CHANGE
    # ("after sliding as much as 7% in late trade": the session's extreme, late in it; told alone, late trade in New York
    # is the extended session)
    late_only = _LATE_IN_THE_SESSION.search(window) is not None and not has_after_hours(_LATE_IN_THE_SESSION.sub(" ", window))
    if has_after_hours(window) and not ((calendar.mic not in _EXTENDED_HOURS_MICS or hedge in {"as much as", "up to"}) and late_only):
        # "The Euro Stoxx 50 was up 0.6% in late trading": Europe's late trade is its regular session's last hours
        return ClaimKind.AFTER_HOURS
    if hedge != "as much as" and _CLOSED_AT_THE_FIGURE.search(window):
        return ClaimKind.CLOSE_CHANGE  # "Earlier in Asia, Japan's Nikkei closed up 2.6%": a close, whatever came earlier
    # "In Tokyo earlier, Advantest slid 8.6%": when another market traded, not a point of the session
    window = _EARLIER_ON_A_MARKET.sub(" ", window)
    if hedge in {"as much as", "up to"} or has_intraday_extreme(window):
        return ClaimKind.INTRADAY_HIGH if direction is Direction.UP else ClaimKind.INTRADAY_LOW
    if date is None or clock.published is None:
        return ClaimKind.INTRADAY_CURRENT if has_now(window) else ClaimKind.CLOSE_CHANGE
    if clock.date_only:
        return ClaimKind.INTRADAY_CURRENT if has_now(window) and not has_closing(window) else ClaimKind.CLOSE_CHANGE
    still_trading = calendar.local_date(clock.published) == date and calendar.state_at(clock.published) is MarketState.OPEN
    if still_trading and not has_closing(window):
        return ClaimKind.INTRADAY_CURRENT
    # "in early trading" at 07:40 ET is premarket; told of a session that is over, that session's extreme
    session_over = calendar.local_date(clock.published) > date or calendar.state_at(clock.published) is not MarketState.BEFORE_OPEN
    if not has_closing(window) and _EARLIER_IN_THE_SESSION.search(window) and session_over:
        # "plunged 5 per cent in the morning session", told after the close: a point the session passed, its extreme
        return ClaimKind.INTRADAY_HIGH if direction is Direction.UP else ClaimKind.INTRADAY_LOW
    return ClaimKind.CLOSE_CHANGE


def zone_of(published: dt.datetime | None) -> ZoneInfo | None:
    return published.tzinfo if published else None  # type: ignore[return-value]
