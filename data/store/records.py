"""Between the pipeline's dataclasses and the library's rows, in both directions.

Every field round-trips at full precision (the `to_dict` methods on the models round scores
for display, so they are not used here). Numbers that are not finite are stored as missing:
PostgreSQL's JSON rejects NaN, and SQLite turns a NaN column into NULL anyway.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from analysis.models import (
    Article,
    ArticleAnalysis,
    CheckedClaim,
    Claim,
    ClaimKind,
    Direction,
    DocumentSentiment,
    EntitySentiment,
    EvidenceBar,
    SentenceSentiment,
    SentimentLabel,
    Unit,
    Verdict,
    VerdictLabel,
    normalise_text,
)

UTC = dt.timezone.utc
Row = Mapping[str, Any]


def searchable(*parts: str) -> str:
    """The form text is searched in: normalised and case-folded, so "SOCIÉTÉ" finds "Société"."""
    return normalise_text("\n".join(parts)).casefold()


def utc_naive(moment: dt.datetime) -> dt.datetime:
    """A moment as the naive UTC the `*_at` columns hold; a naive input is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def as_utc(stored: dt.datetime | None) -> dt.datetime | None:
    return stored.replace(tzinfo=UTC) if stored is not None else None


def _number(value: float | None) -> float | None:
    return float(value) if value is not None and math.isfinite(value) else None


def _day(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


# -- published: one moment, three columns -----------------------------------------------------
def published_columns(published: dt.datetime | None) -> dict[str, Any]:
    """The UTC instant to sort by, the local day to filter by, and the article's own clock to read back."""
    if published is None:
        return {"published_at": None, "published_date": None, "published_local": None, "published_zone": None}
    if published.tzinfo is None:  # the model promises an aware time; a naive one is read as UTC
        published = published.replace(tzinfo=UTC)
    zone = getattr(published.tzinfo, "key", None)  # ZoneInfo keeps its IANA name; a fixed offset has none
    return {
        "published_at": utc_naive(published),
        "published_date": published.date(),
        "published_local": published.isoformat(),
        "published_zone": zone,
    }


def published_from(row: Row) -> dt.datetime | None:
    if row["published_local"] is None:
        return None
    moment = dt.datetime.fromisoformat(row["published_local"])
    if row["published_zone"]:
        try:
            return moment.astimezone(ZoneInfo(row["published_zone"]))
        except ZoneInfoNotFoundError:
            pass  # a zone this machine's tz database lacks: the fixed offset still gives the same instant
    return moment


# -- to rows -----------------------------------------------------------------------------------
def _sentence_json(sentence: SentenceSentiment) -> dict[str, Any]:
    return {
        "text": sentence.text,
        "span": list(sentence.span),
        "label": sentence.label.value,
        "score": _number(sentence.score),
        "excluded": sentence.excluded,
    }


def _bar_json(bar: EvidenceBar) -> dict[str, Any]:
    return {
        "session": bar.session.isoformat(),
        "open": _number(bar.open),
        "high": _number(bar.high),
        "low": _number(bar.low),
        "close": _number(bar.close),
        "volume": _number(bar.volume),
        "note": bar.note,
    }


def article_row(analysis: ArticleAnalysis, saved_at: dt.datetime) -> dict[str, Any]:
    article, sentiment = analysis.article, analysis.sentiment
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "text": article.text,
        **published_columns(article.published),
        "published_origin": article.published_origin,
        "published_precision": article.published_precision,
        "sentiment_label": sentiment.label.value if sentiment else None,
        "sentiment_score": _number(sentiment.score) if sentiment else None,
        "sentiment_model": sentiment.model if sentiment else "",
        "sentiment_notice": sentiment.notice if sentiment else "",
        "sentences": [_sentence_json(s) for s in sentiment.sentences] if sentiment else [],
        "price_sources": list(analysis.price_sources),
        "warnings": list(analysis.warnings),
        "first_saved_at": utc_naive(saved_at),
        "saved_at": utc_naive(saved_at),
        "search_text": searchable(article.title, article.text),
    }


