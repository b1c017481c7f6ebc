"""Series the app's own stepper cannot describe are expanded by recurring-ical-events: a zone of
the file's own making, several RRULEs, RDATE periods, THISANDFUTURE edits, Exchange all-day
series with timed edits. And the stepper's series land where recurring-ical-events puts them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.calendar import ics, schedule

UTC = ZoneInfo("UTC")
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)

CUSTOM_ZONE = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VTIMEZONE\r
TZID:My Zone\r
BEGIN:STANDARD\r
DTSTART:19701025T030000\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
TZOFFSETFROM:+0300\r
TZOFFSETTO:+0200\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:19700329T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0300\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:custom-zone-weekly@test\r
DTSTAMP:20260101T000000Z\r
DTSTART;TZID=My Zone:20260305T200000\r
DTEND;TZID=My Zone:20260305T210000\r
RRULE:FREQ=WEEKLY\r
SUMMARY:Weekly in my zone\r
END:VEVENT\r
END:VCALENDAR\r
"""


def load(db, data: bytes) -> ics.IcsReport:
    return ics.import_ics(db, data, source="file:test.ics", now=NOW, home_zone=UTC)


def ours(db, lo: datetime, hi: datetime) -> list[tuple[datetime, datetime]]:
    return sorted(
        (a.occurrence.start_utc, a.occurrence.end)
        for a in schedule.occurrences(db, lo, hi, home_zone=UTC)
    )


def theirs(data: bytes, lo: datetime, hi: datetime) -> list[tuple[datetime, datetime]]:
    cal = icalendar.Calendar.from_ical(data)
    out = []
    for e in recurring_ical_events.of(cal).between(lo, hi):
        if str(e.get("STATUS", "")).upper() == "CANCELLED":
            continue
        start, end = e.start, e.end
        if not isinstance(start, datetime):
            start = datetime.combine(start, datetime.min.time(), UTC)
            end = datetime.combine(end, datetime.min.time(), UTC)
        out.append((start.astimezone(timezone.utc), end.astimezone(timezone.utc)))
    return sorted(out)


def test_a_custom_zone_series_follows_its_own_dst_rules(db) -> None:
    report = load(db, CUSTOM_ZONE)
    assert report.added == 1 and not report.skipped
    lo, hi = datetime(2026, 3, 20, tzinfo=UTC), datetime(2026, 4, 10, tzinfo=UTC)
    starts = [s for s, _ in ours(db, lo, hi)]
    # 20:00 in "My Zone": +02:00 until its last Sunday of March, +03:00 after.
    assert [(s.day, s.hour) for s in starts] == [(26, 18), (2, 17), (9, 17)]
    assert ours(db, lo, hi) == theirs(CUSTOM_ZONE, lo, hi)


def test_a_custom_zone_series_falls_back_in_october(db) -> None:
    load(db, CUSTOM_ZONE)
    lo, hi = datetime(2026, 10, 15, tzinfo=UTC), datetime(2026, 11, 5, tzinfo=UTC)
    assert [(s.day, s.hour) for s, _ in ours(db, lo, hi)] == [(15, 17), (22, 17), (29, 18)]


def _cal(*lines: str) -> bytes:
    body = "\r\n".join(("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//EN", *lines))
    return (body + "\r\nEND:VCALENDAR\r\n").encode()


SEVERAL_RULES = _cal(
    "BEGIN:VEVENT",
    "UID:several@test",
    "DTSTART;TZID=Europe/London:20260305T100000",
    "DTEND;TZID=Europe/London:20260305T120000",
    "RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=6",
    "RRULE:FREQ=MONTHLY;BYDAY=2MO;COUNT=3",
    "SUMMARY:Two rules",
    "END:VEVENT",
)


def test_several_rrules_are_all_used(db) -> None:
    report = load(db, SEVERAL_RULES)
    assert report.added == 1 and not report.skipped and not report.warnings
    lo, hi = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC)
    found = ours(db, lo, hi)
    assert len(found) == 6 + 3  # no date is shared by both rules
    assert found == theirs(SEVERAL_RULES, lo, hi)
    (event,) = schedule.events(db)
    assert event.notes == ""  # no "only the first RRULE" warning: both are used


RDATE_PERIOD = _cal(
    "BEGIN:VEVENT",
    "UID:period@test",
    "DTSTART;TZID=Europe/Paris:20260310T200000",
    "DTEND;TZID=Europe/Paris:20260310T210000",
    "RDATE;VALUE=PERIOD;TZID=Europe/Paris:20260402T180000/20260402T230000",
    "SUMMARY:Special",
    "END:VEVENT",
)


