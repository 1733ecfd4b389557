"""Price bars as every source returns them, whatever the source."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

import pandas as pd

BAR_COLUMNS = ["open", "high", "low", "close", "volume"]
# Extra columns every PriceBars frame carries (filled with defaults when a source lacks them).
FLAG_COLUMNS = ["dividends", "splits", "half_day", "flat_bar"]


class Interval(str, enum.Enum):
    DAILY = "1d"
    MINUTE_5 = "5m"
    MINUTE_1 = "1m"


class SourceKind(str, enum.Enum):
    CACHE = "cache"
    YAHOO = "yahoo"
    BUNDLED = "bundled"
    USER_CSV = "user_csv"

    @property
    def label(self) -> str:
        return {
            SourceKind.CACHE: "local cache",
            SourceKind.YAHOO: "live Yahoo Finance",
            SourceKind.BUNDLED: "bundled sample",
            SourceKind.USER_CSV: "your CSV",
        }[self]


@dataclass(frozen=True)
class BarRequest:
    symbol: str
    start: dt.date  # first session wanted, inclusive
    end: dt.date  # last session wanted, inclusive
    interval: Interval = Interval.DAILY
    prepost: bool = False  # intraday only: include pre- and post-market bars


@dataclass
class PriceBars:
    """OHLCV bars for one symbol.

    `frame` is indexed by a tz-aware DatetimeIndex in the exchange's time zone (daily bars at
    local midnight of the session, as Yahoo gives them) with columns BAR_COLUMNS + FLAG_COLUMNS.
    Prices are raw (not adjusted for splits or dividends): news reports moves on raw closes.
    """

    symbol: str
    frame: pd.DataFrame
    currency: str | None
    timezone: str
    source: SourceKind
    interval: Interval = Interval.DAILY
    detail: str = ""  # e.g. "offline", "from the user's file prices.csv"
    notes: list[str] = field(default_factory=list)

    @property
    def source_label(self) -> str:
        text = self.source.label
        return f"{text}, {self.detail}" if self.detail else text

    @property
    def empty(self) -> bool:
        return self.frame.empty

    def sessions(self) -> list[dt.date]:
        return [ts.date() for ts in self.frame.index]

    def bar_on(self, session: dt.date) -> pd.Series | None:
        """The daily bar of one session, or None when the source has no row for it."""
        if self.frame.empty:
            return None
        days = self.frame.index.date
        rows = self.frame[days == session]
        return None if rows.empty else rows.iloc[-1]

    def sliced(self, start: dt.date, end: dt.date) -> "PriceBars":
        days = self.frame.index.date if not self.frame.empty else []
        mask = [(start <= d <= end) for d in days]
        return PriceBars(
            self.symbol,
            self.frame[mask] if len(mask) else self.frame,
            self.currency,
            self.timezone,
            self.source,
            self.interval,
            self.detail,
            list(self.notes),
        )


def standard_frame(frame: pd.DataFrame, timezone: str) -> pd.DataFrame:
    """Bring any OHLCV frame into the one shape PriceBars promises.

    Lower-case columns, tz-aware index in the exchange's zone, sorted, de-duplicated,
    with dividends/splits/half_day/flat_bar present.
    """
    out = frame.copy()
    out.columns = [str(c).strip().lower().replace(" ", "_") for c in out.columns]
    if "stock_splits" in out.columns and "splits" not in out.columns:
        out = out.rename(columns={"stock_splits": "splits"})
    index = pd.DatetimeIndex(out.index)
    index = index.tz_localize(timezone) if index.tz is None else index.tz_convert(timezone)
    out.index = index
    out.index.name = "time"
    for column in BAR_COLUMNS:
        if column not in out.columns:
            out[column] = float("nan")
    for column in ("dividends", "splits"):
        if column not in out.columns:
            out[column] = 0.0
        out[column] = out[column].fillna(0.0).astype(float)
    if "half_day" not in out.columns:
        out["half_day"] = False
    out["flat_bar"] = flat_bar_mask(out)
    out = out[~out.index.duplicated(keep="last")].sort_index()
    return out[BAR_COLUMNS + FLAG_COLUMNS]


def flat_bar_mask(frame: pd.DataFrame) -> pd.Series:
    """Bars with open = high = low = close and no volume.

    Yahoo writes such placeholder rows for Hong Kong half-day sessions (2024-12-24, 2024-12-31):
    they are not real prices, so nothing downstream may read them as "no move".
    """
    same = (frame["open"] == frame["high"]) & (frame["high"] == frame["low"]) & (frame["low"] == frame["close"])
    no_volume = frame["volume"].fillna(0) == 0
    return (same & no_volume).astype(bool)
