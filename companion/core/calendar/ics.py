"""iCalendar files: import (icalendar + recurring-ical-events), export with VTIMEZONE blocks,
and subscriptions to a schedule URL such as a Twitch channel's.

Events that cannot be read are listed with the reason and skipped; the rest are saved together.
Re-importing updates events by UID instead of duplicating them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from companion.core.budget.ledger import utc_text
from companion.core.calendar import ics_read, library_series, schedule
from companion.core.errors import CompanionError, InputError

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_IMPORT_DURATION = timedelta(days=31)
# 10,000 events of a real feed are 2-5 MB. icalendar reads ~3.5 MB a second, so a 50 MB file
# (one event with a vast description is enough) would take 15 s and more.
MAX_BYTES = 16 * 1024 * 1024
# A creator's schedule is tens to hundreds of events; a year of daily lives of ten creators is
# under 4,000. At the limit an import takes about 10 s.
MAX_EVENTS = 10_000
_VEVENT = re.compile(rb"^BEGIN:VEVENT\s*$", re.IGNORECASE | re.MULTILINE)
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class Cancelled(CompanionError):
    """The fan cancelled a long import; nothing was saved."""


@dataclass
class IcsReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (what, why)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = f"Imported {self.added} new and updated {self.updated} event(s)"
        if self.removed:
            text += f", removed {self.removed} no longer listed"
        if self.skipped:
            text += f"; skipped {len(self.skipped)}: " + "; ".join(
                f"{what} ({why})" for what, why in self.skipped[:5]
            )
            if len(self.skipped) > 5:
                text += f"; and {len(self.skipped) - 5} more"
        if self.warnings:
            text += ". Note: " + "; ".join(self.warnings[:3])
        return text + "."


# -- reading -----------------------------------------------------------------------------------
def _zone_of(value: datetime) -> tuple[datetime, str | None]:
    """(wall time, IANA zone or None for floating)."""
    if value.tzinfo is None:
        return value, None
    key = getattr(value.tzinfo, "key", None)
    if key:
        return value.replace(tzinfo=None), key
    if value.utcoffset() == timedelta(0):
        return value.astimezone(timezone.utc).replace(tzinfo=None), "UTC"
    from icalendar.timezone import tzid_from_tzinfo
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    name = tzid_from_tzinfo(value.tzinfo)
    # Outlook and Exchange name zones the Windows way ("Eastern Standard Time") and write their
    # own VTIMEZONE for it; the CLDR mapping icalendar ships gives the IANA zone, which knows
    # every year's rules (the VTIMEZONE only today's).
    name = WINDOWS_TO_OLSON.get(name or "", name)
    try:
        ZoneInfo(name or "")
        return value.replace(tzinfo=None), name
    except (ValueError, KeyError, OSError):  # an unknown custom VTIMEZONE: keep the instant
        return value.astimezone(timezone.utc).replace(tzinfo=None), "UTC"


def _custom_zone(value: date | datetime) -> bool:
    """An aware time in a VTIMEZONE of the file's own making, which names no IANA zone."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        return False
    if getattr(value.tzinfo, "key", None):
        return False
    return _zone_of(value)[1] == "UTC" and (
        str(value.tzinfo.tzname(value) or "").upper() not in ("UTC", "GMT", "Z")
        or value.utcoffset() != timedelta(0)
    )


def _wall_in(value: date | datetime, zone: str | None) -> date | datetime:
    """A DATE stays a date; an aware time is read in the event's own zone."""
    if not isinstance(value, datetime):
        return value
    if value.tzinfo is not None and zone:
        return value.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    return value.replace(tzinfo=None)


def _dates(component: Any, name: str, zone: str | None) -> list[str]:
    raw = component.get(name)
    if raw is None:
        return []
    out = []
    for item in raw if isinstance(raw, list) else [raw]:
        for entry in item.dts:
            value = entry.dt[0] if isinstance(entry.dt, tuple) else entry.dt
            if isinstance(value, timedelta):
                continue
            out.append(schedule.wall_text(_wall_in(value, zone)))
    return out


def _rule(component: Any, zone: str | None, notes: list[str]) -> str | None:
    rules = component.get("RRULE")
    if rules is None:
        return None
    if isinstance(rules, list):
        if len(rules) > 1:
            notes.append("only the first of several RRULEs is used")
        rules = rules[0]
    text = rules.to_ical().decode()
    match = re.search(r"UNTIL=([0-9TZ]+)", text)
    if match:
        until = match.group(1)
        if until.endswith("Z") and zone:
            moment = datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
            local = moment.astimezone(ZoneInfo(zone)).strftime("%Y%m%dT%H%M%S")
            text = text.replace(match.group(0), f"UNTIL={local}")
        elif until.endswith("Z"):
            text = text.replace(match.group(0), f"UNTIL={until[:-1]}")
    return text


