"""Figures in tables: which column a figure stands in, and what that column's heading says about its span.

Market copy prints scorecards as Markdown tables ("| Index | Close | Chg | YTD |") or as text
aligned with spaces ("INDEX   CLOSE   %CHG   NOV"). A row's day move and its month or year move look
alike ("-0.37%   -2.2%"); only the heading above the column tells them apart.
"""

from __future__ import annotations

import re

from analysis.claims import lexicon as lx
from analysis.claims.figures import Figure
from analysis.models import Unit

_CELL_GAP = re.compile(r"\t+|\s{2,}")
_MARKDOWN_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _line_at(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _is_markdown_row(line: str) -> bool:
    """Cells cut by bars: "| S&P 500 | +0.6% |", or without the outer bars, "S&P 500        | +0.6%    | +5.7%"."""
    return line.count("|") >= 2 and (line.lstrip().startswith("|") or len(line) <= 120)


def _is_aligned_row(line: str) -> bool:
    return len(_CELL_GAP.findall(line.strip())) >= 2


def _cells(line: str, markdown: bool) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row, in line coordinates."""
    if markdown:
        bars = [m.start() for m in re.finditer(r"\|", line)]
        if line[: bars[0]].strip():
            bars.insert(0, -1)  # no bar before the first cell
        if line[bars[-1] + 1 :].strip():
            bars.append(len(line))  # nor after the last
        return [(a + 1, b) for a, b in zip(bars, bars[1:])]
    cells, position = [], 0
    stripped_from = len(line) - len(line.lstrip())
    for gap in _CELL_GAP.finditer(line, stripped_from):
        if gap.start() > stripped_from and line[position:gap.start()].strip():
            cells.append((max(position, stripped_from), gap.start()))
        position = gap.end()
    if line[position:].strip():
        cells.append((max(position, stripped_from), len(line.rstrip())))
    return cells


_INDENTED_HEADINGS = re.compile(r"\s{6,}\S+(?:\s\S+)*\s{2,}\S+(?:\s\S+)*\s*$")


def _heading_line(text: str, row_start: int, markdown: bool) -> str | None:
    """The first line of the table block the row belongs to, when it reads as headings (no figures)."""
    heading = None
    position = row_start
    while position > 0:
        start, end = _line_at(text, position - 1)
        line = text[start:end]
        if not markdown and line.strip() and not _is_aligned_row(line) and _INDENTED_HEADINGS.match(line):
            heading = line  # "                  DAY    SEPTEMBER": two headings over the figures, the names' column blank
            break
        if not line.strip() or not (_is_markdown_row(line) if markdown else _is_aligned_row(line)):
            break
        if not _MARKDOWN_RULE.match(line):
            heading = line
        position = start
    if heading is None:
        return None
    words = [cell for cell in re.split(r"\||\s{2,}|\t", heading) if cell.strip()]
    if any(re.fullmatch(r"[+\-\u2212]\d[\d,.]*\s*%?", w.strip()) for w in words):
        return None  # a row of figures, not headings
    return heading


def column_heading(text: str, position: int) -> str | None:
    """The heading of the table column holding the character at `position`, or None outside a table."""
    start, end = _line_at(text, position)
    row = text[start:end]
    markdown = _is_markdown_row(row)
    if not markdown and not _is_aligned_row(row):
        return None
    heading = _heading_line(text, start, markdown)
    if heading is None or heading == row:
        return None
    row_cells, heading_cells = _cells(row, markdown), _cells(heading, markdown)
    offset = position - start
    index = next((i for i, (a, b) in enumerate(row_cells) if a <= offset < b), None)
    if index is None or not heading_cells:
        return None
    if len(heading_cells) != len(row_cells):
        # a blank heading over the names column: count from the right
        index = len(heading_cells) - (len(row_cells) - index)
        if index < 0:
            return None
    a, b = heading_cells[index]
    return heading[a:b].strip(" *_")


def caption_line(text: str, position: int) -> tuple[int, int] | None:
    """Where the line over the table holding `position` is, when it is no row of the table; None outside a table."""
    start, end = _line_at(text, position)
    if not _row_of_a_block(text, start, end):
        return None
    while start > 0:  # up to the table's first line
        above_start, above_end = _line_at(text, start - 1)
        above = text[above_start:above_end]
        if not _row_of_a_block(text, above_start, above_end) and not _ELIDED_ROWS.fullmatch(above):  # ("..." between a league's best and worst)
            break
        start = above_start
    if start == 0:
        return None
    return _line_at(text, start - 1)


# "Mitsubishi Estate -8.2%" under "Sumitomo Realty   -9.0%": a long name leaves one space before the figure
# ("Mitsubishi Chemical (4188) -3.8%  ████": and its bar after it)
_TIGHT_ROW = re.compile(r"\s*\S.{0,60}?\s[+\-\u2212]\d[\d.,]*\s*%(?:\s+[\u2580-\u259f]+)?\s*")


def _percent_column(line: str) -> int:
    """Where a row's figure ends: rows of one table end their figures in one column, whatever bars follow."""
    return line.find("%")


def _row_of_a_block(text: str, start: int, end: int) -> bool:
    """A table's row, or a row whose long name leaves one space before the figure, right-aligned with a row beside it."""
    line = text[start:end]
    if is_table_row(line):
        return True
    if not _TIGHT_ROW.fullmatch(line):
        return False
    neighbours = ([_line_at(text, start - 1)] if start > 0 else []) + ([_line_at(text, end + 1)] if end < len(text) else [])
    return any(
        is_table_row(text[a:b]) and _percent_column(text[a:b]) == _percent_column(line) for a, b in neighbours
    )


def _caption(text: str, position: int) -> str | None:
    line = caption_line(text, position)
    return None if line is None else text[line[0] : line[1]]


def caption_span(text: str, position: int) -> str | None:
    """The span a table's caption gives every row, as words of copy: "WEEKLY SCORECARD (local currency, price change
    on the week)" over "S&P 500  | 4,358.34 | +5.9%" -> "this week"; None outside a table or under no such caption."""
    line = caption_line(text, position)
    caption = None if line is None else text[line[0] : line[1]]
    if caption is None:
        return None
    if not _CAPTION_OF_MOVES.search(caption) and _SHORT_HEADING.fullmatch(caption):
        # "INDEXES, WEEK", "STOCKS OF THE WEEK" over rows of signed percentages: a heading that names the period alone
        for pattern, phrase in _CAPTION_SPANS:
            if pattern.search(caption):
                return phrase
    if not _CAPTION_OF_MOVES.search(caption):
        month = _CAPTION_IN_A_MONTH.search(caption)  # "Sector ETFs in May" over their signed percentages
        return f"in {month.group('month').title()}" if month else None
    for pattern, phrase in _CAPTION_SPANS:
        if pattern.search(caption):
            return phrase
    month = _CAPTION_MONTH.search(caption)  # "February change (each █ = 2 percentage points)"
    if month:
        return f"in {month.group(0).title()}"
    # "Bottom five" under the block "Top five in the ASX 200 (November)": the league's other half, its period
    above = text[: line[0]].rstrip()
    if above and _LEAGUE_HALF.fullmatch(caption):
        return caption_span(text, len(above) - 1)
    return None


# "TAIPEI MONTHLY SCORECARD — June 2024" heading the whole piece: the period of every block under it whose own
# caption ("AI SERVER BUILDERS RAN AGAIN") names none
# ("Weekly share-price change, Tokyo Stock Exchange Prime": a standfirst under the title may say it)
_SCORECARD_TITLE = re.compile(
    r"\b(?P<period>weekly|monthly)\s+(?:(?:share[- ]price|price|stock)\s+)?(?:scorecard|scoreboard|league\s+table|change|performance)\b",
    re.IGNORECASE,
)
# "TOKYO SCOREBOARD: Earnings week, four sessions to Friday": the sessions the table's moves span
_SESSIONS_TO_A_DAY = re.compile(r"\b(?P<count>two|three|four|five|six|\d)\s+sessions\s+(?:to|through|ended|ending)\s+\w+day\b", re.IGNORECASE)


def span_of_a_scorecard_title(text: str, position: int) -> str | None:
    """The period a scorecard's title gives the rows of a table at `position` that say no period of their own."""
    if caption_line(text, position) is None:
        return None
    head = "\n".join(text.lstrip().split("\n", 2)[:2])  # the title and the line under it
    sessions = _SESSIONS_TO_A_DAY.search(head)
    if sessions is not None:
        return f"over the past {sessions.group('count')} sessions"
    title = _SCORECARD_TITLE.search(head)
    if title is None:
        return None
    return "this week" if title.group("period").lower() == "weekly" else "this month"


_CAPTION_IN_A_MONTH = re.compile(r"\b(?:in|for|during)\s+(?P<month>" + lx.alternation({m for m in lx.MONTHS if len(m) > 3} | {"may"}) + r")\b",
                                 re.IGNORECASE)
_SHORT_HEADING = re.compile(r"[A-Z0-9][A-Za-z0-9 ,&()'\u2019-]{2,40}")
_LEAGUE_HALF = re.compile(r"\s*(?:bottom|worst|top|best)\s+(?:\d+|five|ten|three)\s*:?\s*|\s*(?:losers|fallers|decliners|laggards)\s*:?\s*",
                          re.IGNORECASE)


def is_table_row(line: str) -> bool:
    """A table's line, aligned with spaces or cut by bars ("Ibovespa** | 118,159.68 | +4.9%"); a paragraph of prose,
    however spaced, is none."""
    # (or a list's two columns: "Rheinmetall        +114%" under "WINNERS OF THE QUARTER (year to date)")
    return bool(line.strip()) and len(line) <= 120 and (line.count("|") >= 2 or _is_aligned_row(line) or bool(_NAME_AND_CHANGE.fullmatch(line)))


# (a bar chart's row ends its bar one space before the figure: "CSI 300     ███████████████▋ +15.7%")
_ELIDED_ROWS = re.compile(r"\s*(?:\.{3}|\u2026)\s*")
# (and a league's arrowed row, its figure one space after the name: "▼ UnitedHealth -26.6%")
_NAME_AND_CHANGE = re.compile(
    # ("Alibaba Group       +43%, after Apple confirmed ...": a row may end on a note)
    r"\s*\S.{0,60}?(?:\s{2,}|(?<=[\u2580-\u259f])\s)[+\-\u2212]\d[\d.,]*\s*%(?:[,;]\s+\S.*)?\s*"
    r"|\s*[\u25b2\u25bc\u25b3\u25bd]\s*\S.{0,60}?\s[+\-\u2212]\d[\d.,]*\s*%\s*"
)


# ("Selected decliners (close-to-close, %)": the unit closing the caption's brackets)
# ("AI supply chain, close-to-close %": or ending the caption)
_PERCENT_CAPTION = re.compile(r"%\s*(?:change|chg)|\b(?:pct|per\s*cent|percent(?:age)?)\s+(?:change|chg)\b|[(,]\s*%\s*\)|\s%\s*$",
                              re.IGNORECASE)
# a bar drawn after a row's figure: "Sompo Holdings       -18.1  ##################"
_BAR_AFTER = re.compile(r"[\s|]*(?:[#*=\u2580-\u259f]+\s*)?")
_CAPTION_OF_MOVES = re.compile(
    # "FTSE 100: BEST AND WORST THIS WEEK": a league table's caption
    r"\b(?:change|chg|scorecard|performance|moves?|movers|returns?|gains?|losses|winners|losers|gainers|decliners|performers|"
    r"risers|fallers|best|worst|top|bottom|standouts|laggards|leaders)\b|%|"
    # "First half 2025, local currency (each block = 2 points)": a bar chart's caption
    r"\blocal\s+currency\b|\beach\s+(?:block|bar)\b|[\u2580-\u259f]\s*=",
    re.IGNORECASE,
)
_CAPTION_SPANS = (
    # ("INDEXES, WEEK      CHANGE" over its rows: the week alone)
    (re.compile(r"\b(?:weekly|on\s+the\s+week|this\s+week|week\s+to\s+date|the\s+week|week)\b", re.IGNORECASE), "this week"),
    (re.compile(r"\b(?:monthly|on\s+the\s+month|this\s+month|month\s+to\s+date|month|month's|month\u2019s)\b", re.IGNORECASE), "this month"),
    (re.compile(r"\b(?:year[- ]to[- ]date|ytd)\b", re.IGNORECASE), "year to date"),
    (re.compile(r"\b(?:first\s+half|h1)\b", re.IGNORECASE), "in the first half"),
)


_MONTH = lx.alternation(set(lx.MONTHS))
# (a caption's "May change" is the month: captions are no sentences with a modal verb)
_CAPTION_MONTH = re.compile(r"\b(?:" + lx.alternation({m for m in lx.MONTHS if len(m) > 3} | {"may"}) + r")\b", re.IGNORECASE)


def span_phrase_of_heading(heading: str) -> str | None:
    """A column heading read as the words of copy: "NOV" -> "in November", "YTD" -> "year to date",
    "2024" -> "in 2024", "Week" -> "this week"; None for a day's change ("%CHG", "Chg", "Close")."""
    words = heading.strip().lower().replace("%", " ").replace("chg", " ").replace("change", " ").strip(" .:()")
    if re.fullmatch(r"(?:(?:19|20)\d\d\s+|q1\s*/\s*)?(?:ytd|year[- ]to[- ]date)|since jan\.? 1|year", words):
        return "year to date"
    year = re.fullmatch(r"(?:19|20)\d\d", words)
    if year:
        return f"in {year.group(0)}"
    if re.fullmatch(r"wtd|week|wk|1w|5d|w/w|week[- ]to[- ]date", words):
        return "this week"
    if re.fullmatch(r"mtd|month|1m|m/m|month[- ]to[- ]date", words):
        return "this month"
    if re.fullmatch(r"first half|h1|1h", words):
        return "in the first half"
    month = re.fullmatch(rf"(?P<month>{_MONTH})\.?", words)
    if month:
        number = lx.MONTHS[month.group("month").rstrip(".")]
        return "in " + ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                        "October", "November", "December"][number - 1]
    return None


