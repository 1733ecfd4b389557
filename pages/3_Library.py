"""Library: every analysed article, newest first; filters, search, open and delete; per-ticker history."""

from __future__ import annotations

import streamlit as st

from app_support.resources import current_settings, library

settings = current_settings()
store = library(settings.database_url)
st.title("Library", anchor=False)
if store is None:
    st.info("The article library is not available in this build yet; analysed articles are not being saved.")
    st.stop()
