"""An exchange's session table, computed once a day and kept on disk for every later process.

exchange_calendars derives a calendar's sessions from its holiday rules each time one is built: 12 s of
CPU for the 37 exchanges tapecheck knows on a 2-core machine, 5 s of it Seoul's lunar holidays. Every
process paid that again (each `python -m analysis extract`, each batch worker), although the table it
yields is small: one open and one close a session, the early closes, the bounds, the usual hours.

The table depends on the exchange_calendars release (holiday rules change) and on the day it was built
(a calendar spans twenty years back to one year ahead of today), so a file written on another day or by
another release is built again. A folder that cannot be written is no error: the table is then simply
built in memory, as before.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = 1


@dataclass(frozen=True)
class Schedule:
    timezone: str
    sessions: dict[dt.date, tuple[dt.datetime, dt.datetime]]  # session -> (open, close), aware UTC
    early_closes: frozenset[dt.date]
    first: dt.date
    last: dt.date
    usual_open: dt.time  # local times of the latest regime, for days outside the table
    usual_close: dt.time


def schedule_of(calendar: Any) -> Schedule:
    """The table of an `exchange_calendars.ExchangeCalendar`, read out of pandas once."""
    frame = calendar.schedule
    opens = frame["open"].dt.to_pydatetime()
    closes = frame["close"].dt.to_pydatetime()
    return Schedule(
        timezone=str(calendar.tz),
        sessions={session.date(): (opened, closed) for session, opened, closed in zip(frame.index, opens, closes)},
        early_closes=frozenset(day.date() for day in calendar.early_closes),
        first=calendar.first_session.date(),
        last=calendar.last_session.date(),
        usual_open=calendar.open_times[-1][1],
        usual_close=calendar.close_times[-1][1],
    )


def read_schedule(folder: Path, mic: str, release: str, today: dt.date) -> Schedule | None:
    """The table written today by this release of exchange_calendars, or None (missing, stale, unreadable)."""
    try:
        stored = json.loads(_file(folder, mic).read_text(encoding="utf-8"))
        if (stored["format"], stored["release"], stored["built_on"]) != (FORMAT, release, today.isoformat()):
            return None
        return _decode(stored)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_schedule(folder: Path, mic: str, release: str, today: dt.date, schedule: Schedule) -> None:
    """Keep the table for the next process; written whole or not at all, as two workers may write at once."""
    stored = {"format": FORMAT, "release": release, "built_on": today.isoformat(), **_encode(schedule)}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{mic}-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(stored, out, separators=(",", ":"))
        os.replace(temporary, _file(folder, mic))
    except OSError:
        pass  # a read-only or full disk: the next process builds the table again


def _file(folder: Path, mic: str) -> Path:
    return folder / f"{mic}.json"


def _encode(schedule: Schedule) -> dict[str, Any]:
    # Ordinals and epoch seconds: a tenth of the size of ISO strings and read back without parsing.
    days = sorted(schedule.sessions)
    return {
        "timezone": schedule.timezone,
        "days": [day.toordinal() for day in days],
        "opens": [int(schedule.sessions[day][0].timestamp()) for day in days],
        "closes": [int(schedule.sessions[day][1].timestamp()) for day in days],
        "early_closes": sorted(day.toordinal() for day in schedule.early_closes),
        "first": schedule.first.isoformat(),
        "last": schedule.last.isoformat(),
        "usual_open": schedule.usual_open.isoformat(),
        "usual_close": schedule.usual_close.isoformat(),
    }


def _decode(stored: dict[str, Any]) -> Schedule:
    utc = dt.timezone.utc
    moment = dt.datetime.fromtimestamp
    return Schedule(
        timezone=stored["timezone"],
        sessions={
            dt.date.fromordinal(day): (moment(opened, utc), moment(closed, utc))
            for day, opened, closed in zip(stored["days"], stored["opens"], stored["closes"], strict=True)
        },
        early_closes=frozenset(dt.date.fromordinal(day) for day in stored["early_closes"]),
        first=dt.date.fromisoformat(stored["first"]),
        last=dt.date.fromisoformat(stored["last"]),
        usual_open=dt.time.fromisoformat(stored["usual_open"]),
        usual_close=dt.time.fromisoformat(stored["usual_close"]),
    )
