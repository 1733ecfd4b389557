"""Latency of the price layer: a cache hit for one year of daily bars, and the bundled sample.

Run: python benchmarks/bench_prices.py [--rounds N]
The year of bars written into a temporary cache is a synthetic random walk on the XNYS calendar
(the figure measured is read latency, which does not depend on the prices).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis.settings import Settings  # noqa: E402
from data.bars import BarRequest, PriceBars, SourceKind, standard_frame  # noqa: E402
from data.calendars import calendar_for  # noqa: E402
from data.prices import PriceService  # noqa: E402
from data.sources.cache import BarCache  # noqa: E402


def year_of_bars(symbol: str, start: dt.date, end: dt.date) -> PriceBars:
    sessions = calendar_for("XNYS").sessions_in_range(start, end)
    rng = random.Random(7)
    price, rows = 100.0, []
    for _ in sessions:
        opened = price
        price *= 1 + rng.gauss(0, 0.015)
        rows.append((opened, max(opened, price) * 1.01, min(opened, price) * 0.99, price, rng.randint(10**6, 10**7)))
    frame = pd.DataFrame(rows, columns=["open", "high", "low", "close", "volume"], index=pd.to_datetime(sessions))
    return PriceBars(symbol, standard_frame(frame, "America/New_York"), "USD", "America/New_York", SourceKind.YAHOO)


def median_ms(work, rounds: int) -> tuple[float, float, float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), min(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    start, end = dt.date(2024, 1, 2), dt.date(2024, 12, 31)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "prices.sqlite"
        request = BarRequest("BENCH", start, end)
        cache = BarCache(path)
        cache.store(request, year_of_bars("BENCH", start, end), complete_until=end)
        service = PriceService(Settings(cache_path=path, offline=True), cache=cache)
        bars = service.bars(request)
        assert bars.source is SourceKind.CACHE, bars.source
        hit = median_ms(lambda: service.bars(request), args.rounds)
        bundled = median_ms(lambda: service.daily("688981.SS", dt.date(2024, 12, 12), dt.date(2024, 12, 31)), args.rounds)
    print(f"cache hit, one year of daily bars ({len(bars.frame)} sessions): median {hit[0]:.1f} ms (min {hit[1]:.1f}, max {hit[2]:.1f}); goal < 20 ms")
    print(f"bundled sample, 688981.SS December 2024: median {bundled[0]:.1f} ms (min {bundled[1]:.1f}, max {bundled[2]:.1f})")


if __name__ == "__main__":
    main()
