"""A calendar another app wrote is read the way that app shows it, and what cannot be read is
said in words: which event, which part, never Python's own message."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from companion.core.calendar import ics, schedule

NOW = datetime(2026, 11, 25, tzinfo=timezone.utc)
UTC = ZoneInfo("UTC")


def cal(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n".encode()
    )


def run(db, data: bytes, **kw):
    return ics.import_ics(db, data, source="test.ics", now=NOW, home_zone=UTC, **kw)


# Google and Outlook send a changed occurrence alone when only that date was shared.
ORPHAN = """UID:weekly-karaoke
RECURRENCE-ID;TZID=Europe/Berlin:20261208T200000
DTSTART;TZID=Europe/Berlin:20261208T210000
DTEND;TZID=Europe/Berlin:20261208T230000
SUMMARY:Karaoke (moved)"""


def test_a_changed_occurrence_without_its_series_is_kept_as_a_one_off(db) -> None:
    report = run(db, cal(ORPHAN))
    assert report.skipped == []
    [event] = schedule.events(db)
    assert event.title == "Karaoke (moved)"
    assert (event.start_local, event.zone, event.rrule) == (
        "2026-12-08T21:00:00",
        "Europe/Berlin",
        None,
    )
    assert event.duration_min == 120


def test_importing_the_lone_occurrence_again_updates_it(db) -> None:
    run(db, cal(ORPHAN))
    run(db, cal(ORPHAN.replace("Karaoke (moved)", "Karaoke (moved again)")), prune=True)
    assert [e.title for e in schedule.events(db)] == ["Karaoke (moved again)"]


def test_two_start_times_are_named_not_a_python_error(db) -> None:
    report = run(
        db,
        cal(
            """UID:twice
DTSTART:20261201T200000Z
DTSTART:20261202T200000Z
SUMMARY:Double start"""
        ),
    )
    assert report.skipped == [("Double start", "it has 2 start times (DTSTART); an event has one")]


def test_a_start_that_is_no_date_names_the_event_and_the_part(db) -> None:
    report = run(
        db,
        cal(
            "UID:ok\r\nDTSTART:20261201T200000Z\r\nSUMMARY:Fine",
            "UID:bad\r\nDTSTART:2026-13-45T99\r\nSUMMARY:Broken start",
        ),
    )
    assert [e.title for e in schedule.events(db)] == ["Fine"]
    [(name, why)] = report.skipped
    assert name == "Broken start"
    assert "start time (DTSTART)" in why
    for raw in ("object has no attribute", "Error", "invalid literal", "Traceback"):
        assert raw not in why


def test_a_file_with_no_readable_event_says_so_in_words(db) -> None:
    import pytest

    from companion.core.errors import InputError

    with pytest.raises(InputError) as caught:
        run(db, b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;=:\r\n :\r\nEND:VCALENDAR\r\n")
    assert str(caught.value).startswith("the calendar cannot be read: it holds no event")
