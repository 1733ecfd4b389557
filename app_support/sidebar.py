"""The sidebar every page shares: where prices come from, the offline switch, the user's price CSVs,
and the sentiment model."""

from __future__ import annotations

from typing import Callable

import streamlit as st

from analysis.errors import TapecheckError
from app_support.resources import MODEL_KEY, OFFLINE_KEY, current_settings, services, user_prices
from app_support.text import plain
from data.sources.user_csv import parse_price_csv

LAST_SOURCES_KEY = "last_price_sources"  # set by the Analyse page after each analysis
_LOADED_KEY = "price_csv_loaded"  # upload ids already read, so a rerun does not parse them again


def _load_price_files(settings) -> None:
    uploads = st.file_uploader(
        "Your price CSV",
        type=["csv"],
        accept_multiple_files=True,
        key="price_csv",
        max_upload_size=10,
        help="Columns date, open, high, low, close (volume optional). Name the file after its ticker "
        "(e.g. 0981.HK.csv) or add a symbol column. Your files are used before any other source.",
    )
    loaded: dict[str, str] = st.session_state.setdefault(_LOADED_KEY, {})
    target = user_prices(settings)
    for upload in uploads or []:
        if upload.file_id in loaded:
            continue
        try:
            parsed = parse_price_csv(upload.getvalue(), upload.name)
        except TapecheckError as error:
            st.error(plain(str(error)))
            continue
        target.add(parsed)
        loaded[upload.file_id] = parsed.symbol
    if target.files:
        st.caption(plain("Your CSVs: " + ", ".join(f"{p.symbol} ({p.file_name})" for p in target.files.values())))


def render_sidebar() -> Callable[[], None]:
    """Draw the shared sidebar; the offline toggle and model field feed `current_settings()` on every page.

    Returns what finishes it: the model's name and notice, written once the page is drawn and only
    when the page loaded the model, which takes seconds and is never worth it for the sidebar alone.
    """
    st.session_state.setdefault(OFFLINE_KEY, current_settings().offline)  # the environment decides at first
    st.session_state.setdefault(MODEL_KEY, current_settings().sentiment_model)
    with st.sidebar:
        st.toggle(
            "Offline",
            key=OFFLINE_KEY,
            help="Never touch the network: your CSVs, the local cache, then the bundled sample prices.",
        )
        settings = current_settings()
        loaded = services(settings)
        st.markdown("**Prices**")
        st.caption(loaded.prices.describe())
        st.caption("Order tried: " + " → ".join(source.kind.label for source in loaded.prices.sources()))
        last = st.session_state.get(LAST_SOURCES_KEY)
        if last is not None:
            st.caption("Last analysis served by: " + (", ".join(last) or "no prices needed"))
        _load_price_files(settings)
        st.markdown("**Sentiment model**")
        st.text_input(
            "Sentiment model",
            key=MODEL_KEY,
            placeholder="bundled (tapecheck-minilm)",
            label_visibility="collapsed",
            help="A Hugging Face text-classification model by name (e.g. ProsusAI/finbert) or a folder on disk; "
            "leave empty for the bundled model. One that cannot be loaded falls back to the bundled model.",
        )
        model_slot = st.empty()
        if not loaded.sentiment_loaded:
            model_slot.caption("loads with the first analysis")

    def finish() -> None:
        if not loaded.sentiment_loaded:  # not loaded for this page: say so rather than load it here
            return
        try:
            model = loaded.sentiment_model()
        except TapecheckError as error:
            model_slot.error(plain(str(error)))
            return
        with model_slot.container():
            st.caption(plain(model.name))
            if model.notice:
                st.caption(plain(model.notice))

    return finish
