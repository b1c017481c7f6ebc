"""The text form every instant is stored in, apart from the ledger's machinery: budget status
needs it and importing ledger.py (the catalog, rates, CSV) would be most of a budget command."""

from __future__ import annotations

from datetime import datetime, timezone


def utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("aware datetimes only")
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")
