"""Expanding events into occurrences: wall-clock times in the event's zone, correct across DST.

An event is stored as a local wall time plus an IANA zone (or floating, in the fan's zone) and an
RFC 5545 RRULE. Occurrences are generated as wall times with ``dateutil.rrule`` (the engine
``recurring-ical-events`` uses too) and only then placed in the zone, so a weekly 20:00 stream
stays at 20:00 local on both sides of a DST change. Rules that never end are expanded only over
the window asked for: the series start is moved forward by whole periods near the window.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrule, rrulestr

from companion.core.errors import InputError

MAX_COUNT = 10_000
_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@dataclass(frozen=True)
class Override:
    start: datetime | date  # naive wall time (or date)
    duration: timedelta
    title: str
    cancelled: bool = False


@dataclass(frozen=True)
class EventSpec:
    """What expansion needs of an event."""

    id: int
    start: datetime | date  # naive wall time, or a date for all-day events
    zone: ZoneInfo | None  # None: floating, placed in the fan's zone
    duration: timedelta
    rrule: str | None = None
    rdates: tuple[datetime | date, ...] = ()
    exdates: frozenset[datetime | date] = frozenset()
    overrides: dict[datetime | date, Override] = field(default_factory=dict)
    title: str = ""

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


@dataclass(frozen=True)
class Occurrence:
    event_id: int
    title: str
    start: datetime  # aware, in the event's zone (or the fan's, when floating/all-day)
    end: datetime
    recurrence: datetime | date  # the wall time the rule produced (identifies it)
    all_day: bool
    note: str = ""  # e.g. "20:30 does not exist that day (DST); moved to 21:30"

    @property
    def start_utc(self) -> datetime:
        return self.start.astimezone(timezone.utc)


def place(wall: datetime, zone: ZoneInfo) -> tuple[datetime, str]:
    """Put a wall time in ``zone``, explaining times that DST skips or repeats (RFC 5545 rules)."""
    moment = wall.replace(tzinfo=zone)
    roundtrip = moment.astimezone(timezone.utc).astimezone(zone)
    if roundtrip.replace(tzinfo=None) != wall:
        # In a spring-forward gap: RFC 5545 reads it with the offset before the gap.
        return roundtrip, (
            f"{wall:%H:%M} does not exist on {wall:%Y-%m-%d} in {zone.key} "
            f"(clocks go forward); it starts at {roundtrip:%H:%M}"
        )
    other = moment.replace(fold=1)
    if other.utcoffset() != moment.utcoffset():
        return moment, (
            f"{wall:%H:%M} happens twice on {wall:%Y-%m-%d} in {zone.key} "
            "(clocks go back); this is the first time"
        )
    return moment, ""


def _fill_implicit(rule: str, start: datetime) -> str:
    """Spell out the BY* parts RFC 5545 takes from DTSTART, so DTSTART can be moved."""
    parts = dict(p.split("=", 1) for p in rule.upper().split(";") if "=" in p)
    freq = parts.get("FREQ", "")
    has_day = any(k in parts for k in ("BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO"))
    if freq == "WEEKLY" and "BYDAY" not in parts:
        parts["BYDAY"] = _WEEKDAYS[start.weekday()]
    elif freq == "MONTHLY" and not has_day:
        parts["BYMONTHDAY"] = str(start.day)
    elif freq == "YEARLY" and not has_day:
        parts.setdefault("BYMONTH", str(start.month))
        parts["BYMONTHDAY"] = str(start.day)
    return ";".join(f"{k}={v}" for k, v in parts.items())


def parse_rule(rule: str, start: datetime) -> rrule:
    try:
        return rrulestr(rule, dtstart=start, cache=False)  # type: ignore[return-value]
    except (ValueError, TypeError, OverflowError) as exc:
        raise InputError(f"recurrence: '{rule}' is not a valid RRULE ({exc})") from None


def _fast_forward(rule: str, start: datetime, before: datetime) -> datetime:
    """A new series start no later than ``before`` that yields the same later occurrences."""
    parts = dict(p.split("=", 1) for p in rule.upper().split(";") if "=" in p)
    if "COUNT" in parts or start >= before:
        return start  # counted series must be walked from the beginning
    interval = int(parts.get("INTERVAL", "1") or 1)
    freq = parts.get("FREQ")
    if freq in ("DAILY", "WEEKLY"):
        step = interval * (7 if freq == "WEEKLY" else 1)
        k = (before - start).days // step - 1
        return start + timedelta(days=step * k) if k > 0 else start
    if freq in ("HOURLY", "MINUTELY", "SECONDLY"):
        step = interval * {"HOURLY": 3600, "MINUTELY": 60, "SECONDLY": 1}[freq]
        k = int((before - start).total_seconds()) // step - 1
        return start + timedelta(seconds=step * k) if k > 0 else start
    if freq in ("MONTHLY", "YEARLY"):
        months = (before.year - start.year) * 12 + before.month - start.month
        unit = interval * (12 if freq == "YEARLY" else 1)
        k = months // unit - 1
        if k <= 0:
            return start
        moved = start + relativedelta(months=unit * k)
        return moved.replace(day=1, month=1 if freq == "YEARLY" else moved.month)
    return start


def wall_starts(ev: EventSpec, lo: datetime, hi: datetime) -> Iterator[datetime | date]:
    """Wall starts of ``ev`` between naive local ``lo`` and ``hi`` (inclusive), before EXDATE."""
    first = ev.start if isinstance(ev.start, datetime) else datetime.combine(ev.start, time())
    if lo <= first <= hi:
        yield ev.start  # DTSTART always counts, matching the rule or not
    if ev.rrule:
        rule = _fill_implicit(ev.rrule, first)
        begin = _fast_forward(rule, first, lo)
        for moment in parse_rule(rule, begin).between(max(lo, begin), hi, inc=True):
            if moment == first:
                continue
            yield moment.date() if ev.all_day else moment
    for extra in ev.rdates:
        as_dt = extra if isinstance(extra, datetime) else datetime.combine(extra, time())
        if lo <= as_dt <= hi and extra != ev.start:
            yield extra


def expand(ev: EventSpec, start: datetime, end: datetime, home: ZoneInfo) -> list[Occurrence]:
    """Occurrences of ``ev`` that overlap [start, end) (aware), sorted by start."""
    zone = ev.zone or home
    span = ev.duration + timedelta(days=2)  # room for zone offsets and the event's length
    lo = start.astimezone(zone).replace(tzinfo=None) - span
    hi = end.astimezone(zone).replace(tzinfo=None) + timedelta(days=1)
    seen: set[datetime | date] = set()
    out = []
    candidates = list(wall_starts(ev, lo, hi))
    for original, override in ev.overrides.items():
        as_dt = (
            override.start
            if isinstance(override.start, datetime)
            else datetime.combine(override.start, time())
        )
        if lo <= as_dt <= hi and original not in candidates:
            candidates.append(original)  # an edited occurrence moved into the window
    for wall in candidates:
        if wall in seen or wall in ev.exdates:
            continue
        seen.add(wall)
        title, duration, actual = ev.title, ev.duration, wall
        override = ev.overrides.get(wall)
        if override is not None:
            if override.cancelled:
                continue
            title, duration, actual = override.title or title, override.duration, override.start
        if isinstance(actual, datetime):
            begin, note = place(actual, zone)
        else:
            begin, note = datetime.combine(actual, time(), home), ""
            zone_end = datetime.combine(
                actual + timedelta(days=max(1, duration.days)), time(), home
            )
            if begin < end and zone_end > start:
                out.append(Occurrence(ev.id, title, begin, zone_end, wall, True))
            continue
        finish = (begin.astimezone(timezone.utc) + duration).astimezone(zone)
        if begin < end and (finish > start or (duration == timedelta(0) and begin >= start)):
            out.append(Occurrence(ev.id, title, begin, finish, wall, False, note))
    out.sort(key=lambda o: o.start_utc)
    return out


def series_bounds(ev: EventSpec, home: ZoneInfo) -> tuple[datetime, datetime | None]:
    """First start and last end in UTC; None when the rule never ends."""
    zone = ev.zone or home
    first_wall = ev.start if isinstance(ev.start, datetime) else datetime.combine(ev.start, time())
    first = place(first_wall, zone)[0].astimezone(timezone.utc)
    last_wall: datetime = first_wall
    if ev.rrule:
        rule = parse_rule(_fill_implicit(ev.rrule, first_wall), first_wall)
        if not rule._count and not rule._until:
            return first, None
        if rule._count and rule._count > MAX_COUNT:
            raise InputError(f"recurrence: COUNT over {MAX_COUNT:,} occurrences")
        last = rule.before(datetime.max.replace(year=9999, month=1), inc=True)
        last_wall = max(last_wall, last) if last else last_wall
    for extra in ev.rdates:
        as_dt = extra if isinstance(extra, datetime) else datetime.combine(extra, time())
        last_wall = max(last_wall, as_dt)
    for override in ev.overrides.values():
        as_dt = (
            override.start
            if isinstance(override.start, datetime)
            else datetime.combine(override.start, time())
        )
        last_wall = max(last_wall, as_dt + override.duration)
    length = ev.duration if not ev.all_day else timedelta(days=max(1, ev.duration.days))
    last_end = place(last_wall, zone)[0].astimezone(timezone.utc) + length
    return first, last_end


_RRULE_OK = re.compile(r"^[A-Z0-9=;,+\-:]+$")


def check_rule(rule: str) -> str:
    """Normalise and sanity-check an RRULE value (not the full line)."""
    text = rule.strip().upper()
    if text.startswith("RRULE:"):
        text = text[6:]
    if not text or not _RRULE_OK.match(text) or "FREQ=" not in text:
        raise InputError(f"recurrence: '{rule}' is not an RRULE like FREQ=WEEKLY;BYDAY=FR")
    parse_rule(text, datetime(2026, 1, 1, 12))
    return text
