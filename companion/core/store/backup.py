"""Backups, restore, and what to do with a damaged database. Nothing here ever deletes data:
a damaged file is moved aside, and a restore first backs up what it replaces."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from companion.core.errors import InputError, StoreError
from companion.core.store import paths
from companion.core.store.ready import (
    CHECKED_SUFFIX,
    PENDING_RECOVERY,
    check_remembered,
    signature,
)

# sqlite-utils (store.db, store.schema) is imported where it is used: the window opens its
# data through this module and shows the first page before sqlite-utils is needed.
if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.store.copies import Connected

DAILY_PREFIX = "daily-"
RESTORE_PREFIX = "pre-restore-"


class DamagedDatabase(StoreError):
    """quick_check found damage; the message says what to do."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class BackupInfo(NamedTuple):
    # A NamedTuple: the start-up's open imports this module, and dataclasses cost it 12 M
    # instructions (bench/startup.py --instructions).
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


def quick_check(db: Database | sqlite3.Connection) -> str | None:
    """None when SQLite's quick_check passes, else its first complaint."""
    try:
        rows = [r[0] for r in db.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.DatabaseError as exc:  # damage bad enough that the check cannot run
        return str(exc)
    # SQLite's complaints hold newlines; a message to the fan is one line.
    return None if rows == ["ok"] else " ".join("; ".join(rows).split())[:300]


def quick_check_unless_unchanged(db: Database | sqlite3.Connection, path: Path) -> str | None:
    """``quick_check``, skipped when ``path`` is byte-for-byte where a clean check left it."""
    marker = path.with_name(path.name + CHECKED_SUFFIX)
    before = signature(path)
    if before is not None and check_remembered(path, before):
        return None
    problem = quick_check(db)
    if problem is None and before is not None and signature(path) == before:
        try:
            marker.unlink(missing_ok=True)
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.write(before[0])
        except OSError:
            pass  # a read-only folder: the check simply runs again next time
    elif problem is not None:
        with contextlib.suppress(OSError):
            marker.unlink(missing_ok=True)
    return problem


def check_in_place(path: Path) -> str | None:
    """``quick_check_unless_unchanged`` on a read-only connection of its own, for a thread
    that checks the live file while the window reads it; SQLite's failures are the answer.
    A plain connection: this runs beside the first page, which does not wait for sqlite-utils."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return quick_check_unless_unchanged(conn, path)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def check_file(path: Path) -> str | None:
    """Open ``path`` read-only and quick-check it; a description of the damage, or None."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
        # SQLite's complaints span lines; a message to the fan is one.
        return None if rows == ["ok"] else " ".join("; ".join(rows).split())
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


def mark_recovery_pending(data_dir: Path, moved: Path, problem: str) -> None:
    """Remember that damaged data was moved aside and the fan has not chosen yet, so the next
    start asks again instead of quietly opening an empty database."""
    import json

    marker = data_dir / PENDING_RECOVERY
    temp = marker.with_name(f".{marker.name}.partial")
    temp.write_text(json.dumps({"moved": str(moved), "problem": problem}), encoding="utf-8")
    os.replace(temp, marker)


def pending_recovery(data_dir: Path) -> tuple[Path, str] | None:
    """(where the damaged file was moved, what was wrong) while a recovery awaits the fan."""
    import json

    marker = data_dir / PENDING_RECOVERY
    if not marker.is_file():
        return None
    try:
        found = json.loads(marker.read_text(encoding="utf-8"))
        return Path(str(found["moved"])), str(found["problem"])
    except (ValueError, KeyError, TypeError, OSError):
        return Path(paths.database_path(data_dir)), "the data file is damaged"


def clear_pending_recovery(data_dir: Path) -> None:
    (data_dir / PENDING_RECOVERY).unlink(missing_ok=True)


def backups(data_dir: Path) -> list[Path]:
    """Automatic and pre-migration backups, newest first."""
    folder = paths.backups_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)


