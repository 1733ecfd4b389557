"""A SQLite file of every bar ever fetched live, so the same range never costs a second request.

The file records, besides the bars, which ranges were fetched complete; a request is a hit
only when one recorded range covers it. A file that SQLite cannot read is moved aside with a
warning and a fresh one started: a cache is never worth a crash.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
import time
from pathlib import Path

import pandas as pd

from analysis.errors import SourceUnavailable
from data.bars import BAR_COLUMNS, BarRequest, PriceBars, SourceKind, standard_frame

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS bars (
    symbol TEXT NOT NULL, interval TEXT NOT NULL, ts INTEGER NOT NULL,
    open REAL, high REAL, low REAL, close REAL, volume REAL, dividends REAL, splits REAL,
    PRIMARY KEY (symbol, interval, ts)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS coverage (
    symbol TEXT NOT NULL, interval TEXT NOT NULL, start TEXT NOT NULL, end TEXT NOT NULL,
    fetched_at TEXT NOT NULL, source TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS coverage_symbol ON coverage (symbol, interval);
CREATE TABLE IF NOT EXISTS listing_meta (
    symbol TEXT PRIMARY KEY, currency TEXT, timezone TEXT NOT NULL
);
"""

_DATA_COLUMNS = BAR_COLUMNS + ["dividends", "splits"]


class BarCache:
    kind = SourceKind.CACHE

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.warnings: list[str] = []
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None

    # -- connection -----------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        if self._connection is not None:
            return self._connection
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = self._open()
        except sqlite3.DatabaseError as error:
            self._move_aside(error)
            connection = self._open()
        self._connection = connection
        return connection

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.executescript(SCHEMA)
            connection.execute("SELECT count(*) FROM coverage").fetchone()
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def _move_aside(self, error: Exception) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        self.path.replace(aside)
        for suffix in ("-wal", "-shm"):
            extra = self.path.with_name(self.path.name + suffix)
            if extra.exists():
                extra.unlink()
        message = f"The price cache {self.path} could not be read ({error}); moved it to {aside.name} and started a new one."
        self.warnings.append(message)
        log.warning(message)

    def _guarded(self, work):
        """Run a cache operation; if the file turns out corrupt mid-use, move it aside and retry once."""
        with self._lock:
            try:
                return work(self._connect())
            except sqlite3.DatabaseError as error:
                if self._connection is not None:
                    self._connection.close()
                    self._connection = None
                self._move_aside(error)
                return work(self._connect())

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    # -- reading --------------------------------------------------------------------------
    def covers(self, request: BarRequest) -> bool:
        def work(connection: sqlite3.Connection) -> bool:
            row = connection.execute(
                "SELECT 1 FROM coverage WHERE symbol=? AND interval=? AND start<=? AND end>=? LIMIT 1",
                (request.symbol, request.interval.value, request.start.isoformat(), request.end.isoformat()),
            ).fetchone()
            return row is not None

        return self._guarded(work)

    def fetch(self, request: BarRequest) -> PriceBars:
        if not self.covers(request):
            raise SourceUnavailable(f"the cache has no complete copy of {request.symbol} {request.start} to {request.end}")

        def work(connection: sqlite3.Connection) -> tuple[list[tuple], tuple | None]:
            meta = connection.execute(
                "SELECT currency, timezone FROM listing_meta WHERE symbol=?", (request.symbol,)
            ).fetchone()
            start = int(pd.Timestamp(request.start - dt.timedelta(days=1), tz="UTC").timestamp())
            end = int(pd.Timestamp(request.end + dt.timedelta(days=2), tz="UTC").timestamp())
            rows = connection.execute(
                "SELECT ts, open, high, low, close, volume, dividends, splits FROM bars "
                "WHERE symbol=? AND interval=? AND ts>=? AND ts<? ORDER BY ts",
                (request.symbol, request.interval.value, start, end),
            ).fetchall()
            return rows, meta

        rows, meta = self._guarded(work)
        if meta is None:
            raise SourceUnavailable(f"the cache lost the listing details of {request.symbol}")
        currency, zone = meta
        frame = pd.DataFrame(rows, columns=["ts"] + _DATA_COLUMNS)
        frame.index = pd.DatetimeIndex(pd.to_datetime(frame.pop("ts"), unit="s", utc=True)).tz_convert(zone)
        bars = PriceBars(request.symbol, standard_frame(frame, zone), currency, zone, self.kind, request.interval)
        return bars.sliced(request.start, request.end) if request.interval.value == "1d" else bars

    # -- writing --------------------------------------------------------------------------
    def store(self, request: BarRequest, bars: PriceBars, complete_until: dt.date) -> None:
        """Keep fetched bars; record the range as complete up to `complete_until` (sessions after may still change)."""
        frame = bars.frame
        records = [
            (
                bars.symbol,
                request.interval.value,
                int(ts.tz_convert("UTC").timestamp()),
                *[None if pd.isna(row[c]) else float(row[c]) for c in _DATA_COLUMNS],
            )
            for ts, row in frame.iterrows()
        ]
        end = min(request.end, complete_until)

        def work(connection: sqlite3.Connection) -> None:
            with connection:
                connection.executemany(
                    "INSERT OR REPLACE INTO bars VALUES (?,?,?,?,?,?,?,?,?,?)", records
                )
                connection.execute(
                    "INSERT OR REPLACE INTO listing_meta VALUES (?,?,?)", (bars.symbol, bars.currency, bars.timezone)
                )
                if end >= request.start:
                    connection.execute(
                        "INSERT INTO coverage VALUES (?,?,?,?,?,?)",
                        (
                            bars.symbol,
                            request.interval.value,
                            request.start.isoformat(),
                            end.isoformat(),
                            dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                            bars.source.value,
                        ),
                    )

        self._guarded(work)
