"""From sentence probabilities to a document's (and each company's) sentiment.

Sentence: label = the most probable of negative/neutral/positive; score = P(positive) - P(negative), in [-1, 1].

Aggregate (the same for a whole document and for the sentences that mention one company), over the sentences
not excluded by the caller:

- Each sentence weighs `confidence * sqrt(words)`, confidence being its top probability and words capped at 40:
  a confident, full sentence outweighs an unsure fragment, without one run-on sentence dominating.
- score = sum(weight * score) / (sum(weight) + PRIOR_WEIGHT). PRIOR_WEIGHT is one confident 10-word neutral
  sentence that every document is assumed to contain, which shrinks very short documents toward neutral
  (one strong 15-word sentence: 0.95 -> ~0.5) and barely touches long ones (twenty sentences: ~5 %).
- label is "mixed" when strong positive and strong negative sentences both stand: each side has at least one
  sentence with |score| >= STRONG_SCORE and the weaker side carries at least MIXED_BALANCE of the stronger
  side's weight. Otherwise positive when score >= LABEL_THRESHOLD, negative when <= -LABEL_THRESHOLD, else neutral.
- Excluded sentences (boilerplate, other languages; the caller says why) are kept in the output, labelled and
  scored like the others, with `excluded=reason`, and left out of every aggregate. No included sentence at all
  gives neutral, 0.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from analysis.models import DocumentSentiment, EntitySentiment, SentenceSentiment, SentimentLabel
from analysis.sentences import Sentence
from analysis.sentiment.inference import SentimentModel

STRONG_SCORE = 0.5
MIXED_BALANCE = 0.5
LABEL_THRESHOLD = 0.15
MAX_WORDS = 40
PRIOR_WEIGHT = math.sqrt(10)  # one confident neutral sentence of 10 words

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Aggregate:
    label: SentimentLabel
    score: float
    sentences: int


def sentence_weight(text: str, probabilities: dict[str, float]) -> float:
    words = min(len(_WORD.findall(text)), MAX_WORDS)
    return max(probabilities.values()) * math.sqrt(max(words, 1))


def aggregate(sentences: list[SentenceSentiment], weights: list[float]) -> Aggregate:
    """Length- and confidence-weighted sentiment of the given sentences (see the module docstring)."""
    included = [(s, w) for s, w in zip(sentences, weights) if not s.excluded]
    if not included:
        return Aggregate(SentimentLabel.NEUTRAL, 0.0, 0)
    score = sum(w * s.score for s, w in included) / (sum(w for _, w in included) + PRIOR_WEIGHT)
    strong_positive = sum(w for s, w in included if s.score >= STRONG_SCORE)
    strong_negative = sum(w for s, w in included if s.score <= -STRONG_SCORE)
    if strong_positive and strong_negative and min(strong_positive, strong_negative) >= MIXED_BALANCE * max(
        strong_positive, strong_negative
    ):
        label = SentimentLabel.MIXED
    elif score >= LABEL_THRESHOLD:
        label = SentimentLabel.POSITIVE
    elif score <= -LABEL_THRESHOLD:
        label = SentimentLabel.NEGATIVE
    else:
        label = SentimentLabel.NEUTRAL
    return Aggregate(label, score, len(included))


def score_document(
    text: str,
    sentences: list[Sentence],
    entity_sentences: dict[str, list[int]],
    excluded: dict[int, str],
    model: SentimentModel,
) -> DocumentSentiment:
    """Score every sentence of `text`, then the document and each company named in `entity_sentences`.

    `sentences` come from `analysis.sentences.split_sentences(text)`; `entity_sentences` maps a company to the
    indices of the sentences that mention it (by name or by reference: "its", "the company", "the chip maker");
    `excluded` maps a sentence index to why it must not count ("boilerplate", "not English"). `text` itself
    is not re-read: each sentence carries its text and its span in it.
    """
    probabilities = model.predict([s.text for s in sentences]) if sentences else []
    scored: list[SentenceSentiment] = []
    weights: list[float] = []
    for index, (sentence, p) in enumerate(zip(sentences, probabilities)):
        label = SentimentLabel(max(("negative", "neutral", "positive"), key=p.__getitem__))
        scored.append(
            SentenceSentiment(
                text=sentence.text,
                span=sentence.span,
                label=label,
                score=p["positive"] - p["negative"],
                excluded=excluded.get(index),
            )
        )
        weights.append(sentence_weight(sentence.text, p))
    document = aggregate(scored, weights)
    entities: dict[str, EntitySentiment] = {}
    for name, indices in entity_sentences.items():
        chosen = sorted({i for i in indices if 0 <= i < len(scored)})
        result = aggregate([scored[i] for i in chosen], [weights[i] for i in chosen])
        entities[name] = EntitySentiment(result.label, result.score, result.sentences)
    return DocumentSentiment(
        label=document.label,
        score=document.score,
        sentences=scored,
        entities=entities,
        model=model.name,
        notice=getattr(model, "notice", ""),
    )
