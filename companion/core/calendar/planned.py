"""Whether any event plans spending, answered without importing the calendar's parsing.

Budget status asks on every call; most calendars plan nothing, and then the calendar modules
(events, recurrence, zones: a sixth of a ``companion budget`` process) are never needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.store.ready import ReadConnection


def calendar_version(db: Database | ReadConnection) -> str | None:
    """A value that changes whenever any event, override or creator changes (triggers)."""
    row = db.execute("SELECT value FROM meta WHERE key = 'calendar_version'").fetchone()
    return row[0] if row else None


def plans_spending(db: Database | ReadConnection) -> bool:
    """True when some event has a planned amount; kept on the connection until the calendar
    changes."""
    version = calendar_version(db)
    cache = db.__dict__.setdefault("_companion_plans", {})
    if version and cache.get("version") == version:
        return cache["plans"]
    sql = "SELECT 1 FROM events WHERE planned_minor IS NOT NULL LIMIT 1"
    plans = db.execute(sql).fetchone() is not None
    cache.update(version=version, plans=plans)
    return plans
