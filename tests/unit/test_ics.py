"""iCalendar import and export: real-world quirks, updates by UID, junk, and round trips."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.calendar import creators, ics, ics_export, schedule, subscriptions
from companion.core.errors import InputError

UTC = ZoneInfo("UTC")
NOW = datetime(2026, 11, 25, tzinfo=timezone.utc)

TWITCH = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//twitch.tv//StreamSchedule//1.0\r
BEGIN:VEVENT\r
UID:e4f1-series\r
DTSTART;TZID=/Europe/Paris:20261201T200000\r
DTEND;TZID=/Europe/Paris:20261201T220000\r
RRULE:FREQ=WEEKLY;BYDAY=TU\r
EXDATE;TZID=/Europe/Paris:20261208T200000\r
SUMMARY:Tuesday stream\r
CATEGORIES:Just Chatting\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:e4f1-series\r
RECURRENCE-ID;TZID=/Europe/Paris:20261215T200000\r
DTSTART;TZID=/Europe/Paris:20261215T210000\r
DTEND;TZID=/Europe/Paris:20261215T230000\r
SUMMARY:Tuesday stream (late start)\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:xmas\r
DTSTART;VALUE=DATE:20261224\r
SUMMARY:Holiday special\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:floating\r
DTSTART:20261202T180000\r
DURATION:PT1H\r
SUMMARY:Floating\r
BEGIN:VALARM\r
ACTION:DISPLAY\r
TRIGGER:-PT30M\r
END:VALARM\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:rdate\r
DTSTART;TZID=America/New_York:20261203T190000\r
DTEND;TZID=America/New_York:20261203T200000\r
RDATE;TZID=America/New_York:20261210T190000\r
SUMMARY:Two-parter\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:backwards\r
DTSTART;TZID=Europe/Paris:20261202T180000\r
DTEND;TZID=Europe/Paris:20261202T170000\r
SUMMARY:Backwards\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:month\r
DTSTART;TZID=Europe/Paris:20261202T180000\r
DURATION:P40D\r
SUMMARY:Forty days\r
END:VEVENT\r
END:VCALENDAR\r
"""


def load(db, data=TWITCH, **kw):
    return ics.import_ics(db, data, source="file:test.ics", now=NOW, home_zone=UTC, **kw)


def titles(db, lo, hi):
    return [
        (a.occurrence.title, a.occurrence.start.astimezone(UTC).strftime("%m-%d %H:%M"))
        for a in schedule.occurrences(db, lo, hi, home_zone=UTC)
    ]


def test_a_twitch_style_feed_imports_with_its_quirks(db) -> None:
    report = load(db)
    assert (report.added, report.updated) == (4, 0)
    assert {what for what, _ in report.skipped} == {"Backwards", "Forty days"}
    assert any("ends before it starts" in why for _, why in report.skipped)
    got = titles(db, datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 25, tzinfo=UTC))
    assert ("Tuesday stream", "12-01 19:00") in got  # 20:00 Paris
    assert not any(when.startswith("12-08") for _, when in got)  # EXDATE
    assert ("Tuesday stream (late start)", "12-15 20:00") in got  # the edited occurrence
    assert ("Two-parter", "12-11 00:00") in got  # the RDATE
    assert ("Holiday special", "12-24 00:00") in got  # all day
    floating = schedule.event_by_uid(db, "floating")
    assert floating.zone is None and floating.reminders == (30,)


def test_importing_again_updates_by_uid(db) -> None:
    load(db)
    again = load(db, TWITCH.replace(b"SUMMARY:Tuesday stream\r", b"SUMMARY:Renamed\r"))
    assert (again.added, again.updated) == (0, 4)
    assert len(schedule.events(db)) == 4
    assert schedule.event_by_uid(db, "e4f1-series").title == "Renamed"


def _stored(db) -> list[tuple]:
    rows = db.execute("SELECT * FROM events ORDER BY uid").fetchall()
    edits = db.execute("SELECT * FROM event_overrides ORDER BY event_id, id").fetchall()
    return [rows, edits]


def test_importing_the_same_file_again_keeps_every_event_as_it_was(db) -> None:
    mia = creators.save_creator(db, name="Mia", zone="UTC", now=NOW)
    load(db, creator_id=mia.id)
    before = _stored(db)
    again = ics.import_ics(
        db, TWITCH, source="file:test.ics", now=NOW + timedelta(days=1), home_zone=UTC
    )
    # Reported as before (found and updated), the creator stays, and the edited occurrence
    # of the series is kept: nothing was lost or duplicated.
    assert (again.added, again.updated) == (0, 4)
    assert _stored(db) == before
    week = titles(db, datetime(2026, 12, 15, tzinfo=UTC), datetime(2026, 12, 16, tzinfo=UTC))
    assert week == [("Tuesday stream (late start)", "12-15 20:00")]