def newest_good_backup(data_dir: Path) -> Path | None:
    return next((p for p in backups(data_dir) if check_file(p) is None), None)


def daily_backup(db: Connected, data_dir: Path, *, keep: int, now: datetime) -> Path | None:
    """Once a day while the app runs: copy the database and keep the newest ``keep`` copies."""
    folder = paths.backups_dir(data_dir)
    newest = sorted(folder.glob(f"{DAILY_PREFIX}*.sqlite3")) if folder.is_dir() else []
    # A clock set back (taken in the "future") must not stop daily backups until it catches up.
    if newest and timedelta(0) <= now - _taken(newest[-1], DAILY_PREFIX) < timedelta(hours=24):
        return None
    from companion.core.store.copies import backup_to, prune_backups

    target = backup_to(db, folder / f"{DAILY_PREFIX}{_stamp(now)}.sqlite3")
    prune_backups(folder, keep, prefix=DAILY_PREFIX)
    return target


def export_backup(db: Database, target: Path) -> Path:
    """A full, consistent copy (SQLite backup API), written beside ``target`` then renamed.
    A damaged database is refused: a copy of it would be a "backup" that cannot be restored."""
    from companion.core.store.copies import backup_to

    problem = quick_check(db)
    if problem is not None:
        raise StoreError(f"the data file is damaged ({problem}); no backup was written")
    target = target.resolve()
    temp = target.with_name(f".{target.name}.partial")
    temp.unlink(missing_ok=True)
    try:
        backup_to(db, temp)
        problem = check_file(temp)
        if problem is not None:
            raise StoreError(f"the backup did not check out ({problem}); nothing was written")
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def inspect_backup(path: Path) -> BackupInfo:
    """Refuse anything that is not a healthy Fan Companion database this version can read."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    damage = check_file(path)
    if damage is not None:
        raise InputError(f"{path}: not a usable Fan Companion backup ({damage})")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    deadline(conn, STATEMENT_SECONDS)
    try:
        _refuse_foreign_objects(conn, path)
        try:
            applied = {
                r[0]
                for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = 'companion'"
                )
            }
        except sqlite3.Error:
            raise InputError(f"{path}: this SQLite file is not a Fan Companion backup") from None
        from companion.core.store.schema import known_migration_names

        unknown = applied - known_migration_names()
        if unknown:
            raise InputError(
                f"{path}: made by a newer Fan Companion ({', '.join(sorted(unknown))})"
                "; install the newer version to restore it"
            )
        if not applied:
            raise InputError(f"{path}: this SQLite file is not a Fan Companion backup")
        entries = _count(conn, "ledger")
        events = _count(conn, "events")
    finally:
        conn.close()
    taken = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
    return BackupInfo(path, taken, entries, events)


def _count(conn: sqlite3.Connection, table: str) -> int:
    try:
        return int(conn.execute(f"SELECT COUNT(*) FROM [{table}]").fetchone()[0])
    except sqlite3.Error:
        return 0


# -- checking a backup before it replaces anything -------------------------------------------
STATEMENT_SECONDS = 10.0


def deadline(conn: sqlite3.Connection, seconds: float) -> None:
    """Abort any statement on ``conn`` that runs longer than ``seconds`` (a hostile file can
    hold a query that never ends); SQLite then raises "interrupted"."""
    import time

    started: list[float] = []

    def check() -> int:
        now = time.monotonic()
        if not started:
            started.append(now)
        return 1 if now - started[0] > seconds else 0

    conn.set_progress_handler(check, 10_000)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _refuse_foreign_objects(conn: sqlite3.Connection, path: Path) -> None:
    """Views and triggers are code that runs on our data: a backup may hold only ours."""
    ours = _expected_schema()
    for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('view', 'trigger')"
    ):
        if (kind, name) not in ours:
            raise InputError(
                f"{path}: not restored: it holds a {kind} named '{name[:60]}' that Fan "
                "Companion never makes"
            )


def _schema(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[object, ...]]:
    """Each table's columns, each index's columns and each trigger's code, comparable."""
    out: dict[tuple[str, str], tuple[object, ...]] = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if kind == "table":
            columns = conn.execute(f"PRAGMA table_xinfo({_quoted(name)})").fetchall()
            shape: tuple[object, ...] = tuple(
                (c[1], str(c[2]).upper(), c[3], c[5]) for c in columns
            )
        elif kind == "index":
            shape = (table, *(r[2] for r in conn.execute(f"PRAGMA index_info({_quoted(name)})")))
        else:
            shape = (table, " ".join(str(sql).split()))
        out[(kind, name)] = shape
    return out


