"""Low-rank adaptation (LoRA) of a BERT classifier, written out in a few lines of torch.

Training wraps each large `nn.Linear` of the encoder in `LowRankLinear`: the base weight W stays frozen and
the layer learns W + (alpha / rank) * B @ A with A (rank x in) and B (out x rank). Biases, LayerNorms, the
pooler and the classifier are small and are trained in full.

The saved adapter is one safetensors file: `<module>.lora_a` / `<module>.lora_b` in fp16 (the bulk, a few MB)
and the small fully-trained tensors in fp32 under their usual state-dict names. `apply_adapter` merges it into a
plain `BertForSequenceClassification` built from the base package, so inference costs nothing extra.
"""

from __future__ import annotations

import math
from pathlib import Path

import torch
from torch import nn

ADAPTER_FORMAT = "tapecheck-lora/1"
# The encoder's matrices: attention projections and the feed-forward pair, in every layer.
TARGET_SUFFIXES = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


class LowRankLinear(nn.Module):
    """`base(x) + scale * B(A(x))`, with `base` frozen."""

    def __init__(self, base: nn.Linear, rank: int, alpha: float, dropout: float) -> None:
        super().__init__()
        self.base = base
        self.base.weight.requires_grad_(False)
        self.scale = alpha / rank
        self.lora_a = nn.Parameter(torch.empty(rank, base.in_features))
        self.lora_b = nn.Parameter(torch.zeros(base.out_features, rank))  # starts as the identity change
        nn.init.kaiming_uniform_(self.lora_a, a=math.sqrt(5))
        self.dropout = nn.Dropout(dropout) if dropout else nn.Identity()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (self.dropout(x) @ self.lora_a.t() @ self.lora_b.t()) * self.scale


def _is_target(name: str) -> bool:
    return ".encoder.layer." in name and name.endswith(TARGET_SUFFIXES)


def add_low_rank_adapters(model: nn.Module, rank: int, alpha: float, dropout: float) -> None:
    """Freeze `model`, wrap the encoder's matrices, and leave only adapters and small tensors trainable."""
    for parameter in model.parameters():
        parameter.requires_grad_(False)
    targets = [(name, module) for name, module in model.named_modules() if _is_target(name)]
    for name, module in targets:
        assert isinstance(module, nn.Linear), name
        parent_name, _, child = name.rpartition(".")
        setattr(model.get_submodule(parent_name), child, LowRankLinear(module, rank, alpha, dropout))
    for name, parameter in model.named_parameters():
        if _trained_in_full(name):
            parameter.requires_grad_(True)


def _trained_in_full(name: str) -> bool:
    if "lora_" in name or "embeddings" in name:
        return False  # the embedding table is 46 MB in fp32 and barely moves in fine-tuning
    return (
        name.startswith(("classifier.", "bert.pooler."))
        or ".LayerNorm." in name
        or (name.endswith(".bias") and ".encoder." in name)
    )


def adapter_state(model: nn.Module) -> dict[str, torch.Tensor]:
    """What `save_adapter` writes: adapter factors (fp16) and fully trained tensors (fp32), under base names."""
    state: dict[str, torch.Tensor] = {}
    for name, module in model.named_modules():
        if isinstance(module, LowRankLinear):
            state[f"{name}.lora_a"] = module.lora_a.detach().to(torch.float16).contiguous()
            state[f"{name}.lora_b"] = (module.lora_b.detach() * module.scale).to(torch.float16).contiguous()
    for name, parameter in model.named_parameters():
        if parameter.requires_grad and "lora_" not in name:
            state[name.replace(".base.", ".")] = parameter.detach().to(torch.float32).contiguous()
    return state


def save_adapter(model: nn.Module, path: Path) -> None:
    from safetensors.torch import save_file

    save_file(adapter_state(model), str(path), metadata={"format": ADAPTER_FORMAT})


def apply_adapter(model: nn.Module, path: Path) -> None:
    """Merge a saved adapter into an unwrapped model built from the base weights: W += B @ A, others replaced."""
    from safetensors import safe_open

    with safe_open(str(path), framework="pt") as handle:
        if (handle.metadata() or {}).get("format") != ADAPTER_FORMAT:
            raise ValueError(f"{path} is not a {ADAPTER_FORMAT} adapter")
        tensors = {key: handle.get_tensor(key) for key in handle.keys()}
    parameters = dict(model.named_parameters())
    with torch.no_grad():
        for key, value in tensors.items():
            if key.endswith(".lora_a"):
                module = key[: -len(".lora_a")]
                factor_b = tensors[f"{module}.lora_b"].to(torch.float32)
                parameters[f"{module}.weight"].add_(factor_b @ value.to(torch.float32))
            elif not key.endswith(".lora_b"):
                parameters[key].copy_(value.to(torch.float32))
