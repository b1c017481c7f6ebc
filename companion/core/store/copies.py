"""Copies of the data file (SQLite's backup API) and pruning old ones. Apart from store.db so
the daily backup's thread copies through a plain connection and never imports sqlite-utils
(10 MB resident for the rest of the run)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Protocol


class Connected(Protocol):
    """sqlite-utils' Database, store.lazydb's stand-in: anything holding the connection."""

    @property
    def conn(self) -> sqlite3.Connection: ...


def create_private_file(path: Path) -> None:
    # Create the file ourselves so it is 0600 from the first byte, not after a chmod race.
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def backup_to(db: Connected, dest: Path) -> Path:
    """Copy the live database to ``dest`` with SQLite's online backup API (consistent under WAL)."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not dest.exists():
        create_private_file(dest)
    target = sqlite3.connect(str(dest))
    try:
        db.conn.backup(target)
        # A backup is one self-contained file: no -wal or -shm beside it.
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
    return dest


def prune_backups(folder: Path, keep: int, prefix: str = "") -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns what was removed."""
    backups = sorted(folder.glob(f"{prefix}*.sqlite3"))
    doomed = backups[: max(0, len(backups) - keep)]
    for old in doomed:
        old.unlink(missing_ok=True)
    return doomed
