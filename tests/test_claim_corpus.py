"""Precision and recall of claim extraction on the project's own corpus of wire-style articles."""

from __future__ import annotations

from pathlib import Path

from analysis.claims import ClaimExtractor
from data.listings.directory import default_directory
from tests.claim_scoring import load_corpus, score_corpus

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_corpus_is_big_enough_to_mean_something():
    items = load_corpus(CORPUS)
    assert len(items) >= 60
    assert sum(len(expected.get("not_claims", [])) for _, _, expected in items) >= 40


# Floors that guard what the rules reach today (measured: precision 0.974, recall 0.961 on 70 articles);
# the product's goal on real wire copy is 0.95 for both, and the printed report lists every miss.
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.94


def test_precision_and_recall_over_the_corpus():
    score = score_corpus(ClaimExtractor(default_directory()), load_corpus(CORPUS))
    report = f"precision {score.precision:.3f} recall {score.recall:.3f} ({score.true_positive} right)\n" + "\n".join(score.mistakes)
    print(report)
    assert score.precision >= PRECISION_FLOOR, report
    assert score.recall >= RECALL_FLOOR, report
