"""The annotated chart and what leaves the app: images, offline HTML, the claims table, the report ZIP."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import io
import json
import time
import zipfile
from types import SimpleNamespace

import plotly.graph_objects as go
import pypdf
import pytest
from PIL import Image

import analysis.export as export
from analysis.charts import VERDICT_COLOURS, charts_for, claim_chart
from analysis.export import (
    bundle_name,
    claims_from_csv,
    claims_from_json,
    claims_to_csv,
    claims_to_json,
    export_html,
    export_images,
    report_bundle,
)
from analysis.cli import main
from analysis.models import VerdictLabel
from analysis.verify import verify_claims
from tests.conftest import SHARED
from tests.verify_fixtures import offline_prices, seed_article, seed_claims


@pytest.fixture
def seed(tmp_path):
    prices = offline_prices(tmp_path)
    article = seed_article()
    checked = verify_claims(seed_claims(), article, prices)
    return article, checked, prices


@pytest.fixture
def seed_charts(seed):
    article, checked, prices = seed
    return charts_for(checked, article, prices)


def hk_chart(seed_charts) -> go.Figure:
    return dict(seed_charts)["0981.HK"]


# -- the chart ----------------------------------------------------------------------------
def test_one_chart_per_listing_with_claims(seed_charts):
    assert [symbol for symbol, _ in seed_charts] == ["688981.SS", "0981.HK"]


def test_title_names_company_ticker_exchange_and_dates_and_the_price_axis_its_currency(seed_charts):
    figure = hk_chart(seed_charts)
    title = figure.layout.title.text
    for part in ("Semiconductor Manufacturing International Corp.", "0981.HK", "Hong Kong", "12 Dec 2024", "23 Dec 2024 13:59"):
        assert part in title
    assert figure.layout.yaxis.title.text == "price (HKD)"


def test_days_the_exchange_did_not_trade_are_cut_out_with_range_breaks(seed_charts):
    breaks = hk_chart(seed_charts).layout.xaxis.rangebreaks[0].values
    assert "2024-12-25" in breaks and "2024-12-26" in breaks and "2024-12-21" in breaks
    assert "2024-12-24" not in breaks  # a (half-day) session stays
    shanghai_breaks = dict(seed_charts)["688981.SS"].layout.xaxis.rangebreaks[0].values
    assert "2024-12-25" not in shanghai_breaks  # Shanghai traded on Christmas


def test_the_publication_time_is_a_line_shape_with_its_own_label(seed_charts):
    figure = hk_chart(seed_charts)
    assert any(shape.type == "line" and str(shape.x0).startswith("2024-12-23 13:59") for shape in figure.layout.shapes)
    assert any("published Mon 23 Dec 13:59" in note.text for note in figure.layout.annotations)


def test_a_yahoo_placeholder_bar_is_not_drawn_as_a_candle_but_marked(seed_charts):
    figure = hk_chart(seed_charts)
    candle = next(trace for trace in figure.data if isinstance(trace, go.Candlestick))
    christmas_eve = [i for i, x in enumerate(candle.x) if str(x).startswith("2024-12-24")][0]
    assert candle.close[christmas_eve] is None or candle.close[christmas_eve] != candle.close[christmas_eve]
    placeholder = next(trace for trace in figure.data if trace.name == "placeholder bar")
    assert "not a real price" in placeholder.hovertext[0]


def test_each_claim_is_a_marker_coloured_by_verdict_with_its_words_figures_and_verdict_on_hover(seed_charts, seed):
    _, checked, _ = seed
    figure = hk_chart(seed_charts)
    markers = [trace for trace in figure.data if getattr(trace, "mode", None) == "markers+text"]
    assert len(markers) == 2
    for trace, item in zip(markers, checked[3:]):
        assert trace.marker.color == VERDICT_COLOURS[item.verdict.label]
        hover = trace.hovertext[0]
        assert item.claim.text in hover and "APPROXIMATE" in hover and "claimed" in hover and "actual" in hover


def test_a_cumulative_claim_is_a_bracket_from_the_base_close_to_the_claimed_level(seed_charts):
    figure = hk_chart(seed_charts)
    bracket = next(trace for trace in figure.data if getattr(trace, "mode", None) == "lines" and len(trace.x) == 3)
    assert str(bracket.x[0]).startswith("2024-12-17")
    assert bracket.y[0] == pytest.approx(25.25)
    assert bracket.y[2] == pytest.approx(25.25 * 1.16)


def test_the_legend_lists_every_verdict_colour(seed_charts):
    names = {trace.name for trace in hk_chart(seed_charts).data if trace.showlegend is not False}
    assert {label.value for label in VerdictLabel} <= names


def test_the_other_listing_is_overlaid_rebased_to_percent_on_the_right_axis(seed_charts):
    overlay = next(trace for trace in hk_chart(seed_charts).data if trace.name and trace.name.startswith("688981.SS"))
    assert overlay.yaxis == "y2"
    assert overlay.y[0] == pytest.approx(0.0)


def test_claim_chart_draws_only_the_claims_of_its_own_listing(seed):
    article, checked, prices = seed
    bars = prices.daily("688981.SS", dt.date(2024, 12, 12), dt.date(2024, 12, 31))
    figure = claim_chart(bars, checked, article, listing_name="SMIC")
    assert len([trace for trace in figure.data if getattr(trace, "mode", None) == "markers+text"]) == 3
    assert "<b>SMIC</b>" in figure.layout.title.text


def test_article_words_that_look_like_markup_stay_words_on_the_chart(seed):
    article, checked, prices = seed
    item = checked[0]
    hostile = dataclasses.replace(
        item, claim=dataclasses.replace(item.claim, text=item.claim.text + ' <a href="http://x">more</a> <script>')
    )
    bars = prices.daily("688981.SS", dt.date(2024, 12, 12), dt.date(2024, 12, 31))
    figure = claim_chart(bars, [hostile], article, listing_name="<i>SMIC</i>")

    marker = next(trace for trace in figure.data if getattr(trace, "mode", None) == "markers+text")
    assert "&lt;a href=&quot;http://x&quot;&gt;more&lt;/a&gt;" in marker.hovertext[0]
    assert "&lt;script&gt;" in marker.hovertext[0]
    assert "<script>" not in marker.hovertext[0] and "<a " not in marker.hovertext[0]
    assert "<b>&lt;i&gt;SMIC&lt;/i&gt;</b>" in figure.layout.title.text


# -- images -------------------------------------------------------------------------------
def test_png_export_is_an_image_of_the_stated_size_and_not_blank(seed_charts, tmp_path):
    result = export_images(hk_chart(seed_charts), tmp_path, "hk", ["png"], width=900, height=560)
    assert result.ok, result.message
    with Image.open(result.paths[0]) as image:
        assert image.size == (900, 560)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert len(colours) > 50  # candles, text and markers, not one flat fill


def test_svg_and_pdf_exports_start_with_their_magic(seed_charts, tmp_path):
    result = export_images(hk_chart(seed_charts), tmp_path, "hk", ["svg", "pdf"])
    assert result.ok, result.message
    svg, pdf = result.paths
    assert svg.read_bytes().lstrip()[:200].find(b"<svg") >= 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_all_three_formats_asked_in_one_call_are_written_one_file_each(seed_charts, tmp_path):
    result = export_images(hk_chart(seed_charts), tmp_path, "hk", ["png", "svg", "pdf"])
    assert result.ok, result.message
    assert [path.name for path in result.paths] == ["hk.png", "hk.svg", "hk.pdf"]
    png, svg, pdf = (path.read_bytes() for path in result.paths)
    assert png.startswith(b"\x89PNG") and b"<svg" in svg[:200] and pdf.startswith(b"%PDF")


def test_images_drawn_one_after_another_on_the_kept_page_each_have_their_own_size(seed_charts, tmp_path):
    figure = hk_chart(seed_charts)
    small_pdf = export_images(figure, tmp_path, "small", ["pdf"], width=900, height=450).paths[0]
    large_png = export_images(figure, tmp_path, "large", ["png"], width=1100, height=680).paths[0]
    large_pdf = export_images(figure, tmp_path, "large", ["pdf"], width=1100, height=680).paths[0]
    with Image.open(large_png) as image:
        assert image.size == (1100, 680)
    for path, (width, height) in ((small_pdf, (900, 450)), (large_pdf, (1100, 680))):
        pages = pypdf.PdfReader(path).pages
        assert len(pages) == 1
        box = pages[0].mediabox
        assert float(box.width) / float(box.height) == pytest.approx(width / height, rel=0.01)


def test_the_page_keeps_plotly_loaded_between_images_and_reloads_after_a_console_message_or_every_hundred():
    from analysis.export.browser import RELOAD_EVERY, ReusingKaleido

    class Tab:
        """The two things ReusingKaleido reads from kaleido's tab, and a reload that clears the console."""

        def __init__(self) -> None:
            self.tab = SimpleNamespace(target_id="tab-1")
            self.js_logger = SimpleNamespace(log=[])
            self.reloads = 0

        async def reload(self) -> None:
            self.reloads += 1
            self.js_logger.log = []

    async def scenario() -> Tab:
        browser = ReusingKaleido(n=1, mathjax=False)  # not opened: no Chromium is started
        tab = Tab()
        for _ in range(3):
            await browser._return_kaleido_tab(tab)
        assert tab.reloads == 0
        tab.js_logger.log.append("Error: a render failed")
        await browser._return_kaleido_tab(tab)
        assert tab.reloads == 1
        for _ in range(RELOAD_EVERY):
            await browser._return_kaleido_tab(tab)
        assert browser.tabs_ready.qsize() == 4 + RELOAD_EVERY  # every tab handed back
        return tab

    assert asyncio.run(scenario()).reloads == 2


