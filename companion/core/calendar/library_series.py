"""Series the app's own stepper cannot describe, expanded by recurring-ical-events instead.

The stepper stores a series as one wall time, one IANA zone, one RRULE, extra and skipped dates
and edited occurrences. Real calendars also write zones of their own making (a VTIMEZONE that
matches no IANA zone), several RRULEs in one event, RDATEs that are periods with their own
length, edits that change "this and every later" occurrence (RANGE=THISANDFUTURE), and all-day
series whose edits Exchange dates with a time. Such a series is kept as its own iCalendar text
and every window is asked of recurring-ical-events, so it lands where other clients show it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from companion.core.calendar.rule_check import WorkBudgetExceeded, bounded, check_rule
from companion.core.errors import InputError

_UTC = timezone.utc
_log = logging.getLogger("companion.calendar")
# recurring-ical-events spends ~2,000 Python calls per occurrence; a month of a daily series
# is far below this, a rule built to make it search for years is stopped.
WINDOW_CALLS = 2_000_000
MAX_OCCURRENCES = 5_000  # when walking a finite series to its end
# A property by its upper-case name, as icalendar stores it (its own get() upper-cases first):
# every imported event is asked these.
_get: Callable[..., Any] = dict.get


def reason(master: Any, overrides: list[Any], custom_zone: bool) -> str | None:
    """Why the series needs recurring-ical-events, or None when the stepper describes it."""
    if custom_zone:
        return "a time zone of its own"
    rules = _get(master, "RRULE")
    if isinstance(rules, list) and len(rules) > 1:
        return "several repeat rules"
    rdates = _get(master, "RDATE")
    for item in rdates if isinstance(rdates, list) else [rdates] if rdates is not None else []:
        if any(isinstance(entry.dt, tuple) for entry in item.dts):
            return "extra dates with their own length"
    all_day = not isinstance(getattr(_get(master, "DTSTART"), "dt", None), datetime)
    for edit in overrides:
        rid = _get(edit, "RECURRENCE-ID")
        if str(rid.params.get("RANGE", "")).upper() == "THISANDFUTURE":
            return "a change to this and every later occurrence"
        if all_day and isinstance(rid.dt, datetime):
            return "all-day occurrences changed at a time of day"
    return None


def text_of(master: Any, overrides: list[Any], zones: list[Any]) -> str:
    """The series as a calendar of its own, with the VTIMEZONEs its times name."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("PRODID", "-//Fan Companion//imported series//EN")
    cal.add("VERSION", "2.0")
    used = _tzids([master, *overrides])
    for zone in zones:
        if str(zone.get("TZID", "")) in used:
            cal.add_component(zone)
    for component in (master, *overrides):
        cal.add_component(component)
    text = cal.to_ical().decode("utf-8")
    check(text)
    return text


def _tzids(components: list[Any]) -> set[str]:
    names = set()
    for component in components:
        for value in component.values():
            for item in value if isinstance(value, list) else [value]:
                tzid = getattr(item, "params", {}).get("TZID")
                if tzid:
                    names.add(str(tzid))
    return names


def check(text: str) -> None:
    """Every repeat rule passes the same guard as the stepper's (no recurrence bombs)."""
    for component in _calendar(text).walk("VEVENT"):
        rules = component.get("RRULE")
        for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
            check_rule(rule.to_ical().decode())


@lru_cache(maxsize=256)
def _calendar(text: str) -> Any:
    import icalendar

    return icalendar.Calendar.from_ical(text)


@lru_cache(maxsize=256)
def _query(text: str) -> Any:
    import recurring_ical_events

    return recurring_ical_events.of(_calendar(text))


def _utc(value: date | datetime, home: ZoneInfo) -> datetime:
    if not isinstance(value, datetime):
        return datetime.combine(value, time(), home).astimezone(_UTC)
    if value.tzinfo is None:
        from companion.core.calendar.occurrences import place

        return place(value, home)[0].astimezone(_UTC)
    return value.astimezone(_UTC)


def _wall(value: date | datetime) -> date | datetime:
    """A recurrence as the wall time of its own zone (how skipped dates are stored)."""
    return value.replace(tzinfo=None) if isinstance(value, datetime) else value


def _span(component: Any, home: ZoneInfo) -> tuple[datetime, datetime, date | datetime]:
    start = component["DTSTART"].dt
    try:
        end = component.end
    except (ValueError, KeyError, TypeError, AttributeError):
        end = start
    if not isinstance(start, datetime) and isinstance(end, datetime):
        end = end.date()
    if not isinstance(start, datetime):
        end = max(end, start + timedelta(days=1))
    begin = _utc(start, home)
    return begin, max(begin, _utc(end, home)), start


def expand(ev: Any, start: datetime, end: datetime, home: ZoneInfo) -> list[Any]:
    """Occurrences of the EventSpec ``ev`` (whose ``library`` holds its text) in [start, end)."""
    from companion.core.calendar.occurrences import Occurrence

    query = _query(ev.library)
    try:
        found = bounded(lambda: list(query.between(start, end)), WINDOW_CALLS)
    except WorkBudgetExceeded:
        _log.warning("event %s: its series took too long to expand; none shown", ev.id)
        return []
    out = []
    for component in found:
        if str(component.get("STATUS", "")).upper() == "CANCELLED":
            continue
        begin, finish, first = _span(component, home)
        rid = component.get("RECURRENCE-ID")
        original = rid.dt if rid is not None else first
        if isinstance(original, datetime) and isinstance(first, datetime) and first.tzinfo:
            original = original.astimezone(first.tzinfo)  # a UTC RECURRENCE-ID, say
        recurrence = _wall(original)
        if recurrence in ev.exdates:
            continue
        all_day = not isinstance(first, datetime)
        tz = getattr(first, "tzinfo", None)
        zone = tz if isinstance(tz, ZoneInfo) and not all_day else (ev.zone or home)
        title = str(component.get("SUMMARY", "") or "") or ev.title
        out.append(Occurrence(ev.id, title, begin, finish, recurrence, all_day, "", zone))
    return out


def bounds(text: str, home: ZoneInfo) -> tuple[datetime, datetime | None]:
    """First start and last end in UTC; None when a rule never ends."""
    cal = _calendar(text)
    starts = [_span(c, home)[0] for c in cal.walk("VEVENT") if c.get("DTSTART") is not None]
    if not starts:
        raise InputError("no start time (DTSTART)")
    first = min(starts)
    for component in cal.walk("VEVENT"):
        rules = component.get("RRULE")
        for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
            body = rule.to_ical().decode().upper()
            if "COUNT=" not in body and "UNTIL=" not in body:
                return first, None
    try:
        found = bounded(lambda: list(_query(text).all()), WINDOW_CALLS)
    except WorkBudgetExceeded:
        return first, None  # too long to walk to its end: treated as open-ended
    if not found:
        return first, first
    spans = [_span(c, home) for c in found[:MAX_OCCURRENCES]]
    return min(first, *(s[0] for s in spans)), max(s[1] for s in spans)
