"""The plain read connection ``companion budget`` uses when the data needs nothing done first,
and the full open it falls back to whenever something does."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlite_utils import Database

from companion.core.data import open_reader, open_store
from companion.core.store import backup, paths, ready
from companion.core.store.schema import MIGRATIONS
from tests.conftest import FIXED_NOW
from tests.unit.cli_run import run

PAST_NS = 1_600_000_000 * 10**9


def _checked_store(data_dir: Path) -> Path:
    """A database at rest whose clean integrity check is remembered."""
    db = open_store(data_dir, now=FIXED_NOW)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    live = paths.database_path(data_dir)
    os.utime(live, ns=(PAST_NS, PAST_NS))
    open_store(data_dir, check=True, now=FIXED_NOW).close()
    os.utime(live, ns=(PAST_NS, PAST_NS))
    return live


def test_the_migration_names_match_the_schema() -> None:
    names = [m.name for m in MIGRATIONS.pending(Database(memory=True, execute_plugins=False))]
    assert list(ready.MIGRATION_NAMES) == names


def test_ready_data_is_read_through_a_plain_connection(data_dir: Path) -> None:
    _checked_store(data_dir)
    conn = open_reader(data_dir)
    assert isinstance(conn, ready.ReadConnection)
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    conn.close()


def test_a_missing_database_is_left_to_the_full_open(data_dir: Path) -> None:
    assert open_reader(data_dir) is None
    assert not paths.database_path(data_dir).exists()


def test_an_unchecked_file_is_left_to_the_full_open(data_dir: Path) -> None:
    live = _checked_store(data_dir)
    os.utime(live, ns=(PAST_NS + 1, PAST_NS + 1))  # changed since its check
    assert open_reader(data_dir) is None


def test_a_pending_recovery_is_left_to_the_full_open(data_dir: Path) -> None:
    _checked_store(data_dir)
    (data_dir / backup.PENDING_RECOVERY).write_text(json.dumps({"moved": "x", "problem": "y"}))
    assert open_reader(data_dir) is None


@pytest.mark.parametrize("change", ["pending", "newer", "catalog"])
def test_data_that_needs_work_is_left_to_the_full_open(data_dir: Path, change: str) -> None:
    live = _checked_store(data_dir)
    db = open_store(data_dir, now=FIXED_NOW)
    if change == "pending":
        db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_csv_mappings'")
    elif change == "newer":
        db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('companion', 'm999_from_the_future', '2030-01-01')"
        )
    else:
        db.execute("UPDATE meta SET value = 'old' WHERE key = 'catalog_version'")
    db.conn.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    # Make the changed file look checked, so only the content decides.
    os.utime(live, ns=(PAST_NS, PAST_NS))
    marker = live.with_name(live.name + ready.CHECKED_SUFFIX)
    marker.write_text(ready.signature(live)[0], encoding="ascii")  # type: ignore[index]
    assert open_reader(data_dir) is None


def test_budget_status_reads_the_same_either_way(data_dir: Path, capsys) -> None:
    assert run(capsys, "budget", "--json")[:2] == (0, "[]\n")  # creates the database
    _checked_store(data_dir)
    assert run(capsys, "budget", "--json")[:2] == (0, "[]\n")
    assert run(capsys, "budget")[1].startswith("No budgets yet.")
    assert run(capsys, "budget", "set", "--period", "monthly", "--limit", "40")[0] == 0
    code, out, _ = run(capsys, "budget", "--json")
    assert code == 0 and json.loads(out)[0]["limit"] == "40.00"
