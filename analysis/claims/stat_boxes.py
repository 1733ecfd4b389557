"""Stat boxes: a figure on a line of its own, and under it the line that says what it measures.

    −0.5%
    FTSE 100 on the day, closing at 8,370.33

    10.2%
    Tuesday's gain in the shares, which closed at $231.26

Copy puts the subject after the figure here, where every rule looks before it. Each such pair is read as
the line of copy it stands for ("FTSE 100 on the day, closing at 8,370.33: −0.5%"), an unsigned figure
taking its direction from the description's words ("gain", "down"); the claims point back at the figure.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from analysis.models import Claim
from analysis.sentences import Sentence

_FIGURE_LINE = re.compile(
    r"\s*(?:(?:around|about|nearly|almost|more\s+than|over|up\s+to)\s+)?(?P<figure>(?P<sign>[+\-\u2212])?\d[\d.,]*\s*%)\s*",
    re.IGNORECASE,
)
_UP_WORDS = re.compile(r"\b(?:gain|gains|rise|rises|jump|jumps|rally|advance|surge|up|higher)\b", re.IGNORECASE)
_DOWN_WORDS = re.compile(r"\b(?:drop|drops|fall|falls|decline|declines|loss|losses|slide|slump|down|lower)\b", re.IGNORECASE)
_A_PERCENT = re.compile(r"\d\s*%|\bper\s*cent\b|\bpercent\b", re.IGNORECASE)


@dataclass(frozen=True)
class StatBoxEntry:
    figure_line: Sentence  # "−0.5%"
    figure_span: tuple[int, int]  # the figure itself, in the article
    read_as: Sentence  # "FTSE 100 on the day, closing at 8,370.33: −0.5%", starting where the description does
    description_end: int
    named_above: object | None = None  # a MentionRef into read_as, for a name the line read borrows from a caption


def stat_box_entries(text: str, sentences: list[Sentence]) -> dict[int, StatBoxEntry]:
    """Sentence index of each description -> its entry. A description holding a percentage of its own ("CPI annual
    rate, down from 3.2%") is left alone: which figure is whose cannot be told."""
    entries: dict[int, StatBoxEntry] = {}
    for index in range(len(sentences) - 1):
        figure_line, description = sentences[index], sentences[index + 1]
        figure = _FIGURE_LINE.fullmatch(figure_line.text)
        if (
            figure is None
            or text[figure_line.end : description.start].strip(" \t") != "\n"  # the very next line
            or "\n" in description.text
            or _A_PERCENT.search(description.text)
        ):
            continue
        written = figure.group("figure")
        if figure.group("sign") is None:
            up, down = _UP_WORDS.search(description.text), _DOWN_WORDS.search(description.text)
            if (up is None) == (down is None):
                continue  # "Two-year gilt yield at the close": a level, not a move
            written = ("+" if up else "-") + written
        line = description.text.rstrip(" .") + ": " + written
        entries[index + 1] = StatBoxEntry(
            figure_line,
            (figure_line.start + figure.start("figure"), figure_line.start + figure.end("figure")),
            Sentence(line, description.start, description.start + len(line)),
            description.end,
        )
    return entries


def pointed_at_the_figure(claims: list[Claim], entry: StatBoxEntry, text: str) -> list[Claim]:
    """The claims read from an entry, their span on the figure line and their text the pair of lines."""
    pair = text[entry.figure_line.start : entry.description_end]
    return [dataclasses.replace(claim, span=entry.figure_span, text=pair) for claim in claims]
