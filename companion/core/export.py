"""Writing files for the fan: atomically, so a crash or a full disk never leaves half a file."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.money.money import to_major

if TYPE_CHECKING:
    from sqlite_utils import Database


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename over ``path``."""
    folder = path.resolve().parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def catalog_json(db: Database, today: date) -> str:
    """Every visible bundle and gift, in the same format ``companion import`` reads."""
    from companion.core.bundles import gifts as gift_store
    from companion.core.bundles import store

    out = []
    for p in store.platforms(db):
        out.append(
            {
                "id": p.id,
                "bundles": [
                    {
                        "units": b.units,
                        "bonus_units": b.bonus_units,
                        "price": str(to_major(b.price_minor, b.currency)),
                        "currency": b.currency,
                        "channel": b.channel,
                        "region": b.region,
                        "source": b.source,
                        "observed": b.observed,
                    }
                    for b in store.bundles(db, today=today, platform=p.id)
                ],
                "gifts": [
                    {"name": g.name, "units": g.units, "note": g.note}
                    for g in gift_store.gifts(db, p.id)
                ],
            }
        )
    return json.dumps({"format": 1, "platforms": out}, indent=2, ensure_ascii=False) + "\n"
