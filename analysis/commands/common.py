"""Arguments and helpers several commands share."""

from __future__ import annotations

import argparse
import datetime as dt

from analysis.errors import InputError
from analysis.settings import Settings


def iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date; use YYYY-MM-DD") from None


def add_offline(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--offline", action="store_true", help="never touch the network")


def settings_from(args: argparse.Namespace) -> Settings:
    settings = Settings.from_env()
    if getattr(args, "offline", False):
        settings = settings.with_changes(offline=True)
    return settings


def require(condition: bool, message: str) -> None:
    if not condition:
        raise InputError(message)
