"""What the app loads once per process (`st.cache_resource`) and the one call that analyses an article.

Every resource is keyed by the `Settings` it was built from, so two configurations in one process
(the offline toggle, or tests pointing at their own files) never share a cache or a library.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from analysis.claims import ClaimExtractor
from analysis.errors import TapecheckError
from analysis.ingest import load_article
from analysis.models import ArticleAnalysis
from analysis.pipeline import Progress, Services, analyze, with_sentiment
from analysis.settings import Settings
from data.prices import PriceService
from data.sources.user_csv import UserCsvSource

if TYPE_CHECKING:
    from data.store import ArticleStore

SAMPLE_ARTICLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "smic-rally-2024-12-23.txt"
OFFLINE_KEY = "offline"  # session-state key of the sidebar's offline toggle
NOT_SAVED = "Not saved to your library"  # opens the warning run_analysis adds when saving failed
MODEL_KEY = "sentiment_model_name"  # session-state key of the sidebar's model field


def current_settings() -> Settings:
    """The environment's settings, with the sidebar's offline toggle and model field applied."""
    settings = Settings.from_env()
    if OFFLINE_KEY in st.session_state:
        settings = settings.with_changes(offline=bool(st.session_state[OFFLINE_KEY]))
    if MODEL_KEY in st.session_state:
        settings = settings.with_changes(sentiment_model=str(st.session_state[MODEL_KEY]).strip())
    return settings


@st.cache_resource(show_spinner="Loading the listing directory…", max_entries=2)
def _directory(user_aliases: Path | None, aliases_version: int | None):
    from data.listings.directory import ListingDirectory

    del aliases_version  # only the cache key: a pick rewrites the alias file and the directory must see it
    return ListingDirectory.load(user_aliases)


def _aliases_version(user_aliases: Path | None) -> int | None:
    try:
        return user_aliases.stat().st_mtime_ns if user_aliases is not None else None
    except OSError:
        return None


def user_prices(settings: Settings) -> UserCsvSource:
    """The price CSVs the user loaded: one set per configuration of where prices and the library live,
    kept when the offline switch or the sentiment model changes."""
    return _user_prices(settings.with_changes(offline=False, sentiment_model=""))


@st.cache_resource(show_spinner=False)
def _user_prices(settings: Settings) -> UserCsvSource:
    del settings  # only the cache key
    return UserCsvSource()


def services(settings: Settings) -> Services:
    """The loaded services for `settings`, rebuilt when the user's alias file has changed."""
    return _services(settings, _aliases_version(settings.user_aliases))


@st.cache_resource(show_spinner="Loading price sources…", max_entries=4)
def _services(settings: Settings, aliases_version: int | None) -> Services:
    prices = PriceService(settings, user_csv=user_prices(settings))
    return Services(settings, prices, ClaimExtractor(_directory(settings.user_aliases, aliases_version)))


def remember_pick(settings: Settings, name: str, symbol: str, company: str) -> None:
    """Link `name` to `symbol` from now on: a row of the user's alias file, which the next
    `services(settings)` reads."""
    from data.listings.user_aliases import remember_alias

    if settings.user_aliases is None:
        raise TapecheckError("No alias file is configured (TAPECHECK_USER_ALIASES), so a pick cannot be kept.")
    try:
        remember_alias(settings.user_aliases, name, symbol, company)
    except OSError as error:
        raise TapecheckError(f"Could not write your alias file {settings.user_aliases}: {error}") from error


@st.cache_resource(show_spinner=False)
def library(database_url: str) -> "ArticleStore":
    """The article library; raises `StoreError` (a `TapecheckError`) when it cannot be opened."""
    from data.store import ArticleStore  # SQLAlchemy's import is not worth paying before the first chart

    return ArticleStore.open(database_url)


def run_analysis(article, settings: Settings, progress: Progress | None = None) -> ArticleAnalysis:
    """Analyse the article with the loaded services and save the result to the library.

    A library that cannot be opened or written costs the analyst the saving, not the result:
    the reason joins the analysis's warnings.
    """
    result = analyze(article, services(settings), progress=progress)
    try:
        library(settings.database_url).save(result)
    except TapecheckError as error:
        result.warnings.append(f"{NOT_SAVED}: {error}")
    return result


@st.cache_resource(show_spinner="Analysing the sample article…")
def sample_claims(settings: Settings) -> ArticleAnalysis:
    """The bundled sample's claims checked against prices, without sentiment: what a first visit shows first."""
    return analyze(load_article(SAMPLE_ARTICLE), services(settings), sentiment=False)


@st.cache_resource(show_spinner=False)
def sample_analysis(settings: Settings) -> ArticleAnalysis:
    """The bundled sample, analysed once per configuration so a first visit shows the whole idea.

    It is not saved: the library holds what the user analysed, and a deleted sample stays deleted.
    """
    return with_sentiment(sample_claims(settings), services(settings))


def sample_ready(settings: Settings) -> bool:
    """Whether the whole sample can be shown at once: the sentiment model is already loaded."""
    return services(settings).sentiment_loaded
