"""Extraction on the held-out corpus: articles written apart from the rules, in other house styles.

The rules were never tuned on these texts; the figures are the honest estimate of quality on copy
the project has not seen. Floors guard against regressions (measured: see the issue notes).
"""

from __future__ import annotations

from pathlib import Path

from analysis.claims import ClaimExtractor
from data.listings.directory import default_directory
from tests.claim_scoring import load_corpus, score_corpus

HOLDOUT = Path(__file__).resolve().parent / "corpus_holdout"
PRECISION_FLOOR = 0.88
RECALL_FLOOR = 0.86


def test_holdout_corpus_has_articles_and_negatives():
    items = load_corpus(HOLDOUT)
    assert len(items) >= 40
    assert sum(len(expected.get("not_claims", [])) for _, _, expected in items) >= 40


def test_precision_and_recall_on_the_holdout_corpus():
    score = score_corpus(ClaimExtractor(default_directory()), load_corpus(HOLDOUT))
    report = f"precision {score.precision:.3f} recall {score.recall:.3f} ({score.true_positive} right)\n" + "\n".join(score.mistakes)
    print(report)
    assert score.precision >= PRECISION_FLOOR, report
    assert score.recall >= RECALL_FLOOR, report
