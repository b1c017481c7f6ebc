"""Writing iCalendar: every event (or one creator's) with VTIMEZONE blocks, so other calendar
apps show the right times; RRULE UNTIL in UTC as RFC 5545 asks for zoned series."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from companion.core.calendar import creators, schedule

if TYPE_CHECKING:
    from sqlite_utils import Database


def export_ics(db: Database, *, now: datetime, creator_id: int | None = None) -> bytes:
    """All events (or one creator's) as iCalendar, with VTIMEZONE blocks for every zone used.
    ``now`` is the DTSTAMP every exported component carries."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", "-//Fan Companion//EN")
    cal.add("version", "2.0")
    people = {c.id: c for c in creators.creators(db)}
    for ev in schedule.events(db):
        if creator_id is not None and ev.creator_id != creator_id:
            continue
        cal.add_component(_vevent(db, ev, people.get(ev.creator_id or -1), now))
        for o in db.table("event_overrides").rows_where("event_id = ?", [ev.id]):
            cal.add_component(_override(ev, o, now))
    cal.add_missing_timezones()
    return cal.to_ical()


def _moment(wall_text: str, zone: str | None) -> date | datetime:
    wall = schedule.parse_wall(wall_text)
    if isinstance(wall, datetime) and zone:
        return wall.replace(tzinfo=ZoneInfo(zone))
    return wall


def _vevent(db: Database, ev: schedule.Event, who: creators.Creator | None, now: datetime) -> Any:
    import icalendar

    v = icalendar.Event()
    v.add("uid", ev.uid)
    v.add("summary", ev.title)
    start = _moment(ev.start_local, ev.zone)
    v.add("dtstart", start)
    if ev.all_day:
        v.add("dtend", start + timedelta(days=max(1, ev.duration_min // 1440)))
    else:
        v.add("duration", timedelta(minutes=ev.duration_min))
    v.add("dtstamp", now)
    if ev.rrule:
        v.add("rrule", icalendar.vRecur.from_ical(_utc_until(ev.rrule, ev.zone)))
    for name, values in (("exdate", ev.exdates), ("rdate", ev.rdates)):
        if values:
            v.add(name, [_moment(d, ev.zone) for d in values])
    description = ev.notes
    if who is not None:
        v.add(
            "organizer",
            f"https://{who.profile_url.split('://', 1)[-1]}"
            if who.profile_url
            else f"mailto:{who.handle or 'creator'}@invalid",
            parameters={"CN": who.name},
        )
        description = f"{who.name}. {description}".strip(". ")
    if description:
        v.add("description", description)
    for lead in ev.reminders:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", ev.title)
        alarm.add("trigger", timedelta(minutes=-lead))
        v.add_component(alarm)
    return v


def _override(ev: schedule.Event, o: dict[str, Any], now: datetime) -> Any:
    import icalendar

    v = icalendar.Event()
    v.add("uid", ev.uid)
    v.add("recurrence-id", _moment(o["recurrence_local"], ev.zone))
    v.add("summary", o["title"] or ev.title)
    v.add("dtstart", _moment(o["start_local"], ev.zone))
    v.add("duration", timedelta(minutes=o["duration_min"]))
    v.add("dtstamp", now)
    if o["cancelled"]:
        v.add("status", "CANCELLED")
    return v


def _utc_until(rule: str, zone: str | None) -> str:
    """RFC 5545: with a zoned DTSTART, UNTIL is written in UTC."""
    match = re.search(r"UNTIL=(\d{8}T\d{6})(?!Z)", rule)
    if not match or not zone:
        return rule
    local = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=ZoneInfo(zone))
    return rule.replace(
        match.group(0), "UNTIL=" + local.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    )
