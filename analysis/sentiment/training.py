"""Fine-tune the packaged all-MiniLM-L6-v2 into the bundled negative/neutral/positive classifier.

Training data is the project's own corpus only (`data/sentiment/corpus/*.tsv`, written for tapecheck and
licence-clean). Financial PhraseBank is an evaluation benchmark (CC BY-NC-SA): it is never read here.

What is trained: low-rank adapters (`lowrank.py`) on every attention and feed-forward matrix of the six encoder
layers, plus biases, LayerNorms, pooler and classifier in full. The output is `adapter.safetensors` (a few MB,
committed) and `manifest.json` (base package version, labels, corpus digest, settings, held-out metrics); it
loads on top of the pinned base package.

Runs are deterministic for a given corpus, seed and thread count: one seeded generator orders the batches,
torch is seeded before the classifier head is created, and deterministic algorithms are requested.
"""

from __future__ import annotations

import dataclasses
import json
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from analysis.sentiment.corpus import DEFAULT_CORPUS_DIR, LabelledSentence, read_corpus
from analysis.sentiment.inference import (
    ADAPTER_FILE,
    BASE_PACKAGE,
    BUNDLED_MODEL_DIR,
    BUNDLED_NAME,
    MANIFEST_FILE,
    base_package_version,
    build_base_classifier,
    load_bundled_model,
)
from analysis.sentiment.labels import LABELS
from analysis.sentiment.metrics import classification_report


@dataclass(frozen=True)
class TrainingSettings:
    epochs: int = 4
    seed: int = 13
    batch_size: int = 16
    learning_rate: float = 5e-4
    weight_decay: float = 0.01
    warmup_fraction: float = 0.1
    max_length: int = 96
    lora_rank: int = 16
    lora_alpha: float = 32.0
    lora_dropout: float = 0.0
    label_smoothing: float = 0.1  # softer targets: calibrated confidences, which the document weighting uses
    threads: int = 2  # fixed, because float sums (and so the weights) depend on how work is split
    quantize_inference: bool = False  # see load_bundled_model: int8 makes scores depend on the batch


# How many of the first optimiser steps' losses the manifest records, for `replay_first_steps`.
TRACE_STEPS = 24


@dataclass
class TrainingResult:
    out_dir: Path
    manifest: dict[str, Any]


def train_sentiment_model(
    corpus_dir: Path = DEFAULT_CORPUS_DIR,
    out_dir: Path = BUNDLED_MODEL_DIR,
    settings: TrainingSettings = TrainingSettings(),
    log: Callable[[str], None] = print,
) -> TrainingResult:
    """Train on the corpus's training split, write the adapter and manifest to `out_dir`, report held-out metrics."""
    from analysis.sentiment.lowrank import ADAPTER_FORMAT, save_adapter

    started = time.perf_counter()
    corpus = read_corpus(corpus_dir)
    training, held_out = corpus.training, corpus.held_out
    if len(training) < 50 or len({s.label for s in training}) < len(LABELS):
        raise ValueError(f"{corpus_dir} has too few labelled sentences to train on ({len(training)})")
    for problem in corpus.skipped:
        log(f"skipped {problem}")
    log(f"corpus: {len(training)} training, {len(held_out)} held-out sentences {corpus.label_counts(training)}")

    model, steps = _training_run(training, settings)
    losses: list[float] = []
    for epoch in range(settings.epochs):
        epoch_loss = 0.0
        for _ in range(steps.per_epoch):
            loss, size = next(steps.losses)
            losses.append(loss)
            epoch_loss += loss * size
        log(f"epoch {epoch + 1}/{settings.epochs}: loss {epoch_loss / len(training):.4f} "
            f"({time.perf_counter() - started:.0f} s)")

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    save_adapter(model, out_dir / ADAPTER_FILE)
    training_seconds = round(time.perf_counter() - started, 1)
    manifest = {
        "name": BUNDLED_NAME,
        "format": ADAPTER_FORMAT,
        "description": "all-MiniLM-L6-v2 with a low-rank adapter fine-tuned on tapecheck's own financial-news "
        "sentences (data/sentiment/corpus); load with analysis.sentiment.load_sentiment_model",
        "base": {"package": BASE_PACKAGE, "version": base_package_version(), "licence": "Apache-2.0 weights"},
        "labels": list(LABELS),
        "corpus": {
            "sha256": corpus.digest(),
            "files": corpus.files,
            "training": len(training),
            "held_out": len(held_out),
            "training_labels": corpus.label_counts(training),
            "skipped_lines": len(corpus.skipped),
        },
        "training": dataclasses.asdict(settings),
        "training_seconds": training_seconds,
        "versions": _library_versions(),
        "inference": {"quantize": settings.quantize_inference, "max_length": 128},
        "trace": {"first_step_losses": [round(loss, 6) for loss in losses[:TRACE_STEPS]]},
    }
    _write_manifest(out_dir, manifest)
    # Measure what was written, loaded the way the app loads it.
    manifest["metrics"] = {"held_out": evaluate(load_bundled_model(out_dir), held_out)}
    _write_manifest(out_dir, manifest)
    log(f"held-out: accuracy {manifest['metrics']['held_out']['accuracy']}, "
        f"macro-F1 {manifest['metrics']['held_out']['macro_f1']} (n={len(held_out)}); {training_seconds} s training")
    return TrainingResult(out_dir, manifest)


