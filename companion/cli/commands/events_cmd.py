"""``companion events``: upcoming live events in a date range."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from companion.cli.context import EXIT_OK, Context, emit_json
from companion.core.errors import InputError


def register(subs: argparse._SubParsersAction, common: Callable[..., None]) -> None:
    p = subs.add_parser(
        "events",
        help="live events starting in a date range (default: the next 7 days)",
        description="Occurrences starting between --from and --to, both dates inclusive, in "
        "your own time zone.",
    )
    p.add_argument("--from", dest="start", metavar="DATE", help="first day, e.g. 2026-12-01")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day, inclusive")
    p.add_argument("--json", action="store_true", help="print JSON")
    common(p)
    p.set_defaults(handler=run)


def _day(text: str, field: str) -> date:
    from companion.core.calendar.schedule import check_year

    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"{field}: '{text}' is not a date like 2026-12-01") from None
    check_year(day, field)
    return day


def run(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.calendar import schedule
    from companion.core.store.settings import prefs

    zone = prefs(ctx.db).zone
    today = ctx.now().astimezone(zone).date()
    first = _day(args.start, "--from") if args.start else today
    last = _day(args.end, "--to") if args.end else first + timedelta(days=6)
    if last < first:
        raise InputError("--to: the range ends before it starts")
    if (last - first).days > 3660:
        raise InputError("--to: ask for at most ten years at a time")
    lo = datetime.combine(first, time(), zone)
    hi = datetime.combine(last + timedelta(days=1), time(), zone)
    items = [
        a
        for a in schedule.occurrences(ctx.db, lo, hi, home_zone=zone)
        if lo <= a.occurrence.start_utc < hi
    ]
    rows = []
    for a in items:
        o, ev = a.occurrence, a.event
        event_zone = ev.zone or zone.key
        rows.append(
            {
                "uid": ev.uid,
                "title": o.title,
                "creator": a.creator.name if a.creator else None,
                "start": o.start.astimezone(zone).isoformat(),
                "end": o.end.astimezone(zone).isoformat(),
                "zone": event_zone,
                "local_start": o.start.replace(tzinfo=None).isoformat()
                if not o.all_day
                else o.recurrence.isoformat(),
                "all_day": o.all_day,
            }
        )
    if args.json:
        emit_json(rows)
        return EXIT_OK
    for r, a in zip(rows, items, strict=True):
        when = datetime.fromisoformat(r["start"])
        local = (
            ""
            if r["all_day"] or r["zone"] == zone.key
            else f"  ({r['local_start'][11:16]} {r['zone']})"
        )
        who = f" — {r['creator']}" if r["creator"] else ""
        clock = "all day" if r["all_day"] else when.strftime("%H:%M")
        print(f"{when:%a %Y-%m-%d} {clock:>7}  {r['title']}{who}{local}")
        if a.occurrence.note:
            print(f"{'':19}note: {a.occurrence.note}")
    if not rows:
        print(f"No live events from {first} to {last}.")
    return EXIT_OK
