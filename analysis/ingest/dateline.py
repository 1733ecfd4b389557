"""When an article was published, read from the dateline its copy carries.

Wire copy states its time in a handful of shapes:

    December 23, 2024 00:59 ET (05:59 GMT)          Dow Jones, at the foot
    HONG KONG, Dec 23 (Reuters) -                   Reuters, opening the lede; no year, no time
    Published 2:15 PM EST, Mon December 23, 2024    news sites, under the headline
    Updated: 23 Dec 2024 14:02 HKT
    Monday, December 23, 2024 at 9:41 a.m. ET
    12/23/2024 08:15 AM EST
    2024-12-23T05:59:00Z

`find_published` finds every date in the text, widens each to the time, zone and label around
it, keeps the ones that look like a dateline rather than a date in the prose ("on Dec. 20, 2024
the board met") and returns the best. It never raises: text it cannot read gives None.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from analysis.errors import InputError

NEW_YORK = "America/New_York"
UTC = dt.timezone.utc

# A zone abbreviation stands for the region's clock, not a fixed offset: copy says "EST" in July
# as often as "EDT", and means New York time either way.
ZONE_ABBREVIATIONS = {
    "ET": NEW_YORK, "EST": NEW_YORK, "EDT": NEW_YORK,
    "CT": "America/Chicago", "CDT": "America/Chicago",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "GMT": "UTC", "UTC": "UTC", "Z": "UTC",
    "BST": "Europe/London",
    "CET": "Europe/Paris", "CEST": "Europe/Paris",
    "HKT": "Asia/Hong_Kong",
    "SGT": "Asia/Singapore",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "IST": "Asia/Kolkata",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
    "CST": "America/Chicago",  # unless China is named nearby; see _zone_for_cst
}

# Dateline cities, for a time or date given with a place but no zone.
PLACE_ZONES = {
    "new york": NEW_YORK, "washington": NEW_YORK, "boston": NEW_YORK, "toronto": "America/Toronto",
    "chicago": "America/Chicago", "houston": "America/Chicago",
    "san francisco": "America/Los_Angeles", "los angeles": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    "london": "Europe/London", "paris": "Europe/Paris", "frankfurt": "Europe/Berlin", "berlin": "Europe/Berlin",
    "zurich": "Europe/Zurich", "amsterdam": "Europe/Amsterdam", "milan": "Europe/Rome", "madrid": "Europe/Madrid",
    "hong kong": "Asia/Hong_Kong", "shanghai": "Asia/Shanghai", "beijing": "Asia/Shanghai",
    "shenzhen": "Asia/Shanghai", "taipei": "Asia/Taipei", "singapore": "Asia/Singapore",
    "tokyo": "Asia/Tokyo", "seoul": "Asia/Seoul", "mumbai": "Asia/Kolkata", "new delhi": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata", "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne",
    "ottawa": "America/Toronto", "montreal": "America/Toronto", "vancouver": "America/Vancouver",
    "detroit": "America/Detroit", "atlanta": "America/New_York", "miami": "America/New_York",
    "dallas": "America/Chicago", "denver": "America/Denver", "palo alto": "America/Los_Angeles",
    "mexico city": "America/Mexico_City", "sao paulo": "America/Sao_Paulo", "buenos aires": "America/Argentina/Buenos_Aires",
    "dublin": "Europe/Dublin", "brussels": "Europe/Brussels", "copenhagen": "Europe/Copenhagen",
    "stockholm": "Europe/Stockholm", "oslo": "Europe/Oslo", "helsinki": "Europe/Helsinki", "vienna": "Europe/Vienna",
    "lisbon": "Europe/Lisbon", "rome": "Europe/Rome", "munich": "Europe/Berlin", "geneva": "Europe/Zurich",
    "warsaw": "Europe/Warsaw", "moscow": "Europe/Moscow", "istanbul": "Europe/Istanbul",
    "dubai": "Asia/Dubai", "riyadh": "Asia/Riyadh", "johannesburg": "Africa/Johannesburg",
    "guangzhou": "Asia/Shanghai", "hangzhou": "Asia/Shanghai", "hsinchu": "Asia/Taipei", "osaka": "Asia/Tokyo",
    "jakarta": "Asia/Jakarta", "kuala lumpur": "Asia/Kuala_Lumpur", "bangkok": "Asia/Bangkok",
    "manila": "Asia/Manila", "hanoi": "Asia/Ho_Chi_Minh", "wellington": "Pacific/Auckland", "auckland": "Pacific/Auckland",
}

_CHINA_CONTEXT = re.compile(r"China|Chinese|Beijing|Shanghai|Shenzhen|Taipei|Taiwan|CSRC|yuan", re.I)

_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TIME = (
    r"(?P<hour>[0-2]?\d)(?::(?P<minute>[0-5]\d))?(?::(?P<second>[0-5]\d)(?:\.\d+)?)?"
    r"(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?(?![A-Za-z])))?"
)
_ZONE = (
    r"(?P<zone>(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d\d)?|[+-]\d\d:?\d\d|"
    + "|".join(sorted((re.escape(z) for z in ZONE_ABBREVIATIONS), key=len, reverse=True))
    + r")(?![A-Za-z])"
)
_LABEL = (
    r"(?P<label>(?:First\s+|Originally\s+)?Published|(?:Last\s+)?Updated|Posted|Date|Released|Issued)"
    r"(?:\s+on|\s+at)?\s*:?\s*"
)

# Each date shape, with a year; the Reuters-style opener is separate because it has none.
_DATE_SHAPES = [
    re.compile(rf"(?<![\w/]){_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.I),  # December 23, 2024
    re.compile(rf"(?<![\w/]){_DAY}\s+{_MONTH},?\s+{_YEAR}(?!\d)", re.I),  # 23 Dec 2024
    re.compile(r"(?<![\w/.-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),  # 2024-12-23
    re.compile(r"(?<![\w/.])(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])"),  # 12/23/2024
]
_AGENCY_OPENER = re.compile(
    rf"^(?:(?P<place>[A-Z][A-Z .'-]*(?:/[A-Z][A-Z .'-]*)*),\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
    r"\s+\((?P<agency>Reuters|Bloomberg|AP|AFP|IFR|Xinhua|Dow Jones)\)\s*[-\u2013\u2014]+",
    re.M,
)

# What may join a date to the time after it: "December 23, 2024 00:59", "..., 2024 at 9:41 a.m.",
# "2024-12-23T05:59", "23 December 2024, 1:30 pm", "Dec 23, 2024 - 14:02".
_TIME_AFTER = re.compile(rf"(?:,?\s*(?:at\s+)?|T|\s+[-\u2013|]\s+){_TIME}(?:\s*{_ZONE})?")
# Dow Jones repeats the time in GMT: "00:59 ET (05:59 GMT)".
_SECOND_CLOCK = re.compile(rf"\s*\(\s*{_TIME}\s*{_ZONE}\s*\)")
# Time before the date: "2:15 PM EST, Mon December 23, 2024".
_TIME_BEFORE = re.compile(rf"{_TIME}(?:\s*{_ZONE})?\s*,?\s*(?:{_WEEKDAY},?\s*)?$")
_WEEKDAY_BEFORE = re.compile(rf"{_WEEKDAY},?\s*$", re.I)
_LABEL_BEFORE = re.compile(rf"{_LABEL}$", re.I)
_PLACE_NAMES = re.compile(r"\b(" + "|".join(re.escape(p) for p in PLACE_ZONES) + r")\b", re.I)
_ZONE_PHRASE = re.compile(r"\(?\s*(?P<place>" + "|".join(re.escape(p) for p in PLACE_ZONES) + r")(?:\s+time)?\s*\)?", re.I)
_COPYRIGHT_YEAR = re.compile(r"(?:Copyright|\u00a9|\(c\))\s*(?:\(c\)\s*)?(?P<year>(?:19|20)\d\d)", re.I)

_MONTHS = {name: number for number, name in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}

# How many non-empty lines at each end of the text count as "the top" and "the bottom".
EDGE_LINES = 4


@dataclass(frozen=True)
class PublishedTime:
    """A publication time read from the text.

    `moment` is timezone-aware. With `date_only` the text gave a day but no time, and `moment`
    is midnight of that day in the dateline's zone; treat the article as written that day.
    `assumed_zone` says no zone or place was given and New York was assumed; `assumed_year`
    says the dateline had no year (Reuters: "Dec 23 (Reuters)") and one was inferred.
    """

    moment: dt.datetime
    span: tuple[int, int]
    raw: str
    assumed_zone: bool = False
    date_only: bool = False
    assumed_year: bool = False
    note: str = ""  # e.g. that the two clocks of a Dow Jones dateline disagree


@dataclass
class _Candidate:
    start: int
    end: int
    date: dt.date
    time: dt.time | None
    zone: str | dt.tzinfo
    assumed_zone: bool
    labelled: str = ""  # "published", "updated", ... or ""
    agency: bool = False
    assumed_year: bool = False
    note: str = ""
    second_clock: dt.datetime | None = None
    line: tuple[int, int] = (0, 0)  # where the line holding the dateline starts and ends


def find_published(text: str, *, today: dt.date | None = None) -> PublishedTime | None:
    """The publication time the text's dateline states, or None when it states none we can read.

    A dateline near the top or the bottom of the text wins over a date inside the prose; a
    labelled "Published" stamp wins over "Updated" (later edits rarely change which session the
    text describes); a stamp with a time and zone wins over a bare date. `today` bounds the
    year guessed for a dateline without one (default: the real today).
    """
    try:
        candidates = _candidates(text, today)
    except (ValueError, OverflowError, KeyError):  # a malformed date that slipped past the patterns
        return None
    if not candidates:  # most sentences the boilerplate check asks about
        return None
    edges = _edge_line_starts(text)
    ranked = [(_rank(text, candidate, edges), -candidate.start, candidate) for candidate in candidates]
    datelines = [entry for entry in ranked if entry[0]]
    if not datelines:
        return None
    return _published(text, max(datelines, key=lambda entry: entry[:2])[2])


def parse_user_datetime(value: str, default_zone: str = NEW_YORK) -> dt.datetime:
    """A timezone-aware datetime from what a person typed for "published".

    Accepts ISO 8601 with or without an offset ("2024-12-23T00:59-05:00", "2024-12-23 00:59",
    "2024-12-23T05:59Z") and the dateline shapes `find_published` reads ("Dec 23, 2024 9:41 AM ET").
    A time without a zone is read in `default_zone`; a date alone means midnight there.
    """
    cleaned = (value or "").strip()
    problem = InputError(f"cannot read '{value}' as a date and time; use e.g. 2024-12-23T00:59-05:00")
    if not cleaned:
        raise problem
    try:
        moment = dt.datetime.fromisoformat(cleaned.replace("z", "Z"))
    except ValueError:
        moment = None
    if moment is not None:
        return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(default_zone))
    found = find_published(cleaned)
    # Only a value that is all dateline counts; "sometime after Dec 23, 2024" is not a time.
    if found is None or len(re.sub(r"[\s,.]", "", cleaned[: found.span[0]] + cleaned[found.span[1]:])) > 0:
        raise problem
    if found.assumed_zone:
        return found.moment.replace(tzinfo=ZoneInfo(default_zone))
    return found.moment


# -- finding candidates ---------------------------------------------------------------------------


def _candidates(text: str, today: dt.date | None) -> list[_Candidate]:
    found: list[_Candidate] = []
    # Cheap tests first: an opener has its agency in brackets, every date shape a year 19xx or 20xx.
    may_open, may_date = "(" in text, "19" in text or "20" in text
    if not (may_open or may_date):
        return found
    taken = _Spans()  # a date already inside a wider dateline is not read again
    line_of = _LineIndex(text)
    for match in _AGENCY_OPENER.finditer(text) if may_open else ():
        try:
            found.append(_agency_opener(text, match, today or dt.date.today(), line_of(match.start())))
        except ValueError:  # "Feb 30 (Reuters)": not a date, so not a dateline
            continue
        taken.add(match.start(), match.end())
    for shape in _DATE_SHAPES if may_date else ():
        for match in shape.finditer(text):
            if taken.covers(match.start()):
                continue
            try:
                candidate = _widen(text, match, line_of(match.start()))
            except ValueError:  # February 30, 25:61 and the like
                continue
            found.append(candidate)
            taken.add(candidate.start, candidate.end)
    return found


class _Spans:
    """Spans of text already read, asked "is this position inside one?" in log time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)

    def covers(self, position: int) -> bool:
        index = bisect.bisect_right(self.starts, position)
        # spans may nest (a label widens a stamp leftwards), so look back past a short neighbour
        return any(self.ends[i] > position for i in range(max(0, index - 3), index))


