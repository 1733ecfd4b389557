"""The three sentiment labels, and how another model's own label names map onto them.

Models on the Hugging Face hub name their classes in many ways: "positive", "Negative", "neg", "bullish",
"LABEL_0". Names that say what they mean are mapped by their meaning; bare "LABEL_i" names follow the two
usual conventions (3 classes: negative, neutral, positive; 2 classes: negative, positive).
"""

from __future__ import annotations

from analysis.errors import ModelLoadError

LABELS = ("negative", "neutral", "positive")

_SYNONYMS = {
    "negative": ("negative", "neg", "bearish", "bad", "down", "sell"),
    "neutral": ("neutral", "neu", "none", "mixed_neutral", "hold"),
    "positive": ("positive", "pos", "bullish", "good", "up", "buy"),
}
_GENERIC_ORDER = {2: ("negative", "positive"), 3: LABELS}


def _by_meaning(name: str) -> str | None:
    word = name.strip().lower().replace("-", "_").replace(" ", "_")
    for label, synonyms in _SYNONYMS.items():
        if word in synonyms or any(word.startswith(s) for s in synonyms if len(s) >= 3):
            return label
    return None


def map_labels(id2label: dict[int, str]) -> list[str]:
    """For each class index of a model, the label of ours it stands for.

    Raises `ModelLoadError` when the names cannot be read as sentiment (e.g. an emotion or topic classifier).
    """
    count = len(id2label)
    names = [str(id2label[i]) for i in range(count)]
    mapped = [_by_meaning(name) for name in names]
    if all(mapped) and {"negative", "positive"} <= set(mapped):
        return mapped  # type: ignore[return-value]
    if count in _GENERIC_ORDER and all(name.strip().upper() == f"LABEL_{i}" for i, name in enumerate(names)):
        return list(_GENERIC_ORDER[count])
    raise ModelLoadError(
        f"the model's classes {names} cannot be read as negative/neutral/positive; "
        "use a sentiment model whose labels say which is which"
    )
