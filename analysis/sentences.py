"""Split article text into sentences with character offsets into the original text.

Wire copy puts one paragraph a line and writes abbreviations the splitter must not break on
("Corp.", "U.S.", "Dec. 20", "J.P. Morgan"), so the rules are: every line break ends a
sentence; inside a line, a full stop, "!" or "?" ends one only when the next word starts
with a capital, a digit, a quote or a signed figure and the word before is not a known
abbreviation or an initial.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that, followed by ".", almost never end a sentence in market copy.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "sr", "jr", "gen", "gov", "sen", "rep", "pres", "capt",
    "col", "lt", "sgt", "rev", "hon", "messrs",
    "corp", "inc", "co", "cos", "ltd", "plc", "llc", "lp", "bhd", "nv", "sa", "ag", "se", "spa", "ab", "asa", "oyj",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "no", "nos", "vs", "approx", "est", "dept", "univ", "assn", "bros", "intl", "natl", "ave", "blvd",
    # not "bn", "mn": "... EBIT of £3.0bn. Yesterday's 3.3% drop" ends a sentence
    "fig", "vol", "etc", "al", "cf", "ie", "eg", "pct", "pts", "yr", "qtr",
}

_CANDIDATE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+)")
# a capital, a digit, a CJK character, or a signed figure ("... fiscal 2025. +1.1% before the bell.")
_NEXT_START = re.compile(r"\s+(?:[\"'\u201c\u2018(\[]*[A-Z0-9\u4e00-\u9fff]|[+\u2212-]\d)")
# "... was at HK$63.40 at 11 a.m. KE's ADSs surged", "... in the U.S. The company": a dotted initialism ends a sentence
# when the next word is one that opens sentences, or a possessive after a time (no time zone after "a.m." takes one)
_STARTS_AFTER_INITIALISM = re.compile(
    r"\s+(?:The|It|Its|Shares|Stocks|He|She|They|We|This|These|Those|Meanwhile|However|Elsewhere|Analysts|Investors)\b"
    r"|(?<=[ap]\.m\.)\s+[A-Z][\w.&-]*['\u2019]s\s"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.&'-]*)$")
_TABLE_CELLS_AFTER = re.compile(r"(?:\s{2,}|\t)[+\-\u2212]?\d[\d,.]*%?(?:\s{2,}|\t)[+\-\u2212]?\d")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int  # exclusive; text == article[start:end]

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def _ends_with_abbreviation(before: str) -> bool:
    # (a `$`-anchored search tries every position: the last 40 characters hold any abbreviation)
    match = _WORD_BEFORE.search(before, max(0, len(before) - 40))
    if not match:
        return False
    word = match.group(1)
    if "." in word.rstrip("."):  # U.S, J.P, U.K: dotted initialisms
        return True
    bare = word.rstrip(".").lower()
    if len(bare) == 1:  # an initial: "John F. Kennedy", "Class A. shares"; not a unit: "to 152.65p."
        return not before[: match.start()][-1:].isdigit()
    return bare in ABBREVIATIONS


def _split_line(text: str, line_start: int, line_end: int) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = line_start
    for match in _CANDIDATE.finditer(text, line_start, line_end):
        stop = match.end()
        if not _NEXT_START.match(text, stop, line_end):
            continue
        if match.group(0)[0] == "." and _ends_with_abbreviation(text[start : match.start()]) and not _STARTS_AFTER_INITIALISM.match(text, stop, line_end):
            continue
        if text[match.start() - 1 : match.start()].isdigit() and text[stop:stop + 2].strip()[:1].isdigit():
            continue  # "up 5. 2%" never happens; "No. 1" is handled above
        if match.group(0).startswith("...."):
            continue  # a dotted leader between a row's name and its figures: "Topix ......... 2,645.94  ▼ 3.5%"
        if _TABLE_CELLS_AFTER.match(text, stop, line_end):
            continue  # a table row's abbreviated name: "HS China Ent.        7,493.35     -830.66   -9.98"
        sentences.append(_trimmed(text, start, stop))
        start = stop
    if start < line_end:
        sentences.append(_trimmed(text, start, line_end))
    return [s for s in sentences if s.text]


def _trimmed(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(text[start:end], start, end)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text`, in order, with offsets such that text[s.start:s.end] == s.text."""
    sentences: list[Sentence] = []
    position = 0
    for line in re.finditer(r"[^\n]+", text):
        if line.group(0).strip():
            sentences.extend(_split_line(text, line.start(), line.end()))
        position = line.end()
    del position
    return sentences
