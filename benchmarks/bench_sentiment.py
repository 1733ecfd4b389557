"""Benchmark the sentiment model on Financial PhraseBank: accuracy, macro-F1, speed, load time, memory.

    python benchmarks/bench_sentiment.py PATH_TO_FPB_DIR [--model NAME_OR_FOLDER] [--json]

Financial PhraseBank (Malo et al., CC BY-NC-SA 3.0) is an evaluation benchmark only: this script reads it from
wherever the user keeps it, never trains on it, and writes none of it anywhere. Files read:
`Sentences_AllAgree.txt` and `Sentences_75Agree.txt` (one `sentence@label` a line, latin-1).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FILES = ("Sentences_AllAgree.txt", "Sentences_75Agree.txt")


def read_phrasebank(path: Path) -> list[tuple[str, str]]:
    """(sentence, label) pairs, first occurrence of each sentence kept (the files repeat a few)."""
    pairs: dict[str, str] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        sentence, separator, label = line.rpartition("@")
        if separator and label.strip() in {"negative", "neutral", "positive"}:
            pairs.setdefault(sentence.strip(), label.strip())
    return list(pairs.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fpb_dir", type=Path)
    parser.add_argument("--model", default=None, help="a Hugging Face name or folder (default: settings / bundled)")
    parser.add_argument("--model-dir", type=Path, default=None, help="a bundled-format model folder (adapter + manifest)")
    parser.add_argument("--quantize", action="store_true", help="run the bundled model's encoder in int8 (faster, less exact)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args(argv)

    import psutil

    process = psutil.Process()
    started = time.perf_counter()
    from analysis.sentiment.inference import load_bundled_model, load_sentiment_model
    from analysis.sentiment.metrics import classification_report
    from analysis.settings import Settings

    settings = Settings.from_env()
    if args.model is not None:
        settings = settings.with_changes(sentiment_model=args.model)
    if args.model_dir is not None or args.quantize:
        from analysis.sentiment.inference import BUNDLED_MODEL_DIR

        model = load_bundled_model(args.model_dir or BUNDLED_MODEL_DIR, quantize=True if args.quantize else None)
    else:
        model = load_sentiment_model(settings)
    model.batch_size = args.batch_size
    load_seconds = time.perf_counter() - started

    report: dict[str, object] = {"model": model.name, "notice": model.notice, "load_seconds": round(load_seconds, 2)}
    model.predict(["Warm-up sentence so the first timed batch is not the slowest."])
    total_sentences, total_seconds = 0, 0.0
    cpu_before = sum(process.cpu_times()[:2])
    for name in FILES:
        pairs = read_phrasebank(args.fpb_dir / name)
        tick = time.perf_counter()
        probabilities = model.predict([sentence for sentence, _ in pairs])
        seconds = time.perf_counter() - tick
        total_sentences, total_seconds = total_sentences + len(pairs), total_seconds + seconds
        predicted = [max(p, key=p.__getitem__) for p in probabilities]
        result = classification_report([label for _, label in pairs], predicted)
        result["sentences_per_second"] = round(len(pairs) / seconds, 1)
        report[name] = result
    report["sentences_per_second"] = round(total_sentences / total_seconds, 1)
    # On a shared host the wall clock includes time other machines took; CPU time does not.
    report["sentences_per_cpu_second"] = round(total_sentences / (sum(process.cpu_times()[:2]) - cpu_before), 1)
    report["peak_rss_mb"] = round(_peak_rss_bytes(process) / 2**20)
    import torch

    report["threads"] = torch.get_num_threads()
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print_table(report)
    return 0


def _peak_rss_bytes(process: object) -> int:
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux
    except ImportError:  # Windows: psutil's peak working set
        return getattr(process.memory_info(), "peak_wset", process.memory_info().rss)  # type: ignore[attr-defined]


def _print_table(report: dict[str, object]) -> None:
    print(f"model            {report['model']}" + (f"  ({report['notice']})" if report["notice"] else ""))
    print(f"load             {report['load_seconds']} s (imports included)")
    for name in FILES:
        result = report[name]
        assert isinstance(result, dict)
        f1 = ", ".join(f"{label} {value:.3f}" for label, value in result["f1"].items())
        print(f"{name:<24} n={result['n']:<5} accuracy {result['accuracy']:.4f}  macro-F1 {result['macro_f1']:.4f}"
              f"  (F1 {f1})  {result['sentences_per_second']} sent/s")
        confusion = result["confusion"]
        for gold, row in confusion.items():
            print(f"    gold {gold:<9} -> " + "  ".join(f"{p} {n:>4}" for p, n in row.items()))
    print(f"speed            {report['sentences_per_second']} sentences/s on {report['threads']} threads"
          f" ({report['sentences_per_cpu_second']} per CPU-second)")
    print(f"peak RSS         {report['peak_rss_mb']} MB")


if __name__ == "__main__":
    sys.exit(main())