def claim_rows(article_id: str, checked: list[CheckedClaim]) -> list[dict[str, Any]]:
    rows = []
    for position, item in enumerate(checked):
        claim, verdict = item.claim, item.verdict
        rows.append(
            {
                "article_id": article_id,
                "position": position,
                "entity": claim.entity,
                "ticker": claim.ticker,
                "exchange": claim.exchange,
                "mic": claim.mic,
                "kind": claim.kind.value,
                "direction": claim.direction.value,
                "magnitude": claim.magnitude,
                "unit": claim.unit.value,
                "level": _number(claim.level),
                "currency": claim.currency,
                "claim_date": claim.date,
                "start_date": claim.start_date,
                "sessions": claim.sessions,
                "hedge": claim.hedge,
                "span_start": claim.span[0],
                "span_end": claim.span[1],
                "text": claim.text,
                "verdict": verdict.label.value,
                "reason": verdict.reason,
                "actual": _number(verdict.actual),
                "actual_level": _number(verdict.actual_level),
                "close_to_close": _number(verdict.close_to_close),
                "price_source": verdict.source,
                "evidence": [_bar_json(bar) for bar in verdict.evidence],
            }
        )
    return rows


def entity_rows(article_id: str, sentiment: DocumentSentiment | None) -> list[dict[str, Any]]:
    if sentiment is None:
        return []
    return [
        {
            "article_id": article_id,
            "entity": name,
            "position": position,
            "label": entity.label.value,
            "score": _number(entity.score),
            "sentences": entity.sentences,
        }
        for position, (name, entity) in enumerate(sentiment.entities.items())
    ]


# -- from rows ---------------------------------------------------------------------------------
def checked_claim_from(row: Row) -> CheckedClaim:
    claim = Claim(
        entity=row["entity"],
        ticker=row["ticker"],
        exchange=row["exchange"],
        direction=Direction(row["direction"]),
        magnitude=row["magnitude"],
        unit=Unit(row["unit"]),
        kind=ClaimKind(row["kind"]),
        date=_day(row["claim_date"]),
        hedge=row["hedge"],
        span=(row["span_start"], row["span_end"]),
        text=row["text"],
        level=row["level"],
        start_date=_day(row["start_date"]),
        sessions=row["sessions"],
        currency=row["currency"],
        mic=row["mic"],
    )
    verdict = Verdict(
        label=VerdictLabel(row["verdict"]),
        reason=row["reason"],
        actual=row["actual"],
        evidence=[EvidenceBar(**{**bar, "session": _day(bar["session"])}) for bar in row["evidence"]],
        source=row["price_source"],
        actual_level=row["actual_level"],
        close_to_close=row["close_to_close"],
    )
    return CheckedClaim(claim, verdict)


def entity_sentiment_from(row: Row) -> EntitySentiment:
    return EntitySentiment(SentimentLabel(row["label"]), row["score"], row["sentences"])


def sentiment_from(article: Row, entities: list[Row]) -> DocumentSentiment | None:
    if article["sentiment_label"] is None:
        return None
    return DocumentSentiment(
        label=SentimentLabel(article["sentiment_label"]),
        score=article["sentiment_score"],
        sentences=[
            SentenceSentiment(s["text"], tuple(s["span"]), SentimentLabel(s["label"]), s["score"], s.get("excluded"))
            for s in article["sentences"]
        ],
        entities={row["entity"]: entity_sentiment_from(row) for row in entities},
        model=article["sentiment_model"],
        notice=article["sentiment_notice"],
    )


def article_from(row: Row) -> Article:
    return Article(
        text=row["text"],
        published=published_from(row),
        published_origin=row["published_origin"],
        published_precision=row["published_precision"],
        title=row["title"],
        source=row["source"],
        id=row["id"],
    )


def analysis_from(article: Row, claims: list[Row], entities: list[Row]) -> ArticleAnalysis:
    return ArticleAnalysis(
        article=article_from(article),
        claims=[checked_claim_from(row) for row in claims],
        sentiment=sentiment_from(article, entities),
        price_sources=list(article["price_sources"]),
        warnings=list(article["warnings"]),
    )
