"""QIF (Quicken Interchange Format) bank and credit-card statements.

A small reader of our own: quiffen pulls in pydantic and wants the day/month order before it
starts; banks' QIF needs only this. Records are field lines (a letter then a value) ended by
``^``; ``!Type:Bank`` / ``!Type:CCard`` / ``!Type:Cash`` sections are read, investment and list
sections skipped. Dates come as ``12/31'02``, ``12/31/2002``, ``31.12.2002``, ``2002-12-31``;
whether ``03/04`` is March or April is decided once for the file, from the dates that can only
be read one way (a first number over 12), US order when nothing tells.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from companion.core.budget.statements.amounts import decimal_of, minor_of
from companion.core.budget.statements.lines import StatementLine
from companion.core.errors import InputError

READ_TYPES = {"bank", "ccard", "cash", "oth a", "oth l"}
_DATE = re.compile(r"^\s*(\d{1,4})\s*[/.\-]\s*(\d{1,2})\s*(?:[/.\-']\s*|')\s*(\d{1,4})\s*$")


def looks_like_qif(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:6].lower() == b"!type:" or head[:8].lower() == b"!option:"


def _year(text: str, apostrophe: bool) -> int:
    y = int(text)
    if len(text) <= 2:
        # Quicken writes 1900s as 12/31/99 and 2000s as 12/31'02 (or ' 2 with a space).
        return 2000 + y if apostrophe or y < 70 else 1900 + y
    return y


def _parts(raw: str) -> tuple[int, int, int, bool] | None:
    text = raw.strip().replace(" ", "")
    m = _DATE.match(text)
    if not m:
        return None
    a, b, c = m.groups()
    if len(a) == 4:  # 2002-12-31
        return int(b), int(c), int(a), True  # as (month, day, year); ISO is unambiguous
    return int(a), int(b), _year(c, "'" in text), False


def _day_first(raw_dates: list[str]) -> bool:
    votes = Counter()
    for raw in raw_dates:
        if "." in raw and "-" not in raw:
            votes["dmy"] += 1  # 31.12.2002 is a European file
        p = _parts(raw)
        if p is None or p[3]:
            continue
        if p[0] > 12 >= p[1]:
            votes["dmy"] += 1
        elif p[1] > 12 >= p[0]:
            votes["mdy"] += 1
    return votes["dmy"] > votes["mdy"]


def _records(text: str, name: str) -> list[tuple[int, dict[str, str]]]:
    """(first line number, {field letter: value}) of each transaction in a readable section."""
    records: list[tuple[int, dict[str, str]]] = []
    section, current, start = None, {}, 0
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("!"):
            head = line[1:].strip().lower()
            if head.startswith("type:"):
                section = head[5:].strip()
            elif head.startswith(("option", "clear")):
                continue
            else:
                section = head  # !Account and the like: not transactions
            current = {}
            continue
        if line.startswith("^"):
            if section in READ_TYPES and current:
                records.append((start, current))
            current = {}
            continue
        if not current:
            start = n
        code, value = line[0], line[1:].strip()
        if code in ("S", "E", "$") and code in current:
            continue  # split lines: the total is the record's T amount
        current.setdefault(code, value)
    if section in READ_TYPES and current:
        records.append((start, current))
    if section is None:
        raise InputError(f"{name}, line 1: a QIF file starts with a !Type: line")
    return records


def read_qif(data: bytes, name: str, *, currency: str) -> list[StatementLine]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # older Quicken files are Windows-1252
    records = _records(text, name)
    day_first = _day_first([r.get("D", "") for _n, r in records])
    counts: Counter = Counter()
    out: list[StatementLine] = []
    for n, rec in records:
        where = f"{name}, line {n}"
        if "D" not in rec:
            raise InputError(f"{where}: a transaction without a date (D line)")
        day = _date(rec["D"], day_first, where)
        amount = rec.get("T") or rec.get("U")
        if not amount:
            raise InputError(f"{where}: a transaction without an amount (T line)")
        try:
            minor = minor_of(decimal_of(amount), currency)
        except ValueError as exc:
            raise InputError(f"{where}: {exc}") from None
        payee, memo = rec.get("P", ""), rec.get("M", "")
        # QIF has no ids: the nth identical line of a day is the same line in any copy.
        key = f"{day}:{minor}:{payee.casefold()}"
        counts[key] += 1
        out.append(
            StatementLine(
                day=day,
                amount_minor=minor,
                currency=currency,
                payee=payee,
                memo=memo,
                source_id=f"qif:{key}:{counts[key]}",
                where=where,
            )
        )
    return out


def _date(raw: str, day_first: bool, where: str) -> date:
    p = _parts(raw)
    if p is None:
        raise InputError(f"{where}: '{raw}' is not a date")
    a, b, year, iso = p
    month, day = (b, a) if day_first and not iso else (a, b)
    if iso:
        month, day = a, b
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError(f"{where}: '{raw}' is not a real date") from None
