"""Sample data for ``--demo``: each capability adds its own seeder here."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlite_utils import Database

from companion.core.settings import Settings


def seed_demo(db: Database, now: datetime | None = None) -> None:
    now = now or datetime.now(timezone.utc)
    Settings(db).set("tray_notice_shown", False)
