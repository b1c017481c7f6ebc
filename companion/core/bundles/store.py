"""Platforms, bundles and promotions in the database, and keeping shipped rows up to date.

Gifts live in ``companion.core.bundles.gifts``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from companion.core.bundles.catalog import (
    CatalogSpec,
    PlatformSpec,
    parse_bundle,
    shipped_catalog,
)
from companion.core.errors import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Payout:
    kind: str  # per_unit | share
    amount: Decimal | None  # per_unit: major units of currency per unit
    currency: str | None
    percent: Decimal | None  # share
    source: str
    note: str


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    unit: str
    domains: tuple[str, ...]
    payout: Payout | None
    direct: dict[str, Any] | None
    notes: str


@dataclass(frozen=True)
class Bundle:
    id: int
    platform: str
    units: int
    bonus_units: int
    promo_units: int  # extra units from promotions active today
    price_minor: int
    currency: str
    channel: str
    region: str
    source: str
    observed: str
    origin: str
    edited: bool

    @property
    def total_units(self) -> int:
        return self.units + self.bonus_units + self.promo_units


@dataclass(frozen=True)
class Promotion:
    id: int
    bundle_id: int
    kind: str
    value: int
    expires: str
    note: str

    def extra_units(self, base_units: int) -> int:
        return base_units * self.value // 100 if self.kind == "percent" else self.value

    def active(self, today: date) -> bool:
        return date.fromisoformat(self.expires) >= today


# -- shipped catalog sync --------------------------------------------------------------------
def ensure_catalog(db: Database, catalog: CatalogSpec | None = None) -> bool:
    """Bring shipped rows up to the shipped catalog's version. True when anything changed."""
    current = db.execute("SELECT value FROM meta WHERE key = 'catalog_version'").fetchone()
    if catalog is None:
        if current is not None and current[0] == _shipped_version():
            return False
        catalog = shipped_catalog()
    if current is not None and current[0] == catalog.version:
        return False
    with db.atomic():
        for position, spec in enumerate(catalog.platforms):
            db.table("platforms").upsert(_platform_row(spec, position), pk="id")
            _sync_rows(
                db,
                "bundles",
                spec.id,
                {b.ship_key(spec.id): bundle_row(spec.id, b, "shipped") for b in spec.bundles},
            )
            _sync_rows(
                db,
                "gifts",
                spec.id,
                {
                    f"{spec.id}/{g.name.lower()}": {
                        "platform": spec.id,
                        "name": g.name,
                        "units": g.units,
                        "note": g.note,
                        "origin": "shipped",
                    }
                    for g in spec.gifts
                },
            )
        db.table("meta").upsert({"key": "catalog_version", "value": catalog.version}, pk="key")
    return True


def _shipped_version() -> str:
    from companion.core.bundles.shipped import shipped_version

    return shipped_version()


def _sync_rows(db: Database, table: str, platform: str, wanted: dict[str, dict[str, Any]]) -> None:
    existing = {
        row["ship_key"]: row
        for row in db.table(table).rows_where("platform = ? AND ship_key IS NOT NULL", [platform])
    }
    for key, row in wanted.items():
        old = existing.get(key)
        if old is None:
            db.table(table).insert({**row, "ship_key": key, "edited": 0, "hidden": 0})
        elif not old["edited"]:
            db.table(table).update(old["id"], row)  # hidden stays as the fan left it
    for key, old in existing.items():
        if key not in wanted and not old["edited"]:
            if table == "bundles":
                db.table("promotions").delete_where("bundle_id = ?", [old["id"]])
            db.table(table).delete(old["id"])


