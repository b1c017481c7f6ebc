"""What every command shares: exit codes, the Context (data folder, clock, database) and JSON
output. Commands import this module, never ``main``, so the command line has no import circle."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_NEGATIVE, EXIT_USAGE, EXIT_ENVIRONMENT, EXIT_BUG = 0, 1, 2, 3, 4


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Context:
    """What a subcommand needs: the data folder, the clock and, opened on first use, the
    database. Commands ask ``ctx.now()``, never the machine's clock, so tests fix the time."""

    def __init__(self, data_dir: Path, clock: Callable[[], datetime] = utc_now) -> None:
        self.data_dir = data_dir
        self.clock = clock
        self._db = None

    def now(self) -> datetime:
        return self.clock()

    @property
    def db(self):  # noqa: ANN201 - sqlite_utils.Database, imported lazily
        if self._db is None:
            from companion.core.data import open_store

            # The same check the app makes at start: a damaged file is never used, or copied
            # into a "backup"; a read-only folder still answers the commands that only read.
            self._db = open_store(self.data_dir, check=True, read_only_ok=True)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def emit_json(value: Any) -> None:
    import json

    print(json.dumps(value, indent=2, ensure_ascii=False))