class _LineIndex:
    """The bounds of the line holding a position, without rescanning a long line for every date."""

    def __init__(self, text: str) -> None:
        self.breaks = [match.start() for match in re.finditer("\n", text)]
        self.length = len(text)

    def __call__(self, position: int) -> tuple[int, int]:
        index = bisect.bisect_left(self.breaks, position)
        start = self.breaks[index - 1] + 1 if index > 0 else 0
        end = self.breaks[index] if index < len(self.breaks) else self.length
        return start, end


def _agency_opener(text: str, match: re.Match[str], today: dt.date, line: tuple[int, int]) -> _Candidate:
    """A Reuters-style opener ("HONG KONG, Dec 23 (Reuters) -"): a day in the city's zone, no time, usually no year."""
    year, assumed_year = _year_for_opener(text, match, today)
    place = (match.group("place") or "").split("/")[0].strip().lower()
    zone = PLACE_ZONES.get(place)
    return _Candidate(
        start=match.start(), end=match.end(),
        date=dt.date(year, _month_number(match.group("month")), int(match.group("day"))),
        time=None, zone=zone or NEW_YORK, assumed_zone=zone is None,
        agency=True, assumed_year=assumed_year, line=line,
    )


def _widen(text: str, match: re.Match[str], line: tuple[int, int]) -> _Candidate:
    """The date in `match`, grown to take in the time, zone, weekday and label around it."""
    month = match.group("month")
    day = dt.date(int(match.group("year")), _month_number(month), int(match.group("day")))
    line_start, line_end = line
    start, end = match.start(), match.end()
    time, zone_text, second_clock = None, None, None

    after = _TIME_AFTER.match(text, end, line_end)
    if after and _is_time(after):
        time, zone_text, end = _clock(after), after.group("zone"), after.end()
        extra = _SECOND_CLOCK.match(text, end, line_end)
        if extra and _is_time(extra):
            second_clock = (extra, extra.group("zone"))
            end = extra.end()
    else:
        # what stands before a date on its line is short; looking further only costs time on long lines
        before = _TIME_BEFORE.search(text, max(line_start, start - 60), start)
        if before and _is_time(before) and (before.group("zone") or before.group("ampm")):
            time, zone_text, start = _clock(before), before.group("zone"), before.start()
    weekday = _WEEKDAY_BEFORE.search(text, max(line_start, start - 20), start)
    if weekday:
        start = weekday.start()
    label = _LABEL_BEFORE.search(text, max(line_start, start - 40), start)
    if label:
        start = label.start()
    if zone_text is None:
        phrase = _ZONE_PHRASE.match(text, end, line_end)
        if phrase and time is not None:
            end = phrase.end()
            zone_text = phrase.group("place")

    # "next to it": a zone or place named within a short reach of the stamp, on the same line
    zone, assumed = _zone(text, zone_text, max(line_start, start - 80), min(line_end, end + 80))
    candidate = _Candidate(
        start=start, end=end, date=day, time=time, zone=zone, assumed_zone=assumed,
        labelled=_label_kind(label.group("label")) if label else "", line=line,
    )
    if second_clock is not None:
        _check_second_clock(candidate, *second_clock)
    return candidate


