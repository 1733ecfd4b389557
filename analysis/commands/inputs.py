"""Reading articles for the command line: FILE arguments and --jsonl lines, one bad input never stopping the rest."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from analysis.errors import InputError
from analysis.models import Article


@dataclass
class Input:
    id: str
    article: Article | None
    problem: str = ""


def add_input_arguments(parser: argparse.ArgumentParser, *, published: bool = True) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE", help="articles: .txt .md .html .pdf .docx")
    parser.add_argument("--jsonl", type=Path, help='one {"id", "text", "published"} object a line')
    if published:
        parser.add_argument("--published", help="publication time, e.g. 2024-12-23T00:59-05:00 (overrides the dateline)")
    parser.add_argument("--format", choices=["json", "table"], default="json")


def read_inputs(args: argparse.Namespace) -> Iterator[Input]:
    """Every article the arguments name, in order; unreadable ones come back with the reason."""
    from analysis.ingest import load_article, parse_user_datetime

    override = None
    if getattr(args, "published", None):
        override = parse_user_datetime(args.published)
    if not args.files and not args.jsonl:
        raise InputError("give one or more FILEs or --jsonl FILE")
    for name in args.files:
        path = Path(name)
        try:
            if not path.exists():
                raise InputError(f"{name}: no such file")
            article = load_article(path, published=override)
            yield Input(path.name, article)
        except InputError as error:
            yield Input(path.name, None, _named(str(error), name))
    if args.jsonl:
        yield from _jsonl_inputs(args.jsonl, override)


def _named(message: str, name: str) -> str:
    return message if name in message else f"{name}: {message}"


def _jsonl_inputs(path: Path, override) -> Iterator[Input]:
    from analysis.ingest import load_article, parse_user_datetime

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        yield Input(path.name, None, f"{path}: cannot read ({error})")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        label = f"{path.name} line {number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise InputError("needs an object with a \"text\" string")
            ident = str(record.get("id") or label)
            published = override
            if published is None and record.get("published"):
                published = parse_user_datetime(str(record["published"]))
            yield Input(ident, load_article(record["text"], name=ident, published=published))
        except json.JSONDecodeError as error:
            yield Input(label, None, f"{label}: not JSON ({error.msg})")
        except InputError as error:
            yield Input(str(record.get("id") if isinstance(record, dict) and record.get("id") else label), None, f"{label}: {error}")


def report_problem(item: Input) -> None:
    print(f"error: {item.problem}", file=sys.stderr)
