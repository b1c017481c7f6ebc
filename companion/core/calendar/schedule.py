"""Creators and their live events: validation, storage, and occurrences in a time window."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo

from companion.core.budget.instants import utc_text
from companion.core.calendar.creators import Creator, creator
from companion.core.calendar.occurrences import (
    EventSpec,
    Occurrence,
    series_bounds,
    zone_named,
)
from companion.core.calendar.rule_check import check_rule
from companion.core.errors import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_USER_DURATION = timedelta(days=14)


class Event(NamedTuple):
    id: int
    uid: str
    creator_id: int | None
    title: str
    start_local: str
    zone: str | None
    all_day: bool
    duration_min: int
    rrule: str | None
    rdates: tuple[str, ...]
    exdates: tuple[str, ...]
    reminders: tuple[int, ...]
    planned_minor: int | None
    planned_currency: str | None
    notes: str
    source: str


class Agenda(NamedTuple):
    """An occurrence with what the page and reminders need to show it."""

    occurrence: Occurrence
    event: Event
    creator: Creator | None


# -- parsing -----------------------------------------------------------------------------------
# Live events happen between these years; outside them zone rules, DST and Python's own date
# arithmetic (a window that ends after 9999-12-31) stop making sense.
FIRST_YEAR, LAST_YEAR = 1970, 2200


def check_year(day: date, field: str) -> None:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InputError(
            f"{field}: {day.isoformat()} is outside the years {FIRST_YEAR}–{LAST_YEAR}"
        )


def parse_wall(text: str, field: str = "start") -> datetime | date:
    raw = (text or "").strip()
    try:
        if len(raw) == 10:
            day = date.fromisoformat(raw)
            check_year(day, field)
            return day
        moment = datetime.fromisoformat(raw.replace(" ", "T"))
    except ValueError:
        raise InputError(
            f"{field}: '{text}' is not a date and time like 2026-12-01 20:00"
        ) from None
    check_year(moment.date(), field)
    if moment.tzinfo is not None:
        raise InputError(f"{field}: give the local time without an offset; the zone is separate")
    return moment.replace(microsecond=0)


def wall_text(value: datetime | date) -> str:
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value.isoformat()


def _row_to_event(r: dict[str, Any]) -> Event:
    return Event(
        r["id"],
        r["uid"],
        r["creator_id"],
        r["title"],
        r["start_local"],
        r["zone"],
        bool(r["all_day"]),
        r["duration_min"],
        r["rrule"],
        tuple(json.loads(r["rdates"])),
        tuple(json.loads(r["exdates"])),
        tuple(json.loads(r["reminders"])),
        r["planned_minor"],
        r["planned_currency"],
        r["notes"],
        r["source"],
    )


# -- events ------------------------------------------------------------------------------------
def events(db: Database) -> list[Event]:
    return [_row_to_event(r) for r in db.table("events").rows_where(order_by="first_utc")]


def event(db: Database, event_id: int) -> Event:
    row = next(iter(db.table("events").rows_where("id = ?", [event_id])), None)
    if row is None:
        raise InputError(f"event {event_id} does not exist (it may have been deleted)")
    return _row_to_event(row)


def event_by_uid(db: Database, uid: str) -> Event | None:
    row = next(iter(db.table("events").rows_where("uid = ?", [uid])), None)
    return _row_to_event(row) if row else None


def build_event_row(
    db: Database,
    *,
    title: str,
    start: str,
    zone: str | None,
    duration_min: object,
    creator_id: int | None = None,
    rrule: str | None = None,
    reminders: object = (),
    planned: object = None,
    planned_currency: str | None = None,
    notes: str = "",
    exdates: tuple[str, ...] = (),
    rdates: tuple[str, ...] = (),
    uid: str | None = None,
    source: str = "user",
    home_zone: ZoneInfo,
    max_duration: timedelta = MAX_USER_DURATION,
    now: datetime,
    library: str | None = None,
) -> dict[str, Any]:
    """Validate an event's fields (the form and importers share this) into a table row."""
    clean_title = (title or "").strip()
    if not clean_title:
        raise InputError("title: give the live a title")
    if len(clean_title) > 300:
        raise InputError("title: keep it under 300 characters")
    wall = parse_wall(start)
    if zone:
        zone_named(zone)
    try:
        minutes = int(str(duration_min).strip())
    except ValueError:
        raise InputError(f"duration: '{duration_min}' is not a number of minutes") from None
    if minutes < 0:
        raise InputError("duration: the end is before the start")
    if timedelta(minutes=minutes) > max_duration:
        raise InputError(
            f"duration: {minutes // 1440} days is too long for a live event "
            f"(at most {max_duration.days} days)"
        )
    rule = check_rule(rrule) if rrule else None
    leads = _reminders(reminders)
    planned_minor, planned_cur = _planned(planned, planned_currency)
    if creator_id is not None:
        creator(db, creator_id)
    spec = EventSpec(
        0,
        wall,
        ZoneInfo(zone) if zone else None,
        timedelta(minutes=minutes),
        rule,
        tuple(parse_wall(d) for d in rdates),
        frozenset(),
        {},
        clean_title,
    )
    if library is not None:  # a series only recurring-ical-events can expand
        from companion.core.calendar import library_series

        first, last = library_series.bounds(library, home_zone)
    else:
        first, last = series_bounds(spec, home_zone)
    return {
        "uid": uid or _new_uid(),
        "creator_id": creator_id,
        "title": clean_title,
        "start_local": wall_text(wall),
        "zone": zone or None,
        "all_day": int(not isinstance(wall, datetime)),
        "duration_min": minutes,
        "rrule": rule,
        "rdates": json.dumps(list(rdates)) if rdates else "[]",  # most have none: skip json
        "exdates": json.dumps(list(exdates)) if exdates else "[]",
        "reminders": f"[{', '.join(map(str, leads))}]",  # json.dumps' text of whole numbers
        "planned_minor": planned_minor,
        "planned_currency": planned_cur,
        "notes": (notes or "").strip()[:2000],
        "source": source,
        "first_utc": utc_text(first),
        "last_utc": utc_text(last) if last else None,
        "updated_at": _stamp(now),
        "ics": library,  # an edit in the app makes it a plain series again
    }


