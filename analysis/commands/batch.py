"""`python -m analysis batch INPUT --out DIR [--engine local|dask] [--workers N] [--scheduler ADDRESS] [--offline] [--database URL] [--price-cache URL]`."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from analysis.commands.common import add_offline

# Test hook: stop (as a kill would) once this many articles are saved.
STOP_AFTER_VARIABLE = "TAPECHECK_BATCH_STOP_AFTER"


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number above 0")
    return number


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "input", type=Path, metavar="INPUT",
        help='a folder of articles (.txt .md .html .pdf .docx, and tables), or a .jsonl, .csv or .parquet file of {"id", "text", "published"}',
    )
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the Parquet tables, errors.jsonl, sources.jsonl and summary.json")
    parser.add_argument("--engine", choices=["local", "dask"], default="local", help="a process pool on this machine (default), or Dask distributed")
    parser.add_argument("--workers", type=_positive, metavar="N", help="worker processes (default: one per CPU); with --scheduler, the cluster decides")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler, e.g. tcp://host:8786 (default: a LocalCluster)")
    parser.add_argument("--database", metavar="URL", help="the library to save into: a SQLite path or a PostgreSQL URL (default: TAPECHECK_DATABASE_URL)")
    parser.add_argument(
        "--price-cache", metavar="URL",
        help="where workers keep fetched prices: a PostgreSQL URL when they sit on several machines, or a SQLite path "
        "(default: TAPECHECK_PRICE_CACHE_URL, else the SQLite file at TAPECHECK_CACHE_PATH)",
    )
    parser.add_argument("--no-sentiment", action="store_true", help="skip sentiment scoring (faster)")
    parser.add_argument("--partition-size", type=_positive, default=32, metavar="N", help="articles per task (default 32)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    add_offline(parser)


def run(args: argparse.Namespace) -> int:
    from analysis.batch import BatchOptions, run_batch
    from analysis.commands.common import settings_from
    from analysis.settings import database_url_from

    settings = settings_from(args)
    if args.database:
        settings = settings.with_changes(database_url=database_url_from(args.database))
    if args.price_cache:
        settings = settings.with_changes(price_cache_url=database_url_from(args.price_cache))
    stop_after = os.environ.get(STOP_AFTER_VARIABLE)
    options = BatchOptions(
        input=args.input,
        out=args.out,
        engine=args.engine,
        workers=args.workers,
        scheduler=args.scheduler,
        sentiment=not args.no_sentiment,
        partition_size=args.partition_size,
        progress=not args.quiet,
        stop_after=int(stop_after) if stop_after else None,
    )
    summary = run_batch(options, settings)
    print("\n".join(summary.lines()))
    return 1 if summary.failures else 0

