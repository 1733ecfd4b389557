"""`python -m analysis train-sentiment`: fine-tune the bundled sentiment model on the project's corpus."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from analysis.sentiment.corpus import DEFAULT_CORPUS_DIR
    from analysis.sentiment.inference import BUNDLED_MODEL_DIR
    from analysis.sentiment.training import TrainingSettings

    defaults = TrainingSettings()
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS_DIR, help="folder of label<TAB>sentence<TAB>topic .tsv files")
    parser.add_argument("--out", type=Path, default=BUNDLED_MODEL_DIR, help="where to write adapter.safetensors and manifest.json")
    parser.add_argument("--epochs", type=int, default=defaults.epochs)
    parser.add_argument("--seed", type=int, default=defaults.seed)


def run(args: argparse.Namespace) -> int:
    import dataclasses
    import sys

    from analysis.errors import InputError
    from analysis.sentiment.training import TrainingSettings, train_sentiment_model

    settings = dataclasses.replace(TrainingSettings(), epochs=args.epochs, seed=args.seed)
    try:
        train_sentiment_model(args.corpus, args.out, settings, log=lambda line: print(line, file=sys.stderr))
    except ValueError as error:
        raise InputError(str(error)) from error
    print(args.out)
    return 0
