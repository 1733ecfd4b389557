"""The library's tables as the current code reads and writes them (schema version 2).

The migrations in `data.store.migrations` build exactly this shape; a test compares the two.
Times are stored as naive UTC (`*_at` columns) so SQLite and PostgreSQL order them the same way;
an article's own clock (its offset and zone) is kept beside them so it reads back as written.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("applied_at", sa.DateTime, nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),  # Article.id: a hash of the normalised text
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("published_at", sa.DateTime),  # UTC, for ordering
    sa.Column("published_date", sa.Date),  # the calendar day where it was published, for date filters
    sa.Column("published_local", sa.String(40)),  # ISO 8601 with the article's own offset
    sa.Column("published_zone", sa.String(64)),  # IANA zone name, when the article's clock had one
    sa.Column("published_origin", sa.String(16), nullable=False),
    sa.Column("published_precision", sa.String(8), nullable=False),
    sa.Column("sentiment_label", sa.String(16)),  # NULL: sentiment was not scored
    sa.Column("sentiment_score", sa.Float),
    sa.Column("sentiment_model", sa.Text, nullable=False),
    sa.Column("sentiment_notice", sa.Text, nullable=False),
    sa.Column("sentences", sa.JSON, nullable=False),
    sa.Column("price_sources", sa.JSON, nullable=False),
    sa.Column("warnings", sa.JSON, nullable=False),
    sa.Column("first_saved_at", sa.DateTime, nullable=False),
    sa.Column("saved_at", sa.DateTime, nullable=False),
    sa.Column("search_text", sa.Text),  # v2: case-folded title and text, for portable LIKE search
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),  # order in the article
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
    sa.Column("evidence", sa.JSON, nullable=False),  # the bars the verdict was computed from
    sa.Index("ix_claims_article_id", "article_id"),
    sa.Index("ix_claims_ticker", "ticker"),  # v2
    sa.Index("ix_claims_verdict", "verdict"),  # v2
)

entity_sentiments = sa.Table(
    "entity_sentiments",
    metadata,
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("entity", sa.Text, primary_key=True),  # the company as the article names it (Claim.entity)
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("label", sa.String(16), nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("sentences", sa.Integer, nullable=False),
)

# v2: what the library's filters and its newest-first order look up.
sa.Index("ix_articles_published", articles.c.published_at, articles.c.saved_at)
sa.Index("ix_articles_published_date", articles.c.published_date)
sa.Index("ix_articles_sentiment_label", articles.c.sentiment_label)
