"""Whether the fan has any budget, answered without importing the budget machinery.

``companion budget`` with none set prints one line; importing budget.py (dataclasses, money,
zones) would be a third of that process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.store.ready import ReadConnection


def any_budgets(db: Database | ReadConnection) -> bool:
    return db.execute("SELECT EXISTS (SELECT 1 FROM budgets)").fetchone()[0] == 1
