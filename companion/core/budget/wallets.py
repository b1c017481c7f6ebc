"""What each platform's wallet holds: its own module, as Home's first page reads it and the
ledger's import (the bundle catalogue, rates, the entry types) is not needed for that."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.store.ready import ReadConnection


class Wallet(NamedTuple):
    platform: str
    bought: int
    sent: int

    @property
    def balance(self) -> int:
        return self.bought - self.sent


def wallets(db: Database | ReadConnection) -> list[Wallet]:
    """Units bought minus units sent, per platform (totals kept by triggers in the database)."""
    rows = db.execute(
        "SELECT platform, bought, sent FROM wallet_totals WHERE bought != 0 OR sent != 0 "
        "ORDER BY platform"
    ).fetchall()
    return [Wallet(p, int(b), int(s)) for p, b, s in rows]
