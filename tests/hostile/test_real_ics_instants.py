"""Every .ics of the icalendar and recurring-ical-events test suites (tests/hostile/files/real,
sources in its README) that the app imports is shown at the instants recurring-ical-events
gives, over the 400 days from its first event (crossing both DST changes of any zone with
them). Where the two differ on purpose, the reason is written below; a file that starts to
agree, or a new disagreement, fails here."""

from __future__ import annotations

import functools
import warnings
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
import x_wr_timezone
from harness import FILES

from companion.core.calendar import ics, schedule
from companion.core.errors import InputError
from companion.core.store.db import memory_database

UTC = ZoneInfo("UTC")
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)
REAL = sorted((FILES / "real").rglob("*.ics"))

KNOWN = {
    # Two VEVENTs with one UID and no RECURRENCE-ID (an invalid file): the app keeps the last
    # one as the event; recurring-ical-events shows neither in its window.
    "icalendar/docs~tutorials~example.ics",
    # Lotus Notes writes RDATE periods on a THISANDFUTURE edit whose series is not in the
    # file: the app shows every listed date (what Notes meant), the library the edit alone.
    "icalendar/src~icalendar~tests~calendars~issue_156_RDATE_with_PERIOD_TZID_khal.ics",
    "icalendar/src~icalendar~tests~calendars~issue_156_RDATE_with_PERIOD_TZID_khal_2.ics",
    # UNTIL before DTSTART: RFC 5545 counts DTSTART as the first occurrence ("always"), so
    # the app shows that one; the library shows none.
    "recurring-ical-events/recurring_ical_events~test~calendars~issue_117_until_before_dtstart.ics",
    # An edited occurrence for a date its series never reaches: the app keeps it as a one-off
    # event rather than lose it; the library drops it.
    "recurring-ical-events/recurring_ical_events~test~calendars~issue_253_additional_recurrence_id.ics",
}


def _utc(value: date | datetime) -> datetime:
    """Floating and all-day times are read in the fan's zone: UTC here, for both."""
    if not isinstance(value, datetime):
        return datetime.combine(value, time(), UTC)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _theirs(data: bytes, lo: datetime, hi: datetime, uids: set[str] | None) -> list[datetime]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # icalendar warns about the guesses these files need
        cal = x_wr_timezone.to_standard(icalendar.Calendar.from_ical(data))
        found = recurring_ical_events.of(cal).between(lo, hi)
    return sorted(
        _utc(e["DTSTART"].dt)
        for e in found
        if (uids is None or str(e.get("UID", "")) in uids)
        and str(e.get("STATUS", "")).upper() != "CANCELLED"
    )


@functools.cache
def _compare(path: Path) -> tuple[list[datetime], list[datetime]] | None:
    """(ours, theirs), or None when there is nothing to compare: the app refused the file
    (tests/hostile/test_real_ics.py holds that to a one-line reason), it has no event, or
    recurring-ical-events itself cannot read it."""
    data = path.read_bytes()
    db = memory_database()
    try:
        report = ics.import_ics(db, data, source="file:real", now=NOW, home_zone=UTC)
    except InputError:
        return None
    events = schedule.events(db)
    if not events:
        return None
    lo = min(datetime.fromisoformat(e.start_local) for e in events).replace(tzinfo=UTC)
    lo -= timedelta(days=2)
    hi = lo + timedelta(days=400)
    # Events the app skipped (named in its report) are left out of the library's answer too.
    uids = {e.uid for e in events} if report.skipped else None
    try:
        theirs = _theirs(data, lo, hi, uids)
    except Exception:  # the library's own failure: nothing to compare with
        return None
    ours = sorted(
        a.occurrence.start.astimezone(UTC) for a in schedule.occurrences(db, lo, hi, home_zone=UTC)
    )
    return ours, theirs


@pytest.mark.parametrize("path", REAL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_real_world_calendar_shows_the_instants_the_library_gives(path: Path) -> None:
    pair = _compare(path)
    if pair is None:
        return
    ours, theirs = pair
    name = f"{path.parent.name}/{path.name}"
    if name in KNOWN:
        assert ours != theirs, f"{name} now agrees with the library: take it off KNOWN"
    else:
        assert ours == theirs


def test_most_of_the_corpus_is_compared() -> None:
    compared = [p for p in REAL if _compare(p) is not None]
    assert len(compared) >= 140  # of 293 files; the rest are refused, empty or unreadable
