"""VTIMEZONE blocks the way Outlook, Google and Apple write them: the zone's current rules as
yearly RRULEs, so a reader gets every year right however far a series runs.

icalendar's own writer lists one observance per change between two dates (1970-2038 by default):
a weekly series past 2038 then loses its summer time in every client. Here the rules come from
the zone's compiled file (TZif, the same one ``zoneinfo`` reads): its footer is a POSIX TZ string
("CET-1CEST,M3.5.0,M10.5.0/3") holding the rules in force now, and its transitions hold the
history, written as one-off observances only from where the earliest event needs them.
"""

from __future__ import annotations

import re
import struct
import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

_DAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")  # POSIX counts weekdays from Sunday
_EPOCH = datetime(1970, 1, 1)
# A rule a yearly RRULE cannot say (a day shifted across a month's end) is written as dates
# up to here: far past any live a fan plans.
_RDATE_UNTIL = 2100


@dataclass(frozen=True)
class _Kind:
    offset: int  # seconds east of UTC
    is_dst: bool
    name: str


@dataclass(frozen=True)
class _Change:
    at: int  # UTC seconds since 1970
    before: _Kind
    after: _Kind


@dataclass(frozen=True)
class _When:
    """One POSIX date rule: ``Mm.w.d`` (w 5 = last), ``Jn`` (no leap day) or ``n`` (from 0)."""

    form: str  # "M", "J" or "n"
    month: int
    week: int
    weekday: int
    day: int
    seconds: int  # local time of day of the change; may be negative or past 24 h

    def on(self, year: int) -> datetime:
        """The local wall time of the change in ``year``."""
        if self.form == "J":
            base = date(year, 1, 1) + timedelta(days=self.day - 1)
            if _leap(year) and self.day >= 60:
                base += timedelta(days=1)
        elif self.form == "n":
            base = date(year, 1, 1) + timedelta(days=self.day)
        else:
            first = date(year, self.month, 1)
            shift = (self.weekday - (first.isoweekday() % 7)) % 7
            base = first + timedelta(days=shift + 7 * (self.week - 1))
            while base.month != self.month:  # week 5 means the last one
                base -= timedelta(days=7)
        return datetime.combine(base, datetime.min.time()) + timedelta(seconds=self.seconds)

    def rrule(self) -> dict[str, Any] | None:
        """The yearly RRULE that repeats this change, or None when none can."""
        days, _ = divmod(self.seconds, 86400)
        if self.form == "J":
            when = date(2001, 1, 1) + timedelta(days=self.day - 1 + days)  # 2001: no leap day
            return {"FREQ": "YEARLY", "BYMONTH": when.month, "BYMONTHDAY": when.day}
        if self.form != "M":
            return None
        if days == 0:
            week = -1 if self.week == 5 else self.week
            return {
                "FREQ": "YEARLY",
                "BYMONTH": self.month,
                "BYDAY": f"{week}{_DAYS[self.weekday]}",
            }
        # "The Friday before the last Sunday": the weekday moves and so do the days it may fall on.
        weekday = _DAYS[(self.weekday + days) % 7]
        shortest = 28 if self.month == 2 else 30 if self.month in (4, 6, 9, 11) else 31
        if self.week == 5:
            span = [d + days for d in range(-7, 0)]
            if span[-1] > -1 or span[0] < -shortest:
                return None
            if self.month != 2:  # counted from the 1st: ical.js misreads negative days here
                span = [shortest + 1 + d for d in span]
        else:
            span = [d + days for d in range(7 * self.week - 6, 7 * self.week + 1)]
            if span[0] < 1 or span[-1] > shortest:
                return None
        return {"FREQ": "YEARLY", "BYMONTH": self.month, "BYDAY": weekday, "BYMONTHDAY": span}


@dataclass(frozen=True)
class _Rule:
    standard: _Kind
    daylight: _Kind | None
    start: _When | None  # into daylight time
    end: _When | None  # back to standard time

    def changes(self, year: int) -> list[_Change]:
        if self.daylight is None or self.start is None or self.end is None:
            return []
        std, dst = self.standard, self.daylight
        into = self.start.on(year) - timedelta(seconds=std.offset)
        back = self.end.on(year) - timedelta(seconds=dst.offset)
        return sorted(
            [_Change(_seconds(into), std, dst), _Change(_seconds(back), dst, std)],
            key=lambda c: c.at,
        )


