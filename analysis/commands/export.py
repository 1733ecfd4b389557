"""`python -m analysis export FILE [--published ISO] --out DIR [--formats png,svg,pdf,html,csv,json] [--offline]`.

Writes the annotated chart of each listing, the claims table and the report ZIP into DIR.
Without Chromium the images are skipped with a message saying how to enable them; the rest is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.commands.common import add_offline, require

FORMATS = ("png", "svg", "pdf", "html", "csv", "json")


def _formats(value: str) -> list[str]:
    chosen = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in FORMATS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"formats are a comma-separated choice of {', '.join(FORMATS)}")
    return chosen


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the article: .txt .md .html .pdf .docx")
    parser.add_argument("--published", help="publication time, e.g. 2024-12-23T00:59-05:00 (overrides the dateline)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into (created if missing)")
    parser.add_argument("--formats", type=_formats, default=list(FORMATS), help="default: all of " + ",".join(FORMATS))
    add_offline(parser)


def run(args: argparse.Namespace) -> int:
    from analysis.charts import charts_for
    from analysis.commands.common import settings_from
    from analysis.export import bundle_name, claims_to_csv, claims_to_json, export_html, export_images, report_bundle
    from analysis.ingest import load_article, parse_user_datetime
    from analysis.pipeline import Services, analyze

    path = Path(args.file)
    require(path.exists(), f"{args.file}: no such file")
    published = parse_user_datetime(args.published) if args.published else None
    article = load_article(path, published=published)
    services = Services.load(settings_from(args))
    analysis = analyze(article, services, sentiment=False, verify=True)
    figures = charts_for(analysis.claims, article, services.prices)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    stem = bundle_name(article)
    written: list[Path] = []
    messages: list[str] = []
    if "csv" in args.formats:
        written.append(out / f"{stem}_claims.csv")
        written[-1].write_text(claims_to_csv(analysis.claims), encoding="utf-8")
    if "json" in args.formats:
        written.append(out / f"{stem}_claims.json")
        written[-1].write_text(claims_to_json(analysis.claims, article), encoding="utf-8")
    for symbol, figure in figures:
        if "html" in args.formats:
            mine = [item for item in analysis.claims if item.claim.ticker == symbol]
            written.append(export_html(figure, out / f"{stem}_{symbol}.html", checked=mine))
        result = export_images(figure, out, f"{stem}_{symbol}", args.formats)
        written += result.paths
        if result.message and result.message not in messages:
            messages.append(result.message)
    written.append(report_bundle(article, analysis.claims, figures, out, formats=args.formats))
    for item in written:
        print(item)
    if not figures:
        print(f"note: no chart: none of the {len(analysis.claims)} claims names a listing with prices", file=sys.stderr)
    for message in messages + analysis.warnings:
        print(f"warning: {message}", file=sys.stderr)
    return 0
