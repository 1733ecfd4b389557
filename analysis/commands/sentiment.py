"""`python -m analysis sentiment [FILE ...] [--jsonl FILE] [--format json|table]`: sentiment of articles,
their sentences and the companies they mention.

JSON: one object per article, `{"id", "label", "score", "model", "sentences": [{"text", "span", "label", "score"}],
"entities": {NAME: {"label", "score", "sentences"}}}` (indented for one article, one line each for several).
Sentences the ingest step marks as boilerplate, bylines or other languages carry `"excluded": reason` and do not
count. Companies and the sentences that mention them come from the claim extractor.
"""

from __future__ import annotations

import argparse
import json
import sys

from analysis.commands.common import add_offline
from analysis.commands.inputs import add_input_arguments, read_inputs, report_problem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser, published=False)
    add_offline(parser)
    parser.add_argument("--model", help="a Hugging Face model name or folder instead of the bundled tapecheck-minilm")


def run(args: argparse.Namespace) -> int:
    from analysis.commands.common import settings_from
    from analysis.pipeline import Services, analyze

    settings = settings_from(args)
    if args.model:
        settings = settings.with_changes(sentiment_model=args.model)
    services = Services.load(settings)
    items = list(read_inputs(args))
    failed = 0
    for item in items:
        if item.article is None:
            report_problem(item)
            failed += 1
            continue
        analysis = analyze(item.article, services, sentiment=True, verify=False)
        assert analysis.sentiment is not None
        document = analysis.sentiment
        if args.format == "table":
            print_sentiment_table(item.id, document)
        else:
            print(json.dumps(document.to_dict(item.id), ensure_ascii=False, indent=2 if len(items) == 1 else None))
        if document.notice:
            print(f"warning: {item.id}: {document.notice}", file=sys.stderr)
    return 1 if failed else 0


def print_sentiment_table(ident: str, document) -> None:  # type: ignore[no-untyped-def]
    print(f"== {ident}: {document.label.value} {document.score:+.2f} ({document.model})")
    for sentence in document.sentences:
        note = f"  [excluded: {sentence.excluded}]" if sentence.excluded else ""
        text = sentence.text if len(sentence.text) <= 90 else sentence.text[:87] + "..."
        print(f"  {sentence.label.value:8} {sentence.score:+.2f}  {text}{note}")
    for name, entity in document.entities.items():
        print(f"  * {name}: {entity.label.value} {entity.score:+.2f} over {entity.sentences} sentence(s)")
