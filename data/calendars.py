"""Trading calendars: which days an exchange trades, when it opens and closes.

A thin layer over exchange_calendars in the vocabulary the rest of tapecheck uses
(session = a trading day, named by its date in the exchange's own zone). Where a
calendar's recorded years end (Shanghai's holidays are entered by hand a year at a
time), it falls back to weekdays and says so in `warnings` instead of crashing.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import exchange_calendars as xcals
import pandas as pd
import platformdirs

from analysis.errors import CalendarError
from analysis.settings import APP_NAME
from data.calendar_schedules import Schedule, read_schedule, schedule_of, write_schedule

# Session tables shared by every process on this machine (see calendar_schedules).
SCHEDULE_FOLDER = Path(platformdirs.user_cache_dir(APP_NAME)) / "calendars"


class MarketState(str, enum.Enum):
    BEFORE_OPEN = "before_open"  # a session day, before the open
    OPEN = "open"  # trading (a lunch break counts as open: the session is not over)
    AFTER_CLOSE = "after_close"  # a session day, after the close
    CLOSED_DAY = "closed_day"  # not a session (weekend, holiday)


@dataclass
class TradingCalendar:
    mic: str
    timezone: str
    _schedule: Schedule | None  # None: no calendar for this exchange, weekdays stand in
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Plain dicts, not exchange_calendars' pandas answers (~0.5 ms a question): the claim rules
        # ask hundreds of questions an article.
        schedule = self._schedule
        self._times: dict[dt.date, tuple[dt.datetime, dt.datetime]] = schedule.sessions if schedule else {}
        self._early: frozenset[dt.date] = schedule.early_closes if schedule else frozenset()
        self._first, self._last = (schedule.first, schedule.last) if schedule else (None, None)

    # -- bounds ---------------------------------------------------------------------------
    def _covers(self, day: dt.date) -> bool:
        return self._first is not None and self._first <= day <= self._last

    def _fallback(self, day: dt.date) -> None:
        first, last = self._first, self._last
        message = (
            f"The {self.mic} trading calendar covers {first} to {last}; "
            f"{day} is outside it, so weekdays are taken as sessions (holidays unknown)."
            if first
            else f"No trading calendar for {self.mic}; weekdays are taken as sessions (holidays unknown)."
        )
        if message not in self.warnings:
            self.warnings.append(message)

    # -- sessions -------------------------------------------------------------------------
    def is_session(self, day: dt.date) -> bool:
        if self._covers(day):
            return day in self._times
        self._fallback(day)
        return day.weekday() < 5

    def sessions_in_range(self, start: dt.date, end: dt.date) -> list[dt.date]:
        if start > end:
            return []
        days = pd.date_range(start, end, freq="D")
        return [d.date() for d in days if self.is_session(d.date())]

    def previous_session(self, day: dt.date) -> dt.date:
        """The last session strictly before `day`."""
        candidate = day - dt.timedelta(days=1)
        for _ in range(40):
            if self.is_session(candidate):
                return candidate
            candidate -= dt.timedelta(days=1)
        raise CalendarError(f"No {self.mic} session in the 40 days before {day}.")

    def next_session(self, day: dt.date) -> dt.date:
        """The first session strictly after `day`."""
        candidate = day + dt.timedelta(days=1)
        for _ in range(40):
            if self.is_session(candidate):
                return candidate
            candidate += dt.timedelta(days=1)
        raise CalendarError(f"No {self.mic} session in the 40 days after {day}.")

    def session_on_or_before(self, day: dt.date) -> dt.date:
        return day if self.is_session(day) else self.previous_session(day)

    def session_on_or_after(self, day: dt.date) -> dt.date:
        return day if self.is_session(day) else self.next_session(day)

    def sessions_ending(self, last: dt.date, count: int) -> list[dt.date]:
        """`count` sessions ending with `last` (itself a session), oldest first."""
        sessions = [self.session_on_or_before(last)]
        while len(sessions) < count:
            sessions.insert(0, self.previous_session(sessions[0]))
        return sessions

    # -- times ----------------------------------------------------------------------------
    def open_utc(self, session: dt.date) -> dt.datetime:
        if self._covers(session) and session in self._times:
            return self._times[session][0]
        return self._default_time(session, "open")

    def close_utc(self, session: dt.date) -> dt.datetime:
        if self._covers(session) and session in self._times:
            return self._times[session][1]
        return self._default_time(session, "close")

    def is_early_close(self, session: dt.date) -> bool:
        return session in self._early

    def _default_time(self, session: dt.date, which: str) -> dt.datetime:
        """Open/close for a day outside the calendar: the calendar's usual times, or 09:30/16:00."""
        zone = ZoneInfo(self.timezone)
        if self._schedule is not None:
            local = self._schedule.usual_open if which == "open" else self._schedule.usual_close
        else:
            local = dt.time(9, 30) if which == "open" else dt.time(16, 0)
        return dt.datetime.combine(session, local, zone).astimezone(dt.timezone.utc)

    def local_date(self, moment: dt.datetime) -> dt.date:
        return moment.astimezone(ZoneInfo(self.timezone)).date()

    def state_at(self, moment: dt.datetime) -> MarketState:
        """Where the exchange stands at an aware moment: before the open, trading, closed."""
        day = self.local_date(moment)
        if not self.is_session(day):
            return MarketState.CLOSED_DAY
        if moment < self.open_utc(day):
            return MarketState.BEFORE_OPEN
        if moment < self.close_utc(day):
            return MarketState.OPEN
        return MarketState.AFTER_CLOSE

    def last_completed_session(self, moment: dt.datetime) -> dt.date:
        """The most recent session whose close is at or before `moment`."""
        day = self.local_date(moment)
        if self.is_session(day) and moment >= self.close_utc(day):
            return day
        return self.previous_session(day)

    def current_or_next_session(self, moment: dt.datetime) -> dt.date:
        """The session trading at `moment`, else the next one to open."""
        day = self.local_date(moment)
        if self.is_session(day) and moment < self.close_utc(day):
            return day
        return self.next_session(day)


@functools.lru_cache(maxsize=64)
def calendar_for(mic: str, timezone: str | None = None) -> TradingCalendar:
    """The calendar for an exchange code (XSHG, XHKG, XNYS, ...), loaded once per process.

    Its session table comes from today's file in the schedule folder when an earlier process wrote one.
    """
    name = xcals.resolve_alias(mic) if mic in xcals.get_calendar_names() else mic
    today = dt.date.today()
    schedule = read_schedule(SCHEDULE_FOLDER, name, xcals.__version__, today)
    if schedule is None:
        try:
            schedule = schedule_of(xcals.get_calendar(name))
        except (xcals.errors.InvalidCalendarName, ValueError):
            return TradingCalendar(mic, timezone or "UTC", None, [f"No trading calendar for {mic}."])
        write_schedule(SCHEDULE_FOLDER, name, xcals.__version__, today, schedule)
    return TradingCalendar(mic, schedule.timezone, schedule)
