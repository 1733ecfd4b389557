"""The Streamlit app, driven headless with AppTest: the real pages over the real pipeline, offline.

conftest.py points the price cache and the library at the test's tmp_path; each test here also
switches the network off, as a newcomer's first visit without a connection would be.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
LIBRARY = "pages/3_Library.py"
SAMPLE = ROOT / "data" / "samples" / "smic-rally-2024-12-23.txt"
TIMEOUT = 60  # the first run of the process loads the listing directory and the sentiment model

ANOTHER_ARTICLE = """Apple and Microsoft part ways as investors weigh AI spending
NEW YORK, March 12, 2024 4:30 PM ET - Apple Inc. shares fell 2.3% on Tuesday, while Microsoft Corp. rose 1.1%.
"""
HOSTILE_ARTICLE = """Tencent slips after a warning
HONG KONG, June 4, 2024 5:00 PM HKT - Tencent Holdings shares dropped 3.1% on Tuesday in Hong Kong.
A reader left <script>alert(1)</script> and [link](http://x) in the comments.
"""


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    monkeypatch.setenv("TAPECHECK_OFFLINE", "1")


def open_app() -> AppTest:
    app = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not app.exception, app.exception
    return app


def claims_listings(app: AppTest) -> set[str]:
    return {listing.split(" · ")[0] for listing in app.dataframe[0].value["listing"]}


def analyse_text(app: AppTest, text: str) -> AppTest:
    app.text_area(key="article_text").input(text).run()
    app.button(key="analyse").click().run()
    assert not app.exception, app.exception
    return app


def captions(elements) -> list[str]:
    """Caption texts as the reader sees them, without the backslashes that keep Markdown out."""
    return [caption.value.replace("\\", "") for caption in elements]


def saved_articles() -> list:
    from data.store import ArticleStore

    return ArticleStore.open(Settings.from_env().database_url).list_articles()


def test_first_visit_opens_on_the_sample_checked_against_bundled_prices():
    app = open_app()

    assert claims_listings(app) == {"688981.SS", "0981.HK"}
    assert "bundled sample article" in app.info[0].value
    assert any("bundled sample" in caption.value for caption in app.caption)
    assert not app.error


def test_the_first_page_draws_the_sample_before_the_sentiment_model_loads_and_the_next_run_scores_it():
    app = open_app()
    assert len(app.get("plotly_chart")) == 2  # both listings' charts
    assert "Scoring sentiment…" in captions(app.main.caption)
    assert "loads with the first analysis" in captions(app.sidebar.caption)

    app.run()  # in the browser, the waiting fragment's timer asks for this a second later
    assert not app.exception, app.exception
    main = captions(app.main.caption)
    assert "model: tapecheck-minilm" in main
    assert "Scoring sentiment…" not in main
    assert "tapecheck-minilm" in captions(app.sidebar.caption)


def test_a_sentiment_model_that_cannot_be_loaded_falls_back_to_the_bundled_one(tmp_path):
    app = open_app()
    app.sidebar.text_input[0].input(str(tmp_path / "no-such-model")).run()

    assert not app.exception, app.exception
    sidebar = " ".join(captions(app.sidebar.caption))
    assert "could not load" in sidebar and "no-such-model" in sidebar
    assert "model: tapecheck-minilm" in captions(app.main.caption)


def test_a_library_that_cannot_be_opened_costs_the_saving_not_the_analysis(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("TAPECHECK_DATABASE_URL", str(blocker / "library.sqlite"))
    app = analyse_text(open_app(), ANOTHER_ARTICLE)

    assert {"AAPL", "MSFT"} <= claims_listings(app)
    assert any("Not saved to your library" in warning.value for warning in app.warning)

    library = AppTest.from_file(APP, default_timeout=TIMEOUT)
    library.switch_page(LIBRARY).run()
    assert not library.exception, library.exception
    assert "article library" in library.error[0].value


UNKNOWN_COMPANY_ARTICLE = """Northmere Quantum soars on a chip order
TOKYO, March 12, 2024 4:30 PM JST - Shares of Northmere Quantum Systems jumped 12% on Tuesday after it won an order, while Toyota Motor fell 1.1%.
"""


def test_a_name_without_a_listing_is_linked_with_the_picker_and_checked_again(tmp_path):
    app = analyse_text(open_app(), UNKNOWN_COMPANY_ARTICLE)
    assert claims_listings(app) == {"not found", "7203.T"}

    app.text_input(key="analyse-pick-query-0").input("9023.T").run()
    app.button(key="analyse-pick-use-0").click().run()

    assert not app.exception, app.exception
    assert claims_listings(app) == {"9023.T", "7203.T"}
    assert "Northmere Quantum Systems,9023.T" in (tmp_path / "aliases.csv").read_text()
    assert len(saved_articles()) == 1  # the stored article was updated, not duplicated


def test_a_picked_listing_is_remembered_for_the_next_article():
    app = analyse_text(open_app(), UNKNOWN_COMPANY_ARTICLE)
    app.text_input(key="analyse-pick-query-0").input("9023.T").run()
    app.button(key="analyse-pick-use-0").click().run()

    later = UNKNOWN_COMPANY_ARTICLE.replace("jumped 12%", "slipped 3%")
    app = analyse_text(app, later)
    assert claims_listings(app) == {"9023.T", "7203.T"}
    assert not app.get("expander")  # nothing left to link


def test_a_fault_inside_the_analysis_is_a_message_not_a_traceback(monkeypatch):
    import app_support.resources

    app = open_app()

    def broken(*args, **kwargs):
        raise RuntimeError("the rule engine tripped")

    monkeypatch.setattr(app_support.resources, "analyze", broken)
    app.text_area(key="article_text").input(ANOTHER_ARTICLE).run()
    app.button(key="analyse").click().run()

    assert not app.exception
    assert "could not be analysed (RuntimeError: the rule engine tripped)" in app.error[0].value.replace("\\", "")
    assert saved_articles() == []


def test_the_detected_publication_time_is_shown_for_editing():
    app = open_app()
    app.text_area(key="article_text").input(ANOTHER_ARTICLE).run()

    published = app.text_input[0]
    assert published.value == "2024-03-12 16:30-04:00"


def test_a_pasted_article_is_analysed_and_saved():
    app = analyse_text(open_app(), ANOTHER_ARTICLE)

    assert {"AAPL", "MSFT"} <= claims_listings(app)
    assert not app.error
    assert [summary.source for summary in saved_articles()] == ["pasted"]


def test_a_typed_publication_time_replaces_the_dateline():
    app = open_app()
    app.text_area(key="article_text").input(ANOTHER_ARTICLE).run()
    app.text_input[0].input("2024-03-13 09:00").run()
    app.button(key="analyse").click().run()

    (summary,) = saved_articles()
    assert summary.published.isoformat().startswith("2024-03-13T09:00")


def test_bad_uploads_are_named_in_an_error_and_nothing_is_saved():
    app = open_app()
    app.file_uploader(key="article_files").set_value(
        [("empty.txt", b"", "text/plain"), ("report.pdf", b"this is not a PDF at all", "application/pdf")]
    ).run()

    errors = " ".join(error.value for error in app.error)
    assert "empty" in errors and "report" in errors
    assert app.button(key="analyse").disabled
    assert not app.exception
    assert saved_articles() == []


def test_a_good_article_beside_a_bad_upload_is_still_analysed():
    app = open_app()
    app.file_uploader(key="article_files").set_value([("empty.txt", b"   ", "text/plain")])
    analyse_text(app, ANOTHER_ARTICLE)

    assert any("empty" in error.value for error in app.error)
    assert {"AAPL", "MSFT"} <= claims_listings(app)
    assert len(saved_articles()) == 1


def test_library_lists_filters_by_ticker_and_deletes_only_after_confirmation():
    app = open_app()
    analyse_text(app, SAMPLE.read_text(encoding="utf-8"))
    analyse_text(app, ANOTHER_ARTICLE)
    app.switch_page(LIBRARY).run()
    assert not app.exception, app.exception

    listed = app.dataframe[0].value
    assert len(listed) == 2
    assert str(listed["published"].iloc[0]).startswith("2024-12-23")  # newest first

    app.selectbox(key="library_ticker").select("0981.HK").run()
    listed = app.dataframe[0].value
    assert len(listed) == 1 and "SMIC" in listed["companies"].iloc[0]

    app.button(key="library_delete").click().run()
    assert "cannot be undone" in app.warning[0].value
    assert len(saved_articles()) == 2  # asking is not deleting

    app.button(key="library_delete_yes").click().run()
    assert not app.exception, app.exception
    assert [summary.source for summary in saved_articles()] == ["pasted"]
    assert "0981.HK" not in (app.selectbox(key="library_ticker").options)


def test_cancelling_a_delete_keeps_the_article():
    app = analyse_text(open_app(), ANOTHER_ARTICLE)
    app.switch_page(LIBRARY).run()
    app.button(key="library_delete").click().run()
    app.button(key="library_delete_no").click().run()

    assert not app.warning
    assert len(saved_articles()) == 1


def test_article_text_is_shown_as_text_never_as_html_or_markdown():
    app = analyse_text(open_app(), HOSTILE_ARTICLE)

    shown = "".join(element.value for element in app.get("html"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert "<script" not in shown
    assert "[link](http://x)" in shown  # st.html does no Markdown, so this stays literal
    markdown = " ".join(element.value for element in app.markdown)
    assert "<script" not in markdown and "](http://x)" not in markdown


def test_a_saved_article_opens_by_id_on_the_article_page():
    app = analyse_text(open_app(), ANOTHER_ARTICLE)
    (summary,) = saved_articles()
    app.query_params["id"] = summary.id
    app.switch_page("pages/2_Article.py").run()

    assert not app.exception, app.exception
    assert {"AAPL", "MSFT"} <= claims_listings(app)


def test_the_picker_on_the_article_page_updates_the_stored_article(tmp_path):
    analyse_text(open_app(), UNKNOWN_COMPANY_ARTICLE)
    (summary,) = saved_articles()
    app = AppTest.from_file(APP, default_timeout=TIMEOUT)
    app.query_params["id"] = summary.id
    app.switch_page("pages/2_Article.py").run()
    assert claims_listings(app) == {"not found", "7203.T"}

    app.text_input(key="article-pick-query-0").input("9023.T").run()
    app.button(key="article-pick-use-0").click().run()

    assert not app.exception, app.exception
    assert claims_listings(app) == {"9023.T", "7203.T"}
    (stored,) = saved_articles()
    assert stored.id == summary.id


def test_an_unknown_article_id_says_so():
    app = open_app()
    app.query_params["id"] = "no-such-article"
    app.switch_page("pages/2_Article.py").run()

    assert "no-such-article" in app.error[0].value.replace("\\", "")


def test_a_bad_price_csv_is_reported_with_its_row_and_column():
    app = open_app()
    csv = b"Date,Open,High,Low,Close,Volume\n2024-12-20,85.0,95.0,84.0,94.28,100\n2024-12-23,95.1,abc,93.0,96.0,100\n"
    app.file_uploader(key="price_csv").set_value(("688981.SS.csv", csv, "text/csv")).run()

    message = app.sidebar.error[0].value.replace("\\", "")
    assert "688981.SS.csv row 3" in message and "High" in message


def test_committing_the_text_with_ctrl_enter_runs_the_analysis_without_a_click():
    app = open_app()
    app.text_area(key="article_text").input(ANOTHER_ARTICLE).run()  # what Ctrl+Enter does in the browser

    assert {"AAPL", "MSFT"} <= claims_listings(app)
    assert [summary.source for summary in saved_articles()] == ["pasted"]
