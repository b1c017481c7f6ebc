"""Budget rules a fan relies on, pinned at their edges: what the bar shows against what the
alerts say, exact limits, period ends, back-dated entries, thresholds and the passcode."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from companion.core.budget import budget, ledger
from companion.core.errors import InputError

UTC = timezone.utc
NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


def buy(db, amount, *, when=NOW - timedelta(hours=1), platform="tiktok", currency="USD"):
    entry = ledger.make_purchase(
        db,
        platform=platform,
        units=100,
        amount=amount,
        currency=currency,
        when=when,
        now=max(NOW, when),  # entries later than NOW are logged when they happen
        zone=UTC,
        home="USD",
    )
    ledger.add(db, entry)
    return entry


def gift(db, creator, minor, *, when=NOW - timedelta(hours=1)):
    ledger.add(
        db,
        ledger.make_gift(
            db,
            platform="tiktok",
            units=10,
            creator=creator,
            when=when,
            now=max(NOW, when),
            zone=UTC,
            home="USD",
            value_minor=minor,
            value_currency="USD",
        ),
    )


def fired(db, now=NOW, zone=UTC):
    return [a.threshold for a in budget.check_thresholds(db, now=now, zone=zone, week_start=0)]


def test_the_bar_never_shows_a_threshold_the_alert_has_not_reached(db) -> None:
    b = budget.set_budget(db, "overall", "monthly", "50", "USD", now=NOW)
    buy(db, "39.98")  # 79.96 %: rounding would show "80.0 %"
    st = budget.status(db, b, now=NOW, zone=UTC, week_start=0)
    assert str(st.percent) == "79.9"
    assert st.thresholds_crossed == (50,)
    assert fired(db) == [50]


def test_an_alert_fires_at_exactly_its_threshold(db) -> None:
    b = budget.set_budget(db, "overall", "monthly", "50", "USD", now=NOW)
    buy(db, "39.99")
    assert fired(db) == [50]
    buy(db, "0.01")  # exactly 40.00 of 50.00
    st = budget.status(db, b, now=NOW, zone=UTC, week_start=0)
    assert str(st.percent) == "80.0"
    assert fired(db) == [80]


def test_spending_exactly_the_limit_is_reached_not_over(db) -> None:
    b = budget.set_budget(db, "overall", "monthly", "10", "USD", now=NOW)
    buy(db, "6.00")
    exact = ledger.make_purchase(
        db, platform="tiktok", units=1, amount="4.00", currency="USD",
        when=NOW, now=NOW, zone=UTC, home="USD",
    )  # fmt: skip
    assert budget.over_budget(db, exact, now=NOW, zone=UTC, week_start=0) == []
    one_more = ledger.make_purchase(
        db, platform="tiktok", units=1, amount="4.01", currency="USD",
        when=NOW, now=NOW, zone=UTC, home="USD",
    )  # fmt: skip
    over = budget.over_budget(db, one_more, now=NOW, zone=UTC, week_start=0)
    assert [(s.spent, str(s.percent)) for s in over] == [(1001, "100.1")]
    ledger.add(db, exact)
    st = budget.status(db, b, now=NOW, zone=UTC, week_start=0)
    assert (st.remaining, str(st.percent)) == (0, "100.0")
    assert fired(db) == [50, 80, 100]


def test_a_period_end_belongs_to_the_next_period(db) -> None:
    b = budget.set_budget(db, "overall", "monthly", "100", "USD", now=NOW)
    dec_first = datetime(2026, 12, 1, tzinfo=UTC)
    nov_first = datetime(2026, 11, 1, tzinfo=UTC)
    buy(db, "1.00", when=nov_first)  # the first instant of November counts in November
    buy(db, "2.00", when=dec_first - timedelta(seconds=1))
    later = dec_first + timedelta(days=1)
    ledger.add(
        db,
        ledger.make_purchase(
            db, platform="tiktok", units=1, amount="4.00", currency="USD",
            when=dec_first, now=later, zone=UTC, home="USD",
        ),
    )  # fmt: skip
    assert budget.status(db, b, now=NOW, zone=UTC, week_start=0).spent == 300
    assert budget.status(db, b, now=later, zone=UTC, week_start=0).spent == 400


def test_a_back_dated_entry_counts_in_its_own_period(db) -> None:
    b = budget.set_budget(db, "overall", "monthly", "10", "USD", now=NOW)
    buy(db, "8.00", when=datetime(2026, 10, 15, tzinfo=UTC))
    october = datetime(2026, 10, 20, tzinfo=UTC)
    assert budget.status(db, b, now=NOW, zone=UTC, week_start=0).spent == 0
    assert budget.status(db, b, now=october, zone=UTC, week_start=0).spent == 800
    late = ledger.make_purchase(
        db, platform="tiktok", units=1, amount="3.00", currency="USD",
        when=datetime(2026, 10, 31, 23, tzinfo=UTC), now=NOW, zone=UTC, home="USD",
    )  # fmt: skip
    over = budget.over_budget(db, late, now=NOW, zone=UTC, week_start=0)
    # It takes October past its limit; November (nothing spent) is untouched.
    assert [(s.period_start.month, s.spent) for s in over] == [(10, 1100)]
    small = ledger.make_purchase(
        db, platform="tiktok", units=1, amount="1.00", currency="USD",
        when=datetime(2026, 10, 31, 23, tzinfo=UTC), now=NOW, zone=UTC, home="USD",
    )  # fmt: skip
    assert budget.over_budget(db, small, now=NOW, zone=UTC, week_start=0) == []


@pytest.mark.parametrize(
    ("now", "period", "week_start", "start", "end"),
    [
        (datetime(2026, 1, 31, 23, 59, 59), "monthly", 0, "2026-01-01", "2026-02-01"),
        (datetime(2028, 2, 29, 23, 59), "monthly", 0, "2028-02-01", "2028-03-01"),
        (datetime(2026, 4, 30, 12), "monthly", 0, "2026-04-01", "2026-05-01"),
        (datetime(2026, 12, 1, 0, 0), "monthly", 0, "2026-12-01", "2027-01-01"),
        (datetime(2026, 11, 29, 23, 59, 59), "weekly", 0, "2026-11-23", "2026-11-30"),
        (datetime(2026, 11, 28, 23, 59, 59), "weekly", 6, "2026-11-22", "2026-11-29"),
        (datetime(2026, 11, 29, 0, 0), "weekly", 6, "2026-11-29", "2026-12-06"),
        (datetime(2026, 11, 25, 12), "weekly", 2, "2026-11-25", "2026-12-02"),
    ],
)
def test_the_last_day_of_a_month_or_week_is_inside_it(now, period, week_start, start, end):
    lo, hi = budget.period_bounds(period, now.replace(tzinfo=UTC), UTC, week_start)
    assert (lo.date().isoformat(), hi.date().isoformat()) == (start, end)


def test_periods_are_cut_in_the_fans_zone() -> None:
    evening = datetime(2026, 11, 30, 3, tzinfo=UTC)  # still Sunday 29 November in New York
    lo, hi = budget.period_bounds("weekly", evening, NY, 0)
    assert (lo.isoformat(), hi.isoformat()) == (
        "2026-11-23T00:00:00-05:00",
        "2026-11-30T00:00:00-05:00",
    )
    lo, hi = budget.period_bounds("monthly", evening, NY, 0)
    assert (lo.date().isoformat(), hi.date().isoformat()) == ("2026-11-01", "2026-12-01")


def test_an_unknown_period_is_refused() -> None:
    with pytest.raises(InputError, match=r"^period: must be weekly or monthly, not 'daily'$"):
        budget.period_bounds("daily", NOW, UTC, 0)


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        (None, (50, 80, 100)),
        ("", (50, 80, 100)),
        ("1", (1,)),
        ("1000", (1000,)),
        ("80%, 50 %,100", (50, 80, 100)),
        ("90,90,75", (75, 90)),
        ([120, "60"], (60, 120)),
        ((5,), (5,)),
    ],
)
def test_thresholds_accept_whole_percents_from_1_to_1000(text, marks) -> None:
    assert budget.parse_thresholds(text) == marks


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("0", "thresholds: 0 must be between 1 and 1000"),
        ("1001", "thresholds: 1001 must be between 1 and 1000"),
        ("50,-5", "thresholds: -5 must be between 1 and 1000"),
        ("50, eighty", "thresholds: ' eighty' is not a whole percent"),
        ("7.5", "thresholds: '7.5' is not a whole percent"),
    ],
)
def test_thresholds_outside_1_to_1000_are_refused_clearly(db, text, complaint) -> None:
    with pytest.raises(InputError) as caught:
        budget.parse_thresholds(text)
    assert str(caught.value) == complaint
    with pytest.raises(InputError):
        budget.set_budget(db, "overall", "monthly", "10", "USD", thresholds=text, now=NOW)
    assert budget.budgets(db) == []


def test_setting_the_same_limit_again_needs_no_passcode(db) -> None:
    budget.set_budget(db, "overall", "monthly", "40", "USD", now=NOW)
    assert not budget.needs_passcode_to_set(db, "overall", "monthly", 4000)
    assert budget.needs_passcode_to_set(db, "overall", "monthly", 4001)
    assert not budget.needs_passcode_to_set(db, "overall", "monthly", 3999)
    assert not budget.needs_passcode_to_set(db, "platform:tiktok", "monthly", 10**9)


def test_changing_a_budget_keeps_its_thresholds_unless_new_ones_are_given(db) -> None:
    first = budget.set_budget(db, "overall", "monthly", "40", "USD", thresholds="25,75", now=NOW)
    budget.set_paused(db, first.id, True)
    again = budget.set_budget(db, "overall", "monthly", "30.50", "USD", now=NOW)
    assert (again.id, again.limit_minor, again.thresholds, again.paused) == (
        first.id,
        3050,
        (25, 75),
        False,  # setting a budget switches it back on
    )
    other = budget.set_budget(db, "overall", "weekly", "5", "usd", now=NOW)
    assert (other.thresholds, other.currency, other.period) == ((50, 80, 100), "USD", "weekly")
    changed = budget.set_budget(db, "overall", "monthly", "30", "USD", thresholds="90", now=NOW)
    assert changed.thresholds == (90,)
    assert budget.find(db, "overall", "weekly").limit_minor == 500
    created = db.execute("SELECT created_at FROM budgets WHERE id = ?", [first.id]).fetchone()
    assert created[0].startswith("2026-11-25T12:00:00")


def test_budgets_list_overall_first_then_by_scope_and_period(db) -> None:
    budget.set_budget(db, "platform:twitch", "weekly", "5", "USD", now=NOW)
    budget.set_budget(db, "creator:Mia", "weekly", "5", "USD", now=NOW)
    budget.set_budget(db, "platform:twitch", "monthly", "5", "USD", now=NOW)
    paused = budget.set_budget(db, "overall", "weekly", "5", "USD", now=NOW)
    budget.set_paused(db, paused.id, True)
    listed = [(b.scope, b.period, b.paused) for b in budget.budgets(db)]
    assert listed == [
        ("overall", "weekly", True),
        ("creator:Mia", "weekly", False),
        ("platform:twitch", "monthly", False),
        ("platform:twitch", "weekly", False),
    ]
    assert next(b.scope for b in budget.budgets(db, include_paused=False)) == "creator:Mia"
    assert [b.label for b in budget.budgets(db)][:2] == ["Overall", "Mia (creator)"]
    assert budget.get(db, paused.id).scope == "overall"


def test_an_unknown_budget_is_named_in_the_error(db) -> None:
    with pytest.raises(InputError, match=r"^budget 99 does not exist$"):
        budget.get(db, 99)
    with pytest.raises(InputError, match=r"^budget 99 does not exist$"):
        budget.set_paused(db, 99, True)


def test_removing_a_budget_forgets_its_alerts_only(db) -> None:
    keep = budget.set_budget(db, "overall", "weekly", "10", "USD", now=NOW)
    gone = budget.set_budget(db, "overall", "monthly", "10", "USD", now=NOW)
    buy(db, "6.00")
    assert fired(db) == [50, 50]
    budget.remove_budget(db, gone.id)
    assert [b.id for b in budget.budgets(db)] == [keep.id]
    rows = db.execute("SELECT budget_id FROM budget_alerts").fetchall()
    assert [r[0] for r in rows] == [keep.id]
    budget.set_budget(db, "overall", "monthly", "10", "USD", now=NOW)
    assert fired(db) == [50]  # a new budget starts with no alerts fired


@pytest.mark.parametrize(
    ("platform", "creator", "scope"),
    [(None, None, "overall"), ("twitch", None, "platform:twitch"), (None, " Mia ", "creator:Mia")],
)
def test_scopes(platform, creator, scope) -> None:
    assert budget.scope_for(platform, creator) == scope


@pytest.mark.parametrize(
    ("platform", "creator", "complaint"),
    [
        ("twitch", "Mia", "scope: choose a platform or a creator, not both"),
        (None, "   ", "creator: give the creator's name"),
    ],
)
def test_bad_scopes_are_refused(platform, creator, complaint) -> None:
    with pytest.raises(InputError) as caught:
        budget.scope_for(platform, creator)
    assert str(caught.value) == complaint


def test_each_scope_counts_only_its_own_money(db) -> None:
    overall = budget.set_budget(db, "overall", "monthly", "100", "USD", now=NOW)
    twitch = budget.set_budget(db, "platform:twitch", "monthly", "100", "USD", now=NOW)
    mia = budget.set_budget(db, "creator:Mia", "monthly", "100", "USD", now=NOW)
    buy(db, "1.00", platform="tiktok")
    buy(db, "2.00", platform="twitch")
    buy(db, "4.00", platform="twitch", when=datetime(2026, 10, 31, 23, tzinfo=UTC))
    gift(db, "Mia", 300)
    gift(db, "Leo", 500)
    gift(db, "Mia", 700, when=datetime(2026, 12, 1, tzinfo=UTC) - timedelta(microseconds=1))
    got = {
        st.budget.scope: st.spent
        for st in budget.statuses(db, now=NOW.astimezone(NY), zone=NY, week_start=0)
    }
    assert got == {"overall": 300, "platform:twitch": 200, "creator:Mia": 1000}
    for b, spent in [(overall, 300), (twitch, 200), (mia, 1000)]:
        assert budget.status(db, b, now=NOW, zone=UTC, week_start=0).spent == spent


def test_over_budget_only_asks_the_budgets_the_entry_counts_in(db) -> None:
    budget.set_budget(db, "platform:twitch", "monthly", "1", "USD", now=NOW)
    budget.set_budget(db, "creator:Mia", "monthly", "1", "USD", now=NOW)
    eur = budget.set_budget(db, "overall", "weekly", "1", "EUR", now=NOW)
    paused = budget.set_budget(db, "overall", "monthly", "1", "USD", now=NOW)
    budget.set_paused(db, paused.id, True)
    tiktok = budget.set_budget(db, "platform:tiktok", "monthly", "1", "USD", now=NOW)
    entry = buy(db, "5.00", platform="tiktok")
    over = budget.over_budget(db, entry, now=NOW, zone=UTC, week_start=0)
    assert [s.budget.id for s in over] == [tiktok.id]
    assert eur.currency == "EUR"


def test_pace_projects_the_end_of_the_period(db) -> None:
    b = budget.set_budget(db, "overall", "weekly", "100", "USD", now=NOW)
    monday = datetime(2026, 11, 23, tzinfo=UTC)
    buy(db, "10.00", when=monday)
    half_hour = budget.status(db, b, now=monday + timedelta(minutes=30), zone=UTC, week_start=0)
    assert half_hour.projected == 1000 * 168  # less than an hour in counts as one hour
    day = budget.status(db, b, now=monday + timedelta(days=1), zone=UTC, week_start=0)
    assert (day.projected, day.planned) == (7000, 0)
    assert day.period_end == datetime(2026, 11, 30, tzinfo=UTC)


def test_a_zero_limit_shows_zero_percent() -> None:
    free = budget.Budget(1, "overall", "monthly", 0, "USD", (50,), False)
    st = budget.Status(free, NOW, NOW, 500, 0, 500, ())
    assert st.percent == Decimal(0)
    assert st.remaining == -500


def test_alerts_name_their_budget_and_are_recorded(db) -> None:
    b = budget.set_budget(db, "overall", "monthly", "10", "USD", now=NOW)
    buy(db, "5.00")
    (alert,) = budget.check_thresholds(db, now=NOW.astimezone(NY), zone=NY, week_start=0)
    assert (alert.budget, alert.threshold, alert.status.spent) == (b, 50, 500)
    row = db.execute("SELECT budget_id, threshold, fired_at FROM budget_alerts").fetchone()
    assert (row[0], row[1], row[2][:19]) == (b.id, 50, "2026-11-25T12:00:00")


def make_gift(db, creator, minor, *, platform="twitch", when=NOW):
    return ledger.make_gift(
        db,
        platform=platform,
        units=10,
        creator=creator,
        when=when,
        now=NOW,
        zone=UTC,
        home="USD",
        value_minor=minor,
        value_currency="USD" if minor is not None else None,
    )


def test_a_gift_counts_only_against_its_creators_budget(db) -> None:
    mia = budget.set_budget(db, "creator:Mia", "weekly", "3", "USD", now=NOW)
    budget.set_budget(db, "creator:Leo", "weekly", "1", "USD", now=NOW)
    budget.set_budget(db, "overall", "weekly", "1", "USD", now=NOW)
    budget.set_budget(db, "platform:twitch", "weekly", "1", "USD", now=NOW)
    gift(db, "Mia", 200)
    over = budget.over_budget(db, make_gift(db, "Mia", 150), now=NOW, zone=UTC, week_start=0)
    assert [(s.budget.id, s.spent) for s in over] == [(mia.id, 350)]
    # Exactly at her limit is not over, and a gift of unknown value adds nothing.
    exact = make_gift(db, "Mia", 100)
    assert budget.over_budget(db, exact, now=NOW, zone=UTC, week_start=0) == []
    ledger.add(db, exact)
    unknown = make_gift(db, "Mia", None, platform="kick")
    assert unknown.home_minor is None
    assert budget.over_budget(db, unknown, now=NOW, zone=UTC, week_start=0) == []
    free = make_gift(db, "Mia", 0)
    assert free.home_minor == 0
    assert budget.over_budget(db, free, now=NOW, zone=UTC, week_start=0) == []


def test_whether_an_entry_is_back_dated_is_decided_in_the_fans_zone(db) -> None:
    budget.set_budget(db, "overall", "monthly", "10", "USD", now=NOW)
    buy(db, "8.00", when=datetime(2026, 10, 20, tzinfo=UTC))
    # 31 October, 22:00 in New York (1 November in UTC): it counts in October.
    late = ledger.make_purchase(
        db, platform="tiktok", units=1, amount="3.00", currency="USD",
        when=datetime(2026, 11, 1, 2, tzinfo=UTC), now=NOW, zone=NY, home="USD",
    )  # fmt: skip
    over = budget.over_budget(db, late, now=NOW.astimezone(NY), zone=NY, week_start=0)
    assert [(s.period_start.month, s.spent) for s in over] == [(10, 1100)]


def test_an_entry_at_exactly_the_period_end_is_checked_against_the_next_period(db) -> None:
    budget.set_budget(db, "overall", "monthly", "10", "USD", now=NOW)
    budget.set_budget(db, "overall", "weekly", "100", "USD", now=NOW)
    late_november = datetime(2026, 11, 30, 12, tzinfo=UTC)
    buy(db, "8.00", when=late_november)
    december = ledger.make_purchase(
        db, platform="tiktok", units=1, amount="3.00", currency="USD",
        when=datetime(2026, 12, 1, tzinfo=UTC), now=late_november, zone=UTC, home="USD",
    )  # fmt: skip
    assert budget.over_budget(db, december, now=late_november, zone=UTC, week_start=0) == []
    november = ledger.make_purchase(
        db, platform="tiktok", units=1, amount="3.00", currency="USD",
        when=datetime(2026, 11, 30, 23, 59, 59, tzinfo=UTC), now=late_november, zone=UTC,
        home="USD",
    )  # fmt: skip
    over = budget.over_budget(db, november, now=late_november, zone=UTC, week_start=0)
    assert [(s.budget.period, s.spent) for s in over] == [("monthly", 1100)]


def test_statuses_and_alerts_use_the_fans_zone_and_week(db) -> None:
    weekly = budget.set_budget(db, "overall", "weekly", "10", "USD", now=NOW)
    monthly = budget.set_budget(db, "overall", "monthly", "10", "USD", now=NOW)
    # Saturday 21 November, 22:00 in New York: already Sunday 22 in UTC.
    buy(db, "6.00", when=datetime(2026, 11, 22, 3, tzinfo=UTC))
    # 31 October, 22:00 in New York: already November in UTC.
    buy(db, "7.00", when=datetime(2026, 11, 1, 2, tzinfo=UTC))
    local = NOW.astimezone(NY)
    got = {
        st.budget.id: st.spent
        for st in budget.statuses(db, now=local, zone=NY, week_start=6)  # Sunday weeks
    }
    assert got == {weekly.id: 0, monthly.id: 600}
    in_utc = {st.budget.id: st.spent for st in budget.statuses(db, now=NOW, zone=UTC, week_start=6)}
    assert in_utc == {weekly.id: 600, monthly.id: 1300}
    alerts = budget.check_thresholds(db, now=local, zone=NY, week_start=6)
    assert [(a.budget.id, a.threshold) for a in alerts] == [(monthly.id, 50)]
    entry = ledger.make_purchase(
        db, platform="tiktok", units=1, amount="9.50", currency="USD",
        when=NOW, now=NOW, zone=NY, home="USD",
    )  # fmt: skip
    over = budget.over_budget(db, entry, now=local, zone=NY, week_start=6)
    assert [(s.budget.id, s.spent) for s in over] == [(monthly.id, 1550)]


def test_a_limit_is_read_in_its_own_currency(db) -> None:
    yen = budget.set_budget(db, "overall", "monthly", "5000", "JPY", now=NOW)
    kwd = budget.set_budget(db, "overall", "weekly", "1.5", "KWD", now=NOW)
    assert (yen.limit_minor, kwd.limit_minor) == (5000, 1500)


def test_a_creator_name_may_contain_a_colon(db) -> None:
    scope = budget.scope_for(creator="DJ: Mia")
    b = budget.set_budget(db, scope, "weekly", "10", "USD", now=NOW)
    assert b.label == "DJ: Mia (creator)"
    gift(db, "DJ: Mia", 400)
    gift(db, " Mia", 900)
    assert budget.status(db, b, now=NOW, zone=UTC, week_start=0).spent == 400
