"""The window's database before sqlite-utils is loaded (store.lazydb): the first page is read
with plain SELECTs, and everything else behaves as on sqlite-utils' Database."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from companion.core.data import allow_writes, open_store, open_store_check_later
from companion.core.store import paths
from companion.core.store.db import memory_database
from companion.core.store.lazydb import LazyDatabase

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)


def _ready(data_dir: Path) -> None:
    db = open_store(data_dir, now=NOW)
    db.execute(
        "INSERT INTO ledger (occurred_at, kind, platform, units, amount_minor, currency, "
        "created_at) "
        "VALUES ('2026-11-20T10:00:00+00:00', 'purchase', 'tiktok', 100, 199, 'USD', "
        "'2026-11-20T10:00:00+00:00')"
    )
    db.close()


@pytest.fixture
def db(data_dir: Path):
    """The stand-in on a ready data file, as the window opens it (its check passed)."""
    _ready(data_dir)
    db, to_check = open_store_check_later(data_dir, now=NOW)
    assert isinstance(db, LazyDatabase)  # a ready file: nothing for open_store to do
    if to_check is not None:
        allow_writes(db)
    yield db
    db.close()


FIRST_PAGE = """
import json, sys
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo
from companion.core import home
from companion.core.data import open_store_check_later
now = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
db, _ = open_store_check_later(Path(sys.argv[1]), now=now)
wallets = home.wallet_lines(db, ("tiktok",))
lives = home.next_lives(db, now, ZoneInfo("Europe/Berlin"))
print(json.dumps({
    "type": type(db).__name__,
    "wallets": [list(w) for w in wallets],
    "loaded": "sqlite_utils" in sys.modules,
}))
"""


def test_the_first_page_reads_the_fans_data_without_loading_sqlite_utils(data_dir: Path) -> None:
    _ready(data_dir)
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAGE, str(data_dir)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    seen = json.loads(out)
    assert seen["type"] == "LazyDatabase"
    assert ["tiktok", "TikTok", "Coins", 100] in seen["wallets"]
    assert seen["loaded"] is False


def test_a_write_through_it_is_committed_as_sqlite_utils_commits_it(db, data_dir) -> None:
    db.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
    other = sqlite3.connect(paths.database_path(data_dir))
    try:
        # Seen from another connection: not left in an open transaction.
        assert other.execute("SELECT value FROM meta WHERE key = 'a'").fetchone() == ("1",)
    finally:
        other.close()
    assert not db.conn.in_transaction


def test_tables_and_transactions_are_sqlite_utils_own_on_the_same_connection(db) -> None:
    db.table("meta").insert({"key": "b", "value": "2"})
    with pytest.raises(RuntimeError), db.atomic():
        db.table("meta").insert({"key": "c", "value": "3"})
        raise RuntimeError("half-way")
    assert db.execute("SELECT key FROM meta WHERE key IN ('b', 'c')").fetchall() == [("b",)]
    assert db.full().conn is db.conn


def test_a_failing_select_leaves_no_transaction_behind(db) -> None:
    with pytest.raises(sqlite3.OperationalError):
        db.execute("SELECT nothing FROM nowhere")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO meta (key, value) VALUES ('d', '4')")
    assert db.execute("SELECT value FROM meta WHERE key = 'd'").fetchone() == ("4",)


def test_it_keeps_the_pragmas_sqlite_utils_sets(db) -> None:
    assert db.execute("SELECT * FROM pragma_recursive_triggers").fetchone() == (1,)
    assert db.execute("SELECT * FROM pragma_foreign_keys").fetchone() == (1,)


IDLE = """
import json, sys
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo
from companion.core import home
from companion.core.calendar import reminders
from companion.core.data import allow_writes, open_store_check_later
now = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
db, to_check = open_store_check_later(Path(sys.argv[1]), now=now)
if to_check is not None:
    allow_writes(db)
home.next_lives(db, now, ZoneInfo("Europe/Berlin"))
home.save_remembered_lives(db)
for minutes in (0, 1, 2):  # the first check records itself, the next ones look back
    reminders.check(db, now.replace(minute=minutes), ZoneInfo("Europe/Berlin"))
print(json.dumps({"loaded": "sqlite_utils" in sys.modules}))
"""


def test_what_the_app_writes_while_idle_needs_no_sqlite_utils(data_dir: Path) -> None:
    _ready(data_dir)
    out = subprocess.run(
        [sys.executable, "-c", IDLE, str(data_dir)], check=True, capture_output=True, text=True
    ).stdout
    assert json.loads(out) == {"loaded": False}
    check = sqlite3.connect(paths.database_path(data_dir))
    try:
        assert check.execute(
            "SELECT value FROM meta WHERE key = 'reminders_checked_until'"
        ).fetchone() == ("2026-11-25T12:02:00+00:00",)
    finally:
        check.close()


def test_atomic_outside_a_transaction_commits_or_rolls_back_as_one(db) -> None:
    with db.atomic():
        db.execute("INSERT INTO meta (key, value) VALUES ('e', '5')")
        db.execute("INSERT INTO meta (key, value) VALUES ('f', '6')")
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        db.execute("INSERT INTO meta (key, value) VALUES ('g', '7')")
        db.execute("INSERT INTO meta (key, value) VALUES ('e', 'again')")  # the key exists
    keys = db.execute("SELECT key FROM meta WHERE key IN ('e', 'f', 'g') ORDER BY key")
    assert keys.fetchall() == [("e",), ("f",)]
    assert not db.conn.in_transaction
    assert db._full is None  # all of it without sqlite-utils


def test_upsert_is_sqlite_utils_upsert(db) -> None:
    from companion.core.store.lazydb import upsert

    ours = memory_database()
    theirs = memory_database()
    rows = [
        {"event_id": 1, "occurrence_utc": "2026-11-25T12:00:00Z", "lead_min": 10,
         "status": "snoozed", "fired_at": "2026-11-25T11:50:00Z",
         "snooze_until": "2026-11-25T11:55:00Z"},
        # The same key again without snooze_until: that column keeps its value.
        {"event_id": 1, "occurrence_utc": "2026-11-25T12:00:00Z", "lead_min": 10,
         "status": "fired", "fired_at": "2026-11-25T11:55:00Z"},
        {"event_id": 1, "occurrence_utc": "2026-11-25T12:00:00Z", "lead_min": 5,
         "status": "missed", "fired_at": "2026-11-25T12:30:00Z"},
    ]  # fmt: skip
    pk = ("event_id", "occurrence_utc", "lead_min")
    for row in rows:
        upsert(ours, "reminder_log", row, pk)
        theirs.table("reminder_log").upsert(row, pk=pk)
    for key, value in (("a", "1"), ("a", "2"), ("b", "3")):
        upsert(ours, "meta", {"key": key, "value": value}, "key")
        theirs.table("meta").upsert({"key": key, "value": value}, pk="key")
    for table in ("reminder_log", "meta"):
        query = f"SELECT * FROM {table} ORDER BY 1, 2"
        assert ours.execute(query).fetchall() == theirs.execute(query).fetchall()
    upsert(db, "meta", {"key": "a", "value": "1"}, "key")
    assert db.execute("SELECT value FROM meta WHERE key = 'a'").fetchone() == ("1",)