def vtimezone(key: str, earliest: datetime | None = None) -> Any:
    """The VTIMEZONE of an IANA zone, right from ``earliest`` (a naive wall time) onwards."""
    import icalendar

    kinds, changes, footer = _tzif(_zone_bytes(key))
    rule = _posix(footer) if footer else None
    if rule is None:  # a zone file without rules: what icalendar writes, dates listed
        return icalendar.Timezone.from_tzid(key)
    start_year, history = _split(changes, rule)
    lo = _seconds(earliest) if earliest is not None else None
    if lo is not None:
        in_force = [i for i, c in enumerate(history) if c.at <= lo]
        history = history[in_force[-1] :] if in_force else history
    else:
        history = []
    tz = icalendar.Timezone()
    tz.add("tzid", key)
    for change in history:
        tz.add_component(_observance(change, None, None))
    year_changes = rule.changes(start_year)
    if not year_changes:  # no summer time: one observance from the last change on
        last = changes[-1] if changes else None
        before = last.before if last else (kinds[0] if kinds else rule.standard)
        at = last.at if last else _seconds(datetime(1601, 1, 1))
        if not history or history[-1].at != at:
            tz.add_component(_observance(_Change(at, before, rule.standard), None, None))
        return tz
    for change, when in zip(year_changes, _whens(rule, year_changes), strict=True):
        tz.add_component(_observance(change, when, start_year))
    return tz


def _whens(rule: _Rule, year_changes: list[_Change]) -> list[_When]:
    assert rule.start is not None and rule.end is not None
    return [rule.start if c.after == rule.daylight else rule.end for c in year_changes]


def _observance(change: _Change, when: _When | None, year: int | None) -> Any:
    import icalendar

    before, after = change.before, change.after
    # Summer time is the larger offset, whatever the file calls it (Dublin's winter is "DST").
    daylight = after.offset > before.offset or (after.offset == before.offset and after.is_dst)
    part = icalendar.TimezoneDaylight() if daylight else icalendar.TimezoneStandard()
    part.add("tzname", after.name)
    part.add("tzoffsetfrom", timedelta(seconds=before.offset))
    part.add("tzoffsetto", timedelta(seconds=after.offset))
    part.add("dtstart", _EPOCH + timedelta(seconds=change.at + before.offset))
    if when is not None and year is not None:
        rule = when.rrule()
        if rule is not None:
            part.add("rrule", rule)
        else:
            part.add("rdate", [when.on(y) for y in range(year + 1, _RDATE_UNTIL + 1)])
    return part


def _split(changes: list[_Change], rule: _Rule) -> tuple[int, list[_Change]]:
    """(the first year the rules alone tell, the changes before them).

    Fat zone files list changes the rules also make up to 2037; going back year by year while
    the listed changes are the rules', the rules take over as early as they are true.
    """
    if not changes:
        return 1970, []
    last_year = _year(changes[-1].at)

    def listed(year: int) -> set[tuple[int, int]]:
        return {(c.at, c.after.offset) for c in changes if _year(c.at) == year}

    def ruled(year: int) -> set[tuple[int, int]]:
        found = rule.changes(year - 1) + rule.changes(year) + rule.changes(year + 1)
        return {(c.at, c.after.offset) for c in found if _year(c.at) == year}

    start = last_year + 1
    while start - 1 > 1900 and listed(start - 1) and listed(start - 1) == ruled(start - 1):
        start -= 1
    first_ruled = min((c.at for c in rule.changes(start)), default=None)
    history = [c for c in changes if first_ruled is None or c.at < first_ruled]
    # Between the last listed change and the year the rules begin, zoneinfo already applies
    # the rules: so must the reader.
    tail = [c for c in rule.changes(start - 1) if c.at > changes[-1].at]
    if first_ruled is not None:
        tail = [c for c in tail if c.at < first_ruled]
    return start, history + tail


def _year(at: int) -> int:
    return (_EPOCH + timedelta(seconds=at)).year


def _seconds(wall: datetime) -> int:
    return (wall.replace(tzinfo=None) - _EPOCH) // timedelta(seconds=1)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


@lru_cache(maxsize=256)
def _zone_bytes(key: str) -> bytes:
    """The compiled file ``zoneinfo.ZoneInfo(key)`` reads: the system's first, then tzdata's."""
    if ".." in key or key.startswith("/"):
        raise zoneinfo.ZoneInfoNotFoundError(key)
    for root in zoneinfo.TZPATH:
        path = Path(root, key)
        if path.is_file():
            return path.read_bytes()
    parts = key.split("/")
    package = ".".join(["tzdata", "zoneinfo", *parts[:-1]])
    try:
        return resources.files(package).joinpath(parts[-1]).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise zoneinfo.ZoneInfoNotFoundError(key) from exc


