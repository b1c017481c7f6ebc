"""Environment failures are told apart from bugs and described in plain words."""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from companion.core.errors import describe_environment_error
from companion.core.store.db import open_database
from tests.unit.cli_run import FIXED_NOW


def test_a_locked_database_is_described_as_locked(db, data_dir: Path) -> None:
    other = sqlite3.connect(data_dir / "companion.sqlite3", timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        db.conn.execute("PRAGMA busy_timeout=0")
        with pytest.raises(sqlite3.OperationalError) as caught:
            db["settings"].insert({"key": "k", "value": "1"})
        assert "locked" in describe_environment_error(caught.value).lower()
    finally:
        other.rollback()
        other.close()


def test_a_file_that_is_not_a_database_is_described_not_crashed_on(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "companion.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        open_database(data_dir, now=FIXED_NOW)
    message = describe_environment_error(caught.value)
    assert message is not None
    assert "not a fan companion database" in message.lower()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores modes")
def test_a_read_only_folder_is_described(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises((OSError, sqlite3.Error)) as caught:
            open_database(folder, now=FIXED_NOW)
        assert describe_environment_error(caught.value) is not None
    finally:
        folder.chmod(0o700)


def test_full_disk_and_bugs_are_told_apart() -> None:
    full = OSError(errno.ENOSPC, "No space left on device", "/data/companion.sqlite3")
    assert "disk is full" in describe_environment_error(full).lower()
    assert describe_environment_error(ZeroDivisionError("bug")) is None
    assert describe_environment_error(KeyError("bug")) is None
