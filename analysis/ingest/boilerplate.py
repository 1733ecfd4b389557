"""Sentences that are not the article: credits, disclaimers, datelines and text in other languages.

Wire copy wraps the story in furniture ("Write to ... at ...", "(END) Dow Jones Newswires",
"Reporting by ...; Editing by ...", a copyright line) and aggregators append disclaimers, often
in Chinese. None of it carries a price claim or an opinion, so the claim extractor and the
sentiment scorer both skip what `excluded_spans` returns.
"""

from __future__ import annotations

import re
import unicodedata

from analysis.ingest.dateline import find_published
from analysis.sentences import split_sentences

BOILERPLATE = "boilerplate"
NOT_ENGLISH = "not English"
DATELINE = "dateline"
BYLINE = "byline"


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


# str.lower() and re.IGNORECASE agree on every character but these: Turkish dotted and dotless i
# and the long s, which the re module equates with "i" and "s".
_CASE_ODDITY = re.compile("[\u0130\u0131\u017f]")


class _Rules:
    """Case-blind patterns asked one question per sentence: does any of them match?

    Most sentences are prose that matches none, and one alternation of them all is slow to say
    so: the re module tries every alternative at every position, and a start-anchored pattern
    in the mix loses its shortcut. So the `^` patterns are one regex tried at the start only,
    and a pattern that may match anywhere is given as (word, pattern), `word` being a literal
    (or a tuple of literals, one of which) it cannot match without; it is searched only when the
    lower-cased sentence holds that word.
    """

    def __init__(self, *rules: str | tuple[str | tuple[str, ...], str]) -> None:
        anchored = [rule for rule in rules if isinstance(rule, str)]
        assert all(rule.startswith("^") for rule in anchored), "a pattern without a word must be anchored with ^"
        self._at_start = _any(*anchored)
        self._anywhere: list[tuple[str, re.Pattern[str]]] = []  # one entry per word
        for words, pattern in (rule for rule in rules if not isinstance(rule, str)):
            compiled = re.compile(pattern, re.I)
            self._anywhere.extend((word, compiled) for word in ((words,) if isinstance(words, str) else words))

    def search(self, text: str) -> bool:
        if self._at_start.match(text):
            return True
        if not text.isascii() and _CASE_ODDITY.search(text):
            return any(pattern.search(text) for _, pattern in self._anywhere)
        lowered = text.lower()
        for word, pattern in self._anywhere:
            if word in lowered and pattern.search(text):
                return True
        return False


