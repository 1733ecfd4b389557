"""The batch engine on an archive built from the corpus: articles per second, scaling, memory, price requests saved.

Builds N articles (default 1,000) from tests/corpus and tests/corpus_holdout, each with an index
sentence appended so every one is a distinct article (its own hash), with the `published` of its
.json, and runs the whole batch offline into a fresh output folder, library and price cache:
the local engine on 1 and 2 workers, then Dask on a 2-worker LocalCluster.

Goals: >= 1.7x from 1 to 2 local workers; Dask within 15% of the local engine at 2 workers.
The figures that matter at scale are the analysis pass's rate (workers started, models loaded);
end to end also pays each worker's start (imports, listing directory, sentiment model, calendars).

Run: .venv/bin/python benchmarks/bench_batch.py [--articles N] [--no-sentiment] [--configs local:1,local:2,dask:2]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from analysis.batch import BatchOptions, run_batch  # noqa: E402
from analysis.settings import Settings  # noqa: E402


def build_archive(path: Path, count: int) -> Path:
    texts = []
    for folder in ("corpus", "corpus_holdout"):
        for text_path in sorted((ROOT / "tests" / folder).glob("*.txt")):
            meta = text_path.with_suffix(".json")
            published = json.loads(meta.read_text(encoding="utf-8")).get("published") if meta.exists() else None
            texts.append((text_path.stem, text_path.read_text(encoding="utf-8"), published))
    with path.open("w", encoding="utf-8") as handle:
        for index in range(count):
            stem, text, published = texts[index % len(texts)]
            record = {"id": f"{index:05d}-{stem}", "text": f"{text}\n\nArchive copy {index}.", "published": published}
            handle.write(json.dumps(record) + "\n")
    return path


def run(config: str, archive: Path, sentiment: bool, partition_size: int) -> dict:
    engine, workers = config.split(":")
    place = Path(tempfile.mkdtemp(prefix=f"bench-batch-{engine}{workers}-"))
    settings = Settings(offline=True, cache_path=place / "prices.sqlite", database_url="sqlite:///" + str(place / "library.sqlite"))
    options = BatchOptions(
        input=archive, out=place / "out", engine=engine, workers=int(workers),
        sentiment=sentiment, partition_size=partition_size, progress=False,
    )
    summary = run_batch(options, settings)
    return {
        "config": config,
        "analysed": summary.analysed,
        "seconds": summary.seconds,
        "analyse_seconds": summary.analyse_seconds,
        "rate": summary.analysed / summary.seconds,
        "analyse_rate": summary.analysed / summary.analyse_seconds,
        "peak_mb": max(summary.worker_peak_mb.values()),
        "cpu_ms": 1000 * summary.analyse_cpu_seconds / summary.analysed,
        "ranges": summary.price_ranges_fetched,
        "per_article_requests": summary.price_requests_article_by_article,
        "saved": summary.requests_saved,
        "claims": summary.claims,
        "failures": len(summary.failures),
    }


def _others_cpu() -> float:
    """CPU percent used right now by processes other than this one and its children (a second's sample)."""
    import subprocess

    mine = {str(os.getpid())}
    rows = subprocess.run(["ps", "-eo", "pid,ppid,pcpu"], capture_output=True, text=True).stdout.splitlines()[1:]
    total = 0.0
    for row in rows:
        pid, ppid, cpu = row.split()
        if pid not in mine and ppid not in mine:
            total += float(cpu)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--no-sentiment", action="store_true")
    parser.add_argument("--configs", default="local:1,local:2,dask:2")
    parser.add_argument("--partition-size", type=int, default=16)
    args = parser.parse_args()

    archive = build_archive(Path(tempfile.mkdtemp(prefix="bench-batch-")) / "archive.jsonl", args.articles)
    sentiment = not args.no_sentiment
    print(f"{args.articles} articles, sentiment {'on' if sentiment else 'off'}, offline, {os.cpu_count()} CPUs")
    # Another process busy on the same cores makes every figure below meaningless; show the load.
    print("load average before: %.2f %.2f %.2f" % os.getloadavg())
    results = {}
    for config in args.configs.split(","):
        result = results[config] = run(config, archive, sentiment, args.partition_size)
        busy = _others_cpu()
        print(
            f"{config:<8} {result['analysed']:>5} articles  end to end {result['seconds']:7.1f} s = {result['rate']:6.2f}/s"
            f"  analysis pass {result['analyse_seconds']:7.1f} s = {result['analyse_rate']:6.2f}/s"
            f"  worker CPU {result['cpu_ms']:5.0f} ms/article  peak/worker {result['peak_mb']:5.0f} MB  failures {result['failures']}  other processes' CPU now {busy:.0f}%",
            flush=True,
        )
    print("load average after: %.2f %.2f %.2f" % os.getloadavg())
    first = next(iter(results.values()))
    print(
        f"prices: {first['ranges']} listing ranges fetched once vs {first['per_article_requests']} requests article by article "
        f"through the cache ({first['saved']:.0%} saved); {first['claims']} claims"
    )
    if {"local:1", "local:2"} <= results.keys():
        for key, label in (("rate", "end to end"), ("analyse_rate", "analysis pass")):
            speedup = results["local:2"][key] / results["local:1"][key]
            print(f"speed-up 1 -> 2 local workers, {label}: {speedup:.2f}x (goal >= 1.7x: {'ok' if speedup >= 1.7 else 'MISSED'})")
    if {"local:2", "dask:2"} <= results.keys():
        for key, label in (("rate", "end to end"), ("analyse_rate", "analysis pass")):
            ratio = results["dask:2"][key] / results["local:2"][key]
            print(f"Dask / local at 2 workers, {label}: {ratio:.2f} (goal >= 0.85: {'ok' if ratio >= 0.85 else 'MISSED'})")


if __name__ == "__main__":
    main()
