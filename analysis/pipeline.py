"""The one entry both the app and the command line call: `analyze(article, services)`.

`Services` holds the heavy resources (listing directory, price sources, sentiment model), loaded
once per process and passed along; nothing here is global.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable

from analysis.claims import ClaimExtractor, ExtractionResult
from analysis.models import Article, ArticleAnalysis, CheckedClaim, Claim, DocumentSentiment, Verdict, VerdictLabel
from analysis.settings import Settings
from data.prices import PriceService

Progress = Callable[[str, float], None]


@dataclass
class Services:
    settings: Settings
    prices: PriceService
    extractor: ClaimExtractor
    _sentiment_model: Any = field(default=None, repr=False)

    @classmethod
    def load(cls, settings: Settings | None = None, *, directory: Any = None) -> "Services":
        settings = settings or Settings.from_env()
        if directory is None:
            from data.listings.directory import default_directory

            directory = default_directory(settings.user_aliases)
        return cls(settings, PriceService(settings), ClaimExtractor(directory))

    @property
    def directory(self) -> Any:
        return self.extractor.directory

    def sentiment_model(self) -> Any:
        """The sentiment model, loaded on first use (importing transformers costs seconds)."""
        if self._sentiment_model is None:
            from analysis.sentiment import load_sentiment_model

            self._sentiment_model = load_sentiment_model(self.settings)
        return self._sentiment_model

    @property
    def sentiment_loaded(self) -> bool:
        """Whether `sentiment_model()` would answer at once, without importing and loading the model."""
        return self._sentiment_model is not None


def _unchecked(claims: list[Claim], reason: str) -> list[CheckedClaim]:
    return [CheckedClaim(claim, Verdict(VerdictLabel.UNVERIFIABLE, reason)) for claim in claims]


def _scored(article: Article, extraction: ExtractionResult, services: Services) -> DocumentSentiment:
    from analysis.sentiment import score_document

    return score_document(
        article.text, extraction.sentences, extraction.entity_sentences, extraction.excluded, services.sentiment_model()
    )


def analyze(
    article: Article,
    services: Services,
    *,
    sentiment: bool = True,
    verify: bool = True,
    progress: Progress | None = None,
) -> ArticleAnalysis:
    """Extract the article's price claims, score its sentiment, and check each claim against prices."""
    report = progress or (lambda step, fraction: None)
    report("extracting claims", 0.1)
    extraction = services.extractor.extract(article)
    warnings = list(extraction.warnings)
    document_sentiment = None
    if sentiment:
        report("scoring sentiment", 0.35)
        document_sentiment = _scored(article, extraction, services)
        if document_sentiment.notice:
            warnings.append(document_sentiment.notice)
    if verify:
        report("checking claims against prices", 0.7)
        from analysis.verify import verify_claims

        checked = verify_claims(extraction.claims, article, services.prices)
    else:
        checked = _unchecked(extraction.claims, "not checked")
    sources = sorted({c.verdict.source for c in checked if c.verdict.source})
    report("done", 1.0)
    return ArticleAnalysis(article, checked, document_sentiment, sources, warnings)


def with_sentiment(analysis: ArticleAnalysis, services: Services) -> ArticleAnalysis:
    """`analysis` (made with `sentiment=False`) with the article's sentiment added.

    Lets a caller show claims and charts first and score sentiment after, so loading the model
    (seconds, on first use) does not hold up the first screen. Extraction runs again because
    scoring needs its sentences and company mentions; it costs milliseconds.
    """
    if analysis.sentiment is not None:
        return analysis
    document_sentiment = _scored(analysis.article, services.extractor.extract(analysis.article), services)
    warnings = analysis.warnings + ([document_sentiment.notice] if document_sentiment.notice else [])
    return replace(analysis, sentiment=document_sentiment, warnings=warnings)
