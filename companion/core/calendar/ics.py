"""iCalendar files: import (icalendar + recurring-ical-events), export with VTIMEZONE blocks,
and subscriptions to a schedule URL such as a Twitch channel's.

Events that cannot be read are listed with the reason and skipped; the rest are saved together.
Re-importing updates events by UID instead of duplicating them.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from companion.core.calendar import ics_read, library_series, schedule
from companion.core.calendar.ics_save import Saver
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
# A property by its upper-case name, as icalendar stores it: its own get() upper-cases the name
# first, six times an event.
_get: Callable[..., Any] = dict.get


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
    raw = _get(component, name)
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


_RULE_TEXTS: dict[tuple[Any, ...], str] = {}  # a file repeats a few rules thousands of times


def _rule_text(rule: Any) -> str:
    """The rule as written (icalendar's own text of it). Without UNTIL its parts are plain
    words and numbers, so the text is kept by them: a tenth of an import went on writing the
    same few rules again. An UNTIL is a time whose zone equal times would not tell apart."""
    if "UNTIL" in rule:
        return rule.to_ical().decode()
    key = tuple((k, *v) if isinstance(v, list) else (k, v) for k, v in rule.items())
    try:
        text = _RULE_TEXTS.get(key)
    except TypeError:  # a part that is no plain value
        return rule.to_ical().decode()
    if text is None:
        if len(_RULE_TEXTS) > 1000:
            _RULE_TEXTS.clear()
        text = _RULE_TEXTS[key] = rule.to_ical().decode()
    return text


def _rule(component: Any, zone: str | None, notes: list[str]) -> str | None:
    rules = _get(component, "RRULE")
    if rules is None:
        return None
    if isinstance(rules, list):
        if len(rules) > 1:
            notes.append("only the first of several RRULEs is used")
        rules = rules[0]
    text = _rule_text(rules)
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
    start_prop = _get(master, "DTSTART")
    if start_prop is None:
        raise InputError("no start time (DTSTART)")
    start = start_prop.dt
    notes: list[str] = []
    if isinstance(start, datetime):
        wall, zone = _zone_of(start)
        tzid = start_prop.params.get("TZID") if zone is None else None
        if tzid:
            notes.append(f"unknown time zone '{tzid}', read in your own time zone")
    else:
        wall, zone = start, None
    length = _length(start, _get(master, "DTEND"), _get(master, "DURATION"))
    if length < timedelta(0):
        raise InputError("it ends before it starts")
    if str(_get(master, "STATUS", "")).upper() == "CANCELLED":
        raise InputError("cancelled by the organiser")
    library = None
    if library_series.reason(master, overrides, _custom_zone(start)):
        # Stored as written and expanded by recurring-ical-events; the fields below only
        # describe its first occurrence (the list, the edit form).
        library = library_series.text_of(master, overrides, zones)
        notes = []
    row = schedule.build_event_row(
        db,
        title=str(_get(master, "SUMMARY", "") or "(no title)"),
        start=schedule.wall_text(wall),
        zone=zone,
        duration_min=int(length.total_seconds() // 60),
        creator_id=creator_id,
        rrule=_rule(master, zone, notes if library is None else []),
        reminders=_leads(master, default_lead),
        notes="; ".join([str(_get(master, "DESCRIPTION", "") or "")[:1000], *notes]).strip("; "),
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
    # Hundreds of thousands of small objects, none of them garbage until the import ends:
    # collecting while icalendar builds them only walks the same objects again (a tenth of
    # the import).
    # The same bytes, read the same way, into a calendar untouched since they were last
    # imported from this source: the import would change nothing and say what it said then.
    # A subscription's refresh usually finds its feed as it was; a file opened twice too.
    fingerprint = _fingerprint(data, home_zone, creator_id, default_lead, prune)
    again = _same_as_last(db, source, fingerprint)
    if again is not None:
        if progress is not None:
            progress(count, count)
        return again
    paused = gc.isenabled()
    gc.disable()
    try:
        report = _import(
            db, data, source, now, home_zone, creator_id, default_lead, progress, prune
        )
    finally:
        if paused:
            gc.enable()
    _remember(db, source, fingerprint, report)
    return report


_LAST_IMPORT = "ics_import:"  # + source: in meta, what the last import of that source read


def _fingerprint(
    data: bytes, zone: ZoneInfo, creator_id: int | None, default_lead: int, prune: bool
) -> str:
    import hashlib

    digest = hashlib.sha256(data)
    digest.update(repr((zone.key, creator_id, default_lead, prune)).encode())
    return digest.hexdigest()


def _same_as_last(db: Database, source: str, fingerprint: str) -> IcsReport | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [_LAST_IMPORT + source]).fetchone()
    if row is None:
        return None
    kept = json.loads(row[0])
    version = schedule.calendar_version(db)
    if version is None or kept.get("fingerprint") != fingerprint or kept.get("version") != version:
        return None
    return IcsReport(
        updated=int(kept["events"]),
        skipped=[(str(what), str(why)) for what, why in kept["skipped"]],
        warnings=[str(w) for w in kept["warnings"]],
    )


def _remember(db: Database, source: str, fingerprint: str, report: IcsReport) -> None:
    """Kept after the import's own transaction: the calendar's version is the one it left."""
    kept = {
        "fingerprint": fingerprint,
        "version": schedule.calendar_version(db),
        "events": report.added + report.updated,
        "skipped": report.skipped,
        "warnings": report.warnings,
    }
    with db.atomic():
        db.table("meta").upsert({"key": _LAST_IMPORT + source, "value": json.dumps(kept)}, pk="key")


def _import(
    db: Database,
    data: bytes,
    source: str,
    now: datetime,
    home_zone: ZoneInfo,
    creator_id: int | None,
    default_lead: int,
    progress: Progress | None,
    prune: bool,
) -> IcsReport:
    components, skipped = ics_read.components(ics_read.decode(data))
    zones = [c for c in components if c.name == "VTIMEZONE"]
    report = IcsReport(skipped=skipped)
    items = ics_read.series(ics_read.by_uid(components))
    total = len(items)
    with db.atomic():
        saver = Saver(db, now)
        for done, (uid, master, overrides) in enumerate(items, start=1):
            if progress is not None and done % 50 == 0 and not progress(done, total):
                raise Cancelled("import cancelled; nothing was saved")
            name = str(_get(master, "SUMMARY", "") or uid)
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
            saver.save(report, name, uid, row, edits)
        saver.insert_new()
        if prune:
            kept = {uid for uid, _, _ in items}
            gone = [e.id for e in schedule.events(db) if e.source == source and e.uid not in kept]
            for event_id in gone:
                schedule.delete_event(db, event_id)
            report.removed = len(gone)
        if progress is not None:
            progress(total, total)
    return report


def to_json(report: IcsReport) -> str:
    return json.dumps(
        {
            "added": report.added,
            "updated": report.updated,
            "removed": report.removed,
            "skipped": report.skipped,
        }
    )
