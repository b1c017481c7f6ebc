"""Backups, restore, and what to do with a damaged database. Nothing here ever deletes data:
a damaged file is moved aside, and a restore first backs up what it replaces."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.errors import InputError, StoreError
from companion.core.store import paths
from companion.core.store.db import backup_to, prune_backups
from companion.core.store.schema import known_migration_names

if TYPE_CHECKING:
    from sqlite_utils import Database

DAILY_PREFIX = "daily-"
RESTORE_PREFIX = "pre-restore-"


class DamagedDatabase(StoreError):
    """quick_check found damage; the message says what to do."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime
    entries: int
    events: int


_STAMP = "%Y%m%dT%H%M%SZ"


def _stamp(now: datetime) -> str:
    return now.astimezone(timezone.utc).strftime(_STAMP)


def _taken(path: Path, prefix: str) -> datetime:
    """When a backup we wrote was taken: from its name, which holds the injected clock's time.
    The file's modification time is the machine's clock, which tests and moved clocks disagree
    with; it is only the fallback for a file someone renamed."""
    try:
        return datetime.strptime(path.stem.removeprefix(prefix), _STAMP).replace(
            tzinfo=timezone.utc
        )
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)


def _one_line(complaints: list[str]) -> str:
    """SQLite's complaints (which hold newlines) as one line a message can carry."""
    text = "; ".join(" ".join(str(c).split()) for c in complaints)
    return text.replace("*** in database main *** ", "")[:300]


def quick_check(db: Database) -> str | None:
    """None when SQLite's quick_check passes, else its first complaint."""
    rows = [r[0] for r in db.execute("PRAGMA quick_check(5)").fetchall()]
    return None if rows == ["ok"] else _one_line(rows)


def check_file(path: Path) -> str | None:
    """Open ``path`` read-only and quick-check it; a description of the damage, or None."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
        return None if rows == ["ok"] else _one_line(rows)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def move_aside(data_dir: Path, now: datetime) -> Path:
    """Rename a damaged database (and its WAL) out of the way; nothing is deleted."""
    live = paths.database_path(data_dir)
    target = live.with_name(f"{live.name}.damaged-{_stamp(now)}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{live}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{target}{suffix}"))
    return target


def backups(data_dir: Path) -> list[Path]:
    """Automatic and pre-migration backups, newest first."""
    folder = paths.backups_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)


def newest_good_backup(data_dir: Path) -> Path | None:
    return next((p for p in backups(data_dir) if check_file(p) is None), None)


def daily_backup(db: Database, data_dir: Path, *, keep: int, now: datetime) -> Path | None:
    """Once a day while the app runs: copy the database and keep the newest ``keep`` copies."""
    folder = paths.backups_dir(data_dir)
    newest = sorted(folder.glob(f"{DAILY_PREFIX}*.sqlite3")) if folder.is_dir() else []
    # A clock set back (taken in the "future") must not stop daily backups until it catches up.
    if newest and timedelta(0) <= now - _taken(newest[-1], DAILY_PREFIX) < timedelta(hours=24):
        return None
    target = backup_to(db, folder / f"{DAILY_PREFIX}{_stamp(now)}.sqlite3")
    prune_backups(folder, keep, prefix=DAILY_PREFIX)
    return target


def export_backup(db: Database, target: Path) -> Path:
    """A full, consistent copy (SQLite backup API), written beside ``target`` then renamed."""
    target = target.resolve()
    temp = target.with_name(f".{target.name}.partial")
    temp.unlink(missing_ok=True)
    try:
        backup_to(db, temp)
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


# A hostile backup can hold a view that never finishes, so every statement run on one is cut off
# after this long (the whole check of a real backup takes well under a second).
RESTORE_DEADLINE_S = 6.0
_SQLITE_HEADER = b"SQLite format 3\x00"


class _Deadline:
    """A progress handler that aborts the running statement once the deadline has passed."""

    def __init__(self, seconds: float) -> None:
        self.until = time.monotonic() + seconds

    def __call__(self) -> int:
        return 1 if time.monotonic() > self.until else 0


def _schema(conn: sqlite3.Connection) -> set[tuple[str, str, str, str]]:
    """Every table, index, trigger and view with its SQL, whitespace folded, so two databases
    built by the same migrations compare equal and anything added or changed does not."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        (t, n, tb, " ".join(str(sql or "").split()))
        for t, n, tb, sql in rows
        if not str(n).startswith("sqlite_stat")  # planner statistics, not schema
    }


def _reference_schema(applied: list[str]) -> set[tuple[str, str, str, str]]:
    """The schema our own migrations build, up to and including the ``applied`` ones."""
    from sqlite_utils import Database

    from companion.core.store.schema import MIGRATIONS

    db = Database(memory=True, execute_plugins=False)
    try:
        done = set(applied)
        later = [m.name for m in MIGRATIONS.pending(db) if m.name not in done]
        MIGRATIONS.apply(db, stop_before=later[0] if later else None)
        return _schema(db.conn)
    finally:
        db.close()