def _is_time(match: re.Match[str]) -> bool:
    """A time needs minutes or am/pm; "2024 12" or a bare "15" is not one."""
    hour = int(match.group("hour"))
    if match.group("ampm"):
        return 1 <= hour <= 12
    return match.group("minute") is not None and hour <= 23


def _clock(match: re.Match[str]) -> dt.time:
    hour = int(match.group("hour"))
    ampm = (match.group("ampm") or "").lower()
    if ampm.startswith("p") and hour != 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return dt.time(hour, int(match.group("minute") or 0), int(match.group("second") or 0))


def _zone(text: str, zone_text: str | None, near_start: int, near_end: int) -> tuple[str | dt.tzinfo, bool]:
    """The zone a dateline's time is in, and whether it was assumed (New York) for want of one."""
    if zone_text:
        offset = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d\d)?", re.sub(r"\s", "", zone_text))
        if offset:
            sign = -1 if offset.group(1) == "-" else 1
            minutes = int(offset.group(2)) * 60 + int(offset.group(3) or 0)
            return dt.timezone(sign * dt.timedelta(minutes=minutes)), False
        if zone_text.upper() == "CST":
            return _zone_for_cst(text, near_start, near_end), False
        if zone_text.lower() in PLACE_ZONES:
            return PLACE_ZONES[zone_text.lower()], False
        return ZONE_ABBREVIATIONS[zone_text], False
    place = _PLACE_NAMES.search(text, near_start, near_end)
    if place:
        return PLACE_ZONES[place.group(1).lower()], False
    return NEW_YORK, True


