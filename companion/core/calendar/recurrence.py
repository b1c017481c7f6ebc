"""Stepping the recurrence rules nearly every stream schedule uses, without dateutil.

FREQ=DAILY or WEEKLY (with BYDAY and INTERVAL) and MONTHLY on the nth weekday ("1SA", "-1FR"),
optionally with UNTIL. dateutil is exact but slow for thousands of series; these steppers give
the same starts (a hypothesis test compares them) and anything else goes to dateutil.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import NamedTuple

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

_SIMPLE_DAYS = {code: i for i, code in enumerate(WEEKDAYS)}


@lru_cache(maxsize=1024)
def simple_rule(rule: str) -> tuple[str, int, tuple[int, ...], datetime | None] | None:
    """(FREQ, INTERVAL, weekdays, UNTIL) for plain DAILY/WEEKLY rules; None for anything else.

    These make up nearly every stream schedule; they are stepped directly instead of through
    dateutil, which is far slower. Anything unusual goes to dateutil.
    """
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    if parts.get("FREQ") not in ("DAILY", "WEEKLY", "MONTHLY") or not set(parts) <= {
        "FREQ",
        "INTERVAL",
        "BYDAY",
        "UNTIL",
        "WKST",
    }:
        return None
    if parts["FREQ"] == "MONTHLY":
        return _simple_monthly(parts)
    if parts.get("WKST", "MO") != "MO":
        return None
    try:
        days = (
            tuple(sorted(_SIMPLE_DAYS[d] for d in parts["BYDAY"].split(",")))
            if "BYDAY" in parts
            else ()
        )
        interval = int(parts.get("INTERVAL", "1"))
        until = _until(parts)
    except (KeyError, ValueError):
        return None  # e.g. "1SA" or a UTC UNTIL: dateutil knows what to do
    return (parts["FREQ"], max(1, interval), days, until) if interval >= 1 else None


def _until(parts: dict[str, str]) -> datetime | None:
    """UNTIL as a local wall time (a date means the end of that day); ValueError if odd."""
    text = parts.get("UNTIL")
    if text is None:
        return None
    if "T" in text:
        return datetime.strptime(text, "%Y%m%dT%H%M%S")
    return datetime.strptime(text, "%Y%m%d").replace(hour=23, minute=59, second=59)


_NTH = re.compile(r"^([+-]?)([1-5])(MO|TU|WE|TH|FR|SA|SU)$")


def _simple_monthly(
    parts: dict[str, str],
) -> tuple[str, int, tuple[int, ...], datetime | None] | None:
    """MONTHLY;BYDAY=1SA style rules (the nth weekday of the month), encoded as n*7+weekday."""
    try:
        interval = int(parts.get("INTERVAL", "1"))
        codes = []
        for item in parts.get("BYDAY", "").split(","):
            match = _NTH.match(item)
            if not match:
                return None
            n = int(match.group(2)) * (-1 if match.group(1) == "-" else 1)
            codes.append(n * 7 + _SIMPLE_DAYS[match.group(3)])
        until = _until(parts)
    except (KeyError, ValueError):
        return None
    return ("MONTHLY", interval, tuple(codes), until) if interval >= 1 and codes else None


def _nth_weekday(year: int, month: int, code: int) -> date | None:
    n, weekday = (code // 7, code % 7) if code >= 0 else (-((-code + 6) // 7), code % 7)
    if n > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        return day if day.month == month else None
    last = (date(year, month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    day = last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))
    return day if day.month == month else None


def step_simple(
    spec: tuple[str, int, tuple[int, ...], datetime | None],
    first: datetime,
    lo: datetime,
    hi: datetime,
) -> list[datetime]:
    freq, interval, days, until = spec
    last = min(hi, until) if until else hi
    if last < first:
        return []
    if freq == "MONTHLY":
        return _step_monthly(interval, days, first, lo, last)
    if freq == "DAILY":
        step = _DAYS[interval] if interval < len(_DAYS) else timedelta(days=interval)
        k0 = max(0, -(-(lo - first).days // interval) - 1)
        moment = first + step * k0
        out = []
        while moment <= last:
            if moment >= lo and (not days or moment.weekday() in days):
                out.append(moment)
            moment += step
        return out
    weekdays = days or (first.weekday(),)
    offsets = [_DAYS[d] for d in weekdays]
    week_step = _DAYS[7] * interval
    week0 = first - _DAYS[first.weekday()]  # the Monday of DTSTART's week
    w0 = max(0, (lo - week0).days // 7 - 1)
    monday = week0 + _DAYS[7] * (w0 - w0 % interval)
    out = []
    while monday <= last:
        for offset in offsets:
            moment = monday + offset
            if moment >= lo and first <= moment <= last:
                out.append(moment)
        monday += week_step
    return out


def _step_monthly(
    interval: int, days: tuple[int, ...], first: datetime, lo: datetime, last: datetime
) -> list[datetime]:
    out = []
    index = (lo.year - first.year) * 12 + lo.month - first.month - 1
    index = max(0, index - index % interval)
    while True:
        year, month = divmod(first.month - 1 + index, 12)
        year += first.year
        if date(year, month + 1, 1) > last.date():
            return sorted(set(out))  # "3MO" and "-2MO" can be the same day
        for code in days:
            day = _nth_weekday(year, month + 1, code)
            if day is not None:
                moment = datetime.combine(day, first.time())
                if first <= moment <= last and moment >= lo:
                    out.append(moment)
        index += interval


_DAYS = [timedelta(days=n) for n in range(8)]


DAY_S = 86_400
_EPOCH = datetime(1970, 1, 1)
_ONE_SECOND = timedelta(seconds=1)


def wall_of(wall_seconds: int) -> datetime:
    """The naive wall time ``seconds`` turned into a number, back again."""
    return _EPOCH + timedelta(seconds=wall_seconds)


def seconds(wall: datetime) -> int:
    """A naive wall time as whole seconds since 1970-01-01 on the same wall clock."""
    return (wall - _EPOCH) // _ONE_SECOND


class SeriesPlan(NamedTuple):
    """What stepping a series as integers needs, worked out once per series."""

    freq: str
    first: int  # DTSTART, in wall seconds
    last: int  # UNTIL, or far in the future
    step: int  # seconds between starts of each progression
    bases: tuple[int, ...]  # the first start of each progression (daily and weekly)
    interval: int
    codes: tuple[int, ...]  # nth weekdays (monthly)


def step_plan(plan: SeriesPlan, lo: int, hi: int) -> list[int]:
    """Starts after DTSTART within [lo, hi]. The month view counts every occurrence of
    thousands of series: stepping whole seconds with ``range`` keeps that in C."""
    last = min(hi, plan.last)
    begin = max(lo, plan.first + 1)  # DTSTART itself is counted by the caller
    if plan.freq == "MONTHLY":
        return _monthly_seconds(plan.interval, plan.codes, plan.first, begin, last)
    step = plan.step
    out: list[int] = []
    for base in plan.bases:
        start = base if begin <= base else base + -(-(begin - base) // step) * step
        out.extend(range(start, last + 1, step))
    return out


@lru_cache(maxsize=16_384)
def series_plan(
    spec: tuple[str, int, tuple[int, ...], datetime | None], first: datetime
) -> SeriesPlan:
    """The integer stepping plan of a ``simple_rule`` series starting at ``first``."""
    freq, interval, days, until = spec
    first_s = seconds(first)
    last_s = seconds(until) if until else _FOREVER
    if freq == "MONTHLY":
        return SeriesPlan(freq, first_s, last_s, 0, (), interval, days)
    if freq == "DAILY" and (not days or interval > 1):
        if days:  # every n days, on some weekdays only: the days repeat every 7n days
            bases = tuple(
                first_s + k * interval * DAY_S
                for k in range(7)
                if (first.weekday() + k * interval) % 7 in days
            )
            return SeriesPlan(freq, first_s, last_s, 7 * interval * DAY_S, bases, interval, ())
        return SeriesPlan(freq, first_s, last_s, interval * DAY_S, (first_s,), interval, ())
    # WEEKLY, or DAILY on some weekdays (the same thing with an interval of one).
    week0 = first_s - first.weekday() * DAY_S  # DTSTART's Monday, at DTSTART's time
    bases = tuple(week0 + day * DAY_S for day in (days or (first.weekday(),)))
    weeks = interval if freq == "WEEKLY" else 1
    return SeriesPlan(freq, first_s, last_s, 7 * DAY_S * weeks, bases, interval, ())


_FOREVER = 2**62


def _monthly_seconds(
    interval: int, codes: tuple[int, ...], first_s: int, lo: int, last: int
) -> list[int]:
    """The nth weekday of every ``interval``-th month, as wall seconds in [lo, last]."""
    if lo > last:
        return []
    time_of_day = first_s % DAY_S
    year0, month0 = _year_month(first_s // DAY_S)
    lo_year, lo_month = _year_month(lo // DAY_S)
    index = (lo_year - year0) * 12 + lo_month - month0 - 1
    index = max(0, index - index % interval)
    out = set()
    while True:
        year, month = divmod(month0 - 1 + index, 12)
        year, month = year + year0, month + 1
        if _month_start(year, month) * DAY_S > last:
            return list(out)  # a set: "3MO" and "-2MO" can be the same day
        for code in codes:
            day = _nth_day(year, month, code)
            if day is not None:
                moment = day * DAY_S + time_of_day
                if lo <= moment <= last:
                    out.add(moment)
        index += interval


# Days as whole numbers since 1970-01-01; month view windows ask for the same few again and again.
@lru_cache(maxsize=4096)
def _year_month(day: int) -> tuple[int, int]:
    moment = date.fromordinal(_EPOCH_ORDINAL + day)
    return moment.year, moment.month


def month_index(wall_seconds: int) -> int:
    """The month of a wall time in seconds, counted as year * 12 + month."""
    year, month = _year_month(wall_seconds // DAY_S)
    return year * 12 + month


@lru_cache(maxsize=4096)
def _month_start(year: int, month: int) -> int:
    return date(year, month, 1).toordinal() - _EPOCH_ORDINAL


@lru_cache(maxsize=4096)
def _nth_day(year: int, month: int, code: int) -> int | None:
    day = _nth_weekday(year, month, code)
    return None if day is None else day.toordinal() - _EPOCH_ORDINAL


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
