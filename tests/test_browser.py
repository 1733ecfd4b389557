"""End to end in a real headless Chromium: the app as an analyst uses it.

Starts `streamlit run app.py` on a free local port (offline, temp cache and library), pastes an
article, runs it, waits for the chart, reads the claims table, downloads the PNG and keeps a
screenshot in the test's temp dir.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine (CI installs Debian's chromium)")

ARTICLE = """Hong Kong, Dec 23 -- SMIC's Hong Kong-listed shares gained 3.7% on Monday afternoon, and its Shanghai stock rose as much as 5.2% after a 10% jump on Friday.
December 23, 2024 00:59 ET (05:59 GMT)
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("app")
    port = _free_port()
    env = {
        **os.environ,
        "TAPECHECK_OFFLINE": "1",
        "TAPECHECK_CACHE_PATH": str(folder / "prices.sqlite"),
        "TAPECHECK_DATABASE_URL": str(folder / "library.sqlite"),
        "HF_HUB_OFFLINE": "1",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        server.kill()
        pytest.fail("streamlit did not answer its health check within 90 s")
    yield url
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


def test_paste_run_read_claims_download_png(app_url, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    page.goto(app_url)
    # first visit: the sample article is already analysed, chart included
    page.wait_for_selector(".js-plotly-plot", timeout=120_000)
    page.locator("textarea").first.fill(ARTICLE)
    page.keyboard.press("Control+Enter")  # applies the text, as an analyst would before clicking
    page.get_by_role("button", name="Analyse").click()
    page.get_by_text("Dec 23 -- SMIC", exact=False).first.wait_for(timeout=120_000)
    page.wait_for_function(
        "() => document.querySelectorAll('.js-plotly-plot').length > 0 && document.body.innerText.includes('0981.HK')",
        timeout=120_000,
    )
    body = page.inner_text("body")
    assert "0981.HK" in body and "688981.SS" in body
    assert "confirmed" in body
    with page.expect_download(timeout=120_000) as download_info:
        page.get_by_role("button", name="PNG").first.click()
    png = tmp_path / "chart.png"
    download_info.value.save_as(png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    page.screenshot(path=str(tmp_path / "analyse.png"), full_page=True)
    assert (tmp_path / "analyse.png").stat().st_size > 10_000
    page.close()


def test_narrow_screen_still_shows_the_claims(app_url, browser, tmp_path):
    page = browser.new_page(viewport={"width": 420, "height": 900})
    page.goto(app_url)
    page.wait_for_selector(".js-plotly-plot", timeout=120_000)
    assert "688981.SS" in page.inner_text("body")
    page.screenshot(path=str(tmp_path / "narrow.png"), full_page=True)
    page.close()
