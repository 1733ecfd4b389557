"""Every bar ever fetched live, kept so the same range never costs a second request.

The cache is a SQLite file on this machine (`Settings.cache_path`, the default) or a PostgreSQL
database that workers on several machines share (`Settings.price_cache_url`); one implementation on
SQLAlchemy Core serves both. Besides the bars it records which ranges were fetched complete; a
request is a hit only when one recorded range covers it.

Every worker process of a batch writes here, and two may fetch the same range at once: bars and
listing details are upserts, so the second writer replaces what the first wrote instead of failing.

A cache is never worth a crash. A SQLite file that cannot be read is moved aside with a warning and a
fresh one started. A database that cannot be reached (a PostgreSQL server down, a SQLite file locked
past the busy timeout) leaves the cache out of that request: reading, it answers SourceUnavailable so
the next source is asked; writing, it adds a warning and the bars fetched are still served.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable, TypeVar

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from analysis.errors import SourceUnavailable
from data.bars import BAR_COLUMNS, BarRequest, PriceBars, SourceKind, standard_frame
from data.store.engine import engine_for, where, writer

log = logging.getLogger(__name__)

_DATA_COLUMNS = BAR_COLUMNS + ["dividends", "splits"]

# The tables are those of the SQLite files the cache wrote before it moved to SQLAlchemy, so a file
# from then is read as it is. Days are ISO text (which sorts as dates do); bar times are epoch seconds.
metadata = sa.MetaData()
bars_table = sa.Table(
    "bars",
    metadata,
    sa.Column("symbol", sa.Text, primary_key=True),
    sa.Column("interval", sa.Text, primary_key=True),
    sa.Column("ts", sa.BigInteger, primary_key=True, autoincrement=False),
    *[sa.Column(name, sa.Float) for name in _DATA_COLUMNS],
    sqlite_with_rowid=False,
)
coverage = sa.Table(
    "coverage",
    metadata,
    sa.Column("symbol", sa.Text, nullable=False),
    sa.Column("interval", sa.Text, nullable=False),
    sa.Column("start", sa.Text, nullable=False),
    sa.Column("end", sa.Text, nullable=False),
    sa.Column("fetched_at", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Index("coverage_symbol", "symbol", "interval"),
)
listing_meta = sa.Table(
    "listing_meta",
    metadata,
    sa.Column("symbol", sa.Text, primary_key=True),
    sa.Column("currency", sa.Text),
    sa.Column("timezone", sa.Text, nullable=False),
)

# Built once: SQLAlchemy then compiles each statement once per engine, not once per request.
_COVERED = (
    sa.select(sa.literal_column("1"))
    .where(
        coverage.c.symbol == sa.bindparam("symbol"),
        coverage.c.interval == sa.bindparam("interval"),
        coverage.c.start <= sa.bindparam("first_day"),
        coverage.c.end >= sa.bindparam("last_day"),
    )
    .limit(1)
)
_META = sa.select(listing_meta.c.currency, listing_meta.c.timezone).where(listing_meta.c.symbol == sa.bindparam("symbol"))
_BARS = (
    sa.select(bars_table.c.ts, *[bars_table.c[name] for name in _DATA_COLUMNS])
    .where(
        bars_table.c.symbol == sa.bindparam("symbol"),
        bars_table.c.interval == sa.bindparam("interval"),
        bars_table.c.ts >= sa.bindparam("from_ts"),
        bars_table.c.ts < sa.bindparam("until_ts"),
    )
    .order_by(bars_table.c.ts)
)

# Any fixed 64-bit number; it names the lock tapecheck processes take while creating the cache's tables.
_PG_SCHEMA_LOCK = 0x7461_7065_6368_6B02
# SQLite's codes for "this file is not a database it can read": SQLITE_CORRUPT, SQLITE_NOTADB.
_UNREADABLE_FILE = {11, 26}

T = TypeVar("T")


def _upsert(dialect: str, table: sa.Table) -> sa.Insert:
    """An INSERT that replaces the row with the same key: the last writer of a bar wins and none fails."""
    insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect](table)
    return insert.on_conflict_do_update(
        index_elements=[column.name for column in table.primary_key],
        set_={column.name: insert.excluded[column.name] for column in table.columns if not column.primary_key},
    )


def _unreadable_file(error: sa.exc.DBAPIError) -> bool:
    """Whether SQLite found the file corrupt or not a database at all (not merely busy, full or missing)."""
    code = getattr(error.orig, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _UNREADABLE_FILE


def _reason(error: sa.exc.DBAPIError) -> str:
    """The driver's own first line: psycopg adds hints on the lines after it."""
    lines = str(error.orig).strip().splitlines()
    return lines[0] if lines else type(error.orig).__name__


