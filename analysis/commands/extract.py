"""`python -m analysis extract [FILE ...] [--jsonl FILE] [--published ISO] [--format json|table]`."""

from __future__ import annotations

import argparse
import json
import sys

from analysis.commands.inputs import add_input_arguments, read_inputs, report_problem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument("--no-sentiment", action="store_true", help="skip sentiment scoring (faster)")


def run(args: argparse.Namespace) -> int:
    from analysis.commands.common import settings_from
    from analysis.pipeline import Services, analyze

    services = Services.load(settings_from(args))
    failed = 0
    for item in read_inputs(args):
        if item.article is None:
            report_problem(item)
            failed += 1
            continue
        analysis = analyze(item.article, services, sentiment=not args.no_sentiment, verify=False)
        record = {
            "id": item.id,
            "published": item.article.published.isoformat() if item.article.published else None,
            "claims": [checked.claim.to_dict() for checked in analysis.claims],
        }
        if analysis.sentiment is not None:
            record["sentiment"] = analysis.sentiment.to_dict(item.id)
        if args.format == "json":
            print(json.dumps(record, ensure_ascii=False))
        else:
            print_claims_table(item.id, item.article, [c.claim for c in analysis.claims])
        for warning in analysis.warnings:
            print(f"warning: {item.id}: {warning}", file=sys.stderr)
    return 1 if failed else 0


def print_claims_table(ident, article, claims, verdicts=None) -> None:
    published = article.published.isoformat() if article.published else "unknown"
    print(f"== {ident} (published {published}, {len(claims)} claims)")
    if not claims:
        return
    header = f"{'entity':28} {'ticker':10} {'kind':17} {'date':10} {'claimed':>9} {'hedge':11}"
    if verdicts:
        header += f" {'actual':>8} {'verdict':12} reason"
    print(header)
    for index, claim in enumerate(claims):
        line = (
            f"{claim.entity[:28]:28} {(claim.ticker or '-'):10} {claim.kind.value:17} "
            f"{claim.date.isoformat() if claim.date else '-':10} {claim.quoted:>9} {(claim.hedge or ''):11}"
        )
        if verdicts:
            verdict = verdicts[index]
            actual = "-" if verdict.actual is None else f"{verdict.actual:+.2f}"
            line += f" {actual:>8} {verdict.label.value:12} {verdict.reason}"
        print(line)
