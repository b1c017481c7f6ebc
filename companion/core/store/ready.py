"""Open the database for reading without sqlite-utils, when nothing needs doing first.

A command that only reads (``companion budget``) spends most of its time importing sqlite-utils
and checking what is almost always already so. When the file needs no migration, no catalog
upgrade, no recovery, and its last integrity check is remembered for the file as it is now, a
plain stdlib connection reads the same rows; anything else answers None and the caller takes
the full open, which does (and reports) whatever is needed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# The names of schema.MIGRATIONS, in order (tests/unit/test_ready_open.py keeps them equal):
# importing schema would import sqlite-utils, which is what this module avoids.
MIGRATION_NAMES = (
    "m001_settings",
    "m002_user_links",
    "m003_catalog",
    "m004_ledger_and_budgets",
    "m005_wallet_totals",
    "m006_calendar",
    "m007_calendar_version",
    "m008_statements_and_rate_history",
    "m009_csv_mappings",
    "m010_ledger_money_indexes",
    "m011_ledger_sort_indexes",
    "m012_event_ics_text",
    "m013_events_creator_index",
)
PENDING_RECOVERY = "recovery-pending.json"
BUSY_TIMEOUT_MS = 5000

# A clean quick_check is remembered beside the file with what the file looked like then; a
# command that finds the file unchanged skips the check (it cost ~100 ms of a ~40 ms command).
# Any write moves size or mtime; a change within the file system's timestamp tick of the check
# could hide behind an equal mtime, so a file changed less than this before it was checked is
# never trusted. The daily backup and doctor still run the full check every time.
CHECKED_SUFFIX = ".checked"
SETTLED_NS = 2_000_000_000


class ReadConnection(sqlite3.Connection):
    """A stdlib connection; a subclass so per-connection caches can live in its ``__dict__``
    as they do on sqlite-utils' Database."""


def signature(path: Path) -> tuple[str, int] | None:
    """What the database and its WAL look like on disk, and when they last changed; None if
    the file cannot be examined. An empty WAL holds nothing (a reader creates one)."""
    parts: list[str] = []
    newest = 0
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            st = part.stat()
        except FileNotFoundError:
            parts.append("-")
            continue
        except OSError:
            return None
        if part is not path and st.st_size == 0:
            parts.append("-")
            continue
        parts.append(f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}")
        newest = max(newest, st.st_mtime_ns)
    return " ".join(parts), newest


def check_remembered(path: Path, now: tuple[str, int] | None = None) -> bool:
    """True when a clean check is remembered for ``path`` exactly as it is on disk now."""
    before = signature(path) if now is None else now
    if before is None:
        return False
    marker = path.with_name(path.name + CHECKED_SUFFIX)
    try:
        remembered = marker.read_text(encoding="ascii")
        settled = marker.stat().st_mtime_ns - before[1] >= SETTLED_NS
    except (OSError, UnicodeDecodeError):
        return False
    return settled and remembered == before[0]


def open_ready(
    data_dir: Path, catalog_version: str, *, checked: bool = True
) -> ReadConnection | None:
    """A connection to read the fan's data when it is ready as it is, else None. With
    ``checked`` False an integrity check still due does not count (the caller runs it)."""
    from companion.core.errors import note_data_folder
    from companion.core.store import paths

    note_data_folder(data_dir)
    path = paths.database_path(data_dir)
    if (data_dir / PENDING_RECOVERY).exists() or not path.is_file():
        return None
    if checked and not check_remembered(path):
        return None
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, factory=ReadConnection)
    except (sqlite3.Error, OSError):
        return None
    try:
        applied = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'companion' "
                "ORDER BY rowid"
            )
        ]
        version = conn.execute("SELECT value FROM meta WHERE key = 'catalog_version'").fetchone()
        if sorted(applied) != sorted(MIGRATION_NAMES) or version != (catalog_version,):
            conn.close()
            return None
        # The same pragmas as every connection (store.db.connect).
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            conn.close()
            return None
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
    except (sqlite3.Error, OSError):
        conn.close()
        return None
    return conn