_SIGNED_BARE_NUMBER = re.compile(r"(?<![\w.,])(?P<sign>[+\-\u2212])(?P<number>\d[\d,]*(?:\.\d+)?)(?![\d%.,])")
# ("Chg %", "Change (%)": the unit after the word, as Italian and German desks print it)
_PERCENT_HEADING = re.compile(
    r"%\s*(?:chg|ch|change|move)?|pct\.?(?:\s*(?:chg|change))?|per\s*cent(?:\s+change)?|(?:chg|change|var\.?)\s*\(?%\)?",
    re.IGNORECASE,
)


def _in_percent_table(text: str, position: int) -> bool:
    """Whether the table at `position` is captioned in percent, or is a block of moves ("Gainers elsewhere") right
    under a block that is ("AI supply chain, close-to-close %")."""
    line = caption_line(text, position)
    if line is None:
        return False
    caption = text[line[0] : line[1]]
    if _PERCENT_CAPTION.search(caption):
        return True
    above = text[: line[0]].rstrip()
    return bool(above) and bool(_CAPTION_OF_MOVES.search(caption)) and _row_of_a_block(text, *_line_at(text, len(above) - 1)) and (
        _in_percent_table(text, len(above) - 1))


def percent_cells(text: str, line_start: int, line: str) -> list[Figure]:
    """Signed numbers printed without "%" in a column headed "%Chg" ("Southwest Airlines  28.88  +1.24  +4.49"): the
    table's percentage moves. Positions are in `line` coordinates."""
    found = []
    matches = list(_SIGNED_BARE_NUMBER.finditer(line))
    for match in matches:
        heading = column_heading(text, line_start + match.start())
        if heading is None and match is matches[-1] and _BAR_AFTER.fullmatch(line, match.end()):
            # no heading row, but a caption over the table: "MARKET DATA (% change on day)" over "Topix | 2,764.00 | +0.21"
            if not _in_percent_table(text, line_start + match.start()):
                continue
        elif heading is None or not _PERCENT_HEADING.fullmatch(heading.strip()):
            continue
        number = match.group("number").replace(",", "")
        decimals = len(number.split(".")[1]) if "." in number else 0
        found.append(Figure(match.start(), match.end(), float(number), Unit.PCT, 1 if match.group("sign") == "+" else -1, None, decimals))
    return found
