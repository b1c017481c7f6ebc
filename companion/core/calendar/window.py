"""Occurrences of every event in a time window, with their event and creator: parsed once per
calendar version and reused by the month view, the agenda and reminders."""

from __future__ import annotations

import gc
import json
import logging
from collections.abc import Collection
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo

from companion.core.budget.ledger import utc_text
from companion.core.calendar.creators import Creator
from companion.core.calendar.occurrences import EventSpec, Override, expand
from companion.core.calendar.rule_check import check_rule
from companion.core.calendar.schedule import Agenda, Event, parse_wall
from companion.core.errors import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database


# -- occurrences in a window -------------------------------------------------------------------
_EVENT_COLUMNS = ", ".join(Event._fields)


_CACHE_SIZE = 16


def occurrences(
    db: Database,
    start: datetime,
    end: datetime,
    *,
    home_zone: ZoneInfo,
    creator_id: int | None = None,
    planned_only: bool = False,
) -> list[Agenda]:
    """Every occurrence overlapping [start, end), with its event and creator, in time order.

    Results are reused until the calendar changes (a version number kept by triggers): the
    month view, the agenda and the reminder timer ask for the same windows again and again.
    """
    version = calendar_version(db)
    # The cache lives on this Database object, so another database never sees it.
    cache: dict[tuple[Any, ...], list[Agenda]] = db.__dict__.setdefault(
        "_companion_occurrences", {}
    )
    key = (version, start, end, home_zone.key, creator_id, planned_only)
    cached = cache.get(key) if version else None
    if cached is not None:
        return list(cached)
    parsed = parsed_events(db, version)
    # Tens of thousands of small tuples, none cyclic: collecting while building them only
    # rescans the same objects again and again.
    paused = gc.isenabled()
    gc.disable()
    try:
        result = _occurrences(parsed, start, end, home_zone, creator_id, planned_only)
    finally:
        if paused:
            gc.enable()
    if version:
        if len(cache) >= _CACHE_SIZE:
            cache.pop(next(iter(cache)))
        cache[key] = result
    return list(result)


def calendar_version(db: Database) -> str | None:
    """A value that changes whenever any event, override or creator changes (triggers)."""
    row = db.execute("SELECT value FROM meta WHERE key = 'calendar_version'").fetchone()
    return row[0] if row else None


class Parsed(NamedTuple):
    event: Event
    spec: EventSpec
    creator: Creator | None
    first_utc: str
    last_utc: str | None

    def may_overlap(self, lo: str, hi: str) -> bool:
        """Whether the series can have occurrences in [lo, hi) (UTC texts), from its bounds."""
        return self.first_utc < hi and (self.last_utc is None or self.last_utc > lo)


def parsed_events(db: Database, version: str | None) -> list[Parsed]:
    """Every event read and parsed once per calendar version: month after month reuses them."""
    cache = db.__dict__.setdefault("_companion_parsed", {})
    if version is not None and cache.get("version") == version:
        return cache["events"]
    parsed = _parse(db)
    if version is not None:
        cache.clear()
        cache.update(version=version, events=parsed)
    return parsed


def parsed_subset(db: Database, ids: Collection[int]) -> list[Parsed]:
    """Only the events ``ids``, parsed as ``parsed_events`` parses them and in its order."""
    return _parse(db, sorted(ids)) if ids else []


def occurrences_among(
    parsed: list[Parsed], start: datetime, end: datetime, *, home_zone: ZoneInfo
) -> list[Agenda]:
    """``occurrences`` of these parsed events only (from ``parsed_subset``), uncached."""
    return _occurrences(parsed, start, end, home_zone, None, False)


def _parse(db: Database, ids: list[int] | None = None) -> list[Parsed]:
    only = f" IN ({','.join('?' * len(ids))})" if ids is not None else ""
    rows = db.execute(
        f"SELECT {_EVENT_COLUMNS}, first_utc, last_utc, ics FROM events"
        f"{' WHERE id' + only if only else ''} "
        "ORDER BY title, id",
        ids or [],
    ).fetchall()
    overrides: dict[int, list[dict[str, Any]]] = {}
    if db.execute("SELECT 1 FROM event_overrides LIMIT 1").fetchone():
        cursor = db.execute(
            f"SELECT * FROM event_overrides{' WHERE event_id' + only if only else ''}", ids or []
        )
        names = [d[0] for d in cursor.description]
        for row in cursor:
            o = dict(zip(names, row, strict=True))
            overrides.setdefault(o["event_id"], []).append(o)
    people = _creators_by_id(db, {r[2] for r in rows if r[2] is not None})
    parsed = []
    for r in rows:
        ev = Event(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            bool(r[6]),
            r[7],
            r[8],
            tuple(json.loads(r[9])) if r[9] != "[]" else (),
            tuple(json.loads(r[10])) if r[10] != "[]" else (),
            tuple(json.loads(r[11])),
            r[12],
            r[13],
            r[14],
            r[15],
        )
        who = people.get(ev.creator_id) if ev.creator_id is not None else None
        parsed.append(Parsed(ev, _spec(ev, overrides.get(ev.id, ()), r[18]), who, r[16], r[17]))
    return parsed


