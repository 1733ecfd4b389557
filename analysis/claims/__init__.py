"""Price-claim extraction: readable rules over sentences and words, with the listing directory."""

from analysis.claims.extractor import ClaimExtractor, ExtractionResult, extract_claims

__all__ = ["ClaimExtractor", "ExtractionResult", "extract_claims"]
