"""Precision and recall of claim extraction on the project's own corpora of wire-style articles.

`corpus/` is what the rules were developed on. `corpus_holdout/` was written apart from the rules, in
other house styles (Bloomberg, MarketWatch, Nikkei, Caixin, FT, Korea and Taiwan copy, tables, HTML
pastes); its first measurement (precision 0.78, recall 0.71) was the honest estimate on unseen copy,
and general fixes have been checked on it since. `corpus_unseen/` (AP, CNBC, Kyodo, Xinhua, Mint, ASX,
Business Times, Globe and Mail styles; India, Australia, Singapore, Canada) has not been tuned on:
precision 0.781, recall 0.746 when it arrived, most misses being listings the directory lacks; 0.873/0.840
once the directory took in those markets (built from market lists, not from this corpus). `corpus_wide/` (Dow
Jones movers and premarket columns, MarketWatch, Reuters BUZZ and EUROPE/MIDEAST MARKETS briefs, Bloomberg
premarket lists, Nikkei Asia, Yonhap, Economic Times, Moneycontrol, AFR, Globe and Mail, The Edge, Bangkok Post,
Jakarta, Johannesburg, Sao Paulo, Mexico City, Tadawul, Milan, Madrid, Stockholm, earnings days full of
non-price figures, crypto paragraphs, a weekly wrap, a year-end scorecard, a corrections notice) was written to
widen the styles and markets: precision 0.730, recall 0.648 when it arrived, before any rule looked at it. The floors guard
what the rules reach today; the product's goal on real wire copy is 0.95 for both, and the printed report lists every miss.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.claims import ClaimExtractor
from data.listings.directory import default_directory
from tests.claim_scoring import load_corpus, score_corpus

HERE = Path(__file__).resolve().parent
# corpus folder -> (precision floor, recall floor); measured 0.997/0.997, 0.997/0.989, 0.903/0.878 and 1.000/1.000
# after the wide corpus's second round (year-in-review lists, "respectively", restatements without a comma, subjects
# after move nouns and before "loser", owner appositives, rivals, unplaced indexes); it was 0.938/0.911 before that
# round and 0.730/0.648 untouched, so its 1.000 is a measure of fit, not of unseen copy (unseen: 0.899/0.864 before)
CORPORA = {"corpus": (0.99, 0.99), "corpus_holdout": (0.99, 0.98), "corpus_unseen": (0.90, 0.87), "corpus_wide": (0.99, 0.99)}


@pytest.mark.parametrize("folder, minimum_articles", [("corpus", 60), ("corpus_holdout", 40), ("corpus_unseen", 36), ("corpus_wide", 30)])
def test_corpus_is_big_enough_to_mean_something(folder, minimum_articles):
    items = load_corpus(HERE / folder)
    assert len(items) >= minimum_articles
    assert sum(len(expected.get("not_claims", [])) for _, _, expected in items) >= 40


@pytest.mark.parametrize("folder", sorted(CORPORA))
def test_precision_and_recall_over_the_corpus(folder):
    precision_floor, recall_floor = CORPORA[folder]
    score = score_corpus(ClaimExtractor(default_directory()), load_corpus(HERE / folder))
    report = f"{folder}: precision {score.precision:.3f} recall {score.recall:.3f} ({score.true_positive} right)\n" + "\n".join(score.mistakes)
    print(report)
    assert score.precision >= precision_floor, report
    assert score.recall >= recall_floor, report