# Credits: who wrote and edited the story.
_CREDIT = _Rules(
    r"^\s*(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Additional reporting)\s+by\b",
    r"^\s*[-\u2013\u2014]+\s*With\s+assistance\s+from\b",
    ("contributed", r"\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:article|report|story)\b"),
    r"^\s*(?:Written\s+by|Author|Authors)\s*:?\s+[A-Z]",
)
# "By Sherry Qin", "By Jane Doe and Li Wei, Bloomberg News", "By JANE DOE" -- names only; "By Monday's
# close, ..." is prose, and lower-case words other than name particles give it away.
_NAME = r"(?:[A-Z][\w'\u2019.-]*|de|van|von|der|da|bin|al|la|le)"
_BYLINE = re.compile(
    rf"^\s*By\s+{_NAME}(?:\s+{_NAME}){{0,4}}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME}(?:\s+{_NAME}){{0,4}}){{0,4}}"
    # an outlet or a date after the names: "| Bloomberg News", ", Reuters", "| December 23, 2024"
    r"(?:\s*[|,\u2022\u00b7-]\s*(?:[A-Z0-9][\w.'&:]*\s*,?\s*)+)?\s*$"
)
# Furniture around the story.
_FURNITURE = _Rules(
    r"^\s*Write\s+to\s+.+\s+at\s+\S+",
    r"^\s*To\s+contact\s+the\s+(?:reporters?|editors?|authors?)\b",
    r"^\s*(?:Contact|Media contact|Press contact|Investor contact|Contacts?)\s*:",
    r"^\s*\S+@\S+\.\w+\s*$",  # a bare e-mail address
    r"^\s*(?:Tel|Phone|Fax)\s*[.:]",
    r"^\s*\(END\)",
    r"^\s*(?:--\s*)?Dow\s+Jones\s+Newswires\s*$",
    r"^\s*(?:Copyright|\u00a9|\(c\)\s*\d{4})",
    ("rights", r"\bAll\s+rights\s+reserved\b"),
    r"^\s*(?:Read\s+more|Related|See\s+also|Also\s+read|More\s+from|Most\s+read)\s*:",
    r"^\s*(?:Sign\s+up|Subscribe)\b.*\b(?:newsletter|here|now|today)\b",
    r"^\s*(?:Advertisement|Story continues below|Story continues)\s*$",
    r"^\s*(?:Follow\s+us|Click\s+here)\b",
)
# Disclaimers, in English and in the Chinese that aggregators append.
_DISCLAIMER = _Rules(
    r"^\s*(?:Disclaimer|Important\s+notice|Disclosure)\s*:",
    ("advice", r"\b(?:is|are|does|do|should)\s+not\s+(?:be\s+)?(?:intended\s+as\s+|construed\s+as\s+|considered\s+|constitute\s+)?"
     r"(?:an?\s+)?(?:investment|financial|tax|legal)\s+advice\b"),
    (("buy", "sell"), r"\b(?:not|nor)\s+(?:a\s+)?(?:recommendation|solicitation|offer)\s+to\s+(?:buy|sell)\b"),
    ("purposes", r"\bfor\s+(?:general\s+)?information(?:al)?\s+purposes\s+only\b"),
    ("looking", r"\bforward[- ]looking\s+statements?\b"),
    r"^\s*Safe\s+Harbou?r\b",
    ("results", r"\bactual\s+results\s+(?:may|could)\s+differ\s+materially\b"),
    ("performance", r"\bpast\s+performance\s+is\s+(?:not|no)\s+(?:a\s+)?(?:guarantee|indicat)"),
    # Chinese
    ("免", r"免[責责][聲声]?[明声]"), ("投", r"投[資资]有[風风][險险]"), ("提示", r"[風风][險险]提示"), ("投", r"投[資资]建[議议]"),
    ("情報提供のみ", "情報提供のみ"), ("投資勧誘", "投資勧誘"), ("ご自身", r"投資判断は.*ご自身"), ("免責事項", "免責事項"),  # Japanese
    ("권유", r"투자\s?권유"), ("판단", r"투자\s?판단"), ("면책", "면책"),  # Korean
)
# A heading that makes the paragraph after it boilerplate too: "Forward-Looking Statements".
_SECTION_HEADING = _any(
    r"^\s*(?:Cautionary\s+(?:Note|Statement)\s+(?:Regarding|on)\s+)?Forward[- ]Looking\s+Statements?\s*:?\s*$",
    r"^\s*(?:Disclaimer|Safe\s+Harbou?r(?:\s+Statement)?|Important\s+Information)\s*:?\s*$",
)