@lru_cache(maxsize=4)
def _stamp(now: datetime) -> str:
    return utc_text(now)  # an import stamps thousands of rows with the same now


def _reminders(value: object) -> list[int]:
    items = value if isinstance(value, (list, tuple)) else str(value or "").split(",")
    out = []
    for item in items:
        text = str(item).strip()
        if not text:
            continue
        try:
            minutes = int(text)
        except ValueError:
            raise InputError(f"reminders: '{text}' is not a number of minutes") from None
        if not 0 <= minutes <= 7 * 24 * 60:
            raise InputError(f"reminders: {minutes} minutes is outside 0 to 10,080 (a week)")
        out.append(minutes)
    return sorted(set(out), reverse=True)


def _planned(value: object, currency: str | None) -> tuple[int | None, str | None]:
    if value in (None, ""):
        return None, None
    from companion.core.money.money import check_currency, parse_amount

    cur = check_currency(currency or "", "planned_currency")
    return parse_amount(value, cur, "planned"), cur


def save_event(
    db: Database, row: dict[str, Any], *, event_id: int | None = None, now: datetime
) -> Event:
    with db.atomic():
        if event_id is None:
            table = db.table("events")
            table.insert({**row, "created_at": utc_text(now)})
            assert table.last_rowid is not None  # the insert above set it
            event_id = int(table.last_rowid)
        else:
            event(db, event_id)
            db.table("events").update(event_id, row)
    return event(db, event_id)


def delete_event(db: Database, event_id: int) -> None:
    with db.atomic():
        db.table("event_overrides").delete_where("event_id = ?", [event_id])
        db.table("reminder_log").delete_where("event_id = ?", [event_id])
        db.table("events").delete(event_id)


def skip_occurrence(db: Database, event_id: int, recurrence: datetime | date) -> None:
    """Skip one occurrence of a series (an EXDATE); one-off events are deleted instead."""
    ev = event(db, event_id)
    if not ev.rrule and not ev.rdates:
        delete_event(db, event_id)
        return
    skipped = sorted({*ev.exdates, wall_text(recurrence)})
    with db.atomic():
        db.table("events").update(event_id, {"exdates": json.dumps(skipped)})


# Occurrences in a window live in window.py; most callers read them from here. Looked up
# there at first use: window.py imports this module, and either may be imported first.
_FROM_WINDOW = frozenset(
    {"Parsed", "calendar_version", "occurrences", "parsed_events", "planned_spend"}
)
if TYPE_CHECKING:
    from companion.core.calendar.window import (  # noqa: F401 - for callers' types
        Parsed,
        calendar_version,
        occurrences,
        parsed_events,
        planned_spend,
    )


def __getattr__(name: str) -> Any:
    if name in _FROM_WINDOW:
        from companion.core.calendar import window

        return getattr(window, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _new_uid() -> str:
    # uuid imports platform, whose regexes cost the first page a few ms it never needs.
    import uuid

    return f"{uuid.uuid4()}@fan-companion"
