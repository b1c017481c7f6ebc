"""Stepping the recurrence rules nearly every stream schedule uses, without dateutil.

FREQ=DAILY or WEEKLY (with BYDAY and INTERVAL) and MONTHLY on the nth weekday ("1SA", "-1FR"),
optionally with UNTIL. dateutil is exact but slow for thousands of series; these steppers give
the same starts (a hypothesis test compares them) and anything else goes to dateutil.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

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