# Function words that mark a Latin-script sentence as French, German, Spanish, Italian or Portuguese.
# Words English shares ("a", "in", "die", "den") are left out so an English sentence never trips it.
_FOREIGN_WORDS = set(
    "le la les des du une dans pour sur qui que pas aux est sont avec cette selon "  # French
    "der das und ist nicht mit dem von zu ein eine sich auf für des im um wurde nach bei "  # German
    "el los las y en del por con una para es se lunes martes según sus "  # Spanish
    "il di che della sono gli nel alla delle anche "  # Italian
    "os da em não uma foram pelo pela "  # Portuguese
    "à où été très".split()  # French again, accented
)
_ENGLISH_WORDS = set(
    "the of and to in is that for on with as was by at from its it has have had said are be were "
    "this which after shares stock rose fell percent their than more".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def classify_sentence(text: str) -> str | None:
    """Why a sentence is not article prose ("boilerplate", "not English", "dateline", "byline"), or None.

    "Write to Sherry Qin at sherry.qin@wsj.com" -> "boilerplate"; "By Sherry Qin" -> "byline";
    "December 23, 2024 00:59 ET (05:59 GMT)" -> "dateline"; a Chinese disclaimer -> "boilerplate";
    other text mostly in another script or language -> "not English".
    """
    stripped = text.strip()
    if not stripped:
        return None
    if _DISCLAIMER.search(stripped) or _FURNITURE.search(stripped) or _SECTION_HEADING.search(stripped):
        return BOILERPLATE
    if _mostly_other_script(stripped) or _latin_but_not_english(stripped):
        return NOT_ENGLISH
    if _CREDIT.search(stripped) or _BYLINE.match(stripped):
        return BYLINE
    if _is_dateline(stripped):
        return DATELINE
    return None


def excluded_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) for each sentence of `text` that is not article prose, in order.

    The spans are those of `split_sentences`, so callers can match them sentence by sentence.
    A disclaimer's opening sentence ("Disclaimer: ...") or a "Forward-Looking Statements" heading
    takes the rest of its paragraph, and a heading the paragraph after it, with it.
    """
    spans: list[tuple[int, int, str]] = []
    carry_until = -1  # sentences starting before this offset inherit boilerplate
    for sentence in split_sentences(text):
        reason = classify_sentence(sentence.text)
        if reason is None and sentence.start < carry_until:
            reason = BOILERPLATE
        if reason is None:
            continue
        spans.append((sentence.start, sentence.end, reason))
        if reason == BOILERPLATE and _opens_section(sentence.text):
            carry_until = _end_of_paragraph(text, sentence.end, include_next=_SECTION_HEADING.match(sentence.text))
    return spans


def _opens_section(sentence: str) -> bool:
    return bool(_SECTION_HEADING.match(sentence) or re.match(r"\s*(?:Disclaimer|Important\s+notice)\s*:", sentence, re.I))


def _end_of_paragraph(text: str, position: int, *, include_next: object) -> int:
    """Where the line holding `position` ends; with `include_next`, where the next non-empty line ends."""
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    if include_next:
        following = re.compile(r"\n\s*[^\n]*\S[^\n]*").match(text, end)
        if following:
            end = following.end()
    return end


def _mostly_other_script(text: str) -> bool:
    """Most letters are CJK, Cyrillic, Arabic, ...: a Latin company name in Chinese text does not save it."""
    if text.isascii():
        return False
    letters = [char for char in text if char.isalpha()]
    if len(letters) < 2:
        return False
    other = sum(1 for char in letters if not unicodedata.name(char, "").startswith("LATIN"))
    return other / len(letters) > 0.4


def _latin_but_not_english(text: str) -> bool:
    if "\u0130" in text:  # "İ".lower() is two characters, the second no letter: lower word by word
        words = [word.lower() for word in _WORD.findall(text)]
    else:
        words = _WORD.findall(text.lower())
    if len(words) < 5:
        return False
    foreign = sum(map(_FOREIGN_WORDS.__contains__, words))
    if foreign < 2:
        return False
    english = sum(map(_ENGLISH_WORDS.__contains__, words))
    return foreign > 2 * english


def _is_dateline(sentence: str) -> bool:
    """The sentence is a dateline and little else: what remains once the stamp is cut out is a byline or nothing."""
    if len(sentence) > 160 or not any(map(str.isdigit, sentence)):
        return False  # a stamp "and little else" is short and has digits; most prose is neither
    found = find_published(sentence)
    if found is None:
        return False
    rest = (sentence[: found.span[0]] + sentence[found.span[1]:]).strip(" \t|,;:-\u2013\u2014\u2022\u00b7")
    return not rest or bool(_BYLINE.match(rest))
