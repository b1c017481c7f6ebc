"""The store: schema, pragmas, file mode, backups and the newer-version refusal."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from companion.core.errors import NewerDatabaseError
from companion.core.store import paths
from companion.core.store.db import backup_to, open_database, prune_backups
from companion.core.store.schema import MIGRATIONS, known_migration_names
from tests.unit.cli_run import FIXED_NOW


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_open_creates_the_database_in_the_data_dir(data_dir: Path) -> None:
    db = open_database(data_dir, now=FIXED_NOW)
    try:
        assert paths.database_path(data_dir).is_file()
        assert set(known_migration_names()) == {m.name for m in MIGRATIONS.applied(db)}
    finally:
        db.close()


def test_settings_table_has_explicit_typed_columns(db) -> None:
    columns = {c.name: c.type for c in db["settings"].columns}
    assert columns == {"key": "TEXT", "value": "TEXT"}
    assert db["settings"].pks == ["key"]


def test_connection_uses_wal_full_sync_and_foreign_keys(db) -> None:
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_database_file_is_private_to_the_user(db, data_dir: Path) -> None:
    mode = stat.S_IMODE(os.stat(paths.database_path(data_dir)).st_mode)
    assert mode == 0o600


def test_database_from_a_newer_version_is_refused_and_left_untouched(data_dir: Path) -> None:
    db = open_database(data_dir, now=FIXED_NOW)
    db["_sqlite_migrations"].insert(
        {"migration_set": "companion", "name": "m999_from_the_future", "applied_at": "2030"}
    )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path = paths.database_path(data_dir)
    before = _sha(path)
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_database(data_dir, now=FIXED_NOW)
    assert _sha(path) == before


def test_reopening_is_idempotent_and_keeps_data(data_dir: Path) -> None:
    db = open_database(data_dir, now=FIXED_NOW)
    db["settings"].insert({"key": "home_currency", "value": '"EUR"'})
    db.close()
    db = open_database(data_dir, now=FIXED_NOW)
    try:
        assert db["settings"].get("home_currency")["value"] == '"EUR"'
        assert not paths.backups_dir(data_dir).exists()  # nothing pending, nothing copied
    finally:
        db.close()


def test_pending_migrations_are_preceded_by_a_backup(data_dir: Path) -> None:
    names = sorted(known_migration_names())
    assert len(names) >= 2, "needs at least two migrations to simulate an older database"
    last = [m.name for m in MIGRATIONS.pending(_empty())][-1]
    path = paths.database_path(data_dir)
    data_dir.mkdir(parents=True)
    from sqlite_utils import Database

    old = Database(path, execute_plugins=False)
    MIGRATIONS.apply(old, stop_before=last)
    old["settings"].insert({"key": "home_currency", "value": '"JPY"'})
    old.close()

    db = open_database(data_dir, now=FIXED_NOW)
    db.close()
    backups = list(paths.backups_dir(data_dir).glob("pre-migration-*.sqlite3"))
    # Named for the caller's clock, not the machine's.
    assert [b.name for b in backups] == ["pre-migration-20261125T120000000000Z.sqlite3"]
    copy = sqlite3.connect(backups[0])
    applied = {row[0] for row in copy.execute("SELECT name FROM _sqlite_migrations")}
    assert last not in applied
    assert copy.execute("SELECT value FROM settings").fetchone()[0] == '"JPY"'
    copy.close()


def _empty():
    from sqlite_utils import Database

    return Database(memory=True, execute_plugins=False)


def test_backup_copy_is_complete_and_old_backups_are_pruned(db, tmp_path: Path) -> None:
    db["settings"].insert({"key": "home_currency", "value": '"GBP"'})
    folder = tmp_path / "bk"
    for i in range(4):
        backup_to(db, folder / f"daily-2026010{i}.sqlite3")
    removed = prune_backups(folder, keep=2, prefix="daily-")
    assert [p.name for p in removed] == ["daily-20260100.sqlite3", "daily-20260101.sqlite3"]
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == ["daily-20260102.sqlite3", "daily-20260103.sqlite3"]
    copy = sqlite3.connect(folder / kept[-1])
    assert copy.execute("SELECT value FROM settings").fetchone()[0] == '"GBP"'
    copy.close()
