"""Cold start of `streamlit run app.py` to the first rendered chart in headless Chromium, and a warm re-analysis.

Run: python benchmarks/bench_app.py [--rounds N]   (needs Debian's chromium)
Cold: process start -> the sample article's chart is drawn in the browser (offline, empty cache).
Warm: click Analyse on an article already analysed once in the same server -> its chart is drawn again.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (
    "SMIC's Hong Kong-listed shares gained 3.7% on Monday afternoon, and its Shanghai stock rose as much as 5.2% "
    "after a 10% jump on Friday.\nDecember 23, 2024 00:59 ET (05:59 GMT)\n"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(folder: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "TAPECHECK_OFFLINE": "1", "TAPECHECK_CACHE_PATH": str(folder / "prices.sqlite"),
           "TAPECHECK_DATABASE_URL": str(folder / "library.sqlite"), "HF_HUB_OFFLINE": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1):
                return server, url
        except OSError:
            time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("needs Chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    cold, warm = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        for _ in range(args.rounds):
            with tempfile.TemporaryDirectory() as folder:
                started = time.perf_counter()
                server, url = start_server(Path(folder))
                try:
                    page = browser.new_page(viewport={"width": 1280, "height": 800})
                    page.goto(url)
                    page.wait_for_selector(".js-plotly-plot", timeout=180_000)
                    cold.append(time.perf_counter() - started)
                    page.locator("textarea").first.fill(ARTICLE)
                    page.keyboard.press("Control+Enter")
                    page.get_by_role("button", name="Analyse").click()
                    page.wait_for_function("() => document.body.innerText.includes('Monday afternoon')", timeout=180_000)
                    for _ in range(3):
                        started = time.perf_counter()
                        page.get_by_role("button", name="Analyse").click()
                        page.wait_for_timeout(50)
                        page.wait_for_function(
                            "() => !document.querySelector('[data-testid=stStatusWidget]') && document.querySelectorAll('.js-plotly-plot').length > 0",
                            timeout=180_000,
                        )
                        warm.append(time.perf_counter() - started)
                    page.close()
                finally:
                    server.terminate()
                    server.wait(timeout=20)
        browser.close()
    print(f"cold start to first chart: median {statistics.median(cold):.2f} s (min {min(cold):.2f}, max {max(cold):.2f}) over {len(cold)}; goal < 8 s")
    print(f"warm re-analysis: median {statistics.median(warm):.2f} s (min {min(warm):.2f}, max {max(warm):.2f}) over {len(warm)}; goal < 1.5 s")


if __name__ == "__main__":
    main()