def test_importing_again_drops_an_edit_the_file_no_longer_has(db) -> None:
    load(db)
    start = TWITCH.index(b"BEGIN:VEVENT\r\nUID:e4f1-series\r\nRECURRENCE-ID")
    end = TWITCH.index(b"END:VEVENT\r\n", start) + len(b"END:VEVENT\r\n")
    report = load(db, TWITCH[:start] + TWITCH[end:])
    assert (report.added, report.updated) == (0, 4)
    week = titles(db, datetime(2026, 12, 15, tzinfo=UTC), datetime(2026, 12, 16, tzinfo=UTC))
    assert week == [("Tuesday stream", "12-15 19:00")]
    assert db.execute("SELECT COUNT(*) FROM event_overrides").fetchone()[0] == 0


def test_importing_again_from_another_source_moves_the_event_to_it(db) -> None:
    load(db)
    again = ics.import_ics(db, TWITCH, source="url:feed", now=NOW, home_zone=UTC)
    assert again.updated == 4
    assert {e.source for e in schedule.events(db)} == {"url:feed"}


def test_our_expansion_agrees_with_recurring_ical_events(db) -> None:
    import icalendar

    load(db)
    lo, hi = datetime(2026, 12, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC)
    ours = sorted(
        a.occurrence.start.astimezone(UTC)
        for a in schedule.occurrences(db, lo, hi, home_zone=UTC)
        if not a.occurrence.all_day and a.event.zone
    )
    cal = icalendar.Calendar.from_ical(TWITCH.decode().replace("TZID=/", "TZID="))
    theirs = sorted(
        e["DTSTART"].dt.astimezone(UTC)
        for e in recurring_ical_events.of(cal).between(lo, hi)
        if hasattr(e["DTSTART"].dt, "hour")
        and e["DTSTART"].dt.tzinfo is not None
        and str(e.get("UID")) not in {"backwards", "month"}
    )
    assert ours == theirs


def test_export_has_vtimezones_and_reimports_the_same_occurrences(db, tmp_path) -> None:
    load(db)
    lo, hi = datetime(2026, 12, 1, tzinfo=UTC), datetime(2027, 1, 31, tzinfo=UTC)
    before = titles(db, lo, hi)
    data = ics_export.export_ics(db, now=NOW)
    text = data.decode()
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Paris" in text
    assert "TZID:America/New_York" in text
    from companion.core.bundles.store import ensure_catalog
    from companion.core.store.db import memory_database

    other = memory_database()
    ensure_catalog(other)
    report = ics.import_ics(other, data, source="file:x", now=NOW, home_zone=UTC)
    assert report.skipped == []
    assert titles(other, lo, hi) == before


def test_export_of_one_creator_only(db) -> None:
    who = creators.save_creator(db, name="Mia", zone="UTC", now=NOW)
    load(db, creator_id=who.id)
    row = schedule.build_event_row(
        db,
        title="Other",
        start="2026-12-05T10:00",
        zone="UTC",
        duration_min=60,
        home_zone=UTC,
        now=NOW,
    )
    schedule.save_event(db, row, now=NOW)
    text = ics_export.export_ics(db, now=NOW, creator_id=who.id).decode()
    assert "Tuesday stream" in text and "SUMMARY:Other" not in text


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        (b"\x00\x01\x02binary junk" * 50, "binary file"),
        (b"hello, this is a text file\n", "not an iCalendar file"),
        (b"BEGIN:VCALENDAR\r\nthis line is broken\r\n", "cannot be read"),
    ],
)
def test_junk_is_refused_with_a_reason_and_nothing_changes(db, data, complaint) -> None:
    load(db)
    before = len(schedule.events(db))
    with pytest.raises(InputError, match=complaint):
        load(db, data)
    assert len(schedule.events(db)) == before


def test_one_broken_event_does_not_stop_the_rest(db) -> None:
    broken = TWITCH.replace(
        b"UID:xmas\r\nDTSTART;VALUE=DATE:20261224", b"UID:xmas\r\nDTSTART;VALUE=DATE:2026-13-45"
    )
    report = load(db, broken)
    assert report.added == 3
    assert any("Holiday special" in what or "event" in what for what, _ in report.skipped)


def test_unknown_zone_and_never_ending_rules(db) -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:z\r\n"
        b"DTSTART;TZID=Mars/Olympus:20261201T200000\r\nSUMMARY:Martian\r\n"
        b"RRULE:FREQ=HOURLY;INTERVAL=6;COUNT=744\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    report = load(db, data)
    assert report.added == 1
    assert "unknown time zone 'Mars/Olympus'" in report.summary()
    assert schedule.event_by_uid(db, "z").zone is None  # read as floating: the fan's zone
    # Only the window asked for is expanded: a day of a six-hourly series is four lives.
    day = titles(db, datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 1, 2, tzinfo=UTC))
    assert len(day) == 4


