"""The window's database before sqlite-utils is needed.

Importing sqlite-utils costs about 100 ms and 5 MB (click, pluggy, dateutil, OpenSSL through
``secrets``, and one regex that alone takes 20 ms to compile), and what the first page shows
is read with plain SELECTs. So the window starts on a ready connection wrapped in this stand-in:
a SELECT goes straight to the connection, exactly as sqlite-utils' ``execute`` would send it
(no transaction opened, nothing to commit or roll back), and everything else — a write, a
pragma, ``table()``, ``atomic()`` — goes to a ``CompanionDatabase`` on the same connection,
built at its first use. The stand-in stays the app's database object, so the caches kept in
its ``__dict__`` last as long as the connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from companion.core.store.db import CompanionDatabase


class LazyDatabase:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._full: CompanionDatabase | None = None
        # What sqlite-utils' Database does to every connection it is given.
        conn.execute("PRAGMA recursive_triggers=on;")

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        if self._full is None and sql.lstrip()[:6].upper() == "SELECT":
            return (
                self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
            )
        return self.full().execute(sql, parameters)

    def full(self) -> CompanionDatabase:
        """sqlite-utils' Database on this connection (imported now, if not yet)."""
        if self._full is None:
            from companion.core.store.db import CompanionDatabase

            self._full = CompanionDatabase(self.conn, execute_plugins=False)
        return self._full

    def close(self) -> None:
        self.conn.close()

    def __getattr__(self, name: str) -> Any:
        # Only for what is not defined above: table(), atomic(), query(), tables...
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.full(), name)
