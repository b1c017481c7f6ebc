"""A full disk is called a full disk, not an "input/output error"."""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.core import errors
from companion.core.errors import describe_environment_error
from tests.unit.cli_run import FIXED_NOW

_NOW = datetime(2026, 3, 14, 12, 0, tzinfo=timezone.utc)
SQLITE_IOERR_WRITE = 778
SQLITE_IOERR_FSYNC = 1034


def _io_error(code: int) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = "SQLITE_IOERR"
    return exc


class _Statvfs:
    def __init__(self, free: int) -> None:
        self.f_bavail = free // 4096
        self.f_frsize = 4096


@pytest.mark.parametrize("code", [SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC])
def test_an_io_error_on_a_full_disk_says_the_disk_is_full(tmp_path, monkeypatch, code) -> None:
    monkeypatch.setattr(os, "statvfs", lambda _path: _Statvfs(0))
    message = describe_environment_error(_io_error(code), tmp_path)
    assert "disk is full" in message.lower()


def test_an_io_error_with_room_to_spare_stays_an_io_error(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(os, "statvfs", lambda _path: _Statvfs(10 * 1024 * 1024 * 1024))
    message = describe_environment_error(_io_error(SQLITE_IOERR_WRITE), tmp_path)
    assert "input/output" in message and "full" not in message


def test_the_boundary_of_full(tmp_path, monkeypatch) -> None:
    below = errors.FULL_BELOW_BYTES - 4096
    monkeypatch.setattr(os, "statvfs", lambda _path: _Statvfs(below))
    assert "full" in describe_environment_error(_io_error(SQLITE_IOERR_WRITE), tmp_path)
    monkeypatch.setattr(os, "statvfs", lambda _path: _Statvfs(errors.FULL_BELOW_BYTES))
    assert "full" not in describe_environment_error(_io_error(SQLITE_IOERR_WRITE), tmp_path)


def test_the_folder_the_database_was_opened_in_is_checked(data_dir: Path, monkeypatch) -> None:
    from companion.core.store.db import open_database

    open_database(data_dir, now=FIXED_NOW).close()
    seen: list[str] = []

    def statvfs(path: str) -> _Statvfs:
        seen.append(os.fspath(path))
        return _Statvfs(0)

    monkeypatch.setattr(os, "statvfs", statvfs)
    assert "full" in describe_environment_error(_io_error(SQLITE_IOERR_WRITE))
    assert str(data_dir) in seen


def test_enospc_and_eio_on_a_full_disk(tmp_path, monkeypatch) -> None:
    full = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x"))
    assert "disk is full" in describe_environment_error(full).lower()
    monkeypatch.setattr(os, "statvfs", lambda _path: _Statvfs(0))
    eio = OSError(errno.EIO, "Input/output error")
    assert "disk is full" in describe_environment_error(eio, tmp_path).lower()


def test_a_real_sqlite_full_from_a_save_is_described(db) -> None:
    # SQLite's own SQLITE_FULL, raised by a real save: the database may not grow past its
    # current size, as on a disk with no free page left.
    from companion.core.budget import ledger

    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count={pages}")
    with pytest.raises(sqlite3.OperationalError) as caught:
        for _ in range(500):
            ledger.add(
                db,
                ledger.make_purchase(
                    db,
                    platform="tiktok",
                    units=330,
                    amount="4.99",
                    currency="USD",
                    when=_NOW,
                    now=_NOW,
                    zone=ZoneInfo("UTC"),
                    home="USD",
                    note="x" * 200,
                ),
            )
    assert "disk is full" in describe_environment_error(caught.value).lower()
