"""The ledger as CSV: ``date,type,platform,units,amount,currency,creator,note``.

Imports are all or nothing: every row is validated first, and every error names its line and
column. A byte-order mark is fine; semicolon-separated files are explained, not guessed at.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from companion.core.budget.ledger import KINDS, Entry, entries, make_gift, make_purchase
from companion.core.bundles import store as catalog
from companion.core.errors import InputError
from companion.core.money.money import check_currency, parse_amount, to_major
from companion.core.money.rates import RateBook

if TYPE_CHECKING:
    from sqlite_utils import Database

CSV_COLUMNS = ("date", "type", "platform", "units", "amount", "currency", "creator", "note")


def export_csv(db: Database, zone: ZoneInfo) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in entries(db, descending=False):
        amount = (
            str(to_major(e.amount_minor, e.currency))
            if e.amount_minor is not None and e.currency
            else ""
        )
        writer.writerow(
            [
                e.when.astimezone(zone).date().isoformat(),
                e.kind,
                e.platform,
                e.units,
                amount,
                e.currency or "",
                e.creator or "",
                e.note,
            ]
        )
    return out.getvalue()


def parse_csv(db: Database, text: str, *, now: datetime, zone: ZoneInfo, home: str) -> list[Entry]:
    """Every row validated before anything is saved; errors name the line and column."""
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    if ";" in first and "," not in first:
        raise InputError(
            "line 1: columns are separated by ';' — save the file as a plain comma-separated CSV"
        )
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        return _parse_rows(db, reader, now=now, zone=zone, home=home)
    except csv.Error as exc:
        raise InputError(f"line {reader.line_num}: not readable as CSV ({exc})") from None


def _parse_rows(
    db: Database, reader: Any, *, now: datetime, zone: ZoneInfo, home: str
) -> list[Entry]:
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise InputError("line 1: the file is empty") from None
    missing = [c for c in CSV_COLUMNS[:5] if c not in header]
    if missing:
        raise InputError(
            f"line 1: missing column(s) {', '.join(missing)} (expected {','.join(CSV_COLUMNS)})"
        )
    col = {name: header.index(name) for name in CSV_COLUMNS if name in header}
    book = RateBook.load(db, now)
    known = {p.id for p in catalog.platforms(db)}
    out: list[Entry] = []
    for record in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(record) < len(header):
            raise InputError(f"line {line}: expected {len(header)} columns, got {len(record)}")

        def cell(name: str, rec: list[str] = record) -> str:
            return rec[col[name]].strip() if name in col else ""

        try:
            out.append(_csv_entry(db, cell, known, now=now, zone=zone, home=home, book=book))
        except InputError as exc:
            field, _, problem = str(exc).partition(": ")
            raise InputError(f"line {line}, column {field}: {problem}") from None
    if not out:
        raise InputError("the file has a header but no entries")
    return out


def _csv_entry(
    db: Database,
    cell: Any,
    known: set[str],
    *,
    now: datetime,
    zone: ZoneInfo,
    home: str,
    book: RateBook,
) -> Entry:
    kind = cell("type").lower()
    if kind not in KINDS:
        raise InputError(f"type: '{cell('type')}' must be purchase or gift")
    platform = cell("platform").lower()
    if platform not in known:
        raise InputError(f"platform: unknown platform '{cell('platform')}'")
    if kind == "purchase":
        if not cell("currency"):
            raise InputError("currency: a purchase needs a currency")
        return make_purchase(
            db,
            platform=platform,
            units=cell("units"),
            amount=cell("amount"),
            currency=cell("currency"),
            when=cell("date"),
            now=now,
            zone=zone,
            home=home,
            note=cell("note"),
            book=book,
        )
    value = currency = None
    if cell("amount"):
        currency = check_currency(cell("currency") or home)
        value = parse_amount(cell("amount"), currency, "amount")
    return make_gift(
        db,
        platform=platform,
        units=cell("units"),
        creator=cell("creator"),
        when=cell("date"),
        now=now,
        zone=zone,
        home=home,
        note=cell("note"),
        value_minor=value,
        value_currency=currency,
    )


def import_csv(db: Database, text: str, *, now: datetime, zone: ZoneInfo, home: str) -> int:
    """All or nothing, under the money rules: raises the action's question (over budget,
    passcode, rate) instead of saving when one applies."""
    from companion.core.budget import actions

    entries = parse_csv(db, text, now=now, zone=zone, home=home)
    return actions.import_ledger(db, entries, now=now).result
