"""The database schema, as an ordered list of migrations.

Never edit a migration that has shipped: add a new one. Tables are created with explicit columns
and types; money is INTEGER minor units beside an ISO 4217 code.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATIONS = Migrations("companion")


@MIGRATIONS()
def m001_settings(db: Database) -> None:
    db.table("settings").create({"key": str, "value": str}, pk="key", not_null={"value"})


@MIGRATIONS()
def m002_user_links(db: Database) -> None:
    db.table("user_links").create(
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


@MIGRATIONS()
def m003_catalog(db: Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key", not_null={"value"})
    db.table("platforms").create(
        {
            "id": str,
            "name": str,
            "unit": str,
            "domains": str,  # JSON list
            "payout_kind": str,  # per_unit | share | NULL (unknown)
            "payout_amount": str,  # per_unit: decimal major units of payout_currency per unit
            "payout_currency": str,
            "payout_percent": str,  # share: decimal text, e.g. "70"
            "payout_source": str,
            "payout_note": str,
            "direct": str,  # JSON: a direct payment such as Super Chat, or NULL
            "notes": str,
            "position": int,
        },
        pk="id",
        not_null={"name", "unit", "domains", "position"},
    )
    db.table("bundles").create(
        {
            "id": int,
            "platform": str,
            "units": int,
            "bonus_units": int,
            "price_minor": int,
            "currency": str,
            "channel": str,
            "region": str,
            "source": str,
            "observed": str,
            "origin": str,  # shipped | user | import
            "ship_key": str,  # stable key of a shipped row, NULL for the fan's own
            "edited": int,
            "hidden": int,  # a shipped row the fan deleted: kept so upgrades do not revive it
        },
        pk="id",
        foreign_keys=[("platform", "platforms", "id")],
        not_null={
            "platform",
            "units",
            "bonus_units",
            "price_minor",
            "currency",
            "channel",
            "region",
            "source",
            "observed",
            "origin",
            "edited",
            "hidden",
        },
        defaults={"bonus_units": 0, "edited": 0, "hidden": 0, "region": "", "source": ""},
    )
    db.table("bundles").create_index(["ship_key"], unique=True)
    db.table("bundles").create_index(["platform", "channel"])
    db.table("gifts").create(
        {
            "id": int,
            "platform": str,
            "name": str,
            "units": int,
            "note": str,
            "origin": str,
            "ship_key": str,
            "edited": int,
            "hidden": int,
        },
        pk="id",
        foreign_keys=[("platform", "platforms", "id")],
        not_null={"platform", "name", "units", "note", "origin", "edited", "hidden"},
        defaults={"note": "", "edited": 0, "hidden": 0},
    )
    db.table("gifts").create_index(["ship_key"], unique=True)
    db.table("promotions").create(
        {
            "id": int,
            "bundle_id": int,
            "kind": str,  # percent | units
            "value": int,
            "expires": str,  # last day it counts, ISO date
            "note": str,
        },
        pk="id",
        foreign_keys=[("bundle_id", "bundles", "id")],
        not_null={"bundle_id", "kind", "value", "expires", "note"},
        defaults={"note": ""},
    )
    db.table("rates").create(
        {"base": str, "quote": str, "rate": str, "as_of": str, "source": str},
        pk=("base", "quote"),
        not_null={"rate", "as_of", "source"},
        defaults={"source": ""},
    )


@MIGRATIONS()
def m004_ledger_and_budgets(db: Database) -> None:
    db.table("ledger").create(
        {
            "id": int,
            "kind": str,  # purchase | gift
            "occurred_at": str,  # UTC instant, ISO 8601
            "platform": str,
            "units": int,
            "amount_minor": int,  # purchase: what was paid; gift: its value (see home_minor)
            "currency": str,
            "home_minor": int,  # the amount in the home currency at the rate used then
            "home_currency": str,
            "rate": str,  # decimal text of the rate used (1 when no conversion)
            "channel": str,
            "creator": str,
            "event_uid": str,
            "note": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("platform", "platforms", "id")],
        not_null={"kind", "occurred_at", "platform", "units", "note", "created_at"},
        defaults={"note": ""},
    )
    db.table("ledger").create_index(["occurred_at"])
    db.table("ledger").create_index(["kind", "occurred_at"])
    db.table("ledger").create_index(["platform", "occurred_at"])
    db.table("ledger").create_index(["creator", "occurred_at"])
    db.table("budgets").create(
        {
            "id": int,
            "scope": str,  # overall | platform:<id> | creator:<name>
            "period": str,  # weekly | monthly
            "limit_minor": int,
            "currency": str,
            "thresholds": str,  # JSON list of percents
            "paused": int,
            "created_at": str,
        },
        pk="id",
        not_null={
            "scope",
            "period",
            "limit_minor",
            "currency",
            "thresholds",
            "paused",
            "created_at",
        },
        defaults={"paused": 0},
    )
    db.table("budgets").create_index(["scope", "period"], unique=True)
    db.table("budget_alerts").create(
        {"budget_id": int, "period_start": str, "threshold": int, "fired_at": str},
        pk=("budget_id", "period_start", "threshold"),
        foreign_keys=[("budget_id", "budgets", "id")],
        not_null={"fired_at"},
    )


@MIGRATIONS()
def m005_wallet_totals(db: Database) -> None:
    """Per-platform totals kept by triggers, so wallets read in O(platforms), not O(entries)."""
    db.table("wallet_totals").create(
        {"platform": str, "bought": int, "sent": int},
        pk="platform",
        not_null={"bought", "sent"},
        defaults={"bought": 0, "sent": 0},
    )
    db.execute(
        "INSERT INTO wallet_totals (platform, bought, sent) SELECT platform, "
        "SUM(CASE WHEN kind = 'purchase' THEN units ELSE 0 END), "
        "SUM(CASE WHEN kind = 'gift' THEN units ELSE 0 END) FROM ledger GROUP BY platform"
    )
    add = (
        "INSERT INTO wallet_totals (platform, bought, sent) VALUES ({r}.platform, "
        "CASE WHEN {r}.kind = 'purchase' THEN {sign}{r}.units ELSE 0 END, "
        "CASE WHEN {r}.kind = 'gift' THEN {sign}{r}.units ELSE 0 END) "
        "ON CONFLICT(platform) DO UPDATE SET bought = bought + excluded.bought, "
        "sent = sent + excluded.sent;"
    )
    # One execute() per statement: executescript() would COMMIT the migration's transaction.
    db.execute(
        "CREATE TRIGGER ledger_wallet_insert AFTER INSERT ON ledger BEGIN "
        + add.format(r="NEW", sign="")
        + " END"
    )
    db.execute(
        "CREATE TRIGGER ledger_wallet_delete AFTER DELETE ON ledger BEGIN "
        + add.format(r="OLD", sign="-")
        + " END"
    )
    db.execute(
        "CREATE TRIGGER ledger_wallet_update AFTER UPDATE OF kind, platform, units ON ledger "
        "BEGIN " + add.format(r="OLD", sign="-") + add.format(r="NEW", sign="") + " END"
    )


@MIGRATIONS()
def m006_calendar(db: Database) -> None:
    db.table("creators").create(
        {
            "id": int,
            "name": str,
            "platform": str,
            "handle": str,
            "profile_url": str,
            "notes": str,
            "colour": str,
            "favourite": int,
            "zone": str,  # IANA name: the default zone of the creator's events
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("platform", "platforms", "id")],
        not_null={
            "name",
            "handle",
            "profile_url",
            "notes",
            "colour",
            "favourite",
            "zone",
            "created_at",
        },
        defaults={"handle": "", "profile_url": "", "notes": "", "favourite": 0},
    )
    db.table("creators").create_index(["name"])
    db.table("events").create(
        {
            "id": int,
            "uid": str,
            "creator_id": int,
            "title": str,
            "start_local": str,  # wall time "YYYY-MM-DDTHH:MM:SS", or "YYYY-MM-DD" all day
            "zone": str,  # IANA name; NULL = floating (the fan's own zone)
            "all_day": int,
            "duration_min": int,
            "rrule": str,  # RFC 5545 RRULE value, UNTIL as local wall time; NULL = one-off
            "rdates": str,  # JSON list of extra local starts
            "exdates": str,  # JSON list of skipped local starts
            "reminders": str,  # JSON list of lead times in minutes
            "planned_minor": int,
            "planned_currency": str,
            "notes": str,
            "source": str,  # user | file:<name> | subscription:<id>
            "first_utc": str,  # first start, UTC
            "last_utc": str,  # last end, UTC; NULL = never ends
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("creator_id", "creators", "id")],
        not_null={
            "uid",
            "title",
            "start_local",
            "all_day",
            "duration_min",
            "rdates",
            "exdates",
            "reminders",
            "notes",
            "source",
            "first_utc",
            "created_at",
            "updated_at",
        },
        defaults={"rdates": "[]", "exdates": "[]", "reminders": "[]", "notes": ""},
    )
    db.table("events").create_index(["uid"], unique=True)
    db.table("events").create_index(["first_utc"])
    db.table("events").create_index(["last_utc"])
    db.table("event_overrides").create(
        {
            "id": int,
            "event_id": int,
            "recurrence_local": str,  # the original start this replaces
            "start_local": str,
            "duration_min": int,
            "title": str,
            "cancelled": int,
        },
        pk="id",
        foreign_keys=[("event_id", "events", "id")],
        not_null={
            "event_id",
            "recurrence_local",
            "start_local",
            "duration_min",
            "title",
            "cancelled",
        },
        defaults={"cancelled": 0},
    )
    db.table("event_overrides").create_index(["event_id", "recurrence_local"], unique=True)
    db.table("reminder_log").create(
        {
            "event_id": int,
            "occurrence_utc": str,
            "lead_min": int,
            "status": str,  # fired | missed | snoozed
            "fired_at": str,
            "snooze_until": str,
        },
        pk=("event_id", "occurrence_utc", "lead_min"),
        not_null={"status", "fired_at"},
    )
    db.table("subscriptions").create(
        {
            "id": int,
            "url": str,
            "name": str,
            "creator_id": int,
            "last_fetched": str,
            "last_status": str,
            "body": str,
            "created_at": str,
        },
        pk="id",
        not_null={"url", "name", "created_at"},
    )
    db.table("subscriptions").create_index(["url"], unique=True)


@MIGRATIONS()
def m007_calendar_version(db: Database) -> None:
    """A counter bumped by every calendar change, so expanded occurrences can be reused."""
    db.execute("INSERT INTO meta (key, value) VALUES ('calendar_version', '0')")
    bump = "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'calendar_version';"
    for table in ("events", "event_overrides", "creators"):
        for action in ("INSERT", "UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_{action.lower()}_version AFTER {action} ON "
                f"{table} BEGIN {bump} END"
            )


@MIGRATIONS()
def m008_statements_and_rate_history(db: Database) -> None:
    """Imported entries remember the id their source gave them (OFX FITID, order id), so the
    same file imported twice adds nothing; rates keep one row per pair and day, so an entry is
    valued at the rate of its own day."""
    db.table("ledger").add_column("source_id", str)
    # Partial: typed entries have no source id and must not collide with each other.
    db.execute(
        "CREATE UNIQUE INDEX idx_ledger_source_id ON ledger (source_id) WHERE source_id IS NOT NULL"
    )
    db.table("rate_history").create(
        {"base": str, "quote": str, "day": str, "rate": str, "source": str},
        pk=("base", "quote", "day"),
        not_null={"rate", "source"},
        defaults={"source": ""},
    )


@MIGRATIONS()
def m009_csv_mappings(db: Database) -> None:
    """How to read each bank's CSV, remembered under its header row."""
    db.table("csv_mappings").create(
        {"signature": str, "name": str, "mapping": str, "updated_at": str},
        pk="signature",
        not_null={"name", "mapping", "updated_at"},
        defaults={"name": ""},
    )


