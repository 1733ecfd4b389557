"""The yfinance adapter, tested through yfinance itself against recorded-shape Yahoo answers."""

from __future__ import annotations

import datetime as dt
import json
import re
import socket
import threading
import time
from pathlib import Path

import pytest
import requests
import requests_mock

from analysis.errors import SourceUnavailable
from data.bars import BarRequest, SourceKind
from data.sources.yahoo import YahooSource, run_with_deadline

FIXTURES = Path(__file__).parent / "fixtures" / "yahoo"


def yahoo_session(symbol_files: dict[str, str]) -> tuple[requests.Session, requests_mock.Adapter]:
    """A requests Session whose adapter answers Yahoo's cookie, crumb and v8 chart URLs from fixtures."""
    session = requests.Session()
    adapter = requests_mock.Adapter()
    session.mount("https://", adapter)
    adapter.register_uri("GET", re.compile(r"https://fc\.yahoo\.com.*"), status_code=404, text="")
    adapter.register_uri("GET", re.compile(r".*/v1/test/getcrumb.*"), text="testcrumb")
    for symbol, file_name in symbol_files.items():
        payload = json.loads((FIXTURES / file_name).read_text())
        adapter.register_uri("GET", re.compile(rf".*/v8/finance/chart/{re.escape(symbol)}.*"), json=payload)
    adapter.register_uri("GET", re.compile(r".*/v8/finance/chart/NOSUCH.*"), status_code=404,
                         json={"chart": {"result": None, "error": {"code": "Not Found", "description": "No data found, symbol may be delisted"}}})
    return session, adapter


def chart_calls(adapter: requests_mock.Adapter) -> list[str]:
    return [r.url for r in adapter.request_history if "/v8/finance/chart/" in r.url and "period1" in r.url]


def test_daily_bars_come_through_yfinance_unadjusted_and_sliced_to_the_request():
    session, adapter = yahoo_session({"0981.HK": "0981HK_v8chart_constructed_2024-12-12_to_2024-12-31.json"})
    source = YahooSource(timeout=10, session=session)
    bars = source.fetch(BarRequest("0981.HK", dt.date(2024, 12, 16), dt.date(2024, 12, 24)))
    assert bars.source is SourceKind.YAHOO
    assert bars.currency == "HKD"
    assert bars.timezone == "Asia/Hong_Kong"
    # the fixture holds 12-12..12-31; yfinance does not trim the start, the adapter must
    assert bars.sessions()[0] == dt.date(2024, 12, 16)
    assert bars.sessions()[-1] == dt.date(2024, 12, 24)
    assert bars.bar_on(dt.date(2024, 12, 20))["close"] == pytest.approx(28.3)
    assert str(bars.frame.index.tz) == "Asia/Hong_Kong"
    assert chart_calls(adapter), "the chart URL was never requested"


def test_flat_zero_volume_bar_is_flagged_not_read_as_no_move():
    session, _ = yahoo_session({"0981.HK": "0981HK_v8chart_constructed_2024-12-12_to_2024-12-31.json"})
    bars = YahooSource(timeout=10, session=session).fetch(BarRequest("0981.HK", dt.date(2024, 12, 20), dt.date(2024, 12, 31)))
    assert bool(bars.bar_on(dt.date(2024, 12, 24))["flat_bar"]) is True
    assert bool(bars.bar_on(dt.date(2024, 12, 23))["flat_bar"]) is False


def test_unknown_symbol_is_source_unavailable_not_an_exception_from_yfinance():
    session, _ = yahoo_session({})
    with pytest.raises(SourceUnavailable):
        YahooSource(timeout=10, session=session).fetch(BarRequest("NOSUCH", dt.date(2024, 12, 16), dt.date(2024, 12, 24)))


@pytest.fixture
def black_hole():
    """A local socket that accepts connections and never answers: packets silently dropped."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(50)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = server.accept()
                held.append(connection)
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    for connection in held:
        connection.close()
    server.close()


def test_a_silent_network_is_cut_off_at_the_wall_clock_bound(black_hole):
    session = requests.Session()
    session.proxies = {"https": f"http://127.0.0.1:{black_hole}", "http": f"http://127.0.0.1:{black_hole}"}
    source = YahooSource(timeout=2.0, session=session)
    started = time.monotonic()
    with pytest.raises(SourceUnavailable, match="did not answer within 2 s"):
        source.fetch(BarRequest("688981.SS", dt.date(2024, 12, 16), dt.date(2024, 12, 24)))
    assert time.monotonic() - started < 4.0


def test_after_a_time_out_the_source_rests_instead_of_waiting_again(black_hole):
    session = requests.Session()
    session.proxies = {"https": f"http://127.0.0.1:{black_hole}"}
    source = YahooSource(timeout=1.0, session=session, cooldown=60)
    with pytest.raises(SourceUnavailable):
        source.fetch(BarRequest("0981.HK", dt.date(2024, 12, 16), dt.date(2024, 12, 24)))
    started = time.monotonic()
    with pytest.raises(SourceUnavailable, match="resting"):
        source.fetch(BarRequest("0981.HK", dt.date(2024, 12, 16), dt.date(2024, 12, 24)))
    assert time.monotonic() - started < 0.1


def test_run_with_deadline_returns_results_and_reraises_errors():
    assert run_with_deadline(lambda: 42, 1) == 42
    with pytest.raises(ValueError):
        run_with_deadline(lambda: (_ for _ in ()).throw(ValueError("boom")), 1)
    with pytest.raises(TimeoutError):
        run_with_deadline(lambda: time.sleep(5), 0.2)
