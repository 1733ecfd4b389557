"""`python -m analysis prices TICKER --start D --end D [--offline] [--format csv|json]`."""

from __future__ import annotations

import argparse
import json
import sys

from analysis.commands.common import add_offline, iso_date, require, settings_from


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("ticker", help="Yahoo symbol, e.g. 688981.SS, 0981.HK, AAPL, ^HSI")
    parser.add_argument("--start", type=iso_date, required=True, help="first session, YYYY-MM-DD")
    parser.add_argument("--end", type=iso_date, required=True, help="last session, YYYY-MM-DD")
    parser.add_argument("--format", choices=["csv", "json"], default="csv")
    add_offline(parser)


def run(args: argparse.Namespace) -> int:
    from data.prices import PriceService

    require(args.start <= args.end, f"--start {args.start} is after --end {args.end}")
    service = PriceService(settings_from(args))
    bars = service.daily(args.ticker.strip().upper() if not args.ticker.startswith("^") else args.ticker, args.start, args.end)
    frame = bars.frame.copy()
    frame.index = [ts.date().isoformat() for ts in frame.index]
    frame.index.name = "date"
    frame["volume"] = frame["volume"].fillna(0).round().astype("int64")
    if args.format == "json":
        payload = {
            "ticker": bars.symbol,
            "currency": bars.currency,
            "timezone": bars.timezone,
            "source": bars.source_label,
            "bars": [{"date": day, **row} for day, row in frame.to_dict("index").items()],
        }
        json.dump(payload, sys.stdout, indent=2, default=str)
        print()
    else:
        frame.to_csv(sys.stdout)
    for warning in service.cache.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"prices: {bars.source_label} ({bars.symbol}, {bars.currency})", file=sys.stderr)
    return 0
