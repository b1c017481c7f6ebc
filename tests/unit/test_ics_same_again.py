"""Importing the same calendar again, into a calendar untouched since: nothing changes, and the
report says what the full import would say. Anything else takes the full import."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.core.calendar import creators, ics, schedule
from companion.core.errors import InputError
from companion.core.store.db import memory_database

UTC = ZoneInfo("UTC")
NOW = datetime(2026, 11, 25, tzinfo=timezone.utc)
ROOT = Path(__file__).resolve().parents[1]
FILES = [
    *sorted((ROOT / "real" / "calendars").glob("*.ics")),
    *sorted((ROOT / "hostile" / "files" / "real").rglob("*.ics"))[::9],
]


def _rows(db) -> list[tuple]:
    return [
        *db.execute("SELECT * FROM events ORDER BY id").fetchall(),
        *db.execute("SELECT * FROM event_overrides ORDER BY 1").fetchall(),
    ]


def _import(db, data: bytes, **kw) -> ics.IcsReport:
    return ics.import_ics(db, data, source="file:same.ics", now=NOW, home_zone=UTC, **kw)


def _forget(db) -> None:
    db.execute("DELETE FROM meta WHERE key LIKE 'ics_import:%'")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_same_file_again_reports_what_the_full_import_does(path: Path) -> None:
    data = path.read_bytes()
    db = memory_database()
    try:
        _import(db, data)
    except InputError:
        return  # refused: nothing is remembered, so nothing to repeat
    before = _rows(db)
    again = _import(db, data)  # the short way
    assert _rows(db) == before
    _forget(db)
    full = _import(db, data)  # the full way, into the same calendar
    assert _rows(db) == before
    assert (again.added, again.updated, again.removed, again.skipped, again.warnings) == (
        full.added,
        full.updated,
        full.removed,
        full.skipped,
        full.warnings,
    )


def _only_event(db) -> schedule.Event:
    (event,) = schedule.events(db)
    return event


CAL = (ROOT / "real" / "calendars" / "exchange-2010-weekly-derived.ics").read_bytes()


def test_an_edit_made_since_is_undone_by_the_file_as_before() -> None:
    db = memory_database()
    _import(db, CAL)
    title = _only_event(db).title
    db.execute("UPDATE events SET title = 'Changed here'")
    _import(db, CAL)
    assert _only_event(db).title == title


def test_the_same_bytes_for_another_creator_or_lead_are_imported_again() -> None:
    db = memory_database()
    mia = creators.save_creator(db, name="Mia", zone="UTC", now=NOW).id
    _import(db, CAL)
    _import(db, CAL, creator_id=mia)
    assert _only_event(db).creator_id == mia
    assert _only_event(db).reminders == (10,)  # the file sets no alarm: the default lead
    _import(db, CAL, creator_id=mia, default_lead=30)
    assert _only_event(db).reminders == (30,)


def test_a_feed_that_changed_is_read_in_full() -> None:
    db = memory_database()
    _import(db, CAL, prune=True)
    changed = CAL.replace(b"SUMMARY:", b"SUMMARY:New ", 1)
    report = _import(db, changed, prune=True)
    assert report.updated == 1 and _only_event(db).title.startswith("New ")
