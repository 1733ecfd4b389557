"""Articles per second for claim extraction alone, on a 600-word article, on one core.

Run: python benchmarks/bench_extract.py [--rounds N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.claims import ClaimExtractor  # noqa: E402
from analysis.models import Article  # noqa: E402
from data.listings.directory import default_directory  # noqa: E402


def six_hundred_words() -> str:
    """Wire-style text from the test corpus, cut to about 600 words."""
    words: list[str] = []
    for path in sorted((ROOT / "tests" / "corpus").glob("*.txt")):
        words.extend(path.read_text(encoding="utf-8").split(" "))
        if len(words) >= 600:
            break
    return " ".join(words[:600])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--per-round", type=int, default=100)
    args = parser.parse_args()
    started = time.perf_counter()
    extractor = ClaimExtractor(default_directory())
    load_seconds = time.perf_counter() - started
    article = Article(six_hundred_words(), dt.datetime(2024, 12, 23, 5, 59, tzinfo=dt.timezone.utc))
    extractor.extract(article)  # warm: calendars, compiled patterns
    rates, cpu_rates = [], []
    for _ in range(args.rounds):
        started, cpu_started = time.perf_counter(), time.process_time()
        for _ in range(args.per_round):
            extractor.extract(article)
        rates.append(args.per_round / (time.perf_counter() - started))
        cpu_rates.append(args.per_round / (time.process_time() - cpu_started))
    claims = len(extractor.extract(article).claims)
    cpu_started = time.process_time()
    for _ in range(args.per_round):
        extractor.directory.find_mentions(article.text)
    mention_ms = (time.process_time() - cpu_started) / args.per_round * 1000
    print(f"directory load: {load_seconds:.2f} s (goal < 1 s)")
    print(f"company mentions in the article: {mention_ms:.2f} ms per CPU (goal < 2 ms)")
    print(f"article: {len(article.text.split())} words, {claims} claims")
    print(f"extraction, wall clock: median {statistics.median(rates):.0f} articles/s (min {min(rates):.0f}, max {max(rates):.0f}) over {args.rounds} rounds of {args.per_round}")
    print(f"extraction, per CPU-second (one core, unaffected by other load): median {statistics.median(cpu_rates):.0f} articles/s; goal >= 200/s")


if __name__ == "__main__":
    main()
