"""A name that companies on different markets share: the company of the market the copy is about.

"Domino's" in an ASX report is Domino's Pizza Enterprises, elsewhere Domino's Pizza Inc.; "CVC jumps 22% on
Amsterdam debut" is CVC Capital Partners, not Sydney's CVC Ltd; "EQT" in a paragraph about Stockholm is EQT AB.
The directory marks such mentions (`Mention.namesakes`); the market is read from the mention's own line,
then from the market the article is filed from, then from the other companies its line names. A short form the
article itself defines in brackets ("Energy Absolute (EA)") is that company's throughout.
"""

from __future__ import annotations

import dataclasses
import re

from analysis.claims.subjects import venue_in
from data.listings.directory import ListingDirectory, Mention


def place_namesakes(mentions: list[Mention], text: str, home_venue: str | None, directory: ListingDirectory) -> list[Mention]:
    """The mentions, each namesake given the company of its market; a name no market decides is dropped."""
    mentions = _as_the_article_defines(mentions, text)
    placed: list[Mention] = []
    for mention in mentions:
        if not mention.namesakes and not mention.market_decides:
            placed.append(mention)
            continue
        candidates = (mention.company, *mention.namesakes)
        chosen = None
        for venue in (_venue_of_sentence(text, mention), _venue_of_line(text, mention), home_venue):
            if venue is not None:
                chosen = next((company for company in candidates if directory.pick_listing(company, venue) is not None), None)
            if chosen is not None:
                break
        if chosen is None:
            chosen = _of_the_market_named_beside(mention, candidates, mentions, text)
        if chosen is None and mention.market_decides:
            continue  # "EQT" with no market in sight: either company, so neither
        placed.append(dataclasses.replace(mention, company=chosen or mention.company, namesakes=(), market_decides=False))
    return placed


def _as_the_article_defines(mentions: list[Mention], text: str) -> list[Mention]:
    """"Shares of Energy Absolute (EA) plunged ... EA shares dropped as much as 30%": a short form the article gives a
    company in brackets after its name is that company's wherever the article writes it, not a namesake's or another
    company's symbol (Electronic Arts' EA)."""
    defined: dict[str, object] = {}
    for named, short in zip(mentions, mentions[1:]):
        if (not named.ambiguous and not named.market_decides and not named.namesakes and short.company is not named.company
                and text[named.end : short.start] in {" (", "("} and text.startswith(")", short.end) and short.surface.isupper()):
            defined.setdefault(short.surface, named.company)
    if not defined:
        return mentions
    return [dataclasses.replace(m, company=defined[m.surface], listing=None, namesakes=(), market_decides=False, ambiguous=False)
            if m.surface in defined and (m.company is not defined[m.surface] or m.market_decides) else m
            for m in mentions]


def with_names_cut_short(mentions: list[Mention]) -> list[Mention]:
    """"Shares in Bellevue Gold tumbled ... Bellevue shares plunged as much as 24%": a one-word name that is the first word
    of a company the article has already named in full is that company, not another the word alone would name on
    another market (Switzerland's Bellevue Group), when the word alone is a name the directory holds with care. On the
    same market the word is a relative of its own: "thyssenkrupp" after "thyssenkrupp nucera", "NTT" after "NTT Data"."""
    placed: list[Mention] = []
    for mention in mentions:
        # (only a name the directory holds with care: "Tencent" after "Tencent Music" is Tencent)
        if " " not in mention.surface and mention.ambiguous and mention.listing is None and not getattr(mention.company, "is_index", False):
            named = {m.company.id: m for m in placed if not getattr(m.company, "is_index", False)
                     and m.surface.split()[0] == mention.surface and " " in m.surface}
            # (the word's own company named in full too, "Compass Group" beside "Compass Inc", or two others: it stays)
            full = next(iter(named.values())).company if len(named) == 1 and mention.company.id not in named else None
            if full is not None and _home_market(full) != _home_market(mention.company):
                mention = dataclasses.replace(mention, company=full, namesakes=(), market_decides=False)
        placed.append(mention)
    return placed


def _home_market(company) -> str | None:
    return company.listings[0].exchange if company.listings else None


# "Thai Airways International (THAI)", "Unilever Indonesia (UNVR)": capitals in brackets right after a name
_SHORT_FORM_AFTER = re.compile(r"\s?\((?P<short>[A-Z][A-Z0-9&]{1,5})\)")


def with_defined_short_forms(mentions: list[Mention], text: str) -> list[Mention]:
    """"Shares of Thai Airways International (THAI) surged ... THAI closed at 5.80 baht": a short form the article
    defines in brackets after a company's name, and no name the directory knows, is that company wherever the text
    writes it (a headline above the definition too: "THAI soars 29% on return to SET")."""
    defined: dict[str, tuple[Mention, int]] = {}
    for mention in mentions:
        if mention.ambiguous or mention.market_decides or getattr(mention.company, "is_index", False):
            continue
        short = _SHORT_FORM_AFTER.match(text, mention.end)
        if short is not None:
            defined.setdefault(short.group("short"), (mention, short.start("short")))
    if not defined:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added = [
        dataclasses.replace(named, start=use.start(), end=use.end(), surface=short)
        for short, (named, definition) in defined.items()
        for use in re.compile(rf"(?<![\w$.&-]){re.escape(short)}(?![\w&-])").finditer(text)
        if use.start() != definition and not any(start < use.end() and use.start() < end for start, end in taken)
    ]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _of_the_market_named_beside(mention: Mention, candidates: tuple, mentions: list[Mention], text: str):
    """"Shares of Anywhere Real Estate rose 8.9% ... while Compass shares fell 7.2%": with no market named, the namesake
    that trades where the other companies of its line do (Compass Inc beside a New York company, not Compass Group)."""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    currencies = {other.company.listings[0].currency for other in mentions
                  if other is not mention and start <= other.start < end and not other.namesakes and not other.market_decides
                  and not other.ambiguous and other.listing is None and other.company.listings and not other.company.is_index}
    if len(currencies) != 1:
        return None
    matching = [company for company in candidates if company.listings and company.listings[0].currency in currencies]
    return matching[0] if len(matching) == 1 else None


def _venue_of_line(text: str, mention: Mention) -> str | None:
    """The market the mention's paragraph names: "CVC jumps 22% on Amsterdam debut", "closed higher in Stockholm"."""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    return venue_in(text[start : end if end >= 0 else len(text)])


def _venue_of_sentence(text: str, mention: Mention) -> str | None:
    """The market the mention's own sentence names, before its paragraph's: "The U.S. chain is a separate company from
    Domino's Pizza Group ... Shares of Domino's Pizza Group ended 0.9% lower in London"."""
    start = max(text.rfind(". ", 0, mention.start) + 2, text.rfind("\n", 0, mention.start) + 1)
    stops = [at for at in (text.find(". ", mention.end), text.find("\n", mention.end)) if at >= 0]
    return venue_in(text[start : min(stops) if stops else len(text)])
