"""Importing a catalog file the fan has (the format of resources/catalog.json).

The whole file is validated first, every error naming its JSON path; nothing changes unless all
of it is valid. Rows already in the catalog are counted and skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from companion.core.bundles.catalog import loads
from companion.core.bundles.gifts import gifts
from companion.core.bundles.store import bundle_row, platforms, refuse_duplicate
from companion.core.errors import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class ImportReport:
    bundles_added: int
    gifts_added: int
    already_present: int


# The shipped catalog is 8 kB with under 100 bundles and gifts; every platform's full price
# list in every region and channel is a few thousand.
MAX_CATALOG_BYTES = 2_000_000
MAX_CATALOG_ITEMS = 5_000


def import_catalog(db: Database, text: str | bytes, *, now: datetime) -> ImportReport:
    """All or nothing: the whole file is validated before anything is written."""
    today = now.date()
    if len(text) > MAX_CATALOG_BYTES:
        raise InputError(
            f"catalog: the file is {len(text):,} bytes; a catalog is at most "
            f"{MAX_CATALOG_BYTES // 1_000_000} MB"
        )
    known = {p.id: p.name for p in platforms(db)}
    spec = loads(text, known=known, today=today)
    count = sum(len(p.bundles) + len(p.gifts) for p in spec.platforms)
    if count > MAX_CATALOG_ITEMS:
        raise InputError(
            f"catalog: {count:,} bundles and gifts; a catalog import takes at most "
            f"{MAX_CATALOG_ITEMS:,}"
        )
    added = gifts_added = skipped = 0
    with db.atomic():
        for p in spec.platforms:
            for b in p.bundles:
                try:
                    refuse_duplicate(db, p.id, b)
                except InputError:
                    skipped += 1
                    continue
                db.table("bundles").insert(
                    {**bundle_row(p.id, b, "import"), "edited": 0, "hidden": 0}
                )
                added += 1
            have = {g.name.lower() for g in gifts(db, p.id)}
            for g in p.gifts:
                if g.name.lower() in have:
                    skipped += 1
                    continue
                db.table("gifts").insert(
                    {
                        "platform": p.id,
                        "name": g.name,
                        "units": g.units,
                        "note": g.note,
                        "origin": "import",
                        "edited": 0,
                        "hidden": 0,
                    }
                )
                gifts_added += 1
    return ImportReport(added, gifts_added, skipped)
