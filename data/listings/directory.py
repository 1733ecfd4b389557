"""Company and index names -> listings: the directory the claim extractor and the ticker picker use.

`default_directory()` loads `listings.csv` (built by `python -m data.listings.build`) once per
process. `find_mentions` finds names and explicit symbols in an article; `pick_listing` chooses
the line a venue word ("Hong Kong", "STAR", "ADRs" normalised by the extractor) points at.
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple
from pathlib import Path

from analysis.models import Listing
from data.exchanges import EXCHANGES_BY_SUFFIX, listing_for_symbol
from data.listings.names import (
    CJK_RUN,
    WORD,
    CASE_FREE,
    TEXT_TAILS,
    alias_case_agrees,
    clean_quotes,
    name_key,
    strip_legal_suffixes,
    token_key,
    word_tokens,
)

LISTINGS = Path(__file__).resolve().parent / "listings.csv"
NOT_COMPANIES = Path(__file__).resolve().parent / "not_companies.txt"
_NOBODY = -1  # the company index of a phrase that names no company ("People's Bank of China")
# Trust tiers: listings.csv writes 0 (hand rows), 1 (index members), 2 (the rest); a user's
# alias file outranks them all.
USER_TIER = -1


class UserAliasError(ValueError):
    """A user alias file that cannot be read; the message says which line and why."""


@dataclass(frozen=True)
class Company:
    id: str  # stable slug, e.g. "smic"
    name: str  # display name
    aliases: tuple[str, ...]
    listings: tuple[Listing, ...]  # first = primary listing
    is_index: bool = False


@dataclass(frozen=True)
class Mention:
    start: int
    end: int  # char offsets into the text
    surface: str  # the text matched
    company: Company
    ambiguous: bool  # alias that is also a common word: the caller needs context ("Target's shares")
    listing: Listing | None = None  # set when the text named a symbol: "(0981.HK)"
    # companies on other markets the same alias names in copy about their market ("Domino's": Sydney's
    # Domino's Pizza Enterprises); with `market_decides`, `company` is only the first of them and the name
    # is nobody's until the market the text is about picks one
    namesakes: tuple[Company, ...] = ()
    market_decides: bool = False


# Venue words, as the extractor passes them, -> the `Listing.exchange` names they point at,
# in order of preference.
_BSE_WORDS = frozenset({"bombay"})


def _bse_line(nse: Listing) -> Listing:
    """The BSE line of a company the lists know by its NSE line: Yahoo quotes it under the same symbol."""
    bse = EXCHANGES_BY_SUFFIX[".BO"]
    return dataclasses.replace(nse, symbol=nse.symbol.removesuffix(".NS") + ".BO", exchange=bse.name, mic=bse.mic)
VENUES: dict[str, tuple[str, ...]] = {
    # every exchange under its own name ("Sydney", "Swiss", "Milan"), as Listing.exchange spells it
    **{exchange.name.lower(): (exchange.name,) for exchange in EXCHANGES_BY_SUFFIX.values()},
    # a mainland line named by the other mainland city ("Shanghai, Guangzhou and Shenzhen eased home purchase
    # restrictions ...: China Vanke climbed 10%"): the A-share line, wherever it trades
    "shanghai": ("Shanghai", "Shenzhen"),
    "star": ("Shanghai",),
    "shenzhen": ("Shenzhen", "Shanghai"),
    "chinext": ("Shenzhen",),
    "a-shares": ("Shanghai", "Shenzhen"),
    "mainland": ("Shanghai", "Shenzhen"),
    "hong kong": ("Hong Kong",),
    "h-shares": ("Hong Kong",),
    "h shares": ("Hong Kong",),
    "us": ("New York",),
    "u.s.": ("New York",),
    "new york": ("New York",),
    "nyse": ("New York",),
    "nasdaq": ("New York",),
    "adr": ("New York",),
    "adrs": ("New York",),
    "american depositary shares": ("New York",),
    "tokyo": ("Tokyo",),
    "japan": ("Tokyo",),
    "london": ("London",),
    "frankfurt": ("Xetra", "Frankfurt"),
    "xetra": ("Xetra", "Frankfurt"),
    "paris": ("Paris",),
    "amsterdam": ("Amsterdam",),
    "seoul": ("Seoul", "Kosdaq"),
    "kosdaq": ("Kosdaq", "Seoul"),  # one code, one board: a source that has the other is out of date
    "taiwan": ("Taiwan", "Taipei Exchange"),
    "taipei": ("Taiwan", "Taipei Exchange"),
    "taipei exchange": ("Taipei Exchange", "Taiwan"),
    "zurich": ("Swiss",),
    "india": ("India NSE", "Bombay"),
    "mumbai": ("India NSE", "Bombay"),
    # a stock on the BSE is the same shares as on the NSE, and the directory keeps NSE lines
    "bombay": ("Bombay", "India NSE"),
    "india nse": ("India NSE", "Bombay"),
}

# Exchange prefixes in "(NASDAQ: AAPL)", "(HKG: 0981)" -> the Yahoo suffix they imply.
_PREFIX_SUFFIX = {
    "NASDAQ": "", "NYSE": "", "NYSEAMERICAN": "", "AMEX": "", "NYSEARCA": "", "OTC": "", "OTCMKTS": "",
    "HKG": ".HK", "HKEX": ".HK", "SEHK": ".HK", "HK": ".HK",
    "SHA": ".SS", "SSE": ".SS", "SH": ".SS", "SHE": ".SZ", "SZSE": ".SZ", "SZ": ".SZ",
    "TYO": ".T", "TSE": ".T", "LON": ".L", "LSE": ".L", "KRX": ".KS", "KOSPI": ".KS",
    "TPE": ".TW", "TWSE": ".TW", "ETR": ".DE", "XETRA": ".DE", "FRA": ".F", "EPA": ".PA", "AMS": ".AS",
}
# Reuters RIC suffixes for US venues: "AAPL.O", "BABA.N".
_US_RIC_SUFFIXES = frozenset({"O", "OQ", "N", "K", "A", "P"})
# ("Empyrean Technology [SZ:301269]": China's financial press brackets its codes)
_B3_CODE = re.compile(r"\b[A-Z]{4}(?:3|4|5|6|11)\b")
# a capitalised name of up to five words, then a bare Tokyo, Hong Kong or Taiwan code (four digits) or a mainland or
# Seoul code (six) in brackets
_BARE_CODE = re.compile(r"[(\[](?:\d{4}|\d{6})[)\]]")  # (searched first: most texts hold none, and the name pattern is slow)
_CODE_AFTER_NAME = re.compile(r"(?P<name>[A-Z][\w&.'-]*(?:[ ][A-Z][\w&.'-]*){0,4}) ?[(\[](?P<code>\d{4}|\d{6})[)\]]")
_PARENTHESES = re.compile(r"[(\[]([^()\[\]]{1,80})[)\]]")
# opens with the "$" itself, which the re module can skip ahead to; what stands before it is checked after
_CASHTAG = re.compile(r"\$(?P<symbol>[A-Z]{1,5}(?:\.[A-Z]{1,2})?)\b(?![.,]?\d)")
_SYMBOL_PART = re.compile(r"^\s*(?:([A-Za-z][A-Za-z ]{0,14}?)\s*:\s*)?([A-Z0-9][A-Za-z0-9.\-]{0,14})\s*$")
# Gaps allowed between the words of one name: "JD.com", "Coca-Cola", "Lowe's", "S&P 500", and the bracket of
# "Delta Electronics (Thailand)", whose country picks a listing apart from the Taiwan company's.
_INNER_GAP = re.compile(r"\s{0,2}[-./'’(+]?\s{0,2}")  # (and "Kuehne+Nagel")
_ABBREVIATED_TAILS = frozenset({"inc", "corp", "co", "ltd"})
_PROSE_TAILS = frozenset({"group", "holding", "holdings", "company", "co", "se", "sa", "ag"})
_TAIL_GAP = re.compile(r",?\s{1,2}")


class _Alias(NamedTuple):  # a tuple: the directory makes 55,000 of them as it loads
    tokens: tuple[str, ...]  # as written, for the case check
    company: int
    ambiguous: bool
    local: bool = False  # the company's name only in copy about its own market


class ListingDirectory:
    def __init__(self, companies: list[Company], tiers: list[int], ambiguous: list[frozenset[str]],
                 local: list[tuple[str, ...]] | None = None) -> None:
        self._companies = companies
        self._tiers = tiers
        self._by_id = {company.id: position for position, company in enumerate(companies)}
        self._by_symbol: dict[str, tuple[int, Listing]] = {}
        self._by_key: dict[tuple[str, ...], int] = {}
        self._trie: dict = {}
        self._lower_case_starts: set[str] = set()
        self._cjk: dict[str, list[tuple[str, int]]] = {}  # first character -> (alias, company)
        for position, company in enumerate(companies):
            for listing in company.listings:
                self._by_symbol.setdefault(listing.symbol.upper(), (position, listing))
        # Least trusted first, so that where two companies share an alias the more trusted one
        # (a user's alias file, then hand rows, then index members) is indexed over it.
        for position in sorted(range(len(companies)), key=lambda p: -tiers[p]):
            for alias in companies[position].aliases:
                self._index_alias(alias, position, alias in ambiguous[position])
        for position, aliases in enumerate(local or ()):
            for alias in aliases:
                self._index_phrase(alias, position, False, local=True)
        for phrase in _read_lines(NOT_COMPANIES):
            self._index_phrase(phrase, _NOBODY, False)

    # ------------------------------------------------------------ loading

    @classmethod
    def load(cls, user_aliases: Path | None = None, listings: Path = LISTINGS) -> "ListingDirectory":
        """Read listings.csv, plus a user file of `alias,symbol[,name]` rows when given and present."""
        companies: list[Company] = []
        tiers: list[int] = []
        ambiguous: list[frozenset[str]] = []
        local: list[tuple[str, ...]] = []
        current: dict | None = None

        def close() -> None:
            if current is not None:
                listings_ = tuple(current["listings"])
                companies.append(
                    Company(current["id"], current["name"], current["aliases"], listings_, listings_[0].is_index)
                )

        with listings.open(encoding="utf-8", newline="") as handle:
            rows = csv.reader(handle)
            next(rows)
            for company_id, name, tier, aliases, ambiguous_aliases, local_aliases, symbol, isin in rows:
                if name:
                    close()
                    current = {"id": company_id, "name": name, "listings": [],
                               "aliases": tuple(aliases.split("|")) if aliases else ()}
                    tiers.append(int(tier))
                    ambiguous.append(frozenset(ambiguous_aliases.split("|")) if ambiguous_aliases else frozenset())
                    local.append(tuple(local_aliases.split("|")) if local_aliases else ())
                current["listings"].append(listing_for_symbol(symbol, current["name"], isin or None))
            close()
        if user_aliases is not None and user_aliases.exists():  # the picker's file exists after the first pick
            _add_user_aliases(user_aliases, companies, tiers, ambiguous)
        return cls(companies, tiers, ambiguous, local)

    def _index_alias(self, alias: str, company: int, ambiguous: bool) -> None:
        if alias.isascii():  # most aliases: the written words give the key, read once (no curly quotes to clean in ASCII)
            written = tuple(WORD.findall(alias))
            key = tuple(map(str.lower, written))  # token_key of an ASCII word
        else:
            written, key = None, name_key(alias)
        if not key:
            return
        self._by_key[key] = company
        if written is None and CJK_RUN.fullmatch(alias):
            self._cjk.setdefault(alias[0], []).append((alias, company))
        else:
            self._index_phrase(alias, company, ambiguous, key, written)

    def _index_phrase(self, alias: str, company: int, ambiguous: bool,
                      key: tuple[str, ...] | None = None, written: tuple[str, ...] | None = None, local: bool = False) -> None:
        key = key if key is not None else name_key(alias)
        if not key:
            return
        node = self._trie
        for token in key:
            node = node.setdefault(token, {})
        if written is None:
            written = tuple(match.group() for match in word_tokens(clean_quotes(alias)))
        entries = node.setdefault(None, [])
        if local:
            entries.append(_Alias(written, company, ambiguous, local=True))  # after every name the alias holds everywhere
        else:
            entries.insert(0, _Alias(written, company, ambiguous))
        if written[0][0].islower():  # "the Dow", "eBay": names that may start in lower case
            self._lower_case_starts.add(key[0])

    # ------------------------------------------------------------ lookups

    def __iter__(self) -> Iterator[Company]:
        return iter(self._companies)

    def __len__(self) -> int:
        return len(self._companies)

    def company(self, company_id: str) -> Company | None:
        position = self._by_id.get(company_id)
        return None if position is None else self._companies[position]

    def by_symbol(self, symbol: str) -> tuple[Company, Listing] | None:
        key = symbol.strip().upper()
        found = self._by_symbol.get(key)
        if found is None and key.endswith(".BO"):
            nse = self._by_symbol.get(key.removesuffix(".BO") + ".NS")  # a BSE line by its NSE symbol (`_bse_line`)
            return None if nse is None else (self._companies[nse[0]], _bse_line(nse[1]))
        return None if found is None else (self._companies[found[0]], found[1])

    def resolve(self, name: str) -> Company | None:
        """A name as written -> its company: any alias, ignoring case, legal tails and "'s"."""
        written = clean_quotes(name.strip())
        cleaned = re.sub(r"'s$", "", written)
        # "Macy's" is the name itself; "Tencent's" is Tencent's possessive
        for candidate in (written, cleaned, strip_legal_suffixes(cleaned)):
            position = self._by_key.get(name_key(candidate))
            if position is not None:
                return self._companies[position]
        return None

    def pick_listing(self, company: Company, venue: str | None, named: bool = False) -> Listing | None:
        """The company's line at a venue ("Hong Kong", "STAR", "US", "A-shares") or of a share class ("preferred",
        "class B", "participation"), or both ("class B|Madrid"); None when it has none there or the venue word is
        unknown. No venue: the primary listing. `named`: the text named the venue for this line ("On the BSE, the
        stock opened at Rs 135"), not only the market the report is about."""
        if venue is None:
            return company.listings[0] if company.listings else None
        share_class, _, market = venue.partition("|") if "|" in venue else (venue, "", "") if venue in SHARE_CLASSES else ("", "", venue)
        lines = list(company.listings)
        if market:
            exchanges = VENUES.get(market.strip().lower())
            if exchanges is None:
                return None
            lines = [listing for exchange in exchanges for listing in company.listings if listing.exchange == exchange]
        if named and market.strip().lower() in _BSE_WORDS and not share_class and not any(listing.exchange == "Bombay" for listing in lines):
            # "On the BSE, the stock opened at Rs 135": Yahoo quotes a company's BSE line under its NSE symbol too
            # ("IXIGO.BO"), which the lists, keyed on NSE codes, leave out
            nse = next((listing for listing in lines if listing.exchange == "India NSE"), None)
            if nse is not None:
                return _bse_line(nse)
        if not lines and market == "A-shares" and not share_class:
            # "The A shares, which carry voting rights": a Nordic company's class A, where it has no mainland line
            return next((listing for listing in company.listings if share_class_of(listing.symbol) == "class A"), None)
        if not lines:
            return None
        if not share_class:
            return lines[0]
        # "American depositary receipts, which represent the preferred stock": a market's one line, whatever its class
        return _line_of_class(lines, share_class) or (lines[0] if market else None)

    def search(self, query: str, limit: int = 20) -> list[tuple[Company, Listing]]:
        """For the ticker picker: exact symbol, then names and symbols that start with the query."""
        query = query.strip()
        if not query:
            return []
        found: dict[tuple[str, str], tuple[int, Company, Listing]] = {}

        def add(rank: int, position: int, listing: Listing | None = None) -> None:
            company = self._companies[position]
            chosen = listing or (company.listings[0] if company.listings else None)
            if chosen is not None:
                found.setdefault((company.id, chosen.symbol), (rank, company, chosen))

        exact = self._by_symbol.get(query.upper())
        if exact:
            add(0, exact[0], exact[1])
        key = " ".join(name_key(query))
        if key in self._key_text:
            add(1, self._key_text[key])
        for prefix, table, rank in ((key, self._sorted_keys, 2), (query.upper(), None, 3)):
            if not prefix:
                continue
            if table is None:
                start = bisect.bisect_left(self._sorted_symbols, prefix)
                for symbol in self._sorted_symbols[start : start + limit * 4]:
                    if not symbol.startswith(prefix):
                        break
                    position, listing = self._by_symbol[symbol]
                    add(rank, position, listing)
            else:
                start = bisect.bisect_left(table, (prefix, -1))
                for text, position in table[start : start + limit * 8]:
                    if not text.startswith(prefix):
                        break
                    add(rank, position)
        ranked = sorted(found.values(), key=lambda item: (item[0], self._tiers[self._by_id[item[1].id]], item[1].name))
        return [(company, listing) for _, company, listing in ranked[:limit]]

    # The picker's tables, built on its first search: find_mentions never needs them.
    @functools.cached_property
    def _key_text(self) -> dict[str, int]:
        return {" ".join(key): position for key, position in self._by_key.items()}

    @functools.cached_property
    def _sorted_keys(self) -> list[tuple[str, int]]:
        return sorted(self._key_text.items())

    @functools.cached_property
    def _sorted_symbols(self) -> list[str]:
        return sorted(self._by_symbol)

    # ------------------------------------------------------------ mentions

    def find_mentions(self, text: str) -> list[Mention]:
        """Company and index names, and explicit symbols, in reading order without overlaps.

        At each word the longest alias that fits wins. Tails that only name the legal form
        ("Corp.", "Inc.", "Holdings Ltd") are taken into the mention's span.
        """
        mentions = self._symbol_mentions(text)
        if "(" in text and _BARE_CODE.search(text):
            mentions.extend(self._coded_name_mentions(text))
        mentions.extend(self._name_mentions(text))
        if CJK_RUN.search(text):
            mentions.extend(self._cjk_mentions(text))
        mentions.sort(key=lambda mention: (mention.start, -mention.end))
        kept: list[Mention] = []
        for mention in mentions:
            if not kept or mention.start >= kept[-1].end:
                kept.append(mention)
        return kept

    def _coded_name_mentions(self, text: str) -> list[Mention]:
        """'Daiichi Kigenso (4082)', 'Mitsui Kinzoku (5706)': a short name, then its bare exchange code. The code's
        market is the one whose line of that code belongs to a company the name's first word begins, and the mention
        is the name, placed on that line (its whole name may be none of the directory's aliases, and a part of it
        another company's: Daiichi, Mitsui)."""
        mentions: list[Mention] = []
        for coded in _CODE_AFTER_NAME.finditer(text):
            code, words = coded.group("code"), coded.group("name").split()
            candidates = [f"{code}.T", f"{int(code):04d}.HK", f"{code}.TW", f"{code}.TWO"] if len(code) == 4 else [
                f"{code}.SS", f"{code}.SZ", f"{code}.KS", f"{code}.KQ"]
            found = [hit for hit in map(self.by_symbol, candidates) if hit is not None]
            for skip, word in enumerate(words):  # ("Shares of Mitsui Kinzoku (5706)": the name may start a word or two in)
                first = token_key(word)
                named = [hit for hit in found if any(name_key(alias)[:1] == (first,) for alias in (hit[0].name, *hit[0].aliases))]
                if len(named) == 1:
                    start = coded.start("name") + len(" ".join(words[:skip])) + (1 if skip else 0)
                    end = coded.start("name") + len(coded.group("name"))
                    mentions.append(Mention(start, end, text[start:end], named[0][0], False, named[0][1]))
                    break
        return mentions

    def _name_mentions(self, text: str) -> list[Mention]:
        matches = list(word_tokens(text))
        keys = [token_key(match.group()) for match in matches]
        mentions: list[Mention] = []
        position, count = 0, len(matches)
        trie, lower_case_starts = self._trie, self._lower_case_starts
        while position < count:
            key = keys[position]
            # most words of an article start no name, and a lower-case word starts few ("iFlytek", its second letter a
            # capital, is a name's own spelling)
            if key not in trie or (matches[position].group()[0].islower() and key not in lower_case_starts
                                   and not matches[position].group()[1:2].isupper()):
                position += 1
                continue
            best = self._longest_alias_at(text, matches, keys, position)
            start_token = position
            if keys[position] == "the" and position + 1 < count:
                # "the Hang Seng Tech index": an alias without "the" may reach further
                without_the = self._longest_alias_at(text, matches, keys, position + 1)
                if without_the is not None and (best is None or without_the[0] > best[0]):
                    best, start_token = without_the, position + 1
            if best is None:
                position += 1
                continue
            alias_end, entry, entries = best
            end_token = self._legal_tail(text, matches, keys, alias_end)
            start, end = matches[start_token].start(), matches[end_token].end()
            if end < len(text) and text[end] == "." and keys[end_token] in _ABBREVIATED_TAILS:
                end += 1
            if end < len(text) and text[end] == ")" and "(" in text[start:end]:
                end += 1  # "Delta Electronics (Thailand)": the bracket the name opened
            position = end_token + 1
            if entry.company == _NOBODY:
                continue
            company = self._companies[entry.company]
            if (
                (_after_a_name_word(text, matches, start_token) and not (mentions and mentions[-1].end == matches[start_token - 1].end()))
                or (company.is_index and _before_a_name_word(text, matches, end_token))
            ) and not _in_a_title_case_line(text, start):
                continue
            # "Target Corp." names the company whatever "Target" alone might mean, unless the
            # word is the end of a longer name: "Harbour Street Financial News Ltd."
            inside_a_name = start_token > 0 and matches[start_token - 1].group()[0].isupper() and (
                text[matches[start_token - 1].end() : start].isspace()
            )
            ambiguous = entry.ambiguous and (end_token == alias_end or inside_a_name)
            namesakes: tuple[Company, ...] = ()
            if entries[-1].local:  # the alias is a name elsewhere, too
                namesakes = tuple(dict.fromkeys(
                    self._companies[other.company] for other in entries
                    if other.local and other.company != entry.company and alias_case_agrees(other.tokens, matches, start_token)
                ))
            mentions.append(Mention(start, end, text[start:end], company, ambiguous, namesakes=namesakes, market_decides=entry.local))
        return mentions

    def _longest_alias_at(
        self, text: str, matches: list[re.Match[str]], keys: list[str], position: int
    ) -> tuple[int, _Alias, list[_Alias]] | None:
        """The longest alias whose words start at token `position`: (its last token, the alias, every alias
        of those words)."""
        node = self._trie.get(keys[position])
        best: tuple[int, _Alias, list[_Alias]] | None = None
        last, count = position, len(matches)
        while node is not None:
            entries = node.get(None, ())
            for entry in entries:
                if alias_case_agrees(entry.tokens, matches, position):
                    best = (last, entry, entries)
                    break
            following = last + 1
            if following >= count:
                break
            node = node.get(keys[following])
            if node is None or not _INNER_GAP.fullmatch(text, matches[last].end(), matches[following].start()):
                break
            last = following
        return best

    @staticmethod
    def _legal_tail(text: str, matches: list[re.Match[str]], keys: list[str], end_token: int) -> int:
        """Extend a match over "Corp.", "Inc.", "Co., Ltd." written after the name."""
        while end_token + 1 < len(matches):
            following = end_token + 1
            token = matches[following].group()
            # "plc" and "Ltd" are tails in any case; "group" or "holding" in lower case are prose
            if keys[following] not in TEXT_TAILS or (keys[following] in _PROSE_TAILS and not token[0].isupper()):
                break
            gap_start = matches[end_token].end()
            if gap_start < len(text) and text[gap_start] == ".":
                gap_start += 1
            if not _TAIL_GAP.fullmatch(text, gap_start, matches[following].start()):
                break
            end_token = following
        return end_token

    def _cjk_mentions(self, text: str) -> list[Mention]:
        mentions: list[Mention] = []
        for run in CJK_RUN.finditer(text):
            position, end = run.start(), run.end()
            while position < end:
                candidates = self._cjk.get(text[position])
                best = None
                for alias, company in candidates or ():
                    if text.startswith(alias, position) and (best is None or len(alias) > len(best[0])):
                        best = (alias, company)
                if best is None:
                    position += 1
                    continue
                alias, company = best
                mentions.append(Mention(position, position + len(alias), alias, self._companies[company], False))
                position += len(alias)
        return mentions

    def _cashtag_mentions(self, text: str) -> list[Mention]:
        """Cashtags, the symbols of social-media copy: "$NVDA -16.97% today"."""
        mentions = []
        for match in _CASHTAG.finditer(text):
            before = text[match.start() - 1 : match.start()]
            if before and (before.isalnum() or before in "_$"):
                continue  # "US$", "HK$5": a currency, not a cashtag
            found = self.by_symbol(match.group("symbol"))
            if found is not None:
                company, listing = found
                mentions.append(Mention(match.start("symbol"), match.end(), match.group("symbol"), company, False, listing))
        return mentions

    def _symbol_mentions(self, text: str) -> list[Mention]:
        """Symbols in parentheses: "(688981.SS)", "(NASDAQ: AAPL)", "(AAPL.O)", "(0981.HK; 688981.SS)"; and cashtags."""
        mentions: list[Mention] = self._cashtag_mentions(text) if "$" in text else []
        for match in _B3_CODE.finditer(text):
            # "The common shares, AMER3, closed down 77.2%": a B3 code needs no brackets to be one
            if text[match.start() - 1 : match.start()] in ("(", "["):
                continue  # read with the brackets' contents below
            found = self.by_symbol(match.group() + ".SA")
            if found is not None:
                mentions.append(Mention(match.start(), match.end(), match.group(), found[0], False, found[1]))
        if "(" not in text and "[" not in text:
            return mentions
        for group in _PARENTHESES.finditer(text):
            offset = group.start(1)
            for part in re.finditer(r"[^,;/]+", group.group(1)):
                parsed = _SYMBOL_PART.match(part.group())
                if parsed is None or (not parsed.group(1) and parsed.group(2) in _NEWS_AGENCIES | _TERMS_IN_BRACKETS):
                    # "NEW YORK (AP) —": the agency's credit, not Ampco-Pittsburgh's symbol; "its initial public offering
                    # (IPO)": the term spelled out, not the Renaissance IPO ETF
                    continue
                symbol = yahoo_symbol(parsed.group(2), parsed.group(1))
                found = self.by_symbol(symbol) if symbol else None
                if found is None:
                    continue
                company, listing = found
                # the exchange prefix belongs to the mention: "NASDAQ" in "(NASDAQ: AAPL)" is no index
                start = offset + part.start() + parsed.start(1 if parsed.group(1) else 2)
                end = offset + part.start() + parsed.end(2)
                mentions.append(Mention(start, end, text[start:end], company, False, listing))
        return mentions


# Preferred shares' lines: Seoul's codes ending 5 or 7 ("005935.KS"), B3's class 4-6 ("PETR4.SA"), Xetra's "VOW3".
_PREFERRED_LINE = re.compile(r"\d{5}[579]\.K[SQ]|[A-Z]{4}[456]\.SA|[A-Z]{3}3\.DE")
_COMMON_LINE = re.compile(r"\d{5}0\.K[SQ]|[A-Z]{4}3\.SA|[A-Z]{3}\.DE")  # Seoul's codes ending 0, B3's class 3, Xetra's "VOW"
# A class letter after a hyphen: "BRK-A", "VOLV-B.ST", "CARL-B.CO", "STE-R.ST".
_CLASS_LETTER_LINE = re.compile(r"[A-Z0-9]+-(?P<letter>[A-Z])(?:\.[A-Z]{1,3})?")
# Lines whose symbols do not say their class: Alphabet's class A is GOOGL and class C GOOG; Grifols' class B
# trades as GRF-P; Lindt's participation certificates as LISP beside its registered shares (LISN), as Roche's
# non-voting securities (ROG) beside its bearer shares (RO); Helsinki
# writes Stora Enso's classes into the code (STEAV, STERV), as Oslo does Schibsted's (SCHA, SCHB); Central Garden &
# Pet's class A is CENTA beside its common CENT; Swatch's bearer shares are UHR, its registered UHRN; Under
# Armour's class A is UAA and class C UA; Lennar's class A is plain LEN; Seoul numbers Hyundai Motor's older
# preferred lines by issue (005385 first, 005387 second, 005389 third).
_CLASS_OF_SYMBOL = {
    "GOOGL": "class A", "GOOG": "class C", "GRF.MC": "class A", "GRF-P.MC": "class B",
    "LISP.SW": "participation", "LISN.SW": "registered", "STEAV.HE": "class A", "STERV.HE": "class R",
    "SCHA.OL": "class A", "SCHB.OL": "class B", "CENTA": "class A", "CENT": "common",
    "RO.SW": "bearer", "ROG.SW": "participation", "SCHP.SW": "participation", "SCHN.SW": "registered",
    "FOXA": "class A", "FOX": "class B", "UHR.SW": "bearer", "UHRN.SW": "registered", "UAA": "class A", "UA": "class C",
    "LEN": "class A", "005387.KS": "second preferred", "005389.KS": "third preferred",
    "ZG": "class A", "Z": "class C", "SAMPO.HE": "class A", "SSABAH.HE": "class A", "SSABBH.HE": "class B",
    "KESKOA.HE": "class A", "KESKOB.HE": "class B", "FPE3.DE": "preferred", "FPE.DE": "common", "009155.KS": "preferred",
    "NWSA": "class A", "NWS": "class B", "NWS.AX": "class B", "NWSLV.AX": "class A", "CPLE6.SA": "preferred", "CPLE3.SA": "common",
    "PARAA": "class A", "PARA": "class B", "DRW3.DE": "preferred", "DRW8.DE": "common", "SHA.DE": "preferred", "SHA0.DE": "common",
}
# The share classes a venue word can name (the claim rules' lexicon spells them so).
SHARE_CLASSES = frozenset({"preferred", "common", "class A", "class B", "class C", "class R", "participation", "bearer",
                           "registered", "second preferred", "third preferred"})


def share_class_of(symbol: str) -> str | None:
    """The class of shares a line trades, where its symbol or `_CLASS_OF_SYMBOL` says it."""
    if symbol in _CLASS_OF_SYMBOL:
        return _CLASS_OF_SYMBOL[symbol]
    if _PREFERRED_LINE.fullmatch(symbol):
        return "preferred"
    letter = _CLASS_LETTER_LINE.fullmatch(symbol)
    return f"class {letter.group('letter')}" if letter else None


def _line_of_class(lines: list[Listing], share_class: str) -> Listing | None:
    """Among a company's lines, the one of a class. Preferred shares must exist; the common line is the one
    besides preferred ones; a lettered class the company lacks is its one class ("Coupang's Class A shares")."""
    if share_class == "preferred":
        return next((listing for listing in lines if share_class_of(listing.symbol) == "preferred"), None)
    if share_class == "common":  # the "common stock" of a company with one class is simply its stock
        with_classes = any(share_class_of(listing.symbol) == "preferred" for listing in lines)
        common = next((listing for listing in lines if share_class_of(listing.symbol) == "common" or _COMMON_LINE.fullmatch(listing.symbol)), None)
        return common if with_classes and common is not None else lines[0]
    return next((listing for listing in lines if share_class_of(listing.symbol) == share_class), lines[0])

_TERMS_IN_BRACKETS = frozenset({"IPO", "CEO", "CFO", "ETF", "EPS", "GDP", "AGM", "EGM", "AI", "EV", "ESG", "NAV", "REIT", "SPAC"})
_NEWS_AGENCIES = frozenset({"AP", "AFP", "UPI", "PTI", "IANS", "ANI", "DPA", "EFE", "ANSA", "APA", "CNA", "KYODO"})

# Capitalised words that stand before or after a name without being part of it: "Dutch Shell", "the Dow
# Thursday", "Chinese Nvidia rival", "In Hong Kong HSBC". Demonyms, places, days, months, and the
# function words of a capitalised heading.
_NOT_NAME_WORDS = frozenset(
    """
    american british chinese japanese korean taiwanese indian australian canadian european asian german french
    dutch swiss italian spanish portuguese irish belgian austrian norwegian danish swedish finnish nordic brazilian
    mexican saudi malaysian thai indonesian singaporean african south north western eastern global emerging
    america britain china japan korea taiwan india australia canada europe asia germany france italy spain
    hong kong london tokyo paris frankfurt zurich amsterdam oslo copenhagen stockholm helsinki milan madrid
    brussels lisbon dublin vienna seoul taipei sydney mumbai singapore toronto shanghai shenzhen beijing york
    wall street
    the and of for in on at as by to with from after before but or
    why how what when where who
    rival partner peer peers parent owner unit chipmaker carmaker automaker lender miner insurer retailer
    """.split()
) | frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    """.split()
)
# Capitalised words copy writes after an index name that keep it the same index: "the Dow Thursday",
# "Nikkei Futures".
_INDEX_FOLLOWERS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    futures benchmark gauge
    """.split()
)


