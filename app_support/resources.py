"""What the app loads once per process (`st.cache_resource`) and the one call that analyses an article.

Every resource is keyed by the `Settings` it was built from, so two configurations in one process
(the offline toggle, or tests pointing at their own files) never share a cache or a library.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import streamlit as st

from analysis.claims import ClaimExtractor
from analysis.ingest import load_article
from analysis.models import ArticleAnalysis
from analysis.pipeline import Progress, Services, analyze
from analysis.settings import Settings
from data.prices import PriceService
from data.sources.user_csv import UserCsvSource

SAMPLE_ARTICLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "smic-rally-2024-12-23.txt"
OFFLINE_KEY = "offline"  # session-state key of the sidebar's offline toggle
SENTIMENT_MISSING = "Sentiment scoring is not available in this build yet; claims were extracted and checked without it."


def current_settings() -> Settings:
    """The environment's settings, with the sidebar's offline toggle applied."""
    settings = Settings.from_env()
    if OFFLINE_KEY in st.session_state:
        settings = settings.with_changes(offline=bool(st.session_state[OFFLINE_KEY]))
    return settings


@st.cache_resource(show_spinner="Loading the listing directory…")
def _directory(user_aliases: Path | None):
    from data.listings.directory import default_directory

    return default_directory(user_aliases)


@st.cache_resource(show_spinner=False)
def user_prices(settings: Settings) -> UserCsvSource:
    """The price CSVs the user loaded; one set per configuration, whether offline or not."""
    del settings  # only the cache key
    return UserCsvSource()


@st.cache_resource(show_spinner="Loading price sources…")
def services(settings: Settings) -> Services:
    prices = PriceService(settings, user_csv=user_prices(settings.with_changes(offline=False)))
    return Services(settings, prices, ClaimExtractor(_directory(settings.user_aliases)))


def sentiment_available() -> bool:
    """Whether this build ships `analysis.sentiment.score_document` (the pipeline imports it lazily)."""
    try:
        return hasattr(importlib.import_module("analysis.sentiment"), "score_document")
    except ImportError:
        return False


def store_available() -> bool:
    try:
        importlib.import_module("data.store")
    except ImportError:
        return False
    return True


@st.cache_resource(show_spinner=False)
def library(database_url: str):
    """The article library, or None while this build has no `data.store`."""
    if not store_available():
        return None
    from data.store import ArticleStore

    return ArticleStore.open(database_url)


def export_module():
    """`analysis.export`, or None while this build does not have it."""
    try:
        return importlib.import_module("analysis.export")
    except ImportError:
        return None


def _analysed(article, settings: Settings, progress: Progress | None = None) -> ArticleAnalysis:
    with_sentiment = sentiment_available()
    result = analyze(article, services(settings), sentiment=with_sentiment, progress=progress)
    if not with_sentiment:
        result.warnings.append(SENTIMENT_MISSING)
    return result


def run_analysis(article, settings: Settings, progress: Progress | None = None) -> ArticleAnalysis:
    """Analyse the article with the loaded services and save the result to the library."""
    result = _analysed(article, settings, progress)
    store = library(settings.database_url)
    if store is not None:
        store.save(result)
    return result


@st.cache_resource(show_spinner="Analysing the sample article…")
def sample_analysis(settings: Settings) -> ArticleAnalysis:
    """The bundled sample, analysed once per configuration so a first visit shows the whole idea.

    It is not saved: the library holds what the user analysed, and a deleted sample stays deleted.
    """
    return _analysed(load_article(SAMPLE_ARTICLE), settings)
