"""One ticker across the library: the sentiment of each article about it drawn over its price, and its claims."""

from __future__ import annotations

import datetime as dt
import html

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from plotly.subplots import make_subplots

from analysis.errors import TapecheckError
from app_support.article_view import SENTIMENT_COLOURS, claims_rows
from app_support.text import plain

CONTEXT_DAYS = 10  # calendar days of price shown either side of the first and last article


def _history_figure(ticker: str, history, bars) -> go.Figure:
    figure = make_subplots(specs=[[{"secondary_y": True}]])
    if bars is not None and not bars.empty:
        figure.add_trace(
            go.Scatter(x=bars.frame.index.tz_localize(None), y=bars.frame["close"], name=f"{ticker} close",
                       line=dict(color="#555", width=1.5), hovertemplate="%{x|%d %b %Y}: %{y:.2f}<extra></extra>"),
            secondary_y=False,
        )
    dated = [mention for mention in history if mention.published and mention.sentiment_score is not None]
    figure.add_trace(
        go.Scatter(
            x=[mention.published.replace(tzinfo=None) for mention in dated],
            y=[mention.sentiment_score for mention in dated],
            mode="markers",
            name="article sentiment",
            marker=dict(size=12, line=dict(width=1, color="#333"),
                        color=[SENTIMENT_COLOURS[mention.sentiment_label.value] for mention in dated]),
            text=[html.escape(mention.title or "untitled article") for mention in dated],  # Plotly reads tags
            hovertemplate="%{text}<br>sentiment %{y:+.2f}<extra></extra>",
        ),
        secondary_y=True,
    )
    figure.update_yaxes(title_text="price", secondary_y=False)
    figure.update_yaxes(title_text="sentiment", range=[-1.05, 1.05], zeroline=True, secondary_y=True)
    figure.update_layout(height=380, margin=dict(l=10, r=10, t=30, b=10), legend=dict(orientation="h", y=1.1))
    return figure


def show_ticker_history(ticker: str, history, prices) -> None:
    """The ticker's articles over its price chart, then every claim the library holds about it."""
    if not history:
        st.info(plain(f"No saved article makes a claim about {ticker}."))
        return
    dated = [mention.published.date() for mention in history if mention.published]
    bars = None
    if dated:
        start, end = min(dated) - dt.timedelta(days=CONTEXT_DAYS), max(dated) + dt.timedelta(days=CONTEXT_DAYS)
        try:
            bars = prices.daily(ticker, start, end)
        except TapecheckError as error:
            st.warning(plain(f"No price line for {ticker}: {error}"))
    st.plotly_chart(_history_figure(ticker, history, bars), key=f"history-{ticker}", width="stretch")
    notes = [f"prices: {bars.source_label}"] if bars is not None else []
    if not any(mention.sentiment_score is not None for mention in history):
        notes.append("none of these articles has a sentiment score, so only the price is drawn")
    st.caption(plain("; ".join(notes)))
    rows = []
    for mention in history:
        for row in claims_rows(mention.claims):
            rows.append({"published": f"{mention.published:%Y-%m-%d %H:%M}" if mention.published else "",
                         "article": mention.title or "untitled", **row})
    st.dataframe(pd.DataFrame(rows), hide_index=True, key=f"history-claims-{ticker}")
