"""Backups built to hurt: each is refused before it replaces anything (exit 2, one line, the
live data untouched), and two restores in one second keep both safety copies."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest
from harness import assert_refused_cleanly, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="rlimits are POSIX")

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)


def sql(*statements: str) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        conn = sqlite3.connect(path)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()

    return apply


def corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 512] = b"\xde\xad" * 256  # scribble over a b-tree page
    path.write_bytes(bytes(data))


HOSTILE: dict[str, Callable[[Path], None]] = {
    "recursive-view": sql(
        "DROP TABLE ledger",
        "CREATE VIEW ledger AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
        "SELECT x AS id FROM n",
    ),
    "extra-view": sql("CREATE VIEW spy AS SELECT * FROM ledger"),
    "trigger-that-wipes-the-ledger": sql(
        "CREATE TRIGGER wipe AFTER INSERT ON ledger BEGIN DELETE FROM ledger; END"
    ),
    "our-trigger-name-other-code": sql(
        "DROP TRIGGER ledger_wallet_insert",
        "CREATE TRIGGER ledger_wallet_insert AFTER INSERT ON ledger BEGIN DELETE FROM budgets; END",
    ),
    # Not an indexed column: SQLite refuses to drop those.
    "missing-column": sql("ALTER TABLE ledger DROP COLUMN event_uid"),
    "extra-table": sql("CREATE TABLE payload (x BLOB)"),
    "wrong-column-type": sql(
        "ALTER TABLE budgets RENAME TO old_budgets",
        "CREATE TABLE budgets (id INTEGER PRIMARY KEY, scope BLOB, period TEXT, limit_minor "
        "TEXT, currency TEXT, thresholds TEXT, paused INTEGER, created_at TEXT)",
        "DROP TABLE old_budgets",
    ),
    "newer-migration": sql(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('companion', 'm999_from_the_future', '2030-01-01')"
    ),
    "corrupt-page": corrupt,
    "not-sqlite": lambda p: p.write_bytes(b"SQLite format 3\x00" + b"junk" * 2000),
    "zero-bytes": lambda p: p.write_bytes(b""),
}


@pytest.fixture
def live(tmp_path: Path) -> Path:
    data = tmp_path / "live"
    assert (
        run_cli("log", "purchase", "tiktok", "330", "--amount", "4.99", data_dir=data, now=NOW).code
        == 0
    )
    return data


def ledger_rows(data: Path) -> list[tuple]:
    conn = sqlite3.connect(data / "companion.sqlite3")
    try:
        return conn.execute("SELECT id, units, amount_minor FROM ledger").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_backup_is_refused_and_nothing_changes(live, tmp_path, name) -> None:
    made = tmp_path / f"{name}.sqlite"
    assert run_cli("export", str(made), data_dir=live, now=NOW).code == 0
    HOSTILE[name](made)
    before = ledger_rows(live)
    line = assert_refused_cleanly(run_cli("import", str(made), data_dir=live, now=NOW), codes=(2,))
    assert made.name in line and len(line) < 400
    assert ledger_rows(live) == before
    after = run_cli("log", "purchase", "tiktok", "65", "--amount", "0.99", data_dir=live, now=NOW)
    assert after.code == 0 and len(ledger_rows(live)) == len(before) + 1
    assert not list((live / "backups").glob(".restore-check-*"))  # no scratch copy left behind


def test_two_restores_in_the_same_second_keep_both_safety_copies(live, tmp_path) -> None:
    good = tmp_path / "good.sqlite"
    assert run_cli("export", str(good), data_dir=live, now=NOW).code == 0
    for _ in range(2):
        assert run_cli("import", str(good), data_dir=live, now=NOW).code == 0
    assert len(list((live / "backups").glob("pre-restore-*.sqlite3"))) == 2
