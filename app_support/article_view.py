"""One analysed article on screen: the text with its claims marked, the claims table, the charts,
the sentiment and the downloads.

Every piece of article text reaches the page through `html.escape` inside `st.html` (which does
no Markdown), or through Streamlit's text elements: nothing the user pasted is ever read as HTML
or Markdown.
"""

from __future__ import annotations

import html
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis import export
from analysis.charts import VERDICT_COLOURS, charts_for
from analysis.errors import TapecheckError
from analysis.models import ArticleAnalysis, CheckedClaim, SentimentLabel, Unit
from app_support.listing_picker import OnPick, show_listing_picker
from app_support.text import plain

SENTIMENT_TINTS: dict[SentimentLabel, str] = {
    SentimentLabel.POSITIVE: "rgba(26, 152, 80, 0.13)",
    SentimentLabel.NEGATIVE: "rgba(215, 48, 39, 0.13)",
    SentimentLabel.MIXED: "rgba(224, 142, 11, 0.13)",
    SentimentLabel.NEUTRAL: "transparent",
}
_MIME = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "html": "text/html",
    "csv": "text/csv",
    "json": "application/json",
    "zip": "application/zip",
}
SENTIMENT_POLL = 2.0  # seconds after the first page before the sentiment model loads: the charts are drawn by then
SENTIMENT_COLOURS = {"positive": "#1a9850", "negative": "#d73027", "mixed": "#e08e0b", "neutral": "#8c8c8c"}


@dataclass
class _Mark:
    start: int
    end: int
    style: str
    title: str = ""


def _alpha(hex_colour: str, alpha: float) -> str:
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {alpha})"


def _claim_marks(claims: list[CheckedClaim], length: int) -> list[_Mark]:
    marks = []
    for item in claims:
        start, end = item.claim.span
        if not 0 <= start < end <= length:
            continue
        colour = VERDICT_COLOURS[item.verdict.label]
        style = (
            f"background:{_alpha(colour, 0.28)};border-bottom:2px solid {colour};"
            "border-radius:3px;padding:0 1px;font-weight:600"
        )
        title = f"{item.verdict.label.value}: {item.claim.quoted} claimed; {item.verdict.reason}"
        marks.append(_Mark(start, end, style, title))
    return marks


def _sentence_marks(analysis: ArticleAnalysis, length: int) -> list[_Mark]:
    if analysis.sentiment is None:
        return []
    marks = []
    for sentence in analysis.sentiment.sentences:
        start, end = sentence.span
        if sentence.excluded or not 0 <= start < end <= length:
            continue
        tint = SENTIMENT_TINTS[sentence.label]
        title = f"sentence sentiment: {sentence.label.value} ({sentence.score:+.2f})"
        marks.append(_Mark(start, end, f"background:{tint}", title))
    return marks


def highlighted_html(analysis: ArticleAnalysis) -> str:
    """The article text as HTML: each sentence tinted by its sentiment, each claim coloured by its verdict.

    The text is cut at every mark's edge and each piece is escaped and wrapped on its own, so
    the markup stays well formed however sentences and claims overlap.
    """
    text = analysis.article.text
    sentences = _sentence_marks(analysis, len(text))
    claims = _claim_marks(analysis.claims, len(text))
    edges = sorted({0, len(text), *(m.start for m in sentences + claims), *(m.end for m in sentences + claims)})
    pieces = []
    for start, end in zip(edges, edges[1:]):
        piece = html.escape(text[start:end])
        claim = next((m for m in claims if m.start <= start and end <= m.end), None)
        sentence = next((m for m in sentences if m.start <= start and end <= m.end), None)
        if claim:
            piece = f'<span style="{claim.style}" title="{html.escape(claim.title)}">{piece}</span>'
        if sentence:
            piece = f'<span style="{sentence.style}" title="{html.escape(sentence.title)}">{piece}</span>'
        pieces.append(piece)
    legend = " ".join(
        f'<span style="background:{_alpha(colour, 0.28)};border-bottom:2px solid {colour};'
        f'border-radius:3px;padding:0 4px">{label.value}</span>'
        for label, colour in VERDICT_COLOURS.items()
    )
    if analysis.sentiment is not None:
        legend += " &nbsp;·&nbsp; sentences: " + " ".join(
            f'<span style="background:{SENTIMENT_TINTS[label]};padding:0 4px">{label.value}</span>'
            for label in (SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE, SentimentLabel.MIXED)
        )
    return (
        '<div style="font-size:0.8rem;margin-bottom:0.4rem;opacity:0.85">claims: ' + legend + "</div>"
        '<div class="tapecheck-article" style="white-space:pre-wrap;line-height:1.6;max-height:30rem;'
        'overflow-y:auto;padding:0.75rem 1rem;border:1px solid rgba(128,128,128,0.3);border-radius:0.5rem">'
        + "".join(pieces)
        + "</div>"
    )


