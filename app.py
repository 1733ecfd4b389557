"""tapecheck's Streamlit app: the Analyse page (home), and the navigation to the Article and Library pages.

Analyse: paste or drop articles, see each one's publication time, run, and read the result.
Until the user runs something, the bundled sample is shown already analysed.

    streamlit run app.py
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import streamlit as st

from analysis.errors import TapecheckError
from analysis.ingest import MAX_BYTES, load_article, parse_user_datetime
from analysis.models import Article, ArticleAnalysis
from app_support.article_view import show_analysis
from app_support.resources import (
    NOT_SAVED,
    current_settings,
    remember_pick,
    run_analysis,
    sample_analysis,
    sample_claims,
    sample_ready,
    services,
)
from app_support.sidebar import LAST_SOURCES_KEY, render_sidebar
from app_support.text import plain

log = logging.getLogger("tapecheck.app")
RESULTS_KEY = "analyse_results"  # the analyses of the last run, in input order
PROBLEMS_KEY = "analyse_problems"  # what could not be analysed in the last run
UPLOAD_TYPES = ["txt", "md", "html", "htm", "pdf", "docx"]


@dataclass
class _Input:
    """One article the user gave, as read before the run, with the widget holding its publication time."""

    name: str
    content: str | bytes
    article: Article

    @property
    def detected(self) -> str:
        published = self.article.published
        return published.isoformat(sep=" ", timespec="minutes") if published else ""

    @property
    def published_key(self) -> str:
        return f"published-{self.article.id}-{self.name}"


@st.cache_data(show_spinner=False, max_entries=64)
def _read_upload(data: bytes, name: str) -> Article:
    return load_article(data, name=name)


RUN_REQUESTED_KEY = "analyse_requested"


def _request_run() -> None:
    """Ctrl+Enter in the text box (which commits the text) runs the analysis, as the button does."""
    st.session_state[RUN_REQUESTED_KEY] = bool(st.session_state.get("article_text", "").strip())


def _inputs() -> tuple[list[_Input], list[str]]:
    """The pasted text and each dropped file, read; and one message for each that cannot be read."""
    paste_column, file_column = st.columns([3, 2], gap="medium")
    with paste_column:
        pasted = st.text_area(
            "Paste an article",
            height=100,
            key="article_text",
            placeholder="Paste the text of a market story, with its dateline if it has one…",
            help="Ctrl+Enter analyses the pasted text at once.",
            on_change=_request_run,
        )
    with file_column:
        uploads = st.file_uploader(
            "…or drop files",
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            key="article_files",
            max_upload_size=MAX_BYTES // (1024 * 1024),
            help=f".txt, .md, .html, .pdf or .docx, up to {MAX_BYTES // (1024 * 1024)} MB each",
        )
    inputs, problems = [], []
    if pasted.strip():
        try:
            inputs.append(_Input("pasted", pasted, load_article(pasted)))
        except TapecheckError as error:
            problems.append(str(error))
    for upload in uploads or []:
        data = upload.getvalue()
        try:
            inputs.append(_Input(upload.name, data, _read_upload(data, upload.name)))
        except TapecheckError as error:
            problems.append(_named(str(error), upload.name))
    return inputs, problems


def _named(message: str, name: str) -> str:
    return message if name in message else f"{name}: {message}"


def _publication_times(inputs: list[_Input]) -> None:
    """One editable publication time per input, filled with what its dateline says."""
    columns = st.columns(min(len(inputs), 3))
    for index, item in enumerate(inputs):
        with columns[index % len(columns)]:
            st.text_input(
                f"Published — {plain(item.name)}",
                value=item.detected,
                key=item.published_key,
                placeholder="e.g. 2024-12-23 00:59 -05:00",
                help="Read from the article's dateline; edit it if it is wrong. A time without a zone is New York time.",
            )
            st.caption("from the dateline" if item.detected else "no dateline found: enter when it was published")


def _analyse(inputs: list[_Input]) -> None:
    results: list[ArticleAnalysis] = []
    problems: list[str] = []
    settings = current_settings()
    bar = st.progress(0.0, text="Starting…")
    for index, item in enumerate(inputs):

        def progress(step: str, fraction: float, index: int = index, name: str = item.name) -> None:
            bar.progress(min(1.0, (index + fraction) / len(inputs)), text=f"{name}: {step}")

        try:
            typed = st.session_state.get(item.published_key, "").strip()
            published = parse_user_datetime(typed) if typed and typed != item.detected else None
            article = load_article(item.content, name=item.name, published=published)
            results.append(run_analysis(article, settings, progress))
        except TapecheckError as error:
            problems.append(_named(str(error), item.name))
        except Exception as error:  # a fault of ours costs this article, not the page or the others
            log.exception("analysing %s failed", item.name)
            problems.append(f"{item.name}: could not be analysed ({type(error).__name__}: {error}); the log has the details.")
    bar.empty()
    st.session_state[RESULTS_KEY] = results
    st.session_state[PROBLEMS_KEY] = problems
    if results:
        st.session_state[LAST_SOURCES_KEY] = sorted({s for r in results for s in r.price_sources})


def _chosen(results: list[ArticleAnalysis]) -> int:
    if len(results) == 1:
        return 0
    names = [f"{r.article.title or r.article.source} — {len(r.claims)} claims" for r in results]
    return st.selectbox("Show", range(len(results)), format_func=names.__getitem__)  # options are plain text


def _recheck_with_pick(index: int):
    """What the ticker picker calls: remember the pick, analyse the article again, show the new result."""

    def pick(name: str, symbol: str, company: str) -> None:
        settings = current_settings()
        results: list[ArticleAnalysis] = st.session_state[RESULTS_KEY]
        try:
            remember_pick(settings, name, symbol, company)
            with st.spinner(f"Checking again with {symbol}…"):
                results[index] = run_analysis(results[index].article, settings)
        except TapecheckError as error:
            st.session_state[PROBLEMS_KEY] = [str(error)]
        st.rerun()

    return pick


def analyse_page() -> None:
    st.title("tapecheck", anchor=False)
    st.caption("What the news says about a price move, checked against the tape.")
    inputs, reading_problems = _inputs()
    for problem in reading_problems:
        st.error(plain(problem))
    if inputs:
        _publication_times(inputs)
    clicked = st.button("Analyse", type="primary", disabled=not inputs, key="analyse", help="or Ctrl+Enter in the text box")
    if (clicked or st.session_state.pop(RUN_REQUESTED_KEY, False)) and inputs:
        _analyse(inputs)

    for problem in st.session_state.get(PROBLEMS_KEY, []):
        if problem not in reading_problems:
            st.error(plain(problem))
    settings = current_settings()
    results: list[ArticleAnalysis] = st.session_state.get(RESULTS_KEY, [])
    prices = services(settings).prices
    if results:
        index = _chosen(results)
        shown = results[index]
        if not any(warning.startswith(NOT_SAVED) for warning in shown.warnings):
            st.caption("Saved to your library.")
        show_analysis(shown, prices, key="analyse", directory=services(settings).directory,
                      on_pick=_recheck_with_pick(index))
        return
    try:
        # A first visit draws the sample's claims and charts before the sentiment model has loaded.
        ready = sample_ready(settings)
        first = sample_analysis(settings) if ready else sample_claims(settings)
    except TapecheckError as error:
        st.error(plain(f"The sample article could not be analysed: {error}"))
        return
    st.info("The bundled sample article, checked against the bundled prices. Paste or drop your own above.",
            icon=":material/lightbulb:")
    show_analysis(first, prices, key="analyse", sentiment_later=None if ready else lambda: sample_analysis(settings))


st.set_page_config(page_title="tapecheck", page_icon=":material/query_stats:", layout="wide")
page = st.navigation(
    [
        st.Page(analyse_page, title="Analyse", icon=":material/fact_check:", default=True),
        st.Page("pages/2_Article.py", title="Article", icon=":material/article:", url_path="article"),
        st.Page("pages/3_Library.py", title="Library", icon=":material/library_books:", url_path="library"),
    ]
)
# Streamlit's default top padding pushes the sample's result below a 1280x800 screen.
st.html("<style>[data-testid='stMainBlockContainer']{padding-top:2.5rem}</style>")
finish_sidebar = render_sidebar()
page.run()
finish_sidebar()
