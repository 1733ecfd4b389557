"""`python -m analysis extract [FILE ...] [--jsonl FILE] [--published ISO] [--format json|table]`."""

from __future__ import annotations

import argparse

from analysis.commands.inputs import add_input_arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument("--no-sentiment", action="store_true", help="skip sentiment scoring (faster)")


def run(args: argparse.Namespace) -> int:
    from analysis.commands.analyses import print_analyses

    return print_analyses(args, verify=False)
