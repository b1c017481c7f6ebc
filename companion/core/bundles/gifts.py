"""Each platform's gifts (what a creator receives, priced in the platform's units)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.core.bundles.catalog import GiftSpec, parse_gift
from companion.core.bundles.store import existing_row, platform
from companion.core.errors import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Gift:
    id: int
    platform: str
    name: str
    units: int
    note: str
    origin: str


def gifts(db: Database, platform: str | None = None) -> list[Gift]:
    where, args = ("hidden = 0 AND platform = ?", [platform]) if platform else ("hidden = 0", [])
    return [
        Gift(r["id"], r["platform"], r["name"], r["units"], r["note"], r["origin"])
        for r in db.table("gifts").rows_where(where, args, order_by="platform, units, name")
    ]


def find_gift(db: Database, platform: str, name: str) -> Gift:
    wanted = name.strip().lower()
    for gift in gifts(db, platform):
        if gift.name.lower() == wanted:
            return gift
    known = ", ".join(g.name for g in gifts(db, platform)) or "none"
    raise InputError(f"gift: no gift '{name}' on {platform} (known: {known})")


def add_gift(db: Database, platform_id: str, name: str, units: object, note: str = "") -> int:
    platform(db, platform_id)
    spec = _typed_gift(db, platform_id, name, units, note)
    with db.atomic():
        inserted = db.table("gifts").insert(
            {
                "platform": platform_id,
                "name": spec.name,
                "units": spec.units,
                "note": spec.note,
                "origin": "user",
                "edited": 0,
                "hidden": 0,
            }
        )
        assert inserted.last_rowid is not None  # the insert above set it
        return int(inserted.last_rowid)


def update_gift(db: Database, gift_id: int, name: str, units: object, note: str = "") -> None:
    """Correct a gift; an edited shipped gift is never overwritten by an upgrade."""
    row = existing_row(db, "gifts", gift_id)
    spec = _typed_gift(db, row["platform"], name, units, note, ignore=gift_id)
    with db.atomic():
        db.table("gifts").update(
            gift_id, {"name": spec.name, "units": spec.units, "note": spec.note, "edited": 1}
        )


def delete_gift(db: Database, gift_id: int) -> None:
    row = existing_row(db, "gifts", gift_id)
    with db.atomic():
        if row["ship_key"]:
            db.table("gifts").update(gift_id, {"hidden": 1})
        else:
            db.table("gifts").delete(gift_id)


def _typed_gift(
    db: Database, platform_id: str, name: str, units: object, note: str, ignore: int | None = None
) -> GiftSpec:
    """A gift as typed in a form (units may be text), checked like a catalog gift."""
    if isinstance(units, str) and units.strip().isdigit():
        units = int(units)
    spec = parse_gift({"name": name, "units": units, "note": note}, "gift")
    taken = {g.name.lower() for g in gifts(db, platform_id) if g.id != ignore}
    if spec.name.lower() in taken:
        raise InputError(f"gift.name: '{spec.name}' already exists on {platform_id}")
    return spec
