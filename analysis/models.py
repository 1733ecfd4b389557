"""The typed records that cross module borders in the pipeline.

Text goes in as an `Article`; extraction turns it into `Claim`s; verification pairs each
claim with a `Verdict`; sentiment adds a `DocumentSentiment`; the whole result is an
`ArticleAnalysis`. DataFrames stay inside the modules that compute with them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any


class ClaimKind(str, enum.Enum):
    CLOSE_CHANGE = "close_change"
    INTRADAY_HIGH = "intraday_high"
    INTRADAY_LOW = "intraday_low"
    INTRADAY_CURRENT = "intraday_current"
    PREMARKET = "premarket"
    AFTER_HOURS = "after_hours"
    CUMULATIVE = "cumulative"
    YTD = "ytd"


class Direction(str, enum.Enum):
    UP = "up"
    DOWN = "down"


class Unit(str, enum.Enum):
    PCT = "pct"
    POINTS = "points"
    CURRENCY = "currency"


class VerdictLabel(str, enum.Enum):
    CONFIRMED = "confirmed"
    APPROXIMATE = "approximate"
    CONTRADICTED = "contradicted"
    UNVERIFIABLE = "unverifiable"


class SentimentLabel(str, enum.Enum):
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    POSITIVE = "positive"
    MIXED = "mixed"


def normalise_text(text: str) -> str:
    """The form of an article's text that identifies it: NFKC, collapsed whitespace.

    Two pastes of the same article that differ only in line breaks or spacing are
    the same article.
    """
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", text).strip()


def article_id_for(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Listing:
    """One place a company's (or an index's) price is quoted."""

    symbol: str  # Yahoo symbol: 688981.SS, 0981.HK, AAPL, ^HSI
    exchange: str  # human name: "Shanghai", "Hong Kong", "Nasdaq"
    mic: str  # exchange_calendars code: XSHG, XHKG, XNYS
    currency: str
    timezone: str
    name: str = ""
    isin: str | None = None
    is_index: bool = False


@dataclass
class Article:
    text: str
    published: dt.datetime | None = None  # timezone-aware
    published_origin: str = "none"  # "dateline", "user", "none"
    published_precision: str = "time"  # "time", or "date" when only the day is known ("Dec 23 (Reuters) -")
    title: str = ""
    source: str = ""  # file name or "pasted"
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id_for(self.text)


@dataclass
class Claim:
    """One reported price move, as the text states it."""

    entity: str
    ticker: str | None
    exchange: str | None
    direction: Direction
    magnitude: float
    unit: Unit
    kind: ClaimKind
    date: dt.date | None
    hedge: str | None
    span: tuple[int, int]
    text: str
    level: float | None = None
    start_date: dt.date | None = None
    sessions: int | None = None
    currency: str | None = None  # for unit=currency and for levels
    mic: str | None = None

    @property
    def signed_magnitude(self) -> float:
        return self.magnitude if self.direction is Direction.UP else -self.magnitude

    @property
    def quoted(self) -> str:
        """The figure as an analyst would read it back: "+5.2%", "-30 pts", "+HKD 2.40"."""
        sign = "+" if self.direction is Direction.UP else "-"
        number = f"{self.magnitude:g}"
        if self.unit is Unit.PCT:
            return f"{sign}{number}%"
        if self.unit is Unit.POINTS:
            return f"{sign}{number} pts"
        return f"{sign}{self.currency or ''} {number}".replace("  ", " ")

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "ticker": self.ticker,
            "exchange": self.exchange,
            "direction": self.direction.value,
            "magnitude": self.magnitude,
            "unit": self.unit.value,
            "level": self.level,
            "kind": self.kind.value,
            "date": self.date.isoformat() if self.date else None,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "sessions": self.sessions,
            "hedge": self.hedge,
            "span": list(self.span),
            "text": self.text,
            "currency": self.currency,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> "Claim":
        def day(value: str | None) -> dt.date | None:
            return dt.date.fromisoformat(value) if value else None

        return cls(
            entity=raw["entity"],
            ticker=raw.get("ticker"),
            exchange=raw.get("exchange"),
            direction=Direction(raw["direction"]),
            magnitude=float(raw["magnitude"]),
            unit=Unit(raw["unit"]),
            kind=ClaimKind(raw["kind"]),
            date=day(raw.get("date")),
            hedge=raw.get("hedge"),
            span=tuple(raw.get("span") or (0, 0)),  # type: ignore[arg-type]
            text=raw.get("text", ""),
            level=raw.get("level"),
            start_date=day(raw.get("start_date")),
            sessions=raw.get("sessions"),
            currency=raw.get("currency"),
        )


@dataclass
class EvidenceBar:
    """One price bar a verdict was computed from, kept so a human can redo the sum."""

    session: dt.date
    open: float | None
    high: float | None
    low: float | None
    close: float | None
    volume: float | None
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "session": self.session.isoformat()}


@dataclass
class Verdict:
    label: VerdictLabel
    reason: str
    actual: float | None = None  # in the claim's unit
    evidence: list[EvidenceBar] = field(default_factory=list)
    source: str = ""  # where the prices came from, e.g. "bundled sample (offline)"
    actual_level: float | None = None
    close_to_close: float | None = None  # the completed-session figure, when it differs from `actual`

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.label.value,
            "actual": self.actual,
            "reason": self.reason,
            "source": self.source,
            "evidence": [bar.to_dict() for bar in self.evidence],
            "actual_level": self.actual_level,
            "close_to_close": self.close_to_close,
        }


@dataclass
class CheckedClaim:
    claim: Claim
    verdict: Verdict

    def to_dict(self) -> dict[str, Any]:
        return {**self.claim.to_dict(), **self.verdict.to_dict()}


@dataclass
class SentenceSentiment:
    text: str
    span: tuple[int, int]
    label: SentimentLabel
    score: float  # P(positive) - P(negative), in [-1, 1]
    excluded: str | None = None  # why it was left out of the scores ("boilerplate", "not English")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "span": list(self.span),
            "label": self.label.value,
            "score": round(self.score, 4),
        }
        if self.excluded:
            out["excluded"] = self.excluded
        return out


@dataclass
class EntitySentiment:
    label: SentimentLabel
    score: float
    sentences: int

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label.value, "score": round(self.score, 4), "sentences": self.sentences}


@dataclass
class DocumentSentiment:
    label: SentimentLabel
    score: float
    sentences: list[SentenceSentiment]
    entities: dict[str, EntitySentiment] = field(default_factory=dict)
    model: str = ""
    notice: str = ""  # e.g. why a requested model was replaced by the bundled one

    def to_dict(self, article_id: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if article_id is not None:
            out["id"] = article_id
        out.update(
            {
                "label": self.label.value,
                "score": round(self.score, 4),
                "model": self.model,
                "sentences": [s.to_dict() for s in self.sentences],
                "entities": {name: e.to_dict() for name, e in self.entities.items()},
            }
        )
        if self.notice:
            out["notice"] = self.notice
        return out


@dataclass
class ArticleAnalysis:
    article: Article
    claims: list[CheckedClaim]
    sentiment: DocumentSentiment | None
    price_sources: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
