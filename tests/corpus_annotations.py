"""The rules every labelled extraction corpus keeps, checked in one place.

A corpus folder holds `NNN-slug.txt` articles, each beside `NNN-slug.json` with its expected
claims (format and conventions in `tests/corpus/README.md`). `validate_corpus(folder)` promises
that, when it reports no problems:

  * each JSON has the corpus shape (published with its UTC offset, claims, not_claims, notes;
    optional and published_precision when used) and every claim carries all the fields;
  * the article's length lies in the corpus's word range;
  * each claim quote is an exact substring of its article, appears once, is no other claim's
    quote, and holds the figure (and the hedge word, and the level of a percentage move);
  * the ticker's exchange (from data/exchanges.py) is the exchange named;
  * the date is a session of that exchange's calendar, and the kind agrees with the publication
    moment and the exchange's hours:
      intraday_current  published between that session's open and close (lunch breaks included)
      intraday_high/low published after that session opened
      close_change      published after that session closed
      after_hours       published after that session closed
      premarket         published between the previous session's close and this session's open
      cumulative / ytd  dated the latest session that had opened by publication
    and, premarket aside, no move is dated a session that had not opened by publication (when
    only the publication day is known, no later than that day);
  * start_date, when given, is a session before the date of a cumulative or ytd move; sessions,
    when given, is a positive count on a cumulative move;
  * not_claims quotes are in the text and are not claim quotes;
  * companies.csv, where the folder has one, lists every ticker used.

From the repo root, `.venv/bin/python -m tests.corpus_annotations tests/corpus_unseen` prints the
folder's counts by kind, unit, exchange and hedge, then any problems (exit status 1 if there are).
"""

from __future__ import annotations

import collections
import csv
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import exchange_calendars as xcals
import pandas as pd

from data.exchanges import EXCHANGES_BY_SUFFIX, exchange_for_symbol

MOVE_FIELDS = ("entity", "ticker", "exchange", "direction", "magnitude", "unit", "kind", "date", "hedge",
               "sessions", "start_date", "level", "quote")
OPTIONAL_MOVE_FIELDS = {"currency"}  # on currency moves and price levels
DOCUMENT_KEYS = {"published", "claims", "not_claims", "notes"}
OPTIONAL_DOCUMENT_KEYS = {"optional", "published_precision"}  # absent optional means none
KINDS = {"close_change", "intraday_high", "intraday_low", "intraday_current", "premarket",
         "after_hours", "cumulative", "ytd"}
UNITS = {"pct", "points", "currency"}
DIRECTIONS = {"up", "down"}
HEDGES = {None, "as much as", "about", "around", "roughly", "more than", "over", "nearly",
          "almost", "up to", "at least", "less than"}
MIC_BY_EXCHANGE_NAME = {exchange.name: exchange.mic for exchange in EXCHANGES_BY_SUFFIX.values()}
SUMMARY_KEYS = ("kind", "unit", "exchange", "hedge")


@dataclass(frozen=True)
class CorpusRules:
    """What one corpus asks beyond the rules all of them keep."""

    words: tuple[int, int] = (80, 400)
    # A span the text ends early ("last week's 6% gain", "rose 72% in 2024" in January) is dated
    # its own last session. Corpora without such copy insist on the latest session, which catches
    # the common slip of dating "this week" a day early; the others list the early ends as notes.
    spans_end_on_latest_session: bool = True


