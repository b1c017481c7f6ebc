"""Writing iCalendar: every event (or one creator's) with VTIMEZONE blocks, so other calendar
apps show the right times; RRULE UNTIL in UTC as RFC 5545 asks for zoned series.

The VTIMEZONEs are written from the zone's rules (see ``vtimezone``), valid from the earliest
event in that zone for as long as its series run, not only up to 2038.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from companion.core.calendar import creators, schedule
from companion.core.calendar.vtimezone import clock_changes, vtimezone

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
    chosen = [e for e in schedule.events(db) if creator_id is None or e.creator_id == creator_id]
    edited: set[tuple[int, str]] = set()
    texts = dict(db.execute("SELECT id, ics FROM events WHERE ics IS NOT NULL").fetchall())
    for ev in [e for e in chosen if e.id in texts]:
        _add_as_written(cal, ev, texts[ev.id])
    chosen = [e for e in chosen if e.id not in texts]
    for ev in chosen:
        cal.add_component(_vevent(db, ev, people.get(ev.creator_id or -1), now))
        for o in db.table("event_overrides").rows_where("event_id = ?", [ev.id]):
            cal.add_component(_override(ev, o, now))
            edited.add((ev.id, o["recurrence_local"]))
    for ev, occurrence in _at_clock_changes(db, chosen, edited, now):
        cal.add_component(_pinned(ev, occurrence, now))
    _add_timezones(cal)
    return cal.to_ical()


def _add_as_written(cal: Any, ev: schedule.Event, text: str) -> None:
    """A series only recurring-ical-events expands (several rules, a zone of the file's own,
    ...) goes out as it came in, with its own VTIMEZONEs: the app's fields describe only its
    first occurrence."""
    import icalendar

    written = {str(z.get("TZID")) for z in cal.walk("VTIMEZONE")}
    source = icalendar.Calendar.from_ical(text)
    for zone in source.walk("VTIMEZONE"):
        name = str(zone.get("TZID"))
        # An IANA zone is written by _add_timezones from its full rules; a file's VTIMEZONE
        # may cover only the years around its events.
        if name not in written and not _is_iana(name):
            written.add(name)
            cal.subcomponents.insert(0, zone)
    for part in source.walk("VEVENT"):
        part["UID"] = icalendar.vText(ev.uid)  # an edit kept alone has a UID of its own here
        if part.get("RECURRENCE-ID") is None:
            _skipped_as_exdates(part, ev.exdates)
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
            _date_says_so(part.get(name))
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID", "RDATE", "EXDATE"):
            values = part.get(name)
            props = values if isinstance(values, list) else [values]
            if not all(_iana_tzid(prop, written) for prop in props if prop is not None):
                _in_utc(part, name, props)
        cal.add_component(part)


def _skipped_as_exdates(master: Any, skipped: tuple[str, ...]) -> None:
    """The occurrences the fan skipped in the app, as EXDATEs in the series' own zone (the
    file's own EXDATEs stay as they were; each skip is written once)."""
    start = master.get("DTSTART")
    if start is None or not skipped:
        return
    first = start.dt
    existing = master.get("EXDATE")
    listed = existing if isinstance(existing, list) else [existing] if existing else []
    already = {schedule.wall_text(_as_wall(d.dt, first)) for prop in listed for d in prop.dts}
    for text in skipped:
        if text in already:
            continue
        wall = schedule.parse_wall(text, "skipped date")
        if isinstance(first, datetime) and isinstance(wall, datetime):
            master.add("EXDATE", wall.replace(tzinfo=first.tzinfo))
        elif not isinstance(first, datetime):
            master.add("EXDATE", wall if not isinstance(wall, datetime) else wall.date())


def _as_wall(value: date | datetime, first: date | datetime) -> date | datetime:
    """An EXDATE as the series' own wall time, as the app stores a skipped date."""
    if isinstance(value, datetime) and isinstance(first, datetime) and first.tzinfo:
        value = value.astimezone(first.tzinfo) if value.tzinfo else value
    return value.replace(tzinfo=None) if isinstance(value, datetime) else value


def _in_utc(part: Any, name: str, props: list[Any]) -> None:
    """Times in a zone the file named but never defined: written in UTC, the same instants."""
    moments = []
    for prop in props:
        values = [d.dt for d in prop.dts] if hasattr(prop, "dts") else [prop.dt]
        for v in values:  # a period (start, end or length) or a single time
            moments.append(tuple(map(_to_utc, v)) if isinstance(v, tuple) else _to_utc(v))
    params = dict(props[0].params) if props else {}
    params.pop("TZID", None)
    part.pop(name)
    for value in moments:
        part.add(name, value, parameters=params)


def _to_utc(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc)
    return value


def _iana_tzid(prop: Any, defined: set[str]) -> bool:
    """A TZID with no VTIMEZONE ("Central Standard Time" alone) is named by the IANA zone
    icalendar read it as, which _add_timezones then writes; False when there is none."""
    if "TZID" not in prop.params or str(prop.params["TZID"]) in defined:
        return True
    first = getattr(prop, "dt", None)
    if first is None and getattr(prop, "dts", None):
        first = prop.dts[0].dt
    if isinstance(first, tuple):
        first = first[0]
    key = getattr(getattr(first, "tzinfo", None), "key", None)
    if isinstance(first, datetime) and isinstance(first.tzinfo, ZoneInfo) and key:
        prop.params["TZID"] = key
        return True
    return _is_iana(str(prop.params["TZID"]))


