"""Open the fan's data ready to use: the database plus the shipped data it is built on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.bundles import ensure_catalog
from companion.core.db import open_database

if TYPE_CHECKING:
    from sqlite_utils import Database


def open_store(data_dir: Path) -> Database:
    db = open_database(data_dir)
    try:
        ensure_catalog(db)
    except BaseException:
        db.close()
        raise
    return db
