"""Expanding events into occurrences: wall-clock times in the event's zone, correct across DST.

An event is stored as a local wall time plus an IANA zone (or floating, in the fan's zone) and an
RFC 5545 RRULE. Occurrences are generated as wall times with ``dateutil.rrule`` (the engine
``recurring-ical-events`` uses too) and only then placed in the zone, so a weekly 20:00 stream
stays at 20:00 local on both sides of a DST change. Rules that never end are expanded only over
the window asked for: the series start is moved forward by whole periods near the window.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from companion.core.calendar.recurrence import (
    simple_rule,
    step_simple,
)
from companion.core.calendar.rule_check import (
    MAX_PER_WINDOW,
    WINDOW_CALLS,
    WorkBudgetExceeded,
    bounded,
    fill_implicit,
    parse_rule,
)
from companion.core.errors import InputError

if TYPE_CHECKING:
    from dateutil.rrule import rrule

MAX_COUNT = 10_000
_log = logging.getLogger("companion.calendar")


class Override(NamedTuple):
    # A NamedTuple, not a dataclass: Home's first page expands events, and importing
    # dataclasses cost it 12 M instructions (bench/startup.py --instructions).
    start: datetime | date  # naive wall time (or date)
    duration: timedelta
    title: str
    cancelled: bool = False


_NO_OVERRIDES: dict = {}


class EventSpec(NamedTuple):
    """What expansion needs of an event (a tuple: thousands are built per month view)."""

    id: int
    start: datetime | date  # naive wall time, or a date for all-day events
    zone: ZoneInfo | None  # None: floating, placed in the fan's zone
    duration: timedelta
    rrule: str | None = None
    rdates: tuple[datetime | date, ...] = ()
    exdates: frozenset[datetime | date] = frozenset()
    overrides: dict[datetime | date, Override] = _NO_OVERRIDES  # never mutated
    title: str = ""
    library: str | None = None  # the series' own iCalendar text: see library_series.py

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


class Occurrence(NamedTuple):
    """One occurrence. A tuple: a month of thousands is built in a few milliseconds."""

    event_id: int
    title: str
    start_utc: datetime
    end: datetime  # aware, UTC
    recurrence: datetime | date  # the wall time the rule produced (identifies it)
    all_day: bool
    note: str  # e.g. "02:30 does not exist that day (clocks go forward) ..."
    zone: ZoneInfo  # the event's zone (the fan's, when floating or all day)

    @property
    def start(self) -> datetime:
        """The start in the event's own zone (the creator's local time)."""
        return self.start_utc.astimezone(self.zone)


_UTC = timezone.utc


def place(wall: datetime, zone: ZoneInfo) -> tuple[datetime, str]:
    """Put a wall time in ``zone``, explaining times that DST skips or repeats (RFC 5545 rules)."""
    moment = wall.replace(tzinfo=zone)
    before, after = moment.utcoffset(), moment.replace(fold=1).utcoffset()
    assert before is not None and after is not None  # a ZoneInfo always gives an offset
    if before == after:
        return moment, ""
    if before < after:
        # In a spring-forward gap: RFC 5545 reads it with the offset before the gap.
        actual = (wall - before).replace(tzinfo=_UTC).astimezone(zone)
        return actual, (
            f"{wall:%H:%M} does not exist on {wall:%Y-%m-%d} in {zone.key} "
            f"(clocks go forward); it starts at {actual:%H:%M}"
        )
    return moment, (
        f"{wall:%H:%M} happens twice on {wall:%Y-%m-%d} in {zone.key} "
        "(clocks go back); this is the first time"
    )


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
        from dateutil.relativedelta import relativedelta  # only rules dateutil walks get here

        moved = start + relativedelta(months=unit * k)
        return moved.replace(day=1, month=1 if freq == "YEARLY" else moved.month)
    return start


def wall_starts(ev: EventSpec, lo: datetime, hi: datetime) -> list[datetime | date]:
    """Wall starts of ``ev`` between naive local ``lo`` and ``hi`` (inclusive), before EXDATE."""
    all_day = not isinstance(ev.start, datetime)
    first = ev.start if isinstance(ev.start, datetime) else datetime.combine(ev.start, time())
    # DTSTART always counts, matching the rule or not.
    out: list[datetime | date] = [ev.start] if lo <= first <= hi else []
    if ev.rrule:
        simple = simple_rule(ev.rrule)
        if simple is not None:
            moments = step_simple(simple, first, lo, hi)
        else:
            rule = fill_implicit(ev.rrule, first)
            begin = _fast_forward(rule, first, lo)
            moments = _bounded_between(parse_rule(rule, begin), max(lo, begin), hi, ev)
        if all_day:
            out.extend(m.date() for m in moments if m != first)
        elif out:
            out.extend(m for m in moments if m != first)
        else:
            out.extend(moments)  # DTSTART is outside the window, so it cannot repeat
    for extra in ev.rdates:
        as_dt = extra if isinstance(extra, datetime) else datetime.combine(extra, time())
        if lo <= as_dt <= hi and extra != ev.start:
            out.append(extra)
    return out


def _bounded_between(rule: rrule, lo: datetime, hi: datetime, ev: EventSpec) -> list[datetime]:
    """dateutil's dates in [lo, hi], within a work budget: a window never costs more than
    MAX_PER_WINDOW dates or WINDOW_CALLS of dateutil's work; what is cut is logged."""
    out: list[datetime] = []

    def walk() -> None:
        for moment in rule:
            if moment > hi:
                return
            if moment >= lo:
                out.append(moment)
                if len(out) >= MAX_PER_WINDOW:
                    _log.warning("event %s: cut at %d dates in one window", ev.id, len(out))
                    return

    try:
        bounded(walk, WINDOW_CALLS)
    except WorkBudgetExceeded:
        _log.warning("event %s: its rule took too long to expand; %d dates kept", ev.id, len(out))
    return out


