"""Live prices from Yahoo Finance through yfinance, never allowed to hang the caller.

yfinance's own `timeout=` does not bound a call: its cookie, consent and time-zone steps wait
up to 130 s when packets are dropped (measured; ../shared/research/marketdata.md 1.7). So each
call runs in a daemon thread and the caller waits at most `timeout` seconds of wall-clock
time. An empty frame, an exception and a time-out all mean the same: source unavailable. After
a time-out the source rests for `cooldown` seconds instead of making every request wait again.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import threading
import time
from typing import Any, Callable

import pandas as pd

from analysis.errors import SourceUnavailable
from data.bars import BarRequest, Interval, PriceBars, SourceKind, standard_frame
from data.exchanges import exchange_for_symbol

# Yahoo serves 1-minute bars for about the last 7 days and 5-minute bars for about 60.
INTRADAY_REACH = {Interval.MINUTE_1: dt.timedelta(days=7), Interval.MINUTE_5: dt.timedelta(days=59)}


def run_with_deadline(work: Callable[[], Any], seconds: float) -> Any:
    """Run `work` in a daemon thread; return its result, re-raise its exception, or raise TimeoutError.

    A daemon thread, not a pool: a call stuck in a socket must not keep the process from exiting.
    """
    outcome: queue.Queue = queue.Queue(maxsize=1)

    def target() -> None:
        try:
            outcome.put((True, work()))
        except BaseException as error:  # handed to the caller, whatever it is
            outcome.put((False, error))

    threading.Thread(target=target, name="tapecheck-yahoo", daemon=True).start()
    try:
        ok, value = outcome.get(timeout=seconds)
    except queue.Empty:
        raise TimeoutError(f"no answer within {seconds:g} s") from None
    if ok:
        return value
    raise value


class YahooSource:
    kind = SourceKind.YAHOO

    def __init__(
        self,
        timeout: float = 6.0,
        *,
        session: Any | None = None,
        cooldown: float = 120.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.timeout = timeout
        self.session = session  # a requests or curl_cffi Session; None lets yfinance choose
        self.cooldown = cooldown
        self._clock = clock
        self._resting_until = 0.0
        self._rest_reason = ""

    def _history(self, request: BarRequest) -> tuple[pd.DataFrame, str | None]:
        import yfinance as yf  # imported here: it pulls curl_cffi and friends, not needed offline

        logging.getLogger("yfinance").setLevel(logging.CRITICAL)
        ticker = yf.Ticker(request.symbol, session=self.session) if self.session is not None else yf.Ticker(request.symbol)
        frame = ticker.history(
            start=request.start.isoformat(),
            end=(request.end + dt.timedelta(days=1)).isoformat(),  # yfinance's end is exclusive
            interval=request.interval.value,
            prepost=request.prepost,
            auto_adjust=False,  # news reports moves on raw closes
            actions=True,  # keep dividends and splits so a split day is not read as a crash
            timeout=max(1, int(self.timeout)),
        )
        metadata = getattr(ticker, "history_metadata", None) or {}
        return frame, metadata.get("currency")

    def fetch(self, request: BarRequest) -> PriceBars:
        now = self._clock()
        if now < self._resting_until:
            raise SourceUnavailable(f"live Yahoo is resting after an earlier failure ({self._rest_reason})")
        reach = INTRADAY_REACH.get(request.interval)
        if reach is not None and request.start < dt.date.today() - reach:
            raise SourceUnavailable(
                f"Yahoo keeps {request.interval.value} bars for about {reach.days} days only"
            )
        try:
            frame, currency = run_with_deadline(lambda: self._history(request), self.timeout)
        except TimeoutError as error:
            self._rest(f"timed out: {error}")
            raise SourceUnavailable(f"live Yahoo did not answer within {self.timeout:g} s") from None
        except Exception as error:  # yfinance raises many types (DNSError, YFException, AttributeError ...)
            reason = f"{type(error).__name__}: {str(error).splitlines()[0][:160] if str(error) else ''}"
            self._rest(reason)
            raise SourceUnavailable(f"live Yahoo failed ({reason})") from None
        if frame is None or frame.empty:
            raise SourceUnavailable(f"live Yahoo returned no bars for {request.symbol}")
        zone = str(frame.index.tz) if getattr(frame.index, "tz", None) is not None else exchange_for_symbol(request.symbol).timezone
        frame = frame.drop(columns=[c for c in frame.columns if c.lower() in {"adj close", "capital gains"}])
        bars = PriceBars(
            request.symbol,
            standard_frame(frame, zone),
            currency or exchange_for_symbol(request.symbol).currency,
            zone,
            self.kind,
            request.interval,
        )
        if request.interval is Interval.DAILY:
            # yfinance trims only the end; rows before `start` come back too (research 1.8 item 4).
            bars = bars.sliced(request.start, request.end)
        if bars.empty:
            raise SourceUnavailable(f"live Yahoo returned no bars for {request.symbol} in {request.start} to {request.end}")
        return bars

    def _rest(self, reason: str) -> None:
        self._resting_until = self._clock() + self.cooldown
        self._rest_reason = reason
