"""Budgets: periods in the fan's zone and week, thresholds that fire once, over-budget previews."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from companion.core.budget import budget, ledger
from companion.core.errors import InputError

NY = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")
NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("now", "week_start", "start", "end"),
    [
        # Wednesday 2026-11-25: Monday-start and Sunday-start weeks.
        (datetime(2026, 11, 25, 12, tzinfo=UTC), 0, "2026-11-23", "2026-11-30"),
        (datetime(2026, 11, 25, 12, tzinfo=UTC), 6, "2026-11-22", "2026-11-29"),
        (datetime(2026, 11, 29, 23, 59, tzinfo=UTC), 0, "2026-11-23", "2026-11-30"),
        (datetime(2026, 11, 30, 0, 0, tzinfo=UTC), 0, "2026-11-30", "2026-12-07"),
    ],
)
def test_week_boundaries_follow_the_week_start(now, week_start, start, end) -> None:
    lo, hi = budget.period_bounds("weekly", now, UTC, week_start)
    assert (lo.date().isoformat(), hi.date().isoformat()) == (start, end)


def test_month_boundaries_include_the_last_day() -> None:
    lo, hi = budget.period_bounds("monthly", datetime(2026, 2, 28, 23, tzinfo=UTC), UTC, 0)
    assert (lo.date().isoformat(), hi.date().isoformat()) == ("2026-02-01", "2026-03-01")
    lo, hi = budget.period_bounds("monthly", datetime(2026, 12, 31, 12, tzinfo=UTC), UTC, 0)
    assert hi.date().isoformat() == "2027-01-01"


def test_a_week_across_dst_starts_and_ends_at_local_midnight() -> None:
    now = datetime(2026, 3, 10, 12, tzinfo=NY)  # the week in which New York springs forward
    lo, hi = budget.period_bounds("weekly", now, NY, 6)
    assert (lo.hour, hi.hour) == (0, 0)
    assert lo.utcoffset() == timedelta(hours=-5)
    assert hi.utcoffset() == timedelta(hours=-4)
    real = hi.astimezone(timezone.utc) - lo.astimezone(timezone.utc)
    assert real == timedelta(days=7, hours=-1)  # 167 real hours


def test_the_local_month_decides_not_utc(db) -> None:
    budget.set_budget(db, "overall", "monthly", "40", "USD", now=NOW)
    late_evening = datetime(2026, 10, 31, 22, tzinfo=NY)  # already November in UTC
    ledger.add(
        db,
        ledger.make_purchase(
            db,
            platform="tiktok",
            units=330,
            amount="4.99",
            currency="USD",
            when=late_evening,
            now=NOW,
            zone=NY,
            home="USD",
        ),
    )
    nov = budget.status(db, budget.budgets(db)[0], now=NOW.astimezone(NY), zone=NY, week_start=6)
    assert nov.spent == 0  # it was October where the fan lives


def spend(db, amount, *, when=NOW - timedelta(hours=1), platform="tiktok"):
    ledger.add(
        db,
        ledger.make_purchase(
            db,
            platform=platform,
            units=100,
            amount=amount,
            currency="USD",
            when=when,
            now=NOW,
            zone=UTC,
            home="USD",
        ),
    )


def test_status_spent_remaining_percent_and_pace(db) -> None:
    b = budget.set_budget(db, "overall", "monthly", "40", "USD", now=NOW)
    spend(db, "10.00")
    st = budget.status(db, b, now=NOW, zone=UTC, week_start=0)
    assert (st.spent, st.remaining, str(st.percent)) == (1000, 3000, "25.0")
    # 10 USD in 24.5 of 30 days projects to about 12.24 USD by the end of the month.
    assert 1200 < st.projected < 1250


def test_planned_spending_from_the_calendar_counts_in_the_projection(db, monkeypatch) -> None:
    b = budget.set_budget(db, "overall", "monthly", "40", "USD", now=NOW)
    monkeypatch.setattr(budget, "planned_spend_sources", [lambda *args: 500])
    st = budget.status(db, b, now=NOW, zone=UTC, week_start=0)
    assert (st.planned, st.projected) == (500, 500)


def test_thresholds_fire_once_per_period_and_survive_a_restart(db, data_dir) -> None:
    budget.set_budget(db, "overall", "monthly", "40", "USD", now=NOW)
    spend(db, "21.00")
    first = budget.check_thresholds(db, now=NOW, zone=UTC, week_start=0)
    assert [a.threshold for a in first] == [50]
    assert budget.check_thresholds(db, now=NOW, zone=UTC, week_start=0) == []
    spend(db, "12.00")
    from companion.core.data import open_store

    again = open_store(data_dir, now=NOW)  # a new connection, as after a restart
    try:
        assert [
            a.threshold for a in budget.check_thresholds(again, now=NOW, zone=UTC, week_start=0)
        ] == [80]
        next_month = datetime(2026, 12, 2, tzinfo=timezone.utc)
        ledger.add(
            again,
            ledger.make_purchase(
                again,
                platform="tiktok",
                units=100,
                amount="25.00",
                currency="USD",
                when=next_month,
                now=next_month,
                zone=UTC,
                home="USD",
            ),
        )
        assert [
            a.threshold
            for a in budget.check_thresholds(again, now=next_month, zone=UTC, week_start=0)
        ] == [50]  # a new period
    finally:
        again.close()


def test_paused_budgets_stay_quiet(db) -> None:
    b = budget.set_budget(db, "overall", "monthly", "10", "USD", now=NOW)
    budget.set_paused(db, b.id, True)
    spend(db, "20.00")
    assert budget.check_thresholds(db, now=NOW, zone=UTC, week_start=0) == []


def test_over_budget_preview_names_the_new_percent(db) -> None:
    budget.set_budget(db, "overall", "monthly", "10", "USD", now=NOW)
    budget.set_budget(db, "platform:twitch", "weekly", "100", "USD", now=NOW)
    spend(db, "8.00")
    entry = ledger.make_purchase(
        db,
        platform="tiktok",
        units=100,
        amount="4.00",
        currency="USD",
        when=NOW,
        now=NOW,
        zone=UTC,
        home="USD",
    )
    over = budget.over_budget(db, entry, now=NOW, zone=UTC, week_start=0)
    assert [(s.budget.scope, str(s.percent)) for s in over] == [("overall", "120.0")]
    assert ledger.count(db) == 1  # nothing was saved by asking


def test_creator_budgets_count_gifts(db) -> None:
    b = budget.set_budget(db, budget.scope_for(creator="Mia"), "weekly", "5", "USD", now=NOW)
    ledger.add(
        db,
        ledger.make_gift(
            db,
            platform="tiktok",
            units=100,
            creator="Mia",
            when=NOW,
            now=NOW,
            zone=UTC,
            home="USD",
            value_minor=300,
            value_currency="USD",
        ),
    )
    spend(db, "9.00")  # purchases do not count for a creator
    assert budget.status(db, b, now=NOW, zone=UTC, week_start=0).spent == 300


def test_raising_needs_the_passcode_lowering_does_not(db) -> None:
    budget.set_budget(db, "overall", "monthly", "40", "USD", now=NOW)
    assert budget.needs_passcode_to_set(db, "overall", "monthly", 5000)
    assert not budget.needs_passcode_to_set(db, "overall", "monthly", 3000)
    assert not budget.needs_passcode_to_set(db, "overall", "weekly", 99999)  # a new budget


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (("overall", "yearly", "40", "USD"), "period"),
        (("overall", "monthly", "0", "USD"), "limit: must be > 0"),
        (("overall", "monthly", "forty", "USD"), "not a number"),
        (("overall", "monthly", "40", "USX"), "ISO 4217"),
    ],
)
def test_bad_budgets_are_refused(db, args, complaint) -> None:
    with pytest.raises(InputError, match=complaint):
        budget.set_budget(db, *args, now=NOW)
    assert budget.budgets(db) == []
