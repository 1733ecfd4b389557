"""Verify + chart the seed claims from the offline cache, and image export per chart after warm-up.

Goals: verify + charts < 300 ms median; one image < 200 ms median once Chromium is warm (so
the three formats of a chart in one call < 600 ms).
Run: .venv/bin/python benchmarks/bench_verify.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.charts import charts_for  # noqa: E402
from analysis.export import IMAGE_FORMATS, export_images  # noqa: E402
from analysis.verify import verify_claims  # noqa: E402
from tests.verify_fixtures import offline_prices, seed_article, seed_claims  # noqa: E402


def timed(work, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(name: str, times: list[float], goal_ms: float) -> None:
    median = statistics.median(times)
    verdict = "ok" if median < goal_ms else "SLOW"
    print(f"{name:<34} median {median:7.1f} ms  min {min(times):7.1f}  max {max(times):7.1f}  "
          f"(n={len(times)}, goal < {goal_ms:g} ms: {verdict})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        prices = offline_prices(Path(scratch))
        article, claims = seed_article(), seed_claims()
        charts = charts_for(verify_claims(claims, article, prices), article, prices)  # warm-up: calendars, imports

        report("verify (5 seed claims)", timed(lambda: verify_claims(claims, article, prices), args.runs), 300)
        report("verify + charts (2 listings)",
               timed(lambda: charts_for(verify_claims(claims, article, prices), article, prices), args.runs), 300)

        out = Path(scratch) / "images"
        started = time.perf_counter()
        first = export_images(charts[0][1], out, "warmup", ["png"])
        print(f"{'first image (starts Chromium)':<34} {1000 * (time.perf_counter() - started):7.1f} ms"
              f"{'' if first.ok else '  skipped: ' + first.message}")
        if not first.ok:
            return 0
        image_runs = max(5, args.runs // 2)
        for fmt in IMAGE_FORMATS:
            report(f"image export, {fmt} per chart",
                   timed(lambda: export_images(charts[1][1], out, "bench", [fmt]), image_runs), 200)
        report("images, png+svg+pdf in one call",
               timed(lambda: export_images(charts[1][1], out, "bench", IMAGE_FORMATS), image_runs), 3 * 200)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
