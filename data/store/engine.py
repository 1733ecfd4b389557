"""Connecting to the library's database, or the price cache's: SQLite or PostgreSQL, set up so writers can share it.

`writer(engine)` is the engine to write through: on SQLite its transactions take the write lock
when they begin, so concurrent writers queue (up to `SQLITE_BUSY_TIMEOUT`) instead of failing.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from analysis.settings import database_url_from
from data.store.errors import StoreError

# How long a SQLite writer waits for another process's write to finish before giving up, in seconds.
SQLITE_BUSY_TIMEOUT = 30
_WRITE = "tapecheck_write"


def writer(engine: Engine) -> Engine:
    return engine.execution_options(**{_WRITE: True})


def where(engine: Engine) -> str:
    """The database's address as safe to show: without its password."""
    return engine.url.render_as_string(hide_password=True)


def _switch_to_wal(cursor: Any) -> None:
    """Put the file in WAL mode once; the mode sticks to the file.

    SQLite answers "database is locked" at once, without waiting on the busy timeout, when another
    connection holds the file while the journal mode changes: several processes opening a new library
    together hit that, so the switch is retried until the busy timeout.
    """
    if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _sqlite_engine(url: sa.URL, what: str) -> Engine:
    if url.database and url.database != ":memory:" and not url.database.startswith("file:"):
        folder = Path(url.database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"Cannot create the folder {folder} for {what}: {error.strerror}.") from error
    engine = sa.create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite opens transactions itself, late and never around DDL; take that over so that a
        # migration is one transaction and every read sees one snapshot.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        # Readers (the app) keep reading while a writer (the batch engine) saves. WAL needs a local
        # disk; for a library on a network share, use PostgreSQL.
        _switch_to_wal(cursor)
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A writer takes the write lock up front: two writers that each began with a read and then
        # both wanted to write would otherwise fail at once with "database is locked".
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")

    return engine


def engine_for(address: str, what: str = "the article library") -> Engine:
    """An engine for a SQLAlchemy URL or a plain file path (a SQLite file, its folder created if need be).

    `what` names the database in error messages ("the price cache").
    """
    named = what[0].upper() + what[1:]
    try:
        url = sa.make_url(database_url_from(address))
    except sa.exc.ArgumentError as error:
        raise StoreError(f"{named}'s address {address!r} is neither a file path nor a database URL.") from error
    backend = url.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url, what)
    if backend == "postgresql":
        return sa.create_engine(url, pool_pre_ping=True)
    raise StoreError(
        f"{named} runs on SQLite or PostgreSQL, not {backend} ({url.render_as_string(hide_password=True)})."
    )
