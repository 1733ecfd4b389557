"""Case-blind alternations tried only where they can match.

Python's `re` has no literal prefilter for a case-blind alternation: asked whether "day", "session" or a
weekday occurs, it tries every alternative at every position. `Gated` puts a substring test on the
lower-cased text in front (it says no to most sentences a hundred times faster); `search_from_words`
tries a pattern anchored at the end of a text only where a word it can begin with starts.
"""

from __future__ import annotations

import re

# str.lower() and re.IGNORECASE disagree on these (the Kelvin sign, dotted and dotless i, the long s): a
# text holding one is always given to the regex
_FOLDS_APART = re.compile("[\u0130\u0131\u017f\u212a]")


class Gated:
    """`pattern` (compiled case-blind) and the lower-case literals one of which every match contains."""

    __slots__ = ("pattern", "needles")

    def __init__(self, pattern: re.Pattern[str], *needles: str) -> None:
        assert needles and all(needle == needle.lower() for needle in needles)
        self.pattern = pattern
        self.needles = needles

    def _may_match(self, text: str, pos: int, endpos: int | None) -> bool:
        window = text[pos:endpos] if pos or endpos is not None else text
        if not window.isascii() and _FOLDS_APART.search(window):
            return True
        lowered = window.lower()
        return any(needle in lowered for needle in self.needles)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if not self._may_match(text, pos, endpos):
            return None
        return self.pattern.search(text, pos) if endpos is None else self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if not self._may_match(text, pos, endpos):
            return None
        return self.pattern.match(text, pos) if endpos is None else self.pattern.match(text, pos, endpos)

    def sub(self, replacement, text: str, count: int = 0) -> str:
        return self.pattern.sub(replacement, text, count) if self._may_match(text, 0, None) else text


# a word's first letter and the rest of it up to a space, as far as 16 characters, the longest first word
_WORD_HEAD = re.compile(r"(?<![\w'-])[A-Za-z]\S{0,15}")


def search_from_words(pattern: re.Pattern, text: str, window: int, first_words: frozenset[str]) -> re.Match | None:
    """`pattern.search` over the last `window` characters, tried only where a word it can start with begins.

    The move patterns are alternations of hundreds of words anchored at the end of the text; trying
    them at every character was the slowest step of extraction.
    """
    for word in _WORD_HEAD.finditer(text, max(0, len(text) - window)):
        if word.group().lower().rstrip(",.;:") in first_words:
            match = pattern.match(text, word.start())
            if match:
                return match
    return None


def first_words(*vocabularies: set[str]) -> frozenset[str]:
    return frozenset(phrase.split()[0].lower() for vocabulary in vocabularies for phrase in vocabulary)