def _zone_for_cst(text: str, near_start: int, near_end: int) -> str:
    """CST is China Standard Time in copy about China, US Central time otherwise."""
    nearby = text[max(0, near_start - 300): near_end + 300]
    return "Asia/Shanghai" if _CHINA_CONTEXT.search(nearby) else "America/Chicago"


def _check_second_clock(candidate: _Candidate, match: re.Match[str], zone_text: str) -> None:
    """Dow Jones gives the time twice ("00:59 ET (05:59 GMT)"); the GMT figure has no DST to get wrong."""
    zone, _ = _zone("", zone_text, 0, 0)
    tz = zone if isinstance(zone, dt.tzinfo) else ZoneInfo(zone)
    clock = _clock(match)
    if candidate.time is None:
        return
    stated = _localised(candidate).astimezone(tz)
    # The second clock's date is not written; it is the day that puts it nearest the first.
    options = [
        dt.datetime.combine(stated.date() + dt.timedelta(days=shift), clock, tzinfo=tz) for shift in (-1, 0, 1)
    ]
    second = min(options, key=lambda option: abs(option - stated))
    difference = abs(second - stated)
    if difference > dt.timedelta(minutes=1):
        candidate.note = (
            f"the dateline's two times disagree by {_minutes(difference)}; used the {zone_text} figure"
        )
    candidate.second_clock = second


