"""The budget-status indexes arrive by migration on a database that already holds entries,
keep every entry, and are what the status sums use."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from companion.core.budget import budget
from companion.core.store import paths
from companion.core.store.db import open_database
from companion.core.store.schema import MIGRATIONS
from tests.unit.cli_run import FIXED_NOW

ROW = {
    "kind": "purchase",
    "occurred_at": "2026-11-20T10:00:00+00:00",
    "platform": "twitch",
    "units": 100,
    "amount_minor": 140,
    "currency": "USD",
    "home_minor": 140,
    "home_currency": "USD",
    "rate": "1",
    "note": "kept",
    "created_at": "2026-11-20T10:00:00+00:00",
}


def test_a_migrated_database_keeps_its_entries(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    old = Database(paths.database_path(data_dir), execute_plugins=False)
    MIGRATIONS.apply(old, stop_before="m010_ledger_money_indexes")
    old.execute("INSERT INTO platforms (id, name, unit, domains, position) "
                "VALUES ('twitch', 'Twitch', 'Bits', '[]', 0)")  # fmt: skip
    for i in range(3):
        old.table("ledger").insert({**ROW, "units": 100 + i})
    old.conn.commit()
    old.close()

    db = open_database(data_dir, now=FIXED_NOW)
    try:
        rows = db.execute("SELECT units, note FROM ledger ORDER BY id").fetchall()
        assert rows == [(100, "kept"), (101, "kept"), (102, "kept")]
        assert db.execute("SELECT bought FROM wallet_totals").fetchone() == (303,)
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"idx_ledger_kind_money", "idx_ledger_platform_money"} <= names
        assert "idx_ledger_creator_money" in names
        assert list(paths.backups_dir(data_dir).glob("pre-migration-*.sqlite3"))
    finally:
        db.close()


def test_status_sums_read_only_the_covering_indexes(db) -> None:
    for scope in ("overall", "platform:twitch", "creator:Ann"):
        seen: list[str] = []
        real = db.execute

        def spy(sql, params=None, real=real, seen=seen):
            if sql.startswith("SELECT COALESCE(home_currency"):
                plan = real("EXPLAIN QUERY PLAN " + sql, params).fetchall()
                seen.extend(str(p[3]) for p in plan)
            return real(sql, params)

        db.execute = spy
        try:
            budget.spent_in(db, scope, FIXED_NOW.replace(day=1), FIXED_NOW, "USD")
        finally:
            del db.execute
        assert any("COVERING INDEX idx_ledger_" in s for s in seen), (scope, seen)