_EXPECTED: dict[str, dict[tuple[str, str], tuple[object, ...]]] = {}


def _expected_schema() -> dict[tuple[str, str], tuple[object, ...]]:
    if "schema" not in _EXPECTED:
        from companion.core.store.db import memory_database

        fresh = memory_database()
        try:
            _EXPECTED["schema"] = _schema(fresh.conn)
        finally:
            fresh.close()
    return _EXPECTED["schema"]


def _checked_copy(source: Path, folder: Path, now: datetime) -> Path:
    """A scratch copy of ``source``, migrated and held to exactly our schema; the caller swaps
    it in. Anything odd is refused with what was found, and the scratch copy removed."""
    from sqlite_utils import Database

    from companion.core.store.schema import MIGRATIONS

    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    scratch = _unique(folder / f".restore-check-{_stamp(now)}.sqlite3")
    shutil.copyfile(source, scratch)
    try:
        conn = sqlite3.connect(str(scratch))
        deadline(conn, STATEMENT_SECONDS)
        work = Database(conn, execute_plugins=False)
        try:
            MIGRATIONS.apply(work)  # an older backup is brought up to this version here
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
            if problems != ["ok"]:
                raise InputError(f"{source}: not restored: it is damaged ({'; '.join(problems)})")
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise InputError(f"{source}: not restored: its entries refer to missing rows")
            theirs, ours = _schema(conn), _expected_schema()
            extra = sorted(set(theirs) - set(ours))
            missing = sorted(set(ours) - set(theirs))
            changed = sorted(k for k in set(ours) & set(theirs) if ours[k] != theirs[k])
            for label, found in (("has an unknown", extra), ("lacks the", missing)):
                if found:
                    kind, name = found[0]
                    raise InputError(f"{source}: not restored: it {label} {kind} '{name[:60]}'")
            if changed:
                kind, name = changed[0]
                raise InputError(
                    f"{source}: not restored: its {kind} '{name[:60]}' differs from ours"
                )
        except sqlite3.Error as exc:
            raise InputError(f"{source}: not restored: it cannot be read safely ({exc})") from None
        finally:
            conn.close()
    except BaseException:
        scratch.unlink(missing_ok=True)
        raise
    return scratch


def _unique(path: Path) -> Path:
    """``path``, or the same name with -2, -3... when taken: a safety copy is never overwritten."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def restore_backup(db: Database, data_dir: Path, source: Path, *, now: datetime) -> Path:
    """Replace all data with ``source`` after checking it and backing up the current data.

    Returns the safety copy of what was replaced. The copy into the live database is one SQLite
    backup step, so an interruption leaves the old data in place.
    """
    from companion.core.store.copies import backup_to

    inspect_backup(source)
    folder = paths.backups_dir(data_dir)
    scratch = _checked_copy(source, folder, now)
    try:
        safety = backup_to(db, _unique(folder / f"{RESTORE_PREFIX}{_stamp(now)}.sqlite3"))
        src = sqlite3.connect(str(scratch))
        try:
            src.backup(db.conn)  # one step: an interruption leaves the old data in place
        finally:
            src.close()
    finally:
        scratch.unlink(missing_ok=True)
    for cached in ("_companion_occurrences", "_companion_parsed"):
        db.__dict__.pop(cached, None)
    return safety
