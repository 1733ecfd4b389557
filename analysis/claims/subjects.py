"""Whose price moved: the subject of a move, followed back through "its", "the stock", "the chip maker".

The subject is the nearest thing to the left of the move that can have a price (a company or
index the directory knows, or a noun such as "shares" or "the benchmark") or that cannot (a
metric such as "revenue", which makes the figure a non-claim).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.claims import lexicon as lx
from analysis.claims.gated import first_words, search_from_words
from data.listings.directory import SHARE_CLASSES

_METRIC_PHRASES = [
    "purchasing managers' index", "purchasing managers index", "consumer price index", "producer price index",
    "consumer prices index", "retail price index", "wholesale price index", "price target", "target price", "price objective",
    "market share", "market value", "market capitalisation", "market capitalization", "market cap", "price index",
    "consumer price", "consumer prices", "producer price", "producer prices", "house prices", "home prices",
    "property prices", "oil prices", "selling price", "average price", "share of", "offer price", "ipo price",
    "issue price", "strike price", "stake in", "net asset value", "book value", "trading volume", "turnover",
    "the price of", "prices of", "cost of", "volatility index", "fear gauge", "dollar index", "shares outstanding",
    "share count", "shareholders", "share capital", "shareholding", "share sale", "share buyback", "share issue",
    "share offering", "shares sold", "short interest", "per share", "earnings per share", "profit per share",
    "dividend per share", "loss per share", "sales per share",
    # "with funds raised down about 60% from 2022": what listings raised, not a price
    "funds raised", "money raised", "amount raised",
    # "The control group, which feeds into GDP, rose 0.9%": retail sales' core
    "control group",
    # "average revenue per listing rose 27%": a unit's worth, not a line
    "per listing",
    # "Stock losses, which include theft, fell by 14 per cent": a retailer's shrinkage, no share price
    "stock losses", "stock loss",
    # "the employment cost index rose 1.2%": economic gauges that share the word "index" with the markets
    "cost index", "sentiment index", "confidence index", "activity index", "manufacturing index", "services index",
    "leading index", "misery index", "diffusion index", "housing market index",
    # the Wall Street Journal's hyphens: "The consumer-price index rose 0.2% in February"
    "consumer-price index", "producer-price index", "consumer-price", "producer-price",
    # "a dividend of 2.85 kronor a share, up 5.6%": an amount per share, not the shares' price
    "a share",
]
_PRICE_PHRASES = sorted(lx.PRICE_NOUNS | {"american depositary shares", "american depositary receipts", "share price",
                                          "stock price", "shares", "stock"}, key=len, reverse=True)
_WORD = re.compile(r"[A-Za-z][\w&-]*(?:['\u2019][A-Za-z]*)?")


def _phrase_key(text: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("\u2019", "'") for w in _WORD.findall(text))


# Subject words by phrase, in the order a tie is settled: a metric phrase ("price target") beats the
# price noun inside it, a price noun ("share price") beats the metric word inside it.
_PHRASE_KINDS: dict[tuple[str, ...], str] = {}
for _words, _kind in ((lx.METRIC_WORDS, "metric"), (set(_PRICE_PHRASES), "price"), (set(_METRIC_PHRASES), "metric")):
    for _phrase in _words:
        _PHRASE_KINDS[_phrase_key(_phrase)] = _kind
_PHRASE_KINDS[("it",)] = _PHRASE_KINDS[("they",)] = "pronoun"
_LONGEST_PHRASE = max(len(k) for k in _PHRASE_KINDS)
_COMPANY_NOUN_WORDS = frozenset(noun for noun in lx.COMPANY_NOUNS if " " not in noun)
# "Class B shares", "the voting common shares", "the more thinly traded ordinary voting shares": words of a share
# class and how it trades, not a group of stocks
_CLASS_WORDS = frozenset({
    "listed", "-listed", "class", "a", "b", "c", "r", "common", "voting", "non-voting", "nonvoting", "preferred", "ordinary",
    "registered", "bearer", "participation", "more", "less", "thinly", "widely", "heavily", "traded", "liquid",
    # "the much less traded class B shares", "the second preferred shares"
    "much", "first", "second", "third",
    # ("The less-traded A shares, which carry ten votes each, were up 3.6%"; "while the same shares listed in Stockholm
    # gained 3.8%": the class just named, on another market)
    "same",
    "less-traded", "more-traded", "most-traded", "thinly-traded", "widely-traded", "heavily-traded", "widely-held",
    # Canada's "Class A multiple voting shares" and "subordinate voting shares"
    "multiple", "subordinate", "restricted",
    # "The Chess depositary interests, which Newmont listed on the ASX ..., were down 6.1%"
    "chess", "depositary", "depository", "preference", "pref",
})
# ("Wholesale units declined 2.2%": a sentence's first word is capitalised whatever it is, a sales metric's too)
_NAME_BEFORE_UNITS = re.compile(
    r"(?:(?<=\S\s)\b[A-Z][\w&.'-]*|\b[A-Z][\w&.'-]*[A-Z][\w&.'-]*|\b[A-Z][\w&.-]*(?:'s|\u2019s)|\b(?:Its|Their)|\))\s+$")
_AMOUNT_TO_BEFORE = re.compile(r"(?:\d|billion|million|trillion|bn|mn)\s+(?:to|from|off)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,2}$")
_UNITS_OF_A_TRUST = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?[A-Z]")
_FIRST_WORDS = frozenset(k[0] for k in _PHRASE_KINDS)  # most words start no phrase: skip them without a lookup


_BE = {"is", "are", "was", "were", "been", "be"}
_CLAUSE_BREAK_BEFORE = re.compile(r"[,;]|\s(?:and|while|but|as)\s")
_NOUN_APPOSITIVE = re.compile(r"\s*,\s*(?:the|a|an)\s")
_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:which|whose|who)\b", re.IGNORECASE)
# ("against an IPO price of $22 and was last up 6.8%": a verb after "and" opens a clause of its own)
_OF_PHRASE_TO_THE_END = re.compile(r"\s+(?:of|at|in|for|from)\s+(?:(?!\band\s+(?:\w+ing|was|were|is|are|has|have|had)\b)[^,;:]){1,40}(?<!\sand)(?<!\sand\s)")
_OF_PHRASE_BEFORE_NAME = re.compile(r"\s+(?:of|for|from)\s+[^,;:]{0,40}")


_PHRASE_BREAK = re.compile(r"[,;:()]")


def _subject_candidates(text: str) -> list[tuple[int, int, str]]:
    """Every subject word or phrase in the text as (start, end, kind), longest phrase first at each word.

    A dictionary walk over words: the claim rules ask this for every figure, and one regex of a few
    hundred alternatives was the slowest thing in extraction.
    """
    words = [(m.start(), m.end(), m.group(0).lower().replace("\u2019", "'")) for m in _WORD.finditer(text)]
    found: list[tuple[int, int, str]] = []
    prepositions = {"on", "after", "despite", "amid", "with", "for", "from", "by", "over", "following", "before", "below", "above",
                    "about", "on", "against", "toward", "towards", "without", "into", "at",
                    "than", "double", "triple", "twice"}  # "more than double the issue price of Rs 70": a yardstick
    index = 0
    while index < len(words):
        first = words[index][2]
        if first not in _FIRST_WORDS and not (first.endswith("'s") and first[:-2] in _FIRST_WORDS):
            index += 1
            continue
        for size in range(min(_LONGEST_PHRASE, len(words) - index), 0, -1):
            key = tuple(w[2] for w in words[index : index + size])
            kind = _PHRASE_KINDS.get(key)
            if kind is not None and size > 1 and any(
                _PHRASE_BREAK.search(text, words[at][1], words[at + 1][0]) for at in range(index, index + size - 1)
            ):
                kind = None  # "The shares, sold at 280p apiece, opened": a comma parts the words of "shares sold"
            if kind is None and size == 1 and key[0].endswith("'s"):
                kind = _PHRASE_KINDS.get((key[0][:-2],))
            if kind == "metric" and key == ("units",) and (
                _UNITS_OF_A_TRUST.match(text, words[index][1]) or _NAME_BEFORE_UNITS.search(text, 0, words[index][0])
            ):
                kind = "price"  # "Units of CICT closed 0.5 per cent higher", "(CICT) units rose 1 cent": a trust's units are its shares
            if kind == "metric" and key in {("price",), ("prices",)} and index > 0 and words[index - 1][2] in {"offer", "issue", "ipo", "listing", "placement", "subscription"}:
                kind = None  # "opened at 1,440 yen, just below the offer price, but turned higher": no metric moved
            if kind == "metric" and key == ("cap",) and not (index > 0 and words[index - 1][2] in {"market", "market's"}):
                kind = None  # "Alibaba added 1.2% to cap a weekly gain of 4.9%": the verb, not a market cap
            if kind == "price" and key == ("listing",) and index > 0 and words[index - 1][2] in {"shares", "stock", "stocks"}:
                kind = None  # "with shares listing at Rs 1,934": the verb of the shares, not a line
            if kind == "price" and key == ("share",) and index + 1 < len(words) and words[index + 1][2] in {"class", "classes"}:
                kind = None  # "the more widely held of the company's two share classes": an aside on the class, no line
            if kind is not None:
                # "after organic sales fell 3%", "after sales of its Gardasil vaccine fell 11%": the subject itself
                at_the_move = index + size >= len(words) - 1 or bool(
                    _OF_PHRASE_TO_THE_END.fullmatch(text, words[index + size - 1][1])
                )
                # ("opened at $23, above the initial public offering price of $21, and rose": a yardstick's price, five words on)
                reach = 5 if key in {("price",), ("prices",)} else 3
                governed = not at_the_move and any(w[2] in prepositions for w in words[max(0, index - reach) : index])
                # "adding about $150 billion to the company's market value": an amount added to it, not its move
                governed = governed or (not at_the_move and _AMOUNT_TO_BEFORE.search(text, 0, words[index][0]) is not None)
                # "shares are holding a 4% gain": after "are", a metric word in -ing is the verb
                verb = kind == "metric" and key[-1].endswith("ing") and index > 0 and words[index - 1][2] in _BE
                # "The discount retailer plunged 28%": a metric word describing the company, not the subject
                # ("Shares of the home rental company dropped 9%": a word between)
                describes = kind == "metric" and any(
                    words[at][2] in _COMPANY_NOUN_WORDS for at in range(index + size, min(index + size + 2, len(words))))
                # "Shares of Golden Lotus Biotech Holdings soared": a capitalised word closing a name
                describes = describes or (kind == "metric" and key in {("holdings",), ("holding",)} and index > 0 and text[words[index][0]].isupper()
                                          and text[words[index - 1][0]].isupper() and words[index - 1][1] + 1 == words[index][0])
                # "opened at ₹1,931 on the National Stock Exchange": the exchange's name, not its shares
                exchange_name = index + size < len(words) and words[index + size][2] == "exchange"
                # ("made a strong stock market debut on Tuesday, listing at Rs 138.10": the market's word, not the stock)
                exchange_name = exchange_name or (key in {("stock",), ("share",)} and index + size < len(words)
                                                  and words[index + size][2] in {"market", "markets"})
                if not (exchange_name or (kind == "metric" and (governed or verb or describes))):  # "slid on weak guidance, then closed higher": not the subject
                    found.append((words[index][0], words[index + size - 1][1], kind))
                index += size
                break
        else:
            index += 1
    return found


_VENUE = re.compile(r"(?<![\w-])(?:" + lx.alternation(set(lx.VENUES)) + r")(?![\w-])", re.IGNORECASE)
_COMPANY_ANAPHOR = re.compile(
    r"\b(?:its|their|the\s+(?:(?:[\w.-]+\s+){0,2})?(?:" + lx.alternation(lx.COMPANY_NOUNS) + r")(?:'s|\u2019s)?)\s*$",
    re.IGNORECASE,
)
# "The bank's Shanghai-listed A shares", "the chip maker's U.S.-listed shares": a possessive anaphor, then venue words
_POSSESSIVE_ANAPHOR = re.compile(
    # "The stock's American depositary receipts": the company's other line
    # ("the Chinese data center operator's American depositary shares": three words of description)
    # ("The Irvine, California-based company's stock": a home town's comma inside the description)
    r"\b(?:its|their|the\s+(?:(?:[\w.-]+,?\s+){0,3})?(?:" + lx.alternation(lx.COMPANY_NOUNS | {"stock"}) + r")(?:'s|\u2019s))\s",
    re.IGNORECASE,
)
_BRACKETS = re.compile(r"\([^()]*\)")
_BASED_COMPANY_AFTER = re.compile(r"(?:,?\s*[A-Z][\w.]*)*-based\s+(?:" + lx.alternation(lx.COMPANY_NOUNS) + r")\b")
_PARENTHETICAL = re.compile(
    # "the AEX index, in which ASML carries a weighting of about 20%, slid 2.8%"
    r",\s*(?:which|who|whose|where|whereas|although|though|once|including|excluding|led by|dragged by|helped by|hit by|"
    # "MicroStrategy, which holds about 402,100 bitcoin, fell 1.9%": a thousands comma is no end of the clause
    r"(?:in|of|on|under|at|for|by)\s+which|"
    # "ResMed's CHESS depositary interests, ten of which represent one New York-listed share, were down 5.8%"
    # ("Vivendi, which keeps stakes in Universal Music Group, Telecom Italia and others, fell 3.1%": a list's commas)
    r"(?:each|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+)\s+of\s+which)\b(?:[^,;]|(?<=\d),(?=\d{3})|,(?=[^,;]{1,40}\sand\s[^,;]{1,40},))*,"
    # "Victorian Plumbing, by contrast, rose 7%": a sentence adverb between the subject and its verb
    r"|,\s*(?:" + lx.DISCOURSE_ASIDES + r")\s*,"
    r"|\([^()]*\)"
)
# An appositive after a name: "Toyota Motor, exposed to a 25% levy on cars, slid 5.5%".
# "The iShares Bitcoin Trust, BlackRock's spot bitcoin fund, rose 4%": an appositive naming the owner.
# "Foot Locker, one of Nike's biggest partners, dropped 2.9%": an appositive saying what the company is to another.
# "Nestlé, hardly a luxury house, has slumped 17%", "SAP, once Europe's most valuable company, fell": an
# adverb before the appositive's noun.
_APPOSITIVE = re.compile(
    # "Newcrest Mining, in its final days on the boards before its takeover by Newmont, gained 1.3 per cent"
    r"(?<=[\w.\s\]])(?P<appositive>,\s*(?:in\s+(?:its|their)\s+[^,;]*,|(?:(?:hardly|once|long|now|still|also|itself|not|never|until recently|formerly|since)\s+)?"
    # "The ChiNext Index, tracking China's Nasdaq-style board of growth enterprises, soared": a participle's aside
    # "Commerzbank, fending off a takeover approach from UniCredit, has gained 87%": an -ing participle's aside too
    # ("TF1, majority-owned by the Bouygues group, shed 3.8%"; "Grifols, among the most volatile stocks on the index, fell")
    r"(?:(?:the|a|an|its|their|our|my|another|[\w-]+ed|\w{3,}ing|seen|known|spun|among|one|part|parent|owner|maker|operator|supplier|unit|home|tracking|"
    # ("its American depositary shares, each representing 20 series B shares, added 1.6%")
    # ("GSK's American depositary shares, each equal to two ordinary shares, were up 2.8%")
    r"(?:each\s+)?representing|each\s+(?:equal|equivalent|worth|carrying|convertible)|comprising|covering|measuring|"
    # ("The Class A shares, ticker ZG, which carry voting rights, rose 10.1%")
    r"(?:ticker|symbol|code)(?=\s+[A-Z0-9]{1,6},)|"
    # "Kongsberg Gruppen, up roughly 90% this year on defence orders, edged 0.4% higher": a move of its own, aside
    r"(?:up|down|off)(?=\s+(?:[a-z]+\s+)?\d)|"
    # "The mid-cap MDAX, more exposed to the domestic economy, surged 6.2%", "Vonovia, sensitive to borrowing costs,"
    r"(?:more|less|most|highly|heavily|largely|mostly|sensitive|vulnerable|reliant|dependent|popular|flush)(?=\s))\b"
    # ("Princes Group, the British maker of tinned tuna, pasta sauces and Crisp 'n Dry cooking oil, closed": a list's commas)
    r"|[A-Z][\w&.-]*(?:'s|\u2019s)\s)(?:[^,;]|(?<=\d),(?=\d{3})|,(?=[^,;]{1,40}\sand\s[^,;]{1,40},))*,))"
)
# "by 1145 GMT, the biggest decliner on the AEX index, which ...": a clock time's zone is no name
_CAPITAL = re.compile(r"[A-Z]")


def _adjacent_name(text: str, start: int) -> re.Match | None:
    """`_ADJACENT_NAME.search(text, start)`, tried only where a capital can begin the name: the pattern is anchored
    at the end and would otherwise be tried from every character."""
    for capital in _CAPITAL.finditer(text, start):
        match = _ADJACENT_NAME.match(text, max(capital.start() - 1, start))
        if match is not None:
            return match
    return None


_NAME_END = re.compile(r"(?<![\w.&'-])(?!(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|JST|HKT|SGT|KST|IST|AEST|AEDT)$)[A-Z][\w.&'-]*$")
_CODE_END = re.compile(r"\[(?:S[HZ]A?|SSE|SZSE)?:?\s*\d{6}\]\s*$")
# "The stock, the heaviest weight in the DAX at roughly 12%, is now up 26%": an aside after the thing priced
# "The server maker, a big buyer of Nvidia chips, added 4.7%": so is an aside after a description of the company
_PRICED_THING_END = re.compile(
    # "Puig shares, priced at 24.50 euros in the May 3 listing, closed Tuesday 1.2% higher"
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.&'-]*)\s+(?:stock|shares|company|group|index|benchmark)$"
    # ("The thinly traded class A voting shares, controlled by the Rogers family trust, fell 5.4%")
    r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){1,7}(?:shares|stock)$"
    # ("The GDRs, the company's main international listing, were down", "its American depositary shares, each ...")
    r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.&-]*(?:'s|\u2019s))\s+(?:ADRs|ADSs|GDRs|(?:American|global)\s+depositary\s+(?:shares|receipts))$"
    r"|\b[Tt]he\s+(?:[\w.-]+\s+){0,3}(?:" + lx.alternation(lx.COMPANY_NOUNS) + r")$"
)
_SOURCE_AFTER = re.compile(r"^(?:'s|\u2019s)?\s*(?:analysts?|strategists?|economists?|said|says|wrote|noted|in a (?:research |recent )?note|researchers?|securities analyst)\b", re.IGNORECASE)
# "Motilal Oswal retained its 'buy' rating", "Nomura cut its target to 2,010": a broker giving its view
# "CATL said first-quarter net profit rose 33%", "Nvidia said its revenue ...": the company's own news, not a source's view
_OWN_NEWS_AFTER = re.compile(
    r"^\s+(?:said|says)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:its|first|second|third|fourth|full-year|half-year|quarterly|annual|"
    r"net|revenue|sales|profit|operating|fiscal)\b",
    re.IGNORECASE,
)
_BROKER_VIEW_AFTER = re.compile(
    r"^\s+(?:retained|maintained|reiterated|kept|upgraded|downgraded|initiated|raised|cut|lowered|trimmed|lifted|set)\s+"
    r"(?:its|their|the)\s+(?:[\w'\u2018\u2019-]+\s+){0,2}(?:rating|price\s+target|target\s+price|target)\b",
    re.IGNORECASE,
)
_SOURCE_BEFORE = re.compile(r"\b(?:analysts? at|according to|strategists? at|economists? at|a note from|note by|said|by)\s*$", re.IGNORECASE)
_UNKNOWN_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w&.\-']*|&)(?:\s+(?:[A-Z][\w&.\-']*|&|of|de|and))*?"
    r"(?:\s+(?:Corp|Corporation|Inc|Co|Company|Ltd|Limited|Group|Holdings|Holding|plc|PLC|AG|SA|SE|NV|Bhd|Tbk|ASA|AB|Oyj|SpA|Technologies|Technology|Tech|Pharma|Bank|Bancorp|Financial|Motors?|Energy|Industries|Electric|Electronics)\.?))"
    r"(?:'s|\u2019s)?(?:\s+(?:shares|stock))?\s*$"
)
_BRAND_OWNER = re.compile(
    # ("Shares of the USDC stablecoin issuer": a brand, then what the company is)
    r"(?:the\s+(?:[A-Z][\w&.'-]*\s+){1,3}(?:[a-z-]+\s+){0,2}"
    # "Shares of the Herzogenaurach-based sporting goods maker", "the shares of François-Henri Pinault's group": the
    # company spoken of, described
    r"|the\s+[A-Z][\w&.'-]*-(?:based|headquartered)\s+(?:[a-z-]+\s+){0,3}"
    # "shares of the country's most valuable company"
    r"|the\s+(?:country|nation|world|region|island|city|state|territory)(?:'s|\u2019s)\s+(?:[a-z-]+\s+){0,3}"
    r"|[A-Z][\w.'-]*(?:[\s-][A-Z][\w.'-]*){1,3}(?:'s|\u2019s)\s+(?:[a-z-]+\s+){0,2})"
    r"(?:" + lx.alternation(lx.COMPANY_NOUNS) + r")\b"
)
_NAME_AFTER_OF = re.compile(r"(?:[a-z][\w-]*\s+){0,3}?(?P<name>[A-Z][\w&.\-']*(?:\s+(?:[A-Z][\w&.\-']*|&|of|de))*)")
# A capitalised name standing right before the move, optionally set off by a comma.
_ADJACENT_NAME = re.compile(
    # "The Nifty Midcap 100 slumped 2.6%": an index's name may end in its count of members
    # ("Nifty Smallcap 100: down 5.3%": a snapshot's row, the counted name before a colon; not "Q3 2024:")
    r"(?:^|[^\w&.'-])(?P<name>(?!(?:Q[1-4]|H[12]|FY)\b)(?:[A-Z][\w&.'-]*)(?:\s+(?:[A-Z][\w&.'-]*|&|de|of))*?(?:\s+\d{2,4}(?!\s+[Ii]ndex))?)(?:'s|\u2019s)?(?:\s+(?:Index|index))?(?:,|(?<=\d):)?\s*$"
)
_STATE_WORDS = frozenset("was were is are has had have been closed ended finished settled traded trading opened stood indicated now still already also just".split())


# (a place opening the clause: not "Worldline fell 4.4% in Paris, Nexi dropped 6.1% in Milan", whose Paris was Worldline's)
_IN_A_PLACE_BEFORE = re.compile(r"(?:^|\band\s+|\bbut\s+|\bwhile\s+|;\s*)(?:in|on)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s*,\s*$")


# "on the FTSE MIB, which closed 0.6% lower"; "outperforming the Swiss Market Index, which gained 0.4%": the yardstick
# named right before the relative clause is what it speaks of
_ON_THE_INDEX_BEFORE = re.compile(
    r"\b(?:on|in|of|outperforming|underperforming|outpacing|beating|lagging|trailing|against|than)\s+(?:the\s+)?(?:broader\s+|benchmark\s+)?$"
)
_FIRST_SESSION_AT_END = re.compile(
    r"\b(?:ended|closed|finished|ends|closes|finishes)\s+(?P<session>(?:its|their|the)\s+(?:first|debut|opening|maiden)\s+"
    r"(?:trading\s+)?(?:session|day)(?:\s+of\s+trading)?(?:\s+(?:on|in)\s+(?:the\s+)?(?:[A-Z][\w&.'-]*\s+){1,4})?)\s*$")


def _without_state_words_at_end(left: str) -> str:
    """'Northmere Quantum Systems was indicated ' -> 'Northmere Quantum Systems'."""
    words = left.rstrip()
    while True:
        cut = words.rfind(" ")
        if cut < 0 or words[cut + 1 :] not in _STATE_WORDS:
            return words
        words = words[:cut].rstrip()
# "home to Louis Vuitton and ", "in China, Hong Kong and ": a list of names up to its last
_COORDINATED_NAMES_AT_END = re.compile(
    r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}(?:,\s*[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})*,?\s+(?:and|&|or)\s+$"
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|from|in|into|at|of|for|by|against|than|over|under|between|on)\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_NAMES = {
    "the", "a", "an", "its", "their", "it", "they", "shares", "stock", "stocks", "in", "on", "at", "for", "and", "but",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "wall", "street",
    "meanwhile", "elsewhere", "overall", "still", "also", "however", "separately", "earlier", "later", "analysts",
    # a transcript's speakers: "REPORTER: The operator of Tokyo Disneyland sank 7.4%"
    "reporter", "anchor", "host", "presenter", "correspondent", "moderator", "interviewer", "guest",
    "investors", "traders", "u.s.", "us", "europe", "asia", "china", "japan", "hong", "kong", "london", "tokyo",
    "shanghai", "shenzhen", "seoul", "paris", "frankfurt", "new", "york", "index", "benchmark", "that", "this",
    "these", "those", "which", "who", "he", "she", "we", "i", "you", "chinese", "japanese", "european", "american",
    "british", "german", "french", "korean", "indian", "gold", "oil", "sydney", "mumbai", "singapore", "toronto",
    "taipei", "australia", "india", "canada", "korea", "taiwan", "australian", "canadian", "singaporean", "taiwanese",
    "asx", "tsx", "nse", "bse", "sgx", "dalal", "brent", "bitcoin", "ether", "the dollar",
    "dollar", "yen", "euro", "sterling", "yuan", "treasuries", "bonds", "crude", "copper", "silver",
    "yesterday", "today", "tomorrow", "tonight",  # "Yesterday's 3.3% drop": a day, not a company the directory lacks
    # "Europe grew 6.2%, while North America rose 6.0%": a results region
    "america", "americas", "africa", "east", "emea", "apac", "latam",
    # ("UK online revenue grew 11% and Italy rose 14%": a country's sales)
    "italy", "germany", "france", "spain", "britain", "brazil", "mexico", "nordics",
}
_GROUP_WORDS = re.compile(r"\b(?:stocks|shares|names|equities|counters|sector|industry|market|markets|peers|rivals|chipmakers|banks|lenders|insurers|miners|automakers|carmakers|developers|exporters|retailers|airlines)\b", re.IGNORECASE)


_METRIC_OF_BEFORE = re.compile(r"\b(?:" + lx.alternation(lx.METRIC_WORDS) + r")\s+(?:at|of|from|for|in)\s+(?:the\s+)?$", re.IGNORECASE)
_METRIC_FIRST_WORDS = first_words(lx.METRIC_WORDS)
_PRICE_OR_VENUE_WORD = re.compile(r"\b(?:" + lx.alternation(_PRICE_PHRASES) + r"|" + lx.alternation(set(lx.VENUES)) + r")\b")
_POSSESSIVE_THING = re.compile(r"^(?:'s|\u2019s)\s+(?P<words>[^,;]*)$")


def _owned_thing_after(between: str) -> bool:
    """Between a company and its move stands something it owns that is not its stock: "HSBC's wealth unit"."""
    match = _POSSESSIVE_THING.match(between.strip() and between.lstrip())
    if not match:
        return False
    words = match.group("words").lower()
    if re.fullmatch(r"(?:(?:are|were|is|was|have|has|had)(?:\s+(?:been|now|still))?)?\s*", words):
        return False  # "while Dell's are up about 37%": the possessive alone, its shares understood
    return not _PRICE_OR_VENUE_WORD.search(words)


@dataclass
class MentionRef:
    """A directory mention in sentence coordinates."""

    start: int
    end: int
    surface: str
    company: object  # data.listings.directory.Company
    is_source: bool = False
    is_peer: bool = False  # "rival Puma": named beside the story's company, not its new topic


@dataclass
class Discourse:
    """What the article has been talking about so far, for "its", "the stock", "the index"."""

    topic: object | None = None  # Company
    topic_name: str = ""
    index: object | None = None
    index_name: str = ""
    names: dict[str, str] = field(default_factory=dict)  # company id -> how the article first named it
    venue: str | None = None  # the market the article is about, from its index mentions
    home_venue: str | None = None  # the market its dateline or first lines name
    market_named: str | None = None  # the market a sentence last opened on ("Hong Kong bore the brunt"), for "there"
    company_markets: list[str] = field(default_factory=list)  # the exchange of each company claim so far
    index_markets: list[str] = field(default_factory=list)  # the exchange of each index claim so far, Wall Street's aside
    last_claim: object | None = None  # the last Claim made, for "That follows a 10% jump on Friday"
    # the index the last sentence opened on when it made no claim: "the DAX jumped at the open and set a record at
    # 18,190 points. It was last up 0.9%": what "It" speaks of
    opening_index: object | None = None
    # a paragraph is about the subject of its first claim: "Friday's 1.1% rebound, sparked by ..., softened the damage",
    # opening a paragraph, speaks of the last paragraph's first subject, not of an aside at its end
    paragraph_lead: object | None = None  # the first Claim of the paragraph being read
    previous_paragraph_lead: object | None = None
    at_paragraph_start: bool = False
    topic_after_claim: bool = False  # a company became the topic after the last claim was made
    unknown_topic: str = ""  # a company the directory cannot place that the story is now about
    marks_us_dollars: bool = False  # the article writes "US$": its bare "$" is some other dollar
    first_lines: dict[str, str] = field(default_factory=dict)  # company id -> symbol of its first claim here
    named_lines: set[str] = field(default_factory=set)  # company ids whose first line the text named ("Toronto-listed")
    named: dict[str, object] = field(default_factory=dict)  # company id -> Company, each one the article has named
    defined: Subject | None = None  # a release's 'Veridane Therapeutics, Inc. ("Veridane" or the "Company")'
    parent: MentionRef | None = None  # the company a spun-off one was "demerged from", for "the parent"
    first_words: dict[str, set[str]] = field(default_factory=dict)  # first word of each name the article used -> company ids

    def named_by_first_word(self, word: str) -> list[object]:
        """Companies the article has named by a name beginning with the word ("KE" of "KE Holdings", though the
        headline called it "Beike")."""
        return [self.named[company_id] for company_id in sorted(self.first_words.get(word, ()))]

    def first_name(self, company: object, surface: str) -> str:
        name = self.names.get(company.id)
        if name is None:
            name = self.names[company.id] = re.sub(r"^(?:the|The)\s+", "", surface)
        return name

    def note_line(self, company_id: str, symbol: str, named: bool) -> None:
        """The line a claim was about. The first stays the company's line here, unless it was only the default
        U.S. one and the text then names a home line: "Shopify shares soar 22%" (headline), then "The company's
        Toronto-listed stock was up 22.4%". (An aside on a home company's ADRs changes nothing.)"""
        first = self.first_lines.get(company_id)
        if first is None or (named and company_id not in self.named_lines and "." not in first and "." in symbol):
            self.first_lines[company_id] = symbol
        if named:
            self.named_lines.add(company_id)

    def note(self, mention: MentionRef) -> None:
        name = self.first_name(mention.company, mention.surface)
        self.named.setdefault(mention.company.id, mention.company)
        surface = re.sub(r"^(?:the|The)\s+", "", mention.surface)
        if surface:
            first = surface.split()[0]
            # ("Harley shares were down 1.6%" after "Harley-Davidson", "Cliffs shares" after "Cleveland-Cliffs")
            for word in {first, *first.split("-")}:
                self.first_words.setdefault(word, set()).add(mention.company.id)
        if getattr(mention.company, "is_index", False):
            self.index, self.index_name = mention.company, name
            listing = mention.company.listings[0] if mention.company.listings else None
            if listing is not None:
                self.venue = listing.exchange
        # a source ("Microsoft said on Friday it plans ...") is the topic only while the article has no other
        elif (not mention.is_source or self.topic is None) and not (mention.is_peer and self.topic is not None):
            self.topic, self.topic_name = mention.company, name
            self.unknown_topic = ""

    def note_parent(self, sentence: str, mentions: list[MentionRef]) -> None:
        """'Aditya Birla Lifestyle Brands, the menswear business demerged from Aditya Birla Fashion and Retail': the
        company a later "the parent" speaks of."""
        for mention in mentions:
            if _SPUN_FROM_BEFORE.search(sentence, max(0, mention.start - 30), mention.start):
                self.parent = mention

    def note_sentence(self, mentions: list[MentionRef]) -> None:
        """A sentence's mentions, in order. The company it is about is the first one it names: "Nvidia closed
        at a record, edging out Microsoft and Apple. The stock ..." is still Nvidia."""
        first_topic = None
        for mention in mentions:
            topic_before = self.topic
            self.note(mention)
            if first_topic is None and (self.topic is not topic_before or self.topic is mention.company):
                first_topic = (self.topic, self.topic_name)
        if first_topic is not None:
            self.topic, self.topic_name = first_topic
            self.topic_after_claim = self.topic is not None and not getattr(self.topic, "is_index", False)


