"""A damaged data file is never used by the command line: every command stops with exit 3 and
one line, ``doctor`` fails, and nothing damaged is written out as a "backup"."""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from harness import assert_refused_cleanly, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="rlimits are POSIX")

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    for units in ("330", "100"):
        done = run_cli(
            "log", "purchase", "tiktok", units, "--amount", "4.99", data_dir=data, now=NOW
        )
        assert done.code == 0, done.stderr
    live = data / "companion.sqlite3"
    conn = sqlite3.connect(live)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ledger'").fetchone()[0]
    conn.close()
    assert not Path(f"{live}-wal").exists()  # all data is in the main file
    raw = bytearray(live.read_bytes())
    page = int.from_bytes(raw[16:18], "big") or 65536
    start = (root - 1) * page
    # The schema page stays intact, so SQLite opens the file and even answers some queries;
    # the ledger's cell pointers point out of the page, which quick_check reports.
    raw[start + 8 : start + 12] = b"\xff\xff\xff\xff"
    live.write_bytes(bytes(raw))
    return data


@pytest.mark.parametrize(
    "args",
    [
        ("log", "purchase", "tiktok", "10", "--amount", "1.00"),
        ("budget",),
        ("doctor",),
    ],
)
def test_a_damaged_file_stops_every_command_with_one_line(damaged: Path, args) -> None:
    line = assert_refused_cleanly(run_cli(*args, data_dir=damaged, now=NOW), codes=(3,))
    assert "damaged" in line or "corrupt" in line or "not a Fan Companion database" in line


def test_a_damaged_file_is_never_exported_as_a_backup(damaged: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    assert_refused_cleanly(run_cli("export", str(target), data_dir=damaged, now=NOW), codes=(3,))
    assert not target.exists()
    assert not list(tmp_path.glob(".copy.sqlite*"))


def test_a_backup_of_damaged_data_is_refused_in_core(damaged: Path, tmp_path: Path) -> None:
    # The same refusal when the database was opened without the start-up check (the app's
    # long-running window, where damage can appear after it opened).
    from sqlite_utils import Database

    from companion.core.errors import StoreError
    from companion.core.store.backup import export_backup

    db = Database(sqlite3.connect(damaged / "companion.sqlite3"), execute_plugins=False)
    try:
        with pytest.raises(StoreError, match="damaged"):
            export_backup(db, tmp_path / "copy.sqlite")
    finally:
        db.close()
    assert not (tmp_path / "copy.sqlite").exists()


def test_doctor_passes_on_healthy_data(tmp_path: Path) -> None:
    done = run_cli("doctor", data_dir=tmp_path / "data", now=NOW)
    assert done.code == 0, done.stderr
    assert "database_ok" in done.stdout and "True" in done.stdout
