"""Bank CSV of any shape, read through a mapping the fan gives once per bank.

A mapping says how to read one bank's export: the delimiter, header rows to skip, which
columns hold the date (and its format), the amount (one signed column, or debit and credit
columns), payee, memo, currency and an id, and whether the decimal mark is a comma. It is
remembered under the file's header row, so the next export of the same bank needs nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from companion.core.budget.statements.amounts import minor_of
from companion.core.budget.statements.lines import StatementLine
from companion.core.errors import InputError
from companion.core.money.money import check_currency

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_SKIP = 50
FIELDS = ("date", "amount", "debit", "credit", "payee", "memo", "currency", "id")


@dataclass(frozen=True)
class Mapping:
    date: str = ""
    payee: str = ""
    amount: str = ""  # one signed column, or:
    debit: str = ""  # money out (a positive number here is spending)
    credit: str = ""  # money in
    memo: str = ""
    currency: str = ""  # a column; when absent, ``fixed_currency`` or the home currency
    id: str = ""
    fixed_currency: str = ""
    delimiter: str = ","
    decimal_comma: bool = False
    date_format: str = "%Y-%m-%d"
    skip: int = 0  # rows before the header
    name: str = ""  # what the fan calls it ("My bank")

    def check(self) -> Mapping:
        if not self.date or not self.payee:
            raise InputError("mapping: say which columns hold the date and the payee")
        if bool(self.amount) == bool(self.debit or self.credit):
            raise InputError("mapping: give either an amount column or debit/credit columns")
        if len(self.delimiter) != 1 or self.delimiter in '\r\n"':
            raise InputError(f"mapping: '{self.delimiter}' cannot separate columns")
        if not 0 <= self.skip <= MAX_SKIP:
            raise InputError(f"mapping: skip must be 0 to {MAX_SKIP} rows")
        try:
            datetime.strftime(datetime(2002, 12, 31), self.date_format)
        except ValueError:
            raise InputError(f"mapping: '{self.date_format}' is not a date format") from None
        if self.fixed_currency:
            check_currency(self.fixed_currency, "mapping: currency")
        return self


def parse_mapping(text: str) -> Mapping:
    """``date=Buchungstag,amount=Betrag,payee=Empfänger,decimal=comma,date-format=%d.%m.%Y,
    delimiter=;,skip=4,currency=EUR`` (the CLI's --map) → a checked Mapping."""
    values: dict[str, object] = {}
    for part in _split(text):
        key, sep, value = part.partition("=")
        key = key.strip().lower().replace("-", "_")
        if not sep:
            raise InputError(f"mapping: '{part}' is not key=value")
        if key == "decimal":
            values["decimal_comma"] = value.strip().lower() in ("comma", ",")
        elif key == "skip":
            try:
                values["skip"] = int(value)
            except ValueError:
                raise InputError(f"mapping: skip '{value}' is not a number") from None
        elif key == "delimiter":
            values["delimiter"] = {"tab": "\t", "semicolon": ";", "comma": ","}.get(
                value.strip().lower(), value
            )
        elif key == "currency" and len(value.strip()) == 3 and value.strip().isupper():
            values["fixed_currency"] = value.strip()
        elif key in (*FIELDS, "date_format", "name"):
            values[key] = value.strip()
        else:
            raise InputError(f"mapping: unknown key '{key}'")
    return Mapping(**values).check()  # type: ignore[arg-type]


def _split(text: str) -> list[str]:
    # "delimiter=," would split on its own value: a comma right after '=' belongs to it.
    parts, current = [], ""
    for ch in text:
        if ch == "," and current and not current.endswith("="):
            parts.append(current)
            current = ""
        else:
            current += ch
    if current:
        parts.append(current)
    return [p for p in parts if p.strip()]


def _rows(text: str, m: Mapping) -> tuple[list[str], list[tuple[int, list[str]]]]:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=m.delimiter)
    try:
        for _ in range(m.skip):
            next(reader, None)
        header = [h.strip() for h in next(reader, [])]
        rows = [(reader.line_num, r) for r in reader if any(c.strip() for c in r)]
    except csv.Error as exc:
        raise InputError(f"line {reader.line_num}: not readable as CSV ({exc})") from None
    return header, rows


def signature(header: list[str]) -> str:
    return "|".join(h.strip().casefold() for h in header)


