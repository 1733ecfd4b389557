"""Real sample bars shipped in the repo (data/sample_prices/*.csv), for offline use."""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from analysis.errors import SourceUnavailable
from data.bars import BarRequest, Interval, PriceBars, SourceKind, standard_frame
from data.exchanges import exchange_for_symbol

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample_prices"


@functools.lru_cache(maxsize=4)
def _load_all(folder: str) -> dict[str, tuple[pd.DataFrame, str | None]]:
    frames: dict[str, tuple[pd.DataFrame, str | None]] = {}
    for path in sorted(Path(folder).glob("*.csv")):
        raw = pd.read_csv(path, dtype={"symbol": str, "note": str}, keep_default_na=False, na_values=[""])
        for symbol, rows in raw.groupby("symbol"):
            zone = exchange_for_symbol(symbol).timezone
            frame = rows.set_index(pd.to_datetime(rows["date"]))[["open", "high", "low", "close", "volume"]]
            frame = standard_frame(frame.astype(float), zone)
            currency = rows["currency"].dropna().iloc[0] if "currency" in rows and rows["currency"].notna().any() else None
            frames[symbol] = (frame, currency)
    return frames


class BundledSource:
    kind = SourceKind.BUNDLED

    def __init__(self, folder: Path = SAMPLE_DIR) -> None:
        self.folder = folder

    def symbols(self) -> list[str]:
        return sorted(_load_all(str(self.folder)))

    def fetch(self, request: BarRequest) -> PriceBars:
        if request.interval is not Interval.DAILY:
            raise SourceUnavailable("the bundled sample has daily bars only")
        frames = _load_all(str(self.folder))
        if request.symbol not in frames:
            raise SourceUnavailable(f"the bundled sample has no bars for {request.symbol}")
        frame, currency = frames[request.symbol]
        zone = exchange_for_symbol(request.symbol).timezone
        bars = PriceBars(request.symbol, frame, currency, zone, self.kind).sliced(request.start, request.end)
        if bars.empty:
            first, last = frame.index[0].date(), frame.index[-1].date()
            raise SourceUnavailable(
                f"the bundled sample for {request.symbol} covers {first} to {last}, not {request.start} to {request.end}"
            )
        return bars
