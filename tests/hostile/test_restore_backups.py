"""Restoring a hostile backup: it is checked in a scratch copy and refused with one line; the
live data is untouched and every command keeps working. Each hostile file is built here from
a real backup of ours, changed the way an attacker (or a broken tool) would."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest
from harness import assert_refused_cleanly, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="rlimits are POSIX")

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=timezone.utc)


def _live(tmp_path: Path) -> Path:
    """A data folder with one purchase, made by the CLI itself."""
    data = tmp_path / "data"
    done = run_cli("log", "purchase", "tiktok", "330", "--amount", "4.99", data_dir=data, now=NOW)
    assert done.code == 0, done.stderr
    return data


def _backup(tmp_path: Path, change: Callable[[sqlite3.Connection], None] | None) -> Path:
    """A real backup of a folder with two purchases, then ``change`` applied to it."""
    other = tmp_path / "other"
    for units in ("100", "200"):
        run_cli("log", "purchase", "tiktok", units, "--amount", "1.00", data_dir=other, now=NOW)
    target = tmp_path / "hostile.sqlite"
    assert run_cli("export", str(target), data_dir=other, now=NOW).code == 0
    if change is not None:
        conn = sqlite3.connect(target, isolation_level=None)
        change(conn)
        conn.close()
    return target


def _ledger_units(data: Path) -> list[int]:
    conn = sqlite3.connect(data / "companion.sqlite3")
    try:
        return [r[0] for r in conn.execute("SELECT units FROM ledger ORDER BY id")]
    finally:
        conn.close()


def _swap_ledger_for(view_sql: str) -> Callable[[sqlite3.Connection], None]:
    def change(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA legacy_alter_table=ON")
        conn.execute("ALTER TABLE ledger RENAME TO ledger_old")
        conn.execute(view_sql)

    return change


def _corrupt_a_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    # Scribble over the second page (the first table's b-tree), leaving the header readable.
    data[page + 8 : page + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))


def _assert_changed(conn: sqlite3.Connection, table: str, needle: str) -> None:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    assert needle in sql  # the hostile change really happened


HOSTILE: dict[str, Callable[[sqlite3.Connection], None]] = {
    "recursive_view": _swap_ledger_for(
        "CREATE VIEW ledger AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i AS id, 'tiktok' AS platform, 1 AS units FROM n"
    ),
    "extra_view": lambda c: c.execute("CREATE VIEW spy AS SELECT * FROM ledger"),
    "trigger_wipes_ledger": lambda c: c.execute(
        "CREATE TRIGGER wipe AFTER INSERT ON ledger BEGIN DELETE FROM ledger; END"
    ),
    "missing_column": lambda c: c.execute("ALTER TABLE ledger DROP COLUMN note"),
    "extra_table": lambda c: c.execute("CREATE TABLE extra (a TEXT)"),
    "extra_column": lambda c: c.execute("ALTER TABLE ledger ADD COLUMN sneaky TEXT"),
    "wrong_column_type": lambda c: (
        c.execute("PRAGMA writable_schema=ON"),
        c.execute(
            "UPDATE sqlite_master SET sql = replace(sql, '\"units\" INTEGER', '\"units\" TEXT') "
            "WHERE name = 'ledger'"
        ),
        _assert_changed(c, "ledger", '"units" TEXT'),
    ),
    "newer_migration": lambda c: c.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('companion', 'm999_from_the_future', '2030-01-01')"
    ),
    "no_migrations": lambda c: c.execute("DELETE FROM _sqlite_migrations"),
    "dangling_reference": lambda c: (
        c.execute("PRAGMA foreign_keys=OFF"),
        c.execute("UPDATE ledger SET platform = 'no-such-platform'"),
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_backup_is_refused_and_the_live_data_kept(tmp_path: Path, name: str) -> None:
    data = _live(tmp_path)
    hostile = _backup(tmp_path, HOSTILE[name])
    line = assert_refused_cleanly(
        run_cli("import", str(hostile), data_dir=data, now=NOW), codes=(2,)
    )
    assert "hostile.sqlite" in line
    assert _ledger_units(data) == [330]
    # Every command still works, and a purchase is still saved next to the old one.
    again = run_cli("log", "purchase", "tiktok", "50", "--amount", "1.00", data_dir=data, now=NOW)
    assert again.code == 0, again.stderr
    assert _ledger_units(data) == [330, 50]


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda p: p.write_bytes(b""), id="zero_bytes"),
        pytest.param(lambda p: p.write_bytes(b"PK\x03\x04 not sqlite" * 500), id="not_sqlite"),
        pytest.param(_corrupt_a_page, id="corrupt_page"),
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[:4096]), id="truncated_after_header"),
    ],
)
def test_a_broken_file_is_refused_and_the_live_data_kept(tmp_path: Path, make) -> None:
    data = _live(tmp_path)
    hostile = _backup(tmp_path, None)
    make(hostile)
    assert_refused_cleanly(run_cli("import", str(hostile), data_dir=data, now=NOW), codes=(2,))
    assert _ledger_units(data) == [330]


def test_a_real_backup_still_restores(tmp_path: Path) -> None:
    data = _live(tmp_path)
    good = _backup(tmp_path, None)
    done = run_cli("import", str(good), data_dir=data, now=NOW)
    assert done.code == 0, done.stderr
    assert "Restored 2 ledger entries" in done.stdout
    assert _ledger_units(data) == [100, 200]


def test_two_restores_in_the_same_second_keep_the_original_data(tmp_path: Path) -> None:
    data = _live(tmp_path)
    good = _backup(tmp_path, None)
    for _ in range(2):
        assert run_cli("import", str(good), data_dir=data, now=NOW).code == 0
    copies = sorted((data / "backups").glob("pre-restore-*.sqlite3"))
    assert len(copies) == 2
    kept = [_units_in(copy) for copy in copies]
    assert [330] in kept  # the data from before the first restore is still somewhere
    assert [100, 200] in kept


def _units_in(path: Path) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT units FROM ledger ORDER BY id")]
    finally:
        conn.close()