def _platform_row(spec: PlatformSpec, position: int) -> dict[str, Any]:
    payout = spec.payout or {}
    return {
        "id": spec.id,
        "name": spec.name,
        "unit": spec.unit,
        "domains": json.dumps(list(spec.domains)),
        "payout_kind": payout.get("kind"),
        "payout_amount": str(payout["amount"]) if "amount" in payout else None,
        "payout_currency": payout.get("currency"),
        "payout_percent": str(payout["percent"]) if "percent" in payout else None,
        "payout_source": payout.get("source"),
        "payout_note": payout.get("note"),
        "direct": json.dumps(spec.direct, default=str) if spec.direct else None,
        "notes": spec.notes,
        "position": position,
    }


def bundle_row(platform: str, b: Any, origin: str) -> dict[str, Any]:
    return {
        "platform": platform,
        "units": b.units,
        "bonus_units": b.bonus_units,
        "price_minor": b.price_minor,
        "currency": b.currency,
        "channel": b.channel,
        "region": b.region,
        "source": b.source,
        "observed": b.observed,
        "origin": origin,
    }


# -- queries -----------------------------------------------------------------------------------
def platforms(db: Database) -> list[Platform]:
    out = []
    # A plain SELECT, as the first page reads it before sqlite-utils is loaded (store.lazydb).
    cursor = db.execute("SELECT * FROM platforms ORDER BY position")
    names = [d[0] for d in cursor.description]
    for r in (dict(zip(names, row, strict=True)) for row in cursor):
        payout = None
        if r["payout_kind"]:
            payout = Payout(
                r["payout_kind"],
                Decimal(r["payout_amount"]) if r["payout_amount"] else None,
                r["payout_currency"],
                Decimal(r["payout_percent"]) if r["payout_percent"] else None,
                r["payout_source"] or "",
                r["payout_note"] or "",
            )
        out.append(
            Platform(
                r["id"],
                r["name"],
                r["unit"],
                tuple(json.loads(r["domains"])),
                payout,
                json.loads(r["direct"]) if r["direct"] else None,
                r["notes"] or "",
            )
        )
    return out


def platform(db: Database, platform_id: str) -> Platform:
    found = next((p for p in platforms(db) if p.id == platform_id), None)
    if found is None:
        known = ", ".join(p.id for p in platforms(db))
        raise InputError(f"platform: unknown platform '{platform_id}' (known: {known})")
    return found


def promotions(db: Database, bundle_id: int | None = None) -> list[Promotion]:
    where, args = ("bundle_id = ?", [bundle_id]) if bundle_id is not None else (None, [])
    return [
        Promotion(**r) for r in db.table("promotions").rows_where(where, args, order_by="expires")
    ]


def bundles(
    db: Database, *, today: date, platform: str | None = None, channel: str | None = None
) -> list[Bundle]:
    clauses, args = ["hidden = 0"], []
    if platform:
        clauses.append("platform = ?")
        args.append(platform)
    if channel:
        clauses.append("channel = ?")
        args.append(channel)
    active: dict[int, list[Promotion]] = {}
    for promo in promotions(db):
        if promo.active(today):
            active.setdefault(promo.bundle_id, []).append(promo)
    result = []
    for r in db.table("bundles").rows_where(
        " AND ".join(clauses), args, order_by="platform, channel, units"
    ):
        promo_units = sum(p.extra_units(r["units"]) for p in active.get(r["id"], ()))
        result.append(
            Bundle(
                r["id"],
                r["platform"],
                r["units"],
                r["bonus_units"],
                promo_units,
                r["price_minor"],
                r["currency"],
                r["channel"],
                r["region"],
                r["source"],
                r["observed"],
                r["origin"],
                bool(r["edited"]),
            )
        )
    return result


# -- the fan's changes -------------------------------------------------------------------------
def add_bundle(db: Database, platform_id: str, fields: dict[str, Any], *, today: date) -> int:
    """Add a bundle the fan saw. ``fields`` as typed: units, bonus_units, price, currency, ..."""
    platform(db, platform_id)
    spec = parse_bundle(fields, "bundle", default_observed=today.isoformat())
    refuse_duplicate(db, platform_id, spec)
    with db.atomic():
        table = db.table("bundles")
        table.insert({**bundle_row(platform_id, spec, "user"), "edited": 0, "hidden": 0})
        assert table.last_rowid is not None  # the insert above set it
        return int(table.last_rowid)


