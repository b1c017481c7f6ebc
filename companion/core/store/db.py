"""Open the database: file mode, pragmas, backups, migrations and the newer-version guard."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from companion.core.errors import NewerDatabaseError, StoreError, note_data_folder
from companion.core.store import paths
from companion.core.store.copies import backup_to, prune_backups
from companion.core.store.copies import create_private_file as _create_private_file
from companion.core.store.lazydb import write_transaction
from companion.core.store.ready import BUSY_TIMEOUT_MS
from companion.core.store.schema import MIGRATIONS, known_migration_names

DEFAULT_BACKUPS_TO_KEEP = 5


class CompanionDatabase(Database):
    """sqlite-utils' Database whose ``atomic()`` takes the write lock up front
    (``lazydb.write_transaction``); a nested one is sqlite-utils' savepoint."""

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        with write_transaction(self.conn, self):
            yield self


def connect(path: Path) -> Database:
    """A connection with the pragmas every connection needs (they are per-connection)."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = CompanionDatabase(conn, execute_plugins=False)
    mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError(f"Could not switch {path} to write-ahead logging (got {mode!r}).")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    return db


def memory_database() -> Database:
    """A migrated in-memory database, for tests and throwaway runs."""
    db = CompanionDatabase(memory=True, execute_plugins=False)
    db.execute("PRAGMA foreign_keys=ON")
    MIGRATIONS.apply(db)
    return db


def applied_migration_names(db: Database) -> list[str]:
    return [m.name for m in MIGRATIONS.applied(db)]


def check_not_newer(db: Database, path: Path) -> None:
    """Refuse a database that has migrations this version does not know (written by a newer app)."""
    known = known_migration_names()
    unknown = [name for name in applied_migration_names(db) if name not in known]
    if unknown:
        raise NewerDatabaseError(
            f"The data in {path} was saved by a newer version of Fan Companion "
            f"(it has changes this version does not know: {', '.join(unknown)}). "
            "Install the newer version to open it; the file was left untouched."
        )


def _timestamp(now: datetime) -> str:
    return now.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def open_database(
    data_dir: Path,
    *,
    now: datetime,
    backups_to_keep: int = DEFAULT_BACKUPS_TO_KEEP,
    inspect: Callable[[Database], None] | None = None,
) -> Database:
    """Open (creating if needed) the user's database and bring its schema up to date.

    Before migrating an existing database it is copied into ``backups/`` (named for ``now``, the
    caller's clock); a database from a newer app version raises :class:`NewerDatabaseError`
    before anything is written. ``inspect`` (the integrity check) sees the file before any
    migration writes to it, and raises to stop the open.
    """
    paths.ensure_data_dir(data_dir)
    note_data_folder(data_dir)
    path = paths.database_path(data_dir)
    fresh = not path.exists()
    if fresh:
        _create_private_file(path)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        probe = Database(conn, execute_plugins=False)
        check_not_newer(probe, path)
    finally:
        conn.close()
    db = connect(path)
    try:
        if inspect is not None and not fresh:
            inspect(db)
        pending = MIGRATIONS.pending(db)
        if pending and applied_migration_names(db):
            folder = paths.backups_dir(data_dir)
            backup_to(db, folder / f"pre-migration-{_timestamp(now)}.sqlite3")
            prune_backups(folder, backups_to_keep, prefix="pre-migration-")
        MIGRATIONS.apply(db)
    except BaseException:
        db.close()
        raise
    return db


def open_read_only(data_dir: Path) -> Database:
    """The user's database for reading only, when its folder or file cannot be written.

    Nothing is migrated or created; a database that needs updating is refused. Without write
    access SQLite cannot make the WAL index, so the file is then opened as immutable (nobody can
    change it while we read: the folder is read-only to us too).
    """
    path = paths.database_path(data_dir)
    if not path.is_file():
        raise StoreError(
            f"{data_dir} is read-only and has no Fan Companion data yet; "
            "choose a folder you can write to"
        )
    uri = path.resolve().as_uri()
    last: sqlite3.Error | None = None
    for flags in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(f"{uri}?{flags}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            conn.close()
            last = exc
            continue
        db = CompanionDatabase(conn, execute_plugins=False)
        try:
            check_not_newer(db, path)
            if MIGRATIONS.pending(db):
                raise StoreError(
                    f"The data in {path} needs updating for this version, but its folder is "
                    "read-only; make it writable and try again."
                )
        except BaseException:
            db.close()
            raise
        return db
    assert last is not None
    raise last
