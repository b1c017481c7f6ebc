"""Reminders: exactly once per occurrence and lead, missed-after-sleep rules, snooze."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from companion.core.calendar import reminders, schedule
from companion.core.errors import InputError

UTC = ZoneInfo("UTC")
T0 = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)


def add(db, start="2026-12-01T20:00", leads=(10, 60), rule=None, minutes=120):
    row = schedule.build_event_row(
        db,
        title="Live",
        start=start,
        zone="UTC",
        duration_min=minutes,
        rrule=rule,
        reminders=list(leads),
        home_zone=UTC,
        now=T0,
    )
    return schedule.save_event(db, row, now=T0)


def run(db, at):
    return reminders.check(db, at, UTC)


def test_each_lead_fires_once_at_its_time(db) -> None:
    add(db)
    assert run(db, T0) == ([], [])  # first run: sets the clock, fires nothing
    assert reminders.next_due(db, T0, UTC) == datetime(2026, 12, 1, 19, 0, tzinfo=timezone.utc)
    shown, _ = run(db, datetime(2026, 12, 1, 19, 0, 5, tzinfo=timezone.utc))
    assert [d.lead_min for d in shown] == [60]
    assert run(db, datetime(2026, 12, 1, 19, 1, tzinfo=timezone.utc)) == ([], [])
    shown, _ = run(db, datetime(2026, 12, 1, 19, 50, tzinfo=timezone.utc))
    assert [(d.lead_min, d.late) for d in shown] == [(10, False)]
    assert run(db, datetime(2026, 12, 1, 19, 55, tzinfo=timezone.utc)) == ([], [])


def test_once_only_survives_a_restart(db, data_dir) -> None:
    add(db, leads=(10,))
    run(db, T0)
    (_due,), _ = run(db, datetime(2026, 12, 1, 19, 50, tzinfo=timezone.utc))
    from companion.core.data import open_store

    again = open_store(data_dir, now=T0)
    try:
        assert reminders.check(again, datetime(2026, 12, 1, 19, 51, tzinfo=timezone.utc), UTC) == (
            [],
            [],
        )
    finally:
        again.close()


def test_asleep_through_the_reminder_but_the_live_is_on_fires_once_as_missed(db) -> None:
    add(db, leads=(10, 60))
    run(db, T0)
    woke = datetime(2026, 12, 1, 20, 30, tzinfo=timezone.utc)  # live runs 20:00–22:00
    shown, missed = run(db, woke)
    assert sorted((d.lead_min, d.late) for d in shown) == [(10, True), (60, True)]
    assert missed == []
    assert run(db, woke + timedelta(minutes=1)) == ([], [])


def test_asleep_past_the_end_goes_to_the_missed_list_not_a_burst(db) -> None:
    add(db, rule="FREQ=DAILY", leads=(10,))
    run(db, T0)
    woke = T0 + timedelta(days=3, hours=1)  # three lives came and went
    shown, missed = run(db, woke)
    assert shown == []
    assert len(missed) == 3
    assert [m.title for m in reminders.missed(db)] == ["Live"] * 3
    reminders.clear_missed(db)
    assert reminders.missed(db) == []


def test_snooze_fires_again_later(db) -> None:
    add(db, leads=(10,))
    run(db, T0)
    (due,), _ = run(db, datetime(2026, 12, 1, 19, 50, tzinfo=timezone.utc))
    at = datetime(2026, 12, 1, 19, 51, tzinfo=timezone.utc)
    until = reminders.snooze(db, due, 5, at)
    assert reminders.next_due(db, at, UTC) == until
    assert run(db, at + timedelta(minutes=2)) == ([], [])
    shown, _ = run(db, at + timedelta(minutes=5))
    assert [d.lead_min for d in shown] == [10]
    with pytest.raises(InputError, match="snooze"):
        reminders.snooze(db, due, 7, at)


def test_a_skipped_occurrence_sends_no_reminder(db) -> None:
    ev = add(db, rule="FREQ=DAILY", leads=(10,))
    run(db, T0)
    schedule.skip_occurrence(db, ev.id, datetime(2026, 12, 1, 20, 0))
    assert run(db, datetime(2026, 12, 1, 19, 50, tzinfo=timezone.utc)) == ([], [])
    assert reminders.next_due(
        db, datetime(2026, 12, 1, 19, 51, tzinfo=timezone.utc), UTC
    ) == datetime(2026, 12, 2, 19, 50, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("clock", "said"),
    [
        ("19:50:00", ("soon", 10)),
        ("19:58:01", ("soon", 2)),  # 1 min 59 s to go: "in 2 min", rounded up
        ("19:59:59", ("soon", 1)),
        ("20:00:00", ("now", 0)),  # exactly at the start
        ("20:00:59", ("now", 0)),
        ("20:01:00", ("started", 1)),  # one past the first minute
        ("20:03:30", ("started", 3)),
        ("22:00:00", ("ended", 0)),  # the live runs 20:00-22:00
    ],
)
def test_a_snoozed_reminder_tells_where_the_live_stands(db, clock, said) -> None:
    add(db, leads=(10,))
    run(db, T0)
    (due,), _ = run(db, datetime(2026, 12, 1, 19, 50, tzinfo=timezone.utc))
    hour, minute, second = map(int, clock.split(":"))
    now = datetime(2026, 12, 1, hour, minute, second, tzinfo=timezone.utc)
    assert reminders.timing(due, now) == said


def test_a_snooze_that_ends_after_the_start_says_started_not_soon(db) -> None:
    add(db, leads=(5,))
    run(db, T0)
    (due,), _ = run(db, datetime(2026, 12, 1, 19, 55, tzinfo=timezone.utc))
    reminders.snooze(db, due, 10, datetime(2026, 12, 1, 19, 56, tzinfo=timezone.utc))
    later = datetime(2026, 12, 1, 20, 6, 10, tzinfo=timezone.utc)
    (again,), _ = run(db, later)
    assert reminders.timing(again, later) == ("started", 6)


def test_a_week_long_lead_is_found_and_fires_on_time(db) -> None:
    # The windows reach as far as the longest lead any event asks for: here a week.
    add(db, start="2026-12-09T20:00", leads=(7 * 24 * 60,))
    assert run(db, T0) == ([], [])
    at = datetime(2026, 12, 2, 20, 0, tzinfo=timezone.utc)
    assert reminders.next_due(db, T0, UTC) == at  # beyond the first day's look
    assert run(db, at - timedelta(seconds=1)) == ([], [])
    shown, _ = run(db, at)
    assert [d.lead_min for d in shown] == [7 * 24 * 60]


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("2026-12-02T12:10", datetime(2026, 12, 2, 12, 0, tzinfo=timezone.utc)),  # exactly +1 day
        ("2026-12-02T12:11", datetime(2026, 12, 2, 12, 1, tzinfo=timezone.utc)),  # one past it
        ("2026-12-08T11:00", datetime(2026, 12, 8, 10, 50, tzinfo=timezone.utc)),  # near 8 days
    ],
)
def test_the_next_reminder_is_found_at_and_past_the_first_days_look(db, start, expected) -> None:
    add(db, start=start, leads=(10,))
    assert reminders.next_due(db, T0, UTC) == expected


def test_a_longer_lead_added_later_is_looked_for(db) -> None:
    add(db, start="2026-12-01T20:00", leads=(10,))
    assert run(db, T0) == ([], [])
    assert reminders.next_due(db, T0, UTC) == datetime(2026, 12, 1, 19, 50, tzinfo=timezone.utc)
    # A new event whose 3-day lead falls before the first one's: the kept lead must grow.
    add(db, start="2026-12-04T13:00", leads=(3 * 24 * 60,))
    due = datetime(2026, 12, 1, 13, 0, tzinfo=timezone.utc)
    assert reminders.next_due(db, T0, UTC) == due
    shown, _ = run(db, due)
    assert [d.lead_min for d in shown] == [3 * 24 * 60]