def update_bundle(db: Database, bundle_id: int, fields: dict[str, Any], *, today: date) -> None:
    """Correct a bundle; a shipped row the fan edits is never overwritten by an upgrade."""
    row = existing_row(db, "bundles", bundle_id)
    spec = parse_bundle(fields, "bundle", default_observed=today.isoformat())
    refuse_duplicate(db, row["platform"], spec, ignore=bundle_id)
    with db.atomic():
        db.table("bundles").update(
            bundle_id, {**bundle_row(row["platform"], spec, row["origin"]), "edited": 1}
        )


def delete_bundle(db: Database, bundle_id: int) -> None:
    row = existing_row(db, "bundles", bundle_id)
    with db.atomic():
        if row["ship_key"]:
            db.table("bundles").update(bundle_id, {"hidden": 1})
        else:
            db.table("promotions").delete_where("bundle_id = ?", [bundle_id])
            db.table("bundles").delete(bundle_id)


def restore_bundle(db: Database, bundle_id: int) -> None:
    """Undo a delete of a shipped row."""
    with db.atomic():
        db.table("bundles").update(bundle_id, {"hidden": 0})


def add_promotion(
    db: Database,
    bundle_id: int,
    kind: str,
    value: object,
    expires: object,
    note: str = "",
    *,
    today: date,
) -> int:
    """A bonus (percent of the base units, or extra units) that counts until ``expires``."""
    existing_row(db, "bundles", bundle_id)
    if kind not in ("percent", "units"):
        raise InputError("promotion.kind: must be percent or units")
    try:
        number = int(str(value).strip())
    except ValueError:
        raise InputError(f"promotion.value: '{value}' is not a whole number") from None
    limit = 1000 if kind == "percent" else 10**9
    if not 0 < number <= limit:
        raise InputError(f"promotion.value: must be between 1 and {limit:,}")
    try:
        last_day = date.fromisoformat(str(expires).strip())
    except ValueError:
        raise InputError(f"promotion.expires: '{expires}' is not a date like 2026-12-31") from None
    if last_day < today:
        raise InputError(f"promotion.expires: {last_day} has already passed")
    with db.atomic():
        inserted = db.table("promotions").insert(
            {
                "bundle_id": bundle_id,
                "kind": kind,
                "value": number,
                "expires": last_day.isoformat(),
                "note": note.strip(),
            }
        )
        assert inserted.last_rowid is not None  # the insert above set it
        return int(inserted.last_rowid)


def delete_promotion(db: Database, promotion_id: int) -> None:
    with db.atomic():
        db.table("promotions").delete_where("id = ?", [promotion_id])


def existing_row(db: Database, table: str, row_id: int) -> dict[str, Any]:
    row = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    if row is None:
        raise InputError(f"{table[:-1]} {row_id} does not exist (it may have been deleted)")
    names = [d[0] for d in db.execute(f"SELECT * FROM [{table}] LIMIT 0").description]
    return dict(zip(names, row, strict=True))


def refuse_duplicate(db: Database, platform_id: str, spec: Any, ignore: int | None = None) -> None:
    clash = db.execute(
        "SELECT id FROM bundles WHERE platform = ? AND channel = ? AND region = ? AND units = ? "
        "AND bonus_units = ? AND price_minor = ? AND currency = ? AND hidden = 0 AND id IS NOT ?",
        [
            platform_id,
            spec.channel,
            spec.region,
            spec.units,
            spec.bonus_units,
            spec.price_minor,
            spec.currency,
            ignore,
        ],
    ).fetchone()
    if clash:
        raise InputError("bundle: the same bundle is already in the catalog")