def _after_a_name_word(text: str, matches: list[re.Match[str]], start_token: int) -> bool:
    """"Partner Aker BP rose 2.4%": a known name right after a capitalised word in mid-sentence is the
    tail of a longer name the directory does not know (Aker BP is not BP). Not after a word that opens
    the sentence ("Rival BP"), a possessive ("Hong Kong's HSBC"), a comma ("In London, BP"), an acronym
    ("US Steel" is its own alias when known) or a demonym, place or day."""
    if start_token == 0:
        return False
    before = matches[start_token - 1]
    word = before.group()
    if text[before.end() : matches[start_token].start()] != " ":
        return False
    if not (word[0].isupper() and not word.isupper()) or word.lower() in _NOT_NAME_WORDS:
        return False
    return not _opens_a_sentence(text, before.start())


def _before_a_name_word(text: str, matches: list[re.Match[str]], end_token: int) -> bool:
    """"The FTSE AIM All-Share index was up 0.3%", "on Nasdaq Copenhagen": an index name followed by
    more capitalised name words is a longer name, another index or an exchange, not the known index.
    The words copy adds to an index name ("the CSI 300 Index", "the Dow Thursday") do not count."""
    following = end_token + 1
    if following >= len(matches) or text[matches[end_token].end() : matches[following].start()] != " ":
        return False
    word = matches[following].group()
    if not word[0].isupper() or word in CASE_FREE or word.lower() in _INDEX_FOLLOWERS:
        return False
    if word.isupper():
        # "The S&P 500 SPX gained 122 points": a ticker after the name, unless the name goes on
        # ("FTSE AIM All-Share", "the Nifty PSU Bank index")
        after = following + 1
        return after < len(matches) and (matches[after].group()[0].isupper() or matches[after].group().lower() == "index") and (
            text[matches[following].end() : matches[after].start()] in (" ", "-")
        )
    return True


