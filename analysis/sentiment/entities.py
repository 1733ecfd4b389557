"""Which sentences mention which company: a simple stand-in until the claim extractor's entity resolution is wired in.

A company is a run of capitalised words ending in a corporate suffix ("Karvola Oyj", "Tessin Group",
"Semiconductor Manufacturing International Corp") or a name the caller gives. A sentence that names no company
but refers back to one ("its", "the company", "the group", "the firm", "the chip maker") belongs to the company
named last.
"""

from __future__ import annotations

import re

from analysis.sentences import Sentence

_SUFFIXES = (
    "Inc", "Corp", "Corporation", "Co", "Ltd", "Limited", "Plc", "PLC", "LLC", "AG", "SA", "SE", "NV", "AB", "ASA",
    "Oyj", "Group", "Holdings", "Holding", "Bank", "Motors", "Technologies", "Industries",
)
_COMPANY = re.compile(
    r"\b((?:[A-Z][\w&'-]*\.?\s+){0,4}(?:%s))\b\.?" % "|".join(re.escape(s) for s in _SUFFIXES)
)
_REFERENCE = re.compile(
    r"\b(its|the (?:company|group|firm|bank|lender|carrier|insurer|retailer|miner|\w+ maker|\w+maker))\b",
    re.IGNORECASE,
)
_LEADING_NOISE = re.compile(r"^(?:The|A|An|Shares|Shares of|In|At|For|And|But)\s+")


def find_companies(text: str) -> list[str]:
    """Company names written out in `text`, in order of first mention."""
    names: list[str] = []
    for match in _COMPANY.finditer(text):
        name = _LEADING_NOISE.sub("", match.group(1).strip())
        if len(name.split()) >= 2 and name not in names:
            names.append(name)
    return names


def entity_sentences(sentences: list[Sentence], names: list[str] | None = None) -> dict[str, list[int]]:
    """Company name -> indices of the sentences that mention it, directly or by reference."""
    text = " ".join(s.text for s in sentences)
    known = list(dict.fromkeys([*(names or []), *find_companies(text)]))
    mentions: dict[str, list[int]] = {name: [] for name in known}
    last_named: str | None = None
    for index, sentence in enumerate(sentences):
        lowered = sentence.text.lower()
        named = [name for name in known if name.lower() in lowered]
        for name in named:
            mentions[name].append(index)
        if named:
            last_named = max(named, key=lambda name: lowered.rfind(name.lower()))
        elif last_named and _REFERENCE.search(sentence.text):
            mentions[last_named].append(index)
    return {name: indices for name, indices in mentions.items() if indices}