RULES_BY_FOLDER = {
    "corpus": CorpusRules(words=(80, 350)),
    "corpus_holdout": CorpusRules(words=(100, 400), spans_end_on_latest_session=False),
    "corpus_unseen": CorpusRules(words=(100, 350)),
    "corpus_wide": CorpusRules(words=(100, 350)),
    "corpus_fresh": CorpusRules(words=(80, 350)),
    "corpus_fresh2": CorpusRules(words=(80, 350)),
    "corpus_fresh3": CorpusRules(words=(100, 350)),
    "corpus_fresh4": CorpusRules(words=(100, 350)),
    "corpus_fresh5": CorpusRules(words=(100, 350), spans_end_on_latest_session=False),
    "corpus_fresh6": CorpusRules(words=(100, 350), spans_end_on_latest_session=False),
    "corpus_fresh7": CorpusRules(words=(150, 350)),
    "corpus_fresh8": CorpusRules(words=(150, 350)),
    "corpus_fresh9": CorpusRules(words=(100, 350)),
    "corpus_fresh10": CorpusRules(words=(100, 350)),
    "corpus_fresh11": CorpusRules(words=(100, 350)),
    "corpus_fresh12": CorpusRules(words=(100, 350)),
    "corpus_fresh13": CorpusRules(words=(100, 350)),
    "corpus_fresh14": CorpusRules(words=(100, 350)),
    "corpus_fresh15": CorpusRules(words=(100, 350)),
    "corpus_fresh16": CorpusRules(words=(100, 350)),
    "corpus_fresh17": CorpusRules(words=(100, 350)),
    "corpus_fresh18": CorpusRules(words=(100, 350)),
    "corpus_fresh19": CorpusRules(words=(100, 350)),
    "corpus_fresh20": CorpusRules(words=(100, 350)),
    "corpus_fresh21": CorpusRules(words=(100, 350)),
    "corpus_fresh22": CorpusRules(words=(100, 350)),
    "corpus_fresh23": CorpusRules(words=(100, 350)),
    "corpus_fresh24": CorpusRules(words=(100, 350)),
    "corpus_fresh25": CorpusRules(words=(100, 350)),
    "corpus_fresh26": CorpusRules(words=(100, 350)),
    "corpus_fresh27": CorpusRules(words=(100, 350)),
    "corpus_fresh28": CorpusRules(words=(100, 350)),
    "corpus_fresh29": CorpusRules(words=(100, 350)),
    "corpus_fresh30": CorpusRules(words=(100, 350)),
    "corpus_fresh31": CorpusRules(words=(100, 350)),
    "corpus_fresh32": CorpusRules(words=(100, 350)),
    "corpus_fresh33": CorpusRules(words=(100, 350)),
    "corpus_fresh34": CorpusRules(words=(100, 350)),
    "corpus_fresh35": CorpusRules(words=(100, 350)),
    "corpus_fresh36": CorpusRules(words=(100, 350)),
    "corpus_fresh37": CorpusRules(words=(100, 350)),
    "corpus_fresh38": CorpusRules(words=(100, 350)),
    "corpus_fresh39": CorpusRules(words=(100, 350)),
    "corpus_fresh40": CorpusRules(words=(100, 350)),
    "corpus_fresh41": CorpusRules(words=(100, 350)),
    "corpus_fresh42": CorpusRules(words=(100, 350)),
    "corpus_fresh43": CorpusRules(words=(100, 350)),
    "corpus_fresh44": CorpusRules(words=(100, 350)),
    "corpus_fresh45": CorpusRules(words=(100, 350)),
    "corpus_fresh46": CorpusRules(words=(100, 350)),
    "corpus_fresh47": CorpusRules(words=(100, 350)),
    "corpus_fresh48": CorpusRules(words=(100, 350)),
    "corpus_fresh49": CorpusRules(words=(100, 350)),
    "corpus_fresh50": CorpusRules(words=(100, 350)),
    "corpus_fresh51": CorpusRules(words=(100, 350)),
    "corpus_fresh52": CorpusRules(words=(100, 350)),
    "corpus_fresh53": CorpusRules(words=(100, 350)),
    "corpus_fresh54": CorpusRules(words=(100, 350)),
    "corpus_fresh55": CorpusRules(words=(100, 400)),
    "corpus_fresh56": CorpusRules(words=(100, 400)),
    "corpus_fresh57": CorpusRules(words=(100, 400)),
    "corpus_fresh58": CorpusRules(words=(100, 400)),
    "corpus_fresh59": CorpusRules(words=(100, 400)),
    "corpus_fresh60": CorpusRules(words=(100, 400)),
    "corpus_fresh61": CorpusRules(words=(100, 400)),
    "corpus_fresh62": CorpusRules(words=(100, 400)),
    "corpus_fresh63": CorpusRules(words=(100, 400)),
    "corpus_fresh64": CorpusRules(words=(100, 400)),
    "corpus_fresh65": CorpusRules(words=(80, 400)),
    "corpus_fresh66": CorpusRules(words=(80, 400)),
    "corpus_fresh67": CorpusRules(words=(80, 400)),
    "corpus_fresh68": CorpusRules(words=(80, 400)),
    "corpus_fresh69": CorpusRules(words=(80, 400)),
    "corpus_fresh70": CorpusRules(words=(80, 400)),
    "corpus_fresh71": CorpusRules(words=(80, 400)),
    "corpus_fresh72": CorpusRules(words=(80, 400)),
    "corpus_fresh73": CorpusRules(words=(80, 400)),
    "corpus_fresh74": CorpusRules(words=(80, 400)),
    "corpus_fresh75": CorpusRules(words=(80, 400)),
    "corpus_fresh76": CorpusRules(words=(80, 400)),
    "corpus_fresh77": CorpusRules(words=(80, 400)),
    "corpus_fresh78": CorpusRules(words=(80, 400)),
    "corpus_fresh79": CorpusRules(words=(80, 400)),
    "corpus_fresh80": CorpusRules(words=(80, 400)),
    "corpus_fresh81": CorpusRules(words=(80, 400)),
    "corpus_fresh82": CorpusRules(words=(80, 400)),
    "corpus_fresh83": CorpusRules(words=(80, 400)),
    "corpus_fresh84": CorpusRules(words=(80, 400)),
    "corpus_fresh85": CorpusRules(words=(80, 400)),
    "corpus_fresh86": CorpusRules(words=(80, 400)),
    "corpus_fresh87": CorpusRules(words=(80, 400)),
    "corpus_fresh88": CorpusRules(words=(80, 400)),
    "corpus_fresh89": CorpusRules(words=(80, 400)),
    "corpus_fresh90": CorpusRules(words=(80, 400)),
    "corpus_fresh91": CorpusRules(words=(80, 400)),
    "corpus_fresh92": CorpusRules(words=(80, 400)),
    "corpus_fresh93": CorpusRules(words=(80, 400)),
    "corpus_fresh94": CorpusRules(words=(80, 400)),
    "corpus_fresh95": CorpusRules(words=(80, 400)),
    "corpus_fresh96": CorpusRules(words=(80, 400)),
    "corpus_fresh97": CorpusRules(words=(80, 400)),
    "corpus_fresh98": CorpusRules(words=(80, 400)),
    "corpus_fresh99": CorpusRules(words=(80, 400)),
    "corpus_fresh100": CorpusRules(words=(80, 400)),
    "corpus_fresh101": CorpusRules(words=(80, 400)),
    "corpus_fresh102": CorpusRules(words=(80, 400)),
    "corpus_fresh103": CorpusRules(words=(80, 400)),
    "corpus_fresh104": CorpusRules(words=(80, 400)),
    "corpus_fresh105": CorpusRules(words=(80, 400)),
    "corpus_fresh106": CorpusRules(words=(80, 400)),
    "corpus_fresh107": CorpusRules(words=(80, 400)),
    "corpus_fresh108": CorpusRules(words=(80, 400)),
    "corpus_fresh109": CorpusRules(words=(80, 400)),
    "corpus_fresh110": CorpusRules(words=(80, 400)),
    "corpus_fresh111": CorpusRules(words=(80, 400)),
    "corpus_fresh112": CorpusRules(words=(80, 400)),
    "corpus_fresh113": CorpusRules(words=(80, 400)),
    "corpus_fresh114": CorpusRules(words=(80, 400)),
    "corpus_fresh115": CorpusRules(words=(80, 400)),
    "corpus_fresh116": CorpusRules(words=(80, 400)),
    "corpus_fresh117": CorpusRules(words=(80, 400)),
    "corpus_fresh118": CorpusRules(words=(80, 400)),
    "corpus_fresh119": CorpusRules(words=(80, 400)),
    "corpus_fresh120": CorpusRules(words=(80, 400)),
    "corpus_fresh121": CorpusRules(words=(80, 400)),
    "corpus_fresh122": CorpusRules(words=(80, 400)),
    "corpus_fresh123": CorpusRules(words=(80, 400)),
}


