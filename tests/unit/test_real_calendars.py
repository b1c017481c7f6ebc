"""Calendars written by other software (tests/real/calendars, sources in its README) import at
the instants their own clients show, held to recurring-ical-events (with x-wr-timezone, as
Google's calendar zone requires) over windows that cross a DST change."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
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
        _utc(e["DTSTART"].dt)
        for e in recurring_ical_events.of(cal).between(lo, hi)
        if str(e.get("STATUS", "")).upper() != "CANCELLED"
    )


def _utc(value: date | datetime) -> datetime:
    """An all-day date starts at midnight in the fan's zone (UTC in these tests)."""
    if not isinstance(value, datetime):
        return datetime.combine(value, time(), UTC)
    return value.astimezone(UTC)


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


# -- the whole corpus, window by window ----------------------------------------------------------
CORPUS = sorted(p.name for p in REAL.glob("*.ics"))
# Lotus Notes writes a series as one changed occurrence (RANGE=THISANDFUTURE) whose RDATEs list
# every date, and leaves the series itself out. Thunderbird and Notes show every RDATE; the app
# keeps the orphan edit as an event of its own with its dates, while recurring-ical-events shows
# only the edited occurrence. Here the app must show at least what the library shows.
AT_LEAST_THEIRS = {"lotus-notes-custom-zone-rdate-period.ics"}


def _windows(name: str) -> list[tuple[datetime, datetime]]:
    """Quarter-ish windows over the year of the file's first event and the next: every one
    crosses or touches a DST change of the northern or southern hemisphere."""
    cal = icalendar.Calendar.from_ical((REAL / name).read_bytes())
    year = min(c["DTSTART"].dt.year for c in cal.walk("VEVENT") if c.get("DTSTART") is not None)
    return [
        (datetime(y, a, 1, tzinfo=UTC), datetime(y, b, 1, tzinfo=UTC))
        for y in (year, year + 1)
        for a, b in ((1, 4), (3, 6), (6, 9), (9, 12), (11, 12))
    ]


def test_every_corpus_file_has_its_source_noted() -> None:
    readme = (REAL / "README.md").read_text(encoding="utf-8")
    assert len(CORPUS) >= 10
    assert [name for name in CORPUS if f"`{name}`" not in readme] == []


@pytest.mark.parametrize("name", CORPUS)
def test_the_corpus_lands_where_recurring_ical_events_puts_it(db, name) -> None:
    report = load(db, name)
    assert report.added >= 1 and not report.skipped
    shown = 0
    for lo, hi in _windows(name):
        expected = theirs(name, lo, hi)
        if name in AT_LEAST_THEIRS:
            assert set(expected) <= set(ours(db, lo, hi)), (lo, hi)
        else:
            assert ours(db, lo, hi) == expected, (lo, hi)
        shown += len(expected)
    assert shown >= 1  # the windows hold the file's events, or the test would prove nothing


def test_a_lotus_notes_series_shows_every_date_at_its_custom_zone_time(db) -> None:
    load(db, "lotus-notes-custom-zone-rdate-period.ics")
    lo, hi = datetime(2021, 10, 1, tzinfo=UTC), datetime(2022, 3, 1, tzinfo=UTC)
    found = [
        (a.occurrence.start_utc, a.occurrence.end - a.occurrence.start_utc)
        for a in schedule.occurrences(db, lo, hi, home_zone=UTC)
    ]
    # 16:00 in "Western/Central Europe", +01:00 after its last Sunday of October; 30 minutes.
    assert [(s.month, s.day, s.hour, d.seconds // 60) for s, d in found] == [
        (11, 1, 15, 30),
        (12, 6, 15, 30),
        (1, 3, 15, 30),
        (2, 7, 15, 30),
    ]
