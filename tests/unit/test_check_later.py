"""The window's open: the fan's data is read at once and its integrity check runs beside it,
but nothing is written to the file until the check has passed."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from companion.core.data import allow_writes, open_store, open_store_check_later
from companion.core.store import backup, paths, ready

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
PAST_NS = 1_600_000_000 * 10**9


def _store_with_rows(data_dir: Path, rows: int = 300) -> Path:
    db = open_store(data_dir, now=NOW)
    with db.atomic():
        for i in range(rows):
            db.table("meta").insert({"key": f"filler-{i}", "value": "x" * 200})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return paths.database_path(data_dir)


def _damage_last_pages(live: Path, pages: int = 3) -> None:
    """Scribble over the last pages only: the schema, migrations and catalog version (the
    first pages) still read, so only the full check can tell."""
    data = bytearray(live.read_bytes())
    count = len(data) // 4096
    for page in range(count - pages, count):
        data[page * 4096 : page * 4096 + 64] = b"\xff" * 64
    live.write_bytes(bytes(data))


def _write(db) -> None:
    db.execute("INSERT INTO meta (key, value) VALUES ('written', 'yes')")
    db.conn.commit()


def test_a_sound_file_is_read_at_once_and_written_only_after_its_check(data_dir: Path) -> None:
    live = _store_with_rows(data_dir)
    db, to_check = open_store_check_later(data_dir, now=NOW)
    try:
        assert to_check == live
        assert db.execute("SELECT COUNT(*) FROM meta").fetchone()[0] > 300  # reads work
        with pytest.raises(sqlite3.OperationalError):
            _write(db)
        assert backup.check_in_place(live) is None
        allow_writes(db)
        _write(db)
        assert db.execute("SELECT value FROM meta WHERE key = 'written'").fetchone() == ("yes",)
    finally:
        db.close()


def test_a_damaged_file_is_found_and_left_exactly_as_it_was(data_dir: Path) -> None:
    live = _store_with_rows(data_dir)
    _damage_last_pages(live)
    damaged = live.read_bytes()
    db, to_check = open_store_check_later(data_dir, now=NOW)
    try:
        assert to_check == live
        with pytest.raises(sqlite3.OperationalError):
            _write(db)
        problem = backup.check_in_place(live)
    finally:
        db.close()
    assert problem  # SQLite's own words, shown in the recovery dialog
    assert live.read_bytes() == damaged
    assert not ready.check_remembered(live)


def test_a_clean_check_is_remembered_for_the_next_start(data_dir: Path) -> None:
    live = _store_with_rows(data_dir)
    os.utime(live, ns=(PAST_NS, PAST_NS))  # settled long before the check
    db, to_check = open_store_check_later(data_dir, now=NOW)
    assert to_check == live
    assert backup.check_in_place(live) is None
    db.close()
    # Unchanged since: nothing left to check, and writes are allowed at once.
    db, to_check = open_store_check_later(data_dir, now=NOW + timedelta(minutes=1))
    try:
        assert to_check is None
        _write(db)
    finally:
        db.close()


def test_a_new_folder_is_created_and_writable_at_once(data_dir: Path) -> None:
    db, to_check = open_store_check_later(data_dir, now=NOW)
    try:
        assert to_check is None
        _write(db)
    finally:
        db.close()


def test_a_file_that_needs_migrating_is_checked_before_it_is_opened(data_dir: Path) -> None:
    live = _store_with_rows(data_dir)
    db = open_store(data_dir, now=NOW)
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm012_event_ics_text'")
    db.execute("ALTER TABLE events DROP COLUMN ics")
    db.conn.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    _damage_last_pages(live)
    # A migration writes: the check cannot wait, and the damage is found first.
    with pytest.raises((backup.DamagedDatabase, sqlite3.DatabaseError)):
        open_store_check_later(data_dir, now=NOW)
    assert not list(paths.backups_dir(data_dir).glob("pre-migration-*"))
