"""Claims and price stand-ins shared by the verify, chart and export tests.

The seed claims are those of /work/shared/examples/seed-expected.json, each with a short
wording of our own (the article's prose stays out of the repo).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from analysis.errors import PriceDataError
from analysis.models import Article, Claim, ClaimKind, Direction, Unit
from analysis.settings import Settings
from data.bars import BarRequest, Interval, PriceBars, SourceKind, standard_frame
from data.exchanges import exchange_for_symbol
from data.prices import PriceService, mark_sessions

SMIC = "Semiconductor Manufacturing International Corp."
MONDAY, FRIDAY = dt.date(2024, 12, 23), dt.date(2024, 12, 20)
# 00:59 New York = 13:59 in Shanghai and Hong Kong: both markets were trading.
SEED_PUBLISHED = dt.datetime(2024, 12, 23, 0, 59, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def claim(ticker: str | None, kind: ClaimKind, magnitude: float, day: dt.date | None, *, hedge: str | None = None,
          direction: Direction = Direction.UP, unit: Unit = Unit.PCT, text: str = "", **extra) -> Claim:
    exchange = exchange_for_symbol(ticker).name if ticker else None
    return Claim(
        entity=extra.pop("entity", SMIC if ticker in ("688981.SS", "0981.HK") else "Test Corp."),
        ticker=ticker,
        exchange=exchange,
        direction=direction,
        magnitude=magnitude,
        unit=unit,
        kind=kind,
        date=day,
        hedge=hedge,
        span=(0, 0),
        text=text or f"{'up' if direction is Direction.UP else 'down'} {hedge + ' ' if hedge else ''}{magnitude:g}%",
        **extra,
    )


def seed_claims() -> list[Claim]:
    return [
        claim("688981.SS", ClaimKind.INTRADAY_HIGH, 5.2, MONDAY, hedge="as much as",
              text="Shanghai shares up as much as 5.2% on Monday"),
        claim("688981.SS", ClaimKind.INTRADAY_CURRENT, 2.7, MONDAY, hedge="about",
              text="gains pared to about 2.7% in the afternoon"),
        claim("688981.SS", ClaimKind.CLOSE_CHANGE, 10, FRIDAY, text="a 10% advance on Friday"),
        claim("0981.HK", ClaimKind.INTRADAY_CURRENT, 3.7, MONDAY, text="Hong Kong shares a further 3.7% higher Monday"),
        claim("0981.HK", ClaimKind.CUMULATIVE, 16, MONDAY, hedge="more than", sessions=4,
              text="more than 16% up across four sessions"),
    ]


def seed_article(published: dt.datetime | None = SEED_PUBLISHED) -> Article:
    return Article(
        text="SMIC shares rally in Shanghai and Hong Kong (test stand-in for the seed article).",
        published=published,
        published_origin="dateline" if published else "none",
        title="SMIC rally",
        source="seed-article.txt",
    )


def offline_prices(tmp_path: Path) -> PriceService:
    return PriceService(Settings(offline=True, cache_path=tmp_path / "prices.sqlite"))


def daily_bars(symbol: str, rows: dict[dt.date, tuple[float, float, float, float, float]],
               splits: dict[dt.date, float] | None = None, source: SourceKind = SourceKind.USER_CSV) -> PriceBars:
    """Hand-made daily bars: {session: (open, high, low, close, volume)}."""
    exchange = exchange_for_symbol(symbol)
    frame = pd.DataFrame(
        [dict(zip(["open", "high", "low", "close", "volume"], values)) for values in rows.values()],
        index=pd.DatetimeIndex([pd.Timestamp(day) for day in rows]),
    )
    frame["splits"] = [float((splits or {}).get(day, 0.0)) for day in rows]
    bars = PriceBars(symbol, standard_frame(frame, exchange.timezone), exchange.currency, exchange.timezone, source,
                     detail="hand-made test bars")
    return mark_sessions(bars)


def intraday_bars(symbol: str, day: dt.date, closes: dict[str, float], interval: Interval = Interval.MINUTE_5) -> PriceBars:
    """Hand-made intraday bars: {"HH:MM" local start time: close}, open = high = low = close."""
    exchange = exchange_for_symbol(symbol)
    index = pd.DatetimeIndex([pd.Timestamp(f"{day} {hhmm}") for hhmm in closes]).tz_localize(exchange.timezone)
    values = list(closes.values())
    frame = pd.DataFrame({"open": values, "high": values, "low": values, "close": values, "volume": 1000.0}, index=index)
    return PriceBars(symbol, standard_frame(frame, exchange.timezone), exchange.currency, exchange.timezone,
                     SourceKind.YAHOO, interval)


class StubPrices:
    """A price service over hand-made bars: slices what it holds, PriceDataError for anything else."""

    offline = True

    def __init__(self, daily: dict[str, PriceBars], intraday: dict[tuple[str, bool], PriceBars] | None = None) -> None:
        self.daily_bars = daily
        self.intraday_bars = intraday or {}
        self.requests: list[BarRequest] = []

    def bars(self, request: BarRequest) -> PriceBars:
        self.requests.append(request)
        if request.interval is Interval.DAILY:
            held = self.daily_bars.get(request.symbol)
            bars = held.sliced(request.start, request.end) if held is not None else None
        else:
            bars = self.intraday_bars.get((request.symbol, request.prepost))
            if bars is not None and request.interval is not bars.interval:
                bars = None
        if bars is None or bars.empty:
            raise PriceDataError(f"No prices for {request.symbol} ({request.interval.value}) from {request.start} to {request.end}")
        return bars

    def daily(self, symbol: str, start: dt.date, end: dt.date) -> PriceBars:
        return self.bars(BarRequest(symbol, start, end))
