"""The article library: every analysed article, its checked claims and its sentiment, kept in SQL.

SQLite (a file under the user's data directory) by default; PostgreSQL, given its URL, for a team
sharing one library. The same code runs on both. An article is identified by `Article.id`, a hash
of its normalised text, so analysing it again replaces it rather than adding a copy.

Each save is one transaction, and an upsert on the article's id: a crash or an error half-way
leaves the library as it was, and several processes (the batch engine's workers) may save at once,
even the same article, without duplicates or a mix of two analyses.
"""

from __future__ import annotations

import datetime as dt
import threading
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from analysis.models import ArticleAnalysis, CheckedClaim, EntitySentiment, SentimentLabel, VerdictLabel
from data.store import records
from data.store.engine import engine_for, where, writer
from data.store.errors import StoreError, StoreWriteError
from data.store.migrations import migrate
from data.store.schema import articles, claims, entity_sentiments

# An article's row without its text and sentences: what lists and histories show.
_HEADLINE = (
    articles.c.id,
    articles.c.title,
    articles.c.source,
    articles.c.published_local,
    articles.c.published_zone,
    articles.c.saved_at,
    articles.c.sentiment_label,
    articles.c.sentiment_score,
)
_INSERTS = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


@dataclass(frozen=True)
class Company:
    """A company an article talks about: its ticker when a claim named its listing, and its name as written."""

    name: str
    ticker: str | None = None


@dataclass(frozen=True)
class VerdictCounts:
    confirmed: int = 0
    approximate: int = 0
    contradicted: int = 0
    unverifiable: int = 0

    def of(self, label: VerdictLabel) -> int:
        return getattr(self, label.value)

    @property
    def total(self) -> int:
        return self.confirmed + self.approximate + self.contradicted + self.unverifiable


@dataclass(frozen=True)
class ArticleSummary:
    """One line of the library's list: enough to show and filter, without the text or the evidence."""

    id: str
    title: str
    source: str
    published: dt.datetime | None  # in the article's own timezone
    saved_at: dt.datetime  # UTC, when it was last analysed and saved
    companies: list[Company]
    sentiment_label: SentimentLabel | None  # None when sentiment was not scored
    sentiment_score: float | None
    verdicts: VerdictCounts


@dataclass(frozen=True)
class TickerMention:
    """One article's word on one ticker: the article's mood, the company's own, and the claims about it."""

    article_id: str
    published: dt.datetime | None
    title: str
    sentiment_label: SentimentLabel | None
    sentiment_score: float | None
    entity: str  # the company's name as this article writes it
    entity_sentiment: EntitySentiment | None
    claims: list[CheckedClaim] = field(default_factory=list)


def _label(enum_type: type[SentimentLabel] | type[VerdictLabel], value: Any, what: str) -> str:
    """The stored form of a label given as the enum or its value, or an error listing the choices."""
    try:
        return enum_type(value).value
    except ValueError:
        choices = ", ".join(member.value for member in enum_type)
        raise StoreError(f"Unknown {what} {value!r}; choose one of: {choices}.") from None


def _like_any(words: list[str]) -> list[sa.ColumnElement[bool]]:
    """One LIKE per word, each matching anywhere in the search text (% and _ in a word are literal)."""
    escaped = [w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for w in words]
    return [articles.c.search_text.like(f"%{word}%", escape="\\") for word in escaped]


