"""Accuracy and macro-F1, small enough not to need scikit-learn at run time."""

from __future__ import annotations

from analysis.sentiment.labels import LABELS


def classification_report(gold: list[str], predicted: list[str]) -> dict[str, object]:
    """Accuracy, macro-F1 over the three labels, per-label F1 and a confusion table (gold -> predicted -> n)."""
    total = len(gold)
    correct = sum(g == p for g, p in zip(gold, predicted))
    per_label: dict[str, float] = {}
    for label in LABELS:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        per_label[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    confusion = {g: {p: sum(a == g and b == p for a, b in zip(gold, predicted)) for p in LABELS} for g in LABELS}
    return {
        "n": total,
        "accuracy": round(correct / total, 4) if total else 0.0,
        "macro_f1": round(sum(per_label.values()) / len(LABELS), 4),
        "f1": {label: round(value, 4) for label, value in per_label.items()},
        "confusion": confusion,
    }
