"""Exchange rates the fan keeps (no network): stored as decimal text, used with banker's rounding.

A rate ``base → quote`` says how many ``quote`` one ``base`` buys. The inverse pair is derived;
no chain through a third currency is guessed. Rates older than 30 days are stale.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from companion.core.errors import InputError
from companion.core.money.money import check_currency, convert
from companion.core.store.csv_cells import check_row_count, neutralise, restore

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.store.ready import ReadConnection

STALE_AFTER = timedelta(days=30)
MAX_RATE_ROWS = 5_000
RATES_CSV_COLUMNS = ("base", "quote", "rate", "as_of", "source")
# No two currencies stand further apart than this (USD to IRR is about 1 : 600,000), and a
# billion-unit price at the largest rate still fits a 64-bit integer of minor units.
MAX_RATE = Decimal(1_000_000)
MIN_RATE = Decimal("0.000001")


@dataclass(frozen=True)
class Rate:
    base: str
    quote: str
    rate: Decimal
    as_of: date
    source: str

    def stale(self, today: date) -> bool:
        return today - self.as_of > STALE_AFTER


@dataclass(frozen=True)
class Converted:
    """An amount in the target currency, or the original with a note when no rate exists."""

    minor: int
    currency: str
    rate: Rate | None
    stale: bool = False
    note: str = ""

    @property
    def converted(self) -> bool:
        return self.rate is not None


def parse_rate(text: object, field: str = "rate") -> Decimal:
    from companion.core.money.money import check_number_text

    raw = str(text).strip() if text is not None else ""
    check_number_text(raw, field)
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise InputError(f"{field}: '{raw}' is not a number") from None
    if not value.is_finite() or value <= 0:
        raise InputError(f"{field}: must be > 0, got '{raw}'")
    if not MIN_RATE <= value <= MAX_RATE:
        # Outside this no two currencies stand; a rate like 1e-30 would make every converted
        # price round to nothing or overflow.
        raise InputError(f"{field}: must be between {MIN_RATE} and {MAX_RATE:,}, got {raw}")
    return value


def parse_day(text: object, field: str, *, today: date | None = None) -> date:
    raw = str(text).strip() if text is not None else ""
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        raise InputError(f"{field}: '{raw}' is not a date like 2026-11-25") from None
    if today is not None and day > today + timedelta(days=1):
        raise InputError(f"{field}: {day} is in the future")
    return day


def _validated(
    base: str, quote: str, rate: object, as_of: object, source: str, today: date, where: str = ""
) -> dict[str, str]:
    b = check_currency(base, f"{where}base")
    q = check_currency(quote, f"{where}quote")
    if b == q:
        raise InputError(f"{where}quote: a rate needs two different currencies ({b} twice)")
    value = parse_rate(rate, f"{where}rate")
    day = parse_day(as_of, f"{where}as_of", today=today)
    return {
        "base": b,
        "quote": q,
        "rate": str(value),
        "as_of": day.isoformat(),
        "source": (source or "").strip()[:500],
    }


def set_rate(
    db: Database,
    base: str,
    quote: str,
    rate: object,
    as_of: object,
    source: str = "",
    *,
    today: date,
) -> Rate:
    row = _validated(base, quote, rate, as_of, source, today)
    with db.atomic():
        _upsert(db, row)
    return Rate(
        row["base"],
        row["quote"],
        Decimal(row["rate"]),
        date.fromisoformat(row["as_of"]),
        row["source"],
    )


def _upsert(db: Database, row: dict[str, str]) -> None:
    # One row per unordered pair: a newer A→B replaces an older B→A too.
    db.execute(
        "DELETE FROM rates WHERE (base = ? AND quote = ?) OR (base = ? AND quote = ?)",
        [row["base"], row["quote"], row["quote"], row["base"]],
    )
    db.table("rates").insert(row)


def delete_rate(db: Database, base: str, quote: str) -> None:
    with db.atomic():
        db.execute(
            "DELETE FROM rates WHERE (base = ? AND quote = ?) OR (base = ? AND quote = ?)",
            [base, quote, quote, base],
        )


def all_rates(db: Database | ReadConnection) -> list[Rate]:
    # Plain SQL: a read-only command's connection (store.ready) has no table().
    cursor = db.execute("SELECT base, quote, rate, as_of, source FROM rates ORDER BY base, quote")
    rates = (_to_rate(dict(zip(RATES_CSV_COLUMNS, r, strict=True))) for r in cursor)
    return [r for r in rates if r is not None]


def _to_rate(row: dict[str, str]) -> Rate | None:
    """A stored rate, or None (logged) when it is out of bounds: an older version accepted
    rates like 1e-999999999, and one must not crash every later conversion."""
    try:
        value = parse_rate(row["rate"])
        return Rate(
            row["base"],
            row["quote"],
            value,
            date.fromisoformat(row["as_of"]),
            row["source"] or "",
        )
    except (InputError, ValueError, TypeError) as exc:
        import logging

        logging.getLogger("companion.money").warning(
            "ignoring the stored %s/%s rate: %s", row.get("base"), row.get("quote"), exc
        )
        return None


def find_rate(db: Database, source: str, target: str) -> Rate | None:
    """The rate from ``source`` to ``target``, direct or inverted; None when none is kept."""
    row = db.execute(
        "SELECT base, quote, rate, as_of, source FROM rates WHERE (base = ? AND quote = ?) "
        "OR (base = ? AND quote = ?)",
        [source, target, target, source],
    ).fetchone()
    if row is None:
        return None
    rate = _to_rate(dict(zip(("base", "quote", "rate", "as_of", "source"), row, strict=True)))
    if rate is None:
        return None
    if rate.base == source:
        return rate
    return Rate(source, target, Decimal(1) / rate.rate, rate.as_of, rate.source)


class RateBook:
    """All rates loaded once, for converting many prices (a page, a plan) without re-querying."""

    def __init__(self, rates: list[Rate], today: date) -> None:
        self.today = today
        self._rates: dict[tuple[str, str], Rate] = {}
        for r in rates:
            self._rates[(r.base, r.quote)] = r
            self._rates.setdefault(
                (r.quote, r.base), Rate(r.quote, r.base, Decimal(1) / r.rate, r.as_of, r.source)
            )

    @classmethod
    def load(cls, db: Database | ReadConnection, now: datetime) -> RateBook:
        return cls(all_rates(db), now.date())

    def rate(self, source: str, target: str) -> Rate | None:
        return self._rates.get((source, target))

    def convert(self, minor: int, source: str, target: str) -> Converted:
        if source == target:
            return Converted(minor, source, Rate(source, target, Decimal(1), self.today, ""))
        rate = self.rate(source, target)
        if rate is None:
            return Converted(minor, source, None, note=f"no {source}→{target} rate kept")
        stale = rate.stale(self.today)
        note = f"rate from {rate.as_of} is over 30 days old" if stale else ""
        return Converted(convert(minor, source, target, rate.rate), target, rate, stale, note)


def import_rates_csv(db: Database, text: str, *, today: date) -> int:
    """All-or-nothing: every row is validated first; errors name the line and column."""
    rows = parse_rates_csv(text, today=today)
    with db.atomic():
        for row in rows:
            _upsert(db, row)
    return len(rows)


def parse_rates_csv(text: str, *, today: date) -> list[dict[str, str]]:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        # There are under 200 currencies: more pairs than this is not a rates file.
        check_row_count(text, MAX_RATE_ROWS, "an exchange-rate")
        return _parse_rates(reader, text.lstrip("\ufeff"), today)
    except csv.Error as exc:
        raise InputError(f"line {reader.line_num}: not readable as CSV ({exc})") from None


def _parse_rates(reader: Any, text: str, today: date) -> list[dict[str, str]]:
    sample = text.split("\n", 1)[0]
    if ";" in sample and "," not in sample:
        raise InputError("line 1: columns are separated by ';' — use commas (a plain CSV)")
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise InputError("line 1: the file is empty") from None
    missing = [c for c in RATES_CSV_COLUMNS[:4] if c not in header]
    if missing:
        raise InputError(
            f"line 1: missing column(s) {', '.join(missing)} "
            f"(expected {','.join(RATES_CSV_COLUMNS)})"
        )
    index = {name: header.index(name) for name in RATES_CSV_COLUMNS if name in header}
    rows, seen = [], {}
    for record in reader:
        line_no = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(record) < len(header):
            raise InputError(f"line {line_no}: expected {len(header)} columns, got {len(record)}")

        def cell(name: str, rec: list[str] = record) -> str:
            return restore(rec[index[name]]) if name in index else ""

        where = f"line {line_no}, column "
        row = _validated(
            cell("base"), cell("quote"), cell("rate"), cell("as_of"), cell("source"), today, where
        )
        pair = frozenset((row["base"], row["quote"]))
        if pair in seen:
            raise InputError(
                f"line {line_no}: {row['base']}/{row['quote']} already given on line {seen[pair]}"
            )
        seen[pair] = line_no
        rows.append(row)
    if not rows:
        raise InputError("the file has a header but no rates")
    return rows


def export_rates_csv(db: Database) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(RATES_CSV_COLUMNS)
    for r in all_rates(db):
        writer.writerow([r.base, r.quote, str(r.rate), r.as_of.isoformat(), neutralise(r.source)])
    return out.getvalue()