class ArticleStore:
    """The library's one door: save, read, list and search analysed articles."""

    def __init__(self, engine: Engine, url: str) -> None:
        self._engine = engine
        self.url = url
        self._writer = writer(engine)
        # Read the article, its claims and its entities as of one moment, even while a worker re-saves it.
        self._reader = (
            engine.execution_options(isolation_level="REPEATABLE READ")
            if engine.dialect.name == "postgresql"
            else engine
        )
        self._insert = _INSERTS[engine.dialect.name]

    @classmethod
    def open(cls, url: str) -> "ArticleStore":
        """Open the library at `url` (a SQLAlchemy URL or a plain file path), creating or migrating its schema."""
        engine = engine_for(url)
        try:
            migrate(engine)
        except sa.exc.OperationalError as error:
            engine.dispose()
            raise StoreError(f"Cannot open the article library at {where(engine)}: {error.orig}") from error
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, url)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> "ArticleStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        # A batch worker receives the store as its address and opens it once per process, however
        # many tasks bring it along, so workers do not pile up connection pools.
        return (_opened_in_this_process, (self.url,))

    def __repr__(self) -> str:
        return f"ArticleStore({where(self._engine)!r})"

    # -- writing -------------------------------------------------------------------------------
    def save(self, analysis: ArticleAnalysis) -> str:
        """Store the analysis, replacing any earlier one of the same article, in one transaction; return its id.

        Raises StoreWriteError (and writes nothing) when the database refuses any part of it.
        """
        article_id = analysis.article.id
        now = dt.datetime.now(dt.timezone.utc)
        row = records.article_row(analysis, now)
        upsert = self._insert(articles).values(row)
        upsert = upsert.on_conflict_do_update(
            index_elements=[articles.c.id],
            set_={name: upsert.excluded[name] for name in row if name not in ("id", "first_saved_at")},
        )
        try:
            with self._writer.begin() as conn:
                # The upsert locks the article's row first, so a second writer of the same article
                # waits here and then replaces the claims whole, never interleaving with this one.
                conn.execute(upsert)
                self._delete_children(conn, article_id)
                claim_rows = records.claim_rows(article_id, analysis.claims)
                if claim_rows:
                    conn.execute(claims.insert(), claim_rows)
                entity_rows = records.entity_rows(article_id, analysis.sentiment)
                if entity_rows:
                    conn.execute(entity_sentiments.insert(), entity_rows)
        except sa.exc.SQLAlchemyError as error:
            title = analysis.article.title or article_id
            raise StoreWriteError(
                f"The article {title!r} was not saved; the library is unchanged. The database said: {getattr(error, 'orig', None) or error}"
            ) from error
        return article_id

    def delete(self, article_id: str) -> bool:
        """Remove the article and everything stored with it; False when there was no such article."""
        with self._writer.begin() as conn:
            # The article's row first, as `save` does: two writers of one article lock in the same order.
            deleted = conn.execute(articles.delete().where(articles.c.id == article_id)).rowcount > 0
            self._delete_children(conn, article_id)
            return deleted

    @staticmethod
    def _delete_children(conn: Connection, article_id: str) -> None:
        conn.execute(claims.delete().where(claims.c.article_id == article_id))
        conn.execute(entity_sentiments.delete().where(entity_sentiments.c.article_id == article_id))

    # -- reading one ---------------------------------------------------------------------------
    def get(self, article_id: str) -> ArticleAnalysis | None:
        """The stored analysis exactly as saved, or None."""
        with self._read() as conn:
            article = conn.execute(sa.select(articles).where(articles.c.id == article_id)).mappings().first()
            if article is None:
                return None
            claim_rows = conn.execute(
                sa.select(claims).where(claims.c.article_id == article_id).order_by(claims.c.position)
            ).mappings().all()
            entity_rows = conn.execute(
                sa.select(entity_sentiments)
                .where(entity_sentiments.c.article_id == article_id)
                .order_by(entity_sentiments.c.position)
            ).mappings().all()
        return records.analysis_from(article, list(claim_rows), list(entity_rows))

    def has(self, article_id: str) -> bool:
        with self._read() as conn:
            return conn.scalar(sa.select(articles.c.id).where(articles.c.id == article_id)) is not None

    def count(self) -> int:
        with self._read() as conn:
            return conn.scalar(sa.select(sa.func.count()).select_from(articles)) or 0

    def tickers(self) -> list[str]:
        """Every ticker some stored claim is about, sorted."""
        with self._read() as conn:
            query = sa.select(claims.c.ticker).where(claims.c.ticker.is_not(None)).distinct().order_by(claims.c.ticker)
            return list(conn.scalars(query))

    # -- listing -------------------------------------------------------------------------------
    def list_articles(
        self,
        *,
        ticker: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        sentiment: SentimentLabel | str | None = None,
        verdict: VerdictLabel | str | None = None,
        text: str | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[ArticleSummary]:
        """Stored articles matching every filter given, newest published first (then latest saved).

        `start` and `end` are inclusive days on the article's own calendar; articles without a
        publication date are left out when either is given, and listed last otherwise. `ticker` and
        `verdict` together ask for a claim about that ticker with that verdict. `text` finds
        articles whose title or text contains every word of it, whatever the case.
        """
        query = sa.select(articles.c.id)
        claim_conditions = []
        if ticker:
            claim_conditions.append(claims.c.ticker == ticker.strip())
        if verdict:
            claim_conditions.append(claims.c.verdict == _label(VerdictLabel, verdict, "verdict"))
        if claim_conditions:
            query = query.where(sa.exists().where(claims.c.article_id == articles.c.id, *claim_conditions))
        if start:
            query = query.where(articles.c.published_date >= start)
        if end:
            query = query.where(articles.c.published_date <= end)
        if sentiment:
            query = query.where(articles.c.sentiment_label == _label(SentimentLabel, sentiment, "sentiment"))
        if text:
            query = query.where(*_like_any(records.searchable(text).split()))
        query = query.order_by(*self._newest_first()).limit(limit).offset(offset)
        with self._read() as conn:
            ids = list(conn.scalars(query))
            return self._summaries(conn, ids)

    @staticmethod
    def _newest_first() -> list[sa.ColumnElement[Any]]:
        return [articles.c.published_at.desc().nulls_last(), articles.c.saved_at.desc(), articles.c.id]

    def _summaries(self, conn: Connection, ids: list[str]) -> list[ArticleSummary]:
        if not ids:
            return []
        by_id = {row["id"]: row for row in conn.execute(sa.select(*_HEADLINE).where(articles.c.id.in_(ids))).mappings()}
        counts: dict[str, dict[str, int]] = {article_id: {} for article_id in ids}
        for article_id, label, number in conn.execute(
            sa.select(claims.c.article_id, claims.c.verdict, sa.func.count())
            .where(claims.c.article_id.in_(ids))
            .group_by(claims.c.article_id, claims.c.verdict)
        ):
            counts[article_id][label] = number
        companies = self._companies(conn, ids)
        return [_summary(by_id[article_id], companies[article_id], counts[article_id]) for article_id in ids]

    @staticmethod
    def _companies(conn: Connection, ids: list[str]) -> dict[str, list[Company]]:
        """Per article: the companies its claims are about (with tickers), then any others it has sentiment for."""
        found: dict[str, list[Company]] = {article_id: [] for article_id in ids}
        for article_id, name, ticker in conn.execute(
            sa.select(claims.c.article_id, claims.c.entity, claims.c.ticker)
            .where(claims.c.article_id.in_(ids))
            .order_by(claims.c.article_id, claims.c.position)
        ):
            found[article_id].append(Company(name, ticker))
        for article_id, name in conn.execute(
            sa.select(entity_sentiments.c.article_id, entity_sentiments.c.entity)
            .where(entity_sentiments.c.article_id.in_(ids))
            .order_by(entity_sentiments.c.article_id, entity_sentiments.c.position)
        ):
            found[article_id].append(Company(name))
        return {article_id: _distinct_companies(companies) for article_id, companies in found.items()}

    # -- one ticker over time ------------------------------------------------------------------
    def ticker_history(self, ticker: str) -> list[TickerMention]:
        """Every stored article with a claim about `ticker`, oldest first: its sentiment, the company's, the claims."""
        ticker = ticker.strip()
        with self._read() as conn:
            claim_rows = conn.execute(
                sa.select(claims).where(claims.c.ticker == ticker).order_by(claims.c.article_id, claims.c.position)
            ).mappings().all()
            ids = list(dict.fromkeys(row["article_id"] for row in claim_rows))
            if not ids:
                return []
            article_rows = conn.execute(
                sa.select(*_HEADLINE)
                .where(articles.c.id.in_(ids))
                .order_by(articles.c.published_at.asc().nulls_last(), articles.c.saved_at.asc())
            ).mappings().all()
            entity_rows = conn.execute(
                sa.select(entity_sentiments).where(
                    entity_sentiments.c.article_id.in_(ids),
                    entity_sentiments.c.entity.in_(sorted({row["entity"] for row in claim_rows})),
                )
            ).mappings().all()
        entities = {(row["article_id"], row["entity"]): records.entity_sentiment_from(row) for row in entity_rows}
        claims_of: dict[str, list[CheckedClaim]] = {}
        for row in claim_rows:
            claims_of.setdefault(row["article_id"], []).append(records.checked_claim_from(row))
        history = []
        for article in article_rows:
            about = claims_of[article["id"]]
            names = list(dict.fromkeys(item.claim.entity for item in about))
            entity = next((name for name in names if (article["id"], name) in entities), names[0])
            history.append(
                TickerMention(
                    article_id=article["id"],
                    published=records.published_from(article),
                    title=article["title"],
                    sentiment_label=_optional_label(article["sentiment_label"]),
                    sentiment_score=article["sentiment_score"],
                    entity=entity,
                    entity_sentiment=entities.get((article["id"], entity)),
                    claims=about,
                )
            )
        return history

    def _read(self) -> AbstractContextManager[Connection]:
        return self._reader.begin()


def _summary(row: Any, companies: list[Company], verdict_counts: dict[str, int]) -> ArticleSummary:
    return ArticleSummary(
        id=row["id"],
        title=row["title"],
        source=row["source"],
        published=records.published_from(row),
        saved_at=records.as_utc(row["saved_at"]),
        companies=companies,
        sentiment_label=_optional_label(row["sentiment_label"]),
        sentiment_score=row["sentiment_score"],
        verdicts=VerdictCounts(**verdict_counts),
    )


def _distinct_companies(companies: list[Company]) -> list[Company]:
    """Each (name, ticker) once, in order; a name without a ticker only when no claim gave it one."""
    with_ticker = {company.name for company in companies if company.ticker}
    kept = dict.fromkeys(c for c in companies if c.ticker or c.name not in with_ticker)
    return list(kept)


_opened: dict[str, ArticleStore] = {}
_opening = threading.Lock()


def _opened_in_this_process(url: str) -> ArticleStore:
    with _opening:
        if url not in _opened:
            _opened[url] = ArticleStore.open(url)
        return _opened[url]


def _optional_label(value: str | None) -> SentimentLabel | None:
    return SentimentLabel(value) if value is not None else None
