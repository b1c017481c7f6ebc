"""Spending reports: by month, platform and creator, in the home currency as logged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from companion.core.budget.ledger import utc_text

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Row:
    label: str
    amount: int  # minor units of the home currency
    units: int
    entries: int


def _month_starts(now: datetime, zone: ZoneInfo, months: int) -> list[date]:
    local = now.astimezone(zone).date().replace(day=1)
    starts = []
    year, month = local.year, local.month
    for _ in range(months + 1):
        starts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(starts))


def by_month(
    db: Database, *, now: datetime, zone: ZoneInfo, home: str, months: int = 12
) -> list[Row]:
    """Purchases per calendar month (in the fan's zone), oldest first, the current month last."""
    starts = _month_starts(now, zone, months - 1)
    ends = [*starts[1:], _next_month(starts[-1])]
    out = []
    for first, after in zip(starts, ends, strict=True):
        lo = utc_text(datetime.combine(first, time(0), zone))
        hi = utc_text(datetime.combine(after, time(0), zone))
        amount, units, n = db.execute(
            "SELECT COALESCE(SUM(home_minor), 0), COALESCE(SUM(units), 0), COUNT(*) FROM ledger "
            "WHERE kind = 'purchase' AND home_currency = ? AND occurred_at >= ? AND "
            "occurred_at < ?",
            [home, lo, hi],
        ).fetchone()
        out.append(Row(first.strftime("%Y-%m"), int(amount), int(units), int(n)))
    return out


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def by_platform(
    db: Database, *, home: str, start: datetime | None = None, end: datetime | None = None
) -> list[Row]:
    where, args = _range(start, end)
    rows = db.execute(
        "SELECT platform, COALESCE(SUM(home_minor), 0), SUM(units), COUNT(*) FROM ledger "
        f"WHERE kind = 'purchase' AND home_currency = ? {where} GROUP BY platform "
        "ORDER BY 2 DESC",
        [home, *args],
    ).fetchall()
    return [Row(p, int(a), int(u), int(n)) for p, a, u, n in rows]


def by_creator(
    db: Database, *, home: str, start: datetime | None = None, end: datetime | None = None
) -> list[Row]:
    where, args = _range(start, end)
    rows = db.execute(
        "SELECT creator, COALESCE(SUM(home_minor), 0), SUM(units), COUNT(*) FROM ledger "
        f"WHERE kind = 'gift' AND (home_currency = ? OR home_currency IS NULL) {where} "
        "GROUP BY creator ORDER BY 2 DESC, 1",
        [home, *args],
    ).fetchall()
    return [Row(c or "—", int(a), int(u), int(n)) for c, a, u, n in rows]


def _range(start: datetime | None, end: datetime | None) -> tuple[str, list[str]]:
    clauses, args = "", []
    if start:
        clauses += " AND occurred_at >= ?"
        args.append(utc_text(start))
    if end:
        clauses += " AND occurred_at < ?"
        args.append(utc_text(end))
    return clauses, args