def _minutes(delta: dt.timedelta) -> str:
    minutes = round(delta.total_seconds() / 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


def _year_for_opener(text: str, match: re.Match[str], today: dt.date) -> tuple[int, bool]:
    """Reuters and Bloomberg openers carry no year; infer one.

    The copyright line says it when there is one. Otherwise the lede nearly always names the
    session's weekday ("... fell 17% on Monday"), and a given month and day falls on that
    weekday only once in five or six years: take the latest such year not in the future.
    Failing both, the latest year that does not put the date in the future.
    """
    if match.group("year"):
        return int(match.group("year")), False
    copyright_year = _COPYRIGHT_YEAR.search(text)
    if copyright_year:
        return int(copyright_year.group("year")), True
    month, day = _month_number(match.group("month")), int(match.group("day"))
    years = [year for year in range(today.year, today.year - 8, -1) if _is_day(year, month, day)]
    years = [year for year in years if dt.date(year, month, day) <= today + dt.timedelta(days=1)]
    if not years:
        raise ValueError(f"no year has {month}/{day}")
    weekday = _lede_weekday(text, match.end())
    for year in years[:7]:
        if weekday is not None and dt.date(year, month, day).weekday() == weekday:
            return year, True
    return years[0], True


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# "on Monday", "in afternoon trading Wednesday"; not "Friday's 10% advance", an earlier session.
_LEDE_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b(?!['\u2019]s)", re.I)


def _lede_weekday(text: str, lede_start: int) -> int | None:
    """The weekday the lede puts the news on (the first it names), Monday being 0."""
    found = _LEDE_WEEKDAY.search(text, lede_start, lede_start + 400)
    return _WEEKDAYS.index(found.group(1).lower()) if found else None


def _is_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _month_number(month: str) -> int:
    return int(month) if month.isdigit() else _MONTHS[month[:3].lower()]


def _label_kind(label: str) -> str:
    return "updated" if "updated" in label.lower() else "published"


# -- choosing -------------------------------------------------------------------------------------


def _rank(text: str, candidate: _Candidate, edges: set[int]) -> tuple[int, ...]:
    at_edge = candidate.line[0] in edges
    standalone = _is_standalone(text, candidate)
    set_apart = bool(candidate.agency or candidate.labelled or standalone)
    if not (set_apart or (at_edge and candidate.time)):
        return ()
    return (
        int(set_apart),
        int(at_edge or candidate.agency or bool(candidate.labelled)),
        int(candidate.labelled == "published") - int(candidate.labelled == "updated"),
        int(candidate.time is not None),
        int(not candidate.assumed_zone),
    )


def _edge_line_starts(text: str) -> set[int]:
    """Where the first and last few non-empty lines start: the top and the bottom of the copy."""
    starts = [match.start() for match in re.finditer(r"^[^\n]*\S[^\n]*$", text, re.M)]
    return set(starts[:EDGE_LINES]) | set(starts[-EDGE_LINES:])


def _is_standalone(text: str, candidate: _Candidate) -> bool:
    """The line holds little besides the dateline: "December 23, 2024", "By Jane Doe | Dec 23, 2024"."""
    line_start, line_end = candidate.line
    if (line_end - line_start) - (candidate.end - candidate.start) > 120:
        return False
    rest = text[line_start:candidate.start] + text[candidate.end:line_end]
    rest = re.sub(r"^\s*By\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}", "", rest.strip())
    return len(re.sub(r"[\W_]", "", rest)) <= 12


def _published(text: str, candidate: _Candidate) -> PublishedTime | None:
    raw = text[candidate.start:candidate.end].strip()
    if candidate.time is None:
        moment = _localised(candidate)
        return PublishedTime(
            moment=moment, span=(candidate.start, candidate.end), raw=raw,
            assumed_zone=candidate.assumed_zone, date_only=True, assumed_year=candidate.assumed_year,
        )
    moment = candidate.second_clock or _localised(candidate)
    return PublishedTime(
        moment=moment, span=(candidate.start, candidate.end), raw=raw,
        assumed_zone=candidate.assumed_zone and candidate.second_clock is None,
        assumed_year=candidate.assumed_year, note=candidate.note,
    )


def _localised(candidate: _Candidate) -> dt.datetime:
    tz = candidate.zone if isinstance(candidate.zone, dt.tzinfo) else ZoneInfo(candidate.zone)
    return dt.datetime.combine(candidate.date, candidate.time or dt.time(0, 0), tzinfo=tz)
