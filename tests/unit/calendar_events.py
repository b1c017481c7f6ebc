"""Saving an event the way the event form does, for the calendar tests."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from companion.core.calendar import schedule

NOW = datetime(2026, 2, 1, tzinfo=timezone.utc)


def add(db, *, start="2026-02-24T20:00", zone="America/New_York", rule=None, minutes=120, **kw):
    row = schedule.build_event_row(
        db,
        title=kw.pop("title", "Live"),
        start=start,
        zone=zone,
        duration_min=minutes,
        rrule=rule,
        home_zone=ZoneInfo("UTC"),
        now=NOW,
        **kw,
    )
    return schedule.save_event(db, row, now=NOW)
