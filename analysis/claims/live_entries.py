"""The time stamps of a live blog's entries ("11.40 GMT", "09:20 —"): when each entry's moves were stated.

A blog read after the close still carries its morning entries: "GSK shares are up 2.4%" under "11.40 GMT" is a
move stated earlier in the session, not the close (the conventions make it the day's high or low).
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from analysis.ingest.dateline import ZONE_ABBREVIATIONS
from analysis.sentences import Sentence

# a stamp opening a line: "16.50 GMT", "09:20 —", "11:40 a.m. ET -"
_STAMP = re.compile(
    r"(?m)^[ \t]*(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)\s*(?P<half>[ap]\.?m\.?)?\s*"
    r"(?P<zone>" + "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True)) + r")?\b[ \t]*(?:[-\u2013\u2014:|][ \t]*|$)"
)


def entry_times(text: str, sentences: list[Sentence], published: dt.datetime | None) -> dict[int, dt.datetime]:
    """Sentence index -> the time of the blog entry it stands in; empty unless the text has two stamps or more."""
    if published is None or published.tzinfo is None:
        return {}
    stamps = [match for match in _STAMP.finditer(text) if _reads_as_a_stamp(text, match)]
    if len(stamps) < 2:
        return {}
    times: dict[int, dt.datetime] = {}
    position = 0
    current: dt.datetime | None = None
    for index, sentence in enumerate(sentences):
        while position < len(stamps) and stamps[position].start() <= sentence.start:
            current = _moment(stamps[position], published)
            position += 1
        if current is not None:
            times[index] = current
    return times


def _reads_as_a_stamp(text: str, match: re.Match[str]) -> bool:
    """A stamp stands alone on its line or before a dash; "10.5 per cent" or "9.30am the index rose" is no stamp."""
    return bool(match.group("zone")) or text[match.end() - 1 : match.end()] in "-\u2013\u2014:|" or match.group(0).endswith("\n") or (
        text[match.end() : match.end() + 1] in ("\n", "")
    )


def _moment(stamp: re.Match[str], published: dt.datetime) -> dt.datetime:
    zone = ZoneInfo(ZONE_ABBREVIATIONS[stamp.group("zone")]) if stamp.group("zone") else published.tzinfo
    hour = int(stamp.group("hour")) % 12 + (12 if (stamp.group("half") or "").lower().startswith("p") else 0) if stamp.group("half") else int(stamp.group("hour"))
    local_day = published.astimezone(zone).date()
    return dt.datetime.combine(local_day, dt.time(hour, int(stamp.group("minute"))), tzinfo=zone)
