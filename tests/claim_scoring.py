"""Scoring extracted claims against a labelled corpus: precision and recall, and what went wrong.

A predicted claim matches an expected one when it is about the same figure (same magnitude and
unit, inside the expected quote) and agrees on ticker, direction, kind, date and hedge. Expected
entries under "optional" (commodities, vague groups) count neither way, nor does the points or currency figure of a
move given two ways ("rose 0.4 per cent or 15.62 points") inside a quote matched on its percentage.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from analysis.ingest import load_article
from analysis.models import Claim

FIELDS = ("ticker", "direction", "kind", "date", "hedge")


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    mistakes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0


def _quote_span(text: str, quote: str, used: set[tuple[int, int]]) -> tuple[int, int] | None:
    start = text.find(quote)
    while start >= 0 and (start, start + len(quote)) in used:
        start = text.find(quote, start + 1)
    return None if start < 0 else (start, start + len(quote))


def _same_figure(claim: Claim, expected: dict, span: tuple[int, int] | None) -> bool:
    if abs(claim.magnitude - float(expected["magnitude"])) > 1e-6 or claim.unit.value != expected["unit"]:
        return False
    return span is None or (span[0] <= claim.span[0] and claim.span[1] <= span[1])


def _disagreements(claim: Claim, expected: dict) -> list[str]:
    got = claim.to_dict()
    wrong = []
    for name in FIELDS:
        want = expected.get(name)
        if name == "ticker" and isinstance(want, list):
            if got[name] not in want:
                wrong.append(f"ticker {got[name]} not in {want}")
            continue
        if want != got[name]:
            wrong.append(f"{name} {got[name]!r} != {want!r}")
    return wrong


def score_article(name: str, text: str, expected: dict, claims: list[Claim], score: Score) -> None:
    used: set[tuple[int, int]] = set()
    unmatched = list(claims)
    judged_on_pct: list[tuple[tuple[int, int], str | None]] = []  # quotes of moves given two ways, matched on the percentage
    for want in expected.get("claims", []):
        span = _quote_span(text, want.get("quote", ""), used) if want.get("quote") else None
        if span:
            used.add(span)
        candidates = [c for c in unmatched if _same_figure(c, want, span)]
        if not candidates:
            score.false_negative += 1
            score.mistakes.append(f"{name}: missed {want.get('quote')!r} ({want.get('ticker')} {want.get('kind')})")
            continue
        best = min(candidates, key=lambda c: len(_disagreements(c, want)))
        unmatched.remove(best)
        if span and best.unit.value == "pct":
            judged_on_pct.append((span, best.ticker))
        wrong = _disagreements(best, want)
        if wrong:
            score.false_negative += 1
            score.false_positive += 1
            score.mistakes.append(f"{name}: {want.get('quote')!r}: " + "; ".join(wrong))
        else:
            score.true_positive += 1
    for want in expected.get("optional", []):
        span = _quote_span(text, want.get("quote", ""), set()) if want.get("quote") else None
        for claim in [c for c in unmatched if _same_figure(c, want, span)]:
            unmatched.remove(claim)
    # "rose 0.4 per cent or 15.62 points": one move given two ways is judged on the percentage, and the points or
    # currency figure may come out as a second claim or not (the conventions)
    unmatched = [c for c in unmatched if c.unit.value == "pct" or not any(
        span[0] <= c.span[0] and c.span[1] <= span[1] and c.ticker == ticker for span, ticker in judged_on_pct)]
    for claim in unmatched:
        score.false_positive += 1
        score.mistakes.append(f"{name}: spurious {claim.quoted} {claim.entity!r} {claim.ticker} {claim.kind.value} in {claim.text[:90]!r}")


def load_corpus(folder: Path) -> list[tuple[str, str, dict]]:
    items = []
    for expected_path in sorted(folder.glob("*.json")):
        text_path = expected_path.with_suffix(".txt")
        if text_path.exists():
            items.append((expected_path.stem, text_path.read_text(encoding="utf-8"), json.loads(expected_path.read_text(encoding="utf-8"))))
    return items


def score_corpus(extractor, items: list[tuple[str, str, dict]]) -> Score:
    score = Score()
    for name, text, expected in items:
        published = dt.datetime.fromisoformat(expected["published"]) if expected.get("published") else None
        article = load_article(text, name=name)  # as the app and the CLI read a paste
        if published is not None:  # the labelled moment, as a user would enter it
            article.published = published
            article.published_precision = expected.get("published_precision", "time")
        claims = extractor.extract(article).claims
        text = article.text  # spans refer to the text as read
        score_article(name, text, expected, claims, score)
    return score