class BarCache:
    """The price source that answers from bars fetched before, and keeps what live sources fetch."""

    kind = SourceKind.CACHE

    def __init__(self, address: str | Path) -> None:
        """`address`: a SQLite file's path, or a SQLAlchemy URL (sqlite:///..., postgresql+psycopg://...)."""
        # No connection is opened here: a worker process forked after this still opens its own.
        self.engine = engine_for(str(address), what="the price cache")
        self.where = where(self.engine)
        self.warnings: list[str] = []
        self._writer = writer(self.engine)
        self._upsert_bars = _upsert(self.engine.dialect.name, bars_table)
        self._upsert_meta = _upsert(self.engine.dialect.name, listing_meta)
        self._lock = threading.Lock()
        self._ready = False
        # Counts the files moved aside, so that threads that failed on the same file move it only once.
        self._generation = 0

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None when the cache lives in PostgreSQL."""
        database = self.engine.url.database
        return Path(database) if self.engine.dialect.name == "sqlite" and database else None

    # -- connection -----------------------------------------------------------------------
    def _create_tables(self) -> None:
        with self._writer.begin() as connection:
            if connection.dialect.name == "postgresql":
                # Two processes creating the same table at once in PostgreSQL clash in its catalog,
                # IF NOT EXISTS or not; they take turns.
                connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_SCHEMA_LOCK})
            metadata.create_all(connection)
        self._ready = True

    def _transaction(self, work: Callable[[Connection], T], write: bool) -> T:
        if not self._ready:
            self._create_tables()
        with (self._writer if write else self.engine).begin() as connection:
            return work(connection)

    def _run(self, work: Callable[[Connection], T], *, write: bool = False) -> T:
        """Run `work` in one transaction; a SQLite file found unreadable is moved aside and `work` run again on a fresh one.

        Any other database error (unreachable, locked) is raised as SQLAlchemy's DBAPIError.
        """
        generation = self._generation
        try:
            return self._transaction(work, write)
        except sa.exc.DBAPIError as error:
            if not _unreadable_file(error):
                raise
            with self._lock:
                if self._generation == generation:  # not already moved aside by another thread
                    self._move_aside(error)
        return self._transaction(work, write)

    def _move_aside(self, error: sa.exc.DBAPIError) -> None:
        path = self.path
        self.engine.dispose()  # pooled connections hold the old file open
        self._ready = False
        self._generation += 1
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.corrupt-{stamp}")
        if path.exists():
            path.replace(aside)
        for suffix in ("-wal", "-shm"):
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                extra.unlink()
        self._warn(
            f"The price cache {path} could not be read ({_reason(error)}); moved it to {aside.name} and started a new one."
        )

    def _warn(self, message: str) -> None:
        if message not in self.warnings:  # a server that stays down warns once per listing, not per request
            self.warnings.append(message)
        log.warning(message)

    def close(self) -> None:
        self.engine.dispose()

    # -- reading --------------------------------------------------------------------------
    def _read(self, work: Callable[[Connection], T]) -> T:
        try:
            return self._run(work)
        except sa.exc.DBAPIError as error:
            raise SourceUnavailable(f"the price cache at {self.where} cannot be read ({_reason(error)})") from error

    def check(self) -> None:
        """Open the cache now, creating its tables: SourceUnavailable with the reason when it cannot be opened.

        For a batch to ask once before its workers start: on its own the cache only ever warns.
        """
        try:
            self._run(lambda connection: None)
        except sa.exc.DBAPIError as error:
            raise SourceUnavailable(f"Cannot open the price cache at {self.where}: {_reason(error)}") from error

    def covers(self, request: BarRequest) -> bool:
        return self._read(lambda connection: _covered(connection, request))

    def fetch(self, request: BarRequest) -> PriceBars:
        def work(connection: Connection) -> tuple[list, tuple | None] | None:
            # One transaction: a range recorded as covered has its bars committed with it.
            if not _covered(connection, request):
                return None
            meta = connection.execute(_META, {"symbol": request.symbol}).first()
            rows = connection.execute(
                _BARS,
                {
                    "symbol": request.symbol,
                    "interval": request.interval.value,
                    "from_ts": int(pd.Timestamp(request.start - dt.timedelta(days=1), tz="UTC").timestamp()),
                    "until_ts": int(pd.Timestamp(request.end + dt.timedelta(days=2), tz="UTC").timestamp()),
                },
            ).all()
            return rows, meta

        found = self._read(work)
        if found is None:
            raise SourceUnavailable(f"the cache has no complete copy of {request.symbol} {request.start} to {request.end}")
        rows, meta = found
        if meta is None:
            raise SourceUnavailable(f"the cache lost the listing details of {request.symbol}")
        currency, zone = meta
        frame = pd.DataFrame.from_records([tuple(row) for row in rows], columns=["ts"] + _DATA_COLUMNS)
        frame.index = pd.DatetimeIndex(pd.to_datetime(frame.pop("ts"), unit="s", utc=True)).tz_convert(zone)
        bars = PriceBars(request.symbol, standard_frame(frame, zone), currency, zone, self.kind, request.interval)
        return bars.sliced(request.start, request.end) if request.interval.value == "1d" else bars

    # -- writing --------------------------------------------------------------------------
    def store(self, request: BarRequest, bars: PriceBars, complete_until: dt.date) -> None:
        """Keep fetched bars; record the range as complete up to `complete_until` (sessions after may still change)."""
        frame = bars.frame
        seconds = (frame.index.tz_convert("UTC") - pd.Timestamp(0, tz="UTC")) // pd.Timedelta(seconds=1)
        values = frame[_DATA_COLUMNS].astype("float64")
        values = values.astype(object).where(values.notna(), None)
        records = [
            {"symbol": bars.symbol, "interval": request.interval.value, "ts": int(ts), **dict(zip(_DATA_COLUMNS, row))}
            for ts, row in zip(seconds, values.itertuples(index=False, name=None))
        ]
        end = min(request.end, complete_until)

        def work(connection: Connection) -> None:
            # The listing's row first: two writers of one listing then queue on it in PostgreSQL
            # instead of locking each other's bars in turn (SQLite lets one writer in at a time anyway).
            connection.execute(
                self._upsert_meta, {"symbol": bars.symbol, "currency": bars.currency, "timezone": bars.timezone}
            )
            if records:
                connection.execute(self._upsert_bars, records)
            if end >= request.start and not _covered(connection, replace(request, symbol=bars.symbol, end=end)):
                connection.execute(
                    coverage.insert(),
                    {
                        "symbol": bars.symbol,
                        "interval": request.interval.value,
                        "start": request.start.isoformat(),
                        "end": end.isoformat(),
                        "fetched_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                        "source": bars.source.value,
                    },
                )

        try:
            self._run(work, write=True)
        except sa.exc.DBAPIError as error:
            self._warn(
                f"The price cache at {self.where} could not keep {bars.symbol} ({_reason(error)}); "
                "it will be fetched again next time."
            )


def _covered(connection: Connection, request: BarRequest) -> bool:
    """Whether one range fetched complete before covers the whole request."""
    parameters = {
        "symbol": request.symbol,
        "interval": request.interval.value,
        "first_day": request.start.isoformat(),
        "last_day": request.end.isoformat(),
    }
    return connection.execute(_COVERED, parameters).first() is not None
