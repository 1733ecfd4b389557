"""One settings object, read from the environment, with defaults that work on a fresh machine."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import platformdirs

APP_NAME = "tapecheck"


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def _float(value: str | None, default: float) -> float:
    try:
        return float(value) if value not in (None, "") else default
    except ValueError:
        return default


@dataclass(frozen=True)
class Settings:
    """Where things live and how long to wait for the network.

    Environment variables (all optional):
    TAPECHECK_OFFLINE=1            never touch the network
    TAPECHECK_CACHE_PATH           SQLite file of every price bar fetched
    TAPECHECK_PRICE_CACHE_URL      the price cache in a database instead (e.g. postgresql+psycopg://...), shared by several machines
    TAPECHECK_DATABASE_URL         the article library (SQLite path or SQLAlchemy URL, e.g. postgresql+psycopg://...)
    TAPECHECK_NETWORK_TIMEOUT      hard wall-clock bound on one live price request, seconds (default 6)
    TAPECHECK_SENTIMENT_MODEL      a Hugging Face model name or folder to use instead of the bundled one
    TAPECHECK_USER_ALIASES         a CSV of the user's own company aliases (default: aliases.csv beside the library)
    TAPECHECK_PRICE_CSV_DIR        a folder of user price CSVs (one per ticker, named TICKER.csv)
    """

    offline: bool = False
    cache_path: Path = field(default_factory=lambda: Path(platformdirs.user_cache_dir(APP_NAME)) / "prices.sqlite")
    database_url: str = field(
        default_factory=lambda: "sqlite:///" + str(Path(platformdirs.user_data_dir(APP_NAME)) / "library.sqlite")
    )
    # Empty: the price cache is the SQLite file at `cache_path`. Workers on several machines share one
    # in PostgreSQL instead (a SQLite file is one machine's, and unsafe on a network share).
    price_cache_url: str = ""
    network_timeout: float = 6.0
    sentiment_model: str = ""
    # The user's own aliases; the app's ticker picker adds to it. A file that does not exist is no aliases.
    user_aliases: Path | None = field(default_factory=lambda: Path(platformdirs.user_data_dir(APP_NAME)) / "aliases.csv")
    price_csv_dir: Path | None = None

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "Settings":
        env = os.environ if environ is None else environ
        settings = cls()
        changes: dict[str, object] = {"offline": _flag(env.get("TAPECHECK_OFFLINE"))}
        if env.get("TAPECHECK_CACHE_PATH"):
            changes["cache_path"] = Path(env["TAPECHECK_CACHE_PATH"]).expanduser()
        if env.get("TAPECHECK_DATABASE_URL"):
            changes["database_url"] = database_url_from(env["TAPECHECK_DATABASE_URL"])
        if env.get("TAPECHECK_PRICE_CACHE_URL"):
            changes["price_cache_url"] = database_url_from(env["TAPECHECK_PRICE_CACHE_URL"])
        changes["network_timeout"] = _float(env.get("TAPECHECK_NETWORK_TIMEOUT"), settings.network_timeout)
        changes["sentiment_model"] = env.get("TAPECHECK_SENTIMENT_MODEL", "").strip()
        if env.get("TAPECHECK_USER_ALIASES"):
            changes["user_aliases"] = Path(env["TAPECHECK_USER_ALIASES"]).expanduser()
        if env.get("TAPECHECK_PRICE_CSV_DIR"):
            changes["price_csv_dir"] = Path(env["TAPECHECK_PRICE_CSV_DIR"]).expanduser()
        return replace(settings, **changes)

    @property
    def price_cache(self) -> str:
        """Where the price cache lives: `price_cache_url` when set, else the SQLite file at `cache_path`."""
        return self.price_cache_url or database_url_from(str(self.cache_path))

    def with_changes(self, **changes: object) -> "Settings":
        return replace(self, **changes)


def database_url_from(value: str) -> str:
    """Accept a plain file path as well as a SQLAlchemy URL."""
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())
