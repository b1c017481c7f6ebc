"""Which days have lives: what the month view marks, counted without an object per occurrence.

A fan following thousands of series pages through months; building every occurrence as a full
``Agenda`` item only to colour day cells costs a second per page on a small machine. Here each
series yields its start instants as integers (``start_seconds``) and each one is dropped into
its day of the fan's calendar.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from itertools import accumulate, repeat
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

from companion.core.budget.instants import utc_text
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
    month_index,
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
    calendar = _plans(db)
    plans = calendar.plans
    # Each start as one integer, start * width + the event's place in title order: sorted in C,
    # the first key of a day is its earliest start and, of equal starts, the first title.
    width = len(plans) + 1
    keys: list[int] = []
    extra: list[tuple[int, int]] = []  # (start, lives beyond the one its key stands for)

    def add(order: int) -> None:
        plan = plans[order]
        item = plan.item
        assert item is not None  # _plans always keeps the parsed event
        if not item.may_overlap(lo, hi):
            return
        if creator_id is not None and item.event.creator_id != creator_id:
            return
        keys.extend(map(order.__add__, map(width.__mul__, _starts(plan, window))))

    if creator_id is not None:  # one creator's lives are few: each on its own
        for order in range(len(plans)):
            add(order)
    else:
        for order in calendar.singles:
            add(order)
        # One-offs by start: only those from the longest one's length before the window on.
        since = utc_text(window.start - timedelta(seconds=calendar.longest))
        begin = bisect_left(calendar.one_off_starts, since)
        for order in calendar.one_offs[begin : bisect_left(calendar.one_off_starts, hi, begin)]:
            add(order)
        for group in calendar.groups:
            _add_group(group, window, lo, hi, width, keys, extra, add)
    keys.sort()
    extra.sort()
    extra_starts = [start for start, _ in extra]
    extra_sums = [0, *accumulate(more for _, more in extra)]
    marks = {}
    for day in range(days):
        begin = bisect_left(keys, bounds[day] * width)
        count = bisect_left(keys, bounds[day + 1] * width, begin) - begin
        if count:
            a = bisect_left(extra_starts, bounds[day])
            b = bisect_left(extra_starts, bounds[day + 1], a)
            owner = plans[keys[begin] % width].item
            assert owner is not None
            marks[first + timedelta(days=day)] = DayMark(
                count + extra_sums[b] - extra_sums[a],
                owner.event.title,
                owner.creator.colour if owner.creator else None,
            )
    return marks


def _add_group(
    group: _Group,
    window: _Window,
    lo: str,
    hi: str,
    width: int,
    keys: list[int],
    extra: list[tuple[int, int]],
    add: Callable[[int], None],
) -> None:
    """A group's members that started well before the window have the same starts in it:
    stepped once, counted as many times. The rest are stepped one by one."""
    plan = group.plan
    # A start before this is before every wall time the window steps from (offsets are under
    # a day, and a live that started before the window may still be on).
    full = bisect_left(group.firsts, window.low - plan.length - 2 * DAY_S)
    if full:
        item = plan.item
        assert item is not None
        starts = list(_starts(plan, window)) if item.may_overlap(lo, hi) else []
        keys.extend(map(group.leaders[full - 1].__add__, map(width.__mul__, starts)))
        if full > 1:
            extra.extend(zip(starts, repeat(full - 1)))
    late = window.high + DAY_S  # a DTSTART after this starts after the window ends
    for at in range(full, len(group.firsts)):
        if group.firsts[at] > late:
            break
        add(group.orders[at])


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


class _Group(NamedTuple):
    """Series stepped alike: one zone, length and rule, on the same days at the same time.
    Once all of them have started they have the same starts in any window, so thousands of
    "every Friday at 20:00 in Paris" are stepped once."""

    plan: _Plan  # the member that started first
    firsts: list[int]  # every member's DTSTART (wall seconds), ascending
    orders: list[int]  # their places in title order, in the same order
    leaders: list[int]  # leaders[i]: the first in title order of members 0..i


class _Calendar(NamedTuple):
    plans: list[_Plan]  # title order
    singles: list[int]  # places of the plans expanded one by one
    one_offs: list[int]  # places of timed one-off lives, by start
    one_off_starts: list[str]  # their starts (UTC text), ascending
    longest: int  # the longest one-off, in seconds
    groups: list[_Group]


def _plans(db: Database) -> _Calendar:
    """Every event's plan, once per calendar version (month after month reuses them)."""
    version = schedule.calendar_version(db)
    cache = db.__dict__.setdefault("_companion_month_plans", {})
    if version is None or cache.get("version") != version:
        items = schedule.parsed_events(db, version)
        cache.update(version=version, calendar=_calendar([_plan(i.spec, i) for i in items]))
    return cache["calendar"]


def _calendar(plans: list[_Plan]) -> _Calendar:
    singles: list[int] = []
    one_offs: list[tuple[str, int]] = []
    alike: dict[tuple[object, ...], list[int]] = {}
    for order, plan in enumerate(plans):
        if plan.first is not None and plan.series is None and not plan.spec.rrule:
            assert plan.item is not None
            one_offs.append((plan.item.first_utc, order))
        elif plan.series is None or plan.first is None:
            singles.append(order)
        else:
            alike.setdefault(_stepped_alike(plan, plan.series), []).append(order)
    groups = []
    for orders in alike.values():
        orders.sort(key=lambda order: plans[order].first or 0)
        firsts = [plans[order].first or 0 for order in orders]
        groups.append(_Group(plans[orders[0]], firsts, orders, list(accumulate(orders, min))))
    one_offs.sort()
    longest = max((plans[order].length for _, order in one_offs), default=0)
    starts, places = [start for start, _ in one_offs], [order for _, order in one_offs]
    return _Calendar(plans, singles, places, starts, longest, groups)


def _stepped_alike(plan: _Plan, series: SeriesPlan) -> tuple[object, ...]:
    """What makes two series' starts the same once both have started."""
    if series.freq == "MONTHLY":  # which months (every n-th) and the time of day
        phase: tuple[object, ...] = (
            month_index(series.first) % series.interval,
            series.first % DAY_S,
            series.codes,
        )
    else:  # each progression, by where it falls in its period
        phase = tuple(sorted(base % series.step for base in series.bases))
    return (plan.spec.zone, plan.length, series.freq, series.step, series.last, *phase)


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