def _leads(component: Any, default: int) -> list[int]:
    leads = []
    if not component.subcomponents:
        return [default]  # most feeds carry no alarms: skip the walk
    for alarm in component.walk("VALARM"):
        trigger = alarm.get("TRIGGER")
        value = getattr(trigger, "dt", None)
        if isinstance(value, timedelta) and value <= timedelta(0):
            leads.append(int(-value.total_seconds() // 60))
    return leads or [default]


def _length(start: date | datetime, end_prop: Any, duration_prop: Any) -> timedelta:
    if end_prop is not None:
        end = end_prop.dt
        if isinstance(start, datetime) != isinstance(end, datetime):
            raise InputError("start and end are of different kinds (date and date-time)")
        if isinstance(start, datetime) and (start.tzinfo is None) != (end.tzinfo is None):
            raise InputError("start and end mix floating and zoned times")
        return end - start
    if duration_prop is not None:
        return duration_prop.dt
    return timedelta(days=1) if not isinstance(start, datetime) else timedelta(0)


def _event_row(
    db: Database,
    master: Any,
    overrides: list[Any],
    *,
    uid: str,
    source: str,
    now: datetime,
    home_zone: ZoneInfo,
    creator_id: int | None,
    default_lead: int,
    zones: list[Any],
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    start_prop = master.get("DTSTART")
    if start_prop is None:
        raise InputError("no start time (DTSTART)")
    start = start_prop.dt
    notes: list[str] = []
    if isinstance(start, datetime):
        wall, zone = _zone_of(start)
        tzid = start_prop.params.get("TZID")
        if tzid and zone is None:
            notes.append(f"unknown time zone '{tzid}', read in your own time zone")
    else:
        wall, zone = start, None
    length = _length(start, master.get("DTEND"), master.get("DURATION"))
    if length < timedelta(0):
        raise InputError("it ends before it starts")
    if str(master.get("STATUS", "")).upper() == "CANCELLED":
        raise InputError("cancelled by the organiser")
    library = None
    if library_series.reason(master, overrides, _custom_zone(start)):
        # Stored as written and expanded by recurring-ical-events; the fields below only
        # describe its first occurrence (the list, the edit form).
        library = library_series.text_of(master, overrides, zones)
        notes = []
    row = schedule.build_event_row(
        db,
        title=str(master.get("SUMMARY", "") or "(no title)"),
        start=schedule.wall_text(wall),
        zone=zone,
        duration_min=int(length.total_seconds() // 60),
        creator_id=creator_id,
        rrule=_rule(master, zone, notes if library is None else []),
        reminders=_leads(master, default_lead),
        notes="; ".join([str(master.get("DESCRIPTION", "") or "")[:1000], *notes]).strip("; "),
        exdates=tuple(_dates(master, "EXDATE", zone)),
        rdates=tuple(_dates(master, "RDATE", zone)),
        uid=uid,
        source=source,
        home_zone=home_zone,
        max_duration=MAX_IMPORT_DURATION,
        now=now,
        library=library,
    )
    edits: dict[str, tuple[int, dict[str, Any]]] = {}
    for o in overrides if library is None else ():
        rid = _wall_in(o.get("RECURRENCE-ID").dt, zone)
        o_start = _wall_in(o.get("DTSTART").dt, zone) if o.get("DTSTART") else rid
        o_len = length
        if o.get("DTEND") is not None and o.get("DTSTART") is not None:
            o_len = o.get("DTEND").dt - o.get("DTSTART").dt
        key = schedule.wall_text(rid)
        # The same occurrence changed twice (feeds re-send edits): RFC 5545 keeps the higher
        # SEQUENCE, and of equals the later one in the file.
        sequence = _sequence(o)
        if key in edits and edits[key][0] > sequence:
            continue
        edits[key] = (
            sequence,
            {
                "recurrence_local": key,
                "start_local": schedule.wall_text(o_start),
                "duration_min": int(o_len.total_seconds() // 60),
                "title": str(o.get("SUMMARY", "") or ""),
                "cancelled": int(str(o.get("STATUS", "")).upper() == "CANCELLED"),
            },
        )
    return row, [edit for _, edit in edits.values()]


def _sequence(component: Any) -> int:
    try:
        return int(str(component.get("SEQUENCE", 0)).strip())
    except ValueError:
        return 0


def import_ics(
    db: Database,
    data: bytes,
    *,
    source: str,
    now: datetime,
    home_zone: ZoneInfo,
    creator_id: int | None = None,
    default_lead: int = 10,
    progress: Progress | None = None,
    prune: bool = False,
) -> IcsReport:
    """Import every readable event in one transaction. ``prune`` removes events of ``source``
    that the file no longer lists (for subscriptions)."""
    if len(data) > MAX_BYTES:
        raise InputError(
            f"the file is {len(data):,} bytes; a calendar is at most {MAX_BYTES // 2**20} MB"
        )
    count = sum(1 for _ in _VEVENT.finditer(data))
    if count > MAX_EVENTS:
        # Counted before parsing: icalendar needs ~1 ms and ~20 kB per event, so a 50 MB file
        # of tiny events would take minutes and gigabytes before we could say no.
        raise InputError(
            f"the file has {count:,} events; a calendar import takes at most {MAX_EVENTS:,}"
        )
    components, skipped = ics_read.components(ics_read.decode(data))
    zones = [c for c in components if c.name == "VTIMEZONE"]
    report = IcsReport(skipped=skipped)
    items = ics_read.series(ics_read.by_uid(components))
    total = len(items)
    existing = {
        uid: (event_id, creator)
        for uid, event_id, creator in db.execute("SELECT uid, id, creator_id FROM events")
    }
    batch: list[dict[str, Any]] = []  # new events with no edited occurrences: inserted together
    with db.atomic():
        for done, (uid, master, overrides) in enumerate(items, start=1):
            if progress is not None and done % 50 == 0 and not progress(done, total):
                raise Cancelled("import cancelled; nothing was saved")
            name = str(master.get("SUMMARY", "") or uid)
            try:
                row, edits = _event_row(
                    db,
                    master,
                    overrides,
                    uid=uid,
                    source=source,
                    now=now,
                    home_zone=home_zone,
                    creator_id=creator_id,
                    default_lead=default_lead,
                    zones=zones,
                )
            except InputError as exc:
                report.skipped.append((name, str(exc).split(": ", 1)[-1]))
                continue
            except (ValueError, TypeError, AttributeError, OverflowError, KeyError):
                report.skipped.append((name, ics_read.explain(master, overrides)))
                continue
            if "unknown time zone" in row["notes"]:
                report.warnings.append(f"{name}: {row['notes'].rsplit('; ', 1)[-1]}")
            _save_one(db, report, existing, batch, name, uid, row, edits, now)
        _insert_new(db, batch)
        if prune:
            kept = {uid for uid, _, _ in items}
            gone = [e.id for e in schedule.events(db) if e.source == source and e.uid not in kept]
            for event_id in gone:
                schedule.delete_event(db, event_id)
            report.removed = len(gone)
        if progress is not None:
            progress(total, total)
    return report


def _save_one(
    db: Database,
    report: IcsReport,
    existing: dict[str, tuple[int, int | None]],
    batch: list[dict[str, Any]],
    name: str,
    uid: str,
    row: dict[str, Any],
    edits: list[dict[str, Any]],
    now: datetime,
) -> None:
    known = existing.get(uid)
    if known is None and not edits:
        batch.append({**row, "created_at": utc_text(now)})
        existing[uid] = (0, None)  # a repeated UID later in the file: skip it
        report.added += 1
    elif known is not None and known[0] == 0:
        report.skipped.append((name, "the same UID appears twice in the file"))
    elif _store(db, known, row, edits, now):
        report.added += 1
    else:
        report.updated += 1


def _store(
    db: Database,
    known: tuple[int, int | None] | None,
    row: dict[str, Any],
    edits: list[dict[str, Any]],
    now: datetime,
) -> bool:
    """Insert, or update the event with the same UID; True when the event is new."""
    if known is not None:
        event_id, creator_id = known
        row["creator_id"] = row["creator_id"] or creator_id
        db.table("events").update(event_id, row)
        db.execute("DELETE FROM event_overrides WHERE event_id = ?", [event_id])
    else:
        table = db.table("events")
        table.insert({**row, "created_at": utc_text(now)})
        assert table.last_rowid is not None  # the insert above set it
        event_id = int(table.last_rowid)
    if edits:
        db.table("event_overrides").insert_all([{**e, "event_id": event_id} for e in edits])
    return known is None


def _insert_new(db: Database, rows: list[dict[str, Any]]) -> None:
    """Insert new events in one statement. Every row comes from ``build_event_row`` and has
    the same columns of plain values, so sqlite-utils' per-value type inspection (a third of
    a 10,000-event import) is not needed."""
    if not rows:
        return
    columns = list(rows[0])
    sql = (
        f"INSERT INTO events ({', '.join(f'[{c}]' for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])


def to_json(report: IcsReport) -> str:
    return json.dumps(
        {
            "added": report.added,
            "updated": report.updated,
            "removed": report.removed,
            "skipped": report.skipped,
        }
    )
