"""The price cache on a real PostgreSQL server, and several writers on it and on a SQLite file.

Workers on several machines share one cache in PostgreSQL (`TAPECHECK_PRICE_CACHE_URL`); without
that setting the cache is the SQLite file at `TAPECHECK_CACHE_PATH`, as it always was, and
test_price_sources.py holds the same specifications for that file. The server is started by the
suite (tests/postgres_server.py); where no PostgreSQL binaries are installed the tests asking for
it are skipped, with the reason.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import sqlite3
import threading
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from analysis.errors import PriceDataError, SourceUnavailable
from analysis.settings import Settings
from data.bars import BarRequest, PriceBars, SourceKind
from data.prices import PriceService
from data.sources.bundled import BundledSource
from data.sources.cache import BarCache
from data.store import StoreError
from tests.postgres_server import postgres_server, postgres_url  # noqa: F401  (fixtures)
from tests.test_price_sources import CountingYahoo

DEC_16, DEC_24 = dt.date(2024, 12, 16), dt.date(2024, 12, 24)
DECEMBER = BarRequest("688981.SS", dt.date(2024, 12, 1), dt.date(2024, 12, 31))
UNREACHABLE = "postgresql+psycopg://ana:secret@127.0.0.1:1/prices"  # nothing listens on port 1


@pytest.fixture(params=["sqlite", "postgresql"])
def cache_url(request, tmp_path) -> str:
    """Either home of the cache, for what must hold on both."""
    if request.param == "sqlite":
        return "sqlite:///" + str(tmp_path / "nested" / "prices.sqlite")  # in a folder that does not exist yet
    return request.getfixturevalue("postgres_url")


def service(address: str, tmp_path: Path, **changes) -> tuple[PriceService, CountingYahoo]:
    yahoo = CountingYahoo()
    settings = Settings(cache_path=tmp_path / "local.sqlite", price_cache_url=address, **changes)
    return PriceService(settings, yahoo=yahoo), yahoo


def live_bars(request: BarRequest) -> PriceBars:
    """Real bars (the bundled sample) as if Yahoo had just answered."""
    bars = BundledSource().fetch(request)
    bars.source = SourceKind.YAHOO
    return bars


def stored_bar_count(cache: BarCache) -> int:
    with cache.engine.connect() as connection:
        return connection.execute(sa.text("SELECT count(*) FROM bars")).scalar_one()


# -- what a cache is for, in PostgreSQL ----------------------------------------------------------
def test_a_second_request_for_the_same_range_touches_no_network(postgres_url, tmp_path):
    prices, yahoo = service(postgres_url, tmp_path)
    first = prices.daily("688981.SS", DEC_16, DEC_24)
    second = prices.daily("688981.SS", DEC_16, DEC_24)
    assert (first.source, second.source) == (SourceKind.YAHOO, SourceKind.CACHE)
    assert yahoo.calls == 1
    pd.testing.assert_frame_equal(first.frame, second.frame, check_freq=False)
    assert prices.cache.warnings == []


def test_the_cache_outlives_the_service_that_filled_it(postgres_url, tmp_path):
    writer, _ = service(postgres_url, tmp_path)
    writer.daily("0981.HK", DEC_16, DEC_24)
    writer.cache.close()
    reader, yahoo = service(postgres_url, tmp_path)
    bars = reader.daily("0981.HK", dt.date(2024, 12, 18), dt.date(2024, 12, 23))
    assert bars.source is SourceKind.CACHE and yahoo.calls == 0
    assert bars.bar_on(dt.date(2024, 12, 20))["close"] == pytest.approx(28.3)
    assert str(bars.frame.index.tz) == "Asia/Hong_Kong"
    assert bars.currency == "HKD"


def test_a_wider_range_than_was_fetched_goes_back_to_the_live_source(postgres_url, tmp_path):
    prices, yahoo = service(postgres_url, tmp_path)
    prices.daily("688981.SS", DEC_16, DEC_24)
    prices.daily("688981.SS", dt.date(2024, 12, 12), DEC_24)
    assert yahoo.calls == 2


# -- the settings choose ---------------------------------------------------------------------------
def test_the_price_cache_url_comes_from_the_environment_and_defaults_to_the_sqlite_file(tmp_path):
    local = Settings.from_env({"TAPECHECK_CACHE_PATH": str(tmp_path / "prices.sqlite")})
    assert local.price_cache == "sqlite:///" + str(tmp_path / "prices.sqlite")
    shared = Settings.from_env({"TAPECHECK_PRICE_CACHE_URL": "postgresql+psycopg://tapecheck@db-host/prices"})
    assert shared.price_cache == "postgresql+psycopg://tapecheck@db-host/prices"


def test_price_service_with_the_setting_on_postgresql_serves_from_it_and_leaves_the_local_file_alone(postgres_url, tmp_path):
    filled = BarCache(postgres_url)  # another worker, on another machine, fetched December
    filled.store(DECEMBER, live_bars(DECEMBER), complete_until=DECEMBER.end)
    filled.close()

    prices, yahoo = service(postgres_url, tmp_path)
    bars = prices.daily("688981.SS", DEC_16, DEC_24)
    assert bars.source is SourceKind.CACHE and yahoo.calls == 0
    assert bars.bar_on(dt.date(2024, 12, 20))["close"] == pytest.approx(94.28)
    assert prices.cache.path is None
    assert not (tmp_path / "local.sqlite").exists()
    assert "cached at postgresql+psycopg://" in prices.describe()


# -- several writers -------------------------------------------------------------------------------
def test_writers_storing_the_same_ranges_at_once_all_succeed(cache_url):
    """Six workers open a new cache together and each stores the same and overlapping ranges."""
    ranges = [DECEMBER, BarRequest("688981.SS", DEC_16, DEC_24), BarRequest("688981.SS", dt.date(2024, 12, 10), DEC_24)]
    caches = [BarCache(cache_url) for _ in range(6)]
    start = threading.Barrier(len(caches))
    errors: list[BaseException] = []

    def work(cache: BarCache) -> None:
        try:
            start.wait()
            for _ in range(4):
                for request in ranges:
                    cache.store(request, live_bars(request), complete_until=request.end)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(cache,)) for cache in caches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert [cache.warnings for cache in caches] == [[]] * len(caches)  # no write was dropped
    served = caches[0].fetch(DECEMBER)
    pd.testing.assert_frame_equal(served.frame, live_bars(DECEMBER).frame, check_freq=False)
    assert stored_bar_count(caches[0]) == len(served.frame)  # each bar once
    for cache in caches:
        cache.close()


def _store_december(address: str, start: "multiprocessing.synchronize.Barrier", failures: "multiprocessing.Queue") -> None:
    try:
        cache = BarCache(address)
        start.wait()
        for _ in range(5):
            cache.store(DECEMBER, live_bars(DECEMBER), complete_until=DECEMBER.end)
        failures.put(cache.warnings)
    except BaseException as error:  # noqa: BLE001 - sent to the test process, which shows it
        failures.put([repr(error)])


def test_two_processes_storing_the_same_range_at_once_both_succeed(cache_url):
    spawn = multiprocessing.get_context("spawn")  # fresh interpreters, as two batch workers are
    start, failures = spawn.Barrier(2), spawn.Queue()
    workers = [spawn.Process(target=_store_december, args=(cache_url, start, failures)) for _ in range(2)]
    for worker in workers:
        worker.start()
    reported = [failures.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)

    assert reported == [[], []]
    cache = BarCache(cache_url)
    assert cache.fetch(DECEMBER).source is SourceKind.CACHE
    assert stored_bar_count(cache) == len(live_bars(DECEMBER).frame)
    cache.close()


# -- a cache is never worth a crash ------------------------------------------------------------
def test_an_unreachable_server_leaves_the_cache_out_with_one_warning_and_no_password(tmp_path):
    prices, yahoo = service(UNREACHABLE, tmp_path)
    first = prices.daily("688981.SS", DEC_16, DEC_24)
    prices.daily("688981.SS", DEC_16, DEC_24)
    assert first.source is SourceKind.YAHOO and yahoo.calls == 2
    (warning,) = prices.cache.warnings
    assert warning.startswith("The price cache at postgresql+psycopg://ana:***@127.0.0.1:1/prices could not keep 688981.SS")
    assert "secret" not in warning


def test_when_no_source_answers_the_unreachable_cache_is_one_of_the_reasons(tmp_path):
    prices, _ = service(UNREACHABLE, tmp_path, offline=True)
    with pytest.raises(PriceDataError, match=r"local cache: the price cache at postgresql\+psycopg://ana:\*\*\*@127.0.0.1:1/prices cannot be read"):
        prices.daily("ZZZZ", DEC_16, DEC_24)


def test_checking_an_unreachable_cache_names_it(tmp_path):
    with pytest.raises(SourceUnavailable, match=r"Cannot open the price cache at postgresql\+psycopg://ana:\*\*\*@127.0.0.1:1/prices: "):
        BarCache(UNREACHABLE).check()


def test_a_database_other_than_sqlite_or_postgresql_is_refused():
    with pytest.raises(StoreError, match="The price cache runs on SQLite or PostgreSQL, not mysql"):
        BarCache("mysql://ana@db-host/prices")


# -- SQLite files written before the cache moved to SQLAlchemy ------------------------------------
# The schema as tapecheck created it with sqlite3 directly, before SQLAlchemy.
SCHEMA_BEFORE_SQLALCHEMY = """
CREATE TABLE bars (
    symbol TEXT NOT NULL, interval TEXT NOT NULL, ts INTEGER NOT NULL,
    open REAL, high REAL, low REAL, close REAL, volume REAL, dividends REAL, splits REAL,
    PRIMARY KEY (symbol, interval, ts)
) WITHOUT ROWID;
CREATE TABLE coverage (
    symbol TEXT NOT NULL, interval TEXT NOT NULL, start TEXT NOT NULL, end TEXT NOT NULL,
    fetched_at TEXT NOT NULL, source TEXT NOT NULL
);
CREATE INDEX coverage_symbol ON coverage (symbol, interval);
CREATE TABLE listing_meta (symbol TEXT PRIMARY KEY, currency TEXT, timezone TEXT NOT NULL);
"""


def test_a_cache_file_written_before_sqlalchemy_is_read_as_it_is(tmp_path):
    path = tmp_path / "prices.sqlite"
    bars = live_bars(DECEMBER)
    with sqlite3.connect(path) as connection:
        connection.executescript(SCHEMA_BEFORE_SQLALCHEMY)
        connection.executemany(
            "INSERT INTO bars VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                ("688981.SS", "1d", int(ts.timestamp()), row.open, row.high, row.low, row.close, row.volume, 0.0, 0.0)
                for ts, row in bars.frame.iterrows()
            ],
        )
        connection.execute("INSERT INTO listing_meta VALUES ('688981.SS', 'CNY', 'Asia/Shanghai')")
        connection.execute("INSERT INTO coverage VALUES ('688981.SS', '1d', '2024-12-01', '2024-12-31', '2025-01-02T00:00:00+00:00', 'yahoo')")
    connection.close()

    served = BarCache(path).fetch(BarRequest("688981.SS", DEC_16, DEC_24))
    assert served.source is SourceKind.CACHE
    assert served.bar_on(dt.date(2024, 12, 20))["close"] == pytest.approx(94.28)
    assert list(served.frame.index) == list(bars.sliced(DEC_16, DEC_24).frame.index)