@lru_cache(maxsize=512)
def uniform_offset(zone: ZoneInfo, lo: datetime, hi: datetime) -> timedelta | None:
    """The zone's single UTC offset over [lo, hi] (wall times), or None if it changes.

    Probed every two days: real zones never change twice within two days, and when nothing
    changes no wall time can fall in a DST gap or overlap, so each start is one subtraction.
    """
    offsets = set()
    probe = lo
    while probe < hi:
        offsets.add(zone.utcoffset(probe))
        probe += timedelta(days=2)
    offsets.add(zone.utcoffset(hi))
    return offsets.pop() if len(offsets) == 1 else None


def expand(ev: EventSpec, start: datetime, end: datetime, home: ZoneInfo) -> list[Occurrence]:
    """Occurrences of ``ev`` that overlap [start, end) (aware), in no particular order."""
    if ev.library is not None:
        from companion.core.calendar import library_series

        return library_series.expand(ev, start, end, home)
    zone = ev.zone or home
    span = ev.duration + timedelta(days=2)  # room for zone offsets and the event's length
    local_start, local_end, start_utc, end_utc = local_window(start, end, zone)
    lo = local_start - span
    hi = local_end + timedelta(days=1)
    candidates = _candidates(ev, lo, hi)
    same = uniform_offset(zone, lo, hi)
    if (
        same is not None
        and not ev.overrides
        and not ev.exdates
        and not ev.rdates
        and not ev.all_day
    ):
        # Not all day and no extra or edited dates: every candidate is a datetime.
        walls = cast("list[datetime]", candidates)
        return _expand_plain(ev, walls, same, zone, start_utc, end_utc)
    out = []
    seen: set[datetime | date] = set()
    exdates, overrides, duration_default = ev.exdates, ev.overrides, ev.duration
    for wall in candidates:
        if wall in seen or wall in exdates:
            continue
        seen.add(wall)
        title, duration, actual = ev.title, duration_default, wall
        if overrides:
            override = overrides.get(wall)
            if override is not None:
                if override.cancelled:
                    continue
                title, duration, actual = (
                    override.title or title,
                    override.duration,
                    override.start,
                )
        if not isinstance(actual, datetime):
            begin_utc = datetime.combine(actual, time(), home).astimezone(_UTC)
            finish = datetime.combine(
                actual + timedelta(days=max(1, duration.days)), time(), home
            ).astimezone(_UTC)
            if begin_utc < end_utc and finish > start_utc:
                out.append(Occurrence(ev.id, title, begin_utc, finish, wall, True, "", home))
            continue
        note = ""
        if same is not None:
            begin_utc = (actual - same).replace(tzinfo=_UTC)
        else:
            begin, note = place(actual, zone)
            begin_utc = begin.astimezone(_UTC)
        finish = begin_utc + duration
        if begin_utc < end_utc and (
            finish > start_utc or (not duration and begin_utc >= start_utc)
        ):
            out.append(Occurrence(ev.id, title, begin_utc, finish, wall, False, note, zone))
    return out


