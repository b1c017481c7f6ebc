"""Creators and events: DST-correct recurrence, EXDATE, overrides, skips and bad input."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from calendar_events import NOW, add
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.calendar import creators, schedule
from companion.core.errors import InputError

NY = ZoneInfo("America/New_York")
PARIS = ZoneInfo("Europe/Paris")
UTC = ZoneInfo("UTC")


def starts(db, lo, hi, home=UTC):
    return [a.occurrence.start for a in schedule.occurrences(db, lo, hi, home_zone=home)]


def test_a_weekly_stream_stays_at_20_00_new_york_across_both_dst_changes(db) -> None:
    add(db, rule="FREQ=WEEKLY;BYDAY=TU")
    spring = starts(db, datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 19, tzinfo=UTC))
    autumn = starts(db, datetime(2026, 10, 25, tzinfo=UTC), datetime(2026, 11, 8, tzinfo=UTC))
    for moment in spring + autumn:
        assert (moment.hour, moment.minute, moment.tzinfo) == (20, 0, NY)
    assert [m.astimezone(UTC).hour for m in spring] == [1, 0, 0]  # 3 Mar EST; 10, 17 Mar EDT
    assert [m.astimezone(UTC).hour for m in autumn] == [0, 1]  # 27 Oct EDT; 3 Nov EST


def test_occurrences_are_shown_in_the_fans_zone(db) -> None:
    add(db, start="2026-06-02T20:00", zone="Europe/Paris")
    (occ,) = starts(db, datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 6, 3, tzinfo=UTC), NY)
    assert occ.astimezone(NY).strftime("%H:%M") == "14:00"


def test_a_time_skipped_by_dst_is_moved_and_explained(db) -> None:
    add(db, start="2026-03-08T02:30")
    (item,) = schedule.occurrences(
        db, datetime(2026, 3, 8, tzinfo=UTC), datetime(2026, 3, 9, tzinfo=UTC), home_zone=UTC
    )
    assert item.occurrence.start.strftime("%H:%M") == "03:30"
    assert "does not exist" in item.occurrence.note


def test_an_ambiguous_time_takes_the_first_and_says_so(db) -> None:
    add(db, start="2026-11-01T01:30")
    (item,) = schedule.occurrences(
        db, datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 2, tzinfo=UTC), home_zone=UTC
    )
    assert item.occurrence.start.utcoffset() == timedelta(hours=-4)  # the first 01:30 (EDT)
    assert "happens twice" in item.occurrence.note


def test_exdate_skip_and_a_never_ending_rule_far_in_the_future(db) -> None:
    ev = add(db, rule="FREQ=DAILY", start="2026-02-01T18:00")
    schedule.skip_occurrence(db, ev.id, datetime(2026, 2, 3, 18))
    feb = starts(db, datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 2, 6, tzinfo=UTC))
    assert [m.day for m in feb] == [1, 2, 4, 5]
    lo = datetime(2126, 1, 1, tzinfo=UTC)
    far = [m for m in starts(db, lo, lo + timedelta(days=7)) if m >= lo]
    assert len(far) == 7 and all(m.hour == 18 for m in far)


def test_count_and_until_end_a_series(db) -> None:
    add(db, rule="FREQ=WEEKLY;COUNT=3", start="2026-02-02T10:00", title="counted")
    add(db, rule="FREQ=DAILY;UNTIL=20260205T235959", start="2026-02-02T12:00", title="until")
    got = schedule.occurrences(
        db, datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC), home_zone=UTC
    )
    assert sum(a.event.title == "counted" for a in got) == 3
    assert sum(a.event.title == "until" for a in got) == 4


def test_monthly_on_the_31st_skips_short_months(db) -> None:
    add(db, rule="FREQ=MONTHLY", start="2026-01-31T12:00", zone="UTC")
    got = starts(db, datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 12, 31, 23, tzinfo=UTC))
    assert [m.month for m in got] == [7, 8, 10, 12]


def test_floating_and_all_day_events_follow_the_fan(db) -> None:
    add(db, start="2026-02-10T19:00", zone=None, title="floating")
    add(db, start="2026-02-11", zone=None, minutes=1440, title="all day")
    items = schedule.occurrences(
        db, datetime(2026, 2, 10, tzinfo=NY), datetime(2026, 2, 12, tzinfo=NY), home_zone=NY
    )
    floating, all_day = items
    assert floating.occurrence.start.astimezone(NY).hour == 19
    assert all_day.occurrence.all_day and all_day.occurrence.recurrence == date(2026, 2, 11)


@pytest.mark.parametrize(
    ("kwargs", "complaint"),
    [
        ({"zone": "Mars/Olympus"}, "zone: 'Mars/Olympus' is not a time zone"),
        ({"minutes": -30}, "duration: the end is before the start"),
        ({"minutes": 30 * 24 * 60}, "too long for a live event"),
        ({"start": "next tuesday"}, "start: 'next tuesday' is not a date"),
        ({"rule": "EVERY TUESDAY"}, "recurrence:"),
        ({"rule": "FREQ=WEEKLY;BYDAY=XX"}, "recurrence:"),
        ({"title": "  "}, "title:"),
        ({"reminders": "soon"}, "reminders:"),
        ({"reminders": "99999"}, "reminders:"),
    ],
)
def test_bad_events_are_explained_and_not_saved(db, kwargs, complaint) -> None:
    with pytest.raises(InputError) as caught:
        add(db, **kwargs)
    assert complaint in str(caught.value)
    assert schedule.events(db) == []


def test_zero_length_events_are_allowed(db) -> None:
    add(db, minutes=0, start="2026-02-10T19:00", zone="UTC")
    assert len(starts(db, datetime(2026, 2, 10, tzinfo=UTC), datetime(2026, 2, 11, tzinfo=UTC)))


def test_creators_profile_links_go_through_the_link_checker(db) -> None:
    who = creators.save_creator(
        db,
        name="Mia",
        zone="America/New_York",
        platform="twitch",
        profile_url="https://www.twitch.tv/mia",
        now=NOW,
    )
    assert who.colour.startswith("#")
    with pytest.raises(InputError, match="profile_url:"):
        creators.save_creator(
            db,
            name="Fake",
            zone="UTC",
            platform="twitch",
            profile_url="https://twitch-coins.shop/mia",
            now=NOW,
        )
    with pytest.raises(InputError, match="not on tiktok"):
        creators.save_creator(
            db,
            name="Mix",
            zone="UTC",
            platform="tiktok",
            profile_url="https://www.twitch.tv/mix",
            now=NOW,
        )


def test_deleting_a_creator_keeps_their_events(db) -> None:
    who = creators.save_creator(db, name="Leo", zone="Europe/Paris", now=NOW)
    add(db, creator_id=who.id)
    creators.delete_creator(db, who.id)
    assert [e.creator_id for e in schedule.events(db)] == [None]


def test_planned_spending_feeds_the_budget_forecast(db) -> None:
    from companion.core.budget import budget

    who = creators.save_creator(db, name="Mia", zone="UTC", now=NOW)
    add(
        db,
        start="2026-02-20T20:00",
        zone="UTC",
        creator_id=who.id,
        planned="5.00",
        planned_currency="USD",
    )
    b = budget.set_budget(db, budget.scope_for(creator="Mia"), "monthly", "20", "USD", now=NOW)
    st = budget.status(
        db, b, now=datetime(2026, 2, 10, tzinfo=timezone.utc), zone=UTC, week_start=0
    )
    assert (st.planned, st.projected) == (500, 500)


def test_a_calendar_without_planned_spending_is_not_parsed_for_the_forecast(
    db, monkeypatch
) -> None:
    """Budget status on a big calendar stays fast: with nothing planned there is no need to
    read every event (it was 90 % of the first status at 5,000 events)."""
    from companion.core.budget import budget
    from companion.core.calendar import window

    add(db, start="2026-02-20T20:00", zone="UTC", rule="FREQ=DAILY")
    b = budget.set_budget(db, "overall", "monthly", "20", "USD", now=NOW)
    parsed = []
    real = window.parsed_events
    monkeypatch.setattr(window, "parsed_events", lambda *a: parsed.append(1) or real(*a))
    when = datetime(2026, 2, 10, tzinfo=timezone.utc)
    st = budget.status(db, b, now=when, zone=UTC, week_start=0)
    assert st.planned == 0 and parsed == []
    # One planned live later, the forecast reads the calendar again and counts it.
    add(db, start="2026-02-25T20:00", zone="UTC", planned="3.00", planned_currency="USD")
    assert budget.status(db, b, now=when, zone=UTC, week_start=0).planned == 300
    assert parsed


weekday_sets = st.sets(st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]), max_size=4)


@settings(max_examples=200, deadline=None)
@given(
    freq=st.sampled_from(["DAILY", "WEEKLY"]),
    interval=st.integers(1, 4),
    days=weekday_sets,
    start=st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    offset_days=st.integers(0, 3000),
    until_days=st.none() | st.integers(0, 4000),
)
def test_the_fast_stepper_agrees_with_dateutil(
    freq, interval, days, start, offset_days, until_days
) -> None:
    from dateutil.rrule import rrulestr

    from companion.core.calendar.occurrences import EventSpec, wall_starts

    rule = f"FREQ={freq};INTERVAL={interval}"
    if days:
        rule += ";BYDAY=" + ",".join(sorted(days))
    if until_days is not None:
        rule += f";UNTIL={(start + timedelta(days=until_days)):%Y%m%dT%H%M%S}"
    lo = start + timedelta(days=offset_days)
    hi = lo + timedelta(days=40)
    spec = EventSpec(1, start, UTC, timedelta(hours=1), rule)
    ours = sorted(m for m in wall_starts(spec, lo, hi) if m != start)
    theirs = [m for m in rrulestr(rule, dtstart=start).between(lo, hi, inc=True) if m != start]
    assert ours == theirs


@settings(max_examples=200, deadline=None)
@given(
    interval=st.integers(1, 3),
    nths=st.sets(st.sampled_from(["1", "2", "3", "4", "-1", "-2", "5"]), min_size=1, max_size=2),
    day=st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]),
    start=st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    offset_days=st.integers(0, 3000),
)
def test_the_monthly_stepper_agrees_with_dateutil(interval, nths, day, start, offset_days) -> None:
    from dateutil.rrule import rrulestr

    from companion.core.calendar.occurrences import EventSpec, wall_starts

    rule = f"FREQ=MONTHLY;INTERVAL={interval};BYDAY=" + ",".join(f"{n}{day}" for n in sorted(nths))
    lo = start + timedelta(days=offset_days)
    hi = lo + timedelta(days=70)
    spec = EventSpec(1, start, UTC, timedelta(hours=1), rule)
    ours = sorted(m for m in wall_starts(spec, lo, hi) if m != start)
    theirs = [m for m in rrulestr(rule, dtstart=start).between(lo, hi, inc=True) if m != start]
    assert ours == theirs


def test_repeated_windows_are_reused_until_the_calendar_changes(db) -> None:
    lo, hi = datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 3, 1, tzinfo=UTC)
    ev = add(db, rule="FREQ=DAILY", start="2026-02-01T18:00", zone="UTC")
    first = starts(db, lo, hi)
    assert starts(db, lo, hi) == first
    schedule.skip_occurrence(db, ev.id, datetime(2026, 2, 2, 18))
    assert len(starts(db, lo, hi)) == len(first) - 1  # the skip is seen at once
    who = creators.save_creator(db, name="Mia", zone="UTC", now=NOW)
    row = schedule.build_event_row(
        db,
        title="Live",
        start="2026-02-01T18:00",
        zone="UTC",
        duration_min=120,
        rrule="FREQ=DAILY",
        creator_id=who.id,
        home_zone=UTC,
        now=NOW,
    )
    schedule.save_event(db, row, event_id=ev.id, now=NOW)
    creators.save_creator(db, name="Mia Sings", zone="UTC", creator_id=who.id, now=NOW)
    items = schedule.occurrences(db, lo, hi, home_zone=UTC)
    assert {a.creator.name for a in items} == {"Mia Sings"}  # a renamed creator too