def _tzif(data: bytes) -> tuple[list[_Kind], list[_Change], str]:
    """(kinds of time, changes, POSIX footer) of a TZif file (RFC 8536), 64-bit part."""
    if data[:4] != b"TZif":
        raise ValueError("not a TZif file")
    counts = struct.unpack(">6l", data[20:44])
    isut, isstd, leap, times, types, chars = counts
    version = data[4:5]
    if version == b"\x00":  # version 1: 32-bit data only, no footer
        return (*_tzif_block(data[44:], counts, 4), "")
    skip = times * 4 + times + types * 6 + chars + leap * 8 + isstd + isut
    second = data[44 + skip :]
    counts = struct.unpack(">6l", second[20:44])
    body = second[44:]
    kinds, changes = _tzif_block(body, counts, 8)
    isut, isstd, leap, times, types, chars = counts
    end = times * 8 + times + types * 6 + chars + leap * 12 + isstd + isut
    footer = body[end:].split(b"\n")
    return kinds, changes, footer[1].decode("ascii") if len(footer) > 1 else ""


def _tzif_block(
    body: bytes, counts: tuple[int, ...], size: int
) -> tuple[list[_Kind], list[_Change]]:
    _isut, _isstd, _leap, times, types, chars = counts
    at = struct.unpack(f">{times}{'q' if size == 8 else 'l'}", body[: times * size])
    pos = times * size
    index = body[pos : pos + times]
    pos += times
    raw = [struct.unpack(">lBB", body[pos + 6 * i : pos + 6 * i + 6]) for i in range(types)]
    names = body[pos + 6 * types : pos + 6 * types + chars]
    kinds = [
        _Kind(off, bool(dst), names[n : names.index(b"\0", n)].decode("ascii"))
        for off, dst, n in raw
    ]
    # Before the first change, the first kind (RFC 8536, 3.2).
    current = kinds[0] if kinds else None
    changes = []
    for t, i in zip(at, index, strict=True):
        kind = kinds[i]
        if current is not None and kind != current:
            changes.append(_Change(t, current, kind))
        current = kind
    return kinds, changes


_NAME = r"(<[^>]+>|[A-Za-z]{3,})"
_OFFSET = r"([+-]?\d{1,3}(?::\d{2}){0,2})"
_POSIX = re.compile(rf"^{_NAME}{_OFFSET}(?:{_NAME}{_OFFSET}?(?:,([^,]+),([^,]+))?)?$")


def _posix(text: str) -> _Rule | None:
    """A POSIX TZ string's rules, or None for one this reader does not know."""
    match = _POSIX.match(text)
    if not match:
        return None
    std_name, std_off, dst_name, dst_off, start, end = match.groups()
    standard = _Kind(-_clock(std_off), False, std_name.strip("<>"))
    if dst_name is None:
        return _Rule(standard, None, None, None)
    offset = -_clock(dst_off) if dst_off else standard.offset + 3600
    daylight = _Kind(offset, True, dst_name.strip("<>"))
    if start is None or end is None:  # POSIX's default rules: US ones of 1987, not used by tzdata
        return None
    first, last = _when(start), _when(end)
    if first is None or last is None:
        return None
    return _Rule(standard, daylight, first, last)


def _when(text: str) -> _When | None:
    day, _, at = text.partition("/")
    seconds = _clock(at) if at else 7200
    if day.startswith("M"):
        month, week, weekday = (int(p) for p in day[1:].split("."))
        return _When("M", month, week, weekday, 0, seconds)
    if day.startswith("J"):
        return _When("J", 0, 0, 0, int(day[1:]), seconds)
    if day.isdigit():
        return _When("n", 0, 0, 0, int(day), seconds)
    return None


def _clock(text: str) -> int:
    """``[+-]hh[:mm[:ss]]`` as seconds."""
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("+-").split(":")]
    parts += [0] * (3 - len(parts))
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def clock_changes(key: str, lo: datetime, hi: datetime) -> list[tuple[datetime, datetime]]:
    """The wall times that happen twice or never in zone ``key`` between two naive UTC times,
    as [first, last) naive wall ranges, one per clock change."""
    _kinds, changes, footer = _tzif(_zone_bytes(key))
    rule = _posix(footer) if footer else None
    found = list(changes)
    if rule is not None:
        last = changes[-1].at if changes else None
        for year in range(lo.year - 1, hi.year + 2):
            found += [c for c in rule.changes(year) if last is None or c.at > last]
    low, high = _seconds(lo), _seconds(hi)
    out = []
    for c in found:
        if low <= c.at < high and c.before.offset != c.after.offset:
            walls = sorted((c.at + c.before.offset, c.at + c.after.offset))
            out.append(tuple(_EPOCH + timedelta(seconds=w) for w in walls))
    return sorted(out)  # pyright: ignore[reportReturnType]  # pairs by construction