def _is_iana(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return False
    return True


def _date_says_so(prop: Any) -> None:
    """Some writers leave VALUE=DATE out of a date (RECURRENCE-ID:20200914); ical.js then
    reads it as a broken date-time, so a date goes out saying what it is."""
    if prop is not None and not isinstance(getattr(prop, "dt", None), datetime):
        prop.params["VALUE"] = "DATE"


def _add_timezones(cal: Any) -> None:
    """One VTIMEZONE per zone the events name, right from the earliest time written in it."""
    missing = set(cal.get_missing_tzids())
    earliest: dict[str, datetime] = {}
    for part in cal.walk("VEVENT"):
        for name in ("DTSTART", "RECURRENCE-ID", "EXDATE", "RDATE"):
            values = part.get(name)
            for prop in values if isinstance(values, list) else [values]:
                for moment in _moments(prop):
                    key = getattr(moment.tzinfo, "key", None)
                    if isinstance(key, str) and key in missing:
                        wall = moment.replace(tzinfo=None)
                        earliest[key] = min(earliest.get(key, wall), wall)
    # First, as Outlook, Google and Apple write them (a one-pass reader meets the zone before
    # it is used); sorted, so the same events give the same file byte for byte.
    cal.subcomponents[:0] = [vtimezone(key, earliest.get(key)) for key in sorted(missing)]


def _moments(prop: Any) -> list[datetime]:
    if prop is None:
        return []
    found = [d.dt for d in prop.dts] if hasattr(prop, "dts") else [prop.dt]
    return [d for d in found if isinstance(d, datetime) and d.tzinfo is not None]


def _moment(wall_text: str, zone: str | None) -> date | datetime:
    wall = schedule.parse_wall(wall_text)
    if isinstance(wall, datetime) and zone:
        return wall.replace(tzinfo=ZoneInfo(zone))
    return wall


def _unambiguous(moment: date | datetime) -> date | datetime:
    """A start the clocks skip or repeat, in UTC (read RFC 5545's way, as the app does)."""
    if (
        isinstance(moment, datetime)
        and moment.tzinfo is not None
        and moment.utcoffset() != moment.replace(fold=1).utcoffset()
    ):
        return moment.astimezone(timezone.utc)
    return moment


def _vevent(db: Database, ev: schedule.Event, who: creators.Creator | None, now: datetime) -> Any:
    import icalendar

    v = icalendar.Event()
    v.add("uid", ev.uid)
    v.add("summary", ev.title)
    start = _moment(ev.start_local, ev.zone)
    # A one-off at a skipped or repeated wall time: its instant, as every reader agrees on it.
    v.add("dtstart", start if ev.rrule or ev.rdates else _unambiguous(start))
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
    v.add("dtstart", _unambiguous(_moment(o["start_local"], ev.zone)))
    v.add("duration", timedelta(minutes=o["duration_min"]))
    v.add("dtstamp", now)
    if o["cancelled"]:
        v.add("status", "CANCELLED")
    return v


# Occurrences pinned to their instant when their wall time happens twice or never: this far
# back and ahead of the export (a series has one or two such days a year at most).
PIN_BEFORE, PIN_AFTER = timedelta(days=366), timedelta(days=366 * 10)


def _at_clock_changes(
    db: Database, chosen: list[schedule.Event], edited: set[tuple[int, str]], now: datetime
) -> list[tuple[schedule.Event, Any]]:
    """Occurrences of repeating events whose wall time the clocks skip or repeat.

    RFC 5545 reads a skipped time with the offset before the change and a repeated one as its
    first pass, as the app does; ical.js (Thunderbird, Nextcloud) takes the other offset, an hour
    off. Written again as edits with a UTC start, every client reads the same instant.
    """
    series = {e.id: e for e in chosen if e.zone and not e.all_day and (e.rrule or e.rdates)}
    zones = {e.zone for e in series.values() if e.zone}
    utc_now = now.astimezone(timezone.utc).replace(tzinfo=None)
    out = []
    for zone in sorted(zones):
        for first, last in clock_changes(zone, utc_now - PIN_BEFORE, utc_now + PIN_AFTER):
            # The wall range in the zone, widened to whole UTC days either side.
            lo = datetime.combine(
                first.date() - timedelta(days=1), datetime.min.time(), timezone.utc
            )
            hi = lo + timedelta(days=3)
            for a in schedule.occurrences(db, lo, hi, home_zone=ZoneInfo("UTC")):
                o, ev = a.occurrence, series.get(a.event.id)
                if ev is None or ev.zone != zone or not isinstance(o.recurrence, datetime):
                    continue
                wall = o.recurrence.replace(tzinfo=None)
                if first <= wall < last and (ev.id, schedule.wall_text(wall)) not in edited:
                    edited.add((ev.id, schedule.wall_text(wall)))
                    out.append((ev, o))
    return out


def _pinned(ev: schedule.Event, o: Any, now: datetime) -> Any:
    import icalendar

    v = icalendar.Event()
    v.add("uid", ev.uid)
    v.add("recurrence-id", _moment(schedule.wall_text(o.recurrence), ev.zone))
    v.add("summary", o.title)
    v.add("dtstart", o.start_utc.astimezone(timezone.utc))
    v.add("duration", o.end - o.start_utc)
    v.add("dtstamp", now)
    return v


def _utc_until(rule: str, zone: str | None) -> str:
    """RFC 5545: with a zoned DTSTART, UNTIL is written in UTC. A date UNTIL (the app reads it
    as that whole day) becomes the day's last second: ical.js reads a bare date otherwise."""
    match = re.search(r"UNTIL=(\d{8})(T\d{6})?(?![\dZ])", rule)
    if not match or not zone:
        return rule
    local = datetime.strptime(match.group(1) + (match.group(2) or "T235959"), "%Y%m%dT%H%M%S")
    utc = local.replace(tzinfo=ZoneInfo(zone)).astimezone(timezone.utc)
    return rule.replace(match.group(0), "UNTIL=" + utc.strftime("%Y%m%dT%H%M%SZ"))
