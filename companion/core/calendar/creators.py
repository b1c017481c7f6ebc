"""Favourite creators: name, platform, official profile link, zone, colour."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from companion.core.budget.instants import utc_text
from companion.core.calendar.occurrences import zone_named
from companion.core.errors import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database

PALETTE = ["#e8505b", "#f9a03f", "#3fb37f", "#3f8efc", "#9b5de5", "#f15bb5", "#00bbf9", "#8d6e63"]


class Creator(NamedTuple):
    id: int
    name: str
    platform: str | None
    handle: str
    profile_url: str
    notes: str
    colour: str
    favourite: bool
    zone: str


# -- creators ----------------------------------------------------------------------------------
def _creator_of(r: dict[str, Any]) -> Creator:
    return Creator(
        r["id"],
        r["name"],
        r["platform"],
        r["handle"],
        r["profile_url"],
        r["notes"],
        r["colour"],
        bool(r["favourite"]),
        r["zone"],
    )


def creators(db: Database) -> list[Creator]:
    return [
        _creator_of(r)
        for r in db.table("creators").rows_where(order_by="favourite DESC, name COLLATE NOCASE")
    ]


def creator(db: Database, creator_id: int) -> Creator:
    # One row by its key: every saved event checks its creator, and reading all 2,000 of them
    # for each made seeding or importing thousands of events take minutes.
    row = next(iter(db.table("creators").rows_where("id = ?", [creator_id])), None)
    if row is None:
        raise InputError(f"creator {creator_id} does not exist")
    return _creator_of(row)


def find_creator(db: Database, name: str) -> Creator | None:
    wanted = name.strip().lower()
    return next((c for c in creators(db) if c.name.lower() == wanted), None)


def save_creator(
    db: Database,
    *,
    name: str,
    zone: str,
    platform: str | None = None,
    handle: str = "",
    profile_url: str = "",
    notes: str = "",
    colour: str | None = None,
    favourite: bool = False,
    creator_id: int | None = None,
    now: datetime,
) -> Creator:
    clean = (name or "").strip()
    if not clean:
        raise InputError("name: give the creator's name")
    if len(clean) > 200:
        raise InputError("name: the name is too long")
    zone_named(zone)
    if platform is not None:
        from companion.core.bundles.store import platform as get_platform

        get_platform(db, platform)
    url = (profile_url or "").strip()
    if url:
        _check_profile_url(url, platform)
    row = {
        "name": clean,
        "platform": platform,
        "handle": (handle or "").strip()[:100],
        "profile_url": url,
        "notes": (notes or "").strip()[:2000],
        "colour": colour or PALETTE[len(creators(db)) % len(PALETTE)],
        "favourite": int(bool(favourite)),
        "zone": zone.strip(),
    }
    with db.atomic():
        if creator_id is None:
            table = db.table("creators")
            table.insert({**row, "created_at": utc_text(now)})
            assert table.last_rowid is not None  # the insert above set it
            creator_id = int(table.last_rowid)
        else:
            creator(db, creator_id)
            db.table("creators").update(creator_id, row)
    return creator(db, creator_id)


def _check_profile_url(url: str, platform: str | None) -> None:
    """A profile link must be https on the platform's official domain (the link checker)."""
    from companion.core.links.links import check_url

    verdict = check_url(url)
    if not verdict.on_site:
        raise InputError(f"profile_url: {verdict.reasons[0]}")
    if platform and verdict.platform != platform:
        raise InputError(f"profile_url: {verdict.host} is not on {platform}'s official site")


def delete_creator(db: Database, creator_id: int) -> None:
    """Delete a creator; their events stay, without a creator."""
    with db.atomic():
        db.execute("UPDATE events SET creator_id = NULL WHERE creator_id = ?", [creator_id])
        db.execute("UPDATE subscriptions SET creator_id = NULL WHERE creator_id = ?", [creator_id])
        db.table("creators").delete(creator_id)
