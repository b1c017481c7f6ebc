"""Sample data for ``--demo``: each capability adds its own part here."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from companion.core.bundles import store as bundles
from companion.core.money import rates
from companion.core.store.settings import Settings

if TYPE_CHECKING:
    from sqlite_utils import Database


def seed_demo(db: Database, now: datetime) -> None:
    today = now.date()
    Settings(db).set("tray_notice_shown", False)
    _seed_bundles(db, today)
    _seed_budget(db, now)
    _seed_calendar(db, now)


def _seed_bundles(db: Database, today: date) -> None:
    bundles.ensure_catalog(db)
    rates.set_rate(
        db, "USD", "EUR", "0.92", today.isoformat(), "demo: seen at my bank", today=today
    )
    rates.set_rate(
        db,
        "USD",
        "GBP",
        "0.79",
        (today - timedelta(days=45)).isoformat(),
        "demo: an old rate, marked stale",
        today=today,
    )
    web = bundles.bundles(db, today=today, platform="tiktok", channel="web")[0]
    bundles.add_promotion(
        db,
        web.id,
        "percent",
        10,
        (today + timedelta(days=5)).isoformat(),
        "demo: weekend bonus",
        today=today,
    )
    big = bundles.bundles(db, today=today, platform="twitch")[-1]
    bundles.add_promotion(
        db,
        big.id,
        "units",
        1000,
        (today + timedelta(days=2)).isoformat(),
        "demo: launch promotion",
        today=today,
    )
    bundles.add_bundle(
        db,
        "telegram",
        {
            "units": 50,
            "price": "0.99",
            "currency": "USD",
            "channel": "ios",
            "region": "US",
            "source": "demo: seen in the app",
        },
        today=today,
    )


def _seed_budget(db: Database, now: datetime) -> None:
    """A few months of history, two budgets, and this month's overall budget past 50 %."""
    import random
    from zoneinfo import ZoneInfo

    from companion.core.budget import budget, ledger

    zone = ZoneInfo("UTC")
    rng = random.Random(42)
    buys = [
        ("tiktok", 330, "4.99"),
        ("tiktok", 1321, "19.99"),
        ("twitch", 500, "7.00"),
        ("twitch", 100, "1.40"),
        ("facebook", 490, "5.99"),
    ]
    creators = {
        "tiktok": ["Mia Sings", "ChefLeo"],
        "twitch": ["PixelPaws"],
        "facebook": ["Mia Sings"],
    }

    def buy(platform: str, units: int, price: str, when: datetime) -> ledger.Entry:
        return ledger.make_purchase(
            db,
            platform=platform,
            units=units,
            amount=price,
            currency="USD",
            when=when,
            now=now,
            zone=zone,
            home="USD",
            note="demo",
        )

    def give(platform: str, units: int, creator: str, when: datetime, cents: int) -> ledger.Entry:
        return ledger.make_gift(
            db,
            platform=platform,
            units=units,
            creator=creator,
            when=when,
            now=now,
            zone=zone,
            home="USD",
            value_minor=cents,
            value_currency="USD",
        )

    entries = []
    month_start, _ = budget.period_bounds("monthly", now, zone, 0)
    for days_ago in range(120, 0, -4):
        when = now - timedelta(days=days_ago, hours=rng.randint(0, 10))
        if when >= month_start - timedelta(hours=12):
            break  # this month is seeded below, so it lands just past the 50 % mark
        platform, units, price = rng.choice(buys)
        entries.append(buy(platform, units, price, when))
        gift_units, who = max(1, units // 2), rng.choice(creators[platform])
        entries.append(
            give(platform, gift_units, who, when + timedelta(hours=1), int(float(price) * 50))
        )
    ledger.add_many(db, entries)
    budget.set_budget(db, "overall", "monthly", "40", "USD", now=now)
    budget.set_budget(db, budget.scope_for(creator="Mia Sings"), "weekly", "5", "USD", now=now)
    this_month = max(month_start, now - timedelta(hours=3))
    ledger.add(db, buy("tiktok", 1321, "19.99", this_month))
    ledger.add(db, buy("twitch", 500, "7.00", this_month))
    ledger.add(db, give("tiktok", 330, "Mia Sings", this_month, 499))
    budget.check_thresholds(db, now=now, zone=zone, week_start=0)


def _seed_calendar(db: Database, now: datetime) -> None:
    """Creators in three zones with upcoming lives, one weekly across a DST change."""
    from zoneinfo import ZoneInfo

    from companion.core.calendar import creators, schedule

    home = ZoneInfo("UTC")
    people = [
        ("Mia Sings", "twitch", "https://www.twitch.tv/miasings", "America/New_York", True),
        ("ChefLeo", "tiktok", "https://www.tiktok.com/@chefleo", "Europe/Paris", False),
        ("PixelPaws", "youtube", "https://www.youtube.com/@pixelpaws", "Asia/Tokyo", True),
    ]
    ids = {}
    for name, platform, url, zone, fav in people:
        who = creators.find_creator(db, name) or creators.save_creator(
            db, name=name, platform=platform, profile_url=url, zone=zone, favourite=fav, now=now
        )
        ids[name] = who.id
    day = (now + timedelta(days=1)).date()
    lives = [
        (
            "Karaoke night",
            "Mia Sings",
            f"{day}T20:00",
            "America/New_York",
            "FREQ=WEEKLY;BYDAY=" + ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][day.weekday()],
            "5.00",
        ),
        (
            "Cooking live",
            "ChefLeo",
            f"{day + timedelta(days=2)}T19:30",
            "Europe/Paris",
            "FREQ=WEEKLY;BYDAY=SU",
            None,
        ),
        (
            "Speedrun night",
            "PixelPaws",
            f"{day + timedelta(days=3)}T21:00",
            "Asia/Tokyo",
            None,
            "10.00",
        ),
        ("Birthday stream", "Mia Sings", f"{day + timedelta(days=9)}", None, None, None),
    ]
    for title, who, start, zone, rule, planned in lives:
        row = schedule.build_event_row(
            db,
            title=title,
            start=start,
            zone=zone,
            duration_min=120 if zone else 1440,
            creator_id=ids[who],
            rrule=rule,
            reminders=[10, 60],
            planned=planned,
            planned_currency="USD" if planned else None,
            home_zone=home,
            now=now,
        )
        schedule.save_event(db, row, now=now)
