"""Self-check for the extraction corpus: run `python tests/corpus/check_corpus.py` from the repo root.

Checks that every quote is an exact substring of its article and holds the figure, that every
date is a real session of the listing's exchange, that each kind agrees with the publication
moment (intraday_current only while that session is open, close_change only after its close,
premarket before the open, after_hours after the close), and that companies.csv covers every
ticker used. Prints a summary by kind, unit and exchange.
"""

from __future__ import annotations

import collections
import csv
import datetime as dt
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import exchange_calendars as xcals  # noqa: E402
import pandas as pd  # noqa: E402

from data.exchanges import EXCHANGES_BY_SUFFIX, exchange_for_symbol  # noqa: E402

KINDS = {"close_change", "intraday_high", "intraday_low", "intraday_current", "premarket",
         "after_hours", "cumulative", "ytd"}
UNITS = {"pct", "points", "currency"}
HEDGES = {None, "as much as", "about", "around", "roughly", "more than", "over", "nearly",
          "almost", "up to", "at least", "less than"}
MIC_BY_NAME = {ex.name: ex.mic for ex in EXCHANGES_BY_SUFFIX.values()}
_CALS: dict[str, object] = {}


def cal(mic: str):
    if mic not in _CALS:
        _CALS[mic] = xcals.get_calendar(mic)
    return _CALS[mic]


def figure_in(quote: str, mag: float) -> bool:
    q = quote.replace(",", "")
    forms = {f"{mag:g}", f"{mag:.0f}", f"{mag:.1f}", f"{mag:.2f}", f"{mag:.3f}"}
    return any(f in q for f in forms)


def check_claim(name, c, text, pub, problems, optional=False):
    where = f"{name}: {c.get('quote')!r}"
    for key in ("entity", "ticker", "exchange", "direction", "magnitude", "unit", "kind", "date",
                "hedge", "quote"):
        if key not in c:
            problems.append(f"{where}: missing {key}")
            return
    if c["quote"] not in text:
        problems.append(f"{where}: quote not in text")
    if not figure_in(c["quote"], c["magnitude"]):
        problems.append(f"{where}: magnitude {c['magnitude']} not in quote")
    if c["kind"] not in KINDS or c["unit"] not in UNITS or c["direction"] not in ("up", "down"):
        problems.append(f"{where}: bad kind/unit/direction")
    if c["hedge"] not in HEDGES:
        problems.append(f"{where}: bad hedge {c['hedge']!r}")
    if c["hedge"] and c["hedge"] not in c["quote"]:
        problems.append(f"{where}: hedge not in quote")
    if c.get("level") is not None and c["unit"] == "pct" and not figure_in(c["quote"], c["level"]):
        if not (c.get("currency") == "GBp" and figure_in(c["quote"], c["level"] / 100)):
            problems.append(f"{where}: level not in quote")
    if isinstance(c["ticker"], list):  # either listing accepted: check against the first
        c = {**c, "ticker": c["ticker"][0]}
    if c["ticker"]:
        ex = exchange_for_symbol(c["ticker"])
        if ex.name != c["exchange"]:
            problems.append(f"{where}: exchange {c['exchange']} but ticker says {ex.name}")
        mic = ex.mic
    else:
        mic = MIC_BY_NAME.get(c["exchange"])
    if mic is None or c["date"] is None:
        if not optional:
            problems.append(f"{where}: no calendar/date")
        return
    calendar = cal(mic)
    day = pd.Timestamp(c["date"])
    if not calendar.is_session(day):
        problems.append(f"{where}: {c['date']} is not a {mic} session")
        return
    opens, closes = calendar.session_open(day), calendar.session_close(day)
    kind = c["kind"]
    if kind == "intraday_current" and not (opens <= pub <= closes):
        problems.append(f"{where}: intraday_current but published {pub} outside {opens}..{closes}")
    if kind in ("intraday_high", "intraday_low") and pub < opens:
        problems.append(f"{where}: intraday extreme before the open")
    if kind in ("close_change", "after_hours") and pub < closes:
        problems.append(f"{where}: {kind} but {mic} still open/not yet open at {pub}")
    if kind == "premarket":
        prev = calendar.previous_session(day)
        if not (calendar.session_close(prev) <= pub <= opens):
            problems.append(f"{where}: premarket but published {pub} not between sessions")
    if kind in ("cumulative", "ytd"):
        if pub < opens:
            problems.append(f"{where}: {kind} dated a session not yet opened")
        window = calendar.sessions_in_range(pub.tz_localize(None).normalize() - pd.Timedelta(days=14),
                                            pub.tz_localize(None).normalize() + pd.Timedelta(days=1))
        latest = max(s for s in window if calendar.session_open(s) <= pub)
        if latest != day:
            problems.append(f"{where}: {kind} dated {c['date']} but latest session at publication is {latest.date()}")


def main() -> int:
    problems: list[str] = []
    counts = {k: collections.Counter() for k in ("kind", "unit", "exchange")}
    n_articles = n_claims = n_not = n_opt = zero = 0
    tickers: dict[str, str] = {}
    for jpath in sorted(HERE.glob("[0-9][0-9][0-9]-*.json")):
        name = jpath.stem
        tpath = jpath.with_suffix(".txt")
        text = tpath.read_text(encoding="utf-8")
        doc = json.loads(jpath.read_text(encoding="utf-8"))
        n_articles += 1
        words = len(text.split())
        if not 80 <= words <= 350:
            problems.append(f"{name}: {words} words")
        pub = pd.Timestamp(dt.datetime.fromisoformat(doc["published"])).tz_convert("UTC")
        seen = collections.Counter(c["quote"] for c in doc["claims"])
        for q, k in seen.items():
            if text.count(q) < k:
                problems.append(f"{name}: quote {q!r} used by {k} claims, appears {text.count(q)} times")
            elif text.count(q) > 1:
                problems.append(f"{name}: quote {q!r} is ambiguous (appears {text.count(q)} times)")
        for c in doc["claims"]:
            check_claim(name, c, text, pub, problems)
            n_claims += 1
            counts["kind"][c["kind"]] += 1
            counts["unit"][c["unit"]] += 1
            counts["exchange"][c["exchange"]] += 1
            for t in (c["ticker"] if isinstance(c["ticker"], list) else [c["ticker"]]):
                if t:
                    tickers[t] = c["entity"]
        for c in doc.get("optional", []):
            check_claim(name, c, text, pub, problems, optional=True)
            n_opt += 1
            for t in (c["ticker"] if isinstance(c["ticker"], list) else [c["ticker"]]):
                if t:
                    tickers[t] = c["entity"]
        for nc in doc["not_claims"]:
            n_not += 1
            if nc["quote"] not in text:
                problems.append(f"{name}: not_claim quote not in text: {nc['quote']!r}")
            if any(nc["quote"] == c["quote"] for c in doc["claims"]):
                problems.append(f"{name}: not_claim equals a claim quote")
        if not doc["claims"]:
            zero += 1
    listed = set()
    csv_path = HERE / "companies.csv"
    if csv_path.exists():
        with csv_path.open(encoding="utf-8") as f:
            listed = {row["ticker"] for row in csv.DictReader(f)}
    for t in sorted(set(tickers) - listed):
        problems.append(f"companies.csv lacks {t} ({tickers[t]})")
    print(f"articles {n_articles}, claims {n_claims}, optional {n_opt}, not_claims {n_not}, zero-claim articles {zero}")
    for key, counter in counts.items():
        print(f"by {key}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
