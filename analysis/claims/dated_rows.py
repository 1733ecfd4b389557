"""Tables keyed by day or month: the instrument is named once, in the caption, and each row is a period.

    Nikkei 225, day by day              STRAITS TIMES INDEX         OMX Stockholm 30: 2,585.41
    Mon Sep 30    37,919.55    -4.8%    January: +0.9%              Day: +0.4%
    Tue Oct 1     38,651.97    +1.9%    Friday:  +0.4%              Year to date: +10.6%

Every rule looks for a row's subject in the row, where such a table has only the day. Each row is read as
the line of copy it stands for ("Nikkei 225 on Mon Sep 30: 37,919.55    -4.8%"), its claims pointing back at
the row's figure, as a stat box's do.
"""

from __future__ import annotations

import re

from analysis.claims import lexicon as lx
from analysis.claims import tables
from analysis.claims.stat_boxes import StatBoxEntry
from analysis.claims.subjects import MentionRef
from analysis.sentences import Sentence

_WEEKDAY = lx.alternation(set(lx.WEEKDAYS))
_MONTH = lx.alternation(set(lx.MONTHS))
# "Mon Sep 30", "Tuesday, Oct. 1", "Oct 2", "3 Oct", "Thu 3/10": a row's first cell naming its session
_DAY_LABEL = re.compile(
    rf"\s*(?P<label>(?:(?:{_WEEKDAY})\.?,?(?:\s+|$))?(?:(?:{_MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH})\.?|\d{{1,2}}/\d{{1,2}})?)"
    r"(?=\s{2,}|\t|\s*\|)",
    re.IGNORECASE,
)
# "January: +0.9%" and "Friday:  +0.4%" under "STRAITS TIMES INDEX": a month's or a day's row, told with a colon;
# "Day: +0.4%", "Week: +1.2%", "Year to date: +10.6%" under "OMX Stockholm 30: 2,585.41": a stat box's periods
_PERIOD = r"day|today|week|wtd|month|mtd|year\s+to\s+date|ytd"
_LABEL_WITH_COLON = re.compile(rf"\s*(?P<label>{_WEEKDAY}|{_MONTH}|{_PERIOD})\s*:(?=\s)", re.IGNORECASE)
_A_PERIOD = re.compile(_PERIOD, re.IGNORECASE)
_PERCENT = re.compile(r"[+\-\u2212]?\d[\d.,]*\s*%")


def dated_row_entries(text: str, sentences: list[Sentence], mentions: list) -> dict[int, StatBoxEntry]:
    """Sentence index of each row -> its entry, for rows under a caption that names one instrument and nothing in
    the row itself does."""
    entries: dict[int, StatBoxEntry] = {}
    for index, row in enumerate(sentences):
        label = _DAY_LABEL.match(row.text)
        if label is None or not label.group("label").strip() or not tables.is_table_row(row.text):
            label = _LABEL_WITH_COLON.match(row.text)
        if label is None or not label.group("label").strip() or "\n" in row.text or len(row.text) > 60:
            continue
        figure = _PERCENT.search(row.text, label.end())
        if figure is None or any(row.start <= m.start < row.end for m in mentions):
            continue
        named = _one_name_in_a_caption(text, row.start, mentions)
        if named is None:
            continue
        name = named[0].surface
        word = label.group("label").strip()
        if _A_PERIOD.fullmatch(word):  # "on the day", "this week", "year to date"
            prefix = f"{name} {tables.span_phrase_of_heading(word) or 'on the day'}: "
        else:  # "in January", "on Friday", "on Mon Sep 30"
            prefix = f"{name} {'in' if word.lower().rstrip('.') in lx.MONTHS else 'on'} {word}: "
        rest = row.text[label.end():].strip()
        line = prefix + rest
        start = row.start  # (offsets of the line read are its own; the claims point back at the row)
        entries[index] = StatBoxEntry(
            row,
            (row.start + figure.start(), row.start + figure.end()),
            Sentence(line, start, start + len(line)),
            row.end,
            MentionRef(0, len(name), name, named[0].company),
        )
    return entries


def _caption_over_labels(text: str, row_start: int) -> tuple[int, int] | None:
    """The line right over a block of "January: +0.9%" rows, where no aligned table makes one."""
    start = text.rfind("\n", 0, row_start) + 1
    while start > 0:
        above_start = text.rfind("\n", 0, start - 1) + 1
        above = text[above_start : start - 1]
        if not above.strip():
            return None
        if not (_LABEL_WITH_COLON.match(above) or tables.is_table_row(above)):
            return above_start, start - 1
        start = above_start
    return None


def _one_name_in_a_caption(text: str, row_start: int, mentions: list) -> list | None:
    """The mentions of the one instrument the row's caption names (a table's, else a label block's), or None."""
    for caption in (tables.caption_line(text, row_start), _caption_over_labels(text, row_start)):
        if caption is None:
            continue
        named = [m for m in mentions if caption[0] <= m.start < caption[1]]
        if len({m.company.id for m in named}) == 1:
            return named
    return None