def _actual(item: CheckedClaim) -> str:
    actual = item.verdict.actual
    if actual is None:
        return ""
    if item.claim.unit is Unit.PCT:
        return f"{actual:+.2f}%"
    if item.claim.unit is Unit.POINTS:
        return f"{actual:+.1f} pts"
    return f"{actual:+.2f} {item.claim.currency or ''}".strip()


def claims_rows(claims: list[CheckedClaim]) -> list[dict[str, str]]:
    """The claims table as an analyst reads it: one row per claim, figures as the article wrote them."""
    return [
        {
            "entity": item.claim.entity,
            "listing": " · ".join(part for part in (item.claim.ticker, item.claim.exchange) if part) or "not found",
            "kind": item.claim.kind.value.replace("_", " "),
            "date": item.claim.date.isoformat() if item.claim.date else "",
            "claimed": item.claim.quoted + (f" ({item.claim.hedge})" if item.claim.hedge else ""),
            "actual": _actual(item),
            "verdict": item.verdict.label.value,
            "reason": item.verdict.reason,
        }
        for item in claims
    ]


def _sentiment_figure(analysis: ArticleAnalysis) -> go.Figure:
    sentiment = analysis.sentiment
    names = ["Whole article", *(html.escape(name) for name in sentiment.entities)]  # Plotly reads tags in text
    scores = [sentiment.score, *(entity.score for entity in sentiment.entities.values())]
    labels = [sentiment.label.value, *(entity.label.value for entity in sentiment.entities.values())]
    figure = go.Figure(
        go.Bar(
            x=scores,
            y=names,
            orientation="h",
            marker_color=[SENTIMENT_COLOURS[label] for label in labels],
            text=[f"{label} {score:+.2f}" for label, score in zip(labels, scores)],
            textposition="outside",
            cliponaxis=False,  # the label of a long bar sits past the axis end instead of being cut off
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    figure.update_layout(
        height=80 + 36 * len(names),
        margin=dict(l=10, r=10, t=10, b=30),
        xaxis=dict(range=[-1.6, 1.6], tickvals=[-1, -0.5, 0, 0.5, 1], zeroline=True, title="negative ← score → positive"),
        yaxis=dict(autorange="reversed"),
        showlegend=False,
    )
    return figure


def _verdict_counts(analysis: ArticleAnalysis) -> str:
    chips = []
    for label, colour in VERDICT_COLOURS.items():
        count = sum(1 for item in analysis.claims if item.verdict.label is label)
        chips.append(
            f'<span style="border-left:4px solid {colour};background:{_alpha(colour, 0.12)};padding:2px 10px;'
            f'border-radius:3px;white-space:nowrap"><b>{count}</b> {label.value}</span>'
        )
    return f'<div style="display:flex;flex-wrap:wrap;gap:6px">{"".join(chips)}</div>'


def _header(analysis: ArticleAnalysis) -> None:
    article = analysis.article
    st.subheader(plain(article.title or article.source or "Article"), anchor=False)
    published = (
        f"published {article.published:%Y-%m-%d %H:%M %Z} (from the {article.published_origin})"
        if article.published
        else "no publication time"
    )
    sources = ", ".join(analysis.price_sources) or "no prices used"
    origin = [article.source] if article.title else []
    st.caption(plain(" · ".join([*origin, published, f"prices: {sources}"])))
    for warning in analysis.warnings:
        st.warning(plain(warning))


def _file_bytes(write: Callable[[Path], Path | None], message: Callable[[], str] = lambda: "") -> Callable[[], bytes]:
    """Adapt an exporter that writes into a folder to the bytes a download button wants, made on click."""

    def made() -> bytes:
        with tempfile.TemporaryDirectory(prefix="tapecheck-download-") as folder:
            path = write(Path(folder))
            if path is None:
                raise RuntimeError(message() or "the file could not be made")
            return path.read_bytes()

    return made


def _chart_downloads(analysis: ArticleAnalysis, title: str, figure: go.Figure, key: str) -> None:
    stem = f"{export.bundle_name(analysis.article)}_{re.sub(r'[^A-Za-z0-9.^-]+', '_', title)}"
    browser, _ = export.find_browser()
    columns = st.columns(4, gap="small")
    for column, fmt in zip(columns, export.IMAGE_FORMATS):
        outcome: list[str] = []

        def write(folder: Path, fmt: str = fmt, outcome: list[str] = outcome) -> Path | None:
            result = export.export_images(figure, folder, stem, [fmt])
            outcome.append(result.message)
            return result.paths[0] if result.paths else None

        column.download_button(
            fmt.upper(),
            _file_bytes(write, lambda outcome=outcome: outcome[-1] if outcome else ""),
            file_name=f"{stem}.{fmt}",
            mime=_MIME[fmt],
            key=f"{key}-{fmt}",
            disabled=browser is None,
            help=None if browser else export.NO_BROWSER_HELP.format(where=""),
            on_click="ignore",
            width="stretch",
        )
    mine = [item for item in analysis.claims if item.claim.ticker == title]
    columns[3].download_button(
        "HTML",
        _file_bytes(lambda folder: export.export_html(figure, folder / f"{stem}.html", checked=mine)),
        file_name=f"{stem}.html",
        mime=_MIME["html"],
        key=f"{key}-html",
        on_click="ignore",
        width="stretch",
    )


def _report_downloads(analysis: ArticleAnalysis, figures: list[tuple[str, go.Figure]], key: str) -> None:
    name = export.bundle_name(analysis.article)
    columns = st.columns(3, gap="small")
    columns[0].download_button(
        "Claims CSV", export.claims_to_csv(analysis.claims), file_name=f"{name}_claims.csv", mime=_MIME["csv"],
        key=f"{key}-csv", on_click="ignore", width="stretch",
    )
    columns[1].download_button(
        "Claims JSON", export.claims_to_json(analysis.claims, analysis.article), file_name=f"{name}_claims.json",
        mime=_MIME["json"], key=f"{key}-json", on_click="ignore", width="stretch",
    )
    columns[2].download_button(
        "Report ZIP",
        _file_bytes(lambda folder: export.report_bundle(analysis.article, analysis.claims, figures, folder)),
        file_name=f"{name}.zip",
        mime=_MIME["zip"],
        key=f"{key}-zip",
        on_click="ignore",
        type="primary",
        width="stretch",
        help="The article, claims CSV and JSON, and every chart as HTML (and as images when Chromium is available)",
    )


def _sentiment_panel(analysis: ArticleAnalysis, key: str) -> None:
    if analysis.sentiment is not None:
        st.markdown("**Sentiment**")
        st.plotly_chart(_sentiment_figure(analysis), key=f"{key}-sentiment", config={"displayModeBar": False})
        st.caption(plain(f"model: {analysis.sentiment.model}"))
    else:
        st.caption("No sentiment scores for this article.")


def _top(analysis: ArticleAnalysis, key: str, *, scoring: bool = False) -> None:
    """The article text with its marks, and beside it the verdict counts and the sentiment."""
    text_column, side_column = st.columns([3, 2], gap="large")
    with text_column:
        st.html(highlighted_html(analysis))
    with side_column:
        st.markdown("**Verdicts**")
        st.html(_verdict_counts(analysis))
        if scoring:
            st.caption("Scoring sentiment…")
        else:
            _sentiment_panel(analysis, key)


def _top_scored_later(analysis: ArticleAnalysis, key: str, sentiment_later: Callable[[], ArticleAnalysis]) -> None:
    """The session's first page goes out without sentiment; the model loads a moment later.

    Loading the model (importing torch, seconds of CPU) while the browser fetches and draws its
    charts delayed the first chart by ~2 s on two cores. So the first run draws this part without
    sentiment and ends; a fragment that reruns itself every `SENTIMENT_POLL` seconds then loads the
    model and reruns the whole page, which no longer needs the fragment, so its timer stops.
    """
    painted = f"{key}-painted-before-sentiment"

    @st.fragment(run_every=SENTIMENT_POLL)
    def top() -> None:
        if not st.session_state.get(painted):
            st.session_state[painted] = True
            _top(analysis, key, scoring=True)
            return
        sentiment_later()
        st.rerun()

    top()


def show_analysis(
    analysis: ArticleAnalysis,
    prices,
    *,
    key: str,
    sentiment_later: Callable[[], ArticleAnalysis] | None = None,
    directory=None,
    on_pick: OnPick | None = None,
) -> None:
    """Everything about one analysed article; `key` keeps widgets apart when a page shows several.

    With `sentiment_later`, `analysis` has no sentiment yet: see `_top_scored_later`.
    With `directory` and `on_pick`, names without a listing get the ticker picker under the claims.
    """
    _header(analysis)
    if sentiment_later is None:
        _top(analysis, key)
    else:
        _top_scored_later(analysis, key, sentiment_later)

    st.markdown("**Claims**")
    rows = claims_rows(analysis.claims)
    if rows:
        st.dataframe(
            pd.DataFrame(rows),
            hide_index=True,
            key=f"{key}-claims",
            column_config={"reason": st.column_config.TextColumn("reason", width="large")},
        )
    else:
        st.info("No price claims found in this article.")
    if directory is not None and on_pick is not None:
        show_listing_picker(analysis, directory, on_pick, key=key)

    figures: list[tuple[str, go.Figure]] = []
    if analysis.claims:
        try:
            figures = charts_for(analysis.claims, analysis.article, prices)
        except TapecheckError as error:
            st.warning(plain(f"Charts could not be drawn: {error}"))
    for index, (title, figure) in enumerate(figures):
        st.plotly_chart(figure, key=f"{key}-chart-{index}", width="stretch")
        _chart_downloads(analysis, title, figure, key=f"{key}-chart-{index}")
    if analysis.claims:
        st.markdown("**Take away**")
        _report_downloads(analysis, figures, key)
