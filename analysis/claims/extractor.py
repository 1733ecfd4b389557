"""Turn an article into price claims: one `Claim` per reported figure.

For every sentence that is article prose (not boilerplate, not another language): find the
figures, keep those a price move governs, find whose price moved, and date the move against the
publication time in that exchange's calendar.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from analysis.claims import lexicon as lx
from analysis.claims.gated import Gated
from analysis.claims import tables, timing
from analysis.claims.figures import Figure, find_figures, level_after
from analysis.claims.live_entries import entry_times
from analysis.claims.namesakes import place_namesakes, with_defined_short_forms, with_names_cut_short
from analysis.claims.predicates import Predicate, find_predicate
from analysis.claims.dated_rows import dated_row_entries
from analysis.claims.stat_boxes import pointed_at_the_figure, stat_box_entries
from analysis.claims.subjects import (
    FUTURES_ON_BEFORE, Discourse, MentionRef, Subject, find_subject, mark_sources, opens_the_sentence, respective_subjects, subject_after_move_noun, unplaced_company_opening, venue_in, defined_company, LEGAL_TAIL,
)
from analysis.models import Article, Claim, ClaimKind, Direction, Listing, Unit
from analysis.sentences import Sentence, split_sentences
from data.calendars import MarketState, TradingCalendar, calendar_for
from data.exchanges import EXCHANGES_BY_SUFFIX, INDEXES, US
from data.listings.directory import SHARE_CLASSES, VENUES as LISTING_VENUES
from data.listings.names import TEXT_TAILS

# Where one figure's trailing words end and the next figure's leading words begin.
_CLAUSE_BREAK = re.compile(
    # "plunged 60% on March 9, 2023, the day before ...": the comma before a date's year is no break
    # "ended 0.2% lower at 23,603.35 on Thursday": nor is a thousands comma, nor "the following day"
    # ("since the close on Monday, 9 September 2024": nor the comma between a weekday and its date)
    r",(?!\s*(?:19|20)\d\d\b)(?<!\d,(?=\d{3}))(?<!day,(?=\s\d))|;|:\s|\s(?:before|after)\b(?![\s-]+(?:the\s+(?:opening\s+|closing\s+)?bell|hours|the\s+(?:open|close)\b))|\s(?:while|whereas|but|and|as|with|to\s+(?:close|end|finish|trade|cap|take|bring|extend|leave|lift|push|pare|trim)\b|taking|extending|bringing|"
    r"paring|trimming|erasing|reversing|sending|leaving|following(?!\s+(?:day|session|trading\s+day)\b)|despite|because|even\s+though|although|then(?<!since\sthen)|or|ahead\s+of(?!\s+(?:the\s+)?(?:open|opening|bell|market\s+open|session|start))|on\s+(?:concerns?|fears?|worries|hopes?)\s+(?:that|over|about))\b",
    re.IGNORECASE,
)


# "For the week, ...", "Among Hong Kong heavyweights, ...", "Since the close on Nov. 5, ...": an opening
# phrase whose day, span or venue holds for every figure of the sentence.
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'-]*(?:[ ][A-Z][A-Z.'-]*){0,3}(?:[ ]\d)?:[ \t]+")
_INTRO = re.compile(
    r"^(?P<intro>(?:For|Over|In|On|During|Since|So far|Among|Across|At|By|Earlier|Year to date|Year-to-date|This|Last|"
    r"A day earlier|The day before|The previous day|"
    r"From|Through|Throughout|After|Before|Elsewhere|Of|Later|Meanwhile|Measured|Calculated|Overnight)\b[^,;]{0,90}"
    # "In a week shortened by Thursday's market closure for the national day of mourning for ...,": a long one about a week
    r"|(?:In|Over|During|For)\s+(?:a|the)\s+[^,;]{0,20}\bweek\b[^,;]{0,120}),",
)
# "Both stocks had retreated in Wednesday's regular session: Microsoft closed 0.7% lower, and Meta slipped 0.3%":
# a clause without figures that the moves after its colon spell out
_FRAME_BEFORE_COLON = re.compile(r"(?P<intro>[^:\d%\n]{8,160}?):\s+(?=[A-Z])")
_BEFORE_AN_EVENT = re.compile(r"\s*(?:Before|Until|Through|Ahead\s+of)\b", re.IGNORECASE)  # "Before Thursday's drop, it had risen 80%"
_DAYS_SESSION = re.compile(r"(?:'s|\u2019s)\s+(?:regular\s+|main\s+|morning\s+|afternoon\s+)?(?:session|trading|trade|dealings|close)\b")
# "Over the past three sessions the Kospi has lost 12%": a span opening the sentence, no comma after it
_SPAN_INTRO_WITHOUT_COMMA = re.compile(
    r"^(?P<intro>(?:Over|In|During|Across|For)\s+(?:the\s+)?(?:past|last|previous|latest)\s+(?:[\w-]+\s+)?"
    r"(?:sessions|trading days|days|weeks|months|years|year|week|month))\s+(?=the\s|[A-Z])"
)
_MOVE_PARTICIPLES = sorted(
    {w for w in lx.UP_VERBS | lx.DOWN_VERBS if w.split()[0].endswith("ing")}
    | {"paring", "trimming", "erasing", "reversing", "closing", "ending", "finishing", "settling", "trading"},
    key=len, reverse=True,
)
_PARTICIPLE_OF_THE_MAIN_VERB = re.compile(r",\s+[a-z]+ing\s+(?:[a-z]+\s+){0,2}$")
_PARTICIPLE_AFTER_COMMA = re.compile(
    r"(?:,\s+(?:(?:before|after|then|and)\s+)?|\s+(?:before|after)\s+)"
    r"(?:(?:earlier|initially|briefly|first)\s+)?"  # "after earlier rising as much as 14.2 per cent"
    r"(?:having\s+\w+|taking|bringing|extending|leaving|pushing|lifting|building\s+on|adding\s+to|capping|compounding|deepening|"
    # "Kongsberg Gruppen, up roughly 90% this year on defence orders, edged 0.4% higher": an aside's running total
    r"(?:up|down|off)(?=\s+(?:[a-z]+\s+)?$)|"
    + lx.alternation(_MOVE_PARTICIPLES) + r")\b",
    re.IGNORECASE,
)


@dataclass
class FigureContext:
    figure: Figure
    predicate: Predicate
    lead: str  # words between the previous figure's tail and this figure (incl. the predicate)
    tail: str  # words after this figure up to the next clause break
    tail_start: int = 0
    column_span: str = ""  # a table column's heading as words of copy: "in November", "year to date"
    mark: str = ""  # words between the figure and the end of a move said after it: " below their record close"
    borrowed_day: "timing.DayCue | None" = None  # "A lost 7.6% and B dropped 6.6% on Tuesday": the day said once for both
    compared: bool = False  # "... against a 12 per cent rise in the Nifty": a move set beside the one before it
    owner_day: str = ""  # "Monday's " right before the figure ("on top of Monday's 78% surge"), which owns its move
    day_column: str | None = None  # the heading of a table column of one session's moves ("FRIDAY", "%CHG")


@dataclass
class SentenceCues:
    """What the words of a sentence said so far about when its moves happened."""

    day: timing.DayCue | None = None
    span: timing.SpanCue | None = None
    intro_span: timing.SpanCue | None = None
    premarket_context: bool = False
    premarket_story: bool = False  # an earlier sentence (the headline, say) spoke of premarket trading
    after_hours_context: bool = False  # the sentence before set the scene after the bell, and made no claim
    closing_said: bool = False  # a move before in the sentence was told as a close ("ended 0.8% higher")
    after_hours_move: bool = False  # an earlier figure of this sentence moved after the bell
    premarket_day: dt.date | None = None  # the session an earlier figure of this sentence moved before
    intro_day: timing.DayCue | None = None
    named_before: "DaysNamedEarlier | None" = None  # the days earlier sentences named, for "that day"
    last_day: dt.date | None = None  # the session an earlier figure of this sentence moved on
    day_of_aside: bool = False  # `day` was named in a participle's aside ("..., after falling 1.4% on Thursday,")
    when_day: "timing.DayCue | None" = None  # "after yesterday's surge, when the S&P 500 rose 2.5% and the Russell 2000 ..."
    last_span: timing.SpanCue | None = None  # the span an earlier figure of this sentence moved over
    span_said_last: bool = False  # the latest day or span the sentence's figures named was a span
    intro_end: int = 0  # where the sentence's opening phrase ends; its day and span are `day` and `intro_span`
    debut: timing.DayCue | None = None  # the day the article says the subject's shares first traded
    late_story: bool = False  # the headline or lead speaks of trading after the bell
    debuts: dict[str, timing.DayCue] = field(default_factory=dict)  # company id -> the day the article says it first traded
    entry_time: dt.datetime | None = None  # the time stamp of the live-blog entry the sentence stands in
    after_a_dated_close: bool = False  # the sentence before, in the paragraph, reported closes on a day it named
    fronted_total: bool = False  # the sentence opened on "Including Friday's 5.8% drop,": a part of the total after it
    regular_session: bool = False  # an earlier figure's words named the regular session ("a rough regular session in which")


class DaysNamedEarlier:
    """The last day the sentences read so far named, for "that day". Read only when a sentence asks:
    few do, and looking for days in every sentence as it passed cost a sixteenth of extraction."""

    def __init__(self) -> None:
        self._sentences: list[tuple[str, dt.date | None]] = []
        self._read = 0
        self._last: timing.DayCue | None = None

    def add(self, sentence: str, moved_on: dt.date | None = None) -> None:
        """`moved_on`: the day the sentence's last one-day move was on, which its named days may have dated."""
        self._sentences.append((sentence, moved_on))

    def previous_sentence(self) -> str:
        return self._sentences[-1][0] if self._sentences else ""

    def last(self) -> timing.DayCue | None:
        for sentence, moved_on in self._sentences[self._read :]:
            named = _last_named_day(sentence)
            if named is not None and moved_on is not None:
                # "The 12.4% plunge on Aug. 5 ... followed the Bank of Japan's July 31 rate increase. ... It rebounded 10.2%
                # the following day": the day the sentence's move was on, not the last day it names
                month_day = (moved_on.month, moved_on.day, moved_on.year)
                named = timing.DayCue("date", month_day=month_day)
            self._last = named or self._last
        self._read = len(self._sentences)
        return self._last


# "its", "the company", "the chip maker": words that speak of the company the article is about
_TOPIC_WORDS = Gated(re.compile(
    r"\b(?:its|the (?:company|group|firm|stock|shares|[\w-]+ ?maker|lender|carmaker|automaker|insurer|retailer|giant|foundry|operator))\b",
    re.IGNORECASE,
), "its", "company", "group", "firm", "stock", "shares", "maker", "lender", "insurer", "retailer", "giant", "foundry", "operator")


@dataclass
class ExtractionResult:
    claims: list[Claim]
    entity_sentences: dict[str, list[int]]  # as-named entity -> indices of sentences about it
    sentences: list[Sentence]
    excluded: dict[int, str]  # sentence index -> why it was left out
    warnings: list[str] = field(default_factory=list)


def _is_heading(sentence: str) -> bool:
    """'Here are the names moving before the bell:' introduces what follows, up to the next such line."""
    return sentence.rstrip().endswith(":")


def _is_prose(sentence: str) -> str | None:
    """Why a sentence is not article prose, or None. Uses the ingest rules when they are there."""
    try:
        from analysis.ingest.boilerplate import classify_sentence
    except ImportError:  # pragma: no cover - ingest ships with the package
        return None
    return classify_sentence(sentence)


_LIMIT_APPOSITION = re.compile(r",\s*the\s+(?:daily\s+|maximum\s+|upper\s+|lower\s+)?(?:limit|maximum)(?:\s+allowed)?,")


# "Toyota gained 9.9%, and MUFG, which fell 17.9% on Monday, rose 11%": a relative clause's day is its own
_RELATIVE_IN = re.compile(r",\s*(?:which|who|whose)\b")


def _contexts(text: str, figures: list[Figure]) -> list[FigureContext]:
    """Pair each figure with its governing move and split the words between figures into lead and tail."""
    paired: list[tuple[Figure, Predicate]] = []
    previous: Figure | None = None
    consumed_from, consumed_until = -1, -1
    for figure in figures:
        if consumed_from <= figure.start < consumed_until:
            # the level a move reached ("to 1,590.12"), not a figure of its own; a restatement may follow it ("was up
            # 17.5p at 200.9p, or 9.5%")
            previous = figure
            continue
        predicate = find_predicate(text, figure, previous)
        previous = figure
        if predicate is None:
            continue
        level = level_after(text, predicate.end)
        if level is not None:
            consumed_from, consumed_until = predicate.end, level[2]
        paired.append((figure, predicate))
    contexts: list[FigureContext] = []
    for index, (figure, predicate) in enumerate(paired):
        lead_from = contexts[-1].tail_start + len(contexts[-1].tail) if contexts else 0
        lead = text[lead_from : figure.start]
        next_start = paired[index + 1][1].start if index + 1 < len(paired) else len(text)
        next_start = max(next_start, predicate.end)
        between = text[predicate.end : next_start]
        # the tail ends at the first clause break: "rose 5% on Monday, its best day since 2020" keeps "on Monday" only;
        # a level's comma is none ("up $9.10, or 1.1%, at $812.50 in Friday afternoon trading")
        # ("soared 500 yen, the daily limit, to 2,680.5 yen on Aug. 19": nor is a limit's apposition)
        limit = _LIMIT_APPOSITION.match(between)
        # ("jumped 37% to close at $37.11 on Thursday": the close's level, then the move's day)
        level = level_after(text, predicate.end + (limit.end() if limit else 0)) if between.startswith(",") or _TO_A_CLOSING_LEVEL.match(between) else None
        match = _CLAUSE_BREAK.search(between, level[2] - predicate.end if level else (limit.end() if limit else 0))
        tail_len = match.start() if match else len(between)
        mark = text[figure.end : predicate.end] if predicate.end > figure.end else ""
        context = FigureContext(figure, predicate, lead, between[:tail_len], predicate.end, mark=mark,
                                compared=bool(_COMPARED_WITH.search(text, max(0, figure.start - 30), figure.start)))
        owner = _POSSESSIVE_DAY_AT_END.search(text, max(0, figure.start - 15), figure.start)
        context.owner_day = owner.group(0) if owner else ""
        period = _PERIOD_APPOSITIVE.match(between, tail_len)
        if period:  # "fell 5.8%, its worst week since 2022": the move is the week's
            context.column_span = f"for the {period.group('period')}"
        label = _PERIOD_LABEL.search(text, max(0, figure.start - 12), figure.start) if figure.sign else None
        if label:  # a scorecard's cells: "CAC 40 | 7,503.27 | day -2.7% | week -6.2%"
            context.column_span = _period_of_label(label.group("label"))
        if contexts and _WHEN_OPENING.match(lead):
            # "had lost 43% this year through Wednesday's close, when it slipped 0.9%": the day the clause hangs on
            context.borrowed_day = timing.find_day_cue(contexts[-1].tail, prefer="nearest_end")
        contexts.append(context)
    for first, second in zip(contexts, contexts[1:]):
        said_once = _DAY_RIGHT_AFTER.match(second.mark + second.tail)
        if said_once and _AND_THEN.match(second.lead) and not _RELATIVE_IN.search(second.lead) and not (
            timing.find_day_cue(first.mark + first.tail) or timing.find_day_cue(first.lead) or timing.find_span_cue(first.mark + first.tail)
        ):
            first.borrowed_day = timing.find_day_cue(said_once.group(0))
    return contexts


_DAY_RIGHT_AFTER = re.compile(r"\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|yesterday|today)\b", re.IGNORECASE)
# "rocketed 67% after the bell when the release said Lyft expected its margin to expand this year": the news's span
_NEWS_CLAUSE = re.compile(
    r"\b(?:when|as|after)\s+(?:the|its|it|a|an)\b[^,;]{0,60}?\b(?:said|says|showed|shows|reported|announced|forecast|predicted)\b"
)


def _before_a_news_clause(words: str) -> str:
    clause = _NEWS_CLAUSE.search(words)
    return words if clause is None else words[: clause.start()]