@MIGRATIONS()
def m010_ledger_money_indexes(db: Database) -> None:
    """Covering indexes for budget status: each scope's sum over a period reads only index
    entries (at 1M entries the overall budget read ~11k table rows a month: 26 ms, now ~3 ms).
    The creator one is needed too, or the planner would take the kind index for creators."""
    money = "occurred_at, home_currency, currency, home_minor, amount_minor"
    db.execute(f"CREATE INDEX idx_ledger_kind_money ON ledger (kind, {money})")
    db.execute(f"CREATE INDEX idx_ledger_platform_money ON ledger (platform, kind, {money})")
    db.execute(f"CREATE INDEX idx_ledger_creator_money ON ledger (creator, kind, {money})")


@MIGRATIONS()
def m011_ledger_sort_indexes(db: Database) -> None:
    """One index per column the ledger sorts by: an index holds (key, id), so a page of the
    sort, ties by id either way, is a seek and a short scan (1-3 s a page at 1M without)."""
    for name, key in (
        ("kind", "kind"),
        ("platform", "platform"),
        ("units", "units"),
        ("amount", "amount_minor"),
        ("home", "home_minor"),
        ("creator", "creator COLLATE NOCASE"),
        ("note", "note COLLATE NOCASE"),
    ):
        db.execute(f"CREATE INDEX idx_ledger_sort_{name} ON ledger ({key}, id)")


@MIGRATIONS()
def m012_event_ics_text(db: Database) -> None:
    """A series the app's stepper cannot describe (a zone of its own, several rules, ...) keeps
    its iCalendar text, expanded by recurring-ical-events; NULL for every other event."""
    db.table("events").add_column("ics", str)


@MIGRATIONS()
def m013_events_creator_index(db: Database) -> None:
    """Events by creator: Home's first look on a new day reads favourite creators' events, and
    without it the planner walked every event through its first-start index (15 ms of the first
    page at 10k events, now 5). Deleting a creator no longer scans every event either."""
    db.execute("CREATE INDEX idx_events_creator_id ON events (creator_id)")


def known_migration_names() -> set[str]:
    """Every migration this version ships (all are pending against an empty database)."""
    return {m.name for m in MIGRATIONS.pending(Database(memory=True, execute_plugins=False))}
