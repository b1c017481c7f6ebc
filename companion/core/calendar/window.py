"""Occurrences of every event in a time window, with their event and creator: parsed once per
calendar version and reused by the month view, the agenda and reminders."""

from __future__ import annotations

import functools
import gc
import json
import logging
from collections.abc import Collection, Iterable, Iterator
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo

from companion.core.budget.instants import utc_text
from companion.core.calendar.creators import Creator
from companion.core.calendar.occurrences import _NO_OVERRIDES, EventSpec, Override, expand
from companion.core.calendar.planned import calendar_version, plans_spending
from companion.core.calendar.rule_check import check_rule
from companion.core.calendar.schedule import Agenda, Event, parse_wall
from companion.core.errors import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.store.ready import ReadConnection

    # What these functions read through: sqlite-utils' Database, or the plain connection a
    # read-only command opens (``store.ready``) so it never imports sqlite-utils.
    Reader = Database | ReadConnection


# -- occurrences in a window -------------------------------------------------------------------
_EVENT_COLUMNS = ", ".join(Event._fields)


_CACHE_SIZE = 16
# The columns _spec reads from an override, in its order.
_OVERRIDE_COLUMNS = "recurrence_local, start_local, duration_min, title, cancelled"


def occurrences(
    db: Reader,
    start: datetime,
    end: datetime,
    *,
    home_zone: ZoneInfo,
    creator_id: int | None = None,
    planned_only: bool = False,
    hold: bool = True,
) -> list[Agenda]:
    """Every occurrence overlapping [start, end), with its event and creator, in time order.

    Results are reused until the calendar changes (a version number kept by triggers): the
    month view and the agenda ask for the same windows again and again. With ``hold=False``
    (the reminder timer, whose window moves on every time) nothing new is kept: unless the
    calendar is parsed already, only the events that can reach the window are read and parsed,
    and let go again. A window at start-up with the Calendar never opened held 9 MB.
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
    if not hold and not _parsed_now(db, version):
        # Streamed: each event is parsed, expanded and let go before the next is read.
        among = _parsing(db, overlapping=(utc_text(start), utc_text(end)))
        return _occurrences(among, start, end, home_zone, creator_id, planned_only)
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


class Parsed(NamedTuple):
    event: Event
    spec: EventSpec
    creator: Creator | None
    first_utc: str
    last_utc: str | None

    def may_overlap(self, lo: str, hi: str) -> bool:
        """Whether the series can have occurrences in [lo, hi) (UTC texts), from its bounds."""
        return self.first_utc < hi and (self.last_utc is None or self.last_utc > lo)


def parsed_events(db: Reader, version: str | None) -> list[Parsed]:
    """Every event read and parsed once per calendar version: month after month reuses them."""
    cache = db.__dict__.setdefault("_companion_parsed", {})
    if version is not None and cache.get("version") == version:
        return cache["events"]
    parsed = _parse(db)
    if version is not None:
        cache.clear()
        cache.update(version=version, events=parsed)
    return parsed


def _parsed_now(db: Reader, version: str | None) -> bool:
    cache = db.__dict__.get("_companion_parsed")
    return version is not None and cache is not None and cache.get("version") == version


def parsed_subset(db: Reader, ids: Collection[int]) -> list[Parsed]:
    """Only the events ``ids``, parsed as ``parsed_events`` parses them and in its order."""
    return _parse(db, sorted(ids)) if ids else []


def occurrences_among(
    parsed: list[Parsed], start: datetime, end: datetime, *, home_zone: ZoneInfo
) -> list[Agenda]:
    """``occurrences`` of these parsed events only (from ``parsed_subset``), uncached."""
    return _occurrences(parsed, start, end, home_zone, None, False)


def favourites_occurrences(
    db: Reader, start: datetime, end: datetime, *, home_zone: ZoneInfo
) -> list[Agenda]:
    """``occurrences`` of favourite creators' events only, uncached. Unless the calendar is
    parsed already, only their events that can reach the window are read, and none is kept:
    Home's first look on a new day parsed a calendar of thousands of events for five lines."""
    version = calendar_version(db)
    if _parsed_now(db, version):
        among: Iterable[Parsed] = (
            p for p in parsed_events(db, version) if p.creator is not None and p.creator.favourite
        )
    else:
        among = _parsing(db, overlapping=(utc_text(start), utc_text(end)), favourites=True)
    return _occurrences(among, start, end, home_zone, None, False)


def _parse(db: Reader, ids: list[int] | None = None) -> list[Parsed]:
    return list(_parsing(db, ids))


