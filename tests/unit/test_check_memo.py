"""A clean quick_check is remembered, so commands that find the file as it was skip it; any
change to the file, or a change too close to the check to tell apart, checks again."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from companion.core.data import open_store
from companion.core.store import backup, paths
from tests.conftest import FIXED_NOW

PAST_NS = 1_600_000_000 * 10**9  # a fixed file time, long before any test run


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = backup.quick_check

    def counting(db):
        calls.append(1)
        return real(db)

    monkeypatch.setattr(backup, "quick_check", counting)
    return calls


def _settled_store(data_dir: Path) -> Path:
    """A closed database whose file last changed at PAST_NS, with no WAL left beside it."""
    db = open_store(data_dir, now=FIXED_NOW)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    live = paths.database_path(data_dir)
    os.utime(live, ns=(PAST_NS, PAST_NS))
    return live


def _marker(live: Path) -> Path:
    return live.with_name(live.name + backup.CHECKED_SUFFIX)


def test_an_unchanged_file_is_checked_once(data_dir: Path, checks: list[int]) -> None:
    live = _settled_store(data_dir)
    open_store(data_dir, check=True, now=FIXED_NOW).close()
    os.utime(live, ns=(PAST_NS, PAST_NS))  # closing may checkpoint; the file itself is as it was
    open_store(data_dir, check=True, now=FIXED_NOW).close()
    assert len(checks) == 1
    assert _marker(live).stat().st_mode & 0o077 == 0


def test_a_changed_file_is_checked_again(data_dir: Path, checks: list[int]) -> None:
    live = _settled_store(data_dir)
    open_store(data_dir, check=True, now=FIXED_NOW).close()
    os.utime(live, ns=(PAST_NS + 1, PAST_NS + 1))
    open_store(data_dir, check=True, now=FIXED_NOW).close()
    assert len(checks) == 2


@pytest.mark.parametrize(("gap_ns", "trusted"), [(2 * 10**9, True), (2 * 10**9 - 1, False)])
def test_a_file_changed_just_before_its_check_is_not_trusted(
    data_dir: Path, checks: list[int], gap_ns: int, trusted: bool
) -> None:
    live = _settled_store(data_dir)
    open_store(data_dir, check=True, now=FIXED_NOW).close()
    os.utime(live, ns=(PAST_NS, PAST_NS))
    os.utime(_marker(live), ns=(PAST_NS + gap_ns, PAST_NS + gap_ns))
    open_store(data_dir, check=True, now=FIXED_NOW).close()
    assert len(checks) == (1 if trusted else 2)


def test_damage_after_a_clean_check_is_still_found(data_dir: Path) -> None:
    live = _settled_store(data_dir)
    db = open_store(data_dir, now=FIXED_NOW)
    db.execute("CREATE TABLE filler (x TEXT)")
    db.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
        "INSERT INTO filler SELECT hex(randomblob(400)) FROM n"
    )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    os.utime(live, ns=(PAST_NS, PAST_NS))
    open_store(data_dir, check=True, now=FIXED_NOW).close()
    data = bytearray(live.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):
        data[offset : offset + 64] = b"\xff" * 64
    live.write_bytes(bytes(data))
    for _ in range(2):  # and found again: the damage is never remembered as clean
        with pytest.raises((backup.DamagedDatabase, sqlite3.DatabaseError)):
            open_store(data_dir, check=True, now=FIXED_NOW).close()
