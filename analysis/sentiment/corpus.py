"""The project's own labelled sentences (`data/sentiment/corpus/*.tsv`) and their fixed held-out split.

Each line is `label<TAB>sentence<TAB>topic` (see `data/sentiment/ANNOTATION.md`). A sentence is held out when the
SHA-1 of its normalised text falls in the lowest 15 % of the hash range, so adding sentences never moves an
existing one between the training and the held-out set.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from analysis.models import normalise_text
from analysis.sentiment.labels import LABELS

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS_DIR = REPO_ROOT / "data" / "sentiment" / "corpus"
HELD_OUT_FRACTION = 0.15
_HASH_RANGE = 2**160  # SHA-1 digests are 160-bit integers


@dataclass(frozen=True)
class LabelledSentence:
    label: str  # one of LABELS
    text: str
    topic: str
    origin: str  # "part-a.tsv:17", to point a corpus writer at the line

    @property
    def held_out(self) -> bool:
        return is_held_out(self.text)


@dataclass
class Corpus:
    sentences: list[LabelledSentence]
    files: dict[str, int]  # file name -> usable lines
    skipped: list[str] = field(default_factory=list)  # "part-b.tsv:12: unknown label 'postive'"

    @property
    def training(self) -> list[LabelledSentence]:
        return [s for s in self.sentences if not s.held_out]

    @property
    def held_out(self) -> list[LabelledSentence]:
        return [s for s in self.sentences if s.held_out]

    def digest(self) -> str:
        """SHA-256 over the (label, normalised sentence) pairs in order: what the model was trained from."""
        digest = hashlib.sha256()
        for sentence in self.sentences:
            digest.update(f"{sentence.label}\t{normalise_text(sentence.text)}\n".encode("utf-8"))
        return digest.hexdigest()

    def label_counts(self, sentences: list[LabelledSentence] | None = None) -> dict[str, int]:
        chosen = self.sentences if sentences is None else sentences
        return {label: sum(1 for s in chosen if s.label == label) for label in LABELS}


def is_held_out(text: str, fraction: float = HELD_OUT_FRACTION) -> bool:
    """True when the sentence belongs to the held-out set (lowest `fraction` of the SHA-1 range)."""
    value = int.from_bytes(hashlib.sha1(normalise_text(text).encode("utf-8")).digest(), "big")
    return value < fraction * _HASH_RANGE


def read_corpus(directory: Path = DEFAULT_CORPUS_DIR) -> Corpus:
    """Every usable line of `directory/*.tsv`, files in name order.

    Files are being written while people work, so a malformed line (a half-written last line, an unknown
    label) is skipped and reported rather than fatal. A sentence that appears twice keeps its first label;
    a second, different label for it is reported as a conflict.
    """
    sentences: list[LabelledSentence] = []
    files: dict[str, int] = {}
    skipped: list[str] = []
    seen: dict[str, LabelledSentence] = {}
    for path in sorted(Path(directory).glob("*.tsv")):
        usable = 0
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            origin = f"{path.name}:{number}"
            if not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) < 2:
                skipped.append(f"{origin}: expected label<TAB>sentence<TAB>topic")
                continue
            label, text = fields[0].strip().lower(), fields[1].strip()
            topic = fields[2].strip() if len(fields) > 2 else ""
            if label not in LABELS:
                skipped.append(f"{origin}: unknown label {fields[0]!r}")
                continue
            if not text:
                skipped.append(f"{origin}: empty sentence")
                continue
            key = normalise_text(text)
            if key in seen:
                if seen[key].label != label:
                    skipped.append(f"{origin}: labelled {label}, but {seen[key].origin} says {seen[key].label}")
                continue
            sentence = LabelledSentence(label, text, topic, origin)
            seen[key] = sentence
            sentences.append(sentence)
            usable += 1
        files[path.name] = usable
    return Corpus(sentences, files, skipped)