def test_without_a_browser_images_are_skipped_quickly_with_a_message_saying_how_to_enable_them(
        seed_charts, tmp_path, monkeypatch):
    monkeypatch.setattr(export._ENGINE, "_started", False)
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    started = time.perf_counter()
    result = export_images(hk_chart(seed_charts), tmp_path, "hk", ["png", "pdf"])
    assert time.perf_counter() - started < 2
    assert result.paths == [] and result.skipped == ["png", "pdf"]
    assert "apt-get install chromium" in result.message and "BROWSER_PATH" in result.message


# -- HTML, CSV, JSON ----------------------------------------------------------------------
def test_html_holds_the_chart_and_the_claims_and_needs_no_network(seed_charts, seed, tmp_path):
    _, checked, _ = seed
    path = export_html(hk_chart(seed_charts), tmp_path / "hk.html", checked=checked[3:])
    page = path.read_text(encoding="utf-8")
    assert '<script src="http' not in page  # plotly.js is inlined; nothing is fetched when the page opens
    assert "Plotly.newPlot" in page
    for item in checked[3:]:
        assert item.claim.text in page
    assert "approximate" in page


def test_claims_csv_round_trips_exactly(seed):
    _, checked, _ = seed
    checked[0].claim.mic = "XSHG"
    assert claims_from_csv(claims_to_csv(checked)) == checked


