"""Cache, bundled sample, user CSV, and the order in which the price service asks them."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.errors import PriceDataError, PriceFileError, SourceUnavailable
from analysis.settings import Settings
from data.bars import BarRequest, PriceBars, SourceKind, standard_frame
from data.prices import PriceService
from data.sources.bundled import BundledSource
from data.sources.cache import BarCache
from data.sources.user_csv import parse_price_csv

ROOT = Path(__file__).resolve().parent.parent
DEC_16, DEC_24 = dt.date(2024, 12, 16), dt.date(2024, 12, 24)


class CountingYahoo:
    """A live source stand-in that serves the bundled bars and counts how often it is asked."""

    kind = SourceKind.YAHOO

    def __init__(self) -> None:
        self.calls = 0

    def fetch(self, request: BarRequest) -> PriceBars:
        self.calls += 1
        bars = BundledSource().fetch(request)
        bars.source = SourceKind.YAHOO
        return bars


def service(tmp_path: Path, **settings_changes) -> tuple[PriceService, CountingYahoo]:
    yahoo = CountingYahoo()
    settings = Settings(cache_path=tmp_path / "cache.sqlite", **settings_changes)
    return PriceService(settings, yahoo=yahoo), yahoo


def test_second_read_of_the_same_range_comes_from_the_cache_without_a_source_call(tmp_path):
    prices, yahoo = service(tmp_path)
    first = prices.daily("688981.SS", DEC_16, DEC_24)
    second = prices.daily("688981.SS", DEC_16, DEC_24)
    assert first.source is SourceKind.YAHOO
    assert second.source is SourceKind.CACHE
    assert yahoo.calls == 1
    pd.testing.assert_frame_equal(first.frame, second.frame, check_freq=False)


def test_cache_survives_a_new_process_via_the_sqlite_file(tmp_path):
    prices, _ = service(tmp_path)
    prices.daily("0981.HK", DEC_16, DEC_24)
    prices.cache.close()
    fresh, yahoo = service(tmp_path)
    bars = fresh.daily("0981.HK", dt.date(2024, 12, 18), dt.date(2024, 12, 23))
    assert bars.source is SourceKind.CACHE and yahoo.calls == 0
    assert bars.bar_on(dt.date(2024, 12, 20))["close"] == pytest.approx(28.3)
    assert str(bars.frame.index.tz) == "Asia/Hong_Kong"


def test_a_wider_range_than_cached_goes_back_to_the_source(tmp_path):
    prices, yahoo = service(tmp_path)
    prices.daily("688981.SS", DEC_16, DEC_24)
    prices.daily("688981.SS", dt.date(2024, 12, 12), DEC_24)
    assert yahoo.calls == 2


def test_corrupted_cache_file_is_moved_aside_with_a_warning(tmp_path):
    path = tmp_path / "cache.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    cache = BarCache(path)
    with pytest.raises(SourceUnavailable):
        cache.fetch(BarRequest("688981.SS", DEC_16, DEC_24))
    assert cache.warnings and "moved it to" in cache.warnings[0]
    assert list(tmp_path.glob("cache.sqlite.corrupt-*"))
    prices = PriceService(Settings(cache_path=path), yahoo=CountingYahoo(), cache=cache)
    assert prices.daily("688981.SS", DEC_16, DEC_24).source is SourceKind.YAHOO


def test_offline_never_asks_yahoo_and_says_so(tmp_path):
    prices, yahoo = service(tmp_path, offline=True)
    bars = prices.daily("688981.SS", DEC_16, DEC_24)
    assert yahoo.calls == 0
    assert bars.source is SourceKind.BUNDLED
    assert bars.source_label == "bundled sample, offline"


def test_no_source_has_it_names_every_reason(tmp_path):
    prices, _ = service(tmp_path, offline=True)
    with pytest.raises(PriceDataError) as error:
        prices.daily("ZZZZ", DEC_16, DEC_24)
    message = str(error.value)
    assert "your CSV" in message and "local cache" in message and "bundled sample" in message


def test_bundled_hong_kong_half_days_are_flagged(tmp_path):
    prices, _ = service(tmp_path, offline=True)
    bars = prices.daily("0981.HK", dt.date(2024, 12, 20), dt.date(2024, 12, 31))
    christmas_eve = bars.bar_on(dt.date(2024, 12, 24))
    assert bool(christmas_eve["half_day"]) and bool(christmas_eve["flat_bar"])
    assert not bool(bars.bar_on(dt.date(2024, 12, 23))["half_day"])
    assert bars.bar_on(dt.date(2024, 12, 25)) is None  # Hong Kong closed for Christmas


def test_user_csv_is_preferred_and_named(tmp_path):
    text = "Date,Open,High,Low,Close,Volume\n2024-12-20,85,99,85,94.0,1000\n2024-12-23,93,99,93,95.0,1000\n"
    prices, yahoo = service(tmp_path)
    prices.user_csv.add(parse_price_csv(text.encode(), "my-smic.csv", symbol="688981.SS"))
    bars = prices.daily("688981.SS", dt.date(2024, 12, 20), dt.date(2024, 12, 23))
    assert bars.source is SourceKind.USER_CSV and yahoo.calls == 0
    assert bars.source_label == "your CSV, from my-smic.csv"
    assert bars.bar_on(dt.date(2024, 12, 23))["close"] == 95.0


def test_user_csv_accepts_a_nasdaq_style_export_with_dollar_signs():
    text = "Date,Close/Last,Volume,Open,High,Low\n12/23/2024,$255.27,40858770,$254.77,$255.65,$253.45\n"
    parsed = parse_price_csv(text, "AAPL.csv")
    assert parsed.symbol == "AAPL"
    assert parsed.frame["close"].iloc[0] == pytest.approx(255.27)


@pytest.mark.parametrize(
    "text, message",
    [
        ("date,open,high,low,close\n2024-12-20,1,2,1,x\n", "row 2, column 'close': 'x' is not a number"),
        ("date,open,high,low,close\n2024-12-20,1,2,1,1.5\nnot-a-day,1,2,1,1\n", "row 3, column 'date': 'not-a-day' is not a date"),
        ("day,price\n2024-12-20,1\n", "row 1: no column for open, high, low"),
        ("date,open,high,low,close\n2024-12-20,1,1,2,1.5\n", "row 2: high 1 is below low 2"),
        ("", "is empty"),
        ("date,open,high,low,close\n", "no rows of prices"),
    ],
)
def test_bad_user_csv_names_the_row_and_column(text, message):
    with pytest.raises(PriceFileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_price_csv(text, "bad.csv", symbol="X")


def test_standard_frame_localises_naive_dates_to_the_exchange_zone():
    frame = standard_frame(pd.DataFrame({"Open": [1.0], "High": [2.0], "Low": [0.5], "Close": [1.5], "Volume": [10]},
                                        index=pd.to_datetime(["2024-12-20"])), "Asia/Shanghai")
    assert str(frame.index.tz) == "Asia/Shanghai"
    assert list(frame.columns[:5]) == ["open", "high", "low", "close", "volume"]


def test_cli_prices_offline_shows_the_friday_close_and_the_source():
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "prices", "688981.SS", "--start", "2024-12-16", "--end", "2024-12-24", "--offline"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "2024-12-20,85.07,98.8,85.07,94.28," in result.stdout
    assert "prices: bundled sample, offline" in result.stderr


def test_cli_prices_with_no_data_gives_one_clear_line_not_a_traceback():
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "prices", "ZZZZ", "--start", "2024-12-16", "--end", "2024-12-24", "--offline"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: No prices for ZZZZ")
    assert "Traceback" not in result.stderr
