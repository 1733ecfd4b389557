"""What `extract` and `verify` share: analyse each input and print one JSON line or one table per article.

The two commands differ only in whether claims are checked against prices; `verify` adds to each
claim its verdict, actual figure, evidence and source, and to each record the price sources used.
"""

from __future__ import annotations

import argparse
import json
import sys

from analysis.commands.inputs import read_inputs, report_problem
from analysis.models import Article, ArticleAnalysis


def print_analyses(args: argparse.Namespace, *, verify: bool) -> int:
    """Analyse every input of `args` and print it; 1 when any input could not be read, else 0."""
    from analysis.commands.common import settings_from
    from analysis.pipeline import Services, analyze

    services = Services.load(settings_from(args))
    failed = 0
    for item in read_inputs(args):
        if item.article is None:
            report_problem(item)
            failed += 1
            continue
        analysis = analyze(item.article, services, sentiment=not args.no_sentiment, verify=verify)
        if args.format == "json":
            print(json.dumps(_record(item.id, analysis, verify=verify), ensure_ascii=False))
        else:
            print_claims_table(item.id, analysis, verify=verify)
        for warning in analysis.warnings:
            print(f"warning: {item.id}: {warning}", file=sys.stderr)
    return 1 if failed else 0


def _record(ident: str, analysis: ArticleAnalysis, *, verify: bool) -> dict:
    article: Article = analysis.article
    record = {
        "id": ident,
        "published": article.published.isoformat() if article.published else None,
        "claims": [checked.to_dict() if verify else checked.claim.to_dict() for checked in analysis.claims],
    }
    if verify:
        record["price_sources"] = analysis.price_sources
    if analysis.sentiment is not None:
        record["sentiment"] = analysis.sentiment.to_dict(ident)
    return record


def print_claims_table(ident: str, analysis: ArticleAnalysis, *, verify: bool) -> None:
    article = analysis.article
    published = article.published.isoformat() if article.published else "unknown"
    print(f"== {ident} (published {published}, {len(analysis.claims)} claims)")
    if not analysis.claims:
        return
    header = f"{'entity':28} {'ticker':10} {'kind':17} {'date':10} {'claimed':>9} {'hedge':11}"
    if verify:
        header += f" {'actual':>8} {'verdict':12} reason"
    print(header)
    for checked in analysis.claims:
        claim = checked.claim
        line = (
            f"{claim.entity[:28]:28} {(claim.ticker or '-'):10} {claim.kind.value:17} "
            f"{claim.date.isoformat() if claim.date else '-':10} {claim.quoted:>9} {(claim.hedge or ''):11}"
        )
        if verify:
            verdict = checked.verdict
            actual = "-" if verdict.actual is None else f"{verdict.actual:+.2f}"
            line += f" {actual:>8} {verdict.label.value:12} {verdict.reason}"
        print(line)
