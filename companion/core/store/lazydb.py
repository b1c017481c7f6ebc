"""The window's database before sqlite-utils is needed.

Importing sqlite-utils costs about 100 ms and 10 MB resident (click, pluggy, dateutil, OpenSSL
through ``secrets``, and one regex that alone takes 20 ms to compile), while what the first
page shows is read with plain SELECTs and what the app writes while it sits in the tray
(reminders, Home's memo) is a few plain statements. So the window starts on a ready connection
wrapped in this stand-in:

- a SELECT goes straight to the connection, exactly as sqlite-utils' ``execute`` sends it;
- an INSERT, UPDATE, DELETE or REPLACE is committed as sqlite-utils' ``execute`` commits it
  (a statement that opened a transaction is committed, or rolled back when it fails);
- ``atomic()`` outside a transaction takes the write lock up front, as ``CompanionDatabase``
  does (``write_transaction``, shared by both);
- everything else (a pragma, ``table()``, a nested ``atomic()``) goes to a ``CompanionDatabase``
  on the same connection, built at its first use, which then answers everything.

The stand-in stays the app's database object, so the caches kept in its ``__dict__`` last as
long as the connection. tests/unit/test_lazydb.py holds it to sqlite-utils' behaviour.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from companion.core.store.db import CompanionDatabase

T = TypeVar("T")

# A writer waits this long in all for the write lock, in busy-timeout sized attempts.
WRITE_LOCK_WAIT_S = 30.0
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def begin_immediate(conn: sqlite3.Connection, wait_s: float = WRITE_LOCK_WAIT_S) -> None:
    deadline = time.monotonic() + wait_s
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            busy = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in (5, 6)
            if not busy or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection, db: T) -> Iterator[T]:
    """One transaction that holds the write lock from its start.

    A plain ``BEGIN`` starts as a reader; when it then writes while another process holds the
    lock, SQLite cannot wait (the reader's snapshot would be stale) and fails at once with
    "database is locked", busy timeout or not. ``BEGIN IMMEDIATE`` waits in the busy handler
    instead, and is retried within a bound.
    """
    begin_immediate(conn)
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


class LazyDatabase:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._full: CompanionDatabase | None = None
        # What sqlite-utils' Database does to every connection it is given.
        conn.execute("PRAGMA recursive_triggers=on;")

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        head = sql.lstrip()[:7].upper()
        if self._full is not None or not head.startswith(("SELECT", *_WRITES)):
            return self.full().execute(sql, parameters)
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # nothing would ever commit what it opened
            raise
        if not was_in_transaction and conn.in_transaction and cursor.description is None:
            conn.execute("COMMIT")
        return cursor

    def atomic(self) -> contextlib.AbstractContextManager[Any]:
        if self._full is not None or self.conn.in_transaction:
            return self.full().atomic()  # a savepoint inside the transaction: sqlite-utils'
        return write_transaction(self.conn, self)

    def full(self) -> CompanionDatabase:
        """sqlite-utils' Database on this connection (imported now, if not yet)."""
        if self._full is None:
            from companion.core.store.db import CompanionDatabase

            self._full = CompanionDatabase(self.conn, execute_plugins=False)
        return self._full

    def close(self) -> None:
        self.conn.close()

    def __getattr__(self, name: str) -> Any:
        # Only for what is not defined above: table(), query(), tables...
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.full(), name)


def upsert(db: Any, table: str, row: dict[str, object], pk: str | tuple[str, ...]) -> None:
    """``db.table(table).upsert(row, pk=pk)`` for a row of plain values (text, numbers,
    None), in one statement that needs no sqlite-utils: what the app writes while it sits in
    the tray goes through here. Columns the row does not name keep their values."""
    keys = (pk,) if isinstance(pk, str) else pk
    names = list(row)
    updates = ", ".join(f"[{n}] = excluded.[{n}]" for n in names if n not in keys)
    db.execute(
        f"INSERT INTO [{table}] ({', '.join(f'[{n}]' for n in names)}) "
        f"VALUES ({', '.join('?' * len(names))}) "
        f"ON CONFLICT ({', '.join(f'[{k}]' for k in keys)}) "
        + (f"DO UPDATE SET {updates}" if updates else "DO NOTHING"),
        list(row.values()),
    )