@lru_cache(maxsize=256)
def local_window(
    start: datetime, end: datetime, zone: ZoneInfo
) -> tuple[datetime, datetime, datetime, datetime]:
    """The window as wall times in ``zone`` and in UTC: the same for every event of a zone."""
    return (
        start.astimezone(zone).replace(tzinfo=None),
        end.astimezone(zone).replace(tzinfo=None),
        start.astimezone(_UTC),
        end.astimezone(_UTC),
    )


def _candidates(ev: EventSpec, lo: datetime, hi: datetime) -> list[datetime | date]:
    candidates = wall_starts(ev, lo, hi)
    for original, override in ev.overrides.items():
        as_dt = (
            override.start
            if isinstance(override.start, datetime)
            else datetime.combine(override.start, time())
        )
        if lo <= as_dt <= hi and original not in candidates:
            candidates.append(original)  # an edited occurrence moved into the window
    return candidates


def _expand_plain(
    ev: EventSpec,
    walls: list[datetime],
    offset: timedelta,
    zone: ZoneInfo,
    start_utc: datetime,
    end_utc: datetime,
) -> list[Occurrence]:
    """The common case, kept lean: one offset, no exceptions, no extra dates."""
    lo = start_utc.replace(tzinfo=None) - ev.duration
    hi = end_utc.replace(tzinfo=None)
    duration, title, event_id = ev.duration, ev.title, ev.id
    zero = not duration
    if not walls:
        return []
    # One aware anchor, then plain arithmetic: far cheaper than a replace(tzinfo=...) per start.
    anchor_wall = walls[0]
    anchor = (anchor_wall - offset).replace(tzinfo=_UTC)
    new, cls = tuple.__new__, Occurrence  # skip namedtuple's Python-level __new__
    out = []
    for wall in walls:
        naive = wall - offset
        if naive < hi and (naive > lo or (zero and naive >= lo)):
            begin = anchor + (wall - anchor_wall)
            out.append(new(cls, (event_id, title, begin, begin + duration, wall, False, "", zone)))
    return out


def series_bounds(ev: EventSpec, home: ZoneInfo) -> tuple[datetime, datetime | None]:
    """First start and last end in UTC; None when the rule never ends."""
    zone = ev.zone or home
    first_wall = ev.start if isinstance(ev.start, datetime) else datetime.combine(ev.start, time())
    first = place(first_wall, zone)[0].astimezone(timezone.utc)
    last_wall: datetime = first_wall
    if ev.rrule:
        if "COUNT=" not in ev.rrule and "UNTIL=" not in ev.rrule:
            return first, None  # never ends (check_rule has already parsed it)
        rule = parse_rule(fill_implicit(ev.rrule, first_wall), first_wall)
        # dateutil keeps COUNT and UNTIL only in private attributes, which its stubs leave out.
        count, until = rule._count, rule._until  # pyright: ignore[reportAttributeAccessIssue]
        if not count and not until:
            return first, None
        if count and count > MAX_COUNT:
            raise InputError(f"recurrence: COUNT over {MAX_COUNT:,} occurrences")
        if until is not None and until.replace(tzinfo=None) > first_wall + timedelta(days=36525):
            return first, None  # ends after a century: as good as never, and cheaper to say so
        try:
            last = bounded(
                lambda: rule.before(datetime.max.replace(year=9999, month=1), inc=True),
                WINDOW_CALLS,
            )
        except WorkBudgetExceeded:
            return first, None  # too long to walk to its end: treated as open-ended
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


def zone_named(name: str, field: str = "zone") -> ZoneInfo:
    text = (name or "").strip()
    try:
        return ZoneInfo(text)
    # A name that is a folder of tzdata ("US", "America") raises IsADirectoryError.
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InputError(f"{field}: '{name}' is not a time zone like Europe/Paris") from None
