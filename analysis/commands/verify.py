"""`python -m analysis verify [FILE ...] [--jsonl FILE] [--published ISO] [--offline] [--format json|table]`.

The extract output plus, for each claim, its verdict, the actual figure, the evidence bars,
the reason and the source of the prices.
"""

from __future__ import annotations

import argparse

from analysis.commands.common import add_offline
from analysis.commands.inputs import add_input_arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    add_offline(parser)
    parser.add_argument("--no-sentiment", action="store_true", help="skip sentiment scoring (faster)")


def run(args: argparse.Namespace) -> int:
    from analysis.commands.analyses import print_analyses

    return print_analyses(args, verify=True)