@dataclass
class Subject:
    kind: str  # "company", "index", "group", "unknown", "metric", "none"
    company: object | None = None
    entity: str = ""
    venue: str | None = None
    start: int = 0


_PEER_BEFORE = re.compile(r"\b(?:rivals?|peers?|competitors?|competing|smaller|larger|bigger)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


# "The miner completed its $6.7 billion acquisition of Arcadium Lithium in March": a company bought is no topic
# ("where Woodside has traded since its 2022 merger with BHP's petroleum business": the partner of a deal, in passing)
_DEAL_OBJECT_BEFORE = re.compile(r"\b(?:(?:acquisition|takeover|purchase|buyout)\s+of|(?:merger|tie-up|combination)\s+with)\s+(?:the\s+)?$")


def mark_sources(sentence: str, mentions: list[MentionRef]) -> None:
    """Brokers and banks quoted as sources ("DBS said", "analysts at Jefferies") are not the subject of the story;
    a rival named in passing ("Adidas fell 3%. Rival Puma slid 2%. The stock is up 8% this year.") is not its topic."""
    for mention in mentions:
        after = sentence[mention.end :]
        if (_SOURCE_AFTER.match(after) and not _OWN_NEWS_AFTER.match(after)) or _SOURCE_BEFORE.search(sentence[: mention.start]) or _BROKER_VIEW_AFTER.match(after):
            mention.is_source = True
        if (_PEER_BEFORE.search(sentence[max(0, mention.start - 40) : mention.start]) or _PASSING_OBJECT.search(sentence[: mention.start])
                or _DEAL_OBJECT_BEFORE.search(sentence, max(0, mention.start - 40), mention.start)
                or _A_PERSONS_EMPLOYER_BEFORE.search(sentence, max(0, mention.start - 40), mention.start)
                or _in_a_bracketed_remark(sentence, mention)):
            mention.is_peer = True


def _in_a_bracketed_remark(sentence: str, mention: MentionRef) -> bool:
    """'The warehouse-robot maker (Walmart is its biggest customer) delayed its 10-K': a company named in a bracketed
    remark of several words is said in passing (not a code or a former name: "(0981.HK)", "(formerly Facebook)")."""
    opening = sentence.rfind("(", 0, mention.start)
    if opening < 0 or sentence.rfind(")", opening, mention.start) >= 0:
        return False
    closing = sentence.find(")", mention.end)
    return closing >= 0 and len(sentence[opening + 1 : closing].split()) >= 4


# "It named Cindy Rose, who runs Microsoft's Western European business, as chief executive": a person's employer
_A_PERSONS_EMPLOYER_BEFORE = re.compile(
    r"\bwho\s+(?:(?:now|currently|previously|formerly|also)\s+)?(?:runs|ran|heads|headed|leads|led|chairs|chaired|works\s+(?:at|for)|"
    r"worked\s+(?:at|for)|joined|joins|founded|co-founded|is\s+(?:a|an|the)\s+[\w\s-]{0,30}?\s+(?:at|of))\s+$"
)
# "... and it said little about qualifying its memory with Nvidia": a company the topic's own clause names
# after a preposition is named in passing
_PASSING_OBJECT = re.compile(
    r"^[^;]*\b(?:it|its)\b[^;]*\s(?:with|to|from|for|against|than|by|over|like)\s+(?:the\s+)?$", re.IGNORECASE
)


_ABBREVIATION_BEFORE_INDEX = re.compile(r"\([A-Z][A-Z0-9&.-]{1,10}\)\s+(?:index|Index|composite|Composite|gauge|benchmark)\b")


def _is_abbreviation_of_index(text: str, aside: re.Match) -> bool:
    """'The Stock Exchange of Thailand (SET) index fell': the bracketed letters are the index's name, not an aside."""
    return bool(_ABBREVIATION_BEFORE_INDEX.match(text, aside.start()))


def _mask_parentheticals(text: str, name_ends: frozenset[int] = frozenset()) -> str:
    """Blank out asides between a subject and its move; `name_ends` are where known names end, so that
    "SK hynix, a key supplier to Nvidia, rose 2%" and "the Russell 2000, seen as ..., jumped" lose theirs too."""
    if "-based" in text or "-headquartered" in text:
        text = _HOME_TOWN_COMMA.sub(" ", text)  # "The Irvine, California-based company's stock": no name, no appositive
    original = text
    text = _PARENTHETICAL.sub(lambda m: m.group(0) if _is_abbreviation_of_index(text, m) or _clause_of_the_move(text, m) else " " * len(m.group(0)), text)

    # "In New York on Tuesday, the iShares MSCI South Korea ETF, the largest U.S.-listed fund ..., sank": the place that
    # opens the sentence is no name an appositive follows; asides are looked for after its comma
    place = _OPENING_PLACE.match(text)
    start = place.end() if place and text.startswith(",", place.end()) else 0

    def after_name(match: re.Match) -> bool:
        # only an appositive to a name ("Toyota Motor, ..."), not "At the midday break, the index stood at ..."; a
        # name's bracketed symbol, blanked above, stands between: "Taiwan Semiconductor Manufacturing Co. (TSMC), the ..."
        # ("Empyrean Technology [SZ:301269], the country's largest EDA developer,": the mainland press's code ends a name)
        return bool(match.start() in name_ends or len(text[: match.start()].rstrip()) in name_ends
                    or _NAME_END.search(text[: match.start()]) or _PRICED_THING_END.search(text, 0, match.start())
                    or _CODE_END.search(text, 0, match.start()))

    # "Bharti Airtel, the largest shareholder in Indus Towers, which picked up 1 per cent in the sale, was up 1.4%":
    # the relative clause blanked above took the comma that closed the appositive before it
    for match in _APPOSITIVE.finditer(original, start + 1 if start else 0):
        if text[match.end() - 1] == " " and text[match.start()] == "," and after_name(match):
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    # (an aside that is no appositive may share its closing comma with one that is: "As of 9:35 a.m., the Taiex, the
    # benchmark index of the Taiwan Stock Exchange, was up": the search goes on from that comma)
    position, shared_comma = (start + 1 if start else 0), -1
    while (match := _APPOSITIVE.search(text, position)) is not None:
        # (from a shared comma, only an appositive to a name the directory knows: not ", lifting the Nikkei 225," after
        # "their best two-day performance since November")
        if after_name(match) if match.start() != shared_comma else match.start() in name_ends:
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
            position = match.end()
        else:
            position = shared_comma = match.end() - 1
    # "Sales at the fashion division, home to Louis Vuitton and Dior, fell 5%": an aside saying what a thing holds
    return _HOLDING_ASIDE.sub(lambda m: " " * len(m.group(0)), text)


def _clause_of_the_move(text: str, aside: re.Match[str]) -> bool:
    """"taking their lead from Wall Street, where the S&P 500 closed at a record overnight, up 0.2 per cent": a clause
    with a subject of its own that the move right after it restates is no aside."""
    return (aside.group(0)[1:].lstrip()[:5].lower() in {"where", "when,", "when "} and not text[aside.end() :].strip()
            and _A_CLOSE_OR_MOVE.search(aside.group(0)) is not None)


_A_CLOSE_OR_MOVE = re.compile(r"\b(?:" + lx.alternation(lx.CLOSING_WORDS | lx.UP_VERBS | lx.DOWN_VERBS) + r")\b", re.IGNORECASE)
_OPENING_PLACE = re.compile(r"\s*(?:In|At|On|Across|Over\s+in)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s*){1,3}(?:(?:on|late|early)\s+[A-Z]?[a-z]+\s*|trading\s*)?")
_HOLDING_ASIDE = re.compile(r",\s*(?:home to|including|which (?:includes|owns|houses)|such as|owner of|maker of)\b[^,;]*,(?=\s*\S+\s*$|\s*$)")
_VENUE_TOKEN = re.compile(r"[a-z0-9&]+")
# Every venue phrase starts with one of these words (as the tokens below split it): a stretch of text
# holding none of them names no venue, which most stretches the rules ask about do not.
_VENUE_FIRST_TOKENS = frozenset(_VENUE_TOKEN.findall(key)[0] for key in lx.VENUES if _VENUE_TOKEN.findall(key))


def venue_in(text: str) -> str | None:
    """The listing a stretch of text points at: "in Shanghai", "Hong Kong-listed", "its ADRs", "its B shares"."""
    if text.isascii() and _VENUE_FIRST_TOKENS.isdisjoint(_VENUE_TOKEN.findall(text.lower())):
        return None
    market = share_class = aside_class = None
    # ("The A shares, which carry ten votes each against one for the B shares, fell": a class a relative clause names
    # only to compare yields to the one before it; a market it names is where the line trades)
    asides = [m.span() for m in _RELATIVE_CLAUSE_SPAN.finditer(text)] if ", which" in text or ", who" in text else []
    for match in _VENUE.finditer(text):
        venue = lx.VENUES[re.sub(r"\s+", " ", match.group(0).lower())]
        if venue in SHARE_CLASSES:
            if any(start <= match.start() < end for start, end in asides):
                aside_class = aside_class or venue
            else:
                share_class = share_class or venue
        elif venue:
            market = market or venue
    share_class = share_class or (aside_class if market is None else None)
    if market and share_class:
        # "Its non-voting class B shares, which trade in Madrid": both of Grifols' classes trade there
        return f"{share_class}|{market}"
    return market or share_class


_RELATIVE_CLAUSE_SPAN = re.compile(r",\s*(?:which|who)\b[^,;]*(?:,|$)")
_HOME_EXCHANGE_OF_COUNTRY = {
    "Spain": "Madrid", "Italy": "Milan", "France": "Paris", "Germany": "Frankfurt", "Britain": "London", "Switzerland": "Zurich",
    "Sweden": "Stockholm", "Norway": "Oslo", "Denmark": "Copenhagen", "Finland": "Helsinki",
}
_LISTED_BEFORE = re.compile(
    # "Hong Kong-listed", "U.S.-listed"; not "in Paris and London-listed", whose venue is London
    r"(?:^|[\s(,;])(?:(?P<venue>[A-Za-z][\w.&']*(?:\s[A-Z][\w.&']*){0,3}-listed)\s+"
    # "Spain's BBVA", "Italy's biggest lender UniCredit": a European country's own company
    r"|(?P<country>(?:Spain|Italy|France|Germany|Britain|Switzerland|Sweden|Norway|Denmark|Finland)(?:'s|\u2019s))"
    r"\s+(?:[a-z][\w-]*\s+){0,3})$"
)


def _listed_before(text: str) -> str | None:
    """'ASX-listed Rio Tinto fell', 'Toronto-listed Shopify rose': the venue a name is introduced by."""
    match = _LISTED_BEFORE.search(text[-50:])
    if match is None:
        return None
    if match.group("country"):
        return _HOME_EXCHANGE_OF_COUNTRY[match.group("country")[:-2].rstrip("'\u2019")]
    return venue_in(match.group("venue"))


def _named_before_by_first_word(word: str, discourse: Discourse) -> object | None:
    """'BlackRock's iShares Bitcoin Trust ... the iShares fund closed up 2.4%', 'Phoenix Group pays the most ...
    Phoenix shares have fallen 3pc': the one company the article has named whose name begins with the word."""
    if not word[:1].isalpha() or word.islower() or word.lower() in _NOT_NAMES or venue_in(word):
        return None
    found = discourse.named_by_first_word(word)
    return found[0] if len(found) == 1 else None


# Sectors a gauge may track; "tech" is left to the extractor, which knows Hong Kong's and New York's tech indexes
_SECTOR_BEFORE_INDEX = re.compile(
    r"\b(?:capped\s+)?(?:banking|bank|banks|financials?|insurance|real estate|property|realty|energy|oil and gas|mining|"
    r"miners|materials|resources|metals?|gold|health ?care|consumer(?: staples| discretionary)?|utilities|industrials?|"
    r"telecoms?|telecommunications|media|auto|pharma|chemicals|construction|infrastructure|transport|"
    # STOXX sector names: "the STOXX autos and parts index"
    r"autos(?: and parts)?|automobiles and parts|travel and leisure|basic resources|food and beverages?|retail|luxury|"
    r"defen[cs]e|aerospace and defen[cs]e|"
    r"information technology|IT|FMCG|PSU bank|"
    # "The STOXX Europe 600 technology index": tech after an index's own name is its sector gauge
    r"(?<=[A-Z0-9] )(?:technology|tech)|"
    # "the BSE midcap gauge", "the smallcap index": India's size gauges (a U.S. "small-cap index" is the extractor's)
    r"midcap|smallcap|(?<=BSE )mid-cap|(?<=BSE )small-cap)\s+$"
)


FUTURES_ON_BEFORE = re.compile(r"\bfutures\s+(?:contracts?\s+)?(?:on|for|tracking|linked\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
_WHOSE = re.compile(r"\s*whose\s+(?:(?:[Cc]lass\s+)?[A-Z]\s+|(?:preferred|ordinary|common|voting|non-voting)\s+)*")
_THE_COMPANYS_BEFORE = re.compile(r"\b[Tt]he\s+Company(?:'s|\u2019s)\s+(?:[\w-]+\s+)?$")


def _owner_of_price_noun(
    sentence: str, noun_start: int, noun_end: int, upto: int, mentions: list[MentionRef], discourse: Discourse
) -> Subject:
    """Whose shares: "SMIC's Hong Kong shares", "shares of Tencent", "its ADRs", "the stock", "bank stocks"."""
    noun = sentence[noun_start:noun_end].lower().replace("\u2019", "'").removesuffix("'s")  # "trims the stock's gain"
    after = sentence[noun_end:upto]
    if discourse.defined is not None and _THE_COMPANYS_BEFORE.search(sentence, max(0, noun_start - 30), noun_start):
        # a filing's "which noted that the Company's share price rose": the issuer it defined, whatever it names since
        defined = discourse.defined
        return Subject(defined.kind, defined.company, defined.entity, None, noun_start)
    brands = _BRANDS_MAKER.search(sentence, max(0, noun_start - 80), noun_start) if discourse.topic is not None else None
    if brands is not None and noun in {"shares", "stock"}:
        # "The Budweiser and Stella Artois maker's shares closed up 8.3%": the company spoken of, named by its brands
        return _topic_subject(sentence, brands.start(), mentions, discourse, venue_in(after))
    item = _LIST_ITEM_NAME.match(sentence) if noun in {"shares", "stock"} else None
    if item is not None and re.fullmatch(r"\s*(?:\([A-Z.]{1,6}\))?\s*[-\u2013\u2014:]+\s+", sentence[item.end("name") : noun_start]):
        # "Academy Sports and Outdoors — Shares tumbled 12%": a movers list's item, its company named before the dash
        named = [m for m in mentions if item.start("name") <= m.start and m.end <= item.end("name")]
        if named:
            return _company_subject(named[-1], discourse, named[-1].start)
        if not _a_speaker_or_no_name(item.group("name")):
            return Subject("unknown", None, item.group("name"), None, item.start("name"))
    if noun in lx.INDEX_NOUNS and FUTURES_ON_BEFORE.search(sentence, max(0, noun_start - 40), noun_start):
        return Subject("metric", start=noun_start)  # "futures on the benchmark slid 3%": a contract on the index, not the index
    sector = _SECTOR_BEFORE_INDEX.search(sentence, max(0, noun_start - 40), noun_start) if noun in lx.INDEX_NOUNS else None
    named_gauge = next((m for m in mentions if getattr(m.company, "is_index", False) and sector is not None
                        and not sentence[m.end : sector.start()].strip()
                        and re.match(r"(?i)\s*(?:mid|small)-?cap\b", sentence[sector.start() : noun_start])), None)
    if named_gauge is not None:
        # "Britain's FTSE 250 midcap index rose 0.5%": a size word describing the index named (a sector's word names
        # its sub-index: "the STOXX 600 energy index")
        return _company_subject(named_gauge, discourse, named_gauge.start)
    if sector is not None:
        # "the banking index slumped 5.3%", "the S&P/ASX 200 information technology index climbed 4.3%": a sector's
        # gauge, not the market's benchmark (nor, unnamed, one the directory holds)
        phrase = re.split(r"[,;:]|\b[Tt]he\s", sentence[max(0, noun_start - 80) : noun_start])[-1].strip()
        return Subject("unknown", None, f"{phrase} {sentence[noun_start:noun_end]}", None, noun_start - len(phrase))
    if noun in lx.INDEX_NOUNS:
        named = next((m for m in mentions if m.end < noun_start and not sentence[m.end : noun_start].strip()), None)
        if named is not None:
            return _company_subject(named, discourse, named.start)  # "the Topix index of all Prime Market issues"
    of_match = re.match(r"\s+(?:of|in)\s+", after)
    if of_match:
        for mention in mentions:
            if noun_end + of_match.end() <= mention.start <= noun_end + of_match.end() + 40 and mention.end <= upto:
                subject = _company_subject(mention, discourse, noun_start)
                # "The Hong Kong listing of SMIC", "Shanghai-listed shares of SMIC": the venue stands before the noun
                # (not a clause's before it: "Nexi dropped 6.1% in Milan and shares of PayPal were 2.7% lower")
                before_noun = _CLAUSE_BREAK_BEFORE.split(sentence[max(0, noun_start - 40) : noun_start])[-1]
                subject.venue = venue_in(before_noun) or venue_in(sentence[mention.end : upto])
                return subject
        if discourse.defined is not None and after.startswith("the Company", of_match.end()):
            # a filing's "Shares of the Company fell 10%": the issuer it speaks for
            defined = discourse.defined
            return Subject(defined.kind, defined.company, defined.entity, None, noun_start)
        if _BRAND_OWNER.match(after, of_match.end()):
            # "Shares of the Clinique owner": the company spoken of, described by its brand
            return _topic_subject(sentence, noun_start, mentions, discourse)
        named = _NAME_AFTER_OF.match(after[of_match.end() :]) if of_match.group(0).strip() == "of" else _name_after_in(after[of_match.end() :])
        if named and _BASED_COMPANY_AFTER.match(after, of_match.end() + named.end("name")):
            # "Shares of the Foster City, California-based company were down 1.5%": the company spoken of, by its home town
            return _topic_subject(sentence, noun_start, mentions, discourse)
        if named and not venue_in(named.group("name")) and named.group("name").split()[0].lower() not in {"the", "its", "their", "chinese", "european", "u.s.", "japanese"}:
            return Subject("unknown", None, named.group("name").rstrip(",. "), venue_in(after), noun_start)
    before = sentence[max(0, noun_start - 80) : noun_start]
    if ")" in before:
        # "Pantheon Resources PLC (AIM:PANR, OTCQX:PTHRF) shares": the bracket's comma is no clause break
        before = _BRACKETS.sub(lambda m: " " * len(m.group(0)), sentence[:noun_start])[-80:]
    if "-based" in before:
        # "The Irvine, California-based company's stock": the comma of a home town is no clause break
        before = _HOME_TOWN_COMMA.sub(" ", before)
    phrase_start = noun_start - len(before)
    # the noun phrase: back to the last clause break
    # (cut is the last character of the break: "while the voting common shares" is "the voting common shares")
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"),
              *(at + len(word) - 1 for word in (" and ", " while ", " as ", " but ", " with ") if (at := before.rfind(word)) >= 0))
    for mention in mentions:
        if phrase_start <= mention.start < phrase_start + cut + 1 < mention.end:
            cut = mention.start - phrase_start - 1  # "Industrial and Commercial Bank of China's shares": no break inside a name
    phrase = before[cut + 1 :] if cut >= 0 else before
    phrase_offset = noun_start - len(phrase)
    owners = [m for m in mentions if m.start >= phrase_offset and m.end <= noun_start]
    if owners and noun == "stock" and all(getattr(m.company, "is_index", False) for m in owners):
        # "In London, the FTSE 250 stock was down 22%": one of the index's stocks, the company spoken of
        return _topic_subject(sentence, phrase_offset, [m for m in mentions if m not in owners], discourse)
    if owners:
        return _company_subject(owners[-1], discourse, owners[-1].start)
    if _WHOSE.fullmatch(phrase):
        # "domestic rival Banco BPM, whose stock rose 5.4%": the name the relative clause hangs on (and its
        # share class: "Danish rival Carlsberg, whose B shares were up 2.1% in Copenhagen")
        named = [m for m in mentions if m.end <= phrase_offset]
        # ("Domino's Pizza Inc, the separate US-listed company that owns the brand, whose shares fell 1.1%": an
        # appositive between)
        if named and (not sentence[named[-1].end : phrase_offset].strip(" ,")
                      or _APPOSITIVE_ONLY.fullmatch(sentence, named[-1].end, phrase_offset)):
            return _company_subject(named[-1], discourse, named[-1].start)
    if (
        _COMPANY_ANAPHOR.search(phrase.rstrip().removesuffix("Hong Kong-listed").rstrip())
        or _POSSESSIVE_ANAPHOR.search(phrase + " ")
        or re.search(r"\b(?:its|their)\b", phrase, re.IGNORECASE)
    ):
        return _topic_subject(sentence, phrase_offset, mentions, discourse)
    if noun in {"stock", "shares", "share", "share price", "stock price"} and (  # "the share was trading 29 pct. lower"
        re.search(r"(?:^|\s)the\s*$", phrase, re.IGNORECASE)
        # "bears continued to retreat from a stock that has risen 131% this year": the stock being spoken of
        # ("this is a stock that's up more than 250% this year")
        or (re.search(r"(?:^|\s)an?\s*$", phrase, re.IGNORECASE) and re.match(r"\s+(?:that|which)(?:\s|['\u2019]s\s|$)", after))
    ):
        # "... leaves the stock down about 14% on the week": "the stock" is the company being spoken of
        return _topic_subject(sentence, phrase_offset, mentions, discourse)
    if noun in lx.INDEX_NOUNS or noun in {"composite", "average"}:
        unknown_index = _unknown_index_name(phrase)
        if unknown_index and _NOT_A_TRADED_INDEX.search(unknown_index):
            # "The Shanghai Containerized Freight Index rose 9.4%": spot freight rates, no traded instrument
            return Subject("metric", start=phrase_offset)
        if unknown_index:
            return Subject("unknown", None, unknown_index + " " + sentence[noun_start:noun_end], None, phrase_offset)
        named_before = [m for m in mentions if getattr(m.company, "is_index", False) and m.end <= phrase_offset]
        if named_before and re.fullmatch(r"\s*(?:(?:after|before|as|while|when|and|but)\s+)?(?:the|The)\s*", phrase):
            # "Tuesday was the worst day for the IBEX 35 in weeks: the index slid 0.9%": the index the sentence named
            # ("S&P 500 e-mini futures were down 1.1%, after the index closed 0.1% higher": the contract's index)
            last = named_before[-1]
            return Subject("index", last.company, discourse.first_name(last.company, last.surface), None, phrase_offset)
        if discourse.index is not None:
            return Subject("index", discourse.index, discourse.index_name, None, phrase_offset)
        return Subject("none")
    # a bullet's dash ("- Shares fell 6.9%") is no word of a name
    words = [w for w in re.findall(r"[\w.'-]*\w[\w.'-]*", phrase) if w.lower() not in {"the", "a", "an"}]
    if (noun in {"fund", "etf", "shares", "stock"} or venue_in(noun)) and words and not _VENUE.sub(" ", " ".join(words[1:])).strip():
        # "Anglo's London shares jumped 16%" after "Anglo American": its first word, then the line's venue (or words of
        # venues, or a venue's noun: "KE's American depositary shares", "KE's ADRs" after "KE Holdings")
        named = _named_before_by_first_word(words[0].removesuffix("'s").removesuffix("\u2019s"), discourse)
        if named is not None:
            subject = _company_subject(MentionRef(phrase_offset, noun_end, discourse.names[named.id], named), discourse, phrase_offset)
            subject.venue = venue_in(" ".join(words[1:])) or venue_in(noun)
            return subject
    if noun in {"shares", "stock"} and re.fullmatch(r"\s*(?:(?:when|while|as|and|but|where)\s+)?(?:the|its|their)\s+local\s*", phrase, re.IGNORECASE) and discourse.topic is not None:
        # "The results landed after Hong Kong's close, when the local shares had slipped 0.8%": the topic's home line
        return _topic_subject(sentence, phrase_offset, mentions, discourse, discourse.home_venue)
    venue_words = venue_in(phrase)
    content = [w for w in words if not _VENUE.fullmatch(w) and w.lower() not in _CLASS_WORDS]
    if noun in {"stocks", "equities"} or (content and not re.fullmatch(r"(?i)(?:hong|kong|[\w.]+-listed|new|york|the)", content[-1])):
        if noun in {"stocks", "equities"} or _GROUP_WORDS.search(phrase + " " + noun) or content:
            label = (phrase.strip() + " " + sentence[noun_start:noun_end]).strip()
            if label.split()[0].lower() in lx.METRIC_WORDS:
                return Subject("metric", start=phrase_offset)  # "Inflows into equity funds rose 21.7%": flows, not prices
            if noun == "stocks" and _A_COUNT_BEFORE.search(phrase):
                return Subject("metric", start=phrase_offset)  # "more than 1,500 stocks fell by their 10% limit": a count
            return Subject("group", None, label, venue_words, phrase_offset)
    return _topic_subject(sentence, phrase_offset, mentions, discourse, venue_words)


_APPOSITIVE_ONLY = re.compile(r",\s*(?:the|a|an)\s+[^,;()]{1,80},\s*")
_HOME_TOWN_COMMA = re.compile(r"(?<=[A-Za-z]),(?=\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:based|headquartered)\b)")
_A_COUNT_BEFORE = re.compile(r"(?:^|\s)\d[\d,]*\s*$")
_BRANDS_MAKER = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:(?:and|&)\s+(?:[A-Z][\w.'-]*\s+){1,3})?(?:[a-z-]+\s+)?(?:"
    + lx.alternation(lx.COMPANY_NOUNS) + r")(?:'s|\u2019s)\s+$")
_ELLIPTIC_OPENING = re.compile(
    # ("Wolfspeed is getting hammered." - "Down 22% in premarket trading.": a speaker's reply, its subject left out)
    r"\s*(?:\d{1,2}/\s*|[A-Z][A-Z .'-]{1,30}:\s+)?(?:Closed|Ended|Finished|Rose|Fell|Jumped|Gained|Lost|Dropped|Slid|Climbed|Added|"
    r"(?:Up|Down)(?=\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|roughly\s+)?\d))\b")
_PREPOSITION_JUST_BEFORE = re.compile(r"\b(?:after|before|since|on|upon|at|from)\s+$", re.IGNORECASE)
_DESCRIBING_PRICE_WORDS = frozenset({"blue-chip", "benchmark", "barometer", "gauge"})
_NAME_OR_INDEX_NEXT = re.compile(r"\s+(?:[A-Z&]|index\b|indices\b)")
# ("The India VIX volatility gauge surged 28%": what the gauge measures may stand between its name and the noun)
_INDEX_NAME_BEFORE_NOUN = re.compile(r"(?P<name>(?:[A-Z][\w&/.'-]*\s+)(?:(?:[A-Z][\w&/.'-]*|\d+)\s+)*)(?:volatility\s+|fear\s+)?$")


_CAPITALS_INSIDE = re.compile(r"(?=\w*[a-z])[A-Z][a-z]*[A-Z][A-Za-z0-9]*")


def _unknown_index_name(phrase: str) -> str | None:
    """'while the OMX Stockholm 30 index was up 0.6%': an index the directory lacks, named by several capitalised
    words or a number; not the index spoken of before, nor a company near by."""
    match = _INDEX_NAME_BEFORE_NOUN.search(phrase)
    if not match:
        # "while the top 40 index dropped 1.7%": a gauge named by its count of members, in lower case
        counted = _COUNTED_INDEX_BEFORE_NOUN.search(phrase)
        return counted.group("name") if counted else None
    named = [w for w in match.group("name").split() if w not in {"The", "the"}]
    if len(named) == 2 and re.fullmatch(r"[A-Z]{2,5}", named[-1]) and named[0].lower() in _NOT_NAMES:
        return " ".join(named)  # "the India VIX": a place, then an acronym
    words = [w for w in named if w.lower() not in _NOT_NAMES or re.fullmatch(r"[A-Z]{3,5}", w)]
    if words and _CAPITALS_INSIDE.fullmatch(words[-1]):
        return words[-1]  # "the Taipei Exchange's TPEx index": one word, but spelt as a name (not "HK", not "Tokyo")
    # an exchange's acronym is part of a name: "the BSE Midcap index"
    if sum(1 for w in words if not venue_in(w) or re.fullmatch(r"[A-Z]{3,5}", w)) < 2:
        return None  # "the Hong Kong index" is no name of its own; "OMX Stockholm 30" keeps its city
    return " ".join(words)


_NOT_A_TRADED_INDEX = re.compile(r"\b(?:Freight|Baltic|Containeri[sz]ed|Drewry|Charter|Purchasing|Manufacturing|Services|Housing)\b")
_COUNTED_INDEX_BEFORE_VERB = re.compile(r"(?:^|[,;]\s+|\s+and\s+|\s+while\s+)(?:the\s+)(?P<name>(?:top|blue-chip)\s+\d{2,3})\s+$", re.IGNORECASE)
_COUNTED_INDEX_BEFORE_NOUN = re.compile(r"\b(?:the\s+)(?P<name>(?:top|mid-?cap|small-?cap|large-?cap|blue-chip)\s+\d{2,3})\s+$", re.IGNORECASE)


_NAME_RIGHT_AFTER = re.compile(r"(?P<name>[A-Z][\w&.\-']*(?:\s+(?:[A-Z][\w&.\-']*|&|of|de))+)")


def _name_after_in(text: str) -> re.Match | None:
    """'Shares in Zhejiang Lanyue Robotics rose': a name of two or more capitalised words right after
    "in" (one word is too often a place or a month: "shares in Tokyo", "shares in March")."""
    match = _NAME_RIGHT_AFTER.match(text)
    if match is None or match.group("name").split()[0].lower() in _NOT_NAMES or venue_in(match.group("name")):
        return None
    return match


def _company_subject(mention: MentionRef, discourse: Discourse, start: int) -> Subject:
    kind = "index" if getattr(mention.company, "is_index", False) else "company"
    return Subject(kind, mention.company, discourse.first_name(mention.company, mention.surface), None, start)


_UNPLACED_COMPANY = re.compile(_UNKNOWN_NAME.pattern.replace(r"(?:'s|\u2019s)?(?:\s+(?:shares|stock))?\s*$", r"\b"))


def _unplaced_company_before(text: str, mentions: list[MentionRef]) -> re.Match | None:
    """The last name with a company word ("Brackenfold Energy", "Harlow Foods plc") the directory could not place."""
    found = None
    for match in _UNPLACED_COMPANY.finditer(text):
        if match.group("name").split()[0].lower() in _NOT_NAMES:
            continue
        if not any(m.start < match.end() and match.start() < m.end for m in mentions):
            found = match
    return found


# "(Bloomberg) -- ", "ZURICH, March 15 (Reuters) - ": a wire's dateline before the sentence's own words
_WIRE_OPENING = re.compile(r"\s*(?:[A-Z][A-Z.' ]{1,30}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*)?(?:\([^)]{1,40}\)\s*)?(?:-{1,2}|\u2013|\u2014)\s+")
_SHARES_AFTER_NAME = re.compile(r"(?P<tail>(?:\s+(?:AG|SA|SE|NV|PLC|plc|Inc|Ltd|Corp|Co|Holdings)\.?)*)(?:'s|\u2019s)?\s+(?:shares|stock)\b")


def unplaced_company_opening(sentence: str, mentions: list[MentionRef]) -> str | None:
    """'Credit Suisse Group AG shares plunged to a record low after ...': a sentence with no figure that opens on the
    shares of a company the directory cannot place, which "The stock" after it speaks of."""
    if any(not m.is_source and not getattr(m.company, "is_index", False) for m in mentions):
        return None
    opening = _WIRE_OPENING.match(sentence)
    match = _UNPLACED_COMPANY.match(sentence, opening.end() if opening else len(sentence) - len(sentence.lstrip()))
    shares = _SHARES_AFTER_NAME.match(sentence, match.end()) if match is not None else None
    if shares is None or match.group("name").split()[0].lower() in _NOT_NAMES:
        return None
    return match.group("name") + shares.group("tail")


_LIST_ITEM_NAME = re.compile(
    r"\s*(?:[-\u2022*]\s*)?(?P<name>[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|and|&|of|\+)){0,4})\s*(?:\([A-Z.]{1,6}\))?\s*[-\u2013\u2014:]+\s+(?:The|Shares|Its|Stock)\b"
)


def _a_speaker_or_no_name(name: str) -> bool:
    """'MARKETS CORRESPONDENT: The stock is down 21%': a transcript's speaker, whose role ends the label."""
    words = name.split()
    return words[0].lower() in _NOT_NAMES or words[-1].lower() in _NOT_NAMES


_A_LINE_BEFORE_WHICH = re.compile(
    r"\b(?:the|its|their)\s+(?:[\w.-]+\s+){0,3}?(?:[AHB][- ]shares|shares|stock|ADRs|ADSs|GDRs|line|listing)\s*$")
_WHICH_BEFORE_MOVE = re.compile(r",\s*which\s+(?:(?:has|had|have|was|were|is|are|also|itself|closed|ended|finished|settled|traded|stood)\s+)*$")
# ("..., including Pilbara Minerals, which has gained more than 20%": an example named, then its move)
_LED_BY_BEFORE = re.compile(r"\b(?:(?:led|helped|lifted|dragged|weighed\s+down|pulled\s+down|pushed|boosted)\s+by|including|notably|such\s+as)\s+$")
_THE_COMPANY = re.compile(r"\bthe Company\b")
# 'Veridane Therapeutics, Inc. ("Veridane" or the "Company")', 'Lingnan Crest Holdings Limited (the "Company")'
_DEFINED_COMPANY = re.compile(
    r"(?P<name>[A-Z][\w&.'-]*(?:(?:,[^\S\n]+|[^\S\n]+)(?:[A-Z][\w&.'-]*|of|and|&))*)[^\S\n]*\([^()]{0,60}?[\"\u201c](?:the\s+)?Company[\"\u201d][^()]{0,5}\)"
)


def defined_company(text: str, mentions: list) -> Subject | None:
    """The issuer a filing or release defines as "the Company", placed when the directory knows its name."""
    quoted = max(text.find('Company"'), text.find("Company\u201d"))
    # the name stands on the line before the quoted term: search only there, the pattern is slow over a whole text
    line_start = text.rfind("\n", 0, quoted) + 1
    match = _DEFINED_COMPANY.search(text, line_start, quoted + 12) if quoted >= 0 else None
    if match is None:
        return None
    inside = [m for m in mentions if match.start("name") <= m.start and m.end <= match.end("name") and not getattr(m.company, "is_index", False)
              and LEGAL_TAIL.fullmatch(text, m.end, match.end("name"))]
    if inside:
        return Subject("company", inside[0].company, inside[0].surface, None, match.start())
    # ("The Board of Directors of Tembusu Marine Holdings Limited (the "Company")": the company, not its board)
    name = _BOARD_OF.sub("", match.group("name").rstrip(", "))
    return Subject("unknown", None, name, None, match.start())


# what may follow a company's name in its legal name: "Kunlun Tech Co., Ltd.", but not "Kestrel" of "Kestrel Ridge Lithium Limited"
LEGAL_TAIL = re.compile(
    r"(?:[\s,.]+(?:Co\.?|Company|Ltd\.?|Limited|Inc\.?|Holdings?|Group|Corporation|Corp\.?|Berhad|Bhd\.?|plc|PLC|AG|SE|SA|N\.V\.|S\.A\.|ASA|AB|Tbk|PCL))*[\s,.]*",
    re.IGNORECASE)
_BOARD_OF = re.compile(r"^(?:The\s+)?(?:Board\s+of\s+Directors|Board|Directors|Management|Shareholders)(?:\s*\([^)]*\))?\s+of\s+(?:the\s+)?")


# "..., after its shares rose": a clause hung on the main one, whose "its" is the main clause's subject
_SUBORDINATE_ITS = re.compile(r"\s*(?:after|as|with|following|since|because|when)\s+(?:its|their)\b", re.IGNORECASE)


# "Vivendi, TIM's largest shareholder with a 23.75% stake, said"
_APPOSITION_THEN_SAID = re.compile(r",[^,;]{1,80},\s+(?:said|says)\b")


def _speaker_owning_its(sentence: str, start: int, mentions: list[MentionRef]) -> MentionRef | None:
    """The company opening the sentence as the one who said something, when every other name before `start`
    stands in its apposition, before "said"."""
    first = next((m for m in mentions if m.start < start), None)
    if first is None or not opens_the_sentence(sentence, first.start):
        return None
    said = _APPOSITION_THEN_SAID.match(sentence, first.end)
    if said is None or said.end() > start:
        return None
    if any(m is not first and m.start < start and not first.end < m.start < said.end() for m in mentions):
        return None
    return first


_SWEDISH_AB = re.compile(r"\s*AB\s+")  # "AB Volvo": a Swedish company's legal form written before its name
# "Mining equipment maker Epiroc, which was spun off from Atlas Copco ..., saw its A shares edge up": a description
# before the name that opens the sentence
_DESCRIPTION_BEFORE_NAME = re.compile(r"\s*(?:[A-Z][\w-]*)(?:\s+[a-z][\w-]*){0,3}\s+(?:" + lx.alternation(lx.COMPANY_NOUNS) + r")\s+")
_NOW_CALLED = re.compile(
    r"\s*The\s+(?:[\w-]+\s+)?(?:parent|company|group|business|firm|remaining\s+company)\s*,\s*(?:now|since|newly)\s+"
    r"(?:called|named|known\s+as|renamed(?:\s+as)?)\s+"
)
_APPOSITION_THEN_VERB = re.compile(r",\s*(?:the|a|an|which|who|whose)\b[^,;]{0,150},(?:\s+[a-z]+){0,2}\s*")


_SPUN_FROM_BEFORE = re.compile(r"\b(?:demerged|spun\s+off|spun\s+out|carved\s+out|separated|split\s+off)\s+(?:from|of)\s+(?:the\s+)?$")
_THE_PARENT = re.compile(r"(?:the|its|their)\s+(?:former\s+)?parent\b", re.IGNORECASE)


def _topic_subject(
    sentence: str, start: int, mentions: list[MentionRef], discourse: Discourse, venue: str | None = None
) -> Subject:
    """"its shares", "the stock": the nearest company named earlier in the sentence, else the article's topic."""
    if discourse.defined is not None and _THE_COMPANY.search(sentence, max(0, start - 30), start + 30):
        # a release's "the Company's share price rose roughly 160%": the issuer it defined, not a name said since
        defined = discourse.defined
        return Subject(defined.kind, defined.company, defined.entity, venue, start)
    # (a name the phrase's 80-character window cut through is still earlier: "... with Shopify Inc. after the e-commerce
    # platform's third-quarter results sent its Toronto-listed shares soaring 21%")
    # (nor the other side of a deal: "since its 2022 merger with BHP's petroleum business, the stock was down 1.5%")
    if discourse.parent is not None and _THE_PARENT.match(sentence, start) and not any(m.start < start for m in mentions):
        subject = _company_subject(discourse.parent, discourse, start)  # "The parent, which keeps the Pantaloons stores, rose 1.3%"
        subject.venue = venue
        return subject
    # (nor a company the subject's own clause named in passing: "Sandoz began trading after its spin-off from Novartis, with
    # the shares ending the day 0.7% lower")
    earlier = [m for m in mentions if m.start < start and not m.is_source and not getattr(m.company, "is_index", False)
               and not _DEAL_OBJECT_BEFORE.search(sentence, max(0, m.start - 40), m.start)
               and not _PASSING_OBJECT.search(sentence[: m.start])]
    speaker = _speaker_owning_its(sentence, start, mentions)
    if speaker is not None:
        # "Vivendi, TIM's largest shareholder with a 23.75% stake, said it would appeal; its shares were up 0.6%": the
        # company that spoke, not one named in its apposition
        subject = _company_subject(speaker, discourse, start)
        subject.venue = venue
        return subject
    unplaced = _unplaced_company_before(sentence[:start], mentions)
    if earlier and not (unplaced and unplaced.start() > earlier[-1].end):
        owner = earlier[-1]
        if len(earlier) > 1 and opens_the_sentence(sentence, earlier[0].start) and _SUBORDINATE_ITS.match(sentence, start):
            owner = earlier[0]  # "Nvidia passed Microsoft on Tuesday, after its shares rose 3.5%": the main clause's subject
        if (len(earlier) > 1 and (opens_the_sentence(sentence, earlier[0].start) or _SWEDISH_AB.fullmatch(sentence, 0, earlier[0].start)
                                  or _DESCRIPTION_BEFORE_NAME.fullmatch(sentence, 0, earlier[0].start))
                and _APPOSITION_THEN_VERB.fullmatch(sentence, earlier[0].end, start)):
            # "AB Volvo, the truck maker in which Geely's owner holds a stake, saw its B shares fall 2.1%": the names
            # inside the subject's apposition are not whose shares
            owner = earlier[0]
        subject = _company_subject(owner, discourse, start)
    elif unplaced:
        # "Aim-traded Brackenfold Energy more than halved; its shares have fallen 78% this year"
        return Subject("unknown", None, re.sub(r"^[A-Z][\w.&-]*-(?:listed|traded)\s+", "", unplaced.group("name")), venue, start)
    elif (item := _LIST_ITEM_NAME.match(sentence)) and item.end("name") < start and not _a_speaker_or_no_name(item.group("name")):
        # "MP Materials — The rare-earths miner climbed 8%": a movers list's item names its company first
        return Subject("unknown", None, item.group("name"), venue, start)
    elif discourse.defined is not None:
        # a release's "The closing price of the shares rose 46%": the issuer it is about
        defined = discourse.defined
        return Subject(defined.kind, defined.company, defined.entity, venue, start)
    elif discourse.unknown_topic:
        return Subject("unknown", None, discourse.unknown_topic, venue, start)
    elif discourse.topic is not None:
        subject = Subject("company", discourse.topic, discourse.topic_name, None, start)
    else:
        return Subject("none")
    subject.venue = venue
    return subject


_IN_NAME_AFTER_MOVE_NOUN = re.compile(
    # "a 12.4% plunge in Japan's Nikkei 225": a country's possessive before the name
    r"\s+(?:in|for|of)\s+(?:(?:shares|the\s+shares|stock)\s+(?:of|in)\s+)?(?:the\s+)?(?:(?:Japan|China|Hong\s+Kong|South\s+Korea|Korea|Taiwan|India|Australia|Germany|France|Britain|Italy|Spain|"
    r"Switzerland|Brazil|Canada|America|Europe|Asia|Wall\s+Street)(?:'s|\u2019s)\s+)?"
    r"(?:(?:benchmark|main|broader|blue-chip|key)\s+)?"
)


def subject_after_move_noun(sentence: str, noun_end: int, mentions: list[MentionRef], discourse: Discourse) -> Subject | None:
    """'The index was lifted by a 1.8% rise in Saudi Aramco', 'a 2% drop in shares of Tencent': the name after
    the move noun is whose price moved, whatever stands before the figure."""
    if discourse.defined is not None and _PRICE_OF_THE_COMPANY.match(sentence, noun_end):
        # a filing's "today's decrease of 14.2% in the closing price of the H shares of the Company": the issuer's
        defined = discourse.defined
        return Subject(defined.kind, defined.company, defined.entity, None, noun_end)
    line = _IN_ITS_LINE.match(sentence, noun_end)
    if line is not None and venue_in(line.group("line")):
        # "a 14.3% surge in the company's American depositary shares overnight": the topic's line the words name
        return _topic_subject(sentence, noun_end, mentions, discourse, venue_in(line.group("line")))
    match = _IN_NAME_AFTER_MOVE_NOUN.match(sentence, noun_end)
    if not match:
        return None
    for mention in mentions:
        # the mention may hold its own "the" ("the S&P 500" is an alias), which the pattern has read already
        if noun_end <= mention.start <= match.end() <= mention.start + 4 and not mention.is_source:
            subject = _company_subject(mention, discourse, mention.start)
            subject.venue = venue_in(sentence[mention.end : mention.end + 30].split(",")[0])
            return subject
    return None


_IN_ITS_LINE = re.compile(
    r"\s+in\s+(?:its|their|the\s+(?:[\w-]+\s+)?(?:" + lx.alternation(lx.COMPANY_NOUNS) + r")(?:'s|\u2019s))\s+"
    r"(?P<line>(?:[\w.-]+\s+){0,3}?(?:shares|stock|ADRs?|ADSs?|depositary\s+(?:shares|receipts)))\b"
)
_PRICE_OF_THE_COMPANY = re.compile(
    r"\s+in\s+the\s+(?:closing\s+|share\s+|trading\s+)?prices?\s+of\s+the\s+(?:[AHB]\s+)?(?:shares|Shares|securities)\s+of\s+the\s+Company\b"
)
# (a Reuters item's RIC may follow each name: "SentinelOne S.N and Palo Alto Networks PANW.O up 4.1% and 1.2%")
_NAME_LIST_SEPARATOR = re.compile(r"^(?:\s+[A-Z]{1,6}\.[A-Z]{1,2}\b)?(?:,\s*|,?\s+and\s+)$")
_LIST_BEFORE_VERB = re.compile(
    r"^(?:\s+[A-Z]{1,6}\.[A-Z]{1,2}\b)?(?:'s|\u2019s)?\s*(?:shares|stocks?)?\s*(?:were|have|had)?\s*"
    # "Hindustan Unilever and Nestle India were the only major gainers, rising 5.8 per cent and 2.9 per cent, respectively"
    r"(?:(?:the|among\s+the)\s+(?:[\w-]+\s+){0,3}?(?:gainers|losers|decliners|advancers|performers|movers|laggards|drags),?\s*)?$"
)


def respective_subjects(sentence: str, verb_start: int, count: int, mentions: list[MentionRef], discourse: Discourse) -> list[Subject] | None:
    """'Marathon Digital and Riot gained 5.4% and 6%, respectively': the names listed before the verb, in order,
    when there are as many as figures."""
    named = [m for m in mentions if m.end <= verb_start and not m.is_source]
    if len(named) < count:
        return None
    named = named[-count:]
    between = sentence[named[-1].end : verb_start]
    # "Whirlpool and Zions Bancorporation, which will be removed, fell 1.3% and 1%, respectively"
    # ("Vinci and Eiffage, seen as exposed to nationalisation plans, lost 5.4 percent and 8.1 percent respectively")
    between = re.sub(r"^,\s*(?:which|who|both of which|each of which|seen|viewed|regarded|considered|known)\b[^,;]*,", "", between)
    if not _LIST_BEFORE_VERB.match(between):
        return None
    if not all(_NAME_LIST_SEPARATOR.match(sentence[a.end : b.start]) for a, b in zip(named, named[1:])):
        return None
    return [_company_subject(m, discourse, m.start) for m in named]


# (or a linking word: "Even so, it is up 23.8% so far this year")
_OPENING_PHRASE = re.compile(
    r"\s*(?:(?:On|In|At|For|By|During|Over|After|Before|Later|Earlier|Then)\b[^,;.]{0,60}?,?\s+"
    r"|(?:Even\s+so|Still|However|Yet|Nevertheless|Nonetheless|Overall|Meanwhile|Instead|Again)\s*,\s+"
    # "Along the way it plunged 7.8% on Monday"
    r"|(?:Along\s+the\s+way|On\s+the\s+way)\s*,?\s+)?"
)


def opens_the_sentence(sentence: str, start: int) -> bool:
    """Whether only an opening phrase of time stands before `start`: "It rose", "On the last day of the year it dipped"."""
    return start < 3 or bool(_OPENING_PHRASE.fullmatch(sentence, 0, start))


_CURRENCY_WORDS = {"yen", "yuan", "renminbi", "won", "baht", "rupees", "rupee", "rupiah", "ringgit", "dollars", "euros",
                   "pounds", "pence", "kronor", "krona", "kroner", "francs", "rand", "reais", "pesos", "riyals", "dirhams",
                   "ringgits", "dong", "pesos", "lira"}
_OPENING_DESCRIPTOR = re.compile(r"\s*The\s+(?:[\w-]+\s+){0,4}?(?:" + lx.alternation(lx.COMPANY_NOUNS) + r")\b")
_AMOUNT_BEFORE = re.compile(r"(?<![\w.,])[\d,.]*\d\s*$")
_AMOUNT_AND_CURRENCY_BEFORE = re.compile(r"\d\s*(?:[a-z]+\s+)?$")


def _currency_of_an_amount(left: str, start: int, end: int) -> bool:
    """'Tokyo Metro rose 3.4% to 1,832 yen and has gained 16% since ...', 'It finished at its "stop high" of
    2,197.5 yen, up 400 yen': the currency of an amount is not a subject (as "the yen rose 1%" would be)."""
    if left[start:end].lower() == "per share":
        # "listed at 23 euros per share and closed ...": a price per share, not the metric "earnings per share"
        return bool(_AMOUNT_AND_CURRENCY_BEFORE.search(left, 0, start))
    return left[start:end].lower() in _CURRENCY_WORDS and bool(_AMOUNT_BEFORE.search(left, 0, start))


_ROLE_AFTER_INDEX = re.compile(
    r"(?:'s|\u2019s)?\s+(?:(?:biggest|top|worst|best|largest|main|heaviest|leading)\s+)?(?:losers?|gainers?|laggards?|"
    r"decliners?|advancers?|performers?|drags?|constituents?|components?|members?|heavyweights?|stocks?|shares)\b",
    re.IGNORECASE,
)


# "The iPhone maker is down", "the Dutch chipmaker fell": a definite description of a company right before its move
_DESCRIPTOR_BEFORE_MOVE = re.compile(
    # "the smartphone and electric-car maker is still up about 80%"
    # "The world's largest luxury group fell 3.8%"
    r"(?:^|[\s,;:(\-\u2013\u2014])(?P<np>[Tt]he\s+(?:[\w.'\u2019-]+\s+){0,4}?(?:" + lx.alternation(lx.COMPANY_NOUNS) + r")"
    # ("The bitcoin miner turned AI data-center landlord fell as much as 21%": what it was, then what it became)
    r"(?:\s+turned\s+(?:[\w.'\u2019-]+\s+){0,3}?[\w-]+)?"
    # ("The maker of Jif peanut butter and Uncrustables sandwiches is down 14.8%": what it makes, by brand)
    r"(?:\s+of\s+[A-Z][\w.'\u2019&-]*(?:\s+[\w'\u2019&-]+){0,3}?(?:\s+and\s+[A-Z][\w.'\u2019&-]*(?:\s+[\w'\u2019&-]+){0,3}?)?)?)"
    # ("The call-centre operator, up as much as 8.2% earlier, rose": an opening descriptor's own move, set off by a comma)
    r"(?:\s+(?:(?:is|was|were|are|has|had|have|ended|closed|finished|traded|trading)\s+)?(?:(?:now|also|still|already)\s+)?(?:been\s+)?"
    r"|(?P<comma>,\s*))$"
)
# "The Dutch lithography group was falling again after Tuesday's 16% slump": a noun's move whose owner is a day, in a
# sentence opened by a descriptor of the company spoken of
_DESCRIPTOR_OPENING = re.compile(r"\s*(?P<np>The\s+(?:[\w.'\u2019-]+\s+){0,4}?(?:" + lx.alternation(lx.COMPANY_NOUNS) + r"))\s+(?:was|is|were|are|has|had|rose|fell|slid|gained|lost|extended|added)\b")
_A_DAYS_MOVE_BEFORE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|yesterday)(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# "Kering is the worst performer on the CAC 40 this morning, down 12.8%", "the heaviest faller on Milan's FTSE MIB"
_ROLE_BEFORE_INDEX = re.compile(
    r"\b(?:performers?|fallers?|gainers?|losers?|decliners?|risers?|advancers?|laggards?|drags?|members?|constituents?|"
    r"components?)\s+(?:on|in|of|among)\s+(?:the\s+)?(?:[A-Z][\w.'-]*(?:'s|\u2019s)\s+)?$",
    re.IGNORECASE,
)


_WHAT_AN_INDEX_HOLDS = re.compile(r"\s+(?:[Ii]ndex\s+)?(?:of|tracking|comprising)\s+[^,;]*")


def _index_naming_a_role(left: str, mention_start: int, mention_end: int, sentence: str = "") -> bool:
    """'Infosys was the top Nifty loser, down 3.1%', 'Kering is the worst performer on the CAC 40, down 12.8%': an
    index named around "loser", "gainer", "constituent" describes the company's place in it; the company is the subject."""
    if _ROLE_AFTER_INDEX.match(left, mention_end):
        return True
    if _OUTDOING_BEFORE_INDEX.search(left, max(0, mention_start - 30), mention_start) and _PARTICIPLE_AFTER_INDEX.match(sentence, mention_end):
        return True  # "was up 11.8%, topping the SBF 120, after climbing as much as 14%": the stock climbed, the index is its yardstick
    # "the top performer in the DAX, which was up 0.2%": the relative clause's move is the index's own
    return bool(_ROLE_BEFORE_INDEX.search(left, max(0, mention_start - 60), mention_start)) and not _RELATIVE_ASIDE.match(left, mention_end)


_OUTDOING_BEFORE_INDEX = re.compile(r"\b(?:topping|leading|beating|outperforming|outpacing|underperforming|lagging|trailing)\s+(?:the\s+)?$")
_PARTICIPLE_AFTER_INDEX = re.compile(r"(?:\s+(?:index|benchmark))?,\s*(?:after|before|having|while)\s+[a-z]+ing\b")


_DEMONSTRATIVE_PRICE_NOUN = re.compile(r"\b(That|this|This|that|Those|those|These|these)(\s+(?:stock|shares)\b)")


def find_subject(
    sentence: str, upto: int, mentions: list[MentionRef], discourse: Discourse, *, leftmost: bool = False
) -> Subject:
    """The subject of a move whose words start at `upto` in the sentence (`leftmost`: the main clause's)."""
    if "hat s" in sentence or "his s" in sentence or "hose s" in sentence or "hese s" in sentence:
        # "That stock is now down about 40%": a demonstrative reads as "the", the company spoken of
        sentence = _DEMONSTRATIVE_PRICE_NOUN.sub(lambda m: ("The" if m.group(1)[0].isupper() else "the").ljust(len(m.group(1))) + m.group(2), sentence)
    relative = _WHICH_BEFORE_MOVE.search(sentence, max(0, upto - 40), upto)
    if relative is not None and not leftmost:
        # "led by Shopify Inc., which rose 2.4 per cent": the relative clause's move is its antecedent's
        # ("outpacing the S&P/ASX 200 index, which was up 0.3%": an index's own noun may close its name)
        antecedent = next((m for m in mentions if m.end == relative.start() or sentence[m.end : relative.start()] in {".", " Inc.", " Corp."}
                           or (getattr(m.company, "is_index", False) and sentence[m.end : relative.start()] in {" index", " Index"})), None)
        if antecedent is not None and not getattr(antecedent.company, "is_index", False) and _LED_BY_BEFORE.search(sentence, max(0, antecedent.start - 12), antecedent.start):
            return _company_subject(antecedent, discourse, antecedent.start)
        if antecedent is not None and getattr(antecedent.company, "is_index", False) and _ON_THE_INDEX_BEFORE.search(
            sentence, max(0, antecedent.start - 40), antecedent.start
        ):
            # "the worst performance on the FTSE MIB, which closed 0.6% lower": the index the company was ranked on
            return _company_subject(antecedent, discourse, antecedent.start)
    if relative is not None and not leftmost and discourse.topic is not None:
        line = _A_LINE_BEFORE_WHICH.search(sentence, max(0, relative.start() - 40), relative.start())
        if line is not None and not any(line.start() <= m.start < relative.start() for m in mentions):
            # "outpacing the A shares, which are up about 38%": the topic's line the relative clause hangs on
            return _topic_subject(sentence, line.start(), mentions, discourse, venue_in(line.group(0)))
    renamed = _NOW_CALLED.match(sentence)
    if renamed is not None and renamed.end() < upto:
        # "The parent, now called GE Aerospace after spinning off its last business, rose 2.3%": the name it goes by now
        named = next((m for m in mentions if m.start == renamed.end()), None)
        if named is not None and not re.search(r"[.;]", sentence[named.end : upto]):
            return _company_subject(named, discourse, named.start)
    left = _mask_parentheticals(sentence[:upto], frozenset(m.end for m in mentions))
    first_session = _FIRST_SESSION_AT_END.search(left, max(0, len(left) - 90)) if "session" in left or " day" in left else None
    if first_session is not None:
        # "The company ended its first session on the New York Stock Exchange up 17%": the session ended, not a subject
        left = left[: first_session.start("session")] + " " * (len(left) - first_session.start("session"))
    counted = _COUNTED_INDEX_BEFORE_VERB.search(left, max(0, len(left) - 30))
    if counted:  # "and the top 40 rose 0.3%": a gauge named by its count of members, its noun left out
        return Subject("unknown", None, counted.group("name"), None, counted.start("name"))
    candidates = _subject_candidates(left)
    for mention in mentions:
        if mention.end <= upto and left[mention.start : mention.end].strip():
            candidates.append((mention.start, mention.end, "mention"))
    # inside a mention ("Bank of China", "China Mobile"), words are part of the name, not subjects
    mention_spans = [(m.start, m.end) for m in mentions]
    candidates = [
        c for c in candidates if c[2] == "mention" or not any(s <= c[0] and c[1] <= e for s, e in mention_spans)
    ]
    candidates = [c for c in candidates if not (c[2] == "metric" and _currency_of_an_amount(left, c[0], c[1]))]
    # "The blue-chip CSI 300 index bucked the trend, rising 0.6%", "the benchmark S&P/ASX 200": a word that describes
    # the name after it
    candidates = [c for c in candidates if not (
        c[2] == "price" and left[c[0] : c[1]].lower() in _DESCRIBING_PRICE_WORDS and _NAME_OR_INDEX_NEXT.match(left, c[1]))]
    # "The stock extended gains after listing and was trading ... up 75.4 percent": listing as an act, no listed line
    candidates = [c for c in candidates if not (
        c[2] == "price" and left[c[0] : c[1]].lower() == "listing" and _PREPOSITION_JUST_BEFORE.search(left, 0, c[0]))]
    index_ends = {m.end for m in mentions if getattr(m.company, "is_index", False)}
    # "The CSI 300 index of Shanghai- and Shenzhen-listed blue chips closed up 8.5%": what the index holds, not a subject
    candidates = [c for c in candidates if c[2] == "mention" or not any(
        end <= c[0] and _WHAT_AN_INDEX_HOLDS.fullmatch(left, end, c[0]) for end in index_ends)]
    candidates = [c for c in candidates if not (c[2] == "mention" and c[1] in index_ends and _index_naming_a_role(left, c[0], c[1], sentence))]
    # "The stock closed at 56,700 won on the Kospi, up 5.98 percent": the market a price was set on, after the thing priced
    # ("closed at 51,400 won on the main Kospi market, up 97.7 percent")
    candidates = [c for c in candidates if not (
        c[2] == "mention" and c[1] in index_ends
        and re.search(r"\b(?:on|in)\s+(?:the\s+)?(?:main\s+|secondary\s+|junior\s+)?$", left[max(0, c[0] - 18) : c[0]])
        and re.fullmatch(r"(?:\s+(?:market|board|bourse|exchange))?,\s*", left[c[1] :])
        and any(other[2] in {"price", "mention"} and other[1] <= c[0] - 8 for other in candidates if other is not c)
    )]
    # "Northmere Quantum Systems was indicated 40% lower": the name stands before the verb of a figure-first move
    bare_left = _without_state_words_at_end(left)
    # (`$`-anchored, tried from every position: a name standing before the move lies in the last 150 characters)
    adjacent = _adjacent_name(bare_left, max(0, len(bare_left) - 150))
    if adjacent and re.fullmatch(r"[A-Z]{2,5}", adjacent.group("name")) and any(
        0 <= adjacent.start("name") - m.end <= 2 for m in mentions
    ):
        adjacent = None  # "The Russell 2000 RUT jumped": MarketWatch repeats the ticker after the name
    if adjacent and (
        any(m.start < adjacent.end("name") and m.end > adjacent.start("name") for m in mentions)
        or any(c[0] < adjacent.end("name") and c[1] > adjacent.start("name") for c in candidates)
        or _PREPOSITION_BEFORE.search(left[: adjacent.start("name")])
        # "home to Louis Vuitton and Dior, fell 5%": the last name of a list a preposition governs
        or _PREPOSITION_BEFORE.search(_COORDINATED_NAMES_AT_END.sub("", left[: adjacent.start("name")]))
        # "after sales of its RSV vaccine Arexvy fell 72%": a product in the metric's phrase, not a company
        or any(c[2] == "metric" and c[1] <= adjacent.start("name") and _OF_PHRASE_BEFORE_NAME.fullmatch(left, c[1], adjacent.start("name"))
               for c in candidates)
    ):
        adjacent = None  # part of a known name, itself a subject word ("the CPI"), or the object of "to", "from"...
    if adjacent and "," in bare_left[adjacent.end("name") :] and not any(ch.islower() for ch in left) and any(
        m.end <= adjacent.start("name") for m in mentions
    ):
        # "KOSPI CLOSES ABOVE 3,000 FOR FIRST TIME IN 3-1/2 YEARS, UP 1.5%": in a shouted headline any word is
        # capitalised; the name it has given stays the subject
        adjacent = None
    if adjacent and not leftmost:
        name = re.sub(r"(?:'s|\u2019s)$", "", adjacent.group("name"))
        name = re.sub(r"^(?:The|[A-Z][\w.-]*-listed)\s+", "", name)  # "The Kosdaq", "Kosdaq-listed Daejin Robotics"
        words = name.split() or ["the"]
        if words[0].lower() in lx.METRIC_WORDS:
            return Subject("metric", start=adjacent.start("name"))  # "Inflows into equity funds rose 21.7%"
        short_of = _named_before_by_first_word(words[0], discourse) if len(words) == 1 else None
        if short_of is not None:
            # "Pilbara Minerals closed 18.6 per cent higher ... Pilbara is still down about 20 per cent": the name cut short
            return _company_subject(MentionRef(adjacent.start("name"), adjacent.end("name"), discourse.names[short_of.id], short_of),
                                    discourse, adjacent.start("name"))
        if len(words) == 1 and discourse.unknown_topic and discourse.unknown_topic.split()[0] == words[0]:
            # "Shares of PacWest Bancorp tumbled 50.6% ... PacWest had plunged as much as 60%": the name cut short
            return Subject("unknown", None, discourse.unknown_topic, venue_in(left[max(0, adjacent.start() - 40) :]), adjacent.start("name"))
        # "The India VIX jumped 28 per cent": a place, then an acronym, is a name
        place_then_acronym = len(words) >= 2 and re.fullmatch(r"[A-Z]{2,5}\d*", words[-1]) is not None
        if not (len(words) == 1 and adjacent.start("name") == 0) and words[-1].lower() not in _NOT_NAMES and (
            words[0].lower() not in _NOT_NAMES or place_then_acronym
        ):
            # "Societe Generale slumped 3.1%", "AIM-listed Harrowgate Minerals fell 34%": a name the directory lacks
            return Subject("unknown", None, name, venue_in(left[max(0, adjacent.start() - 40) :]), adjacent.start("name"))
    descriptor = _DESCRIPTOR_BEFORE_MOVE.search(left)
    if descriptor and descriptor.group("comma") and left[: descriptor.start("np")].strip():
        descriptor = None  # only an opening descriptor's comma sets off its move: not "Shares of the retailer, up 5%,"
    if descriptor is None and _A_DAYS_MOVE_BEFORE.search(left) and not any(c[2] in {"mention", "price"} for c in candidates):
        descriptor = _DESCRIPTOR_OPENING.match(sentence)
    if descriptor and (
        _PREPOSITION_BEFORE.search(left[: descriptor.start("np")])
        or any(c[2] == "metric" for c in _subject_candidates(re.split(r"[,;:]", left[: descriptor.start("np")])[-1]))
    ):
        descriptor = None  # "sales by the group fell 4%": the group is the metric's owner, not the move's subject
    if descriptor and not any(c[1] > descriptor.start("np") and not (descriptor.start("np") <= c[0] and c[1] <= descriptor.end("np") and " of " in descriptor.group("np"))
                              for c in candidates):
        # "The iPhone maker is down 4.6%", "The chipmaker rose 3%": the company being spoken of, described
        return _topic_subject(sentence, descriptor.start("np"), mentions, discourse, venue_in(left[descriptor.end("np") :]))
    if not candidates:
        unknown = _UNKNOWN_NAME.search(left)
        if unknown and unknown.group("name").split()[0].lower() in lx.METRIC_WORDS:
            return Subject("metric", start=unknown.start())
        if unknown:
            name = unknown.group("name")
            return Subject("unknown", None, name, venue_in(left[unknown.start() :]), unknown.start())
        # ("$TSLA just had its best day in 11 years. Closed +21.9% at $260.48.": a thread's or a note's verb with its
        # subject left out is the company being spoken of)
        if (re.match(r"\s*(?:It|They)\b", sentence) or (leftmost and _OPENING_DESCRIPTOR.match(sentence))
                or ((opening := _ELLIPTIC_OPENING.match(sentence)) is not None and not left[opening.end() :].strip())):
            # "The company listed in Frankfurt in 2021 ... and closed on Tuesday at 4.96 euros, having fallen 78%"
            return _topic_subject(sentence, 0, mentions, discourse)
        return Subject("none")
    if leftmost:
        priced = [c for c in candidates if c[2] in {"mention", "price", "pronoun"}]
        candidates = [min(priced, key=lambda c: c[0])] if priced else candidates
    start, end, kind = max(candidates, key=lambda c: (c[1], c[1] - c[0]))
    if kind == "metric":
        return Subject("metric", start=start)
    if kind == "mention":
        mention = next(m for m in mentions if m.start == start and m.end == end)
        metric_of = search_from_words(_METRIC_OF_BEFORE, left[:start], 60, _METRIC_FIRST_WORDS)
        if metric_of and metric_of.group(0).lower().startswith("units") and any(c[2] == "price" and c[0] == metric_of.start() for c in candidates):
            metric_of = None  # "Units of CICT": the trust's units
        if metric_of and re.match(r"(?:holding|position)\s+in\b", metric_of.group(0), re.IGNORECASE):
            metric_of = None  # "our holding in Puma ... lost a further 4.1%": a fund's position moves with the stock
        if _owned_thing_after(sentence[end:upto]) or metric_of:
            return Subject("metric", start=start)  # "HSBC's wealth unit rose 9%", "sales at HSBC rose 9%"
        subject = _company_subject(mention, discourse, start)
        # venue words between the name and its move; a relative clause's are its own: "HLB, which has been volatile
        # over the U.S. review of its drug, plunged 8.2 percent" is no U.S. line ("Alibaba, listed in Hong Kong," is)
        between = sentence[end:upto]
        # nor are a noun appositive's: "GQG Partners, the U.S. fund manager that ..., closed 26% lower in Sydney"
        subject.venue = venue_in(left[end:upto] if _RELATIVE_ASIDE.match(between) or _NOUN_APPOSITIVE.match(between) else between)
        # ("Hong Kong shares of online recruiter Kanzhun": a description between)
        owned_by = re.search(r"\b(?:listing|shares|stock|adrs|line)\s+(?:of|in)\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}$", left[:start], re.IGNORECASE)
        if subject.venue is None and owned_by:
            # "The Hong Kong listing of SMIC", "Shanghai-listed shares of SMIC"
            subject.venue = venue_in(_CLAUSE_BREAK_BEFORE.split(left[max(0, owned_by.start() - 40) : owned_by.end()])[-1])
        if subject.venue is None:
            subject.venue = _listed_before(left[:start])
        if subject.venue is None and (place := _IN_A_PLACE_BEFORE.search(left, max(0, start - 40), start)) is not None:
            subject.venue = venue_in(place.group(0))  # "... and in Frankfurt, Siemens Energy, a big supplier ..., has slumped 18%"
        return subject
    if kind == "pronoun":
        word = sentence[start:end].lower()
        if word == "it" and discourse.topic is None:
            # the extractor resolves a sentence's opening "it", also after a phrase of time: "On the last day of the year it dipped"
            return Subject("company", None, "", None, start) if opens_the_sentence(sentence, start) else Subject("none")
        return _topic_subject(sentence, start, mentions, discourse, venue_in(sentence[end:upto]))
    # a price noun: whose?
    unknown = _UNKNOWN_NAME.search(left[: end + 1] if left[start:end].lower() in {"shares", "stock"} else "")
    subject = _owner_of_price_noun(sentence, start, end, upto, mentions, discourse)
    if subject.kind in {"group", "none"} and unknown and unknown.end() >= end - 1 and not any(
        m.start >= unknown.start() and m.end <= end for m in mentions
    ):
        if unknown.group("name").split()[0].lower() in lx.METRIC_WORDS:
            return Subject("metric", start=unknown.start())  # "Inflows into equity funds rose 21.7%"
        return Subject("unknown", None, unknown.group("name"), venue_in(sentence[start:upto]), unknown.start())
    # the venue words after the owner's name: "Taiwan Semiconductor Manufacturing's American depositary
    # receipts" are New York's, whatever place the name itself holds
    named = next((m.end for m in mentions if m.start == subject.start), subject.start)
    region_venue = venue_in(sentence[named:upto]) if subject.kind == "company" else None
    if subject.venue is None:
        subject.venue = region_venue
    return subject
