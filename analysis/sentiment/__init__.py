"""Financial-news sentiment: a transformer run through `transformers`, offline, licence-clean by default.

    model = load_sentiment_model(settings)          # once per process; the bundled tapecheck-minilm by default
    result = score_document(text, sentences, entity_sentences, excluded, model)

The caller (`analysis.pipeline.analyze`) gets `sentences`, `entity_sentences` and `excluded` from the claim
extractor, which resolves company names and references ("its", "the chip maker") and marks boilerplate.

`training` fine-tunes the bundled model on the project's own corpus (`python -m analysis train-sentiment`);
`document` explains how sentences add up to a document and a company label.
"""

from analysis.sentiment.document import aggregate, score_document
from analysis.sentiment.inference import (
    BUNDLED_NAME,
    SentimentModel,
    TransformerSentimentModel,
    load_bundled_model,
    load_sentiment_model,
    load_transformers_model,
)
from analysis.sentiment.labels import LABELS, map_labels

__all__ = [
    "BUNDLED_NAME",
    "LABELS",
    "SentimentModel",
    "TransformerSentimentModel",
    "aggregate",
    "load_bundled_model",
    "load_sentiment_model",
    "load_transformers_model",
    "map_labels",
    "score_document",
]