def test_subscriptions_refresh_and_keep_the_last_copy_offline(db) -> None:
    sub = subscriptions.add_subscription(
        db, "webcal://api.example/schedule.ics", "Mia's schedule", creator_id=None, now=NOW
    )
    message = subscriptions.refresh(db, sub, now=NOW, home_zone=UTC, fetch=lambda url: TWITCH)
    assert "Imported 4 new" in message
    smaller = TWITCH.replace(b"UID:xmas", b"UID:xmas-gone")
    subscriptions.refresh(db, sub, now=NOW, home_zone=UTC, fetch=lambda url: smaller)
    assert schedule.event_by_uid(db, "xmas") is None  # dropped from the feed, dropped here

    def offline(url: str) -> bytes:
        raise OSError("Network is unreachable")

    message = subscriptions.refresh(
        db, sub, now=NOW + timedelta(days=1), home_zone=UTC, fetch=offline
    )
    assert "Could not refresh" in message and "copy from" in message
    assert len(schedule.events(db)) == 4  # the last copy stays
    with pytest.raises(InputError, match="https"):
        subscriptions.add_subscription(db, "ftp://x.example/a.ics", "x", creator_id=None, now=NOW)


def test_a_cancelled_import_saves_nothing(db) -> None:
    many = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        + b"".join(
            b"BEGIN:VEVENT\r\nUID:e%d\r\nDTSTART:20261201T200000Z\r\nSUMMARY:E\r\nEND:VEVENT\r\n"
            % i
            for i in range(120)
        )
        + b"END:VCALENDAR\r\n"
    )
    with pytest.raises(ics.Cancelled):
        load(db, many, progress=lambda done, total: done < 100)
    assert schedule.events(db) == []


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.binary(max_size=400)
    | st.text(max_size=400).map(
        lambda t: (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + t + "\r\nEND:VEVENT\r\nEND:VCALENDAR"
        ).encode()
    )
)
def test_random_files_never_crash_the_importer(db, data) -> None:
    before = len(schedule.events(db))
    try:
        load(db, data)
    except InputError:
        assert len(schedule.events(db)) == before


def test_an_occurrence_changed_twice_keeps_the_higher_sequence(db) -> None:
    """recurring-ical-events' issue_164 calendar: the same RECURRENCE-ID twice was an
    internal error (a unique constraint) and the whole file was lost."""

    def edit(seq: int, title: str) -> bytes:
        return (
            b"BEGIN:VEVENT\r\nUID:w\r\nRECURRENCE-ID:20261208T200000Z\r\n"
            b"DTSTART:20261208T210000Z\r\nDTEND:20261208T220000Z\r\n"
            + f"SEQUENCE:{seq}\r\nSUMMARY:{title}\r\nEND:VEVENT\r\n".encode()
        )

    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:w\r\n"
        b"DTSTART:20261201T200000Z\r\nDTEND:20261201T210000Z\r\nSUMMARY:Weekly\r\n"
        b"RRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n"
        + edit(2, "Newer")
        + edit(1, "Older")
        + b"END:VCALENDAR\r\n"
    )
    assert load(db, data).added == 1
    week = titles(db, datetime(2026, 12, 8, tzinfo=UTC), datetime(2026, 12, 9, tzinfo=UTC))
    assert week == [("Newer", "12-08 21:00")]


@pytest.mark.parametrize(
    ("tzid", "zone"),
    [
        ("/Europe/Paris", "Europe/Paris"),  # Twitch
        ("/freeassociation.sourceforge.net/Europe/Berlin", "Europe/Berlin"),  # Evolution
        ("/mozilla.org/20070129_1/America/New_York", "America/New_York"),  # Lightning
        ("/vendor/Tzfile/America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
    ],
)
def test_a_globally_unique_tzid_is_the_zone_named_at_its_end(db, tzid, zone) -> None:
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:unique\r\n"
        f"DTSTART;TZID={tzid}:20260426T140000\r\nDURATION:PT1H\r\nSUMMARY:Live\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    now = datetime(2026, 4, 1, tzinfo=timezone.utc)
    report = ics.import_ics(db, data, source="file:x", now=now, home_zone=ZoneInfo("UTC"))
    assert report.added == 1 and not report.warnings
    (event,) = schedule.events(db)
    assert (event.zone, event.start_local) == (zone, "2026-04-26T14:00:00")


def test_a_globally_unique_tzid_naming_no_zone_is_read_in_the_fans_zone(db) -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:odd\r\n"
        b"DTSTART;TZID=/example.com/Not/A_Zone:20260426T140000\r\nDURATION:PT1H\r\n"
        b"SUMMARY:Live\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    now = datetime(2026, 4, 1, tzinfo=timezone.utc)
    report = ics.import_ics(db, data, source="file:x", now=now, home_zone=ZoneInfo("UTC"))
    assert "unknown time zone 'example.com/Not/A_Zone'" in report.warnings[0]


def test_an_import_leaves_garbage_collection_on_whether_it_succeeds_or_not(db) -> None:
    import gc

    load(db)
    assert gc.isenabled()
    with pytest.raises(InputError):
        load(db, b"BEGIN:VCALENDAR\r\nnot a calendar\r\n")
    assert gc.isenabled()