def test_an_rdate_period_keeps_its_own_length(db) -> None:
    load(db, RDATE_PERIOD)
    lo, hi = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC)
    found = ours(db, lo, hi)
    assert [end - start for start, end in found] == [timedelta(hours=1), timedelta(hours=5)]
    assert found == theirs(RDATE_PERIOD, lo, hi)


THIS_AND_FUTURE = _cal(
    "BEGIN:VEVENT",
    "UID:future@test",
    "DTSTART;TZID=Europe/Berlin:20260302T200000",
    "DTEND;TZID=Europe/Berlin:20260302T210000",
    "RRULE:FREQ=WEEKLY;COUNT=8",
    "SUMMARY:Monday stream",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:future@test",
    "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20260323T200000",
    "DTSTART;TZID=Europe/Berlin:20260323T180000",
    "DTEND;TZID=Europe/Berlin:20260323T190000",
    "SUMMARY:Monday stream (earlier)",
    "END:VEVENT",
)


def test_this_and_future_moves_every_later_occurrence(db) -> None:
    load(db, THIS_AND_FUTURE)
    lo, hi = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC)
    berlin = ZoneInfo("Europe/Berlin")
    hours = [s.astimezone(berlin).hour for s, _ in ours(db, lo, hi)]
    assert hours == [20, 20, 20, 18, 18, 18, 18, 18]
    assert ours(db, lo, hi) == theirs(THIS_AND_FUTURE, lo, hi)


EXCHANGE_ALL_DAY = _cal(
    "BEGIN:VEVENT",
    "UID:allday@test",
    "DTSTART;VALUE=DATE:20260302",
    "DTEND;VALUE=DATE:20260303",
    "RRULE:FREQ=WEEKLY;COUNT=4",
    "SUMMARY:Marathon day",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:allday@test",
    "RECURRENCE-ID:20260309T000000Z",
    "DTSTART;VALUE=DATE:20260311",
    "DTEND;VALUE=DATE:20260312",
    "SUMMARY:Marathon day (moved)",
    "END:VEVENT",
)


def test_an_exchange_all_day_edit_replaces_the_day_it_moves(db) -> None:
    load(db, EXCHANGE_ALL_DAY)
    lo, hi = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC)
    days = [s.day for s, _ in ours(db, lo, hi)]
    assert days == [2, 11, 16, 23]  # the 9th is gone: it moved to the 11th
    assert ours(db, lo, hi) == theirs(EXCHANGE_ALL_DAY, lo, hi)


def test_a_skipped_occurrence_of_a_library_series_stays_skipped(db) -> None:
    load(db, SEVERAL_RULES)
    lo, hi = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC)
    first = schedule.occurrences(db, lo, hi, home_zone=UTC)[1].occurrence
    schedule.skip_occurrence(db, first.event_id, first.recurrence)
    assert first.start_utc not in [s for s, _ in ours(db, lo, hi)]
    assert len(ours(db, lo, hi)) == 8


def test_a_bomb_in_a_second_rrule_is_refused_in_words(db) -> None:
    data = SEVERAL_RULES.replace(b"FREQ=MONTHLY;BYDAY=2MO;COUNT=3", b"FREQ=MINUTELY")
    report = load(db, data)
    assert report.added == 0
    ((name, why),) = report.skipped
    assert name == "Two rules" and "every minut" in why and "Error" not in why


# The stepper's own series, held to recurring-ical-events over windows that cross DST.
RULES = [
    "FREQ=WEEKLY",
    "FREQ=WEEKLY;BYDAY=TU,SA",
    "FREQ=DAILY;INTERVAL=3",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR",
    "FREQ=MONTHLY;BYDAY=-1SU",
    "FREQ=MONTHLY;BYDAY=1SA,3WE",
]
ZONES = ["Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Tokyo"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rule=st.sampled_from(RULES),
    zone=st.sampled_from(ZONES),
    day=st.integers(0, 364),
    hour=st.integers(0, 23),
    minute=st.sampled_from([0, 30]),
    offset=st.integers(0, 500),
)
def test_the_stepper_agrees_with_recurring_ical_events(
    db, rule, zone, day, hour, minute, offset
) -> None:
    db.execute("DELETE FROM events")
    start = datetime(2026, 1, 1, hour, minute) + timedelta(days=day)
    data = _cal(
        "BEGIN:VEVENT",
        "UID:stepper@test",
        f"DTSTART;TZID={zone}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={zone}:{start + timedelta(hours=2):%Y%m%dT%H%M%S}",
        f"RRULE:{rule}",
        "SUMMARY:Stream",
        "END:VEVENT",
    )
    assert load(db, data).added == 1
    assert db.execute("SELECT ics FROM events").fetchone()[0] is None  # the stepper's own
    lo = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=offset)
    hi = lo + timedelta(days=70)  # any 70 days of a year cross or touch a DST change somewhere
    # Starts only: on the night the clocks change, the app keeps a live's length (DTEND 03:00
    # after a 01:00 start is 2 hours, as a DURATION would say) while recurring-ical-events
    # ends it at 03:00 wall time, an hour later.
    assert [s for s, _ in ours(db, lo, hi)] == [s for s, _ in theirs(data, lo, hi)]


