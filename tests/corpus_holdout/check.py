"""Self-check for the held-out corpus. Run from the repo root:

    .venv/bin/python tests/corpus_holdout/check.py

Quotes are exact, unique substrings holding the figure (and the hedge, and the level of a
percentage claim); dates are sessions of the listing's calendar; kinds agree with the
publication moment; cumulative/ytd end on the latest session opened by then. Prints counts.
"""

from __future__ import annotations

import collections
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
HEDGES = {None, "as much as", "about", "around", "roughly", "more than", "over", "nearly",
          "almost", "up to", "at least", "less than"}
FIELDS = ("entity", "ticker", "exchange", "direction", "magnitude", "unit", "kind", "date", "hedge",
          "sessions", "start_date", "level", "quote")
MIC = {ex.name: ex.mic for ex in EXCHANGES_BY_SUFFIX.values()}
CALS: dict[str, xcals.ExchangeCalendar] = {}


def calendar(mic: str) -> xcals.ExchangeCalendar:
    return CALS.setdefault(mic, xcals.get_calendar(mic))


def has_figure(quote: str, value: float) -> bool:
    q = quote.replace(",", "")
    return any(f in q for f in {f"{value:g}", f"{value:.0f}", f"{value:.1f}", f"{value:.2f}"})


def check(name: str, c: dict, text: str, pub: pd.Timestamp, precision: str, bad: list, optional: bool) -> None:
    at = f"{name}: {c.get('quote')!r}"
    missing = [k for k in FIELDS if k not in c]
    if missing:
        bad.append(f"{at}: missing {missing}")
        return
    if c["quote"] not in text:
        bad.append(f"{at}: not in text")
    elif text.count(c["quote"]) > 1:
        bad.append(f"{at}: appears {text.count(c['quote'])} times")
    if not has_figure(c["quote"], c["magnitude"]):
        bad.append(f"{at}: figure {c['magnitude']} missing")
    if c["kind"] not in KINDS or c["unit"] not in ("pct", "points", "currency") or c["direction"] not in ("up", "down"):
        bad.append(f"{at}: bad kind/unit/direction")
    if c["hedge"] not in HEDGES or (c["hedge"] and c["hedge"] not in c["quote"]):
        bad.append(f"{at}: hedge {c['hedge']!r}")
    if c["unit"] == "currency" and not c.get("currency"):
        bad.append(f"{at}: currency unit without currency")
    if c["level"] is not None and c["unit"] == "pct" and not has_figure(c["quote"], c["level"]):
        if not (c.get("currency") == "GBp" and has_figure(c["quote"], c["level"] / 100)):
            bad.append(f"{at}: level missing")
    if c["sessions"] is not None and c["kind"] != "cumulative":
        bad.append(f"{at}: sessions on a {c['kind']} claim")
    ticker = c["ticker"][0] if isinstance(c["ticker"], list) else c["ticker"]
    if ticker:
        ex = exchange_for_symbol(ticker)
        if ex.name != c["exchange"]:
            bad.append(f"{at}: exchange {c['exchange']} but {ticker} is {ex.name}")
        mic = ex.mic
    else:
        mic = MIC.get(c["exchange"], "XKRX" if c["exchange"] == "Kosdaq" else None)
    if mic is None or c["date"] is None:
        if not optional:
            bad.append(f"{at}: no calendar or date")
        return
    cal = calendar(mic)
    day = pd.Timestamp(c["date"])
    if not cal.is_session(day):
        bad.append(f"{at}: {c['date']} not a {mic} session")
        return
    if c["start_date"] and not cal.is_session(pd.Timestamp(c["start_date"])):
        bad.append(f"{at}: start_date {c['start_date']} not a {mic} session")
    opens, closes = cal.session_open(day), cal.session_close(day)
    kind = c["kind"]
    if precision == "date":  # only the day is known: the session must not lie after it
        if day.date() > pub.tz_convert(cal.tz).date():
            bad.append(f"{at}: session after the publication day")
        return
    if kind == "intraday_current" and not opens <= pub <= closes:
        bad.append(f"{at}: intraday_current outside {opens}..{closes}")
    if kind in ("intraday_high", "intraday_low") and pub < opens:
        bad.append(f"{at}: extreme before the open")
    if kind in ("close_change", "after_hours") and pub < closes:
        bad.append(f"{at}: {kind} before the close {closes}")
    if kind == "premarket" and not cal.session_close(cal.previous_session(day)) <= pub <= opens:
        bad.append(f"{at}: premarket not between sessions")
    if kind in ("cumulative", "ytd"):
        naive = pub.tz_convert(None).normalize()
        window = cal.sessions_in_range(naive - pd.Timedelta(days=14), naive + pd.Timedelta(days=1))
        latest = max(s for s in window if cal.session_open(s) <= pub)
        if day > latest:
            bad.append(f"{at}: {kind} dated {c['date']}, after the latest session {latest.date()}")
        elif day < latest:  # a span the text ends earlier ("this year through Monday"): allowed, shown
            print(f"note {at}: span ends {c['date']}, before the latest session {latest.date()}")


def main() -> int:
    bad: list[str] = []
    counts = {k: collections.Counter() for k in ("kind", "unit", "exchange", "hedge")}
    n_art = n_claims = n_opt = n_neg = 0
    for jpath in sorted(HERE.glob("[0-9][0-9][0-9]-*.json")):
        name, text = jpath.stem, jpath.with_suffix(".txt").read_text(encoding="utf-8")
        doc = json.loads(jpath.read_text(encoding="utf-8"))
        n_art += 1
        words = len(text.split())
        if not 100 <= words <= 400:
            bad.append(f"{name}: {words} words")
        precision = doc.get("published_precision", "time")
        pub = pd.Timestamp(dt.datetime.fromisoformat(doc["published"])).tz_convert("UTC")
        for c in doc["claims"]:
            check(name, c, text, pub, precision, bad, optional=False)
            n_claims += 1
            for key in ("kind", "unit", "exchange"):
                counts[key][c[key]] += 1
            counts["hedge"][c["hedge"] or "-"] += 1
        for c in doc.get("optional", []):
            check(name, c, text, pub, precision, bad, optional=True)
            n_opt += 1
        for neg in doc["not_claims"]:
            n_neg += 1
            if neg["quote"] not in text:
                bad.append(f"{name}: negative not in text: {neg['quote']!r}")
            if any(neg["quote"] == c["quote"] for c in doc["claims"]):
                bad.append(f"{name}: negative equals a claim quote")
    print(f"{n_art} articles, {n_claims} claims, {n_opt} optional, {n_neg} hard negatives")
    for key, counter in counts.items():
        print(f"  {key}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    for line in bad:
        print("PROBLEM", line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
