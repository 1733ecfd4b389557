"""Article: one analysed article from the library, opened with `?id=<article id>`."""

from __future__ import annotations

import streamlit as st

from analysis.errors import TapecheckError
from app_support.article_view import show_analysis
from app_support.resources import NOT_SAVED, current_settings, library, remember_pick, run_analysis, services
from app_support.text import plain

settings = current_settings()
article_id = st.query_params.get("id", "")
try:
    store = library(settings.database_url)
except TapecheckError as error:
    st.error(plain(str(error)))
    st.stop()

if not article_id:
    st.info("Open an article from the Library.")
    st.page_link("pages/3_Library.py", label="Go to the Library", icon=":material/library_books:")
else:
    analysis = store.get(article_id)
    if analysis is None:
        st.error(plain(f"No article with id {article_id} in your library; it may have been deleted."))
        st.page_link("pages/3_Library.py", label="Back to the Library", icon=":material/library_books:")
    else:
        st.page_link("pages/3_Library.py", label="Back to the Library", icon=":material/arrow_back:")

        def recheck(name: str, symbol: str, company: str) -> None:
            try:
                remember_pick(settings, name, symbol, company)
                with st.spinner(f"Checking again with {symbol}…"):
                    checked = run_analysis(analysis.article, settings)  # saved over the stored one: same article id
            except TapecheckError as error:
                st.error(plain(str(error)))
                return
            unsaved = [warning for warning in checked.warnings if warning.startswith(NOT_SAVED)]
            if unsaved:  # the page shows the stored article, so a re-check that was not stored must say so
                st.error(plain(unsaved[0]))
                return
            st.rerun()

        loaded = services(settings)
        show_analysis(analysis, loaded.prices, key="article", directory=loaded.directory, on_pick=recheck)
