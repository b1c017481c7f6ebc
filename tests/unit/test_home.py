"""Home's figures: which lives come next, each budget's state, wallets and the latest alerts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from companion.core import home
from companion.core.budget import budget, ledger
from companion.core.calendar import creators, schedule

UTC = ZoneInfo("UTC")


def _status(spent: int, *, limit: int = 1000, projected: int | None = None, paused=False):
    b = budget.Budget(1, "overall", "monthly", limit, "USD", (50, 80, 100), paused)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    end = datetime(2026, 12, 1, tzinfo=UTC)
    return budget.Status(b, start, end, spent, 0, spent if projected is None else projected, ())


@pytest.mark.parametrize(
    ("spent", "projected", "state"),
    [
        (0, None, home.OK),
        (799, None, home.OK),  # one minor unit short of 80 %
        (800, None, home.NEAR),  # exactly 80 %
        (1000, None, home.NEAR),  # exactly at the limit is not over (as the over-budget question)
        (1001, None, home.OVER),  # one past
        (100, 1000, home.OK),  # the pace lands exactly on the limit
        (100, 1001, home.NEAR),  # the pace goes over: warn before it happens
    ],
)
def test_budget_state_boundaries(spent, projected, state) -> None:
    assert home.budget_state(_status(spent, projected=projected)) == state


def test_a_paused_budget_is_paused_even_when_over() -> None:
    assert home.budget_state(_status(5000, paused=True)) == home.PAUSED


def _live(db, now, title, start, who=None, minutes=60):
    row = schedule.build_event_row(
        db,
        title=title,
        start=start,
        zone="UTC",
        duration_min=minutes,
        creator_id=who,
        home_zone=UTC,
        now=now,
    )
    return schedule.save_event(db, row, now=now)


def _creator(db, now, name, favourite):
    return creators.save_creator(db, name=name, zone="UTC", favourite=favourite, now=now).id


def test_next_lives_are_favourites_first_and_skip_what_is_over(db, fixed_now) -> None:
    fav = _creator(db, fixed_now, "Mia", True)
    other = _creator(db, fixed_now, "Leo", False)
    _live(db, fixed_now, "Finished", "2026-11-25T10:00", fav)  # ended 11:00, before 12:00
    _live(db, fixed_now, "On now", "2026-11-25T11:30", fav)  # 11:30-12:30: live
    _live(db, fixed_now, "Leo's show", "2026-11-25T13:00", other)
    _live(db, fixed_now, "Mia tomorrow", "2026-11-26T20:00", fav)
    _live(db, fixed_now, "Too far", "2026-12-10T20:00", fav)  # past the fortnight
    titles = [a.occurrence.title for a in home.next_lives(db, fixed_now, UTC)]
    assert titles == ["On now", "Mia tomorrow"]


def test_next_lives_fall_back_to_everyone_without_favourites(db, fixed_now) -> None:
    leo = _creator(db, fixed_now, "Leo", False)
    _live(db, fixed_now, "Leo's show", "2026-11-25T13:00", leo)
    _live(db, fixed_now, "No one's", "2026-11-25T14:00")
    titles = [a.occurrence.title for a in home.next_lives(db, fixed_now, UTC)]
    assert titles == ["Leo's show", "No one's"]


def test_next_lives_stop_at_the_limit(db, fixed_now) -> None:
    for day in range(1, 8):
        _live(db, fixed_now, f"Day {day}", f"{(fixed_now + timedelta(days=day)):%Y-%m-%d}T20:00")
    assert len(home.next_lives(db, fixed_now, UTC, limit=5)) == 5


def test_wallets_show_chosen_platforms_even_at_zero(db, fixed_now) -> None:
    from companion.core.bundles import store

    store.ensure_catalog(db)
    entry = ledger.make_purchase(
        db,
        platform="tiktok",
        units=330,
        amount="4.99",
        currency="USD",
        when=fixed_now,
        now=fixed_now,
        zone=UTC,
        home="USD",
    )
    ledger.add(db, entry)
    lines = home.wallet_lines(db, ("twitch", "tiktok", "nosuchplatform"))
    assert [(w.platform, w.balance) for w in lines] == [("tiktok", 330), ("twitch", 0)]
    assert lines[0].unit == "Coins"


def test_latest_alerts_newest_first(db, fixed_now) -> None:
    b = budget.set_budget(db, "overall", "monthly", "10", "USD", now=fixed_now)
    for threshold, hours_ago in ((50, 5), (80, 1)):
        db["budget_alerts"].insert(
            {
                "budget_id": b.id,
                "period_start": "2026-11-01T00:00:00+00:00",
                "threshold": threshold,
                "fired_at": (fixed_now - timedelta(hours=hours_ago)).isoformat(),
            }
        )
    alerts = home.latest_alerts(db)
    assert [(a.threshold, a.label) for a in alerts] == [(80, "Overall"), (50, "Overall")]
    assert alerts[0].fired_at == datetime(2026, 11, 25, 11, 0, tzinfo=timezone.utc)


def test_platforms_used_setting_round_trip() -> None:
    assert home.platforms_used(" tiktok, twitch ,,") == ("tiktok", "twitch")
    assert home.platforms_used("") == ()


@pytest.mark.parametrize(
    ("url", "platform", "handle"),
    [
        ("https://www.tiktok.com/@chefleo", "tiktok", "chefleo"),
        ("twitch.tv/miasings", "twitch", "miasings"),  # no scheme: https is assumed
        ("https://www.youtube.com/@pixelpaws/videos", "youtube", "pixelpaws"),
        ("https://www.youtube.com/c/pixel", "youtube", "pixel"),
    ],
)
def test_a_profile_link_gives_platform_and_handle(url, platform, handle) -> None:
    found = home.profile_from_url(url)
    assert (found.platform, found.handle) == (platform, handle)


@pytest.mark.parametrize(
    "url",
    [
        "https://tiktok.com.evil.io/@chefleo",  # a look-alike domain
        "http://www.twitch.tv/mia",  # not https
        "https://www.tiktok.com/coin",  # a page, not a person
        "https://www.twitch.tv/",
        "",
    ],
)
def test_a_profile_link_off_the_official_site_or_without_a_handle_is_refused(url) -> None:
    from companion.core.errors import InputError

    with pytest.raises(InputError):
        home.profile_from_url(url)


def test_a_favourite_after_the_first_day_still_comes_before_others_tomorrow(db, fixed_now) -> None:
    fav = _creator(db, fixed_now, "Mia", True)
    leo = _creator(db, fixed_now, "Leo", False)
    for hour in range(13, 20):  # seven of Leo's lives within the next day
        _live(db, fixed_now, f"Leo {hour}", f"2026-11-25T{hour}:00", leo)
    _live(db, fixed_now, "Mia in three days", "2026-11-28T20:00", fav)
    titles = [a.occurrence.title for a in home.next_lives(db, fixed_now, UTC, limit=5)]
    assert titles == ["Mia in three days"]


@pytest.mark.parametrize("in_first_day", [4, 5])
def test_favourites_at_and_below_the_limit_in_the_first_day(db, fixed_now, in_first_day) -> None:
    fav = _creator(db, fixed_now, "Mia", True)
    for i in range(in_first_day):
        _live(db, fixed_now, f"Mia {i}", f"2026-11-25T{13 + i}:00", fav)
    # Exactly one day ahead starts outside the first look ([now, now + 1 day)).
    _live(db, fixed_now, "Mia a day later", "2026-11-26T12:00", fav)
    titles = [a.occurrence.title for a in home.next_lives(db, fixed_now, UTC, limit=5)]
    expected = [f"Mia {i}" for i in range(in_first_day)]
    assert titles == (expected if in_first_day == 5 else [*expected, "Mia a day later"])


def test_without_favourites_a_full_first_day_is_the_answer(db, fixed_now) -> None:
    for hour in range(13, 19):
        _live(db, fixed_now, f"Show {hour}", f"2026-11-25T{hour}:00")
    _live(db, fixed_now, "Friday morning", "2026-11-27T09:00")
    titles = [a.occurrence.title for a in home.next_lives(db, fixed_now, UTC, limit=5)]
    assert titles == [f"Show {hour}" for hour in range(13, 18)]
