"""Which days have lives: what the month view marks, counted without an object per occurrence.

A fan following thousands of series pages through months; building every occurrence as a full
``Agenda`` item only to colour day cells costs a second per page on a small machine. Here each
series yields its start instants as integers (``start_seconds``) and each one is dropped into
its day of the fan's calendar.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from itertools import repeat
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

from companion.core.budget.ledger import utc_text
from companion.core.calendar import schedule
from companion.core.calendar.occurrences import (
    EventSpec,
    expand,
    local_window,
    place,
    uniform_offset,
)
from companion.core.calendar.recurrence import (
    DAY_S,
    SeriesPlan,
    seconds,
    series_plan,
    simple_rule,
    step_plan,
    wall_of,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_ONE_SECOND, _ONE_DAY, _TWO_DAYS = timedelta(seconds=1), timedelta(days=1), timedelta(days=2)


# A dataclass, not a NamedTuple: a field named count would shadow tuple.count.
@dataclass(frozen=True)
class DayMark:
    count: int  # lives starting that day
    title: str  # the first of them
    colour: str | None  # its creator's colour, when it has a creator


def busy_days(
    db: Database,
    first: date,
    last: date,
    *,
    home_zone: ZoneInfo,
    creator_id: int | None = None,
) -> dict[date, DayMark]:
    """Days from ``first`` to ``last`` (inclusive, in the fan's zone) on which lives start."""
    days = (last - first).days + 1
    if days <= 0:
        return {}
    midnights = [
        datetime.combine(first + timedelta(days=i), time(), home_zone) for i in range(days + 1)
    ]
    # Each day as [its midnight, the next) in UTC seconds: a DST change in the fan's own zone
    # makes a day 23 or 25 hours long, so the bounds are placed one by one.
    bounds = [_instant(m) for m in midnights]
    window = _Window(midnights[0], midnights[-1], home_zone)
    lo, hi = utc_text(window.start), utc_text(window.end)
    starts: list[int] = []
    owners: list[schedule.Parsed] = []
    for plan in _plans(db):
        item = plan.item
        assert item is not None  # _plans always keeps the parsed event
        if not item.may_overlap(lo, hi):
            continue
        if creator_id is not None and item.event.creator_id != creator_id:
            continue
        before = len(starts)
        starts.extend(_starts(plan, window))
        owners.extend(repeat(item, len(starts) - before))
    # Tens of thousands of starts: counted and ranked in C (a sort, a dict, a bisect per day)
    # rather than one Python step per start. Events come in title order and the dict keeps
    # the first owner of each instant, so equal starts resolve by title.
    first_owner = dict(zip(reversed(starts), reversed(owners), strict=True))
    starts.sort()
    marks = {}
    for day in range(days):
        begin = bisect_left(starts, bounds[day])
        count = bisect_left(starts, bounds[day + 1], begin) - begin
        if count:
            owner = first_owner[starts[begin]]
            marks[first + timedelta(days=day)] = DayMark(
                count, owner.event.title, owner.creator.colour if owner.creator else None
            )
    return marks


def start_seconds(ev: EventSpec, start: datetime, end: datetime, home: ZoneInfo) -> list[int]:
    """UTC starts (seconds since 1970) of the occurrences of ``ev`` overlapping [start, end).

    The same occurrences as ``expand`` (a test compares them), without an object for each.
    Daily, weekly and monthly series with no skipped, extra or edited dates are stepped as
    integers; anything else goes through ``expand``.
    """
    return list(_starts(_plan(ev, None), _Window(start, end, home)))


class _Plan(NamedTuple):
    spec: EventSpec
    item: schedule.Parsed | None
    length: int  # the duration in seconds
    first: int | None  # DTSTART in wall seconds; None: only ``expand`` can read it (dateutil
    # rules, skipped or extra dates, edited occurrences, all-day events)
    series: SeriesPlan | None  # None: a one-off


def _plan(spec: EventSpec, item: schedule.Parsed | None) -> _Plan:
    length = spec.duration // _ONE_SECOND
    simple = simple_rule(spec.rrule) if spec.rrule else None
    start = spec.start
    if (
        spec.overrides
        or spec.exdates
        or spec.rdates
        or not isinstance(start, datetime)  # all day
        or (spec.rrule and simple is None)
        or spec.library is not None  # its own text, expanded by recurring-ical-events
    ):
        return _Plan(spec, item, length, None, None)
    return _Plan(spec, item, length, seconds(start), series_plan(simple, start) if simple else None)


def _plans(db: Database) -> list[_Plan]:
    """Every event's plan, once per calendar version (month after month reuses them)."""
    version = schedule.calendar_version(db)
    cache = db.__dict__.setdefault("_companion_month_plans", {})
    if version is None or cache.get("version") != version:
        items = schedule.parsed_events(db, version)
        cache.update(version=version, plans=[_plan(item.spec, item) for item in items])
    return cache["plans"]


class _Window:
    """What every series shares in one window, worked out once instead of per series."""

    def __init__(self, start: datetime, end: datetime, home: ZoneInfo) -> None:
        self.start, self.end, self.home = start, end, home
        self.low, self.low_up = _whole_seconds(start)
        self.high = _whole_seconds(end)[1]
        self._offsets: dict[tuple[ZoneInfo, timedelta], int | None] = {}

    def offset(self, zone: ZoneInfo, duration: timedelta) -> int | None:
        """The zone's one UTC offset (seconds) for lives of this length, or None if it changes."""
        key = (zone, duration)
        if key not in self._offsets:
            local_start, local_end, _, _ = local_window(self.start, self.end, zone)
            same = uniform_offset(zone, local_start - duration - _TWO_DAYS, local_end + _ONE_DAY)
            self._offsets[key] = None if same is None else same // _ONE_SECOND
        return self._offsets[key]


def _starts(plan: _Plan, window: _Window) -> Iterable[int]:
    ev = plan.spec
    first = plan.first
    if first is None:
        found = expand(ev, window.start, window.end, window.home)
        return [_instant(o.start_utc) for o in found]
    zone = ev.zone or window.home
    same = window.offset(zone, ev.duration)
    length = plan.length
    # A live overlaps the window when it starts before the end and ends after the start; a
    # zero-length one when it starts inside.
    earliest = window.low + 1 - length if length else window.low_up
    if same is not None:  # one offset all window long: the bounds move, not every start
        return map(
            same.__rsub__, _walls(first, plan.series, earliest + same, window.high - 1 + same)
        )
    out = []
    for wall in _walls(
        first, plan.series, earliest - DAY_S, window.high + DAY_S
    ):  # offsets are < a day
        offset = _day_offset(zone, wall // DAY_S)
        # On the day the clocks change, RFC 5545's reading of gaps and folds.
        begin = wall - offset if offset is not None else _instant(place(wall_of(wall), zone)[0])
        if begin < window.high and (
            begin + length > window.low if length else begin >= window.low_up
        ):
            out.append(begin)
    return out


def _walls(first: int, series: SeriesPlan | None, lo: int, hi: int) -> list[int]:
    """Wall starts in [lo, hi] (wall seconds): DTSTART, then what the rule adds."""
    walls = [first] if lo <= first <= hi else []
    if series is not None:
        walls.extend(step_plan(series, lo, hi))
    return walls


@lru_cache(maxsize=4096)
def _day_offset(zone: ZoneInfo, day: int) -> int | None:
    """The zone's UTC offset (seconds) all through a local day, or None if it changes."""
    midnight = wall_of(day * DAY_S)
    before = zone.utcoffset(midnight)
    after = zone.utcoffset(midnight + _ONE_DAY)
    if before != after or before is None:
        return None
    return before // _ONE_SECOND


def _instant(moment: datetime) -> int:
    """An aware instant as whole seconds since 1970 (rounded down)."""
    return (moment - _EPOCH) // _ONE_SECOND


def _whole_seconds(moment: datetime) -> tuple[int, int]:
    """An aware instant as seconds since 1970, rounded down and up."""
    low = _instant(moment)
    return low, low + (1 if moment.microsecond else 0)