def test_a_library_series_exports_as_written_and_reads_back_the_same(db) -> None:
    from companion.core.calendar import ics_export

    load(db, CUSTOM_ZONE)
    load(db, SEVERAL_RULES)
    data = ics_export.export_ics(db, now=NOW)
    assert b"TZID:My Zone" in data and data.count(b"RRULE:FREQ=") >= 3 + 2  # zone rules too
    lo, hi = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC)
    assert [s for s, _ in theirs(data, lo, hi)] == [s for s, _ in ours(db, lo, hi)]


def test_the_month_grid_marks_a_custom_zone_series_on_its_own_days(db) -> None:
    from datetime import date

    from companion.core.calendar.month import busy_days

    load(db, CUSTOM_ZONE)
    # 20:00 in "My Zone" is 18:00 UTC (00:00 the next day at UTC+6) until its DST change on
    # 29 March, then 17:00 UTC (23:00 the same day).
    marks = busy_days(db, date(2026, 3, 20), date(2026, 4, 10), home_zone=ZoneInfo("Etc/GMT-6"))
    expected = [date(2026, 3, 20), date(2026, 3, 27), date(2026, 4, 2), date(2026, 4, 9)]
    assert sorted(marks) == expected


def test_a_skipped_occurrence_stays_skipped_in_the_export(db) -> None:
    """Thunderbird or Google reading the export must not bring back a live the fan skipped."""
    from companion.core.calendar import ics_export

    load(db, CUSTOM_ZONE)
    lo, hi = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC)
    second = schedule.occurrences(db, lo, hi, home_zone=UTC)[1].occurrence
    schedule.skip_occurrence(db, second.event_id, second.recurrence)
    data = ics_export.export_ics(db, now=NOW)
    exported = [s for s, _ in theirs(data, lo, hi)]
    assert second.start_utc not in exported
    assert exported == [s for s, _ in ours(db, lo, hi)]
    # Skipping again adds nothing twice, and the file's own EXDATEs are kept as they were.
    schedule.skip_occurrence(db, second.event_id, second.recurrence)
    assert ics_export.export_ics(db, now=NOW).count(b"EXDATE") == data.count(b"EXDATE")


SIMPLE_THEN_SETPOS = """
import json, sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
from companion.core.calendar.occurrences import EventSpec, expand
berlin = ZoneInfo("Europe/Berlin")
def starts(rule, first):
    ev = EventSpec(1, first, berlin, timedelta(hours=1), rule)
    lo, hi = datetime(2026, 11, 1, tzinfo=berlin), datetime(2027, 1, 1, tzinfo=berlin)
    got = expand(ev, lo, hi, berlin)
    return [o.start.isoformat() for o in got]
weekly = starts("FREQ=WEEKLY;BYDAY=FR", datetime(2026, 10, 2, 20))
loaded = "dateutil" in sys.modules
last_weekday = starts(
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", datetime(2026, 1, 30, 20)
)
print(json.dumps([loaded, "dateutil" in sys.modules, weekly, last_weekday]))
"""


def test_weekly_series_expand_without_dateutil_and_others_still_with_it() -> None:
    # dateutil (and the calendar module it loads) was a tenth of what the first page cost to
    # start; the rules streams use are stepped without it, and the rest still reach it.
    import json
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", SIMPLE_THEN_SETPOS], check=True, capture_output=True, text=True
    ).stdout
    before, after, weekly, last_weekday = json.loads(out)
    assert (before, after) == (False, True)
    assert weekly[0] == "2026-11-06T20:00:00+01:00" and len(weekly) == 8
    # The last weekday of each month: Monday 30 November, Thursday 31 December.
    assert last_weekday == ["2026-11-30T20:00:00+01:00", "2026-12-31T20:00:00+01:00"]