@dataclass
class _Steps:
    per_epoch: int
    losses: Iterator[tuple[float, int]]  # (loss, batch size) of each optimiser step, in order


def _training_run(training: list[LabelledSentence], settings: TrainingSettings) -> tuple[Any, _Steps]:
    """The seeded model and its optimiser steps, run lazily: the full training and its replay share them."""
    import torch

    from analysis.sentiment.lowrank import add_low_rank_adapters

    torch.set_num_threads(settings.threads)
    torch.manual_seed(settings.seed)
    torch.use_deterministic_algorithms(True, warn_only=True)
    # Deterministic mode also fills every new tensor with NaN, to expose reads of memory never written. Nothing
    # here reads such memory (the weights come out byte-identical without the fill), and the fill took about
    # half of each training step: 40 steps on 2 cores in 11 s instead of 21 s.
    torch.utils.deterministic.fill_uninitialized_memory = False
    tokenizer, model = build_base_classifier()
    add_low_rank_adapters(model, settings.lora_rank, settings.lora_alpha, settings.lora_dropout)

    label_index = {label: i for i, label in enumerate(LABELS)}
    encoded = [tokenizer(s.text, truncation=True, max_length=settings.max_length)["input_ids"] for s in training]
    targets = [label_index[s.label] for s in training]
    rng = random.Random(settings.seed)
    steps_per_epoch = -(-len(training) // settings.batch_size)
    total_steps = steps_per_epoch * settings.epochs
    optimizer = torch.optim.AdamW(_parameter_groups(model, settings.weight_decay), lr=settings.learning_rate)
    warmup = max(1, int(total_steps * settings.warmup_fraction))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (total_steps - step) / (total_steps - warmup)))
    )

    def losses() -> Iterator[tuple[float, int]]:
        model.train()
        for _ in range(settings.epochs):
            for batch in _length_bucketed_batches([len(ids) for ids in encoded], settings.batch_size, rng):
                input_ids, attention_mask = _pad([encoded[i] for i in batch], tokenizer.pad_token_id)
                labels = torch.tensor([targets[i] for i in batch])
                logits = model(input_ids=input_ids, attention_mask=attention_mask).logits
                loss = torch.nn.functional.cross_entropy(logits, labels, label_smoothing=settings.label_smoothing)
                loss.backward()
                torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], 1.0)
                optimizer.step()
                schedule.step()
                optimizer.zero_grad(set_to_none=True)
                yield loss.item(), len(batch)

    return model, _Steps(steps_per_epoch, losses())


