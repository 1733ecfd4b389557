"""`python -m analysis verify [FILE ...] [--jsonl FILE] [--published ISO] [--offline] [--format json|table]`.

The extract output plus, for each claim, its verdict, the actual figure, the evidence bars,
the reason and the source of the prices.
"""

from __future__ import annotations

import argparse
import json
import sys

from analysis.commands.common import add_offline
from analysis.commands.inputs import add_input_arguments, read_inputs, report_problem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    add_offline(parser)
    parser.add_argument("--no-sentiment", action="store_true", help="skip sentiment scoring (faster)")


def run(args: argparse.Namespace) -> int:
    from analysis.commands.common import settings_from
    from analysis.commands.extract import print_claims_table
    from analysis.pipeline import Services, analyze

    services = Services.load(settings_from(args))
    failed = 0
    for item in read_inputs(args):
        if item.article is None:
            report_problem(item)
            failed += 1
            continue
        analysis = analyze(item.article, services, sentiment=not args.no_sentiment, verify=True)
        if args.format == "json":
            record = {
                "id": item.id,
                "published": item.article.published.isoformat() if item.article.published else None,
                "claims": [checked.to_dict() for checked in analysis.claims],
                "price_sources": analysis.price_sources,
            }
            if analysis.sentiment is not None:
                record["sentiment"] = analysis.sentiment.to_dict(item.id)
            print(json.dumps(record, ensure_ascii=False))
        else:
            print_claims_table(item.id, item.article, [c.claim for c in analysis.claims],
                               [c.verdict for c in analysis.claims])
        for warning in analysis.warnings:
            print(f"warning: {item.id}: {warning}", file=sys.stderr)
    return 1 if failed else 0