def _checked_copy(source: Path, scratch: Path) -> BackupInfo:
    """Copy ``source`` to ``scratch`` byte for byte, prove it is one of our databases and
    migrate it there. The live data is never touched; a refusal is an InputError."""
    if not source.is_file():
        raise InputError(f"{source}: no such file")
    not_ours = InputError(f"{source}: this file is not a Fan Companion backup")
    with open(source, "rb") as fh:
        if fh.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            raise not_ours
    shutil.copyfile(source, scratch)
    os.chmod(scratch, 0o600)
    deadline = _Deadline(RESTORE_DEADLINE_S)
    conn = sqlite3.connect(str(scratch), isolation_level=None)
    try:
        conn.set_progress_handler(deadline, 1000)
        try:
            # Nothing in the file may run our functions or anything but its own plain SQL.
            conn.execute("PRAGMA trusted_schema=OFF")
            conn.execute("PRAGMA journal_mode=DELETE")
            schema = _schema(conn)
            names = {n for _, n, _, _ in schema}
            if "_sqlite_migrations" not in names:
                raise not_ours
            applied = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = 'companion' "
                    "ORDER BY rowid"
                )
            ]
            unknown = set(applied) - known_migration_names()
            if unknown:
                raise InputError(
                    f"{source}: made by a newer Fan Companion ({', '.join(sorted(unknown))})"
                    "; install the newer version to restore it"
                )
            if not applied:
                raise not_ours
            if schema != _reference_schema(applied):
                raise InputError(
                    f"{source}: not restored: its tables, views or triggers are not exactly "
                    "Fan Companion's"
                )
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check(3)")]
            if problems != ["ok"]:
                raise InputError(f"{source}: the backup is damaged ({_one_line(problems)})")
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise InputError(f"{source}: the backup is damaged (broken references)")
            entries = int(conn.execute("SELECT COUNT(*) FROM ledger").fetchone()[0])
            events = int(conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            if "interrupted" in str(exc):
                raise InputError(f"{source}: not restored: checking it took too long") from None
            raise InputError(f"{source}: not a usable Fan Companion backup ({exc})") from None
    finally:
        conn.close()
    _migrate_scratch(scratch, source, deadline)
    taken = datetime.fromtimestamp(source.stat().st_mtime, timezone.utc)
    return BackupInfo(source, taken, entries, events)


def _migrate_scratch(scratch: Path, source: Path, deadline: _Deadline) -> None:
    from sqlite_utils import Database

    from companion.core.store.schema import MIGRATIONS

    conn = sqlite3.connect(str(scratch))
    conn.set_progress_handler(deadline, 1000)
    db = Database(conn, execute_plugins=False)
    try:
        db.execute("PRAGMA foreign_keys=ON")
        MIGRATIONS.apply(db)  # an older backup is brought up to this version's schema
        if _schema(conn) != _reference_schema([m.name for m in MIGRATIONS.applied(db)]):
            raise InputError(f"{source}: not restored: it does not update to this version")
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{source}: not restored: updating it failed ({exc})") from None
    finally:
        db.close()


def inspect_backup(path: Path) -> BackupInfo:
    """Refuse anything that is not a healthy Fan Companion database this version can read.
    The checks run on a scratch copy, so nothing in the file runs against the fan's data."""
    with tempfile.TemporaryDirectory(prefix="companion-inspect-") as folder:
        return _checked_copy(path, Path(folder) / "scratch.sqlite3")


def _safety_path(data_dir: Path, now: datetime) -> Path:
    """A new, never reused name for the copy of what a restore replaces: two restores in the
    same second must not overwrite the first one's copy of the original data."""
    folder = paths.backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stem = f"{RESTORE_PREFIX}{_stamp(now)}"
    for n in range(1, 10_000):
        candidate = folder / (f"{stem}.sqlite3" if n == 1 else f"{stem}-{n}.sqlite3")
        try:
            fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise StoreError(f"too many restore copies in {folder}; move some elsewhere")


def restore_backup(db: Database, data_dir: Path, source: Path, *, now: datetime) -> Path:
    """:func:`restore_with_info` without the counts; returns the copy of the replaced data."""
    return restore_with_info(db, data_dir, source, now=now)[0]


def restore_with_info(
    db: Database, data_dir: Path, source: Path, *, now: datetime
) -> tuple[Path, BackupInfo]:
    """Replace all data with ``source`` after checking it and backing up the current data.

    The backup is checked and migrated in a scratch copy first; only then is the current data
    copied aside (under a name never reused) and the checked copy put in its place, in one
    SQLite backup step, so an interruption leaves the old data in place.
    """
    paths.ensure_data_dir(data_dir)
    scratch = data_dir / f".restore-{os.getpid()}-{time.monotonic_ns()}.sqlite3"
    try:
        info = _checked_copy(source, scratch)
        safety = backup_to(db, _safety_path(data_dir, now))
        src = sqlite3.connect(str(scratch))
        try:
            _match_page_size(src, db)
            src.backup(db.conn)
        finally:
            src.close()
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    db.__dict__.pop("_companion_occurrences", None)
    return safety, info


def _match_page_size(src: sqlite3.Connection, db: Database) -> None:
    """The backup API cannot change the page size of a database in WAL mode: rebuild the
    checked copy with the live page size when they differ."""
    live = db.execute("PRAGMA page_size").fetchone()[0]
    if src.execute("PRAGMA page_size").fetchone()[0] != live:
        src.execute(f"PRAGMA page_size={int(live)}")
        src.execute("VACUUM")