def replay_first_steps(model_dir: Path = BUNDLED_MODEL_DIR, corpus_dir: Path = DEFAULT_CORPUS_DIR) -> ReplayResult:
    """Run the first optimiser steps of the training that made `model_dir` again, and compare their losses.

    The whole training takes minutes; its first steps take seconds and already depend on everything the
    result does: the corpus and its split, the seed, the batch order, the base weights, the settings and
    the libraries' arithmetic. A model trained from other inputs, or a machine that computes differently,
    shows in them.
    """
    manifest = json.loads((Path(model_dir) / MANIFEST_FILE).read_text(encoding="utf-8"))
    if "trace" not in manifest:
        raise ValueError("its manifest records no first steps to replay (trained before tapecheck recorded them); "
                         "train it again with `python -m analysis train-sentiment`")
    recorded = manifest["trace"]["first_step_losses"]
    fields = {f.name for f in dataclasses.fields(TrainingSettings)}
    settings = TrainingSettings(**{key: value for key, value in manifest["training"].items() if key in fields})
    _, steps = _training_run(read_corpus(corpus_dir).training, settings)
    replayed: list[float] = []
    for loss in recorded:
        replayed.append(round(next(steps.losses)[0], 6))
        if abs(replayed[-1] - loss) > REPLAY_TOLERANCE:
            break  # the first step that differs says all there is to say
    return ReplayResult(recorded, replayed)


# Float sums may differ in the last digits on another CPU; a different input moves a loss far more.
REPLAY_TOLERANCE = 1e-3


@dataclass(frozen=True)
class ReplayResult:
    recorded: list[float]
    replayed: list[float]  # up to the first step that differs

    @property
    def matches(self) -> bool:
        return len(self.recorded) == len(self.replayed) and all(
            abs(a - b) <= REPLAY_TOLERANCE for a, b in zip(self.recorded, self.replayed)
        )

    def describe(self) -> str:
        if self.matches:
            worst = max((abs(a - b) for a, b in zip(self.recorded, self.replayed)), default=0.0)
            return (f"{len(self.replayed)} steps replayed: this machine reproduces the recorded training "
                    f"(largest loss difference {worst:.2g})")
        step = len(self.replayed)
        recorded = self.recorded[step - 1] if step <= len(self.recorded) else None
        replayed = self.replayed[-1] if self.replayed else None
        return (f"this machine does NOT reproduce the recorded training: step {step} lost {replayed}, "
                f"the recorded training {recorded}")


def evaluate(model: Any, sentences: list[LabelledSentence]) -> dict[str, object]:
    probabilities = model.predict([s.text for s in sentences])
    predicted = [max(p, key=p.__getitem__) for p in probabilities]
    return classification_report([s.label for s in sentences], predicted)


def _length_bucketed_batches(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar-length sentences: shuffle, sort within windows of 50 batches, shuffle batches."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    window = batch_size * 50
    batches: list[list[int]] = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lambda i: lengths[i])
        batches.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def _pad(sequences: list[list[int]], pad_id: int) -> tuple[Any, Any]:
    import torch

    width = max(len(s) for s in sequences)
    input_ids = torch.full((len(sequences), width), pad_id, dtype=torch.long)
    attention_mask = torch.zeros((len(sequences), width), dtype=torch.long)
    for row, sequence in enumerate(sequences):
        input_ids[row, : len(sequence)] = torch.tensor(sequence)
        attention_mask[row, : len(sequence)] = 1
    return input_ids, attention_mask


def _parameter_groups(model: Any, weight_decay: float) -> list[dict[str, Any]]:
    decayed, plain = [], []
    for name, parameter in model.named_parameters():
        if parameter.requires_grad:
            (plain if name.endswith(".bias") or "LayerNorm" in name else decayed).append(parameter)
    return [{"params": decayed, "weight_decay": weight_decay}, {"params": plain, "weight_decay": 0.0}]


def _library_versions() -> dict[str, str]:
    import tokenizers
    import torch
    import transformers

    return {"torch": torch.__version__, "transformers": transformers.__version__, "tokenizers": tokenizers.__version__}


def _write_manifest(out_dir: Path, manifest: dict[str, Any]) -> None:
    (out_dir / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
