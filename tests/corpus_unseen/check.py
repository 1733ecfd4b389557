"""Self-check for the unseen extraction corpus.

Run from the repo root:  .venv/bin/python tests/corpus_unseen/check.py

For every NNN-slug.json / NNN-slug.txt pair it checks:
  * the JSON has the corpus shape (published, claims, optional, not_claims, notes) and every
    claim carries all the fields;
  * the article is 100-350 words;
  * each claim quote is an exact substring of the article, unique in it, and holds the figure
    (and the hedge word, and the level of a percentage move with a level);
  * the ticker's exchange (from data/exchanges.py) is the exchange named;
  * the date is a session of that exchange's calendar;
  * the kind agrees with the publication moment and the exchange's hours:
      intraday_current  published between that session's open and close (lunch breaks included)
      intraday_high/low published after that session opened
      close_change      published after that session closed
      after_hours       published after that session closed
      premarket         published between the previous session's close and this session's open
      cumulative / ytd  dated the latest session that had opened by publication
    and no move is dated after the publication moment;
  * start_date, when given, is a session before the date; sessions is a positive count;
  * not_claims quotes are in the text and are not claim quotes.
It prints counts by kind, unit, exchange and hedge, and the publication mix.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import exchange_calendars as xcals  # noqa: E402
import pandas as pd  # noqa: E402

from data.exchanges import EXCHANGES_BY_SUFFIX, exchange_for_symbol  # noqa: E402

FIELDS = ("entity", "ticker", "exchange", "direction", "magnitude", "unit", "kind", "date", "hedge",
          "sessions", "start_date", "level", "quote")
KINDS = {"close_change", "intraday_high", "intraday_low", "intraday_current", "premarket",
         "after_hours", "cumulative", "ytd"}
UNITS = {"pct", "points", "currency"}
HEDGES = {None, "as much as", "about", "around", "roughly", "more than", "over", "nearly",
          "almost", "up to", "at least", "less than"}
MIC_BY_NAME = {ex.name: ex.mic for ex in EXCHANGES_BY_SUFFIX.values()}
CALENDARS: dict[str, object] = {}


def calendar(mic: str):
    if mic not in CALENDARS:
        CALENDARS[mic] = xcals.get_calendar(mic)
    return CALENDARS[mic]


def holds_number(text: str, value: float) -> bool:
    """Whether `value` is written in `text` (thousands separators ignored)."""
    plain = text.replace(",", "")
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", plain)]
    return any(abs(n - value) < 1e-9 for n in numbers)


def check_move(where: str, c: dict, text: str, pub: pd.Timestamp, problems: list[str], optional: bool) -> None:
    missing = [k for k in FIELDS if k not in c]
    if missing:
        problems.append(f"{where}: missing {missing}")
        return
    extra = set(c) - set(FIELDS) - {"currency"}
    if extra:
        problems.append(f"{where}: unexpected fields {sorted(extra)}")
    quote = c["quote"]
    if quote not in text:
        problems.append(f"{where}: quote not in text")
    elif text.count(quote) > 1:
        problems.append(f"{where}: quote appears {text.count(quote)} times")
    if not holds_number(quote, float(c["magnitude"])):
        problems.append(f"{where}: figure {c['magnitude']} not in quote")
    if c["kind"] not in KINDS or c["unit"] not in UNITS or c["direction"] not in ("up", "down"):
        problems.append(f"{where}: bad kind/unit/direction")
    if c["hedge"] not in HEDGES:
        problems.append(f"{where}: unknown hedge {c['hedge']!r}")
    elif c["hedge"] and c["hedge"] not in quote.lower():
        problems.append(f"{where}: hedge {c['hedge']!r} not in quote")
    level = c.get("level")
    if level is not None and c["unit"] == "pct":
        pence = c.get("currency") == "GBp" and holds_number(quote, level / 100)
        if not (holds_number(quote, level) or pence):
            problems.append(f"{where}: level {level} not in quote")
    if c["unit"] == "currency" and not c.get("currency"):
        problems.append(f"{where}: currency move without a currency")
    ticker = c["ticker"][0] if isinstance(c["ticker"], list) else c["ticker"]
    if isinstance(c["ticker"], list) and len(c["ticker"]) < 2:
        problems.append(f"{where}: ticker list with one entry")
    if ticker:
        ex = exchange_for_symbol(ticker)
        if ex.name != c["exchange"]:
            problems.append(f"{where}: exchange {c['exchange']!r} but {ticker} trades in {ex.name}")
        mic = ex.mic
    else:
        mic = MIC_BY_NAME.get(c["exchange"]) if c["exchange"] else None
    if mic is None or c["date"] is None:
        if not optional:
            problems.append(f"{where}: no exchange or date")
        return
    cal = calendar(mic)
    day = pd.Timestamp(c["date"])
    if not cal.is_session(day):
        problems.append(f"{where}: {c['date']} is not a {mic} session")
        return
    opens, closes = cal.session_open(day), cal.session_close(day)
    kind = c["kind"]
    if kind == "intraday_current" and not opens <= pub <= closes:
        problems.append(f"{where}: intraday_current, but published {pub} outside {opens}..{closes}")
    if kind in ("intraday_high", "intraday_low") and pub < opens:
        problems.append(f"{where}: {kind} published before the {mic} open")
    if kind in ("close_change", "after_hours") and pub < closes:
        problems.append(f"{where}: {kind}, but {mic} had not closed {c['date']} at {pub}")
    if kind == "premarket":
        before = cal.previous_session(day)
        if not cal.session_close(before) <= pub <= opens:
            problems.append(f"{where}: premarket, but published {pub} not between {before.date()} close and the open")
    if kind in ("cumulative", "ytd"):
        recent = cal.sessions_in_range(day - pd.Timedelta(days=1), pub.tz_convert(None).normalize() + pd.Timedelta(days=2))
        latest = max((s for s in recent if cal.session_open(s) <= pub), default=None)
        if latest != day:
            problems.append(f"{where}: {kind} dated {c['date']}, latest session at publication {latest}")
    if kind != "premarket" and opens > pub:
        problems.append(f"{where}: dated a session that had not opened at publication")
    if c["start_date"]:
        start = pd.Timestamp(c["start_date"])
        if not cal.is_session(start) or start >= day:
            problems.append(f"{where}: start_date {c['start_date']} not a session before {c['date']}")
        if kind not in ("cumulative", "ytd"):
            problems.append(f"{where}: start_date on a {kind} claim")
    if c["sessions"] is not None:
        if not (isinstance(c["sessions"], int) and c["sessions"] > 0) or kind != "cumulative":
            problems.append(f"{where}: bad sessions {c['sessions']!r}")


def main() -> int:
    problems: list[str] = []
    count = {k: collections.Counter() for k in ("kind", "unit", "exchange", "hedge")}
    articles = claims = optional = negatives = empty = 0
    pub_mix = collections.Counter()
    for path in sorted(HERE.glob("[0-9][0-9][0-9]-*.json")):
        name = path.stem
        txt = path.with_suffix(".txt")
        if not txt.exists():
            problems.append(f"{name}: no .txt")
            continue
        text = txt.read_text(encoding="utf-8").strip()
        doc = json.loads(path.read_text(encoding="utf-8"))
        if set(doc) - {"published", "published_precision", "claims", "optional", "not_claims", "notes"}:
            problems.append(f"{name}: unexpected top-level keys")
        for key in ("published", "claims", "optional", "not_claims", "notes"):
            if key not in doc:
                problems.append(f"{name}: missing {key}")
        articles += 1
        words = len(text.split())
        if not 100 <= words <= 350:
            problems.append(f"{name}: {words} words")
        published = dt.datetime.fromisoformat(doc["published"])
        if published.tzinfo is None:
            problems.append(f"{name}: published has no offset")
            continue
        pub = pd.Timestamp(published).tz_convert("UTC")
        pub_mix[published.strftime("%A")] += 1
        for c in doc["claims"]:
            check_move(f"{name}: {c.get('quote')!r}", c, text, pub, problems, optional=False)
            claims += 1
            for key in ("kind", "unit", "exchange", "hedge"):
                count[key][str(c.get(key))] += 1
        for c in doc["optional"]:
            check_move(f"{name} (optional): {c.get('quote')!r}", c, text, pub, problems, optional=True)
            optional += 1
        claim_quotes = {c["quote"] for c in doc["claims"]}
        for nc in doc["not_claims"]:
            negatives += 1
            if set(nc) != {"quote", "why"}:
                problems.append(f"{name}: not_claim needs quote and why: {nc}")
            if nc["quote"] not in text:
                problems.append(f"{name}: not_claim quote not in text: {nc['quote']!r}")
            if nc["quote"] in claim_quotes:
                problems.append(f"{name}: not_claim is also a claim quote: {nc['quote']!r}")
        if not doc["claims"]:
            empty += 1
    print(f"articles {articles}, claims {claims}, optional {optional}, not_claims {negatives}, "
          f"articles without claims {empty}")
    for key, counter in count.items():
        print(f"by {key}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    print("published on: " + ", ".join(f"{k} {v}" for k, v in pub_mix.most_common()))
    for p in problems:
        print("PROBLEM", p)
    if not problems:
        print("no problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
