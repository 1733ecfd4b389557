"""Library: every analysed article, newest first; filter, search, open or delete one; and one ticker over time."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.errors import TapecheckError
from analysis.models import SentimentLabel, VerdictLabel
from app_support.history_view import show_ticker_history
from app_support.resources import current_settings, library, services
from app_support.text import plain

CONFIRM_KEY = "library_confirm_delete"  # id of the article awaiting "yes, delete"
ANY = "any"

settings = current_settings()
st.title("Library", anchor=False)
try:
    store = library(settings.database_url)
except TapecheckError as error:
    st.error(plain(str(error)))
    st.stop()

# The ticker tab fetches prices, so it runs only while it is the open one.
articles_tab, ticker_tab = st.tabs(["Articles", "By ticker"], key="library_view", on_change="rerun")

with articles_tab:
    tickers = store.tickers()
    ticker_column, dates_column, sentiment_column, verdict_column = st.columns(4)
    ticker = ticker_column.selectbox("Ticker", [ANY, *tickers], key="library_ticker")
    dates = dates_column.date_input("Published between", value=(), key="library_dates")
    sentiment = sentiment_column.selectbox("Sentiment", [ANY, *(label.value for label in SentimentLabel)])
    verdict = verdict_column.selectbox("Has a claim that is", [ANY, *(label.value for label in VerdictLabel)])
    text = st.text_input("Search the text", placeholder="words that must all appear, e.g. foundry rally")
    try:
        summaries = store.list_articles(
            ticker=None if ticker == ANY else ticker,
            start=dates[0] if len(dates) > 0 else None,
            end=dates[1] if len(dates) > 1 else None,
            sentiment=None if sentiment == ANY else sentiment,
            verdict=None if verdict == ANY else verdict,
            text=text or None,
        )
    except TapecheckError as error:
        st.error(plain(str(error)))
        summaries = []
    st.caption(f"{len(summaries)} of {store.count()} articles")

    if summaries:
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "open": f"article?id={summary.id}",
                        "published": f"{summary.published:%Y-%m-%d %H:%M %Z}" if summary.published else "",
                        "title": summary.title or summary.source,
                        "source": summary.source,
                        "companies": ", ".join(
                            f"{c.name} ({c.ticker})" if c.ticker else c.name for c in summary.companies
                        ),
                        "sentiment": (
                            f"{summary.sentiment_label.value} {summary.sentiment_score:+.2f}"
                            if summary.sentiment_label
                            else ""
                        ),
                        **{label.value: summary.verdicts.of(label) for label in VerdictLabel},
                    }
                    for summary in summaries
                ]
            ),
            hide_index=True,
            key="library_table",
            column_config={"open": st.column_config.LinkColumn("open", display_text="open", width="small")},
        )
        by_id = {summary.id: summary for summary in summaries}
        chosen = st.selectbox(
            "Article",
            list(by_id),
            format_func=lambda article_id: " · ".join(
                part
                for part in (
                    f"{by_id[article_id].published:%Y-%m-%d}" if by_id[article_id].published else "",
                    by_id[article_id].title or by_id[article_id].source,
                )
                if part
            ),
            key="library_chosen",
        )
        open_column, delete_column, _ = st.columns([1, 1, 4], vertical_alignment="center")
        open_column.page_link("pages/2_Article.py", label="Open", icon=":material/article:", query_params={"id": chosen})
        if delete_column.button("Delete…", key="library_delete"):
            st.session_state[CONFIRM_KEY] = chosen
        pending = st.session_state.get(CONFIRM_KEY)
        if pending in by_id:
            st.warning(
                plain(
                    f"Delete “{by_id[pending].title or by_id[pending].source}” and its claims from the library? "
                    "This cannot be undone."
                )
            )
            yes_column, no_column, _ = st.columns([1, 1, 4], vertical_alignment="center")
            if yes_column.button("Yes, delete it", type="primary", key="library_delete_yes"):
                store.delete(pending)
                del st.session_state[CONFIRM_KEY]
                st.toast("Article deleted.")
                st.rerun()
            if no_column.button("Cancel", key="library_delete_no"):
                del st.session_state[CONFIRM_KEY]
                st.rerun()
    elif store.count():
        st.info("No article matches these filters.")
    else:
        st.info("Nothing saved yet: every article you analyse on the Analyse page is kept here.")

if ticker_tab.open:
    with ticker_tab:
        tickers = store.tickers()
        if not tickers:
            st.info("No saved article makes a claim about a listed ticker yet.")
        else:
            history_ticker = st.selectbox("Ticker", tickers, key="library_history_ticker")
            show_ticker_history(history_ticker, store.ticker_history(history_ticker), services(settings).prices)