_WHEN_OPENING = re.compile(r"\s*,\s*when\s")
_TO_A_CLOSING_LEVEL = re.compile(r"\s+to\s+(?:close|end|finish|settle)\s+at\s", re.IGNORECASE)
_RELATIVE_AFTER_NAME = re.compile(r"\s*,\s*(?:whose|which|who)\b", re.IGNORECASE)
_EARLY_DEALINGS = re.compile(r"\bin\s+early\s+(?:dealings|deals|trade|trading)\b", re.IGNORECASE)
# "Infosys ADRs fell 2.1% overnight ..., and the stock was down 1.3% on the NSE in morning trade": a part of the day's own
# session is no overnight move
_PART_OF_A_SESSION = re.compile(
    r"\b(?:in|during|by)\s+(?:early|morning|late[- ]morning|midday|afternoon|opening)\s+(?:dealings|deals|trade|trading|session)\b|"
    r"\bat\s+(?:midday|the\s+open)\b",
    re.IGNORECASE,
)
_RUNNING_TOTAL = re.compile(r"\b(?:taking|bringing|extending|leaving|pushing|lifting|putting|cutting|trimming|paring|widening|deepening)\b", re.IGNORECASE)
_OPEN_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*$", re.IGNORECASE)
_PRESENT_TENSE_BEFORE = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+)?(?:(?:up|down|off|trading)\s+)?$", re.IGNORECASE)
_PRESENT_STATE = re.compile(r"\b(?:remains?|is|are|stands?|sits?|now)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
def _over_the_same_period(found: timing.Timing, context: FigureContext, last_claim) -> timing.Timing:
    """'the Kospi rose 28% in the first half ... The Hang Seng Index gained 20% in the same period': the period of the
    last sentence's move, when no figure before in this sentence named one."""
    if last_claim is None or not _SAME_PERIOD.search(context.mark + context.tail):
        return found
    if last_claim.kind not in (ClaimKind.CUMULATIVE, ClaimKind.YTD) or last_claim.date != found.date:
        return found
    return timing.Timing(last_claim.kind, last_claim.date, last_claim.start_date, last_claim.sessions)


_SAME_PERIOD = re.compile(r"\b(?:over|in|during|for)\s+the\s+same\s+(?:period|span|stretch|time)\b", re.IGNORECASE)
_COMPARED_WITH = re.compile(r"\b(?:against|compared\s+with|compared\s+to|versus|vs\.?)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_AND_THEN = re.compile(r",?\s+and\s+(?!(?:has|have|had|is|are|was|were)\b)")
_ITS_BEFORE_FIGURE = re.compile(r"\b(?:its|their)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_BY_A_LIMIT = re.compile(r"\s*(?:daily\s+|upper\s+|lower\s+|trading\s+)?(?:limit|cap|circuit)\b", re.IGNORECASE)
_WITHOUT_PRICE_LIMITS = {"XHKG", "XNYS"}  # markets whose lines move freely, beside a company's limited home line
_WITH_PRICE_LIMITS = {"XSHG", "XTAI", "XKRX"}  # Shenzhen's lines keep Shanghai's calendar code in data/exchanges.py
_THEN_VERB = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)then\s+$", re.IGNORECASE)
# "but still gained 1.3% over the week", "has lost nearly 20% ... and now sits more than 25% below its record"
_PRICE_ON_A_VENUE_BEFORE = re.compile(
    r"\b(?:at|of|to)\s+(?:Rs\.?\s?|[\u20b9$\u20ac\u00a3\u00a5]|[A-Z]{1,3}\$)?\d[\d,.]*\s+(?P<venue>on\s+the\s+[A-Z]{2,5}|in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),"
    r"\s+(?:up|down)\s+(?:[a-z]+\s+){0,3}$")
_AFTER_A_DAYS_MOVE_BEFORE = re.compile(
    r"\b(?:after|following|extending|adding\s+to|erasing|reversing|paring|giving\s+back)\s+(?:(?:part|some|most|all|half)\s+of\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|yesterday|last\s+week)(?:'s|\u2019s)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_OPENING_ANAPHOR = re.compile(r"\s*(?:The|Its|Their)\s+(?:stock|shares)\b")
_CONJOINED_VERB = re.compile(
    r"(?:,?\s+(?:but|yet)|\s+and)\s+(?:still\s+|also\s+|nonetheless\s+|now\s+)*"
    r"(?:(?:sits|stands|trades|remains|is|was|sat|stood|traded|remained|ended|closed|finished)\s+)?"
    # ("fell 3.1% on May 24 on a report that ... Nvidia's tests, and ended May down 4.6%": the period it ended)
    r"(?:(?<=ended\s)|(?<=finished\s)|(?<=closed\s))?(?:(?:the\s+)?(?:week|month|quarter|year|session|day|"
    + lx.alternation({m.title() for m in lx.MONTHS if len(m) > 3} | {"May"}) + r")\s+)?"
    # ("had already closed down 5.5% ..., caught in a broad selloff, and have lost about 42% so far this year")
    r"(?:(?:has|have|had)\s+(?:also\s+|now\s+|still\s+)?)?"
    r"(?:(?:" + lx.alternation(set(lx.HEDGES)) + r")\s+)?$",
    re.IGNORECASE,
)

# "earlier in the session", "during regular trading": an extreme of the day, not of the late session
_REGULAR_HOURS_EXTREME = re.compile(r"\b(?:earlier in the (?:day|session)|during the (?:day|session)|regular (?:trading|session|hours))\b", re.IGNORECASE)

# ", its worst week since 2022", ", their steepest weekly drop", ", the index's best month this year"
_PERIOD_APPOSITIVE = re.compile(
    # ("soared 43%, its best year since 2020": the year's move, to date)
    r",\s*(?:its|their|the\s+[\w&-]+(?:'s|\u2019s))\s+(?:[\w-]+\s+){0,2}?(?P<period>week|month|year)(?:ly\s+[\w-]+)?\b(?!\s+(?:high|low|ago|earlier))",
    re.IGNORECASE,
)


# (not a figure's own: "extending last week's 6% gain")
_DETAILS_OF_A_METRIC = re.compile(
    r"[^.;]{0,10},\s*(?:with|including|led\s+by)\s|"
    # "Sales through Nike's own stores fell 8%, and Nike Digital dropped 10%": a business of the company, its metric
    r"[^.;]{0,10},\s*and\s+[A-Z][\w&.'-]*\s+(?:Digital|Direct|Retail|Wholesale|Cloud|Web\s+Services|Online|Stores|Brands?)\b"
    # "Fees in Germany declined 11%, while the UK and Ireland fell 19%": the same metric in another region
    r"|[^.;]{0,10},\s*(?:while|and|but|whereas)\s+(?:the\s+)?(?:UK|U\.K\.|US|U\.S\.|Britain|Ireland|Europe|Asia|Asia[- ]Pacific|"
    r"Americas|North\s+America|Latin\s+America|China|Greater\s+China|Japan|Germany|France|India|Australia|EMEA|APAC)\b",
    re.IGNORECASE,
)
_POSSESSIVE_PERIOD = re.compile(r"\b(?:last|this|past|previous)\s+(?:week|month|year)(?:'s|\u2019s)(?!\s*$)", re.IGNORECASE)
# a cell's own label before its signed change: "week -6.2%", "YTD: +12.4%"
# ("8,436.2 | November +3.4% | 2024 to date +11.1%": a month's name, a year to date)
_PERIOD_LABEL = re.compile(
    r"(?:^|[|(\[]\s*|\s)(?P<label>week|wk|month|mth|ytd|mtd|wtd|(?:20\d\d\s+)?(?:year\s+)?to\s+date|"
    + lx.alternation({m for m in lx.MONTHS if len(m) > 3}) + r")\s*:?\s*$",
    re.IGNORECASE,
)
_PERIOD_OF_LABEL = {"week": "for the week", "wk": "for the week", "wtd": "for the week", "month": "for the month",
                    "mth": "for the month", "mtd": "for the month", "ytd": "year to date"}


def _period_of_label(label: str) -> str:
    label = re.sub(r"\s+", " ", label.lower())
    if label.endswith("to date"):
        return "year to date"
    return _PERIOD_OF_LABEL.get(label) or f"in {label.title()}"
# "the S&P/TSX capped real estate index": "the S&P" there begins another index's name
_COMPOUND_INDEX_NAME = re.compile(r"/[A-Z]")
# "Its American depositary shares on the Nasdaq were down 4.9%", "CHESS depositary interests on the ASX": the
# exchange a line trades on, named like its index
_LINE_ON_BEFORE = re.compile(
    r"\b(?:shares|stock|ADRs|ADSs|depositary\s+(?:shares|receipts|interests)|CDIs)\s+(?:listed\s+)?(?:on|in)\s+(?:the\s+)?$"
)
_EXCHANGE_NAMES = frozenset({"nasdaq", "nyse", "asx", "tsx", "jse", "sgx", "bse", "nse", "lse"})


def _exchange_after_a_line(text: str, mention) -> bool:
    return (getattr(mention.company, "is_index", False) and mention.surface.lower().removeprefix("the ") in _EXCHANGE_NAMES
            and bool(_LINE_ON_BEFORE.search(text, max(0, mention.start - 40), mention.start)))


# "Net income attributable to Toyota Motor Corporation: 4,765.0 (-3.6%)": the owners of a profit, not a price
_ATTRIBUTABLE_TO = re.compile(r"\battributable\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# "Shares in the FTSE 100 group fell 5.2%", "The FTSE 250-listed company rose 2.4%": an index naming the company's
# league, not the index's own move
_INDEX_AS_DESCRIPTOR = re.compile(
    r"(?:-listed|-quoted|\s+(?:member|constituent|heavyweight|stalwart))?\s+(?:" + lx.alternation(lx.COMPANY_NOUNS) + r")\b"
)
# "The ASX-listed shares were down 1.4%": the exchange a line trades on, named like its index
_INDEX_AS_VENUE = re.compile(r"-(?:listed|quoted|traded)\b")
# "Its Nasdaq shares slid 9.1%", "The biotech company's Nasdaq shares": a company's line on that market, no index
_OWNED_LINE_ON_AN_INDEX = re.compile(r"\s+(?:shares|stock(?!\s+(?:index|indices|market|exchange|gauge|benchmark))|ADRs|ADSs|listing|line)\b")
_OWNER_BEFORE = re.compile(r"(?:\b(?:[Ii]ts|[Tt]heir)|\w(?:'s|\u2019s))\s+$")
# "Midea Group's Hong Kong-listed shares", "Ping An's Shanghai-listed A shares": a name, then its line
_LINE_NAMED_AFTER = re.compile(
    r"(?:'s|\u2019s)\s+(?P<venue>[\w.&' -]{2,30}?)\s+(?:[AHB]\s+)?(?:shares|stock|ADRs|American\s+depositary\s+(?:receipts|shares))\b"
)
_FORMERLY_BEFORE = re.compile(r"\b(?:formerly|previously|once)\s+(?:known\s+as\s+|called\s+|named\s+)?$", re.IGNORECASE)
_BACKED_AFTER = re.compile(r"-(?:backed|owned|controlled|funded|supported)\b")
_ALSO_MOVED = re.compile(r"(?:'s\s+shares)?\s+(?:also|too)\s+(?:slumped|fell|dropped|slid|declined|rose|gained|climbed|jumped|rallied|tumbled|sank|lost|advanced)\b")
_INVESTORS_NAMED = re.compile(
    r"\b(?:[Cc]ornerstones?|(?:cornerstone|anchor|strategic)\s+investors?|[Bb]ackers|[Ss]ubscribers)\s+(?:included|include|including|were|such\s+as)\b[^.;:]*$"
)
_PEERS_OPENING = re.compile(
    r"\s*(?:Rivals?|Peers?|Competitors?|(?:Other|Fellow)\s+(?:[a-z-]+\s+)?(?:makers|carmakers|automakers|lenders|banks|miners|"
    r"chipmakers|retailers|insurers|stocks|names|companies|groups))\b[^.;:]*\b(?:sympathy|followed|also|too)\b"
)
# a note's section heading on a line of its own: "Yesterday", "Overnight", "Pre-market", "EUROPE YESTERDAY"
_PARAGRAPH_LABEL = re.compile(r"\s*(?P<label>[A-Z][\w'\u2019-]*(?:[ ][A-Za-z][\w'\u2019-]*){0,2})\s*:\s+\S")
_SECTION_HEADING = re.compile(r"\s*[A-Za-z][\w'\u2019-]*(?:[ ][A-Za-z][\w'\u2019-]*){0,3}\s*")
_CLOSE_HEADING = re.compile(r"\s*(?:THE\s+|AT\s+THE\s+)?(?:CLOSE|CLOSING|The\s+close|At\s+the\s+close)\s*:?\s*")
_REGION_HEADING = re.compile(
    r"\s*(?:[A-Z ]+\s+)?(?:EUROPE|EUROPEAN\s+MARKETS|ASIA|ASIA[- ]PACIFIC|EMERGING\s+MARKETS|Europe|Asia|Asia-Pacific)"
    r"(?:\s+(?:YESTERDAY|TODAY|OVERNIGHT|CLOSE|Yesterday|Today|Overnight|Close))?\s*:?\s*"
)
_AFTER_HOURS_OPENING = re.compile(
    r"\s*(?:After\s+the\s+(?:bell|close)|After\s+hours|In\s+(?:extended|after-hours|late|post-market)\s+(?:trading|trade|dealings))\s*,", re.IGNORECASE
)
_SIGNED_BARE = re.compile(r"(?<![\w.,])[+\-\u2212]\d[\d,.]*(?![\d%])")
_BRIEFING_FRAME = re.compile(r"\b(?:what you need to know|things to (?:know|watch)|to start your day)\b", re.IGNORECASE)


class ClaimExtractor:
    """Extraction with a listing directory loaded once; `extract(article)` per article."""

    def __init__(self, directory) -> None:
        self.directory = directory

    # -- listing ------------------------------------------------------------------------
    def _company_with_that_line(self, subject: Subject, mentions: list[MentionRef], discourse: Discourse) -> Subject:
        """'Volkswagen will pay $700 million for a stake in XPeng ... the Hong Kong shares remain down 60%': an unnamed
        line at a venue the topic has none at is the line of the one company the article named that has one there."""
        company, venue = subject.company, subject.venue
        if (subject.kind != "company" or company is None or not venue or "|" in venue or venue in SHARE_CLASSES
                or any(m.company is company for m in mentions) or self.directory.pick_listing(company, venue) is not None):
            return subject
        listed = [c for c in discourse.named.values() if c is not company and self.directory.pick_listing(c, venue) is not None]
        if len(listed) != 1:
            return subject
        return Subject("company", listed[0], discourse.names.get(listed[0].id, subject.entity), venue, subject.start)

    def _listing(
        self, subject: Subject, discourse: Discourse, mention_listing: Listing | None = None, sentence_exchange: str | None = None,
    ) -> Listing | None:
        company = subject.company
        if company is None:
            return None
        if getattr(company, "is_index", False):
            return company.listings[0] if company.listings else None
        if mention_listing is not None and subject.venue is None:
            return mention_listing
        if subject.venue:
            return self.directory.pick_listing(company, subject.venue, named=True)
        first_line = discourse.first_lines.get(company.id)
        same_line = next((listing for listing in company.listings if listing.symbol == first_line), None)
        if same_line is not None:
            # "Shopify was up 24.6% in Toronto. The stock touched 27% earlier": the line the report is about, which
            # is the one it reported first; an aside on the ADRs since does not change it
            return same_line
        if sentence_exchange:
            # "Tokyo Electron slumped 9.2% in Tokyo and Advantest lost 3.4%": the market the sentence is on
            on_that_market = self.directory.pick_listing(company, sentence_exchange)
            if on_that_market is not None and not _OTC_ADR.fullmatch(on_that_market.symbol):
                return on_that_market  # an over-the-counter ADR is no sign the company trades where the last one did
        for venue in dict.fromkeys(v for v in (discourse.venue, discourse.home_venue) if v):
            # the market of the index last quoted, else the one the report is filed from
            by_market = self.directory.pick_listing(company, venue)
            if by_market is not None and not (_OTC_ADR.fullmatch(by_market.symbol) and len(company.listings) > 1):
                return by_market  # a U.S. report's "Rheinmetall fell 26%" is Frankfurt's, not the OTC ADR's
        # with no company placed yet, the market of the indexes quoted (Wall Street's aside, every region's copy
        # quotes them): "Hang Seng -13.2%, HS Tech -17.2% ... Big movers: Alibaba -18.2%" is the Hong Kong line
        dominant = _dominant_market(discourse.company_markets) or (None if discourse.company_markets else _dominant_market(discourse.index_markets))
        if dominant is not None and len(company.listings) > 1:
            # "BHP closed 0.6% lower in Sydney, off a morning high ... Rival Rio Tinto edged up 0.3%": the market
            # of the companies the report has been about
            line = next((l for l in company.listings if l.mic == dominant and not _OTC_ADR.fullmatch(l.symbol)), None)
            if line is not None:
                return line
        primary = company.listings[0] if company.listings else None
        if primary is not None and discourse.venue and _OTC_ADR.fullmatch(primary.symbol):
            # a Sydney or Singapore story about a company we only know by its U.S. over-the-counter
            # line: a wrong listing is worse than none
            return None
        return primary

    # -- the article --------------------------------------------------------------------
    def extract(self, article: Article) -> ExtractionResult:
        text = article.text
        sentences = split_sentences(text)
        mentions = self.directory.find_mentions(text)
        clock = timing.Clock(article.published, article.published_precision == "date")
        home_venue = _dateline_venue(text) or _lead_market_venue(text) or _venue_of_publication_zone(article.published)
        mentions = with_names_cut_short(with_defined_short_forms(place_namesakes(mentions, text, home_venue, self.directory), text))
        discourse = Discourse(venue=home_venue, home_venue=home_venue, marks_us_dollars=_marks_us_dollars(text))
        discourse.defined = defined_company(text, mentions) if 'Company"' in text or "Company\u201d" in text else _issuer_of_a_filing(text, mentions)
        claims: list[Claim] = []
        entity_sentences: dict[str, list[int]] = {}
        excluded: dict[int, str] = {}
        exchanges_seen: list[str] = []
        previous_premarket = False
        premarket_story = False
        premarket_headline = False  # the headline itself spoke of premarket trading
        premarket_heading = False  # "Here are the names moving before the bell:" over the items after it
        after_hours_heading = False  # "Here are the biggest movers in after-hours trading on Thursday:" likewise
        after_hours_list = _after_hours_movers_list(text)  # likewise for the whole article, under such a headline
        late_story = timing.has_after_hours(text[:400])  # the headline or lead speaks of trading after the bell
        dated_close_before = False  # the sentence before reported closes on a day it named
        entries = entry_times(text, sentences, article.published)  # a live blog's entries, when each was written
        previous_after_hours = False
        peers_paragraph = False  # the paragraph opened on "Rivals fell in sympathy."
        late_run = False  # the paragraph's sentences so far all reported late moves, after a scene set after the bell
        session_named = False  # the paragraph opened on a day or session
        regular_paragraph = False  # ... and not on the late session
        days_named = DaysNamedEarlier()
        review_span: timing.SpanCue | None = None  # "Here is how the main markets fared in 2024:" over the list after it
        year_in_review = _year_end_review(text, clock)  # "Stocks end 2023 with big gains": the year's moves, unless a day is named
        paragraph_span: timing.SpanCue | None = None  # "For the week, the S&P 500 was up 4.7%. The Dow gained 4.6%."
        scene_day: timing.DayCue | None = None  # "Thursday brought relief. ... the S&P 500 rallied 2.3%"
        debuts = _debut_days(sentences, mentions)
        stat_box = stat_box_entries(text, sentences)
        day_rows = dated_row_entries(text, sentences, mentions)
        previous_end = 0
        mentions_by_span = _MentionIndex(mentions)
        explicit_listing: dict[int, object] = {}
        for m in mentions:  # (the first line a code names: "Petrobras preferred shares (PETR4) ..., and the common shares (PETR3)")
            if getattr(m, "listing", None) is not None:
                explicit_listing.setdefault(id(m.company), m.listing)
        explicit_listing.update(_lines_named_after(text, mentions))
        # "Novo Nordisk shares closed down 23% ... Novo now expects": a short name that is also a word, once the
        # article has named its company in full, is that company
        firmly_named: dict[str, int] = {}
        for m in mentions:
            if not m.ambiguous:
                firmly_named.setdefault(m.company.id, m.start)
        # "Americanas shares collapse 77%" over "Shares of Americanas S.A. lost ...": a headline's short name the lead
        # then gives in full
        headline_end = text.find("\n")
        for m in mentions:
            if m.ambiguous and m.start < headline_end and any(
                o.company is m.company and not o.ambiguous and headline_end < o.start < headline_end + 600 for o in mentions
            ):
                firmly_named[m.company.id] = min(firmly_named.get(m.company.id, len(text)), m.start - 1)
        # "Semitronix [SZ:301095]", "Primarius (688206.SS)": a name its own code follows is placed
        for m in mentions:
            if m.ambiguous and any(o.company is m.company and not o.ambiguous and 0 < o.start - m.end <= 4 for o in mentions):
                firmly_named[m.company.id] = min(firmly_named.get(m.company.id, len(text)), m.start - 1)
        for index, sentence in enumerate(sentences):
            reason = _is_prose(sentence.text)
            if reason:
                excluded[index] = reason
                continue
            local_mentions = [
                MentionRef(m.start - sentence.start, m.end - sentence.start, m.surface, m.company)
                for m in mentions_by_span.within(sentence.start, sentence.end)
                if (firmly_named.get(m.company.id, len(text)) < m.start or not _ambiguous_without_context(text, m))
                and not _COMPOUND_INDEX_NAME.match(text, m.end)
                and not (getattr(m.company, "is_index", False) and (_INDEX_AS_DESCRIPTOR.match(text, m.end) or _INDEX_AS_VENUE.match(text, m.end)
                                                                     or _OWNED_LINE_ON_AN_INDEX.match(text, m.end) and _OWNER_BEFORE.search(text, max(0, m.start - 12), m.start)))
                and not _ATTRIBUTABLE_TO.search(text, max(0, m.start - 30), m.start)
                and not _exchange_after_a_line(text, m)
                # "The Las Vegas-based company, formerly Scientific Games, ...": a name it went by; "The Tencent-backed
                # company's stock": its backer, named as a description
                and not _FORMERLY_BEFORE.search(text, max(0, m.start - 30), m.start)
                and not _BACKED_AFTER.match(text, m.end)
            ]
            local_mentions = _without_repeated_tickers(sentence.text, local_mentions)
            if discourse.venue in (None, "US", "New York", "Nasdaq", "Hong Kong"):  # where copy names companies by their U.S. symbols
                local_mentions.extend(self._bare_symbols(sentence.text, local_mentions, discourse))
            local_mentions.sort(key=lambda m: m.start)
            mark_sources(sentence.text, local_mentions)
            opens_paragraph = "\n" in text[previous_end : sentence.start] or previous_end == 0
            peers_paragraph = bool(_PEERS_OPENING.match(sentence.text)) or (peers_paragraph and not opens_paragraph)
            if peers_paragraph:
                for mention in local_mentions:  # "Rivals fell in sympathy. Stellantis lost 2.8%": not the story's topic
                    mention.is_peer = True
            for mention in local_mentions:
                if _INVESTORS_NAMED.search(sentence.text, 0, mention.start):
                    mention.is_peer = True  # "Cornerstones included Sinopec and ...": buyers of the deal, not its topic
                elif _ALSO_MOVED.match(sentence.text, mention.end) and not find_figures(sentence.text):
                    mention.is_peer = True  # "Indus Towers also slumped.": a peer in passing, the story still Vodafone Idea's
            # "Here's what you need to know before the opening bell.": a briefing's framing, not a premarket passage
            this_premarket = timing.has_premarket(sentence.text) and not _BRIEFING_FRAME.search(sentence.text)
            if opens_paragraph:
                paragraph_span = scene_day = None
                late_run = False
                session_named = False  # "The year's last session was subdued. ... The Nasdaq dropped 0.9%": that session's
            previous_end = sentence.end
            in_list = _in_a_list_item(text, sentence) and not _NAMES_ITS_OWN_TIME.search(sentence.text, 0, _own_clause_end(sentence.text))
            paragraph_span = _paragraph_span(sentence.text, clock, paragraph_span, opens_paragraph)
            if opens_paragraph:
                discourse.previous_paragraph_lead = discourse.paragraph_lead or discourse.previous_paragraph_lead
                discourse.paragraph_lead = None
            discourse.at_paragraph_start = opens_paragraph
            # a stat box's description, read with the figure above it; a day's row, with the instrument its caption names
            stat_entry = stat_box.get(index) or day_rows.get(index)
            if stat_entry is not None and stat_entry.named_above is not None:
                local_mentions = [stat_entry.named_above]
            sentence_claims = self._sentence_claims(
                stat_entry.read_as if stat_entry else sentence, local_mentions, discourse, clock, explicit_listing, exchanges_seen,
                this_premarket or previous_premarket or premarket_heading, days_named, "" if stat_entry else text,
                list_span=review_span if in_list else (
                    paragraph_span or (year_in_review if not (session_named or _names_a_session(sentence.text)) else None)
                ),
                after_hours_context=previous_after_hours or late_run or after_hours_heading or (after_hours_list and not regular_paragraph),
                scene_day=scene_day, debuts=debuts,
                premarket_story=premarket_story, late_story=late_story, entry_time=entries.get(index),
                after_a_dated_close=dated_close_before and not opens_paragraph,
            )
            _extreme_before_its_close(sentence_claims, text)
            if stat_entry:
                sentence_claims = pointed_at_the_figure(sentence_claims, stat_entry, text)
            elif index + 1 in stat_box:
                sentence_claims = []  # the figure line: read with its description, next
            # "Yesterday's session:", a note's "Yesterday" section: a heading over moves of another session ends the
            # story's premarket part
            # ("THE CLOSE" over a note's closing levels is a heading of that session, too)
            session_heading = bool((_is_heading(sentence.text) or _SECTION_HEADING.fullmatch(sentence.text)) and not this_premarket
                                   and (_names_a_session(sentence.text) or _CLOSE_HEADING.fullmatch(sentence.text)))
            label = _PARAGRAPH_LABEL.match(sentence.text) if opens_paragraph else None
            if label is not None and _names_a_session(label.group("label")) and not timing.has_premarket(label.group("label")):
                session_heading = True  # a note's "Yesterday: The DAX closed 3.5% lower ..." paragraph
            # a note's new section ("Contagion") ends a premarket passage its body began; a headline's holds on
            # (as does a paragraph opened on another day: "Croda: Yesterday's trading update cut guidance.")
            new_section = bool(_SECTION_HEADING.fullmatch(sentence.text) or (opens_paragraph and _names_a_session(sentence.text))) and (
                not this_premarket and index > 0)
            premarket_headline = premarket_headline or (this_premarket and index == 0)
            premarket_story = (premarket_story or this_premarket) and not session_heading and not (new_section and not premarket_headline)
            after_hours_list = after_hours_list and not session_heading
            scene_day = _scene_day(sentence.text, opens_paragraph) or scene_day
            opening_day = _OPENS_ON_A_WEEKDAY.match(sentence.text) if sentence_claims else None
            if opening_day is not None and all(c.kind is ClaimKind.CLOSE_CHANGE for c in sentence_claims):
                # "On Monday the Nikkei 225 lost 12.4%. The Topix fell 12.2%.": the day told once holds over the paragraph
                scene_day = timing.find_day_cue(opening_day.group("day"))
            if opens_paragraph:  # the paragraph's opening sentence sets its scene: a session, or the period under review
                session_named = _names_a_session(sentence.text)
                # "Earlier, in the regular session, chip stocks took a beating.": not the list's late moves
                # (or "Earlier, stocks finished higher after the Fed cut rates.": the close before the late moves)
                regular_paragraph = (session_named or timing.has_closing(sentence.text)) and not timing.has_after_hours(sentence.text)
            paragraph_span = paragraph_span or _span_of_a_wrap(sentence.text, sentence_claims, clock)
            # "Other companies also moved after the bell. Alphabet rose 5.8% .... Snap added 10%": the late session holds
            # over the paragraph while its sentences report late moves
            # ("After the bell, Meta Platforms rose 4.2% ...": a sentence that sets the scene itself starts the run)
            late_run = (previous_after_hours or late_run or bool(_AFTER_HOURS_OPENING.match(sentence.text))) and bool(
                sentence_claims) and all(c.kind is ClaimKind.AFTER_HOURS for c in sentence_claims)
            previous_after_hours = not sentence_claims and timing.has_after_hours(sentence.text)
            # the year holds over the list, and over headings and notes between its lists, until prose reports moves again
            left_the_list = bool(sentence_claims) and not _in_a_list_item(text, sentence)
            review_span = (_month_under_review(sentence.text) or _week_under_review(sentence.text) or _year_under_review(sentence.text, clock)
                           or (None if left_the_list else review_span))
            one_day = [c for c in sentence_claims if c.kind not in _SPAN_KINDS and c.date is not None]
            days_named.add(sentence.text, one_day[-1].date if one_day else None)
            if discourse.paragraph_lead is None and sentence_claims:
                discourse.paragraph_lead = sentence_claims[0]
            # "Yesterday ... the S&P closed down 0.5%. The Dow gave up 136 points": the next sentence's bare moves are
            # that close's too, not the premarket the story is about
            # (a market recap: the closes are indexes')
            dated_close_before = bool(sentence_claims) and all(
                c.kind is ClaimKind.CLOSE_CHANGE and c.ticker in INDEXES for c in sentence_claims
            ) and timing.find_day_cue(sentence.text) is not None
            bullet = bool(re.match(r"\s*[-\u2022*\u2013]\s", sentence.text))
            previous_premarket = this_premarket or (
                previous_premarket and (bullet or not sentence_claims) and not session_heading and not (new_section and not premarket_headline))
            # (a section's heading in capitals, "EXTENDED TRADING", holds over its items as a heading's colon does)
            if _is_heading(sentence.text) or (_SECTION_HEADING.fullmatch(sentence.text) and sentence.text.isupper()):
                premarket_heading = this_premarket and not sentence_claims
                after_hours_heading = not sentence_claims and timing.has_after_hours(sentence.text)
            claims.extend(sentence_claims)
            if not sentence_claims:
                self._note_lines_named(sentence.text, local_mentions, discourse)
                discourse.unknown_topic = unplaced_company_opening(sentence.text, local_mentions) or discourse.unknown_topic
            about = self._entities_of(sentence.text, local_mentions, discourse)
            for claim in sentence_claims:
                if claim.ticker:
                    about.add(claim.entity)
            for name in about:
                entity_sentences.setdefault(name, []).append(index)
            venue_before, index_before = discourse.venue, (discourse.index, discourse.index_name)
            topic_before = (discourse.topic, discourse.topic_name)
            discourse.note_sentence(local_mentions)
            if any(word in sentence.text for word in ("spun", "demerged", "carved", "separated", "split off")):
                discourse.note_parent(sentence.text, local_mentions)
            for m in mentions_by_span.within(sentence.start, sentence.end):
                if getattr(m.company, "is_index", False) and _INDEX_AS_DESCRIPTOR.match(text, m.end):
                    # "The FTSE 100 heavyweight rose 98.2p. ... The blue-chip index closed 0.3pc higher": no subject here,
                    # but the index the story's market is measured by
                    discourse.note(MentionRef(m.start - sentence.start, m.end - sentence.start, m.surface, m.company))
            opener = local_mentions[0] if local_mentions else None
            discourse.opening_index = opener if (
                opener is not None and not sentence_claims and getattr(opener.company, "is_index", False)
                # ("Investors piled into the Nasdaq Composite after the data. It rose 0.5%": a market story's only
                # instrument in a sentence, though named as its object)
                and (_opens_after_a_stamp(sentence.text, opener.start) or (len(local_mentions) == 1 and discourse.topic is None))
            ) else None
            reported = [m for m in local_mentions if getattr(m.company, "is_index", False)
                        and not _COMPARISON_BEFORE.search(sentence.text, max(0, m.start - 60), m.start)]
            if reported and discourse.index is not reported[-1].company and _an_index_for_comparison(
                sentence.text, [m for m in local_mentions if getattr(m.company, "is_index", False) and m not in reported]
            ):
                # "The Stoxx Europe 600 fell 4.2% in March, still well ahead of the S&P 500. ... the index fell 1.5% on
                # Monday": the index reported on, not its yardstick
                discourse.index, discourse.index_name = reported[-1].company, discourse.first_name(reported[-1].company, reported[-1].surface)
            if (sentence_claims and topic_before[0] is not None and sentence_claims[0].entity == topic_before[1] and local_mentions
                    and sentence_claims[0].span[0] - sentence.start < local_mentions[0].start):
                # "On Tuesday its shares rose 3.5%, ... nudging Microsoft out of the top spot. ... the stock lost 3.5%": a
                # sentence whose first move is the topic's, before any name, leaves the topic where it was
                discourse.topic, discourse.topic_name = topic_before
            if opens_paragraph and local_mentions and local_mentions[0].is_source and not sentence_claims and (
                opens_the_sentence(sentence.text, local_mentions[0].start) and not getattr(local_mentions[0].company, "is_index", False)
                and all(m.company is local_mentions[0].company for m in local_mentions)
            ):
                # "Microsoft said Azure revenue grew 31% .... Its shares have added about 6%": a paragraph opened on
                # what a company said of itself is about that company (not "JPMorgan said a recovery in Diageo's ...")
                first = local_mentions[0]
                discourse.topic, discourse.topic_name = first.company, discourse.first_name(first.company, first.surface)
            opening_market = _OPENING_MARKET.match(sentence.text) or _ALSO_TRADES_IN.search(sentence.text)
            discourse.market_named = (venue_in(opening_market.group("market")) if opening_market else None) or discourse.market_named
            discourse.venue = _market_named_by_its_index(sentence.text) or discourse.venue
            if _an_index_for_comparison(sentence.text, local_mentions) and not _another_markets_index_in_passing(local_mentions, discourse):
                # "..., several times the gain in the S&P 500" in a European review: its next company is still at home
                # (though "the index" after it may be the yardstick)
                discourse.venue = venue_before
            if _another_markets_index_in_passing(local_mentions, discourse):
                # "For the year, the index gained 18 per cent, though it trailed a 23 per cent advance in the S&P 500"
                # in a Toronto report: the next "the index" and the next company are still Toronto's
                discourse.venue, (discourse.index, discourse.index_name) = venue_before, index_before
                for mention in local_mentions:  # the report's own index, where this sentence named one
                    if getattr(mention.company, "is_index", False) and _on_home_market(mention.company, discourse):
                        discourse.index, discourse.index_name = mention.company, discourse.first_name(mention.company, mention.surface)
            if _an_aside_on_another_market(sentence.text, discourse.home_venue):
                discourse.venue = venue_before  # "In New York, the S&P 500 fell 0.8%" in a Toronto report
            else:
                # "In Tokyo, banks were again among the hardest hit.": back on the market named
                discourse.venue = _venue_of_intro(sentence.text) or discourse.venue
            if _REGION_HEADING.fullmatch(sentence.text):
                # a note's "EUROPE YESTERDAY" or "ASIA" section: its companies trade at home, not on the market before
                discourse.venue = None
                discourse.company_markets.clear()
        return ExtractionResult(claims, entity_sentences, sentences, excluded, _calendar_warnings(claims))

    def _sector_index(self, sentence: str, subject: Subject, move_at: int, discourse: Discourse) -> Subject:
        """'The tech index slid 2.4%' in a Hong Kong report is the Hang Seng Tech Index; in a New York one, the
        tech-heavy Nasdaq Composite. Only when no name is given: the index of the market the report is about."""
        described_group = (subject.kind == "group" and re.search(r"\b(?:index|benchmark|gauge)(?:'s|\u2019s)?$", subject.entity or "")) or (
            # "The all share closed up 0.4%", "the All Share index ended 0.4% higher": the market's index, named as its desk does
            subject.kind in {"group", "unknown"} and _ALL_SHARE_INDEX.search(subject.entity or "")
        )
        if subject.kind not in {"index", "none"} and not described_group:
            return subject
        clause = re.split(r"[,;]|\s(?:and|while|but|as)\s", sentence[:move_at])[-1]
        if subject.kind == "index" and subject.entity and subject.entity in clause:
            return subject  # "... even as the Nasdaq slid 2%": the index named, not one described before it
        described = next(((pattern, by_market) for pattern, by_market in _DESCRIBED_INDEXES if pattern.search(clause)), None)
        if described is None:
            return subject
        intro_venue = _venue_of_intro(sentence)
        market = (LISTING_VENUES.get(intro_venue.lower()) or (None,))[0] if intro_venue else None
        if market is None and described[0] is _BENCHMARK_WORDS:
            # "the S&P 500 rose 1% and the Nasdaq 100 climbed 1.5%, capping the benchmark's best stretch" in a report from
            # Asia: the benchmark of the market the sentence has named, not the report's own
            named = [m.company for m in self.directory.find_mentions(sentence[:move_at]) if getattr(m.company, "is_index", False)]
            market = named[-1].listings[0].exchange if named and named[-1].listings else None
        if market is None and subject.kind == "index" and subject.company.listings:
            market = subject.company.listings[0].exchange
        market = market or (LISTING_VENUES.get((discourse.home_venue or discourse.venue or "").lower()) or ("",))[0]
        if not market:
            # "The S&P 500 rose 1%, while the small-cap index gained 2%": the market of the index the sentence named
            named = next((m.company for m in self.directory.find_mentions(sentence[:move_at]) if getattr(m.company, "is_index", False)), None)
            market = named.listings[0].exchange if named is not None and named.listings else None
        symbol = described[1].get(market or "")
        if symbol == "^GSPC" and re.search(r"\bblue[- ]chip\b", clause, re.IGNORECASE):
            symbol = "^DJI"  # New York's "blue-chip index" is the Dow; its "benchmark", the S&P 500
        found = self.directory.by_symbol(symbol) if symbol else None
        if found is None:
            return subject
        company, _ = found
        return Subject("index", company, discourse.first_name(company, company.name), None, subject.start)

    def _market_as_its_benchmark(self, sentence: str, subject: Subject, move_at: int, discourse: Discourse) -> Subject:
        """'Seoul shares sink 1.4 pct', 'HK stocks soar 4%': a whole market's move, as its desk reports it, is its
        benchmark's. Only when no company or index is named."""
        if subject.kind not in {"group", "none", "index"} and not (subject.kind == "company" and subject.company is None):
            return subject
        local = _LOCAL_SHARES.search(sentence, max(0, move_at - 40), move_at) if subject.kind in {"group", "none", "unknown"} or (
            subject.kind == "company" and subject.company is None) else None
        benchmark = _BENCHMARK_OF_MARKET.get((discourse.home_venue or "").lower()) if local else None
        found = self.directory.by_symbol(benchmark) if benchmark else None
        if found is not None:
            # "Local shares have opened 0.4 per cent higher" in a Sydney blog: the home market's benchmark
            return Subject("index", found[0], discourse.first_name(found[0], found[0].name), None, local.start())
        match = _MARKET_SHARES.search(sentence, max(0, move_at - 40), move_at) or _CITY_CLOSED.match(sentence, 0, move_at)
        if match is None and subject.kind in {"group", "none"}:
            # "South Korean stocks closed lower on Monday, ..., ending 2024 with a loss of nearly 10 percent": the group
            # named as the sentence's subject, far from the figure ("Saudi Arabia's main index closed higher on Sunday,
            # rising 0.6 percent": an index no name gives)
            group_end = _MARKET_WORD.search(sentence, subject.start, move_at)
            match = _MARKET_SHARES.search(sentence, max(0, subject.start - 5), group_end.end()) if group_end else None
        if match is not None and re.search(r"\b(?:its|their)\s+$", sentence[max(0, match.start("market") - 8) : match.start("market")], re.IGNORECASE):
            return subject  # "Its Shenzhen shares have risen 2%": a company's line, not the market
        if match is not None and match.group("market").lower() in _DEMONYMS and re.match(r"[\s,;:(]*the\s", match.group(0), re.IGNORECASE):
            return subject  # "Infosys' ADRs climbed 7.9%. The Indian shares have gained 20%": the company's home line
        if match is not None and subject.kind == "index" and not re.search(
            r"benchmark|bellwether|(?:'s|\u2019s)\s+(?:main|key|leading)\s", match.group(0), re.IGNORECASE
        ):
            # "the Nikkei ... Tokyo shares" keeps a named index; "Hong Kong's benchmark", "Taiwan's main index lost 8.4%"
            # stand for one
            return subject
        found = self.directory.by_symbol(_BENCHMARK_OF_MARKET[match.group("market").lower()]) if match else None
        if found is None:
            return subject
        company, _ = found
        return Subject("index", company, discourse.first_name(company, company.name), None, match.start("market"))

    def _bare_symbols(self, sentence: str, mentions: list[MentionRef], discourse: Discourse) -> list[MentionRef]:
        """'In Hong Kong, BABA fell 3.2%': a known ticker written bare, right before a move or "shares"."""
        found = []
        for match in _BARE_SYMBOL.finditer(sentence):
            if any(m.start < match.end() and match.start() < m.end for m in mentions):
                continue
            if any(0 <= match.start() - m.end <= 2 for m in mentions):
                continue  # "The S&P 500 SPX gained": the symbol repeats the name just given
            if match.group("symbol").lower() in TEXT_TAILS and _CAPITALISED_WORD_BEFORE.search(sentence, 0, match.start()):
                continue  # "Credit Suisse Group AG shares plunged": a legal form closing a name, not First Majestic's "AG"
            hit = self.directory.by_symbol(match.group("symbol"))
            if hit is not None and any(c is not hit[0] for c in discourse.named_by_first_word(match.group("symbol"))):
                continue  # ("KE Holdings' Hong Kong shares jumped. ... KE's ADRs surged": a company named, not KE's symbol)
            if hit is not None:
                company, listing = hit
                found.append(MentionRef(match.start("symbol"), match.end("symbol"), match.group("symbol"), company))
        return found

    def _note_lines_named(self, sentence: str, mentions: list[MentionRef], discourse: Discourse) -> None:
        """'Midea Group's Hong Kong-listed shares rose on their trading debut on Tuesday. The stock closed up 8.2%':
        a sentence with no figure still says which line the story is about."""
        for mention in mentions:
            if mention.is_source or getattr(mention.company, "is_index", False):
                continue
            named = _LINE_NAMED_AFTER.match(sentence, mention.end)
            venue = venue_in(named.group("venue")) if named else None
            listing = self.directory.pick_listing(mention.company, venue) if venue else None
            if listing is not None:
                discourse.note_line(mention.company.id, listing.symbol, named=True)

    def _entities_of(self, sentence: str, mentions: list[MentionRef], discourse: Discourse) -> set[str]:
        """Companies a sentence is about: named ones, and the topic behind "its", "the company", "the chip maker"."""
        about = {discourse.first_name(m.company, m.surface) for m in mentions if not m.is_source and not getattr(m.company, "is_index", False)}
        if discourse.topic is not None and _TOPIC_WORDS.search(sentence):
            if not mentions or all(m.is_source for m in mentions):
                about.add(discourse.topic_name)
        return about

    def _sentence_claims(
        self,
        sentence: Sentence,
        mentions: list[MentionRef],
        discourse: Discourse,
        clock: timing.Clock,
        explicit_listing: dict,
        exchanges_seen: list[str],
        premarket_context: bool = False,
        named_before: DaysNamedEarlier | None = None,
        article_text: str = "",
        list_span: timing.SpanCue | None = None,
        after_hours_context: bool = False,
        scene_day: timing.DayCue | None = None,
        debuts: dict[str, timing.DayCue] | None = None,
        premarket_story: bool = False,
        late_story: bool = False,
        entry_time: dt.datetime | None = None,
        after_a_dated_close: bool = False,
    ) -> list[Claim]:
        text = sentence.text
        figures = find_figures(text)
        if not figures and article_text and _SIGNED_BARE.search(text):
            # a table printed without "%": "Southwest Airlines   28.88   +1.24   +4.49" under "Close  Chg  %Chg"
            figures = tables.percent_cells(article_text, sentence.start, text)
        if not figures:
            return []
        claims: list[Claim] = []
        previous_claim: Claim | None = None
        metric_end: int | None = None  # where the sentence's last figure of a metric ("Comparable sales rose 1%") ends
        metric_parts = False  # the sentence has gone on to that metric's parts (", with the Gap brand up 3%")
        intro_text, intro_end = _intro_of(text)
        latest_year = clock.published.year if clock.published else None
        intro_day = timing.find_day_cue(intro_text) if intro_text else None
        if intro_day is not None and intro_day.possessive and not _DAYS_SESSION.search(intro_text) and not _BEFORE_AN_EVENT.match(intro_text):
            # "Chip stocks extended Tuesday's slump: ASML fell a further 2.4%", "In a week shortened by Thursday's market
            # closure, the S&P 500 declined 1.9%": the day of an event, not of this move ("retreated in Wednesday's
            # regular session: Microsoft closed 0.7% lower" is that session's)
            intro_day = None
        carried = SentenceCues(
            day=intro_day or scene_day,
            # ("Among this year's newcomers, Timee ... slipped 1.5%": a group the year describes, no span of the move)
            # ("Defence names, which have doubled over the past year, extended gains: Hensoldt rose 7.3%": the aside's span)
            # ("luxury is also heavy after last week's China rally faded: LVMH is down 2.9%": the week of an event)
            intro_span=(timing.find_span_cue(_POSSESSIVE_PERIOD.sub(" ", _without_relative_asides(intro_text)), "", latest_year)
                        if intro_text and not _names_another_matters_span(intro_text) else None)
            or list_span,
            premarket_context=premarket_context,
            premarket_story=premarket_story,
            late_story=late_story,
            entry_time=entry_time,
            after_a_dated_close=after_a_dated_close,
            debuts=debuts or {},
            after_hours_context=after_hours_context,
            intro_day=intro_day,
            named_before=named_before,
            intro_end=intro_end,
        )
        intro_venue = venue_in(intro_text) if intro_text else None
        caption = tables.caption_line(article_text, sentence.start) if article_text and intro_venue is None else None
        if caption is not None:
            intro_venue = venue_in(article_text[caption[0] : caption[1]])  # "Month's standouts (Hong Kong)" over its rows
        contexts = _contexts(text, figures)
        respective = _respective_subjects(text, contexts, mentions, discourse)
        limit_direction = _direction_of_the_other_moves(contexts) or _limit_direction_named(article_text)
        for context in contexts:
            predicate, figure = context.predicate, context.figure
            if predicate.rule == "unstated_limit":
                if limit_direction is None:
                    continue
                predicate = context.predicate = dataclasses.replace(predicate, direction=limit_direction)
            heading = tables.column_heading(article_text, sentence.start + figure.start) if article_text else None
            if heading:
                context.column_span = tables.span_phrase_of_heading(heading) or ""
                context.day_column = None if context.column_span else heading
            elif article_text and not timing.find_span_cue(context.lead[-40:]):
                # a table under "WEEKLY SCORECARD (price change on the week)": the caption's span, in every row (but a
                # row naming its own: "Nifty 50, 2025 so far   -0.5%" under "BENCHMARKS (March)")
                context.column_span = (tables.caption_span(article_text, sentence.start + figure.start) or context.column_span
                                       or tables.span_of_a_scorecard_title(article_text, sentence.start + figure.start))
            if predicate.direction is None and previous_claim is None and predicate.rule not in {"gapped_figure", "respective_figure"}:
                continue
            if _OFFERED_BEFORE.search(text, max(0, figure.start - 30), figure.start):
                continue  # "Nippon Steel offered a 14.2% rise": a pay offer, not its shares
            if _MORE_OF_SOMETHING.match(text, figure.end):
                continue  # "helped patients lose 6.1% more weight than placebo": a quantity compared, not a price
            if _AN_AMOUNT_THEN_ITS_CHANGE.search(text, max(0, figure.start - 50), figure.start):
                continue  # "- Wiwynn: NT$21.4 billion, up 30.8%": a month's sales and their growth, no price
            if _ALLOWED_RISE_AFTER.match(text, figure.end):
                continue  # "compares with a 30% increase allowed in the draft ruling": a rise a regulator allows, of bills
            amount = _AMOUNT_OF_SOMETHING.search(text, 0, figure.start)
            if amount and not _PRICE_BEFORE_OF.search(text, max(0, amount.start() - 40), amount.start()):
                continue  # "reporting 2024 revenue of 777 billion yuan, up 29 per cent": the amount grew, not a price
            # "Deutsche Bank rose 11% and Commerzbank 9.5%": the gapped figure's subject stands right before it
            subject_at = figure.start if predicate.rule == "gapped_figure" else min(predicate.start, figure.start)
            # "trailing the S&P 500's 25% climb": the name that owns the move noun is its subject
            possessor = _possessor_of_figure(text, figure, mentions) if predicate.rule == "figure_then_noun" else None
            participle = None if possessor else _participle_before(text, subject_at, mentions)
            clause_subject = _clause_subject_before(participle, previous_claim, sentence, mentions)
            named_object = predicate.object_end is not None  # "lifting the Straits Times Index 0.5%": the object moved
            if not named_object and participle is None and previous_claim is not None and predicate.direction is not None and _CONJOINED_VERB.search(
                text, max(0, predicate.start - 30), predicate.start
            ):
                # "The TAIEX ended down 0.5% ..., as investors took profits in AI stocks, but still gained 1.3% over
                # the week": a verb joined on with no subject of its own moves the sentence's subject, on the market its
                # own words name ("fell 13.2% in Milan ... and was down a similar 13% in Paris")
                line = self._on_named_venue(previous_claim, context.tail)
                claims.append(self._same_subject(line, figure, predicate, sentence, text, calendar_for(line.mic or US.mic), clock, context, carried))
                previous_claim = claims[-1]
                continue
            if not named_object and participle and previous_claim is not None and clause_subject is None and predicate.direction is not None:
                # "Babcock added 18p, having jumped 14% yesterday": the listing the clause before spoke of
                line = self._on_named_venue(previous_claim, context.tail)
                claim = self._same_subject(line, figure, predicate, sentence, text, calendar_for(line.mic or US.mic), clock, context, carried)
                claims.append(_same_session_as(previous_claim, claim, participle.group(0)))
                previous_claim = claims[-1]
                continue
            if named_object:
                # "The rally lifted the STAR 50 index, which tracks ..., by 8.6%": the verb's object is what moved
                subject = find_subject(text, predicate.object_end, mentions, discourse)
                if subject.start < predicate.start or subject.kind not in {"company", "index", "unknown"}:
                    continue
            elif clause_subject is not None:
                # "Toyota fell 14%, and Tokyo Electron was limit-down, falling as much as 18.5%"
                subject = find_subject(text, clause_subject.end, mentions, discourse)
            elif (fronted := _fronted_clause_subject_end(text, predicate, mentions)) is not None:
                # "After falling 5% last week, Nvidia rose 2%", "even after jumping 12% in December, the Russell 2000 is up
                # only about 15%": the clause's subject is the main clause's, after it
                subject = find_subject(text, fronted, mentions, discourse)
                if previous_claim is None and discourse.last_claim is not None and re.search(r"(?:^|,\s*)it$", text[:fronted]):
                    # "The Nikkei fell 12.4%. Together with Friday's 5.8% drop, it has wiped out the year's gains": "it" is
                    # the instrument just spoken of, as an opening "It" is
                    previous_claim, subject = discourse.last_claim, Subject("none")
            elif participle or _THEN_VERB.search(text, max(0, predicate.start - 15), predicate.start):
                # "SAP led the DAX, climbing nearly 70%": the subject is the main clause's
                # "Seven & i went untraded as buy orders swamped sellers, then rose by the daily limit": so is a verb after "then"
                # "On Wall Street, the Dow ... posted its steepest decline, losing 1.35%": the main clause's subject
                # stands after the sentence's opening phrase, not in it
                main_clause = " " * intro_end + text[intro_end:]
                subject = find_subject(main_clause, subject_at, mentions, discourse, leftmost=True)
            elif (aside := _item_name_aside(text, mentions, predicate.start)) is not None:
                # "- Mitsubishi Motors, in which Nissan holds a 24% stake: rose as much as 20%": the item's name moved
                masked = text[: aside[0]] + " " * (aside[1] - aside[0]) + text[aside[1] :]
                subject = find_subject(masked, subject_at, [m for m in mentions if not aside[0] <= m.start < aside[1]], discourse)
            else:
                subject = find_subject(text, subject_at, mentions, discourse)
                if subject.kind in {"metric", "none"} and previous_claim is None and predicate.rule == "verb_then_figure" and _CONJOINED_VERB.search(
                    text, max(0, predicate.start - 30), predicate.start
                ) and opens_the_sentence(text, mentions[0].start if mentions else len(text)) and not _OWNS_A_METRIC.match(text, mentions[0].end):
                    # "Hyundai Motor India raised 27,870 crore rupees ... at 1,960 rupees a share, and fell 7.2% on its
                    # debut": a verb joined on with no subject of its own moves the company the sentence opened on
                    subject = find_subject(text, mentions[0].end, mentions, discourse)
                elif subject.kind == "none" and previous_claim is None and predicate.rule == "verb_then_figure" and not mentions and (
                    opening := _OPENING_ANAPHOR.match(text)
                ) and _CONJOINED_VERB.search(text, max(0, predicate.start - 30), predicate.start):
                    # "The stock was the worst performer in the SDAX ... and has lost about 62% since the start of the
                    # year": so is one the sentence opened on by "the stock"
                    subject = find_subject(text, opening.end(), mentions, discourse)
            ranged = _PRICE_MOVED_FROM.search(text, max(0, figure.start - 320), figure.start) if (
                predicate.rule == "noun_then_figure" and _RESTATING_NOUN_BEFORE.search(text, max(0, figure.start - 30), figure.start)) else None
            if ranged is not None:
                # "the Company's share price rose from a closing price of S$0.068 ... to S$0.100 ..., an increase of 47%":
                # the noun restates the move of the price named before it
                subject = find_subject(text, ranged.start("verb") if ranged.group("verb") else ranged.end() - 4, mentions, discourse)
                if ranged.group("verb2") and discourse.defined is not None and "the Company" in ranged.group(0):
                    subject = dataclasses.replace(discourse.defined, start=ranged.start())  # "the price of the Company's securities"
            moved = _MOVED_OBJECT.match(text, predicate.start) if predicate.rule == "verb_object_figure" and subject.kind in {"none", "metric"} else None
            if moved is not None and previous_claim is not None and moved.group(0).lower().endswith((" it", " them")):
                subject = Subject("none")  # "up 4.3 per cent, a day after the rate cut knocked it 0.7 per cent lower": the same
            elif moved is not None:
                # "Yesterday's AGM update ... pushed the shares up 5.2%", "results sent its shares down 15%": what moved is
                # the verb's object, the company spoken of
                subject = find_subject(text, moved.end(), mentions, discourse)
            if predicate.rule == "figure_then_noun" and subject.kind == "none" and discourse.topic is not None and (
                _ITS_BEFORE_FIGURE.search(text, 0, figure.start) and opens_the_sentence(text, _ITS_BEFORE_FIGURE.search(text, 0, figure.start).start())
            ):
                # "Fine wasn't enough for Alphabet. Its 9.5% drop on Wednesday was the worst day ...": the company spoken of
                subject = Subject("index" if getattr(discourse.topic, "is_index", False) else "company", discourse.topic, discourse.topic_name, None, subject_at)
            if predicate.rule == "figure_then_noun":
                if subject.kind == "index" and subject.entity not in text and _ITS_BEFORE_FIGURE.search(text, 0, figure.start):
                    # "Worldline ... remained the worst performer in the index after its 59% collapse": "its" is the
                    # sentence's company, not an index the sentence never names
                    subject = find_subject(" " * intro_end + text[intro_end:], subject_at, mentions, discourse, leftmost=True)
                subject = subject_after_move_noun(text, predicate.end, mentions, discourse) or subject
            elif predicate.rule == "noun_then_figure":
                # "against a rise of about 22% for the S&P 500": the name after the figure owns the move
                subject = subject_after_move_noun(text, figure.end, mentions, discourse) or subject
                if possessor is not None:
                    kind = "index" if getattr(possessor.company, "is_index", False) else "company"
                    subject = Subject(kind, possessor.company, discourse.first_name(possessor.company, possessor.surface), None, possessor.start)
            subject = respective.get(figure.start, subject)
            subject = self._sector_index(text, subject, subject_at, discourse)
            subject = self._market_as_its_benchmark(text, subject, subject_at, discourse)
            if predicate.rule in {"gapped_figure", "respective_figure"}:
                if previous_claim is None:
                    continue
                # ("Uber -5.4% on softer bookings; Roblox +15%": a figure's own sign says its direction)
                direction = previous_claim.direction if figure.sign == 0 else (Direction.UP if figure.sign > 0 else Direction.DOWN)
                predicate = dataclasses.replace(predicate, direction=direction)
            if predicate.direction is None and previous_claim is not None:
                restated = self._restated(previous_claim, figure, predicate, sentence, text)
                _span_after_restatement(previous_claim, restated, context.tail, clock)
                _day_after_restatement(previous_claim, restated, text[figure.end : figure.end + 40], context.lead, carried, clock)
                if previous_claim.level is None:
                    previous_claim.level = restated.level  # "fell 30 points, or 0.6%, to 6,020.5": one move, one level
                claims.append(restated)
                continue
            if previous_claim is None and discourse.opening_index is not None and _is_pronoun_subject(text, subject) and (
                text[subject.start : subject.start + 3].lower() == "it " and opens_the_sentence(text, subject.start)
            ):
                opener = discourse.opening_index  # "the DAX jumped at the open .... It was last up 0.9%": the index
                subject = Subject("index", opener.company, discourse.first_name(opener.company, opener.surface), None, subject.start)
            elif previous_claim is None and _is_pronoun_subject(text, subject) and opens_the_sentence(text, subject.start) and discourse.last_claim is not None and not (
                # "Mitsubishi Motors slipped 2.3%. Nissan's stock has swung widely since ... It jumped 24% the next day": the
                # company named since the last move
                discourse.topic_after_claim and subject.company is discourse.topic and not _claim_on(discourse.last_claim, subject.company)
            ):
                previous_claim = discourse.last_claim  # "It rose 0.4% on Monday": the instrument just spoken of
            if previous_claim is not None and (subject.kind == "none" or _is_pronoun_subject(text, subject) or (
                # "The Hang Seng Index fell 0.5% as investors took profits after Monday's 2.8% surge": the surge is the
                # index's, not the profits'
                subject.kind == "metric" and predicate.rule == "figure_then_noun"
                and _AFTER_A_DAYS_MOVE_BEFORE.search(text, max(0, figure.start - 50), figure.start)
            )):
                # "..., leaving it more than 16% higher": "it" is the listing this sentence just spoke of
                opening = _OPENING_PLACE_PHRASE.match(text)  # "On the BSE, it settled at Rs 1,819.60, down 7.2 per cent"
                # ("It went on to hit a high of Rs 168.7 on the NSE, up as much as 81%": the market of the price before it)
                priced_on = _PRICE_ON_A_VENUE_BEFORE.search(text, max(0, figure.start - 80), figure.start)
                # ("The shares also trade in Toronto. They had gained 4% there this year": the market the text named before)
                line = self._on_named_venue(previous_claim, context.tail, intro_venue or (venue_in(opening.group(0)) if opening else None)
                                            or (venue_in(priced_on.group("venue")) if priced_on else None)
                                            or (discourse.market_named if _THERE.match(context.tail) else None))
                claims.append(self._same_subject(line, figure, predicate, sentence, text, calendar_for(line.mic or US.mic), clock, context, carried))
                previous_claim = claims[-1]
                continue
            if subject.kind == "none" and _opens_with_the_move(text, subject_at) and discourse.topic_after_claim:
                # "• Astera Labs (ALAB) — Initiated at Outperform. Up 4.1% in pre-market trade.": the company named since
                # the last move, not the one that move was about
                subject = Subject("company", discourse.topic, discourse.topic_name, None, subject_at)
            elif subject.kind == "none" and discourse.last_claim is not None and (
                _REFERS_BACK.match(text) or _opens_with_the_move(text, subject_at)
            ):
                # "That follows a 10% jump on Friday.": the move of the listing the last sentence was about (the last
                # paragraph's first, when the move opens a paragraph)
                back = discourse.previous_paragraph_lead if discourse.at_paragraph_start and discourse.previous_paragraph_lead else discourse.last_claim
                claims.append(self._same_subject(back, figure, predicate, sentence, text, calendar_for(back.mic or US.mic), clock, context, carried))
                previous_claim = claims[-1]
                continue
            if metric_end is not None and (metric_parts or _DETAILS_OF_A_METRIC.match(text, metric_end, figure.start)):
                # "Comparable sales rose 1%, with the Gap brand up 3% and Old Navy up 1%": the metric's parts, no prices
                metric_parts = True
                continue
            if subject.kind == "metric":
                metric_end = figure.end
            if subject.kind in {"metric", "none"} or (subject.kind == "company" and subject.company is None):
                continue
            if subject.kind == "index" and FUTURES_ON_BEFORE.search(text, max(0, subject.start - 40), subject.start):
                continue  # "futures on the S&P 500 slid 3%": a contract on the index (which "the index" after still means)
            # (the words up to the next figure only: "lost 8.2% after reporting a 12% year-over-year drop in revenue")
            if _WHEN_A_YEAR_AGO.search(text, max(0, figure.start - 70), figure.start):
                continue  # "growth to be lower than in the same period last year, when it rose 4.2%": last year's metric
            if _YEAR_ON_YEAR.search(context.tail) or _YEAR_ON_YEAR.search(re.split(r"\d", text[figure.end : figure.end + 40], maxsplit=1)[0]):
                continue  # "delivered 36,695 vehicles, up 82% from a year earlier": prices are not reported year on year
            if subject.kind in {"company", "unknown"} and subject.venue is None:
                money_venue = _venue_of_money(text, figure, predicate, discourse)
                if money_venue and subject.company is not None and self.directory.pick_listing(subject.company, money_venue) is None:
                    money_venue = None  # "Hongkong Land ... rising 7.6 per cent to US$4.39": Singapore quotes it in dollars
                opening_venue = intro_venue
                if opening_venue == "US" and _US_AS_AN_ADJECTIVE.search(intro_text) and not _US_MARKET_WORD.search(intro_text):
                    opening_venue = None  # "a chance to react to the selloff in U.S. chip stocks: SK Hynix tumbled 9.9%"
                subject.venue = (_venue_after(context.tail) or opening_venue or money_venue
                                 or (discourse.market_named if _THERE.match(context.tail) else None))
            elif subject.kind == "company" and previous_claim is not None and previous_claim.entity == subject.entity:
                # "ASML's U.S.-listed shares slumped 12.7%, following a 10.5% fall in Amsterdam": a later figure of
                # the sentence's company on the market its own words name
                subject.venue = _venue_after(context.tail) or subject.venue
            # (a level's words are the move's too: "fell 5% to close at ₹171 on the NSE")
            own_words = context.tail or re.split(r"[,;]", text[figure.end : figure.end + 60])[0]
            tail_market = _venue_after(own_words) if subject.kind == "company" and subject.company is not None and subject.venue else None
            if tail_market and tail_market not in SHARE_CLASSES and tail_market not in subject.venue and _RELATIVE_CLAUSE_BETWEEN.search(
                text, subject.start, predicate.start
            ):
                # "CGI's Class A shares, which trade in Toronto and, as GIB, in New York, were up 1.1% in premarket trading in
                # New York": the market the move's own words name, not one the relative clause lists
                share_class = subject.venue.partition("|")[0] if "|" in subject.venue else (subject.venue if subject.venue in SHARE_CLASSES else "")
                if subject.venue == "A-shares":
                    share_class = "class A"  # "The company's A shares, which carry more votes, were down 2.1% in Helsinki"
                named_line = f"{share_class}|{tail_market}" if share_class else tail_market
                if self.directory.pick_listing(subject.company, named_line) is not None:
                    subject.venue = named_line
            where = _WHERE_ON_A_VENUE.search(text, max(0, predicate.start - 140), predicate.start) if subject.kind == "company" else None
            if where is not None and (where_venue := venue_in(where.group("venue"))) and subject.company is not None and (
                self.directory.pick_listing(subject.company, where_venue) is not None
            ):
                # "The company's primary listing is on the New York Stock Exchange, where the stock fell 5.8%": that market's
                subject.venue = where_venue
            if subject.kind == "company" and subject.company is not None and subject.venue in SHARE_CLASSES:
                # "In Helsinki, ... the B shares were down 4.9%": the class the subject names, on the market the sentence does
                # (or its price's currency does: "The Class B shares were up 3.1% at A$44.20")
                market = _venue_after(context.tail) or intro_venue or _venue_of_money(text, figure, predicate, discourse)
                if market and "|" not in market and market not in SHARE_CLASSES and self.directory.pick_listing(
                        subject.company, f"{subject.venue}|{market}") is not None:
                    subject.venue = f"{subject.venue}|{market}"
            subject = self._company_with_that_line(subject, mentions, discourse)
            listing = self._listing(
                subject, discourse, explicit_listing.get(id(subject.company)),
                previous_claim.exchange if previous_claim is not None and previous_claim.ticker else None,
            )
            if (listing is not None and subject.venue is None and previous_claim is not None and previous_claim.ticker
                    and _ELLIPTIC_POSSESSIVE.match(text, subject.start)):
                # "Pony AI's Nasdaq-listed American depositary shares fell 7.2%, ... and WeRide's slid 6.5%": the same line
                on_that_market = self.directory.pick_listing(subject.company, previous_claim.exchange)
                listing = on_that_market or listing
            if (
                listing is not None and subject.company is not None and listing.mic in _WITHOUT_PRICE_LIMITS
                and (predicate.rule in {"limit_word_then_figure", "figure_as_price_limit"} or _BY_A_LIMIT.match(text, figure.end))
            ):
                # "Citic Securities rose by its 10% daily limit" in a Hong Kong report: only its Shanghai line has one
                listing = next((line for line in subject.company.listings if line.mic in _WITH_PRICE_LIMITS), listing)
            if listing is not None:
                exchanges_seen.append(listing.mic)
                if not listing.is_index:
                    discourse.company_markets.append(listing.mic)
                elif listing.mic != US.mic:
                    discourse.index_markets.append(listing.mic)
            if listing is not None:
                mic, zone = listing.mic, listing.timezone
            else:
                mic, zone = _market_of_unlisted(subject.venue, discourse, exchanges_seen)
                if subject.venue:
                    exchanges_seen.append(mic)  # "The stock fell 30% in Zurich. The shares have lost 38% this year": Zurich's
            calendar = calendar_for(mic, zone)
            window = intro_text + " " + _without_relative_asides(context.lead) + " " + text[figure.start : predicate.end] + " " + context.tail
            carried.debut = ((debuts or {}).get(subject.company.id) if subject.company is not None else None) or _debut_here(text)
            another_subject = previous_claim is not None and previous_claim.entity != subject.entity
            span_said_before = carried.last_span is not None
            claim_timing = self._timing(context, predicate, calendar, clock, carried, window, another_subject)
            if not span_said_before:
                claim_timing = _over_the_same_period(claim_timing, context, discourse.last_claim)
            level = level_after(text, predicate.end)
            claim = Claim(
                entity=subject.entity,
                ticker=listing.symbol if listing else None,
                exchange=listing.exchange if listing else None,
                direction=predicate.direction,
                magnitude=figure.magnitude,
                unit=_unit_for(figure, listing),
                kind=claim_timing.kind,
                date=claim_timing.date,
                hedge=predicate.hedge,
                span=(sentence.start + figure.start, sentence.start + figure.end),
                text=text,
                level=level[0] if level else None,
                start_date=claim_timing.start_date,
                sessions=claim_timing.sessions,
                currency=figure.currency or (listing.currency if listing else None),
                mic=listing.mic if listing else mic,
            )
            if figure.start not in respective:  # "A and B gained 5.4% and 6%, respectively" pairs them already
                claims.extend(self._named_together(claim, subject, text, mentions, discourse))
            claims.append(claim)
            previous_claim = claim
            if listing is not None and subject.company is not None:
                discourse.note_line(subject.company.id, listing.symbol, named=subject.venue is not None)
            if subject.kind == "unknown":
                discourse.unknown_topic = subject.entity
        if claims:
            discourse.last_claim = self._main_line_of(claims, discourse)
            discourse.topic_after_claim = False
        return claims

    def _main_line_of(self, claims: list[Claim], discourse: Discourse) -> Claim:
        """The claim "It" in the next sentence speaks of: the last one, but on the company's own line when the
        last was an aside on another ("fell 13.2% in Milan ... and was down a similar 13% in Paris. Earlier it
        slumped as much as 15%": Milan)."""
        last = claims[-1]
        found = self.directory.by_symbol(last.ticker) if last.ticker else None
        first_line = discourse.first_lines.get(found[0].id) if found else None
        if first_line is None or first_line == last.ticker:
            return last
        return next((c for c in reversed(claims) if c.ticker == first_line and c.entity == last.entity), last)

    def _named_together(self, claim: Claim, subject: Subject, text: str, mentions: list[MentionRef], discourse: Discourse) -> list[Claim]:
        """'Sensex, Nifty crash nearly 6%': one figure for a list of names on one market, a claim for each, in order."""
        if subject.kind not in {"company", "index"} or subject.company is None or claim.mic is None:
            return []
        named = next((m for m in mentions if m.company is subject.company and m.start == subject.start), None)
        if named is not None and _RELATIVE_AFTER_NAME.match(text, named.end):
            return []  # "a tie-up between Banco BPM and Monte dei Paschi, whose shares gained 2.6%": the last name's alone
        at = next((m for m in mentions if m.company is subject.company and m.start == subject.start), None)
        together: list[Claim] = []
        while at is not None:
            before = next((m for m in mentions if m.end <= at.start and _LIST_JOIN.fullmatch(text[m.end : at.start])), None)
            if before is None or before.is_source or getattr(before.company, "is_index", False) != (subject.kind == "index"):
                break
            kind = "index" if getattr(before.company, "is_index", False) else "company"
            listing = self._listing(Subject(kind, before.company, before.surface, None, before.start), discourse)
            if listing is None or listing.mic != claim.mic:
                break
            together.insert(0, dataclasses.replace(
                claim, entity=discourse.first_name(before.company, before.surface), ticker=listing.symbol, exchange=listing.exchange,
            ))
            at = before
        # "Shell, BP gain more than 5%": a name listed after the subject, before the move, shares it too
        at = next((m for m in mentions if m.company is subject.company and m.start == subject.start), None)
        while at is not None:
            after = next((m for m in mentions if m.start >= at.end and _LIST_JOIN.fullmatch(text[at.end : m.start])), None)
            if after is None or after.is_source or getattr(after.company, "is_index", False) != (subject.kind == "index"):
                break
            if not re.match(r"\s+(?:[a-z]+\s+){1,4}(?:[+-]|(?i:" + _HEDGE_WORDS + r")\s+)?\d", text[after.end : after.end + 50]):
                break
            kind = "index" if getattr(after.company, "is_index", False) else "company"
            listing = self._listing(Subject(kind, after.company, after.surface, None, after.start), discourse)
            if listing is None or listing.mic != claim.mic:
                break
            together.append(dataclasses.replace(
                claim, entity=discourse.first_name(after.company, after.surface), ticker=listing.symbol, exchange=listing.exchange,
            ))
            at = after
        return together

    def _same_subject(self, previous: Claim, figure: Figure, predicate: Predicate, sentence: Sentence, text: str,
                      calendar: TradingCalendar, clock: timing.Clock, context: FigureContext,
                      carried: SentenceCues) -> Claim:
        """A new move of the listing an earlier claim was about, timed by its own words."""
        window = _without_relative_asides(context.lead) + " " + text[figure.start : predicate.end] + " " + context.tail
        if carried.debut is None and carried.debuts and previous.ticker:
            # "It opened at $52.56 and climbed as much as 80% from the offer price", on the debut day: that session's move
            found = self.directory.by_symbol(previous.ticker)
            carried.debut = carried.debuts.get(found[0].id) if found else None
        claim_timing = self._timing(context, predicate, calendar, clock, carried, window)
        level = level_after(text, predicate.end)
        return Claim(
            entity=previous.entity, ticker=previous.ticker, exchange=previous.exchange,
            direction=predicate.direction, magnitude=figure.magnitude, unit=figure.unit, kind=claim_timing.kind,
            date=claim_timing.date, hedge=predicate.hedge,
            span=(sentence.start + figure.start, sentence.start + figure.end), text=text,
            level=level[0] if level else None, start_date=claim_timing.start_date, sessions=claim_timing.sessions,
            currency=figure.currency or previous.currency, mic=previous.mic,
        )

    def _timing(
        self,
        context: FigureContext,
        predicate: Predicate,
        calendar: TradingCalendar,
        clock: timing.Clock,
        carried: "SentenceCues",
        window: str,
        another_subject: bool = False,
    ) -> timing.Timing:
        """Kind and dates of one figure's move; updates `carried` for the figures after it in the sentence."""
        latest_year = clock.published.year if clock.published else None
        # "more than tripled, jumping 239% in 2023": the sentence's first figure, told by a participle of its main verb
        main_move_as_participle = carried.last_day is None and carried.last_span is None and bool(
            _PARTICIPLE_OF_THE_MAIN_VERB.search(context.lead)
        )
        lead = _without_relative_asides(context.lead)
        last_clause = re.split(r",|;|\bwhile\b|\bbut\b", lead)[-1]
        own_span = (
            timing.find_span_cue(context.column_span, "", latest_year) if context.column_span else None
        ) or timing.find_span_cue(_before_a_news_clause(context.mark + context.tail), lead, latest_year)
        if own_span is None and not (predicate.rule == "figure_then_noun" and _POSSESSIVE_DAY_AT_END.search(lead)):
            # ("almost all of it from Wednesday's 2.9% slide": the day owns the slide, no span from that day's close)
            # ("Japanese stocks ended the week lower: the Topix fell 0.3% on Friday": a move that names its own day
            # leaves the week to the clause before the colon)
            clause = last_clause.rsplit(": ", 1)[-1] if ": " in last_clause and timing.find_day_cue(context.mark + context.tail) else last_clause
            own_span = _span_before_figure(clause[-60:], lead, latest_year) or timing.span_of_counted_days(lead)
        if own_span is None and _RESTATING_NOUN_BEFORE.search(context.lead, max(0, len(context.lead) - 30)):
            # an exchange's query: "rose from a closing price of S$0.068 on 3 June 2024 to S$0.100 on 5 June 2024, an
            # increase of 47%": the span between the two prices' days (told in a relative clause, often: "which noted ...")
            ranged = timing.find_span_cue(context.lead[-320:], "", latest_year)
            own_span = ranged if ranged is not None and ranged.kind in {"date_range", "since_date"} else None
        if own_span is None and _FROM_THAT_PRICE.match(context.mark + context.tail) and carried.named_before is not None and (
            _AN_OFFER_PRICE.search(carried.named_before.previous_sentence())
        ):
            own_span = timing.SpanCue("since_offer")  # "... against an IPO price of $34. ... the shares are up about 35% from that price"
        if own_span is None and _OVER_THAT_STRETCH.match(context.mark + context.tail):
            # "The index has fallen for three straight sessions, dropping 2% over that stretch": the span named before
            own_span = timing.find_span_cue(lead, "", latest_year)
        # "37.9% above yesterday's close" is today's move: a day inside the move's own words is its reference
        # ("a 10.2% overnight jump": a day word between the figure and its noun is the move's own)
        mark_start = 0 if predicate.rule == "figure_then_noun" else len(context.mark)
        tail_day = timing.find_day_cue(context.mark + context.tail, start=mark_start) or context.borrowed_day
        if tail_day is not None and own_span is not None and own_span.kind == "since_date" and _SINCE_A_DATED_WEEKDAY.search(context.tail):
            tail_day = None  # "since the close on Monday, 9 September 2024": the span's start, not the day it ends on
        # "Counting Thursday's and Friday's declines, it has lost 12% over three sessions": days named
        # before a span are not its end
        if carried.intro_end and context.figure.start == len(context.lead):
            # the opening phrase's day is the sentence's, decided once ("In a week shortened by Thursday's closure")
            lead = _without_relative_asides(context.lead[carried.intro_end :])
        # ("little changed after Wednesday's rout: the S&P 500 ended down 0.09%": the day of the event before, not the move's)
        # ("lower ahead of Tuesday's election and the Fed's decision on Thursday, with the S&P 500 down 0.2%": days of
        # events to come)
        # ("Over the past four sessions, including Wednesday, it has lost 23%": a day inside the span, not the move's own)
        day_window = _AFTER_A_DAYS_EVENT.sub("after the", _last_conjunct(_AHEAD_OF_EVENTS.sub(" ", _A_DAY_INCLUDED.sub(" ", lead))))
        day_cue = tail_day or (None if own_span else timing.find_day_cue(day_window, prefer="nearest_end"))
        if day_cue is None and own_span is None and (opening_day := _ON_A_WEEKDAY_OPENING.match(lead)) is not None:
            # "On Thursday the stock opened at $47 and closed 48% higher": the day the sentence opened on, no comma after it
            day_cue = timing.find_day_cue(opening_day.group(0))
        # ("+32% today on top of Monday's 78% surge": the day that owns the move noun, whatever the clause said before)
        if predicate.rule == "figure_then_noun" and own_span is None and context.owner_day:
            day_cue = timing.find_day_cue(context.owner_day, span_starts=True)  # "from Wednesday's 2.9% slide": that day's
        if day_cue is None and own_span is None and carried.debut not in (None, _DEBUT_TODAY) and _IN_ITS_DEBUT.match(context.mark + context.tail):
            day_cue = carried.debut  # "The stock jumped 72% in its debut": the session the article says it first traded
        # (an offer-price gain too: "Tata Capital's debut on Monday, when the stock ended 1.2% above its issue price")
        when = (_WHEN_AFTER_A_DAY.search(lead, max(0, len(lead) - 120))
                if day_cue is None and (not own_span or own_span.kind == "since_offer") else None)
        if when is not None:
            day_cue = timing.find_day_cue(when.group("day"))  # "from Tuesday's election-day rout, when it crashed 4,389 points"
        # "a day after a debut in which the stock soared 168% from its $31 IPO price": the debut session's move, whose
        # base is the offer price
        debut_move = own_span is not None and own_span.kind == "since_offer" and bool(_DEBUT_IN_WHICH.search(lead))
        a_day_after = _A_DAY_AFTER.search(lead, max(0, len(lead) - 90)) if day_cue is None and (not own_span or debut_move) else None
        if a_day_after is not None and debut_move:
            own_span = None
        if a_day_after is not None:
            day_cue = timing.DayCue("previous")  # "closed up 9.25%, a day after it fell 5.8%": the session before
            # ("was halted before the open, a day after the stock plunged 60%": the halt's session words are not the move's)
            window = window[max(0, window.rfind(a_day_after.group(0))) :]
        relative_clause = bool(re.search(r",\s*(?:which|who|whose)\b", context.lead))
        own_day = day_cue
        # "A day earlier, Microsoft fell 6% and Meta Platforms slid 4.1%": an opening day dates every move after it
        relative_day = carried.day is not None and carried.day.kind in ("previous", "previous_session") and carried.day != carried.intro_day
        # "managed a 0.4% gain on Friday but dropped 2.6% over the week, while the Dow shed 2.1%": the span said
        # after the day is the one the next move shares
        span_after_day = carried.span_said_last and carried.span is not None
        # "US indices closed higher overnight (...), and the Nikkei is +0.6% going into the Tokyo close": another subject's
        # move told in the present is where it stands now, not on the day the clause before named
        present_aside = another_subject and bool(_PRESENT_TENSE_BEFORE.search(lead, max(0, len(lead) - 30)))
        # "giving back part of Wednesday's 9.5% surge, and the Dow was off 1,360 points": a possessive day is its own
        # move's, not another subject's after it
        present_aside = present_aside or (another_subject and carried.day is not None and carried.day.possessive and carried.day != carried.intro_day)
        # "was down 1.9% by 10:15 a.m., after falling 1.4% on Thursday, and the Hang Seng Tech Index lost 2.6%": a day an
        # aside of the subject before named is not another subject's
        present_aside = present_aside or (another_subject and carried.day_of_aside)
        # "Including Friday's 5.8% drop, it has lost 18%": the total runs to now, not to the day of its part
        present_aside = present_aside or (carried.fronted_total and carried.day is not None and carried.day.possessive)
        carried.fronted_total = carried.fronted_total or bool(_INCLUDING_BEFORE.search(context.lead))
        # "surged 24% on Dec. 18 ..., and have lost about 15% since then": a span since a day runs to now, not to that day
        # ("plunged 6.1% on Monday ... and ended the week down 4.3%": the week runs to its latest session, too)
        # (but "fell 2.7% on Tuesday, taking its loss this month to 9%" is a running total as of Tuesday)
        present_aside = present_aside or (
            own_span is not None and (own_span.kind.startswith("since") or own_span.kind in {"this_week", "this_month", "ytd"})
            and carried.day != carried.intro_day and not _RUNNING_TOTAL.search(context.lead)
        )
        if day_cue is None and carried.day is not None and not relative_day and not relative_clause and not span_after_day and not present_aside:
            # "slipped 6% on Tuesday and was up 0.5% before the bell"; "Thursday's 16% plunge leaves the stock down
            # 14% on the week": a possessive day dates its own move, not a span after it
            # "fell 2 percent on Monday ..., and it remains up roughly 26 percent since the start of the year": a span
            # told in the present runs to now, not to the day an earlier move named
            now = own_span is not None and carried.day != carried.intro_day and _PRESENT_STATE.search(lead[-40:])
            # "Heidelberg Materials jumped 16% on Wednesday ..., and the MDAX rose 6.3% this week": another subject's
            # span runs to the latest session, not to the day of the move before it
            # ("..., and the stock gained 2.4% in Mumbai", written while Mumbai trades: where it stands now)
            overnight_then_today = carried.day.kind == "overnight" and (
                _PART_OF_A_SESSION.search(context.mark + context.tail)
                or (clock.published is not None and not clock.date_only and calendar.state_at(clock.published) is MarketState.OPEN)
            )
            if not now and not overnight_then_today and not timing.has_premarket(window) and (
                own_span is None or carried.day == carried.intro_day or not (carried.day.possessive or another_subject)
            ):
                day_cue = carried.day
        day_cue = _same_day_as_named(day_cue, carried, context.lead)
        if day_cue is None and (when_of := _WHEN_CLAUSE_OF_A_DAY.search(context.lead[-160:])) is not None:
            # "after yesterday's post-election surge, when the S&P 500 rose 2.5%": the day the clause hangs on
            day_cue = carried.when_day = timing.find_day_cue(when_of.group("day"))
        elif day_cue is None and own_span is None and carried.when_day is not None and not re.search(r"[;:]", context.lead):
            day_cue = carried.when_day  # "... and the Russell 2000 soared 5.8%": the same clause's day
        if day_cue is None and context.day_column:
            day_cue = timing.find_day_cue(context.day_column)  # "WEEK  FRIDAY" over "DAX  +3.5%  -1.8%": Friday's move
        span_cue = own_span
        if span_cue is None and day_cue is None and carried.last_span is not None and (
            context.compared or _SAME_PERIOD.search(context.mark + context.tail)
        ):
            span_cue = carried.last_span  # "falling about 7 per cent so far in 2024 against a 12 per cent rise in the Nifty"
        # ("down about 15% this year, and it slipped a further 1.2% in after-hours trading": late trade is no part of the span)
        if span_cue is None and day_cue is None and not timing.has_premarket(context.mark + context.tail) and not timing.has_after_hours(
            context.mark + context.tail
        ):
            # "finished the week down 2%, the Nasdaq slipped 1.8%" (but "Up 7.6% over two sessions; +1.9% pre-open"); a
            # relative clause takes only the sentence's opening span: "In 2024, ... Vistra, which rose 258%"
            # (not into a column of one session's moves: "WEEK  FRIDAY" over "DAX  +3.5%  -1.8%")
            span_cue = None if context.day_column else carried.intro_span if relative_clause else (carried.span or carried.intro_span)
        if span_cue is None and day_cue is not None and day_cue == carried.intro_day and carried.intro_span is not None:
            span_cue = carried.intro_span  # "Over the three sessions through Monday, the Nikkei fell 20%": Monday ends the span
        # A report written before the open, in a passage about premarket trading: a bare same-day move is premarket.
        premarket_report = (
            # "Other megacaps also slipped in early dealings: Nvidia lost 1.7%", written before the open
            (carried.premarket_context or bool(_EARLY_DEALINGS.search(window))
             # "Coinbase Global was off 11%" in a story of premarket moves: where it stands now, before the open
             or (carried.premarket_story and not carried.after_a_dated_close))
            and day_cue is None
            and clock.published is not None
            and not clock.date_only
            and calendar.state_at(clock.published) is MarketState.BEFORE_OPEN
            and _in_premarket_hours(calendar, clock.published)
            and not timing.has_after_hours(window)
            and not timing.has_intraday_extreme(window)
            and not timing.has_closing(window)  # "The shares had closed 0.4% higher": the last session's close
        )
        carried.premarket_context = carried.premarket_context or premarket_report
        hint = "premarket" if timing.has_premarket(window) or premarket_report else ""
        day = timing.resolve_day(day_cue, calendar, clock, hint)
        if day_cue is not None and day_cue.kind == "previous" and day_cue != carried.intro_day and carried.last_day is not None:
            # "fell 4% before the bell on Thursday, a day after the stock plunged 33%": the session before the
            # one the sentence's earlier move was on
            day = calendar.previous_session(carried.last_day)
        carried.last_day = day if not relative_clause else carried.last_day
        if own_span is not None or own_day is not None:
            carried.span_said_last = own_span is not None
        if span_cue is not None and span_cue.kind == "since_offer" and carried.debut is not None and day is not None and (
            timing.resolve_day(carried.debut, calendar, clock) == day
        ):
            span_cue = None  # "closed 16.4% above their offer price in their debut on Tuesday": the first session's move
        if span_cue is not None and span_cue.reference and day is not None:
            measured = timing.resolve_span(span_cue, day, calendar, clock)
            if measured.start_date is not None and measured.start_date >= calendar.previous_session(measured.date or day):
                span_cue = None  # "up 22.7% from Friday's close", said on Monday: the day's move, from the close before it
        if not relative_clause:  # "Baidu, whose US-listed shares slid 2.2% overnight, was down 1.3%": the aside's day is its own
            carried.day = day_cue if day_cue is not None else carried.day
            if day_cue is not None:
                carried.day_of_aside = bool(_ASIDE_PARTICIPLE.search(lead[-40:]) or _ASIDE_OF_A_MOVE_NOUN.search(lead[-40:]))
        if span_cue is not None:
            carried.last_span = span_cue
            # "more than tripled, jumping 239% in 2023, while Meta climbed 194%": a participle that carries the
            # sentence's first move is its main move, and its span the sentence's
            # (nor is a relative clause's: "Eoptolink, which has surged more than 35 percent over the past five sessions,
            # rose 5.2 percent")
            if predicate.rule != "gapped_figure" and (main_move_as_participle or not _span_of_a_participle_clause(context.lead, own_span)) and not (
                own_span is not None and _OPEN_RELATIVE_CLAUSE.search(context.lead)
            ):
                carried.span = span_cue
            return timing.resolve_span(span_cue, day, calendar, clock)
        own_words = context.mark + context.tail
        if timing.has_after_hours(own_words) and not timing.has_premarket(own_words) and timing.has_premarket(window):
            # "Capri is indicated sharply lower before the bell, after a 46% slide in extended trading on Thursday": the
            # move's own words name its session
            window = window[window.rfind(lead) + len(lead) :] if lead and lead in window else own_words
        kind = timing.day_move_kind(day, calendar, clock, window, predicate.direction, predicate.hedge)
        if premarket_report and kind is ClaimKind.CLOSE_CHANGE:
            kind = ClaimKind.PREMARKET
        if (
            kind is ClaimKind.CLOSE_CHANGE and clock.published is not None and (
                # ("The results were published after the close. FEMSA's units ended 0.8% higher ..., while its ADSs rose
                # 0.6%": a move joined to a close is of that session too)
                (carried.after_hours_context and day_cue is None and not carried.closing_said)
                # ("Applied Materials fell 8% late Thursday" in a story of late trading written that Thursday evening)
                or (carried.late_story and _LATE_ON_A_DAY.search(context.mark + context.tail) is not None
                    and day == calendar.local_date(clock.published))
            )
            and not clock.date_only and (
                calendar.state_at(clock.published) is MarketState.AFTER_CLOSE
                # a morning note's "After the bell, Meta rose 4.2% ... IBM jumped 8%": the last session's late trade
                or (day is not None and day == calendar.last_completed_session(clock.published))
            )
            and not timing.has_closing(window) and not timing.has_intraday_extreme(window) and not _REGULAR_HOURS_EXTREME.search(window)
            # ("a rough regular session in which the S&P 500 fell 1.4% and the Nasdaq Composite dropped 2.3%")
            and not carried.regular_session
        ):
            kind = ClaimKind.AFTER_HOURS  # "Other chip names moved in sympathy after the bell. AMD added 1.2%."
        carried.regular_session = carried.regular_session or bool(_REGULAR_HOURS_EXTREME.search(window))
        carried.closing_said = carried.closing_said or timing.has_closing(window)
        if (
            kind in (ClaimKind.INTRADAY_HIGH, ClaimKind.INTRADAY_LOW, ClaimKind.CLOSE_CHANGE) and carried.after_hours_move
            and own_day is None and not timing.has_closing(window) and not _REGULAR_HOURS_EXTREME.search(window)
        ):
            # "fell 6.9% in extended trading after having been down as much as 8%"; "slipped after hours, with
            # Broadcom down 1.9% and AMD off 1.4%": the sentence's later moves are of the late session too
            kind = ClaimKind.AFTER_HOURS
        carried.after_hours_move = carried.after_hours_move or kind is ClaimKind.AFTER_HOURS
        if (
            kind is ClaimKind.CLOSE_CHANGE and carried.entry_time is not None and own_day is None and clock.published is not None
            and not clock.date_only and day == calendar.local_date(clock.published)
            and calendar.state_at(carried.entry_time) is MarketState.OPEN and calendar.state_at(clock.published) is MarketState.AFTER_CLOSE
            and not timing.has_closing(window)
        ):
            # a blog read after the close: "11.40 GMT  GSK shares are up 2.4%" was stated earlier in the session
            kind = ClaimKind.INTRADAY_HIGH if predicate.direction is Direction.UP else ClaimKind.INTRADAY_LOW
        if (
            kind is ClaimKind.CLOSE_CHANGE and carried.premarket_day is not None and own_day is None and own_span is None
            and not timing.has_closing(window)
        ):
            # "Microsoft fell 4.8% in premarket trading on Thursday ..., while Meta Platforms rose 3.2%": the same
            # session's premarket, not last Thursday's close
            kind, day = ClaimKind.PREMARKET, carried.premarket_day
        if kind is ClaimKind.PREMARKET and carried.premarket_day is None:
            carried.premarket_day = day
        if kind is ClaimKind.AFTER_HOURS and day_cue is None and clock.published is not None:
            day = calendar.last_completed_session(clock.published) if calendar.state_at(clock.published).value != "after_close" else calendar.local_date(clock.published)
        return timing.Timing(kind, day)

    def _on_named_venue(self, previous: Claim, tail: str, opening_venue: str | None = None) -> Claim:
        """'ASML's U.S.-listed shares slumped 12.7%, following a 10.5% fall in Amsterdam': the same company's
        line on the market the figure's own words name (or the sentence's opening phrase: "On the BSE, it settled at
        Rs 1,819.60, down 7.2 per cent"), when it has one there."""
        venue = _venue_after(tail) or opening_venue
        found = self.directory.by_symbol(previous.ticker) if venue and previous.ticker else None
        if found is None:
            return previous
        line = self.directory.pick_listing(found[0], venue, named=True)
        if line is None or line.symbol == previous.ticker:
            return previous
        return dataclasses.replace(previous, ticker=line.symbol, exchange=line.exchange, mic=line.mic, currency=line.currency)

    @staticmethod
    def _restated(previous: Claim, figure: Figure, predicate: Predicate, sentence: Sentence, text: str) -> Claim:
        """'fell 30 points, or 0.6%': the same move, the same subject and day, in another unit."""
        level = level_after(text, predicate.end)
        unit = figure.unit
        return Claim(
            entity=previous.entity,
            ticker=previous.ticker,
            exchange=previous.exchange,
            direction=previous.direction,
            magnitude=figure.magnitude,
            unit=unit,
            kind=previous.kind,
            date=previous.date,
            # "tanked as much as 6,234.35 points, or 8.15 per cent": an extreme's hedge holds for both figures of the move
            # (an "about" is the first figure's own: "down about 600 points right now, or 1.5 percent")
            hedge=predicate.hedge or (previous.hedge if previous.hedge in {"as much as", "up to"} else None),
            span=(sentence.start + figure.start, sentence.start + figure.end),
            text=text,
            level=level[0] if level else previous.level,
            start_date=previous.start_date,
            sessions=previous.sessions,
            currency=figure.currency if unit is Unit.CURRENCY else previous.currency,
            mic=previous.mic,
        )


_BARE_SYMBOL = re.compile(
    r"(?<![\w.$])(?P<symbol>[A-Z]{2,5})(?:'s)?(?::|\s)\s*(?=(?:(?:shares|stock|ADRs|"
    # (a headline in title case: "NYCB Plunges 38%")
    + "(?i:" + lx.alternation(lx.UP_VERBS | lx.DOWN_VERBS) + ")"
    + r"|was|were|is|has|had|closed|ended|up|down)\b|[+\-\u2212]\d|\([+\-\u2212]\d))"
)
_CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][\w&.'-]*\s+$")
_TECH_INDEX = re.compile(r"\btech(?:nology)?(?:[- ](?:heavy|focused|laden))?\s+(?:sub-?)?(?:index|gauge|benchmark|barometer)\b", re.IGNORECASE)
_TECH_INDEX_OF_MARKET = {"Hong Kong": "^HSTECH", "New York": "^IXIC"}
# "The small-cap index's 3.6% surge" in a New York report is the Russell 2000
_SMALL_CAP_INDEX = re.compile(r"\bsmall[- ]cap\s+(?:index|benchmark|gauge)\b", re.IGNORECASE)
# "the broad market index was up 4.7%" in a New York report is the S&P 500; "the broader index" in Tokyo the Topix
_BROAD_INDEX = re.compile(r"\bbroad(?:er)?(?:[- ]based)?(?:[- ]market)?\s+(?:index|gauge|benchmark|barometer|measure)\b", re.IGNORECASE)
# "In Shanghai, the Composite index ended up 4.59%": the composite of the market the sentence is on
_COMPOSITE_INDEX = re.compile(r"\b(?:the\s+)?(?:Composite(?:\s+[Ii]ndex)?|composite\s+index)\s*$")
# "The all share index rose 0.6%" in a Johannesburg report
_ALL_SHARE_INDEX = re.compile(r"\ball[- ]share(?:\s+index)?\b", re.IGNORECASE)
# "On the Tadawul, the benchmark index was up 0.4% at 12,130 points": the market's main index
# ("Over the holiday-shortened trading week, the main board rose 2.65 percent": Taiwan's copy for the Taiex)
_BENCHMARK_WORDS = re.compile(r"\b(?:main|key|benchmark|blue-chip)\s+(?:share\s+|stock\s+)?(?:index|gauge)\b|\bthe\s+(?:benchmark|main\s+board)\b", re.IGNORECASE)
_BENCHMARK_OF_EXCHANGE = {
    "Shanghai": "000001.SS", "Shenzhen": "399001.SZ", "Hong Kong": "^HSI", "Tokyo": "^N225", "Seoul": "^KS11",
    "Taiwan": "^TWII", "Sydney": "^AXJO", "India NSE": "^NSEI", "Bombay": "^BSESN", "Singapore": "^STI", "London": "^FTSE",
    "Xetra": "^GDAXI", "Paris": "^FCHI", "Amsterdam": "^AEX", "Milan": "FTSEMIB.MI", "Madrid": "^IBEX", "Swiss": "^SSMI",
    "Toronto": "^GSPTSE", "Sao Paulo": "^BVSP", "Mexico": "^MXX", "Johannesburg": "^J203.JO", "Saudi": "^TASI.SR",
    "Kuala Lumpur": "^KLSE", "Bangkok": "^SET.BK", "Jakarta": "^JKSE",
    "New York": "^GSPC",  # "The benchmark has now climbed 8.6% since its April 8 close", after a Nasdaq figure
}
_DESCRIBED_INDEXES = (
    (_TECH_INDEX, _TECH_INDEX_OF_MARKET),
    (_SMALL_CAP_INDEX, {"New York": "^RUT"}),
    (_BROAD_INDEX, {"New York": "^GSPC", "Tokyo": "^TOPX"}),
    (_COMPOSITE_INDEX, {"Shanghai": "000001.SS", "New York": "^IXIC", "Toronto": "^GSPTSE", "Seoul": "^KS11"}),
    (_BENCHMARK_WORDS, _BENCHMARK_OF_EXCHANGE),
    (_ALL_SHARE_INDEX, {"Johannesburg": "^J203.JO"}),
)
_OTC_ADR = re.compile(r"[A-Z]{4}[YF]")  # DBSDY, CSLLY, VWDRY: unsponsored U.S. lines of foreign companies
_YEAR_ON_YEAR = Gated(re.compile(
    r"^[^.;]{0,25}?\b(?:from|than|over|versus|vs\.?|compared (?:with|to))\s+(?:a|the|one)\s+year\s+(?:earlier|ago|before|prior)|"
    r"^[^.;]{0,25}?\b(?:year[- ]on[- ]year|year[- ]over[- ]year|y/y|yoy|from the (?:same|year-earlier|year-ago) (?:period|quarter|month))",
    re.IGNORECASE,
), "year", "y/y", "yoy", "same")
# "revenue of 777 billion yuan, up 29%", "a dividend of 2.85 kronor, up 5.6%": the growth of an amount of something
_AMOUNT_OF_SOMETHING = re.compile(
    # ("net income of $121.3 billion for 2023, down 25%")
    r"\bof\s+(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5])?\d[\d.,]*\s*(?:billion|million|trillion|bn|mn|m|b)?\s*(?:(?:for|in)\s+(?:19|20)\d\d\s*|[a-z]+\s*)?,\s*"
    r"(?:up|down|higher|lower)\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
# "It finished at its 'stop high' of 2,197.5 yen, up 400 yen": the amount is the price itself
_PRICE_BEFORE_OF = re.compile(
    r"\b(?:high|low|limit|level|peak|record|close|price|stop[- ](?:high|low))[\"'\u201d\u2019]?\s*$", re.IGNORECASE
)
# ("The two-day slide amounts to a loss of more than 42% in two sessions")
_REFERS_BACK = re.compile(
    r"\s*(?:That|This|The (?:(?:two|three|four|five|\d+)[- ](?:day|session|week)\s+)?"
    r"(?:move|gain|gains|rise|rally|advance|drop|fall|decline|jump|slide|surge|selloff|sell-off|rout|plunge|losses|loss|rebound))\b")


_YEAR_REVIEW = re.compile(
    r"\b(?:fared|performed|scorecard|review|(?:the|a)\s+year|annual)\b[^.]{0,60}?\b(?P<year>20\d\d)\b|"
    r"\b(?P<year2>20\d\d)\b[^.]{0,30}?\b(?:scorecard|in\s+review|performance|fared)\b",
    re.IGNORECASE,
)
_A_YEAR = Gated(re.compile(r"\b20\d\d\b"), "20")
# a bullet, a number, a table row; a name and its move after a colon ("KeyCorp: up 12.6%" under a list's heading)
# ("Texas Roadhouse: -7.4%." under "MOVERS OF THE WEEK": a signed figure after the colon)
_LIST_ITEM = re.compile(r"\s*(?:[-\u2022*\u2013]|\d{1,2}[.)])\s|\s*\||[A-Z][^:\n]{1,40}:\s+(?:up\s+|down\s+|[+\-\u2212])\d")
_NAMES_ITS_OWN_TIME = re.compile(
    r"\b(?:day|session|today|yesterday|tonight|week|month|quarter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)


# "Affirm Holdings: up 29.2%, helped by its results on Thursday", "Wells Fargo: up 16.1%; it jumped 13.1% on Wednesday":
# a reason or a second clause after the item's move names the day of something else
_ITEM_CLAUSE_END = re.compile(
    r";|,\s+(?:helped|hurt|boosted|lifted|dragged|weighed|driven|pressured|after|following|thanks|amid|on\s+the\s+back)\b",
    re.IGNORECASE,
)


def _own_clause_end(item: str) -> int:
    end = _ITEM_CLAUSE_END.search(item)
    return len(item) if end is None else end.start()


def _year_under_review(sentence: str, clock: timing.Clock) -> timing.SpanCue | None:
    """'Here is how the main markets fared in 2024:', 'The 2024 scorecard': the year the list after it reviews,
    when it is the publication's year or, early in January, the one just ended."""
    if clock.published is None or not _A_YEAR.search(sentence):
        return None  # most sentences name no year: the cheap test first
    match = _YEAR_REVIEW.search(sentence)
    if not match:
        return None
    year = int(match.group("year") or match.group("year2"))
    published = clock.published.date()
    if year != published.year and not (year == published.year - 1 and published.month == 1 and published.day <= 15):
        return None
    return timing.SpanCue("ytd", None, (1, 1, year))


def _month_under_review(sentence: str) -> timing.SpanCue | None:
    """'MONTHLY SCORECARD | October 2024', 'WORST LARGE CAPS IN OCTOBER': a heading naming the month its list reviews."""
    if "%" in sentence:
        return None
    if _FOR_THE_MONTH_HEADING.fullmatch(sentence):
        return timing.SpanCue("this_month")  # "Standouts in the S&P 500 for the month", over its list
    if not (_MONTHLY_REVIEW.search(sentence) or _HEADING_WORDS.fullmatch(sentence)):
        return None
    month = _MONTH_REVIEWED.search(sentence)
    if month is None:
        return None
    return timing.SpanCue("month_name", None, (lx.MONTHS[(month.group("month") or month.group("month2")).lower()], 1, None))


_MONTHLY_REVIEW = re.compile(r"\b(?:monthly|month's|scorecard)\b", re.IGNORECASE)
_FOR_THE_MONTH_HEADING = re.compile(r"[^.:;\n]{0,60}\b(?:for|of)\s+the\s+month\s*:?\s*")
_HEADING_WORDS = re.compile(r"[\sA-Z0-9&'\u2019:|,()-]{6,80}")  # a line in capitals: "WORST LARGE CAPS IN OCTOBER"
_MONTH_REVIEWED = re.compile(
    r"\b(?:in|for|of|during)\s+(?P<month>" + lx.alternation({m for m in lx.MONTHS if len(m) > 3}) + r")\b(?!\s+\d)|"
    r"(?P<month2>" + lx.alternation({m for m in lx.MONTHS if len(m) > 3}) + r")\s+20\d\d\b",
    re.IGNORECASE,
)


def _week_under_review(sentence: str) -> timing.SpanCue | None:
    """'BEST AND WORST OF THE WEEK (S&P 500 and selected large caps)': a heading in capitals naming the week its list
    reviews."""
    heading = re.sub(r"\([^()]*\)", " ", sentence).strip()
    if "%" in sentence or not _HEADING_WORDS.fullmatch(heading) or not _THE_WEEK_IN_CAPITALS.search(heading):
        return None
    return timing.SpanCue("this_week")


_THE_WEEK_IN_CAPITALS = re.compile(r"\b(?:OF|FOR|ON)\s+THE\s+WEEK\b|\bWEEKLY\b|\bTHIS\s+WEEK\b")


def _in_a_list_item(text: str, sentence: Sentence) -> bool:
    """Whether the sentence stands in a bulleted or numbered line ("- Hong Kong: The Hang Seng rose 17.7%.")."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    return bool(_LIST_ITEM.match(text, line_start))


def _span_of_a_participle_clause(lead: str, own_span: timing.SpanCue | None) -> bool:
    """'fell 2.7%, extending its decline this month to 9.4%, while PTT slipped 0.9%': the month is the span of
    the participle's running total only; the next clause's move is the day's."""
    # ("Having lost 30% since March, Intel shares rallied 4%": a fronted clause's span is its own too)
    return own_span is not None and bool(_PARTICIPLE_AFTER_COMMA.search(lead) or _FRONTED_PARTICIPLE_LEAD.search(lead))


def _respective_subjects(text: str, contexts: list[FigureContext], mentions: list[MentionRef], discourse: Discourse) -> dict[int, Subject]:
    """'Coinbase and MicroStrategy gained 3.1% and 7%, respectively': figure start -> the name listed in its place."""
    found: dict[int, Subject] = {}
    for index, head in enumerate(contexts):
        if head.predicate.rule == "respective_figure":
            continue
        group = [head]
        for following in contexts[index + 1 :]:
            if following.predicate.rule != "respective_figure":
                break
            group.append(following)
        if len(group) < 2:
            continue
        subjects = respective_subjects(text, head.predicate.start, len(group), mentions, discourse)
        if subjects:
            found.update({context.figure.start: subject for context, subject in zip(group, subjects)})
    return found


# "After falling 5% last week, ", "The bigger opportunity is elsewhere: even after jumping 12% in December, "
_FRONTED_PARTICIPLE = re.compile(r"(?:^|[:;\u2014]\s*)(?:(?:even|just)\s+)?(?:[Aa]fter|[Dd]espite|[Ss]ince|[Ww]hile)?\s*$")
_FRONTED_PARTICIPLE_LEAD = re.compile(
    r"(?:^|[:;\u2014]\s*)(?:(?:even|just)\s+)?(?:(?:[Aa]fter|[Dd]espite|[Ss]ince|[Ww]hile)\s+[a-z]+ing|[Hh]aving\s+[a-z]+)\s+(?:[a-z]+\s+){0,3}$"
)
_HAVING_BEFORE = re.compile(r"\b[Hh]aving\s+$")
_INCLUDING_BEFORE = re.compile(r"(?:^|[:;]\s*)(?:Including|Counting|Excluding|After|Following|Even\s+after|Together\s+with|Along\s+with|Combined\s+with|Added\s+to)\s+(?:(?:its|their|the|\w+(?:'s|\u2019s))\s+)?(?:[a-z-]+\s+)?$")
_MAIN_SUBJECT_AFTER = re.compile(
    r",\s*(?P<anaphor>(?:the\s+(?:[A-Z][\w-]*\s+)?(?:stock|shares|company|index|benchmark|gauge)|its\s+shares|it)\b)?"
)


def _fronted_clause_subject_end(text: str, predicate: Predicate, mentions: list[MentionRef]) -> int | None:
    """Where the subject of the main clause after a fronted participle ends: the name or anaphor right after the
    clause's comma. None when the move is no fronted participle's."""
    having = _HAVING_BEFORE.search(text, 0, predicate.start)  # "Having lost 30% since March, Intel shares rallied 4%"
    # "Including Friday's 0.6% advance, the German benchmark is up 13%"
    including = _INCLUDING_BEFORE.search(text, 0, predicate.start) if predicate.rule == "figure_then_noun" else None
    if including is None and (
        not (predicate.verb.endswith("ing") or having) or not _FRONTED_PARTICIPLE.search(text, 0, having.start() if having else predicate.start)
    ):
        return None
    comma = text.find(",", predicate.end)
    if comma < 0 or comma - predicate.end > 60:
        return None
    after = _MAIN_SUBJECT_AFTER.match(text, comma)
    if after is None:
        return None
    if after.group("anaphor"):
        return after.end()
    named = next((m for m in mentions if m.start >= comma), None)
    if named is None or not re.fullmatch(r",\s*(?:the\s+)?", text[comma : named.start]):
        return None
    return named.end


def _participle_before(text: str, subject_at: int, mentions: list[MentionRef]) -> re.Match | None:
    """', taking its decline for the week to 16%', 'before paring the loss to 1.5%', ', climbing nearly 70%':
    a participle with no subject of its own right before a move; None when a name stands between the
    participle and the move ("pushing the Nasdaq up 1%": the Nasdaq moved)."""
    participle = None
    for match in _PARTICIPLE_AFTER_COMMA.finditer(text, max(0, subject_at - 45), subject_at + 15):
        if match.start() < subject_at:
            participle = match
    if participle is None:
        return None
    if any(participle.end() <= m.start and m.end <= subject_at + 15 for m in mentions):
        return None
    return participle


def _clause_subject_before(participle: re.Match | None, previous: Claim | None, sentence: Sentence,
                           mentions: list[MentionRef]) -> MentionRef | None:
    """The first name of the clause between the last claim and a participle: the participle's subject."""
    if participle is None or previous is None:
        return None
    after_previous = previous.span[1] - sentence.start
    text = sentence.text
    named = [
        m for m in mentions
        if after_previous <= m.start and m.end <= participle.start() and not m.is_source
        and _CLAUSE_START_BEFORE.search(text[max(0, m.start - 40) : m.start])
    ]
    return named[0] if named else None


# ("..., with Ferrari one of the few gainers, edging up 0.5%": "with" opens an absolute clause, its name the subject)
# ("..., while explosives maker Orica bucked the slide, gaining 1.4 per cent": a description may stand before the name)
_CLAUSE_START_BEFORE = re.compile(r"(?:[,;]|\band|\bwhile|\bbut|\bwhereas|,\s*with)\s+(?:the\s+)?(?:(?!(?:among|of|in|on|at|for|with|from|to|by|than|against|over|after|before)\b)(?-i:[a-z])[\w-]*\s+){0,3}$",
                                  re.IGNORECASE)


_PARING = re.compile(r"\b(?:par|trimm|eras|revers)ing\b", re.IGNORECASE)


def _same_session_as(previous: Claim, claim: Claim, participle: str) -> Claim:
    """'fell as much as 5% in extended trading, before paring the loss to about 1.5%': paring a move
    keeps it in the session it happened in."""
    if _PARING.search(participle) and previous.kind in {ClaimKind.AFTER_HOURS, ClaimKind.PREMARKET} and claim.kind in {
        ClaimKind.CLOSE_CHANGE, ClaimKind.INTRADAY_CURRENT
    }:
        return dataclasses.replace(claim, kind=previous.kind, date=previous.date)
    return claim


# "Jeju Air, the budget carrier whose Boeing 737-800 crashed on Sunday, killing 179 people, fell 8.7%": an aside
# about the company, a relative clause after a short noun phrase included
# (at the start too, where an opening phrase was cut off: "In Hong Kong, | which stays open on Tuesday, the Hang Seng ...")
_RELATIVE_ASIDE = re.compile(r"(?:,|^)\s*(?:(?:the|a|an)\s+(?:[\w-]+\s+){1,3}?)?(?:which|who|whose)\b[^,;]{0,120},")


def _without_relative_asides(lead: str) -> str:
    """'Nvidia, which reports after the close, was down 0.9%'; 'H&M, which reports on March 27, shed 1.4%':
    the day or session named in an aside about the company dates its news, not the move after the aside."""
    return _RELATIVE_ASIDE.sub(",", lead)


# "Thursday brought relief.", "Wednesday was the rout.": a short sentence that makes a day the scene of what follows
_OPENS_ON_A_WEEKDAY = re.compile(r"\s*(?:[A-Z][A-Z.' ]{1,25}\d?:\s+)?(?P<day>On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday))\b(?!'s|\u2019s)")
# "Stocks snapped a five-day winning streak on Tuesday.": a paragraph opened on the market's day, no figure in it
# ("Indian equities suffered their worst session in two months on Thursday as escalating tension ... lifted crude prices.")
_MARKET_ON_A_DAY = re.compile(
    r"\s*(?:U\.S\.\s+|[A-Z][a-z]+\s+|Wall\s+Street\s+)?(?:[Ss]tocks|[Ss]hares|[Ee]quities|[Mm]arkets|Wall\s+Street)\s+"
    r"(?:snapped|ended|closed|finished|fell|rose|slipped|rallied|tumbled|climbed|retreated|extended|notched|posted|suffered|had|logged)\b"
    r"[^\d%,;.]{0,60}\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b[^\d%]{0,150}\.\s*")
_HAD_A_DAY = re.compile(r"\b(?:had|endured|suffered|enjoyed)\s+an?\s+(?:[\w-]+\s+){0,2}(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday)\s*[.!]?\s*$")
# a thread's or a note's item opened on its day: "1/ Tuesday: short-seller Gotham ...", "- Wednesday: partial rebound."
_DAY_LABEL_OPENING = re.compile(r"\s*(?:\d{1,2}/\s*|[-\u2022*]\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday)\s*:\s")
_SCENE_DAY = re.compile(
    # (a transcript's speaker may say it: "BEN: Monday was wild.", "HOST 2: Tuesday's debut was a big one.")
    r"\s*(?:[A-Z][A-Z0-9.' ]{1,25}:\s+)?(?:Then\s+came\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday)"
    r"(?:(?:'s|\u2019s)\s+(?:debut|session|trading|trade|open|opening|reaction|rally|sell-?off|slide|rout))?"
    r"\s+(?:brought|was|saw|delivered|proved|turned)\b[^\d%,;]{0,50}$"
)


# "losses from its record 39% plunge": a word right before the figure that describes the move, no span's start
_DESCRIBES_THE_FIGURE = re.compile(r"\b(?:record|high|low|peak)\s*$", re.IGNORECASE)


def _span_before_figure(clause: str, lead: str, latest_year: int | None) -> timing.SpanCue | None:
    # ("after last week's China rally faded: LVMH is down 2.9%": the week of an event, not of the move)
    # (but "after last week's loss of 3%": the period owns the very move the figure measures)
    owned = _PERIOD_OWNS_THE_FIGURE.search(clause)
    span = timing.find_span_cue(clause if owned else _POSSESSIVE_PERIOD.sub(" ", clause), lead, latest_year)
    if span is not None and span.kind == "since_event" and (_DESCRIBES_THE_FIGURE.search(clause) or _SINCE_THE_OPEN.search(lead)):
        # ("opened its first session ... at EUR26.00, but the shares have since slipped and are now 2.8% lower": since
        # the open, the day's move)
        return None
    return span


_PERIOD_OWNS_THE_FIGURE = re.compile(
    r"\b(?:last|this|past|previous)\s+(?:week|month|year)(?:'s|\u2019s)\s+(?:[a-z-]+\s+)?(?:gain|loss|drop|decline|rise|fall|slide|rally|"
    r"advance|slump|jump|surge|selloff|sell-off|rout)s?\s+(?:of\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|roughly\s+|over\s+)?$",
    re.IGNORECASE,
)
_SINCE_THE_OPEN = re.compile(
    r"^(?!.*\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|yesterday|week|month|year)\b).*\b(?:opened|opening|the\s+open)\b[^;]*\bsince\s+[a-z]+ed\b",
    re.IGNORECASE | re.DOTALL,
)


# "Returning from a two-day holiday on Monday, Taiwan's market faced the full force of the tariffs.": a paragraph
# that opens on a day, with no figure and nothing still to come, tells of that day
_SCENE_INTRO = re.compile(r"\s*[^,;%]{0,90}?\b(?P<day>on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)),")
_STILL_TO_COME = re.compile(r"\b(?:will|would|is set to|are set to|plans? to|is expected to|are expected to|is due to)\b")


_DEBUT = Gated(re.compile(
    # "Kioxia opened at 1,440 yen, a touch under its 1,455 yen offer price": a first trade against the offer is a debut
    r"\bopen(?:ed|ing)\s+at\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}\b(?:offer|ipo|issue|listing)\s+price\b|"
    # ("ended their first session on the SIX Swiss Exchange", "tumbling on their first day in London")
    # ("ended their first day of trade", "listing at ₹1,325.05 on the National Stock Exchange", "lists at 31% premium")
    r"\b(?:lists|listing|listed)\s+at\s+(?:an?\s+)?(?:[\u20b9$\u20ac\u00a3\u00a5]|Rs\.?\s?|\d)|"
    # ("ended their first day back on the Australian Securities Exchange": a return to the market is a debut too)
    r"\b(?:debut(?:ed|s)?|first day (?:back\s+)?(?:of trading|of trade|on the|as a (?:listed|public)|in (?-i:[A-Z]))|first (?:trading )?session|first trading day|listing day|"
    r"began trading|started trading)\b|"
    # a company back on the market: "Douglas made a disappointing return to the stock market"
    r"\b(?:return(?:ed|s)?\s+to\s+the\s+(?:stock[- ]market|ASX|NYSE|Nasdaq|LSE|JSE|SGX|TSX|bourse|sharemarket|share\s+market)|stock[- ]market\s+return|re-?listing)\b|"
    # "Astera Labs, which listed on Nasdaq on Wednesday": a listing dated is a debut (undated, a listing is a fact)
    r"\blisted\s+on\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,3}?(?-i:[A-Z])[\w&-]*(?=\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b)",
    re.IGNORECASE), "debut", "first day", "first trading", "first session", "opened at", "opening at", "lists at", "listing at", "listed at", "listing day", "began trading", "started trading", "listed on",
    "market return", "to the stock", "listing", "return")


def _debut_here(sentence: str) -> timing.DayCue | None:
    """'Shares of Bajaj Housing Finance made a stock market debut on Monday, closing ... 135.7 per cent over the
    issue price': a sentence telling of a debut tells of its own company's, named or not."""
    return (timing.find_day_cue(sentence) or timing.DayCue("today")) if _DEBUT.search(sentence) else None


_A_DAY_INCLUDED = re.compile(r",?\s*\b(?:including|counting)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|today|yesterday)(?:'s\s+\w+)?\s*,?",
                             re.IGNORECASE)
_AHEAD_OF_EVENTS = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\b[^,;:]*(?=[,;:])", re.IGNORECASE)
# (an event in a clause before the move's, not the noun of the move itself: "even after Tuesday's bounce of almost 9%")
_ELLIPTIC_POSSESSIVE = re.compile(
    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:'s|\u2019s)\s+(?:(?:also|just|only)\s+)?(?:"
    + lx.alternation(lx.UP_VERBS | lx.DOWN_VERBS | {"were", "was", "are", "is", "ended", "closed", "finished"}) + r")\b"
)
_AFTER_A_DAYS_EVENT = re.compile(
    r"\b(?:after|following)\s+(?:(?:last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|yesterday)(?:'s|\u2019s)"
    r"(?=\s+[\w-]+(?:\s+[\w-]+){0,2}\s*[:;,])", re.IGNORECASE)
# "- Mitsubishi Motors, in which Nissan holds a 24% stake: rose as much as 20%; last +13%"
_ITEM_WITH_ASIDE = re.compile(r"\s*[-\u2022*\u2013]\s+(?P<name>[^,:]{2,60}),(?P<aside>[^:]{3,120}):\s*")


def _item_name_aside(text: str, mentions: list[MentionRef], predicate_start: int) -> tuple[int, int] | None:
    """Where a list item's aside is, between the name it opens on and the colon before its moves; None for no such item."""
    item = _ITEM_WITH_ASIDE.match(text)
    if item is None or predicate_start < item.end() or not mentions or mentions[0].start != item.start("name"):
        return None
    return item.start("aside"), item.end("aside")


def _debut_days(sentences: list[Sentence], mentions: list) -> dict[str, timing.DayCue]:
    """Company id -> the day the article says its shares first traded ("Shares of Tokyo Metro jumped on their debut
    on Wednesday"; "Astera Labs, which soared 72% in its own debut a day earlier"), the day reported when the
    sentence names none."""
    debuts: dict[str, timing.DayCue] = {}
    for sentence in sentences:
        debut = _DEBUT.search(sentence.text)
        if not debut:
            continue
        # the day nearest the word: "fell 6.2 per cent on Friday, handing back part of Thursday's 36 per cent debut surge"
        text = sentence.text
        near = (timing.find_day_cue(text[max(0, debut.start() - 40) : debut.start()], prefer="nearest_end")
                or (timing.find_day_cue(text[debut.end() : debut.end() + 25]) if _ON_A_DAY.match(text, debut.end()) else None))
        day_after = _A_DAY_AFTER_DEBUT.search(text)
        earlier = _DEBUT_EARLIER.match(text, debut.start())
        if near is None and earlier is not None:
            # "Tokyo Metro, which made its debut in October": before the day reported, so an offer-price gain is a span
            month = earlier.group("month")
            near = timing.DayCue("date", month_day=(lx.MONTHS[month.lower()], 1, None)) if month else timing.DayCue("previous")
        if near is not None and not any(sentence.start <= m.start < sentence.end for m in mentions):
            # "Birkenstock's Rocky Debut" over "The German sandal maker's shares fell 12.6% on Wednesday, their first day of
            # trading": the day a described company's debut was, for the debut its headline named without a day
            for company_id, day in debuts.items():
                if day is _DEBUT_TODAY:
                    debuts[company_id] = near
        for mention in mentions:
            if not sentence.start <= mention.start < sentence.end:
                continue
            # "The debut came a day after ... Astera Labs surged 72% in its own Nasdaq debut": the day before
            # ("Figma Sinks 25% a Day After Blockbuster Debut": the debut after the phrase is the day before, too)
            own = timing.DayCue("previous") if day_after and (
                mention.start - sentence.start > day_after.start() or debut.start() > day_after.start()
            ) else near
            if own is not None and debuts.get(mention.company.id) in (None, _DEBUT_TODAY):
                debuts[mention.company.id] = own  # a day named at the word beats a headline's "debut gains" that names none
            else:
                debuts.setdefault(mention.company.id, timing.find_day_cue(text) or _DEBUT_TODAY)
    return debuts


_DEBUT_TODAY = timing.DayCue("today")
_POSSESSIVE_DAY_AT_END = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|yesterday)(?:'s|\u2019s)\s+$", re.IGNORECASE)
_DEBUT_EARLIER = re.compile(
    r"(?:debut(?:ed|s)?|listed|listing)\s+(?:in\s+(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|last\s+(?:week|month|year)\b)")
_OPENING_PLACE_PHRASE = re.compile(r"\s*(?:On|In|Over\s+on)\s+(?:the\s+)?[^,;]{2,40},")
_LATE_ON_A_DAY = re.compile(r"\blate\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b", re.IGNORECASE)
_LIVE_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?[-\u2013\u2014:|]\s*")


_WHERE_ON_A_VENUE = re.compile(
    r"\b(?:on|in)\s+(?P<venue>(?:the\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4}),\s+where\s+(?:the\s+stock|the\s+shares|its\s+shares|its\s+stock|it)\s+(?:\w+\s+){0,2}$"
)
# (or another verb's, joined on before the move's: "The stock listed at ₹188 on the BSE and ₹180 on the NSE, and fell 5%
# to close at ₹171 on the NSE")
_RELATIVE_CLAUSE_BETWEEN = re.compile(r",\s*(?:which|whose|that)\s|,\s+and\s+(?:then\s+)?$")
_WHEN_A_YEAR_AGO = re.compile(
    r"\b(?:same\s+(?:period|quarter|half)(?:\s+(?:of\s+)?last\s+year|\s+a\s+year\s+(?:earlier|ago))?|a\s+year\s+(?:earlier|ago)|last\s+year)"
    r",\s+when\s+(?:it|they)\s+(?:\w+\s+){1,2}(?:by\s+)?(?:about\s+|nearly\s+|roughly\s+)?$", re.IGNORECASE)
_WHEN_CLAUSE_OF_A_DAY = re.compile(
    r"\b(?P<day>(?:yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s|\u2019s))\s+(?:[\w-]+\s+){0,4}?[\w-]+,\s+when\s+[^,;]{0,80}$",
    re.IGNORECASE,
)


# "Vanke's contracted sales fell 9.8% ... and tumbled 44%": the company opens the sentence as the owner of what moved
_OWNS_A_METRIC = re.compile(r"(?:'s|\u2019s)\s+(?:[a-z-]+\s+){0,2}(?:" + lx.alternation(lx.METRIC_WORDS) + r")\b")


def _direction_of_the_other_moves(contexts: list[FigureContext]) -> Direction | None:
    """The one direction a sentence's stated moves share, for a limit move that names none: "Ginlong was locked at
    its 20% daily limit, while Hoymiles climbed 9%", "closed 2.2% higher after opening at its 10% daily limit"."""
    directions = {c.predicate.direction for c in contexts if c.predicate.rule != "unstated_limit" and c.predicate.direction is not None}
    return directions.pop() if len(directions) == 1 else None


_LIMIT_WITH_ITS_DIRECTION = re.compile(r"\blimit[- ](?P<up>up)\b|\blimit[- ]down\b|\b(?P<upper>upper)\s+(?:limit|circuit)\b|\blower\s+(?:limit|circuit)\b", re.IGNORECASE)


def _limit_direction_named(article_text: str) -> Direction | None:
    """The one direction the article gives its limit moves ("VeriSilicon hits 20% limit-up" over "closed at its 20%
    daily limit"), when it names only one."""
    if "imit" not in article_text and "ircuit" not in article_text:
        return None
    named = {Direction.UP if (m.group("up") or m.group("upper")) else Direction.DOWN for m in _LIMIT_WITH_ITS_DIRECTION.finditer(article_text)}
    return named.pop() if len(named) == 1 else None


def _opens_after_a_stamp(sentence: str, start: int) -> bool:
    """Whether the mention at `start` opens the sentence, past a live blog's time stamp ("09:20 - After the Fed ...,
    the DAX jumped")."""
    stamp = _LIVE_STAMP.match(sentence)
    offset = stamp.end() if stamp else 0
    return start >= offset and opens_the_sentence(sentence[offset:], start - offset)
_MOVED_OBJECT = re.compile(
    r"\w+\s+(?:it|them|the\s+stock|the\s+shares|its\s+shares|their\s+shares|shares|"
    r"the\s+(?:[\w-]+\s+){0,2}?(?:" + lx.alternation(lx.COMPANY_NOUNS) + r"))\b", re.IGNORECASE)
_RESTATING_NOUN_BEFORE = re.compile(r",\s+(?:an?\s+)(?:increase|rise|gain|decrease|decline|fall|drop)\s+of\s+(?:about\s+|some\s+|approximately\s+)?$", re.IGNORECASE)
_PRICE_MOVED_FROM = re.compile(
    r"\b(?:share|stock)\s+price\s+(?:has\s+)?(?P<verb>rose|fell|increased|decreased|climbed|dropped|declined|moved|risen|fallen)\s+from\b"
    # an exchange's query: "noted the change in the price of the Company's securities from a close of $0.041"
    r"|\b(?P<verb2>change|increase|decrease|rise|fall)\s+in\s+the\s+(?:share\s+|stock\s+)?price\s+of\s+[^.;]{0,60}?\bfrom\b", re.IGNORECASE)
_FROM_THAT_PRICE = re.compile(r"\s*(?:from|above|below|over|under)\s+that\s+(?:price|level)\b", re.IGNORECASE)
_AN_OFFER_PRICE = re.compile(r"\b(?:IPO|offer|offering|issue|listing|float)\s+price\b", re.IGNORECASE)
_IN_ITS_DEBUT = re.compile(r"\s*(?:in|on)\s+(?:its|their|the\s+company's|the)\s+(?:[\w.-]+\s+){0,2}debut\b", re.IGNORECASE)
_ON_A_DAY = re.compile(r"\s+(?:on\s+|last\s+)(?:\w+\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|[A-Z][a-z]{2,8}\.?\s+\d)")
_A_DAY_AFTER_DEBUT = re.compile(r"\b(?:a|one)\s+day\s+after\b", re.IGNORECASE)


# "MUMBAI, June 8 (Reuters) - ", "TORONTO - ": a dateline before the sentence's own opening words
_DATELINE_PREFIX = re.compile(
    r"\s*[A-Z][A-Z.' ]{1,30}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^)]{1,40}\))?\s*(?:-{1,2}|\u2013|\u2014)\s+"
)


_OPENING_MOVE = re.compile(
    r"(?:After|Before|Since|Despite)\s+[a-z]+ing\s+(?:[a-z]+\s+){0,3}[\d.,]+\s*(?:%|per\s*cent|percent)"
    # "After Friday's 2.4% slide, the Nasdaq is down 15%", "Including Friday's 0.6% advance, ..."
    r"|(?:After|Following|Including|Counting|Even\s+after|Together\s+with|Along\s+with|Combined\s+with|Added\s+to)\s+(?:[\w]+(?:'s|\u2019s)\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)"
)
# a bullet, or a transcript's speaker: "- Over the past five trading days, ...", "MAYA: For the week, ..."
# "Among this year's newcomers, Timee ... slipped 1.5%": the year describes the group, not the move's span (unlike
# "Among the year's winners, Rheinmetall soared 66%")
# "After Trump said most countries would face a reduced levy for 90 days, the S&P 500 was up 7.4%": the span is
# the news's, told in a clause of its own
_REPORTED_EVENT_INTRO = re.compile(
    r"\s*(?:After|As|When|Once)\s+[^,;]{0,60}?\b(?:said|says|announced|announces|reported|unveiled|confirmed|told|"
    r"decided|agreed|ruled|declared|posted\s+on)\b"
)
_DAY_THEN_MAIN_CLAUSE = re.compile(
    r"(?:On|Late|Early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)\s+(?:the|its|shares)\b[^,;]*?\s(?:closed|ended|finished|rose|fell|was|were)\b")
_AMONG_NEW_LISTINGS = re.compile(r"Among\b[^,]*\b(?:newcomers|new\s+listings|listings|IPOs|debutants|debuts|floats)\b")


def _names_another_matters_span(intro: str) -> bool:
    """An opening phrase whose span is not the moves': "Among this year's newcomers," describes a group; "After Trump
    said ... for 90 days," is the news's."""
    return bool(_AMONG_NEW_LISTINGS.match(intro) or _REPORTED_EVENT_INTRO.match(intro))
_BULLET = re.compile(r"\s*(?:[-\u2022*\u2013]|[A-Z][A-Z.'-]{1,20}(?: [A-Z][A-Z.'-]{1,20})?:)\s+")


def _intro_of(sentence: str) -> tuple[str, int]:
    """The sentence's opening phrase ("For the week,", "Over the past three sessions") and where it ends."""
    day_label = _DAY_LABEL_OPENING.match(sentence)
    if day_label is not None:
        return day_label.group("day"), day_label.end()  # "Monday: S&P 500 -3.0%, its worst day since 2022"
    # "- Over the past five trading days, ...", a transcript's "HOST 2: Over the four sessions, ..."
    dateline = _DATELINE_PREFIX.match(sentence) or _BULLET.match(sentence) or _SPEAKER_LABEL.match(sentence)
    start = dateline.end() if dateline else 0
    rest = sentence[start:]
    intro = _INTRO.match(rest) or _SPAN_INTRO_WITHOUT_COMMA.match(rest) or _FRAME_BEFORE_COLON.match(rest)
    if intro and _OPENING_MOVE.match(intro.group("intro")):
        return "", 0  # "After falling 5% last week, Nvidia rose 2%": a move of its own, no frame for the sentence's
    if intro and _DAY_THEN_MAIN_CLAUSE.match(intro.group("intro")):
        return "", 0  # "On Monday the Dow closed at a record, rising 125.69 points": the main clause itself, no opening phrase
    return (intro.group("intro"), start + intro.end()) if intro else ("", 0)


def _scene_day(sentence: str, opens_paragraph: bool = False) -> timing.DayCue | None:
    if _SCENE_DAY.match(sentence) or (opens_paragraph and _MARKET_ON_A_DAY.fullmatch(sentence)):
        return timing.find_day_cue(sentence)
    label = _DAY_LABEL_OPENING.match(sentence) if opens_paragraph else None
    if label is not None:
        return timing.find_day_cue(label.group("day"))  # "1/ Tuesday: short-seller Gotham publishes a report. ..."
    had = _HAD_A_DAY.search(sentence)
    if had is not None:
        return timing.find_day_cue(had.group("day"))  # "Eurofins Scientific, the lab-testing group, had a horrible Monday."
    intro = _SCENE_INTRO.match(sentence) if opens_paragraph else None
    if intro is None or find_figures(sentence) or _STILL_TO_COME.search(sentence):
        return None
    return timing.find_day_cue(intro.group("day"))  # the day itself: "from a holiday on Monday" starts no span here


# (and an aside on the move just reported: "The index still managed a 0.5 per cent gain for the week.")
_STILL_STATE = re.compile(r"\b(?:is|are|remains?|stays?)\s+still\b|\b(?:is|are)\s+(?:now\s+)?(?:up|down)\b|\bremains?\s+(?:up|down)\b"
                          r"|\bstill\s+(?:managed|posted|eked|ended|finished|clung|held|booked|notched|logged|recorded)\b")


def _span_of_a_wrap(sentence: str, claims: list[Claim], clock: timing.Clock) -> timing.SpanCue | None:
    """'The S&P 500 fell 1.4% over the week, its second straight weekly decline. The Nasdaq Composite lost 1.5%':
    a sentence whose moves are all of one week or month sets that span for the paragraph's moves that name none."""
    if not claims or any(claim.kind is not ClaimKind.CUMULATIVE for claim in claims):
        return None
    if _STILL_STATE.search(sentence):
        return None  # "The benchmark is still down 2.2 per cent for the month.": where it stands, no wrap of the month
    span = timing.find_span_cue(sentence, "", clock.published.year if clock.published else None)
    return span if span is not None and span.kind in {"this_week", "last_week", "this_month", "last_month"} else None


# "Stocks end 2023 with big gains", "European shares end 2023 with double-digit gain", "World markets in 2024: ..."
_YEAR_END_HEADLINE = re.compile(
    # ("Isle stocks close out a turbulent 2023")
    r"\b(?:end|ends|ended|close out|closes out|closed out|wrap up|wraps up|finish|finishes)\s+(?:(?:a|an|the|their|its)\s+(?:[a-z-]+\s+)?)?(?P<year>(?:19|20)\d\d)\b"
    # ("2024 in the rearview: AI, quantum and a lot of Palantir", "2023 IN NUMBERS: How the world's markets finished")
    r"|\b(?P<year2>(?:19|20)\d\d)\s+(?:in review|scorecard|review|in the rear-?view|in numbers|in charts)\b|^[^:]{0,40}\bin\s+(?P<year3>(?:19|20)\d\d):"
    r"|^(?:[\w'\u2019]+\s+){0,3}(?P<year4>(?:19|20)\d\d):"  # "Markets 2024: S&P 500 logs back-to-back 20% years"
    # "Europe's Stock Winners and Losers of 2024", "The best and worst stocks of 2024"
    r"|\b(?:winners|losers|best|worst|biggest|top)\b[^:\n]{0,40}\b(?:of|in)\s+(?P<year5>(?:19|20)\d\d)\b"
    # "Carvana's 1,000% comeback leads Arizona stocks in 2023", published on Dec. 30
    r"|\b(?:leads?|led|tops?|topped)\b[^:\n]{0,40}\bin\s+(?P<year6>(?:19|20)\d\d)\s*$",
    re.IGNORECASE,
)
_ANNUAL_LETTER = re.compile(r"\bannual\s+(?:letter|review|investor\s+letter|report\s+to\s+(?:shareholders|partners|investors))\b", re.IGNORECASE)
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTHLY_REVIEW_HEADLINE = re.compile(
    r"\b(?:monthly\s+(?:investor\s+)?(?:commentary|review|report|update|recap|wrap|letter|factsheet)|month\s+in\s+review)\b[^\n]{0,40}?\b"
    rf"(?P<month>{_MONTH_NAMES})\b"
    rf"|\b(?P<month2>{_MONTH_NAMES})\s+(?:(?:19|20)\d\d\s+)?(?:monthly\s+)?(?:in\s+)?(?:commentary|review|recap|wrap)\b",
    re.IGNORECASE,
)
# "Europe's first half: defence and banks lead", "Stocks end first half at records": a review of the half just ended
_HALF_END_HEADLINE = re.compile(r"\b(?:first|1st)\s+half\b|\bH1\b|\bfirst\s+six\s+months\b", re.IGNORECASE)


def _names_a_session(sentence: str) -> bool:
    """Whether the sentence's moves are dated by a day or session it names; not one named in a relative clause:
    "Stellantis shed about 40% in Milan, where the market closed for the year on Monday" is the year's move."""
    if not _DAY_OR_SESSION_WORDS.search(sentence):
        return False
    if not _RELATIVE_WORD.search(sentence):
        return True
    return bool(_DAY_OR_SESSION_WORDS.search(_TRAILING_RELATIVE.sub("", _without_relative_asides(sentence))))


_RELATIVE_WORD = re.compile(r"\b(?:which|who|whose|where)\b")


_TRAILING_RELATIVE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*$")
_DAY_OR_SESSION_WORDS = Gated(re.compile(
    r"\b(?:day|days|session|sessions|today|yesterday|overnight|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|morning|afternoon)\b",
    re.IGNORECASE,
), "day", "session", "overnight", "morning", "afternoon")


# "Stocks making the biggest moves after hours: ...", "AFTER-HOURS MOVERS: ...", "After the bell: who's moving late"
_MOVERS_WORD = re.compile(r"\b(?:mov(?:e|es|ers|ing)|movers)\b", re.IGNORECASE)


def _after_hours_movers_list(text: str) -> bool:
    """Whether the headline announces a list of after-hours movers: its items' bare moves are of the late session."""
    headline = text.lstrip().split("\n", 1)[0]
    return bool(_MOVERS_WORD.search(headline)) and timing.has_after_hours(headline)


_RIC_AFTER = re.compile(r"\s+[A-Z0-9]{1,6}\.(?:O|N|OQ|A|K|P|L|PA|DE|AS|T|HK|SS|SZ|KS|TW|AX|TO|MI|SW|CO|ST|HE|OL|MC|BR|NS|BO)\b")
_TABLE_ROW_AFTER_CLASS = re.compile(r"[ \t]+[AB][ \t]+[\d.,]+[ \t]+[+\-\u2212]")
_CLASS_LETTER_AFTER = re.compile(r"[ \t]+(?:[Ss]er\.?\s+|[Cc]lass\s+)?(?P<letter>[AB])\b(?![-.']|\s+[Ss]hares)")


# "Alibaba (9988)", "Tencent (0700.HK)", "Samsung Electronics (005930)": the exchange's own code in brackets
_CODE_AFTER = re.compile(r"\s*\((?:[A-Z]{2,5}:\s*)?(?P<code>\d{3,6})(?:\.[A-Z]{1,2})?\)")


def _line_named_after(text: str, mention) -> Listing | None:
    """The line the words right after a name pick among its company's: a Nordic table's class letter ("SSAB B  57.18
    +1.9%", "Investor B") or the exchange's code in brackets ("Alibaba (9988)")."""
    letter = _CLASS_LETTER_AFTER.match(text, mention.end)
    if letter is not None:
        return next((l for l in mention.company.listings if re.search(rf"-{letter.group('letter')}\.[A-Z]+$", l.symbol)), None)
    code = _CODE_AFTER.match(text, mention.end)
    if code is not None:
        digits = code.group("code").lstrip("0")
        return next((l for l in mention.company.listings if l.symbol.split(".")[0].lstrip("0") == digits), None)
    return None


def _lines_named_after(text: str, mentions: list) -> dict[int, Listing]:
    """Company -> the line the words after one of its names pick, for companies listed more than once."""
    found: dict[int, Listing] = {}
    for mention in mentions:
        if getattr(mention, "listing", None) is None and len(mention.company.listings) > 1:
            line = _line_named_after(text, mention)
            if line is not None:
                found[id(mention.company)] = line
    return found


def _issuer_of_a_filing(text: str, mentions: list) -> Subject | None:
    """A filing that speaks of "the Company" without defining it: the company its heading names ("Kunlun Tech Co., Ltd.
    / Announcement on Abnormal Fluctuations in Stock Trading")."""
    heading = _issuer_heading(text)
    if heading is not None:
        # (the whole name but its legal tail: "Kestrel Ridge Lithium Limited" is no "Kestrel")
        named = next((m for m in mentions if m.start == heading.start("name") and not getattr(m.company, "is_index", False)
                      and LEGAL_TAIL.fullmatch(text, m.end, heading.end("name"))), None)
        if named is not None:
            return Subject("company", named.company, named.surface, None, named.start)
        return Subject("unknown", None, _legal_name(heading.group("name")), None, heading.start("name"))
    if text.count("the Company") + text.count("The Company") < 2:
        return None
    heading = next((m for m in mentions if m.start < 300 and not getattr(m.company, "is_index", False)), None)
    return Subject("company", heading.company, heading.surface, None, heading.start) if heading is not None else None


# an issuer's name on a line of its own at the head of a filing: "MUTIARA SINAR TECHNOLOGIES BERHAD",
# "Kestrel Ridge Lithium Limited"
# (or heading a disclosure's title: "[Disclosure] Daeyang Bioforge Co., Ltd. - Response to Inquiry on ...")
_ISSUER_LINE = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?P<name>[A-Z][\w&.,'()-]*(?:[ \t]+[\w&.,'()-]+){0,6}?[ \t]+"
    r"(?:LIMITED|LTD\.?|BERHAD|BHD\.?|INC\.?|CORPORATION|CORP\.?|PLC|N\.V\.|S\.A\.|AG|SE|ASA|AB|"
    r"Limited|Ltd\.?|Berhad|Bhd\.?|Inc\.?|Corporation|plc|Co\.,[ \t]*Ltd\.?))[ \t]*(?:$|[-\u2013\u2014:][ \t])",
    re.MULTILINE,
)
# what makes a text an issuer's filing to its exchange, not a story about one
_FILING_WORDS = re.compile(
    r"\b(?:announcement|query|inquiry|disclosure|clarification|significant\s+movement|unusual\s+(?:market|price|trading)|trading\s+activity|"
    r"abnormal\s+fluctuation|the\s+Board)\b", re.IGNORECASE)


def _issuer_heading(text: str) -> re.Match | None:
    """The issuer's name heading a filing, where the text is one ("GRANDFORD SINO LOGISTICS HOLDINGS LIMITED /
    ANNOUNCEMENT / UNUSUAL PRICE AND TRADING VOLUME MOVEMENTS")."""
    head = text[:900]
    match = _ISSUER_LINE.search(head)
    if match is None or not _FILING_WORDS.search(head):
        return None
    return match


def _legal_name(name: str) -> str:
    """'MUTIARA SINAR TECHNOLOGIES BERHAD' as copy writes it."""
    return name.title() if name.isupper() else name


_SPAN_KINDS = (ClaimKind.CUMULATIVE, ClaimKind.YTD)


_QUARTERLY_LETTER = re.compile(
    r"\b(?:letter|commentary|review|report|update)\b[^\n]{0,40}?\b(?:(?P<nth>first|second|third|fourth)\s+quarter|Q(?P<q>[1-4]))\s+(?:of\s+)?20\d\d\b",
    re.IGNORECASE,
)


def _year_end_review(text: str, clock: timing.Clock) -> timing.SpanCue | None:
    """The period a year-end or half-year review is about, as a span: published in the last days of December or the
    first of January under a headline that says the year is done (or around June 30 under one about the first half).
    Its undated moves are the period's."""
    published = clock.published
    if published is None:
        return None
    headline = text.lstrip().split("\n", 1)[0]
    # (or in a letter's first lines: "Straits Pacific Asia Opportunities Fund / Monthly investor letter - May 2024")
    monthly = next((found for line in [line for line in text.lstrip().split("\n", 6)[:6] if line.strip()][:3]
                    if (found := _MONTHLY_REVIEW_HEADLINE.search(line))), None)
    if monthly is not None:
        # "Aldwych European Growth Fund - Monthly Commentary, May 2024", sent in early June: the month's moves
        named = monthly.group("month") or monthly.group("month2")
        if (published.month - lx.MONTHS[named.lower()]) % 12 in (0, 1):
            return timing.find_span_cue(f"in {named.title()}", "", published.year)  # ("MAY IN REVIEW")
    quarterly = next((found for line in [line for line in text.lstrip().split("\n", 6)[:6] if line.strip()][:3]
                      if (found := _QUARTERLY_LETTER.search(line))), None)
    if quarterly is not None:
        # "Lindenhof European Quality Fund - Letter to investors, second quarter 2024", dated June 30: the quarter's moves
        nth = (quarterly.group("nth") or "").lower() or ["first", "second", "third", "fourth"][int(quarterly.group("q")) - 1]
        end_month = {"first": 3, "second": 6, "third": 9, "fourth": 12}[nth]
        months_after = (published.month - end_month) % 12
        if months_after == 0 and published.day >= 20 or months_after == 1 and published.day <= 20:
            return timing.find_span_cue(f"in the {nth} quarter", "", published.year)
    if (published.month == 6 and published.day >= 25) or (published.month == 7 and published.day <= 6):
        return timing.find_span_cue("in the first half", "", published.year) if _HALF_END_HEADLINE.search(headline) else None
    if not ((published.month == 12 and published.day >= 20) or (published.month == 1 and published.day <= 6)):
        return None
    # (the headline may stand under a desk's banner: "THE CLOSING BELL | Tuesday, December 31, 2024 | 5:30 PM ET")
    lines = [line for line in text.lstrip().split("\n", 6)[:6] if line.strip()][:3]
    match = next((found for line in lines if (found := _YEAR_END_HEADLINE.search(line))), None)
    if match is None:
        # a fund's "Annual Letter to Limited Partners" dated December 31: the year just ending
        if any(_ANNUAL_LETTER.search(line) for line in lines):
            return timing.find_span_cue(f"in {published.year if published.month == 12 else published.year - 1}", "", published.year)
        return None
    year = next(match.group(group) for group in ("year", "year2", "year3", "year4", "year5", "year6") if match.group(group))
    return timing.find_span_cue(f"in {year}", "", published.year)


def _paragraph_span(sentence: str, clock: timing.Clock, before: timing.SpanCue | None, opens: bool = True) -> timing.SpanCue | None:
    """The span a paragraph's opening words set for the sentences after it: "For the week, the S&P 500 was up
    4.7%. The Dow gained 4.6%." Until a sentence names a day or span of its own."""
    label = _BULLET.match(sentence)
    intro = _INTRO.match(sentence[label.end() :] if label else sentence)  # (sliced: the pattern is anchored with ^)
    if intro and (_OPENING_MOVE.match(intro.group("intro")) or _names_another_matters_span(intro.group("intro"))):
        intro = None  # "After falling 5% last week, Nvidia rose 2%": the opening move's own span
    latest_year = clock.published.year if clock.published else None
    own = timing.find_span_cue(intro.group("intro"), "", latest_year) if intro else None
    if own is not None:
        # (one opening a later sentence frames that sentence only: "... surged 8.5%. Over the past six sessions, the
        # CSI 300 has rallied 25%. The Shenzhen Component index soared 10.7%" is the day's)
        return own if opens or before is not None else None
    if before is None:
        return None
    # "The Russell 2000 jumped 7.6%, though it remains down for the year": a clause past the last figure dates no move
    last_digit = max((sentence.rfind(digit) for digit in "0123456789"), default=-1)
    tail_break = _FIGURELESS_CLAUSE.search(sentence, last_digit + 1) if last_digit >= 0 else None
    dated_part = sentence[: tail_break.start()] if tail_break else sentence
    if timing.find_day_cue(dated_part) or timing.find_span_cue(dated_part, "", latest_year):
        return None
    return before


_FIGURELESS_CLAUSE = re.compile(r",\s*(?:though|although|but|even\s+as|while|yet)\s")


_LOCAL_SHARES = re.compile(r"\b(?:[Ll]ocal|[Dd]omestic)\s+(?:shares|stocks|equities|bourse|market)\b")
_BENCHMARK_OF_MARKET = {
    "shanghai": "000001.SS", "shenzhen": "399001.SZ", "mumbai": "^BSESN", "indian": "^NSEI",
    "singapore": "^STI", "zurich": "^SSMI", "swiss": "^SSMI", "madrid": "^IBEX", "spanish": "^IBEX",
    "milan": "FTSEMIB.MI", "italian": "FTSEMIB.MI", "amsterdam": "^AEX", "dutch": "^AEX", "toronto": "^GSPTSE",
    "canadian": "^GSPTSE", "sao paulo": "^BVSP", "brazilian": "^BVSP", "johannesburg": "^J203.JO",
    "seoul": "^KS11", "south korean": "^KS11", "korean": "^KS11", "tokyo": "^N225", "japanese": "^N225",
    "hong kong": "^HSI", "hk": "^HSI", "taiwan": "^TWII", "taiwanese": "^TWII", "taipei": "^TWII",
    "australian": "^AXJO", "sydney": "^AXJO", "german": "^GDAXI", "frankfurt": "^GDAXI", "french": "^FCHI",
    "paris": "^FCHI", "london": "^FTSE", "british": "^FTSE", "uk": "^FTSE",
    "indonesia": "^JKSE", "indonesian": "^JKSE", "jakarta": "^JKSE",
    "saudi": "^TASI.SR", "saudi arabia": "^TASI.SR", "saudi arabian": "^TASI.SR", "riyadh": "^TASI.SR",
    "malaysia": "^KLSE", "malaysian": "^KLSE", "kuala lumpur": "^KLSE", "thailand": "^SET.BK", "thai": "^SET.BK",
    "bangkok": "^SET.BK", "mexico": "^MXX", "mexican": "^MXX", "brazil": "^BVSP", "japan": "^N225",
    "south korea": "^KS11", "australia": "^AXJO",
}
_DEMONYMS = {"south korean", "korean", "japanese", "taiwanese", "australian", "german", "french", "british", "indian",
             "swiss", "spanish", "italian", "dutch", "canadian", "brazilian"}
_MARKET_SHARES = re.compile(
    r"(?:^|[\s,;:(])(?:the\s+)?(?P<market>" + "|".join(sorted((re.escape(k) for k in _BENCHMARK_OF_MARKET), key=len, reverse=True))
    + r")(?:\s+(?:shares|stocks|equities|stock\s+market|share\s+market|bourse)|(?:'s|\u2019s)?\s+(?:main\s+|key\s+|blue-chip\s+)?"
    r"(?:benchmark|bellwether)(?:\s+(?:index|gauge|stock\s+index))?|\s+stock\s+exchange"
    # "Indonesia's main stock index tumbled on Tuesday, falling as much as 7.1%"
    r"|(?:'s|\u2019s)\s+(?:main|key|benchmark|leading)\s+(?:stock\s+|share\s+|equity\s+)?index)\s+(?:(?:were|was|are|is|have|has|had)\s+)?"
    # "Seoul shares closed 1.4 percent lower", "The Paris stock exchange had closed 0.3 percent higher": the verb may
    # stand before a figure-first move (a headline's "Seoul shares close 1.4 pct lower" in the present)
    r"(?:(?:close[sd]?|end(?:ed|s)?|finish(?:ed|es)?|open(?:ed|s)?|trade[sd]?)\s+)?(?:now\s+|since\s+)?"
    r"(?:(?:over|about|nearly|almost|more\s+than)\s+)?$",  # "(LEAD) Seoul shares close over 1 pct lower"
    re.IGNORECASE,
)
# a broker note's "London closed 1.3% lower at 8,759.00 yesterday": the city alone opens the sentence
_CITY_CLOSED = re.compile(
    r"\s*(?P<market>London|Frankfurt|Paris|Tokyo|Zurich|Madrid|Milan|Sydney|Seoul|Toronto|Mumbai|Shanghai|Shenzhen)\s+"
    r"(?:closed|ended|finished)\s+$"
)
_MARKET_WORD = re.compile(r"\b(?:shares|stocks|equities|index)\b\s*", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and|&)\s*")
_WHEN_AFTER_A_DAY = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday)(?:'s|\u2019s)?\b[^,;.]{0,40},\s*when\s+[^,;]*$")
# "a day after the AI server maker's stock plunged 33%": the words after "after" up to the figure, no clause break
_SINCE_A_DATED_WEEKDAY = re.compile(r"\bsince\b[^;]{0,40}\b[A-Z][a-z]+day,?\s+\d")
_OVER_THAT_STRETCH = re.compile(r"\s*(?:over|in|during)\s+that\s+(?:stretch|period|span|time)\b", re.IGNORECASE)
_ASIDE_PARTICIPLE = re.compile(r",\s*(?:after|before|having)\s+[a-z]+(?:ing|ed|en)?\s+(?:[a-z]+\s+){0,2}$")
# "Greentown China soared 18.6%, adding to an 11% jump on Thursday, while Hang Lung rose 4.2%": the aside's noun has its day
_ASIDE_OF_A_MOVE_NOUN = re.compile(
    r",\s*(?:adding\s+to|extending|following|on\s+top\s+of|building\s+on|reversing|erasing|after)\s+(?:an?|its|the|their)\s+$")
_DEBUT_IN_WHICH = re.compile(r"\bdebut\s+(?:in\s+which|when|that\s+saw)\s+(?:[^\s,;:]+\s+){1,4}$")
_A_DAY_AFTER = re.compile(r"\b(?:a|one)\s+(?:trading\s+)?(?:day|session)\s+after\s+(?:[^\s,;:]+\s+){1,14}$")


def _last_conjunct(lead: str) -> str:
    """'slipped 6.2% on Tuesday after a record close a day earlier and was up 0.5% before the bell': the day
    words of an earlier conjunct ("a day earlier") date that conjunct, not the move after "and". So does a colon
    before a new clause: "Chip stocks extended Tuesday's slump: ASML fell 2.4%" is today's fall."""
    return re.split(r"\s(?:and|but|while)\s|;|:\s+(?=[A-Z])", lead)[-1]


class _MentionIndex:
    """The article's mentions by position: a sentence's own without a pass over all of them."""

    def __init__(self, mentions: list) -> None:
        self.mentions = mentions
        self.by_start = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self.starts = [mentions[i].start for i in self.by_start]

    def within(self, start: int, end: int) -> list:
        """Mentions inside [start, end], in the order they were found."""
        first, last = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, end)
        inside = sorted(self.by_start[first:last])
        return [self.mentions[i] for i in inside if self.mentions[i].end <= end]


def _last_named_day(sentence: str) -> timing.DayCue | None:
    # "since reports surfaced on the evening of Dec. 17. It jumped 24% the next day": a span's first day is named too
    cue = timing.find_day_cue(sentence, prefer="nearest_end", span_starts=True)
    return cue if cue is not None and cue.kind not in {"same_day", "next_day", "regular_session", "previous", "previous_session"} else None


def _same_day_as_named(cue: timing.DayCue | None, carried: SentenceCues, lead: str = "") -> timing.DayCue | None:
    """'Wednesday was the rout. The S&P 500 sank 2.95% that day.': "that day", "the same day" is the day
    named last, earlier in the sentence or in the sentences before, and "the next day" the session after it;
    with none named, the default session."""
    if cue is None or cue.kind not in {"same_day", "next_day"}:
        return cue
    if carried.day is not None and carried.day.kind not in {"same_day", "next_day"}:
        named = carried.day
    elif _last_named_day(lead) is not None:
        # "closed at $138.81 on Tuesday and had gained 57% this year through that session": a day named earlier
        # in the sentence, by words that made no claim
        named = _last_named_day(lead)
    else:
        named = carried.named_before.last() if carried.named_before is not None else None
    if cue.kind == "next_day":
        # "surfaced on the evening of Dec. 17. It jumped 24% the next day": the session after the day named
        return dataclasses.replace(named, sessions_after=named.sessions_after + 1, possessive=False) if named is not None else None
    return named


def _span_after_restatement(first: Claim, restated: Claim, tail: str, clock: timing.Clock) -> None:
    """'Down 1,064.54 points or 3.11% over the last three trading days': the span named after the second
    figure is the span of the one move both figures give."""
    if first.date is None:
        return
    calendar = calendar_for(first.mic or US.mic)
    if first.kind in {ClaimKind.CUMULATIVE, ClaimKind.YTD}:
        # "have gained 40% so far this year, and were up $9.10, or 1.1%, at $812.50 in Friday afternoon trading": a day
        # named after the second figure dates the move both give, not the span carried from the clause before
        day = timing.find_day_cue(tail)
        if day is not None and day.kind == "weekday" and timing.find_span_cue(tail, "", None) is None:
            date = timing.resolve_day(day, calendar, clock)
            kind = timing.day_move_kind(date, calendar, clock, tail, first.direction, first.hedge)
            for claim in (first, restated):
                claim.kind, claim.date, claim.start_date, claim.sessions = kind, date, None, None
        return
    span = timing.find_span_cue(tail, "", clock.published.year if clock.published else None)
    if span is None:
        return
    resolved = timing.resolve_span(span, first.date, calendar, clock)
    for claim in (first, restated):
        claim.kind, claim.date, claim.start_date, claim.sessions = resolved.kind, resolved.date, resolved.start_date, resolved.sessions


_ENDS_THE_DAY = re.compile(r"\b(?:ends?|ended|closes?|closed|finish(?:es|ed)?|settles?|settled)\b", re.IGNORECASE)
_SESSION_WORDS = re.compile(r"\b(?:close[sd]?|closing|ends?|ended|finish|finished|settled|intraday|as\s+much\s+as|early|earlier|at\s+one\s+point)\b",
                            re.IGNORECASE)


def _extreme_before_its_close(claims: list[Claim], text: str) -> None:
    """'IDX halts trading as JCI plunges 5%, ends day down 3.84%': a bigger move of the same line, the same day, told
    before the sentence says where it ended, is the session's extreme."""
    for first, second in zip(claims, claims[1:]):
        if (first.ticker != second.ticker or first.date != second.date or first.direction != second.direction or first.unit != second.unit
                or first.kind not in {ClaimKind.CLOSE_CHANGE, ClaimKind.INTRADAY_CURRENT} or second.kind is not ClaimKind.CLOSE_CHANGE
                or first.magnitude <= second.magnitude):
            continue
        between = text[first.span[1] : second.span[0]]
        own_words = text[max(0, first.span[0] - 30) : first.span[1]]
        if _ENDS_THE_DAY.search(between) and not _SESSION_WORDS.search(own_words) and "," in between:
            first.kind = ClaimKind.INTRADAY_HIGH if first.direction is Direction.UP else ClaimKind.INTRADAY_LOW


_THAT_DAY_RIGHT_AFTER = re.compile(r"\s*,?\s*(?:that\s+day|the\s+same\s+day)\b", re.IGNORECASE)


def _day_after_restatement(first: Claim, restated: Claim, after: str, lead: str, carried: SentenceCues, clock: timing.Clock) -> None:
    """'The Dow lost 1,033.99 points, or 2.6%, that day': "that day" right after the second figure dates the one
    move both figures give: the day the text named last."""
    if first.date is None or first.kind in _SPAN_KINDS or not _THAT_DAY_RIGHT_AFTER.match(after):
        return
    named = _same_day_as_named(timing.find_day_cue(after), carried, lead)
    if named is None:
        return
    # ("..., that day, its tenth straight decline, while the S&P 500 slid 2.95%": the sentence's moves after it share it)
    carried.day = named
    calendar = calendar_for(first.mic or US.mic)
    date = timing.resolve_day(named, calendar, clock)
    if date is None or date == first.date:
        return
    kind = timing.day_move_kind(date, calendar, clock, after, first.direction, first.hedge)
    for claim in (first, restated):
        claim.kind, claim.date = kind, date


# "Friday's 5.8 percent drop had already been the index's steepest": a day's move opening the sentence, of the
# instrument just spoken of
_LINE_OPENING = re.compile(
    r"\s*(?:[-\u2022*\u2013\u2014>]+|\d{1,2}[.)])?\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Yesterday|Today)(?:'s|\u2019s)\s+)?"
    # "Indicated -2.5% pre-market.", "Last -3.1%.": a note's word for where the stock is quoted
    r"(?:(?:Indicated|Seen|Quoted|Called|Last|Now)\s+(?:at\s+)?)?"
)


def _possessor_of_figure(text: str, figure: Figure, mentions: list[MentionRef]) -> MentionRef | None:
    """The name standing right before a figure with "'s": "the S&P 500's 25% climb"."""
    for mention in mentions:
        if 0 < figure.start - mention.end <= 3 and re.fullmatch(r"['\u2019]s\s", text[mention.end : figure.start]):
            return mention
    return None


def _opens_with_the_move(sentence: str, move_start: int) -> bool:
    """'-- Up 0.03% year to date', '- Down 3.1% over three sessions': a line in a list of facts about
    the instrument the report just quoted, with no subject of its own."""
    return bool(_LINE_OPENING.fullmatch(sentence[:move_start]))


_A_CODE = re.compile(r"(?:[A-Za-z]{2,8}\s?:\s?)?(?:\d{3,6}|[A-Z]{4}\d{1,2})(?:\.[A-Z]{1,2})?")


def _without_repeated_tickers(sentence: str, mentions: list[MentionRef]) -> list[MentionRef]:
    """'The S&P 500 SPX gained': an all-caps symbol right after a name repeats it, it is not another company."""
    kept: list[MentionRef] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        # "Shell, BP" is a list: only a space separates a name from its repeated symbol
        repeat = kept and re.fullmatch(r"[A-Z]{2,5}", mention.surface) and sentence[kept[-1].end : mention.start] in ("", " ")
        # ("Primarius Technologies [SH:688206]", "SMIC's Hong Kong shares [HKG: 0981]": the code after its company's name)
        coded = bool(_A_CODE.fullmatch(mention.surface)) and any(
            k.company is mention.company and 0 <= mention.start - k.end <= 80 for k in kept)
        if not (repeat or coded):
            kept.append(mention)
    return kept


def _claim_on(claim: Claim, company) -> bool:
    return any(listing.symbol == claim.ticker for listing in getattr(company, "listings", ()))


def _is_pronoun_subject(text: str, subject: Subject) -> bool:
    return subject.kind in {"company", "index"} and bool(re.match(r"(?:it|they)\b", text[subject.start:], re.IGNORECASE))


def _unit_for(figure: Figure, listing: Listing | None) -> Unit:
    """Points belong to indexes and money to stocks, whatever the bare figure looked like."""
    if listing is None or figure.unit is Unit.PCT:
        return figure.unit
    if listing.is_index:
        return Unit.POINTS
    return Unit.CURRENCY if figure.unit is Unit.POINTS and figure.currency is None else figure.unit


_CITY_VENUE = {"HONG KONG": "Hong Kong", "SHANGHAI": "A-shares", "SHENZHEN": "A-shares", "BEIJING": "A-shares",
               "TOKYO": "Tokyo", "SEOUL": "Seoul", "TAIPEI": "Taiwan", "LONDON": "London", "FRANKFURT": "Frankfurt",
               "PARIS": "Paris", "AMSTERDAM": "Amsterdam", "NEW YORK": "US", "SINGAPORE": "Singapore",
               "SYDNEY": "Sydney", "MELBOURNE": "Sydney", "MUMBAI": "India", "NEW DELHI": "India",
               "BENGALURU": "India", "BANGALORE": "India", "TORONTO": "Toronto",
               "OSLO": "Oslo", "COPENHAGEN": "Copenhagen", "STOCKHOLM": "Stockholm", "HELSINKI": "Helsinki",
               "ZURICH": "Zurich", "GENEVA": "Zurich", "MILAN": "Milan", "MADRID": "Madrid", "BRUSSELS": "Brussels",
               "LISBON": "Lisbon", "DUBLIN": "Dublin", "VIENNA": "Vienna", "SAO PAULO": "Sao Paulo",
               "JOHANNESBURG": "Johannesburg", "RIYADH": "Saudi", "KUALA LUMPUR": "Kuala Lumpur",
               "BANGKOK": "Bangkok", "JAKARTA": "Jakarta", "MEXICO CITY": "Mexico"}
# "HONG KONG, Feb 19 (Reuters) -", "SEOUL, Feb. 3 --", "TOKYO --", "TOKYO, March 12 - ": a city in capitals opening the body
# ("RIYADH: Saudi Arabia's main index closed higher": Arab News' colon)
_DATELINE_CITY = re.compile(r"^\s*(?:[^\n]{0,200}\n)?\s*(?P<city>" + "|".join(_CITY_VENUE) + r")\b(?::\s|[^\n]{0,40}?(?:\(|\s--|\s\u2014|\s[\u2013-]\s))")
# "Australian shares ended lower", "Canada's main stock index rose": the market a report is about,
# said in its first lines. Only for the markets whose companies are often listed elsewhere too
# (BHP and Rio Tinto in London, Shopify and Barrick in New York, Infosys ADRs).
_LEAD_MARKET = re.compile(
    r"\b(?P<market>Australian|Australia's|Indian|India's|Singapore|Singapore's|South Korean|South Korea's|"
    r"Canadian|Canada's|Toronto|Taiwan|Taiwanese|Taiwan's|Hong Kong|Hong Kong's|"
    # "London's blue-chip index closed at its lowest level in more than a year"
    r"London|London's|British|UK|Japanese|Japan's|Tokyo|Tokyo's|German|Germany's|Frankfurt|French|France's|Paris)\s+"
    r"(?:(?:main|benchmark|blue-chip|broader|key)\s+)?"
    r"(?:shares|stocks|equities|stock\s+market|share\s+market|sharemarket|stock\s+index|bourse|(?<=blue-chip\s)index)\b"
    # "The JSE ended firmer on Friday": the exchange itself
    r"|\b(?P<bourse>JSE)\b"
)
_LEAD_MARKET_VENUE = {"australian": "Sydney", "australia's": "Sydney", "indian": "India", "india's": "India",
                      "singapore": "Singapore", "singapore's": "Singapore", "south korean": "Seoul",
                      "south korea's": "Seoul", "canadian": "Toronto", "canada's": "Toronto", "toronto": "Toronto",
                      "taiwan": "Taiwan", "taiwanese": "Taiwan", "taiwan's": "Taiwan",
                      "hong kong": "Hong Kong", "hong kong's": "Hong Kong", "jse": "Johannesburg",
                      "london": "London", "london's": "London", "british": "London", "uk": "London", "japanese": "Tokyo",
                      "japan's": "Tokyo", "tokyo": "Tokyo", "tokyo's": "Tokyo", "german": "Xetra", "germany's": "Xetra",
                      "frankfurt": "Xetra", "french": "Paris", "france's": "Paris", "paris": "Paris"}
# A lead about Hong Kong trading that also speaks of the New York lines is not about one market.
_US_LINES = re.compile(r"\b(?:U\.S\.-listed|US-listed|ADRs?|American depositary|New York|Wall Street|Nasdaq|NYSE)\b")


def _dominant_market(markets_seen: list[str]) -> str | None:
    """The exchange most of the article's company claims so far were on: at least two, and more than any other."""
    ranked = collections.Counter(markets_seen).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _market_of_unlisted(venue: str | None, discourse: Discourse, exchanges_seen: list[str]) -> tuple[str, str]:
    """(calendar code, zone) for a company the directory cannot place: 'Zhejiang Lanyue Robotics rose by its
    10% limit in Shenzhen' trades on Shenzhen's calendar, and a small cap in a Tokyo report on Tokyo's."""
    for word in (venue, discourse.home_venue, discourse.venue):
        names = LISTING_VENUES.get((word or "").strip().lower(), ())
        exchange = next((e for e in EXCHANGES_BY_SUFFIX.values() if names and e.name == names[0]), None)
        if exchange is not None:
            return exchange.mic, exchange.timezone
    if exchanges_seen:
        exchange = next((e for e in EXCHANGES_BY_SUFFIX.values() if e.mic == exchanges_seen[-1]), US)
        return exchange.mic, exchange.timezone
    return US.mic, US.timezone


# "Hong Kong's benchmark suffered its worst day since 1997. Alibaba plunged 18.2%.": the market now spoken of
_MARKET_POSSESSIVE = re.compile(
    r"\b(?P<market>Hong Kong|Tokyo|Japan|Seoul|South Korea|Taiwan|Australia|India|Shanghai|London|Britain|Germany|Frankfurt|"
    r"France|Paris)(?:'s|\u2019s)\s+(?:(?:main|benchmark|blue-chip|broader|key|leading|headline)\s+)*"
    r"(?:benchmark|index|gauge|stock\s+market|share\s+market|bourse)\b"
)
_MARKET_VENUE = {"hong kong": "Hong Kong", "tokyo": "Tokyo", "japan": "Tokyo", "seoul": "Seoul", "south korea": "Seoul",
                 "taiwan": "Taiwan", "australia": "Sydney", "india": "India", "shanghai": "Shanghai", "london": "London",
                 "britain": "London", "germany": "Frankfurt", "frankfurt": "Frankfurt", "france": "Paris", "paris": "Paris"}


def _venue_of_intro(sentence: str) -> str | None:
    """'In Tokyo, banks were again among the hardest hit.': the market an opening "In ..." names."""
    intro = _INTRO.match(sentence) if sentence.startswith(("In ", "On the ")) else None  # "On the Johannesburg Stock Exchange,"
    return venue_in(intro.group("intro")) if intro else None


def _on_home_market(company, discourse: Discourse) -> bool:
    home = LISTING_VENUES.get((discourse.home_venue or "").lower())
    return bool(home) and bool(company.listings) and company.listings[0].exchange in home


def _another_markets_index_in_passing(mentions: list[MentionRef], discourse: Discourse) -> bool:
    """An index of another market than the report's own, named past the opening words of its sentence."""
    if not discourse.home_venue or discourse.index is None or not LISTING_VENUES.get(discourse.home_venue.lower()):
        return False
    if not any(m.company is discourse.index for m in mentions) or _on_home_market(discourse.index, discourse):
        return False
    return all(m.start > 30 for m in mentions if m.company is discourse.index)


# "several times the gain in the S&P 500", "against 22 times for the S&P 500", "outpacing the Nasdaq"
_COMPARISON_BEFORE = re.compile(
    r"\b(?:(?:the|a)\s+(?:gain|rise|advance|return|drop|fall|decline|loss)\s+(?:in|of|for)|than|against\s+(?:[\w.%]+\s+){0,3}(?:for|in)|"
    r"compared\s+(?:with|to)|versus|vs\.?|outpacing|outperforming|underperforming|trailing|lagging|ahead\s+of|behind)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _an_index_for_comparison(sentence: str, mentions: list[MentionRef]) -> bool:
    """Whether every index the sentence names stands in a comparison: a yardstick, not the market now reported on."""
    indexes = [m for m in mentions if getattr(m.company, "is_index", False)]
    return bool(indexes) and all(_COMPARISON_BEFORE.search(sentence, max(0, m.start - 60), m.start) for m in indexes)


def _an_aside_on_another_market(sentence: str, home_venue: str | None) -> bool:
    """'In New York, the S&P 500 fell 0.8 per cent' in a report filed from Toronto: a look at another market, after
    which the report's companies are still the home market's."""
    intro = _INTRO.match(sentence)
    if intro and intro.group("intro").startswith("Overnight"):
        # "Overnight in New York, the S&P 500 plunged 4.8%", "Overnight, the S&P 500 rose 1.7%" in a morning report
        # from Asia or Europe
        return True
    if _ACROSS_THE_BORDER.match(sentence):
        return True  # "South of the border, the S&P 500 is off 0.6 per cent" in a Toronto report
    venue = venue_in(intro.group("intro")) if intro else None
    if venue is None:
        return False
    return home_venue is not None and LISTING_VENUES.get(venue.lower()) != LISTING_VENUES.get(home_venue.lower())


_ACROSS_THE_BORDER = re.compile(r"\s*(?:South of the border|Across the border|Stateside|Across the Pacific|Across the Atlantic)\s*,", re.IGNORECASE)


def _market_named_by_its_index(sentence: str) -> str | None:
    if "'s " not in sentence and "\u2019s " not in sentence:
        return None
    match = _MARKET_POSSESSIVE.search(sentence)
    return _MARKET_VENUE[match.group("market").lower()] if match else None


# "Taipei, July 16 (CNA)", "[Shanghai, June 4, 16:25]": a city in title case, then the date and the agency or time
# "TORONTO, Feb. 13, 2024, 5:05 p.m. ET" on a line of its own under the headline
_DATELINE_CITY_DATED = re.compile(
    r"^\s*(?:[^\n]{0,200}\n){0,2}\s*(?P<city>" + "|".join(_CITY_VENUE) + r"),\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d\d)\b"
)
_DATELINE_CITY_TITLED = re.compile(
    r"^\s*(?:[^\n]{0,200}\n)?\s*\[?(?P<city>" + "|".join(city.title() for city in _CITY_VENUE) + r"),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s+\(|,\s+\d{1,2}:\d\d\])"
)

# a desk's slug over the report: "HONG KONG CLOSE | Tuesday 2 January 2024 | 16:45 HKT", "TOKYO MIDDAY -"
_DATELINE_DESK = re.compile(
    r"^\s*(?P<city>" + "|".join(_CITY_VENUE) + r")\s+(?:CLOSE|MIDDAY|OPEN|OPENING|MARKETS?|STOCKS|WRAP|MORNING|AFTERNOON|LIVE)\b"
)


def _dateline_venue(text: str) -> str | None:
    """'HONG KONG, Feb 19 (Reuters) -', 'Taipei, July 16 (CNA)': a report filed from a market is about that market's
    listings."""
    match = _DATELINE_CITY.match(text) or _DATELINE_CITY_TITLED.match(text) or _DATELINE_CITY_DATED.match(text) or _DATELINE_DESK.match(text)
    return _CITY_VENUE[match.group("city").upper()] if match else None


# UTC offsets that only one market of the directory keeps: Australia's (AEST, AEDT) and India's (IST)
_MARKET_OF_OFFSET = {dt.timedelta(hours=10): "Sydney", dt.timedelta(hours=11): "Sydney", dt.timedelta(hours=5, minutes=30): "India"}


def _venue_of_publication_zone(published: dt.datetime | None) -> str | None:
    """An article stamped in Sydney's or Mumbai's time, with no dateline or opening market words, was written for
    that market: its "BHP closed 0.6 per cent higher at $44.21" is the ASX line."""
    offset = published.utcoffset() if published is not None and published.tzinfo is not None else None
    return _MARKET_OF_OFFSET.get(offset) if offset is not None else None


def _reads_as_a_sentence(line: str) -> bool:
    """Six words or more, not half of them numbers: not a byline or a time stamp ("Monday 7 April 2025 16:50 BST")."""
    words = line.split()
    return len(words) >= 6 and sum(1 for word in words if any(char.isdigit() for char in word)) * 2 < len(words)


def _lead_market_venue(text: str) -> str | None:
    """'Australian shares ended lower on Wednesday as miners slumped.', 'Hong Kong stocks fell on Tuesday':
    the first two sentences name the market the report is about, and its companies' lines there are the
    ones meant."""
    lead_sentences: list[str] = []
    for sentence in split_sentences(text[:600]):
        lead_sentences.append(sentence.text)
        # (a headline, byline or time stamp is no sentence of the lead: "Five minutes with ...", "Naledi Khumalo")
        if sum(1 for line in lead_sentences if _reads_as_a_sentence(line)) == 2:
            break
    lead = " ".join(lead_sentences)
    match = _LEAD_MARKET.search(lead)
    if match is None:
        return None
    venue = _LEAD_MARKET_VENUE[(match.group("market") or match.group("bourse")).lower()]
    if venue == "Hong Kong" and _US_LINES.search(lead):
        return None  # "Alibaba's ADRs tracked its Hong Kong shares lower": both markets, no default
    return venue


_MONEY_VENUE = {"HKD": "Hong Kong", "JPY": "Tokyo", "GBP": "London", "GBp": "London", "CNY": "A-shares",
                "KRW": "Seoul", "TWD": "Taiwan", "USD": "US", "AUD": "Sydney", "INR": "India", "SGD": "Singapore",
                "CAD": "Toronto"}


def _venue_of_money(text: str, figure: Figure, predicate: Predicate, discourse: Discourse | None = None) -> str | None:
    """'rose 9% to HK$50.25', 'off 17p at 742p': the currency of the price points at the listing."""
    level = level_after(text, predicate.end)
    money = figure.currency
    if level is not None and money is None:
        found = find_figures(text[level[1] - 5 : level[2] + 6])
        money = next((f.currency for f in found if f.currency), None)
    if money == "USD" and discourse is not None and _bare_dollar_of_a_dollar_market(text, figure, level, discourse):
        return None
    return _MONEY_VENUE.get(money or "")


_DOLLAR_CURRENCIES = {"AUD", "CAD", "SGD", "HKD", "NZD", "TWD"}
# no look-behind at the front, so the re module can skip ahead to a "U" or "$"; the letter before is checked after
_US_DOLLAR_MARK = re.compile(r"US\$|\$US\b|USD\s?\d|US\d+(?:\.\d+)?\s?(?:c|\u00a2|cents)\b")


def _marks_us_dollars(text: str) -> bool:
    """'US$13.7 billion', 'US74c': the article writes out which dollar it means when it means U.S. ones."""
    return any(not text[m.start() - 1 : m.start()].isalpha() for m in _US_DOLLAR_MARK.finditer(text))


def _bare_dollar_of_a_dollar_market(text: str, figure: Figure, level: tuple | None, discourse: Discourse) -> bool:
    """'Commonwealth Bank shed 1.6 per cent to $156.96' in a Sydney report: a bare "$" is the dollar of the
    market reported on (A$, C$, S$), not a sign of a U.S. listing; "US$" or "$US" still is."""
    names = LISTING_VENUES.get((discourse.venue or discourse.home_venue or "").strip().lower(), ())
    exchange = next((e for e in EXCHANGES_BY_SUFFIX.values() if names and e.name == names[0]), None)
    # a report that writes "US$13.7 billion" where it means U.S. dollars means another dollar by a bare "$"
    local_dollar = exchange is not None and exchange.currency in _DOLLAR_CURRENCIES
    if not (local_dollar or discourse.marks_us_dollars):
        return False
    start, end = (level[1], level[2]) if level is not None else (figure.start, figure.end)
    return "US" not in text[max(0, start - 4) : end]


_VENUE_AFTER = re.compile(r"^(?:[^,;]|(?<=\d),(?=\d))*?\b(?:in|on)\s+(?:the\s+)?([\w .'-]{2,60})")


def _venue_after(tail: str) -> str | None:
    from analysis.claims.subjects import venue_in

    # "at ₹1,968.45 on the NSE": a thousands comma is no clause break
    match = _VENUE_AFTER.match(tail)
    venue = venue_in(match.group(0)) if match else None
    if venue == "US" and _US_AS_AN_ADJECTIVE.search(match.group(0)) and not _US_MARKET_WORD.search(match.group(0)):
        return None  # "sank 25% on a U.S. offshore wind warning", "fell 3% on U.S. tariff fears": the news, not the market
    return venue


_US_AS_AN_ADJECTIVE = re.compile(
    r"\bU\.S\.\s+(?!(?:trading|shares|stocks?|markets?|listings?|sessions?|hours|exchanges?|premarket|pre-market|futures|close|open)\b)[a-z]")
_US_MARKET_WORD = re.compile(r"\b(?:Nasdaq|NYSE|New\s+York|Wall\s+Street|ADRs?|ADSs?|depositary)\b", re.IGNORECASE)


_AMBIGUOUS_CONTEXT = re.compile(
    r"^(?:(?:'s|\u2019s)\s+(?:[\w.-]+\s+){0,3}(?:shares|stock|ADRs|depositary)|"
    r"\)\s+(?:index|composite)\b|"  # "The Stock Exchange of Thailand (SET) index": an index's abbreviation
    r":?\s*[+\-\u2212]\d|"  # "S&P 500 -0.3%, Nasdaq -0.3%, Dow -103 pts": a signed figure is its move
    r",\s+(?:up|down)\s+\d[\d.,]*\s*%|"  # a movers list's "- Shell, up 2.0% at 2,810p"
    # "Progressive said Wednesday its April net income rose": a name that speaks or reports is a company
    r"\s+(?:said|says|reported|reports|posted|announced|announces)\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|late|early|today|yesterday)\b|that\b|its\b|it\b)|"
    # "Reddit priced its IPO at $34": a name that lists its shares
    r"\s+(?:priced|prices|debuted|debuts)\s+(?:its|their|shares|on)\b|"
    # "Straits Times 3,393.70 -7.5%", "Dow: 42,141.54, −0.2%", "Dow: 40,608.45 (+7.9%)": a table's line
    r":?\s+\d[\d,]*(?:\.\d+)?,?\s+\(?[+\-\u2212]\d|"
    # "while Dell's are up about 37%": the possessive stands for its shares
    r"(?:'s|\u2019s)\s+(?:are|were)\s+(?:up|down|off|higher|lower)\b|"
    # "Chewy - The online pet-supplies retailer jumped 9%": a movers list's item; "Electrolux B shares"
    r"\s+[-\u2013\u2014]\s+(?:The|Shares|Its)\b|\s+[A-C]\s+shares\b|"
    r"\s+(?:ON|PN|PNA|PNB|UNT)\b|"  # "Vale ON (VALE3) rose 1.1%": a B3 share-class tag
    # ("Dow Jones: down 0.3% at 38,520.12": a stat box's line)
    r"(?:'s|\u2019s)?(?::(?=\s*(?:up|down|higher|lower|off)\b))?\s*(?:shares|stock|Inc|Corp|Corporation|Co|Group|Holdings|plc|\(|up|down|higher|lower|off|ends|ended|closed|finished|has|had|have|is|was|were|will|"
    r"edged|inched|ticked|crept|"
    + lx.alternation((lx.UP_VERBS | lx.DOWN_VERBS) - {"add", "adds", "gain", "rise", "drop", "fall", "ease", "slip", "dip"})
    + r")\b)",
    re.IGNORECASE,
)


_HEDGE_WORDS = lx.alternation(set(lx.HEDGES))

_ON_A_WEEKDAY_OPENING = re.compile(r"\s*On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b(?![',\u2019])")
_OFFERED_BEFORE = re.compile(r"\b(?:offered|offers|proposed|proposes|promised|granted|grants)\s+(?:an?|its\s+staff\s+an?)\s+$")
_AN_AMOUNT_THEN_ITS_CHANGE = re.compile(
    r"(?:[A-Z]{0,3}\$|[\u20ac\u00a3\u00a5\u20b9]|Rs\.?\s?)\d[\d,.]*\s*(?:billion|million|trillion|bn|mn|crore|lakh)\s*,\s*(?:up|down)\s+"
    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?$"
    # ("Muyuan sold 18.04 million hogs, an increase of 19.2%": a count of things, then its change)
    r"|\b\d[\d,.]*\s*(?:billion|million|trillion|bn|mn|crore|lakh)\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*(?:an?\s+)?(?:increase|rise|decrease|decline|drop|fall|gain|jump)\s+of\s+"
    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?$", re.IGNORECASE)
_ALLOWED_RISE_AFTER = re.compile(
    r"\s+(?:increase|rise|hike|cut|reduction)\s+(?:allowed|permitted|approved|proposed|sought|requested|granted)\b", re.IGNORECASE)
_MORE_OF_SOMETHING = re.compile(r"\s+(?:more|less|fewer)\s+(?!than\b|of\b|in\b|on\b|after\b|over\b|to\b)[a-z]{3,}")
# "The shares also trade in Toronto, a listing Westgold inherited. They had gained 4% there this year": a second line's market
_ALSO_TRADES_IN = re.compile(r"\b(?:also\s+)?(?:trade|trades|traded|are\s+listed|is\s+listed)\s+(?:also\s+)?(?:in|on)\s+(?P<market>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")
# "Hong Kong bore the brunt of it overnight. HSBC closed down 6.3% there": the market the sentence before opened on
_THERE = re.compile(r"\s+there\b")
_OPENING_MARKET = re.compile(
    r"\s*(?:[A-Z][A-Z .'-]{1,30}:\s+)?(?:In\s+|Over\s+in\s+)?(?P<market>Hong Kong|Tokyo|Seoul|Shanghai|Shenzhen|Taipei|Sydney|Mumbai|Singapore|London|"
    r"Frankfurt|Paris|Zurich|Toronto|Johannesburg|Sao Paulo|New York|Wall Street)\b"
)
_SIGNED_CHANGE_AT_END = re.compile(r"[+\-\u2212]\d[\d.,]*\s*%|\s[+\-\u2212]\d[\d,]*\.\d+\s*$")
# ", BP", " and BP": the next name of a list, whose move follows it
_NEXT_IN_A_LIST = re.compile(r"^(?:,\s*|\s+(?:and|&)\s+)[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2}")

# "Equipment hire group Ashtead", "the retailer Next": a noun for a company right before the name.
_GAPPED_FIGURE_AFTER = re.compile(r"\s+\d[\d.]*\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_FIGURE_THEN_AND_BEFORE = re.compile(r"\d\s*(?:%|per\s*cent|percent)\s*(?:,\s*|,?\s+and\s+)(?:[A-Z][\w'\u2019.-]*\s+){0,2}$", re.IGNORECASE)
_VENUE_ADJECTIVE_BEFORE = re.compile(r"\b[\w.&]+-(?:listed|traded|based|headquartered)\s+$", re.IGNORECASE)
_COMPANY_NOUN_BEFORE = re.compile(r"\b(?:" + lx.alternation(lx.COMPANY_NOUNS) + r")\s+$", re.IGNORECASE)
_MOVE_IN_ASIDE = re.compile(
    # "Carlsberg, whose B shares were up 2.1%": a share class before the noun, a copula before "up"
    r"^,\s*(?:which|whose\s+(?:(?:[Cc]lass\s+)?[A-Z]\s+|preferred\s+|ordinary\s+)?(?:shares|stock))\s+"
    r"(?:had\s+|has\s+|have\s+|were\s+|was\s+)?(?:" + lx.alternation(lx.UP_VERBS | lx.DOWN_VERBS | {"up", "down"}) + r")\s+"
    r"(?:[a-z]+\s+){0,3}[\d.]+\s*(?:%|per\s*cent|percent)",
    re.IGNORECASE,
)
# "Shell bucked the trend, rising 1.6% to 2,622p": the name's own clause, then its move as a participle
_MOVE_AFTER_ITS_CLAUSE = re.compile(
    # ("The Nasdaq did even better, up 2.2% on the day": a verbless move after its clause)
    r"^\s+[a-z][^,.;:]{0,50},\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _MOVE_PARTICIPLES) + r"|up|down|off|higher|lower)\s+"
    r"(?:[a-z]+\s+){0,3}[\d.,]+\s*(?:%|per\s*cent|percent|p\b|pence|points)",
    re.IGNORECASE,
)
# ", which reported ...,", "Target, remember, fell 8% yesterday": an aside between a name and its move
_MOVE_NOUN_IN_BEFORE = re.compile(
    r"\d\s*(?:%|per\s*cent|percent)\s+(?:" + lx.alternation(lx.UP_NOUNS | lx.DOWN_NOUNS) + r")\s+in\s+(?:shares\s+of\s+)?$", re.IGNORECASE
)
_SHARES_IN_BEFORE = re.compile(r"\b(?:shares|stock)\s+(?:in|of)\s+$", re.IGNORECASE)
_ASIDE_AFTER_NAME = re.compile(
    rf"^,\s*(?:(?:which|who|whose|a|an|the|its)\b[^,;]{{0,120}}|{lx.DISCOURSE_ASIDES}),", re.IGNORECASE
)


_DESCRIBED_AS_A_COMPANY = re.compile(
    r",\s*(?:the|a|an)\s+(?:[\w.-]+\s+){0,4}?(?:" + lx.alternation(lx.COMPANY_NOUNS) + r")\b[^,]{0,40},$", re.IGNORECASE)


def _ambiguous_without_context(text: str, mention) -> bool:
    """An alias that is also a common word ("Target", "Next", "Shell", "Ashtead") counts only next to "shares",
    "Inc.", a move ("Ashtead, which ..., was off 126p") or after a company noun ("hire group Ashtead")."""
    if not getattr(mention, "ambiguous", False):
        return False
    after = text[mention.end : mention.end + 200]
    if _MOVE_IN_ASIDE.match(after):
        return False  # "Target, which lost 21.4% in the regular session, was little changed late"
    aside = _ASIDE_AFTER_NAME.match(after)
    if aside and _DESCRIBED_AS_A_COMPANY.match(aside.group(0)):
        return False  # "Circle, the stablecoin issuer, priced at $31": the aside says it is a company
    if aside:
        after = after[aside.end() :].lstrip()
    if _AMBIGUOUS_CONTEXT.match(after[:40]) or _MOVE_AFTER_ITS_CLAUSE.match(after[:90]):
        return False
    listed = _NEXT_IN_A_LIST.match(after[:60])
    rest = re.sub(r"^,\s*(?:which|who)\b[^,;]{0,80},", "", after[listed.end() : listed.end() + 140]) if listed else ""
    if listed and (_AMBIGUOUS_CONTEXT.match(rest[:40]) or re.match(r"\s+(?:[a-z]+\s+){1,4}[+-]?\d", rest[:40])):
        return False  # "Shell, BP gain more than 5%", "Shell and BP rose": the list's move is its names'
    if _MOVE_NOUN_IN_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return False  # "Friday's 2.4% drop in the Nasdaq": the name after a move noun is whose price moved
    if _SHARES_IN_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return False  # "Shares in Shell, BP and Centrica fell 2%"
    if _GAPPED_FIGURE_AFTER.match(after) and _FIGURE_THEN_AND_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return False  # "Saab added 116% and Italy's Leonardo 74%": the verb is left out, the figure is the name's move
    if _VENUE_ADJECTIVE_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return False  # "London-listed Wise rose 2.0%", "Oslo-based Elkem"
    if _RIC_AFTER.match(text, mention.end):
        return False  # "** Novavax NVAX.O: down 8.8%": a Reuters item gives the name's instrument code
    if _CLASS_LETTER_AFTER.match(text, mention.end) and _TABLE_ROW_AFTER_CLASS.match(text, mention.end):
        return False  # a table's "Investor B   290.55   +0.5%": a share class, then its price and move
    if (_LABEL_COLON.match(after) and not mention.surface.isupper()
            and not text[text.rfind("\n", 0, mention.start) + 1 : mention.start].strip(" -\u2022*")):
        # a note's "Coforge: Reported third-quarter results ...": the name that labels its paragraph (not a transcript's
        # speaker in capitals, "ANCHOR:", "TYLER:")
        return False
    if _ITS_OWN_SHARES_LATER.match(after[:160]):
        return False  # "Wesfarmers reported a 14.4% rise in annual profit, but its shares closed 1.6% lower": the shares' owner
    line_start, line_end = text.rfind("\n", 0, mention.start) + 1, text.find("\n", mention.end)
    row = text[line_start : line_end if line_end >= 0 else len(text)]
    if not text[line_start : mention.start].strip() and _SIGNED_CHANGE_AT_END.search(row) and tables.is_table_row(row):
        # "Leonardo      Milan      EUR       42.26   +16.0%": the name that opens a table's row (its change may be
        # under a "% Chg" heading: "Weimob                       2013       1.86    +14.81")
        return False
    return not _COMPANY_NOUN_BEFORE.search(text[max(0, mention.start - 30) : mention.start])


_LABEL_COLON = re.compile(r":\s+[A-Z]")
# a verb right after the name, then, in the same sentence, the shares of "its" own
_ITS_OWN_SHARES_LATER = re.compile(r"\s*[a-z]+\s(?:[^.;]|(?<=\d)\.(?=\d)){0,120}?\b(?:its|the\s+company's|the\s+company\u2019s)\s+(?:shares|stock)\b")


# Premarket trading opens 5½ hours before the bell in New York (04:00 ET). A "Before the Bell"
# note sent earlier than that, at 06:45 in London, reports yesterday's closes, not premarket moves.
_PREMARKET_HOURS = dt.timedelta(hours=5, minutes=30)


def _in_premarket_hours(calendar: TradingCalendar, moment: dt.datetime) -> bool:
    return calendar.open_utc(calendar.local_date(moment)) - moment <= _PREMARKET_HOURS


def _calendar_warnings(claims: list[Claim]) -> list[str]:
    warnings: list[str] = []
    for mic in {c.mic for c in claims if c.mic}:
        for warning in calendar_for(mic).warnings:
            if warning not in warnings:
                warnings.append(warning)
    return warnings


def extract_claims(article: Article, directory=None) -> list[Claim]:
    """Convenience entry: the claims of one article, with the default listing directory."""
    if directory is None:
        from data.listings.directory import default_directory

        directory = default_directory()
    return ClaimExtractor(directory).extract(article).claims

