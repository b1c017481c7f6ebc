"""OFX 1.x (SGML), OFX 2.x (XML) and QFX (Quicken's OFX) bank and card statements.

Our own reader, cross-checked against ofxparse on every real statement in tests/real: ofxparse
(MIT, unmaintained since 2021) takes about half a millisecond per transaction through
BeautifulSoup, 25 s for a 50,000-line statement against a budget of 2 s, and ofxtools is
GPL-3.0, which this MIT app cannot ship. Only what a statement line needs is read: the STMTTRN
aggregates of bank (STMTRS), card (CCSTMTRS) and brokerage cash (INVSTMTRS) statements with
their account and currency. SGML leaves have no end tags, XML leaves do: both read the
same. The source id is the account and the bank's FITID, which OFX promises is unique and
stable per account, so one transaction in two overlapping downloads is one line.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from functools import cache

from companion.core.budget.statements.amounts import decimal_of, minor_of
from companion.core.budget.statements.lines import StatementLine
from companion.core.errors import InputError
from companion.core.money.money import is_currency

_TAG = re.compile(r"<(/?)([A-Za-z0-9_.]+)\s*>([^<]*)")
_STAMP = re.compile(r"^(\d{8})(\d{6})?(?:\.\d+)?(?:\[([-+]?\d+(?:\.\d+)?)(?::[^\]]*)?\])?$")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)  # some banks wrap NAME and MEMO
# A brokerage account's cash moves (INVBANKTRAN) are STMTTRN too; trades are not read.
STATEMENTS = {"STMTRS", "CCSTMTRS", "INVSTMTRS"}


_is_currency = cache(is_currency)


def looks_like_ofx(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    return head.startswith((b"OFXHEADER", b"<?XML", b"<OFX")) and b"<OFX" in data[:65536].upper()


def _text(data: bytes) -> str:
    # UTF-8 first, whatever the header says: Chase's QFX declares CHARSET:1252 and is written
    # in UTF-8 ("¦" read as "Â¦"), while text really in cp1252 with accents is never valid UTF-8.
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_stamp(raw: str) -> tuple[date, datetime | None]:
    """``20240323``, ``20240323120000.000[-3:BRT]`` → (the day as written, the instant if a time
    is given). ValueError when it is not an OFX date."""
    m = _STAMP.match(raw.strip())
    if not m:
        raise ValueError(f"'{raw.strip()}' is not an OFX date")
    d, t = m.group(1), m.group(2)
    day = date(int(d[:4]), int(d[4:6]), int(d[6:8]))  # strptime is a tenth of a 50k import
    if t is None:
        return day, None
    local = datetime(day.year, day.month, day.day, int(t[:2]), int(t[2:4]), int(t[4:6]))
    offset = timedelta(hours=float(m.group(3) or 0))
    if abs(offset) > timedelta(hours=14):
        raise ValueError(f"'{raw.strip()}' has a time zone offset past 14 hours")
    return day, local.replace(tzinfo=timezone(offset)).astimezone(timezone.utc)


def read_ofx(data: bytes, name: str, *, default_currency: str) -> list[StatementLine]:
    text = _CDATA.sub(lambda m: html.escape(m.group(1), quote=False), _text(data))
    start = text.upper().find("<OFX>")
    if start < 0:
        raise InputError(f"{name}: no <OFX> element: not an OFX statement")
    lines: list[StatementLine] = []
    stack: list[str] = []
    statement: dict[str, str] | None = None
    txn: dict[str, str] | None = None
    txn_line = 0
    seen_statement = False
    line_no, pos = text.count("\n", 0, start) + 1, start
    for m in _TAG.finditer(text, start):
        line_no += text.count("\n", pos, m.start())
        pos = m.start()
        closing, tag, value = m.group(1), m.group(2).upper(), m.group(3).strip()
        if closing:
            if _pop(stack, tag) and tag == "STMTTRN" and txn is not None and statement is not None:
                lines.append(_line(txn, statement, name, txn_line, default_currency))
                txn = None
            elif tag in STATEMENTS:
                statement = None
            continue
        if value:  # a leaf: <TRNAMT>-9.99 (its end tag, if any, is ignored above)
            _leaf(txn, statement, stack, tag, html.unescape(value))
            continue
        stack.append(tag)
        if tag in STATEMENTS:
            statement, seen_statement = {}, True
        elif tag == "STMTTRN" and statement is not None:
            if txn is not None:
                raise InputError(f"{name}, line {txn_line}: a transaction without </STMTTRN>")
            txn, txn_line = {}, line_no
    if txn is not None:
        raise InputError(f"{name}, line {txn_line}: a transaction without </STMTTRN>")
    if not seen_statement:
        raise InputError(f"{name}: an OFX file with no bank or card statement in it")
    return _without_fitid_numbered(lines)


def _without_fitid_numbered(lines: list[StatementLine]) -> list[StatementLine]:
    """A bank that leaves out FITID still gets the same id for the same line in every copy
    of the file: the nth identical line of a day (as for QIF)."""
    counts: Counter[str] = Counter()
    out = []
    for line in lines:
        if line.source_id is None:
            key = f"~{line.day}:{line.amount_minor}:{line.payee.casefold()}"
            counts[key] += 1
            out.append(replace(line, source_id=f"ofx:{key}:{counts[key]}"))
        else:
            out.append(line)
    return out


def _leaf(
    txn: dict[str, str] | None,
    statement: dict[str, str] | None,
    stack: list[str],
    tag: str,
    value: str,
) -> None:
    if txn is not None:
        # CURRENCY (not ORIGCURRENCY) means TRNAMT is in that currency, not in CURDEF.
        txn.setdefault("CURRENCY" if tag == "CURSYM" and stack[-1:] == ["CURRENCY"] else tag, value)
    elif statement is not None and tag in ("CURDEF", "ACCTID"):
        statement.setdefault(tag, value)


def _pop(stack: list[str], tag: str) -> bool:
    """Close ``tag`` and whatever SGML left open inside it; False if it was never opened."""
    if tag not in stack:
        return False
    while stack.pop() != tag:
        pass
    return True


def _line(
    txn: dict[str, str], statement: dict[str, str], name: str, line: int, default: str
) -> StatementLine:
    where = f"{name}, line {line}"
    cur = (txn.get("CURRENCY") or statement.get("CURDEF") or default or "").upper()
    if not _is_currency(cur):
        raise InputError(f"{where}: currency '{cur}' is not an ISO 4217 code")
    if "DTPOSTED" not in txn:
        raise InputError(f"{where}: a transaction without a date (DTPOSTED)")
    if "TRNAMT" not in txn:
        raise InputError(f"{where}: a transaction without an amount (TRNAMT)")
    try:
        day, moment = parse_stamp(txn["DTPOSTED"])
    except ValueError as exc:
        raise InputError(f"{where}: DTPOSTED {exc}") from None
    try:
        minor = minor_of(decimal_of(txn["TRNAMT"]), cur)
    except ValueError as exc:
        raise InputError(f"{where}: TRNAMT {exc}") from None
    fitid = txn.get("FITID", "").strip()
    acct = statement.get("ACCTID", "")
    return StatementLine(
        day=day,
        amount_minor=minor,
        currency=cur,
        payee=txn.get("NAME", ""),
        memo=txn.get("MEMO", ""),
        source_id=f"ofx:{acct}:{fitid}" if fitid else None,
        where=where,
        moment=moment,
    )
