"""Open the fan's data ready to use: the database plus the shipped data it is built on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.bundles.store import ensure_catalog
from companion.core.store.db import open_database

if TYPE_CHECKING:
    from sqlite_utils import Database


def open_store(data_dir: Path, *, check: bool = False) -> Database:
    """The database with the shipped catalog loaded; ``check`` runs SQLite's quick_check first
    (the app does at start) and raises DamagedDatabase when it fails."""
    db = open_database(data_dir)
    try:
        if check:
            from companion.core.store.backup import DamagedDatabase, quick_check

            problem = quick_check(db)
            if problem is not None:
                raise DamagedDatabase(
                    f"the data file is damaged ({problem})", data_dir / "companion.sqlite3"
                )
        ensure_catalog(db)
    except BaseException:
        db.close()
        raise
    return db
