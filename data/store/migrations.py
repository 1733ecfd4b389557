"""Schema changes as an ordered list of migrations, never "delete your database".

Each migration takes a library from version N-1 to N; `schema_version` holds one row per applied
migration. Migrating runs in one transaction under a lock (a PostgreSQL advisory lock, SQLite's
write lock), so several processes opening the same library at once apply each step exactly once,
and a failed step leaves the library at the version it had.

A migration describes the tables as they were at its version: it must not import the current
shape from `data.store.schema`, which moves on. To change the schema, append a migration here and
change `schema.py` to match; `test_store.py` checks that a migrated database has schema.py's shape.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from data.store import schema
from data.store.engine import writer
from data.store.errors import StoreError
from data.store.records import searchable

# Any fixed 64-bit number; it names the lock every tapecheck process takes while migrating a PostgreSQL library.
_PG_MIGRATION_LOCK = 0x7461_7065_6368_6B01


def _create_version_1(conn: Connection) -> None:
    """Articles, their checked claims and per-company sentiment."""
    v1 = sa.MetaData()
    sa.Table(
        "articles",
        v1,
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published_at", sa.DateTime),
        sa.Column("published_date", sa.Date),
        sa.Column("published_local", sa.String(40)),
        sa.Column("published_zone", sa.String(64)),
        sa.Column("published_origin", sa.String(16), nullable=False),
        sa.Column("published_precision", sa.String(8), nullable=False),
        sa.Column("sentiment_label", sa.String(16)),
        sa.Column("sentiment_score", sa.Float),
        sa.Column("sentiment_model", sa.Text, nullable=False),
        sa.Column("sentiment_notice", sa.Text, nullable=False),
        sa.Column("sentences", sa.JSON, nullable=False),
        sa.Column("price_sources", sa.JSON, nullable=False),
        sa.Column("warnings", sa.JSON, nullable=False),
        sa.Column("first_saved_at", sa.DateTime, nullable=False),
        sa.Column("saved_at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "claims",
        v1,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("entity", sa.Text, nullable=False),
        sa.Column("ticker", sa.String(32)),
        sa.Column("exchange", sa.Text),
        sa.Column("mic", sa.String(8)),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("magnitude", sa.Float, nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("level", sa.Float),
        sa.Column("currency", sa.String(8)),
        sa.Column("claim_date", sa.Date),
        sa.Column("start_date", sa.Date),
        sa.Column("sessions", sa.Integer),
        sa.Column("hedge", sa.Text),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("actual", sa.Float),
        sa.Column("actual_level", sa.Float),
        sa.Column("close_to_close", sa.Float),
        sa.Column("price_source", sa.Text, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Index("ix_claims_article_id", "article_id"),
    )
    sa.Table(
        "entity_sentiments",
        v1,
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("entity", sa.Text, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("label", sa.String(16), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("sentences", sa.Integer, nullable=False),
    )
    v1.create_all(conn)


def _search_text_and_filter_indexes(conn: Connection) -> None:
    """Case-folded search text (SQLite's LIKE folds ASCII only, so "société" missed "Société"), and indexes for the filters."""
    conn.execute(sa.text("ALTER TABLE articles ADD COLUMN search_text TEXT"))
    articles = sa.table("articles", sa.column("id"), sa.column("title"), sa.column("text"), sa.column("search_text"))
    rows = conn.execute(sa.select(articles.c.id, articles.c.title, articles.c.text)).all()
    if rows:
        conn.execute(
            articles.update().where(articles.c.id == sa.bindparam("article_id")),
            [{"article_id": row.id, "search_text": searchable(row.title, row.text)} for row in rows],
        )
    for statement in (
        "CREATE INDEX ix_claims_ticker ON claims (ticker)",
        "CREATE INDEX ix_claims_verdict ON claims (verdict)",
        "CREATE INDEX ix_articles_published ON articles (published_at, saved_at)",
        "CREATE INDEX ix_articles_published_date ON articles (published_date)",
        "CREATE INDEX ix_articles_sentiment_label ON articles (sentiment_label)",
    ):
        conn.execute(sa.text(statement))


@dataclass(frozen=True)
class Migration:
    version: int
    apply: Callable[[Connection], None]

    @property
    def description(self) -> str:
        return (self.apply.__doc__ or self.apply.__name__).strip().splitlines()[0]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, _create_version_1),
    Migration(2, _search_text_and_filter_indexes),
)
LATEST = MIGRATIONS[-1].version


def current_version(conn: Connection) -> int:
    """The library's schema version; 0 for an empty database."""
    if not sa.inspect(conn).has_table(schema.schema_version.name):
        return 0
    return conn.scalar(sa.select(sa.func.max(schema.schema_version.c.version))) or 0


def migrate(engine: Engine, target: int = LATEST) -> int:
    """Bring the library up to `target` (the latest by default) and return the version it is at."""
    with writer(engine).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        version = current_version(conn)
        if version > LATEST:
            raise StoreError(
                f"This article library is at schema version {version}, written by a newer tapecheck "
                f"(this one knows up to {LATEST}). Upgrade tapecheck to open it."
            )
        schema.schema_version.create(conn, checkfirst=True)
        for migration in MIGRATIONS:
            if version < migration.version <= target:
                migration.apply(conn)
                conn.execute(
                    schema.schema_version.insert().values(
                        version=migration.version,
                        description=migration.description,
                        applied_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
                    )
                )
                version = migration.version
        return version