def _parsing(
    db: Reader,
    ids: list[int] | None = None,
    overlapping: tuple[str, str] | None = None,
    *,
    favourites: bool = False,
) -> Iterator[Parsed]:
    """Every event, or only ``ids``, or only those whose bounds may reach ``overlapping``
    (UTC texts lo, hi: the same test as ``Parsed.may_overlap``), and of those only favourite
    creators' with ``favourites``; in title order."""
    where, args = "", []
    if ids is not None:
        where, args = f" WHERE id IN ({','.join('?' * len(ids))})", list(ids)
    elif overlapping is not None:
        lo, hi = overlapping
        where, args = " WHERE first_utc < ? AND (last_utc IS NULL OR last_utc > ?)", [hi, lo]
    if favourites:
        where += (" AND" if where else " WHERE") + (
            " creator_id IN (SELECT id FROM creators WHERE favourite = 1)"
        )
    overrides: dict[int, list[tuple[Any, ...]]] = {}
    # Plain SQL, not db.table(...).rows: a read-only command's connection has no table().
    for o in db.execute(
        f"SELECT event_id, {_OVERRIDE_COLUMNS} FROM event_overrides"
        f"{' WHERE event_id IN (SELECT id FROM events' + where + ')' if where else ''}",
        args,
    ):
        overrides.setdefault(o[0], []).append(o[1:])
    people = {
        r[0]: Creator(*r[:7], favourite=bool(r[7]), zone=r[8])
        for r in db.execute(
            f"SELECT {', '.join(Creator._fields)} FROM creators "
            f"WHERE id IN (SELECT creator_id FROM events{where})",
            args,
        )
    }
    rows = db.execute(
        f"SELECT {_EVENT_COLUMNS}, first_utc, last_utc, ics FROM events{where} ORDER BY title, id",
        args,
    )
    # One copy of each zone, rule, currency, source and reminder list, however many events
    # share it: the parsed events are held for as long as the calendar is unchanged.
    share: Any = {}.setdefault
    leads: dict[str, tuple[int, ...]] = {}
    for r in rows:
        ev = Event(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            share(r[5], r[5]),
            bool(r[6]),
            r[7],
            share(r[8], r[8]),
            tuple(json.loads(r[9])) if r[9] != "[]" else (),
            tuple(json.loads(r[10])) if r[10] != "[]" else (),
            leads[r[11]] if r[11] in leads else leads.setdefault(r[11], tuple(json.loads(r[11]))),
            r[12],
            share(r[13], r[13]),
            r[14],
            share(r[15], r[15]),
        )
        who = people.get(ev.creator_id) if ev.creator_id is not None else None
        yield Parsed(ev, _spec(ev, overrides.get(ev.id, ()), r[18]), who, r[16], r[17])


def _occurrences(
    parsed: Iterable[Parsed],
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


_NO_DATES: frozenset[Any] = frozenset()


@functools.lru_cache(maxsize=256)
def _duration(minutes: int) -> timedelta:
    """One timedelta per length: most lives last one of a few."""
    return timedelta(minutes=minutes)


def _spec(ev: Event, overrides: Any, library: str | None = None) -> EventSpec:
    return EventSpec(
        ev.id,
        parse_wall(ev.start_local),
        ZoneInfo(ev.zone) if ev.zone else None,
        _duration(ev.duration_min),
        _safe_rule(ev),
        tuple(parse_wall(d) for d in ev.rdates),
        # Shared when empty, as they are for most events: every parsed event is held for as
        # long as the calendar is unchanged, and an empty frozenset alone is 216 bytes.
        frozenset(parse_wall(d) for d in ev.exdates) if ev.exdates else _NO_DATES,
        {
            parse_wall(recurrence): Override(
                parse_wall(start), timedelta(minutes=duration), title, bool(cancelled)
            )
            for recurrence, start, duration, title, cancelled in overrides
        }
        if overrides
        else _NO_OVERRIDES,
        ev.title,
        library,
    )


def planned_spend(db: Reader, scope: str, start: datetime, end: datetime, home: str) -> int:
    """Planned spending on occurrences in [start, end) for a budget scope (Budget forecast)."""
    from zoneinfo import ZoneInfo

    from companion.core.store.settings import Settings

    # Most calendars plan no spending at all: then reading and parsing every event (90 % of a
    # budget status's first call at 5,000 events) would only add zero. The answer is kept
    # until the calendar changes, as the occurrences are.
    if not plans_spending(db):
        return 0
    kind, _, name = scope.partition(":")
    total = 0
    # Only the zone: prefs() would also resolve the home currency's default (Babel), unused here.
    zone = ZoneInfo(Settings(db).get("time_zone"))
    for item in occurrences(db, start, end, home_zone=zone, planned_only=True):
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