def _occurrences(
    parsed: list[Parsed],
    start: datetime,
    end: datetime,
    home_zone: ZoneInfo,
    creator_id: int | None,
    planned_only: bool,
) -> list[Agenda]:
    lo, hi = utc_text(start), utc_text(end)
    out: list[Agenda] = []
    new = tuple.__new__  # skip namedtuple's Python-level __new__: this runs per occurrence
    for item in parsed:
        if not item.may_overlap(lo, hi):
            continue
        ev, spec, who = item.event, item.spec, item.creator
        if (creator_id is not None and ev.creator_id != creator_id) or (
            planned_only and ev.planned_minor is None
        ):
            continue
        out.extend(new(Agenda, (occ, ev, who)) for occ in expand(spec, start, end, home_zone))
    out.sort(key=_agenda_order)  # stable: equal starts stay in title order
    return out


def _agenda_order(a: Agenda) -> datetime:
    return a[0][2]  # occurrence.start_utc, read by position: this runs for every occurrence


def _creators_by_id(db: Database, ids: set[int]) -> dict[int, Creator]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT {', '.join(Creator._fields)} FROM creators WHERE id IN ({marks})", list(ids)
    ).fetchall()
    return {r[0]: Creator(*r[:7], favourite=bool(r[7]), zone=r[8]) for r in rows}


def _safe_rule(ev: Event) -> str | None:
    """The event's rule if today's checks accept it. A rule saved by an older version (or
    written into the file by hand) that they refuse keeps only its first date: a recurrence
    bomb in the database must never hang the window at start."""
    if not ev.rrule:
        return None
    try:
        return check_rule(ev.rrule)
    except InputError as exc:
        logging.getLogger("companion.calendar").warning(
            "event %s (%s): %s; only its first date is shown", ev.id, ev.title, exc
        )
        return None


def _spec(ev: Event, overrides: Any, library: str | None = None) -> EventSpec:
    return EventSpec(
        ev.id,
        parse_wall(ev.start_local),
        ZoneInfo(ev.zone) if ev.zone else None,
        timedelta(minutes=ev.duration_min),
        _safe_rule(ev),
        tuple(parse_wall(d) for d in ev.rdates),
        frozenset(parse_wall(d) for d in ev.exdates),
        {
            parse_wall(o["recurrence_local"]): Override(
                parse_wall(o["start_local"]),
                timedelta(minutes=o["duration_min"]),
                o["title"],
                bool(o["cancelled"]),
            )
            for o in overrides
        },
        ev.title,
        library,
    )


def _plans_spending(db: Database) -> bool:
    version = calendar_version(db)
    cache = db.__dict__.setdefault("_companion_plans", {})
    if version and cache.get("version") == version:
        return cache["plans"]
    sql = "SELECT 1 FROM events WHERE planned_minor IS NOT NULL LIMIT 1"
    plans = db.execute(sql).fetchone() is not None
    cache.update(version=version, plans=plans)
    return plans


def planned_spend(db: Database, scope: str, start: datetime, end: datetime, home: str) -> int:
    """Planned spending on occurrences in [start, end) for a budget scope (Budget forecast)."""
    from companion.core.store.settings import prefs

    # Most calendars plan no spending at all: then reading and parsing every event (90 % of a
    # budget status's first call at 5,000 events) would only add zero. The answer is kept
    # until the calendar changes, as the occurrences are.
    if not _plans_spending(db):
        return 0
    kind, _, name = scope.partition(":")
    total = 0
    for item in occurrences(db, start, end, home_zone=prefs(db).zone, planned_only=True):
        ev, who = item.event, item.creator
        if ev.planned_minor is None or ev.planned_currency != home:
            continue
        if item.occurrence.start_utc < start:
            continue
        if kind == "creator" and (who is None or who.name != name):
            continue
        if kind == "platform" and (who is None or who.platform != name):
            continue
        total += ev.planned_minor
    return total
