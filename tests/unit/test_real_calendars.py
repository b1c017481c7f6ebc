"""Calendars written by other software (tests/real/calendars, sources in its README) import at
the instants their own clients show, held to recurring-ical-events (with x-wr-timezone, as
Google's calendar zone requires) over windows that cross a DST change."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
import x_wr_timezone

from companion.core.calendar import ics, schedule

REAL = Path(__file__).resolve().parents[1] / "real" / "calendars"
UTC = ZoneInfo("UTC")
NOW = datetime(2021, 11, 1, tzinfo=timezone.utc)


def ours(db, lo: datetime, hi: datetime) -> list[datetime]:
    return sorted(
        a.occurrence.start.astimezone(UTC) for a in schedule.occurrences(db, lo, hi, home_zone=UTC)
    )


def theirs(name: str, lo: datetime, hi: datetime) -> list[datetime]:
    cal = x_wr_timezone.to_standard(icalendar.Calendar.from_ical((REAL / name).read_bytes()))
    return sorted(
        e["DTSTART"].dt.astimezone(UTC)
        for e in recurring_ical_events.of(cal).between(lo, hi)
        if str(e.get("STATUS", "")).upper() != "CANCELLED"
    )


def load(db, name: str) -> ics.IcsReport:
    return ics.import_ics(
        db, (REAL / name).read_bytes(), source=f"file:{name}", now=NOW, home_zone=UTC
    )


def test_an_exchange_windows_zone_name_is_its_iana_zone(db) -> None:
    report = load(db, "exchange-2010-eastern-standard-time.ics")
    assert report.added == 1 and not report.skipped
    (event,) = schedule.events(db)
    assert (event.zone, event.start_local) == ("America/New_York", "2024-10-28T17:00:00")


def test_an_exchange_weekly_series_keeps_its_wall_time_across_dst(db) -> None:
    load(db, "exchange-2010-weekly-derived.ics")
    lo, hi = datetime(2024, 10, 1, tzinfo=UTC), datetime(2024, 12, 1, tzinfo=UTC)
    starts = ours(db, lo, hi)
    assert [s.hour for s in starts] == [21, 22, 22, 22]  # 17:00 in New York: EDT, then EST
    assert starts == theirs("exchange-2010-weekly-derived.ics", lo, hi)


@pytest.mark.parametrize(
    ("lo", "hi"),
    [
        (datetime(2021, 11, 1, tzinfo=UTC), datetime(2022, 2, 1, tzinfo=UTC)),  # the moved one
        (datetime(2022, 2, 1, tzinfo=UTC), datetime(2022, 5, 1, tzinfo=UTC)),  # across DST
        (datetime(2022, 9, 1, tzinfo=UTC), datetime(2022, 12, 1, tzinfo=UTC)),  # and back
    ],
)
def test_a_google_calendar_follows_its_calendar_zone(db, lo, hi) -> None:
    load(db, "google-x-wr-timezone-monthly.ics")
    assert ours(db, lo, hi) == theirs("google-x-wr-timezone-monthly.ics", lo, hi)


def test_a_google_series_stays_at_the_same_berlin_time_after_dst(db) -> None:
    load(db, "google-x-wr-timezone-monthly.ics")
    lo, hi = datetime(2022, 3, 1, tzinfo=UTC), datetime(2022, 5, 1, tzinfo=UTC)
    berlin = [s.astimezone(ZoneInfo("Europe/Berlin")) for s in ours(db, lo, hi)]
    assert [(s.day, s.hour, s.minute) for s in berlin] == [(25, 21, 30), (29, 21, 30)]
