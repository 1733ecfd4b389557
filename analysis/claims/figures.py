"""Find the numbers in a sentence that could be a price move: percentages, index points, money.

A figure here is only a candidate; predicates.py decides whether a move governs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.models import Unit

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# a sign, or a stat box's arrow ("TASI: 11,593.07 | \u25bc 104.52 pts")
_SIGN = r"(?P<sign>[+\-\u2212\u2013]|[\u25b2\u25bc\u25b4\u25be]\s?)?"

# "5.2%", "5.2 percent", "2 per cent", "+3.1%", "2.8pc" (British papers); not "4 percentage points", not "33-fold".
_PERCENT = re.compile(
    # "still up ~90%": the tilde of social copy is no hedge word, and the figure is the same
    # "trading 29 pct. lower" (Danish and Nordic copy)
    # ("to 5%-7%, from 8%-10%": a range's dash is no sign)
    rf"(?<![\w.,%])~?{_SIGN}(?P<number>{_NUMBER})\s?(?:%|(?:[\s-]?percent|[\s-]?per[\s-]?cent|\s?pct|(?-i:pc))\b(?:(?<=pct)\.(?=\s+(?-i:[a-z])))?)(?!\s*-?\s*points?\b)",
    re.IGNORECASE,
)
# "30 points", "212.4 pts"; not "basis points", not "percentage points".
# "opened 0.66 of-a-point lower": Bernama's points under one
# ("The Dow's 1,123-point drop": a points figure written as an adjective)
_POINTS = re.compile(rf"(?<![\w.,]){_SIGN}(?P<number>{_NUMBER})(?:\s|-)?(?:points?|pts?\.?|of[- ]a[- ]point)(?![\w-])", re.IGNORECASE)
# "$2.40", "HK$3.5", "US$1", "£1.20", "€0.8", "¥120"; with "billion"/"million" after, a sum of money, not a price.
_MONEY_PREFIX = re.compile(
    # (South Africa's rand and Malaysia's ringgit as their press writes them: "lost R6.50", "RM1.23", capitals only)
    rf"(?<![\w]){_SIGN}(?P<currency>US\$|HK\$|S\$|A\$|C\$|NT\$|NZ\$|R\$|Rs\.?\s?|\$|£|€|¥|₹|CHF\s?|EUR\s?|USD\s?|HKD\s?|GBP\s?|JPY\s?|CNY\s?|RMB\s?|(?-i:RM|R)(?=\d))"
    # the number whole: backing off "US$13.7 billion" to "US$13" would make a price of a sum
    rf"(?P<number>{_NUMBER})(?!\s?(?:billion|bn|million|mn|mln|trillion|tn|thousand|k|m|b|crore|crores|cr|lakh|lakhs)\b)(?![\d%])(?![.,]\d)",
    re.IGNORECASE,
)
# "17p", "52 pence", "3 cents", "120 yen", "1.20 yuan", "4 euros".
_MONEY_SUFFIX = re.compile(
    rf"(?<![\w.,]){_SIGN}(?P<number>{_NUMBER})\s?(?P<currency>p|pence|cents?|yen|yuan|renminbi|won|euros?|"
    r"euro cents?|swiss francs|francs|rupees|hong kong dollars|hk dollars|baht|ringgit|rand|kronor|kroner|dollars)\b"
    r"(?!\s?(?:billion|bn|million|mn|trillion|crore|lakh))",
    re.IGNORECASE,
)

# "ended down 212.40 at 33,118.02": a bare number between a direction word and a level is a move in
# index points (or, for a stock, in its currency: the extractor converts).
_BARE_MOVE = re.compile(
    rf"\b(?:down|up|off|lower|higher|fell|rose|lost|gained|added|shed|dropped|climbed|declined|slid|jumped|eased|slipped)"
    rf"\s+(?P<number>{_NUMBER})(?=\s+(?:at|to)\s+[$£€¥]?\d)",
    re.IGNORECASE,
)

# Each pattern above opens with a look-behind, which leaves the re module nothing to skip ahead to:
# it tries the pattern at every position of the sentence. A hint is a pattern that every match
# holds, starting at a digit the re module does skip to; a pattern runs only when its hint is found.
_DIGIT = re.compile(r"\d")
_PERCENT_HINT = re.compile(r"\d[\s-]{0,2}[%p]", re.IGNORECASE)  # the number's last digit, then "%", "percent", "per cent", "pct"
_POINTS_HINT = re.compile(r"\d[\s-]?(?:p|of)", re.IGNORECASE)  # "points", "pts", "of-a-point"
_MONEY_SUFFIX_HINT = re.compile(r"\d\s?[pcyrwesfhbkd]", re.IGNORECASE)  # each currency word's first letter
_BARE_MOVE_HINT = re.compile(r"\d\s+(?:at|to)\s+[$£€¥]?\d", re.IGNORECASE)
# The money prefixes: a symbol, or a code found in the lower-cased sentence. str.lower() and
# IGNORECASE agree on every character but the long s and the Turkish i's: with one of those, look.
_MONEY_SYMBOLS = ("$", "£", "€", "¥", "₹")
_MONEY_CODES = ("rs", "chf", "eur", "usd", "hkd", "gbp", "jpy", "cny", "rmb")
_CASE_ODDITY = re.compile("[\u0130\u0131\u017f]")


_LOCAL_PREFIX = re.compile(r"(?<!\w)RM?\d")


def _may_hold_money_prefix(sentence: str) -> bool:
    if any(symbol in sentence for symbol in _MONEY_SYMBOLS) or _CASE_ODDITY.search(sentence) or _LOCAL_PREFIX.search(sentence):
        return True
    lowered = sentence.lower()
    return any(code in lowered for code in _MONEY_CODES)


CURRENCY_CODES = {
    "us$": "USD", "$": "USD", "usd": "USD", "dollars": "USD", "cent": None, "cents": None,  # whose cents: the level or the listing says
    "hk$": "HKD", "hkd": "HKD", "hong kong dollars": "HKD", "hk dollars": "HKD",
    "s$": "SGD", "a$": "AUD", "c$": "CAD", "nt$": "TWD", "nz$": "NZD", "r$": "BRL", "rs": "INR", "rs.": "INR", "₹": "INR",
    "rupees": "INR", "£": "GBP", "gbp": "GBP", "p": "GBp", "pence": "GBp", "€": "EUR", "eur": "EUR", "euro": "EUR",
    "euros": "EUR", "euro cent": "EUR", "euro cents": "EUR", "¥": "JPY", "jpy": "JPY", "yen": "JPY", "cny": "CNY",
    "rmb": "CNY", "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "chf": "CHF", "swiss francs": "CHF",
    "francs": "CHF", "baht": "THB", "ringgit": "MYR", "rm": "MYR", "rand": "ZAR", "r": "ZAR", "kronor": "SEK", "kroner": "DKK",
}
# Cents and pence are hundredths of the main unit; Yahoo quotes London in pence (GBp), so pence stay pence.
HUNDREDTHS = {"cent", "cents", "euro cent", "euro cents"}


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    magnitude: float
    unit: Unit
    sign: int  # +1, -1, or 0 when the text gives no sign
    currency: str | None = None
    decimals: int = 0

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def _magnitude(number: str) -> tuple[float, int]:
    plain = number.replace(",", "")
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    return float(plain), decimals


def _sign(text: str | None) -> int:
    if not text:
        return 0
    return 1 if text.strip() in {"+", "\u25b2", "\u25b4"} else -1


_PLUS_AFTER = re.compile(r"-plus\b", re.IGNORECASE)


def find_figures(sentence: str) -> list[Figure]:
    """Every percentage, points figure and money amount in the sentence, in order, without overlaps."""
    found: list[Figure] = []
    digit = _DIGIT.search(sentence)
    if digit is None:  # every figure has one
        return found
    # a figure starts at most a sign (an arrow and a space: "▼ 7.2%") and a currency before its first digit: no need to
    # look earlier (the look-behinds still see the text before `from_sign`)
    from_sign, from_currency = max(0, digit.start() - 2), max(0, digit.start() - 5)
    for match in _PERCENT.finditer(sentence, from_sign) if _PERCENT_HINT.search(sentence, digit.start()) else ():
        if _PLUS_AFTER.match(sentence, match.end()):
            continue  # "back-to-back 20%-plus years": a threshold, not a move
        magnitude, decimals = _magnitude(match.group("number"))
        found.append(Figure(match.start(), match.end(), magnitude, Unit.PCT, _sign(match.group("sign")), None, decimals))
    for match in _POINTS.finditer(sentence, from_sign) if _POINTS_HINT.search(sentence, digit.start()) else ():
        before = sentence[max(0, match.start() - 12) : match.start()].lower()
        tail = sentence[match.end() - 8 : match.end() + 1].lower()
        if "basis" in sentence[match.end() - 12 : match.end()].lower() or "percentage" in tail:
            continue
        if re.search(r"basis\s*$", before):
            continue
        magnitude, decimals = _magnitude(match.group("number"))
        found.append(Figure(match.start(), match.end(), magnitude, Unit.POINTS, _sign(match.group("sign")), None, decimals))
    money_patterns = ((_MONEY_PREFIX, from_currency),) if _may_hold_money_prefix(sentence) else ()
    if _MONEY_SUFFIX_HINT.search(sentence, digit.start()):
        money_patterns += ((_MONEY_SUFFIX, from_sign),)
    for pattern, scan_from in money_patterns:
        for match in pattern.finditer(sentence, scan_from):
            code_word = match.group("currency").strip().lower()
            magnitude, decimals = _magnitude(match.group("number"))
            if code_word in HUNDREDTHS:
                magnitude, decimals = magnitude / 100, decimals + 2
            currency = CURRENCY_CODES.get(code_word, code_word.upper())
            found.append(
                Figure(match.start(), match.end(), magnitude, Unit.CURRENCY, _sign(match.group("sign")), currency, decimals)
            )
    for match in _BARE_MOVE.finditer(sentence) if _BARE_MOVE_HINT.search(sentence) else ():
        magnitude, decimals = _magnitude(match.group("number"))
        found.append(Figure(match.start("number"), match.end("number"), magnitude, Unit.POINTS, 0, None, decimals))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Figure] = []
    for figure in found:
        if kept and figure.start < kept[-1].end:
            continue
        kept.append(figure)
    return kept


_LEVEL = re.compile(
    rf"\s*,?\s*(?:to|at)\s+(?:close\s+at\s+|end\s+at\s+|finish\s+at\s+|settle\s+at\s+|a\s+record\s+(?:high\s+)?(?:of\s+)?|"
    rf"a\s+(?:\w+[- ])?(?:high|low)\s+of\s+|an?\s+all-time\s+high\s+of\s+)?"
    rf"(?P<currency>US\$|HK\$|S\$|A\$|C\$|NT\$|R\$|NZ\$|\$|£|€|¥|₹|Rs\.?\s?|(?:EUR|USD|GBP|CHF|HKD|JPY|DKK|SEK|NOK|CNY|RMB|KRW|TWD|INR|SGD|AUD|CAD)\s?)?(?P<number>{_NUMBER})"
    rf"(?P<suffix>\s?(?:p|pence|yen|yuan|won|euros?|points|pts))?\b(?!\s?(?:%|percent|per cent|billion|bn|million|mn|a\.m|p\.m|am\b|pm\b))"
    # "to CNY1,243.20 (USD173.20)": the level again in dollars, no figure of its own
    rf"(?:\s*\((?:US\$|USD\s?|\$)\s?{_NUMBER}\))?",
    re.IGNORECASE,
)


def level_after(sentence: str, position: int) -> tuple[float, int, int] | None:
    """A price or index level stated right after a move: "fell 2% to $150.10", "off 17p at 842p".

    Returns (level, start, end) of the level's text, or None.
    """
    match = _LEVEL.match(sentence, position)
    if not match:
        return None
    number = match.group("number")
    if not match.group("currency") and not match.group("suffix"):
        # A bare number must look like a price or index level, not a year or a count of days.
        if re.fullmatch(r"(19|20)\d\d", number) or ("." not in number and "," not in number and len(number) < 3):
            return None
    value, _ = _magnitude(number)
    return value, match.start("number") - (len(match.group("currency") or "")), match.end()