def read_mapped(
    data: bytes, name: str, m: Mapping, *, default_currency: str
) -> list[StatementLine]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # many banks still write Windows-1252
    header, rows = _rows(text, m)
    index = {h.casefold(): i for i, h in enumerate(header)}
    wanted = {k: getattr(m, k) for k in FIELDS if getattr(m, k)}
    missing = [v for v in wanted.values() if v.casefold() not in index]
    if missing:
        raise InputError(
            f"{name}, line {m.skip + 1}: no column {', '.join(repr(x) for x in missing)} "
            f"(the header has {', '.join(header) or 'nothing'})"
        )
    col = {k: index[v.casefold()] for k, v in wanted.items()}
    fixed = m.fixed_currency or default_currency
    lines = [_line(r, n, col, m, name, fixed) for n, r in rows]
    # Without an id column, the nth identical line of a day is the same line in every export.
    counts: Counter[str] = Counter()
    bank = hashlib.sha1(signature(header).encode()).hexdigest()[:8]  # another bank, other ids
    out = []
    for line in lines:
        if line.source_id is None:
            key = f"~{line.day}:{line.amount_minor}:{line.payee.casefold()}"
            counts[key] += 1
            out.append(replace(line, source_id=f"csv:{bank}:{key}:{counts[key]}"))
        else:
            out.append(line)
    return out


def _number(raw: str, m: Mapping) -> Decimal:
    from decimal import InvalidOperation

    text = raw.strip().replace(" ", "").replace("\u00a0", "")
    # 1.234,56 with a decimal comma; 1,234.56 without.
    text = text.replace(".", "").replace(",", ".") if m.decimal_comma else text.replace(",", "")
    if text.endswith("-"):  # "12,50-" as some banks write money out
        text = "-" + text[:-1]
    try:
        value = Decimal(text or "0")
    except InvalidOperation:
        raise ValueError(f"'{raw.strip()}' is not an amount") from None
    if not value.is_finite():
        raise ValueError(f"'{raw.strip()}' is not an amount")
    return value


def _line(
    record: list[str], n: int, col: dict[str, int], m: Mapping, name: str, fixed: str
) -> StatementLine:
    where = f"{name}, line {n}"

    def cell(key: str) -> str:
        i = col.get(key)
        return record[i].strip() if i is not None and i < len(record) else ""

    try:
        day = datetime.strptime(cell("date"), m.date_format).date()
    except ValueError:
        raise InputError(
            f"{where}: '{cell('date')}' is not a date like "
            f"{date(2002, 12, 31).strftime(m.date_format)}"
        ) from None
    currency = cell("currency").upper() or fixed
    try:
        currency = check_currency(currency)
        if m.amount:
            value = _number(cell("amount"), m)
        else:
            value = _number(cell("credit") or "0", m) - abs(_number(cell("debit") or "0", m))
        minor = minor_of(value, currency)
    except (ValueError, InputError) as exc:
        raise InputError(f"{where}: {exc}") from None
    ident = cell("id")
    return StatementLine(
        day=day,
        amount_minor=minor,
        currency=currency,
        payee=cell("payee"),
        memo=cell("memo"),
        source_id=f"csv:id:{ident}" if ident else None,
        where=where,
    )


# -- remembered mappings ---------------------------------------------------------------------
def remember(db: Database, header: list[str], m: Mapping, *, now: datetime) -> None:
    from companion.core.budget.ledger import utc_text

    with db.atomic():
        db.execute(
            "INSERT OR REPLACE INTO csv_mappings (signature, name, mapping, updated_at) "
            "VALUES (?, ?, ?, ?)",
            [signature(header), m.name, json.dumps(asdict(m)), utc_text(now)],
        )


def header_of(data: bytes, m: Mapping) -> list[str]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return _rows(text[:200_000], m)[0]


def find_mapping(db: Database, data: bytes) -> Mapping | None:
    """The remembered mapping whose header this file has, if any."""
    for sig, raw in db.execute(
        "SELECT signature, mapping FROM csv_mappings ORDER BY updated_at DESC"
    ):
        try:
            m = Mapping(**json.loads(raw))
        except (TypeError, ValueError):
            continue
        if signature(header_of(data, m)) == sig:
            return m
    return None


def use_mapping(db: Database, data: bytes, text: str, *, now: datetime) -> Mapping:
    """Check a mapping against this file and remember it for the bank's next export."""
    m = parse_mapping(text)
    header = header_of(data, m)
    if not header:
        raise InputError(f"mapping: nothing after skipping {m.skip} row(s)")
    remember(db, header, m, now=now)
    return m