def rules_for(folder: Path) -> CorpusRules:
    """The rules a folder is held to, chosen by its name; unknown folders get the defaults."""
    return RULES_BY_FOLDER.get(Path(folder).name, CorpusRules())


@dataclass
class CorpusReport:
    """What validation found in one folder: counts for the summary, problems, and notes."""

    folder: Path
    articles: int = 0
    claims: int = 0
    optional: int = 0
    not_claims: int = 0
    articles_without_claims: int = 0
    counts: dict[str, collections.Counter] = field(
        default_factory=lambda: {key: collections.Counter() for key in SUMMARY_KEYS})
    published_on: collections.Counter = field(default_factory=collections.Counter)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"{self.folder}: articles {self.articles}, claims {self.claims}, optional {self.optional}, "
                 f"not_claims {self.not_claims}, articles without claims {self.articles_without_claims}"]
        for key, counter in self.counts.items():
            lines.append(f"by {key}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
        lines.append("published on: " + ", ".join(f"{k} {v}" for k, v in self.published_on.most_common()))
        lines += [f"note {note}" for note in self.notes]
        lines += [f"PROBLEM {problem}" for problem in self.problems] or ["no problems"]
        return "\n".join(lines)


def validate_corpus(folder: Path, rules: CorpusRules | None = None) -> CorpusReport:
    """Check every labelled article in `folder` against the corpus rules (by default, the folder's own)."""
    folder = Path(folder)
    rules = rules or rules_for(folder)
    report = CorpusReport(folder)
    tickers: dict[str, str] = {}
    for expected_path in sorted(folder.glob("[0-9][0-9][0-9]-*.json")):
        text_path = expected_path.with_suffix(".txt")
        if not text_path.exists():
            report.problems.append(f"{expected_path.stem}: no .txt beside the .json")
            continue
        document = json.loads(expected_path.read_text(encoding="utf-8"))
        _check_article(expected_path.stem, text_path.read_text(encoding="utf-8"), document, rules, report)
        for claim in document.get("claims", []) + document.get("optional", []):
            for ticker in _tickers(claim):
                tickers[ticker] = claim.get("entity")
    if report.articles == 0:
        report.problems.append(f"{folder}: no NNN-slug.json articles")
    companies_path = folder / "companies.csv"
    if companies_path.exists():
        with companies_path.open(encoding="utf-8") as companies:
            listed = {row["ticker"] for row in csv.DictReader(companies)}
        report.problems += [f"companies.csv lacks {t} ({tickers[t]})" for t in sorted(set(tickers) - listed)]
    return report


def _check_article(name: str, text: str, document: dict, rules: CorpusRules, report: CorpusReport) -> None:
    problems = report.problems
    unexpected = set(document) - DOCUMENT_KEYS - OPTIONAL_DOCUMENT_KEYS
    missing = DOCUMENT_KEYS - set(document)
    if unexpected or missing:
        problems.append(f"{name}: unexpected keys {sorted(unexpected)}, missing keys {sorted(missing)}")
        return
    report.articles += 1
    words = len(text.split())
    low, high = rules.words
    if not low <= words <= high:
        problems.append(f"{name}: {words} words, outside {low}-{high}")
    published = dt.datetime.fromisoformat(document["published"])
    if published.tzinfo is None:
        problems.append(f"{name}: published {document['published']} has no UTC offset")
        return
    report.published_on[published.strftime("%A")] += 1
    moment = pd.Timestamp(published).tz_convert("UTC")
    precision = document.get("published_precision", "time")
    if precision not in ("time", "date"):
        problems.append(f"{name}: published_precision {precision!r} is neither 'time' nor 'date'")

    claims, optional = document["claims"], document.get("optional", [])
    for claim in claims:
        _check_move(f"{name}: {claim.get('quote')!r}", claim, text, moment, precision, rules, report, optional=False)
        report.claims += 1
        for key in SUMMARY_KEYS:
            report.counts[key][str(claim.get(key))] += 1
    for claim in optional:
        _check_move(f"{name} (optional): {claim.get('quote')!r}", claim, text, moment, precision, rules, report,
                    optional=True)
        report.optional += 1
    if not claims:
        report.articles_without_claims += 1
    # The scorer pins each expected claim to its own occurrence of the quote; two claims on one
    # quote leave the second matching any figure anywhere in the article.
    for quote, uses in collections.Counter(c.get("quote") for c in claims).items():
        if uses > 1:
            problems.append(f"{name}: quote {quote!r} is shared by {uses} claims")

    claim_quotes = {c.get("quote") for c in claims}
    for negative in document["not_claims"]:
        report.not_claims += 1
        if set(negative) != {"quote", "why"}:
            problems.append(f"{name}: not_claim needs exactly quote and why: {negative}")
            continue
        if negative["quote"] not in text:
            problems.append(f"{name}: not_claim quote not in text: {negative['quote']!r}")
        if negative["quote"] in claim_quotes:
            problems.append(f"{name}: not_claim is also a claim quote: {negative['quote']!r}")


def _check_move(where: str, move: dict, text: str, moment: pd.Timestamp, precision: str, rules: CorpusRules,
                report: CorpusReport, optional: bool) -> None:
    """One expected (or optional) claim: its fields, its quote, and its session against the publication moment."""
    problems = report.problems
    missing = [key for key in MOVE_FIELDS if key not in move]
    if missing:
        problems.append(f"{where}: missing {missing}")
        return
    unexpected = set(move) - set(MOVE_FIELDS) - OPTIONAL_MOVE_FIELDS
    if unexpected:
        problems.append(f"{where}: unexpected fields {sorted(unexpected)}")
    quote, kind = move["quote"], move["kind"]
    if quote not in text:
        problems.append(f"{where}: quote not in text")
    elif text.count(quote) > 1:
        problems.append(f"{where}: quote appears {text.count(quote)} times")
    # Cents are labelled in the currency's units ("22 cents" is USD 0.22), as the extractor reads them.
    in_cents = "cent" in quote.lower() and _holds_number(quote, round(move["magnitude"] * 100, 6))
    if not (_holds_number(quote, move["magnitude"]) or in_cents):
        problems.append(f"{where}: figure {move['magnitude']} not in quote")
    if kind not in KINDS or move["unit"] not in UNITS or move["direction"] not in DIRECTIONS:
        problems.append(f"{where}: bad kind/unit/direction {kind!r}/{move['unit']!r}/{move['direction']!r}")
    if move["hedge"] not in HEDGES:
        problems.append(f"{where}: unknown hedge {move['hedge']!r}")
    elif move["hedge"] and move["hedge"] not in quote.lower():
        problems.append(f"{where}: hedge {move['hedge']!r} not in quote")
    level = move["level"]
    if level is not None and move["unit"] == "pct":
        # Pence levels are labelled in pence ("to £37.06" is 3706) so magnitude and level share a unit.
        in_pounds = move.get("currency") == "GBp" and _holds_number(quote, level / 100)
        if not (_holds_number(quote, level) or in_pounds):
            problems.append(f"{where}: level {level} not in quote")
    if move["unit"] == "currency" and not move.get("currency"):
        problems.append(f"{where}: currency move without a currency")
    if isinstance(move["ticker"], list) and len(move["ticker"]) < 2:
        problems.append(f"{where}: ticker list with fewer than two listings")
    if move["start_date"] and kind not in ("cumulative", "ytd"):
        problems.append(f"{where}: start_date on a {kind} claim")
    if move["sessions"] is not None and not (isinstance(move["sessions"], int) and move["sessions"] > 0
                                             and kind == "cumulative"):
        problems.append(f"{where}: sessions {move['sessions']!r} on a {kind} claim (a positive count on cumulative only)")

    tickers = _tickers(move)
    if tickers:  # either listing is accepted: the first names the exchange
        exchange = exchange_for_symbol(tickers[0])
        if exchange.name != move["exchange"]:
            problems.append(f"{where}: exchange {move['exchange']!r} but {tickers[0]} trades in {exchange.name}")
        mic = exchange.mic
    else:
        mic = MIC_BY_EXCHANGE_NAME.get(move["exchange"])
    if mic is None or move["date"] is None:
        if not optional:  # commodities, currencies and vague groups have neither
            problems.append(f"{where}: no exchange calendar or date")
        return
    _check_session(where, move, moment, precision, _calendar(mic), rules, report)


def _check_session(where: str, move: dict, moment: pd.Timestamp, precision: str, calendar: xcals.ExchangeCalendar,
                   rules: CorpusRules, report: CorpusReport) -> None:
    problems, kind = report.problems, move["kind"]
    session = pd.Timestamp(move["date"])
    if not calendar.is_session(session):
        problems.append(f"{where}: {move['date']} is not a {calendar.name} session")
        return
    if move["start_date"]:
        start = pd.Timestamp(move["start_date"])
        if not calendar.is_session(start) or start >= session:
            problems.append(f"{where}: start_date {move['start_date']} is not a {calendar.name} session before {move['date']}")
    if precision == "date":  # only the day is known: the session must not lie after it
        if session.date() > moment.tz_convert(calendar.tz).date():
            problems.append(f"{where}: session {move['date']} after the publication day")
        return

    opens, closes = calendar.session_open(session), calendar.session_close(session)
    if kind == "intraday_current" and not opens <= moment <= closes:
        problems.append(f"{where}: intraday_current, but published {moment} outside {opens}..{closes}")
    if kind in ("close_change", "after_hours") and moment < closes:
        problems.append(f"{where}: {kind}, but {calendar.name} had not closed {move['date']} at {moment}")
    if kind == "premarket":
        previous = calendar.previous_session(session)
        if not calendar.session_close(previous) <= moment <= opens:
            problems.append(f"{where}: premarket, but published {moment} not between the {previous.date()} close and the open")
    elif opens > moment:
        problems.append(f"{where}: {kind} dated {move['date']}, a session that had not opened at {moment}")
    if kind in ("cumulative", "ytd"):
        latest = _latest_opened_session(calendar, moment)
        if session < latest:
            message = f"{where}: {kind} span ends {move['date']}, before the latest session {latest.date()}"
            (problems if rules.spans_end_on_latest_session else report.notes).append(message)


def _latest_opened_session(calendar: xcals.ExchangeCalendar, moment: pd.Timestamp) -> pd.Timestamp:
    local_day = pd.Timestamp(moment.tz_convert(calendar.tz).date())
    session = calendar.date_to_session(local_day, direction="previous")
    return session if calendar.session_open(session) <= moment else calendar.previous_session(session)


def _holds_number(text: str, value: float) -> bool:
    """Whether `value` is written in `text` as a number of its own (thousands separators ignored)."""
    numbers = re.findall(r"\d+(?:\.\d+)?", text.replace(",", ""))
    return any(abs(float(number) - float(value)) < 1e-9 for number in numbers)


def _tickers(move: dict) -> list[str]:
    ticker = move.get("ticker")
    return [t for t in (ticker if isinstance(ticker, list) else [ticker]) if t]


@cache
def _calendar(mic: str) -> xcals.ExchangeCalendar:
    return xcals.get_calendar(mic)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.corpus_annotations CORPUS_FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    if not folder.is_dir():
        print(f"{folder} is not a folder", file=sys.stderr)
        return 2
    report = validate_corpus(folder)
    print(report.summary())
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
