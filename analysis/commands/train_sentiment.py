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
    parser.add_argument(
        "--check", action="store_true",
        help="train nothing: replay the first steps of the training that made the model in --out and say whether "
        "this machine reproduces them (seconds, where a full training takes minutes)",
    )


def run(args: argparse.Namespace) -> int:
    import dataclasses
    import sys

    from analysis.errors import InputError
    from analysis.sentiment.training import TrainingSettings, train_sentiment_model

    if args.check:
        from analysis.sentiment.training import replay_first_steps

        try:
            result = replay_first_steps(args.out, args.corpus)
        except (OSError, KeyError, ValueError) as error:
            raise InputError(f"cannot replay the training of {args.out}: {error}") from error
        print(result.describe())
        return 0 if result.matches else 1
    settings = dataclasses.replace(TrainingSettings(), epochs=args.epochs, seed=args.seed)
    try:
        train_sentiment_model(args.corpus, args.out, settings, log=lambda line: print(line, file=sys.stderr))
    except ValueError as error:
        raise InputError(str(error)) from error
    print(args.out)
    return 0
