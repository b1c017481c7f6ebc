"""The month view's busy days: the same occurrences as the agenda, counted per day in the
fan's zone, across DST in both the creator's zone and the fan's."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from calendar_events import NOW, add
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.calendar import creators, schedule
from companion.core.calendar.month import busy_days, start_seconds
from companion.core.calendar.occurrences import EventSpec, expand
from companion.core.calendar.recurrence import (
    seconds,
    series_plan,
    simple_rule,
    step_plan,
    step_simple,
)

NY = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")
ZONES = [NY, ZoneInfo("Europe/Paris"), ZoneInfo("Australia/Lord_Howe"), UTC, None]
RULES = [
    None,
    "FREQ=DAILY",
    "FREQ=DAILY;INTERVAL=3",
    "FREQ=DAILY;BYDAY=SA,SU",
    "FREQ=DAILY;INTERVAL=2;BYDAY=MO,SA",
    "FREQ=WEEKLY",
    "FREQ=WEEKLY;BYDAY=MO,WE,FR",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU",
    "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270301T000000",
    "FREQ=MONTHLY;BYDAY=1SA",
    "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR,2MO",
    "FREQ=MONTHLY;BYDAY=3MO,-2MO",
    "FREQ=DAILY;COUNT=5",  # dateutil's
    "FREQ=MONTHLY",  # dateutil's
]


@settings(max_examples=400, deadline=None)
@given(
    start=st.datetimes(datetime(2025, 1, 1), datetime(2028, 1, 1)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    zone=st.sampled_from(ZONES),
    home=st.sampled_from(ZONES[:4]),
    rule=st.sampled_from(RULES),
    minutes=st.sampled_from([0, 30, 120, 1440, 4000]),
    window_start=st.datetimes(datetime(2025, 1, 1), datetime(2028, 1, 1)),
    days=st.sampled_from([1, 7, 31, 45]),
    skipped=st.booleans(),
)
def test_start_instants_match_the_full_expansion(
    start, zone, home, rule, minutes, window_start, days, skipped
) -> None:
    exdates = frozenset({start + timedelta(days=7)}) if skipped else frozenset()
    spec = EventSpec(1, start, zone, timedelta(minutes=minutes), rule, exdates=exdates)
    lo = window_start.replace(tzinfo=timezone.utc)
    hi = lo + timedelta(days=days)
    ours = sorted(start_seconds(spec, lo, hi, home))
    full = sorted(seconds(o.start_utc.replace(tzinfo=None)) for o in expand(spec, lo, hi, home))
    assert ours == full


@pytest.mark.parametrize("zone", [UTC, NY])  # NY: the window spans a DST change
@pytest.mark.parametrize(
    ("start", "minutes", "counted"),
    [
        ("2026-02-28T22:00", 120, False),  # ends exactly as the window opens
        ("2026-02-28T22:00", 121, True),  # still running when it opens
        ("2026-03-01T00:00", 0, True),  # a zero-length live at the opening instant
        ("2026-03-31T23:59", 0, True),
        ("2026-04-01T00:00", 30, False),  # starts exactly as it closes
    ],
)
def test_window_edges_match_the_full_expansion(zone, start, minutes, counted) -> None:
    wall = datetime.fromisoformat(start).replace(tzinfo=timezone.utc).astimezone(zone)
    spec = EventSpec(1, wall.replace(tzinfo=None), zone, timedelta(minutes=minutes), "FREQ=DAILY")
    lo, hi = datetime(2026, 3, 1, tzinfo=timezone.utc), datetime(2026, 4, 1, tzinfo=timezone.utc)
    instant = seconds(datetime.fromisoformat(start))
    assert (instant in start_seconds(spec, lo, hi, UTC)) is counted
    full = [seconds(o.start_utc.replace(tzinfo=None)) for o in expand(spec, lo, hi, UTC)]
    assert sorted(start_seconds(spec, lo, hi, UTC)) == sorted(full)


@settings(max_examples=300, deadline=None)
@given(
    rule=st.sampled_from([r for r in RULES if r and simple_rule(r)]),
    start=st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    offset_days=st.integers(-40, 3000),
)
def test_the_integer_stepper_agrees_with_the_datetime_one(rule, start, offset_days) -> None:
    lo = start + timedelta(days=offset_days)
    hi = lo + timedelta(days=45)
    walls = step_simple(simple_rule(rule), start, lo, hi)
    expected = sorted(seconds(m) for m in walls if m != start)
    plan = series_plan(simple_rule(rule), start)
    assert sorted(step_plan(plan, seconds(lo), seconds(hi))) == expected


def test_busy_days_count_lives_on_the_fans_calendar_day(db) -> None:
    # 20:00 in New York is 01:00 the next day in UTC: the mark goes on the fan's day.
    add(db, start="2026-03-02T20:00", rule="FREQ=WEEKLY;BYDAY=MO,TU", title="Evening")
    add(db, start="2026-03-03T09:00", zone="UTC", title="Morning")
    marks = busy_days(db, date(2026, 3, 1), date(2026, 3, 10), home_zone=UTC)
    # ...and from 8 March (EDT) it is 00:00: Monday the 9th's live is on the 10th.
    assert sorted(marks) == [date(2026, 3, d) for d in (3, 4, 10)]
    assert marks[date(2026, 3, 3)].count == 2
    assert marks[date(2026, 3, 3)].title == "Evening"  # 01:00 comes before 09:00
    assert marks[date(2026, 3, 4)].count == 1


def test_busy_days_follow_dst_in_the_fans_own_zone(db) -> None:
    # 04:30 UTC is 23:30 the day before in New York in winter and 00:30 the same day in
    # summer; the clocks change at 07:00 UTC on 8 March, so no 04:30 UTC lands on the 8th.
    add(db, start="2026-03-01T04:30", zone="UTC", rule="FREQ=DAILY")
    marks = busy_days(db, date(2026, 3, 6), date(2026, 3, 10), home_zone=NY)
    assert {d.day: m.count for d, m in marks.items()} == {6: 1, 7: 1, 9: 1, 10: 1}


def test_busy_days_agree_with_the_agenda_on_a_mixed_calendar(db) -> None:
    mia = creators.save_creator(db, name="Mia", zone="Europe/Paris", colour="#ff0000", now=NOW)
    for i, rule in enumerate(RULES):
        add(
            db,
            start=f"2026-0{1 + i % 3}-{10 + i}T{(i * 5) % 24:02d}:30",
            zone=["America/New_York", "Europe/Paris", "Asia/Tokyo", "UTC"][i % 4],
            rule=rule,
            title=f"Live {i:02d}",
            minutes=[0, 60, 90, 1500][i % 4],
            creator_id=mia.id if i % 2 else None,
            exdates=("2026-03-20T00:30",) if i == 3 else (),
        )
    add(db, start="2026-03-05", zone=None, rule="FREQ=WEEKLY", title="All day", minutes=1440)
    ev = add(db, start="2026-03-01T21:00", zone="UTC", rule="FREQ=WEEKLY", title="Moved")
    db["event_overrides"].insert(
        {
            "event_id": ev.id,
            "recurrence_local": "2026-03-08T21:00:00",
            "start_local": "2026-03-09T06:00:00",
            "duration_min": 30,
            "title": "",
            "cancelled": 0,
        }
    )
    first, last = date(2026, 2, 22), date(2026, 4, 7)
    marks = busy_days(db, first, last, home_zone=NY)
    lo = datetime.combine(first, time(), NY)
    hi = datetime.combine(last + timedelta(days=1), time(), NY)
    expected: dict[date, list[schedule.Agenda]] = {}
    for item in schedule.occurrences(db, lo, hi, home_zone=NY):
        day = item.occurrence.start_utc.astimezone(NY).date()
        if day >= first:
            expected.setdefault(day, []).append(item)
    assert sorted(marks) == sorted(expected)
    for day, items in expected.items():
        assert marks[day].count == len(items)
        assert marks[day].title == items[0].event.title
        assert marks[day].colour == (items[0].creator.colour if items[0].creator else None)


def test_busy_days_for_one_creator(db) -> None:
    mia = creators.save_creator(db, name="Mia", zone="UTC", now=NOW)
    add(db, start="2026-03-02T10:00", zone="UTC", creator_id=mia.id)
    add(db, start="2026-03-03T10:00", zone="UTC")
    marks = busy_days(db, date(2026, 3, 1), date(2026, 3, 31), home_zone=UTC, creator_id=mia.id)
    assert list(marks) == [date(2026, 3, 2)]


def test_an_edited_occurrence_moves_its_mark(db) -> None:
    ev = add(db, start="2026-03-02T10:00", zone="UTC", rule="FREQ=WEEKLY")
    schedule.skip_occurrence(db, ev.id, datetime(2026, 3, 9, 10))
    marks = busy_days(db, date(2026, 3, 1), date(2026, 3, 20), home_zone=UTC)
    assert sorted(marks) == [date(2026, 3, 2), date(2026, 3, 16)]


def _agenda_days(db, first: date, last: date, home: ZoneInfo) -> dict[date, list]:
    lo = datetime.combine(first, time(), home)
    hi = datetime.combine(last + timedelta(days=1), time(), home)
    days: dict[date, list] = {}
    for item in schedule.occurrences(db, lo, hi, home_zone=home):
        day = item.occurrence.start_utc.astimezone(home).date()
        if day >= first:
            days.setdefault(day, []).append(item)
    return days


@pytest.mark.parametrize("home", [NY, UTC, ZoneInfo("Australia/Lord_Howe")])
def test_many_alike_series_started_at_different_times_count_as_the_agenda(db, home) -> None:
    # Series on the same days at the same time are stepped once for all that have started;
    # those that start during or after the month still count only from their own start.
    rules = [
        "FREQ=WEEKLY;BYDAY=MO,WE,FR",
        "FREQ=DAILY",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU",
        "FREQ=MONTHLY;INTERVAL=2;BYDAY=1SA",
        "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260317T000000",
    ]
    starts = ["2025-06-02", "2025-06-09", "2026-02-27", "2026-03-02", "2026-03-05",
              "2026-03-20", "2026-04-30", "2025-07-06", "2025-08-07"]  # fmt: skip
    for i in range(60):
        add(
            db,
            start=f"{starts[i % len(starts)]}T{[20, 1][i % 2]:02d}:00",
            zone=["Europe/Paris", "America/New_York", None][i % 3],
            rule=rules[i % len(rules)],
            title=f"Live {59 - i:02d}",  # title order is not start order
            minutes=[60, 0][i % 2],
        )
    months = [(date(2026, 3, 1), date(2026, 3, 31)), (date(2026, 4, 1), date(2026, 4, 30))]
    for first, last in months:
        marks = busy_days(db, first, last, home_zone=home)
        expected = _agenda_days(db, first, last, home)
        assert sorted(marks) == sorted(expected)
        for day, items in expected.items():
            assert (marks[day].count, marks[day].title) == (len(items), items[0].event.title)
    assert sum(m.count for m in marks.values()) > 100  # the groups were really counted