def _opens_a_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?:;\"'“”‘’([{—–-•*#|>\n"


def _in_a_title_case_line(text: str, position: int) -> bool:
    """"Aker BP Shares Rise On Oslo Upgrade": in a heading every word is capitalised, so a capital says
    nothing about where a name ends."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    words = [word for word in re.findall(r"[^\W\d_]{4,}", text[line_start : line_end if line_end >= 0 else len(text)])]
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.8 * len(words)


def yahoo_symbol(written: str, exchange_prefix: str | None = None) -> str | None:
    """A symbol as news copy writes it -> the Yahoo symbol: "AAPL.O" -> "AAPL", ("HKG", "981") -> "0981.HK"."""
    written = written.strip()
    if exchange_prefix is not None:
        suffix = _PREFIX_SUFFIX.get(exchange_prefix.replace(" ", "").upper())
        if suffix is None:
            return None
        if suffix == ".HK" and written.isdigit():
            written = f"{int(written):04d}"
        if suffix == "" and re.fullmatch(r"[A-Z]{1,4}\.[A-Z]", written):
            return written.replace(".", "-")
        return written.upper() + suffix if suffix and not written.upper().endswith(suffix) else written.upper()
    if "." not in written:
        if re.fullmatch(r"[A-Z]{4}(?:3|4|5|6|11)", written):
            return written + ".SA"  # "BTG Pactual (BPAC11)", "(PETR4)": a B3 code, four letters and its class number
        return written.upper() if written.isupper() and len(written) >= 2 else None
    base, suffix = written.rsplit(".", 1)
    if suffix in _US_RIC_SUFFIXES:
        return base
    if suffix.upper() == "HK" and base.isdigit():
        return f"{int(base):04d}.HK"
    if suffix.upper() == "SH" and base.isdigit():
        return f"{base}.SS"  # "(600519.SH)": Shanghai as Wind and the mainland press write it
    return written.upper()


def _add_user_aliases(path: Path, companies: list[Company], tiers: list[int], ambiguous: list[frozenset[str]]) -> None:
    """Rows `alias,symbol[,name]`: the alias joins the company quoting that symbol; an unknown
    symbol becomes a company of its own named by the row."""
    by_symbol = {listing.symbol.upper(): position for position, company in enumerate(companies) for listing in company.listings}
    with path.open(encoding="utf-8", newline="") as handle:
        for line_number, row in enumerate(csv.reader(handle), start=1):
            if not row or row[0].startswith("#") or [cell.strip().lower() for cell in row[:2]] == ["alias", "symbol"]:
                continue
            if len(row) < 2 or not row[0].strip() or not row[1].strip():
                raise UserAliasError(f"{path}, line {line_number}: expected 'alias,symbol[,name]', got {','.join(row)!r}")
            alias, symbol = row[0].strip(), row[1].strip().upper()
            position = by_symbol.get(symbol)
            if position is None:
                name = row[2].strip() if len(row) > 2 and row[2].strip() else alias
                listing = listing_for_symbol(symbol, name)
                companies.append(Company(f"user-{symbol.lower()}", name, (alias,), (listing,), listing.is_index))
                tiers.append(USER_TIER)
                ambiguous.append(frozenset())
                by_symbol[symbol] = len(companies) - 1
                continue
            company = companies[position]
            if alias not in company.aliases:
                companies[position] = Company(company.id, company.name, (*company.aliases, alias), company.listings, company.is_index)
            tiers[position] = USER_TIER


def _read_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=4)
def default_directory(user_aliases: Path | None = None) -> ListingDirectory:
    """The directory, loaded once per process (per user alias file)."""
    return ListingDirectory.load(user_aliases)
