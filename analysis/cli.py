"""`python -m analysis VERB ...`: the same pipeline as the app, for batch work and JSON output."""

from __future__ import annotations

import argparse
import importlib
import sys
import warnings

from analysis.errors import TapecheckError

# verb -> (module under analysis.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "prices": ("prices", "print daily bars for a ticker and say which source served them"),
    "extract": ("extract", "extract price claims from articles"),
    "sentiment": ("sentiment", "score the sentiment of articles, sentences and companies"),
    "verify": ("verify", "extract claims and check each against prices"),
    "export": ("export", "write the annotated chart(s), claims table and report bundle of an article"),
    "batch": ("batch", "analyse an archive of articles into the library and Parquet files"),
    "train-sentiment": ("train_sentiment", "fine-tune the bundled sentiment model on the project's corpus"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")
    verbs.required = True
    for verb, (module_name, help_text) in COMMANDS.items():
        sub = verbs.add_parser(verb, help=help_text, description=help_text)
        sub.set_defaults(_module=module_name)
        try:
            module = importlib.import_module(f"analysis.commands.{module_name}")
        except ModuleNotFoundError as missing:
            if missing.name != f"analysis.commands.{module_name}":
                raise
            sub.set_defaults(_missing=True)
            continue
        module.add_arguments(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "_missing", False):
        print(f"error: '{args.verb}' is not available in this build", file=sys.stderr)
        return 2
    module = importlib.import_module(f"analysis.commands.{args._module}")
    try:
        return int(module.run(args) or 0)
    except TapecheckError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
