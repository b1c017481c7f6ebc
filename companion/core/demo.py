"""Sample data for ``--demo``: each capability adds its own part here."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from companion.core import bundles, rates
from companion.core.settings import Settings

if TYPE_CHECKING:
    from sqlite_utils import Database


def seed_demo(db: Database, now: datetime | None = None) -> None:
    now = now or datetime.now(timezone.utc)
    today = now.date()
    Settings(db).set("tray_notice_shown", False)
    _seed_bundles(db, today)


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
