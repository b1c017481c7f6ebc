"""The database schema, as an ordered list of migrations.

Never edit a migration that has shipped: add a new one. Tables are created with explicit columns
and types; money is INTEGER minor units beside an ISO 4217 code.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATIONS = Migrations("companion")


@MIGRATIONS()
def m001_settings(db: Database) -> None:
    db["settings"].create({"key": str, "value": str}, pk="key", not_null={"value"})


@MIGRATIONS()
def m002_user_links(db: Database) -> None:
    db["user_links"].create(
        {
            "id": int,
            "platform": str,
            "url": str,
            "title": str,
            "note": str,
            "added_at": str,
        },
        pk="id",
        not_null={"url", "title", "note", "added_at"},
        defaults={"note": ""},
    )


def known_migration_names() -> set[str]:
    """Every migration this version ships (all are pending against an empty database)."""
    return {m.name for m in MIGRATIONS.pending(Database(memory=True, execute_plugins=False))}
