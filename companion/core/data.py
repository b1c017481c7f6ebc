"""Open the fan's data ready to use: the database plus the shipped data it is built on."""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.store.ready import ReadConnection


def open_store(
    data_dir: Path,
    *,
    check: bool = False,
    read_only_ok: bool = False,
    now: datetime,
) -> Database:
    """The database with the shipped catalog loaded; ``check`` runs SQLite's quick_check first
    (the app does at start) and raises DamagedDatabase when it fails. With ``read_only_ok`` a
    folder or file that cannot be written is opened for reading: commands that only read still
    work, and a write fails with "read-only" when it is tried. ``now`` (the caller's clock)
    names the copy taken before a migration."""
    # Imported here: open_reader's callers often need neither (sqlite-utils is ~80 ms).
    from companion.core.bundles.store import ensure_catalog
    from companion.core.store.db import open_database, open_read_only

    if check:
        from companion.core.store.backup import DamagedDatabase, pending_recovery

        pending = pending_recovery(data_dir)
        if pending is not None:
            # Opening now would create an empty database and the offer of the backup would
            # be lost: the fan has to choose first.
            raise DamagedDatabase(
                f"damaged data was moved aside ({pending[1]}) and is waiting for you to "
                "restore a backup or start empty; start the app to choose",
                pending[0],
            )
    try:
        db = open_database(
            data_dir,
            now=now,
            inspect=(lambda db: _check(db, data_dir)) if check else None,
        )
        writable = True
    except (OSError, sqlite3.OperationalError) as exc:
        if not (read_only_ok and _is_read_only(exc)):
            raise
        db = open_read_only(data_dir)
        writable = False
        if check:
            try:
                _check(db, data_dir)
            except BaseException:
                db.close()
                raise
    try:
        if writable:
            ensure_catalog(db)
    except BaseException:
        db.close()
        raise
    return db


def _check(db: Database, data_dir: Path) -> None:
    """SQLite's quick_check (skipped when the file is as a clean check left it); raises
    DamagedDatabase with its complaint."""
    from companion.core.store.backup import DamagedDatabase, quick_check_unless_unchanged

    try:
        problem = quick_check_unless_unchanged(db, data_dir / "companion.sqlite3")
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    if problem is not None:
        raise DamagedDatabase(
            f"the data file is damaged ({problem}); start the app to move it aside "
            "and restore a backup",
            data_dir / "companion.sqlite3",
        )


def open_store_check_later(data_dir: Path, *, now: datetime) -> tuple[Database, Path | None]:
    """``open_store(check=True)`` for the window, which shows the fan's data first.

    When the file needs nothing written before it can be read (no recovery, migration or
    catalog upgrade) and only its integrity check is due, the check is left to the caller to
    run on another thread (``store.backup.check_in_place``) and the connection refuses every
    write (``PRAGMA query_only``) until ``allow_writes``: a damaged file is still found before
    anything is written to it. Returns the database and the file still to check, or None
    when nothing is left to do (a large file's check takes a second the fan need not wait)."""
    from companion.core.bundles.shipped import shipped_version
    from companion.core.store.ready import check_remembered, open_ready

    conn = open_ready(data_dir, shipped_version(), checked=False)
    if conn is None:
        return open_store(data_dir, check=True, now=now), None
    from companion.core.store import paths
    from companion.core.store.lazydb import LazyDatabase

    path = paths.database_path(data_dir)
    to_check = None if check_remembered(path) else path
    if to_check is not None:
        conn.execute("PRAGMA query_only=ON")
    # Ready as it is: nothing for open_store to do, so sqlite-utils waits for its first use.
    return cast("Database", LazyDatabase(conn)), to_check


def allow_writes(db: Database) -> None:
    """The deferred integrity check passed: writes are allowed again."""
    db.conn.execute("PRAGMA query_only=OFF")  # on the connection: no need of sqlite-utils


def open_reader(data_dir: Path) -> ReadConnection | None:
    """A plain connection for reading, when the data needs nothing that ``open_store(check=True)``
    would do first (recovery, migration, catalog upgrade, an integrity check); else None."""
    from companion.core.bundles.shipped import shipped_version
    from companion.core.store.ready import open_ready

    return open_ready(data_dir, shipped_version())


def _is_read_only(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(exc).lower()
    return code in (8, 14) or "readonly" in text or "read-only" in text or "unable to open" in text