def test_claims_json_round_trips_and_carries_the_article(seed):
    article, checked, _ = seed
    text = claims_to_json(checked, article)
    assert json.loads(text)["article"]["published"].startswith("2024-12-23T00:59")
    assert claims_from_json(text) == checked


def test_claims_csv_has_one_row_per_claim_with_verdict_actual_reason_and_source(seed):
    _, checked, _ = seed
    lines = claims_to_csv(checked).splitlines()
    assert lines[0].split(",")[-7:] == ["verdict", "actual", "close_to_close", "actual_level", "reason", "source", "evidence"]
    assert len(lines) == 1 + len(checked)


# -- the report bundle --------------------------------------------------------------------
def test_report_bundle_is_a_zip_named_after_the_article_and_date_with_everything_in_it(seed, seed_charts, tmp_path):
    article, checked, _ = seed
    path = report_bundle(article, checked, seed_charts, tmp_path)
    assert path.name == "smic-rally_2024-12-23.zip" == bundle_name(article) + ".zip"
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        assert archive.read("smic-rally_2024-12-23/article.txt").decode() == article.text
        csv_text = archive.read("smic-rally_2024-12-23/claims.csv").decode()
    for suffix in ("html", "png", "svg", "pdf"):
        assert f"smic-rally_2024-12-23/charts/0981.HK.{suffix}" in names
    assert "smic-rally_2024-12-23/claims.json" in names and "smic-rally_2024-12-23/README.txt" in names
    assert claims_from_csv(csv_text) == checked


def test_report_bundle_without_a_browser_still_has_html_csv_json_and_says_how_to_get_images(
        seed, seed_charts, tmp_path, monkeypatch):
    article, checked, _ = seed
    monkeypatch.setattr(export._ENGINE, "_started", False)
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    messages = []
    path = report_bundle(article, checked, seed_charts, tmp_path, on_message=messages.append)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        readme = archive.read("smic-rally_2024-12-23/README.txt").decode()
    assert "smic-rally_2024-12-23/charts/0981.HK.html" in names
    assert not any(name.endswith(".png") for name in names)
    assert "apt-get install chromium" in readme and messages


# -- the command line ---------------------------------------------------------------------
SEED_FILE = SHARED / "examples" / "seed-article.txt"


def test_verify_command_prints_each_claim_with_verdict_actual_evidence_reason_and_source(capsys):
    assert main(["verify", str(SEED_FILE), "--offline", "--no-sentiment", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["claims"]
    for claim in record["claims"]:
        assert {"verdict", "actual", "evidence", "reason", "source", "kind", "magnitude"} <= set(claim)


def test_export_command_writes_the_chosen_formats_and_the_bundle_into_out(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["export", str(SEED_FILE), "--out", str(out), "--offline", "--formats", "html,csv,json"]) == 0
    names = {path.name for path in out.iterdir()}
    assert "seed-article_2024-12-23_claims.csv" in names and "seed-article_2024-12-23.zip" in names
    assert any(name.endswith(".html") for name in names)
    assert not any(name.endswith(".png") for name in names)
