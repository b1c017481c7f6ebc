"""OFX 1.x (SGML), OFX 2.x (XML) and QFX (Quicken's OFX) bank and card statements, read with
ofxparse (MIT; tolerant of the SGML banks really send). Every STMTTRN of every bank or card
account becomes a line; the source id is the account and the bank's FITID, which OFX promises
is unique and stable per account, so the same transaction in two overlapping downloads is one.
"""

from __future__ import annotations

import io
import re
import warnings
from datetime import datetime, time, timezone

from companion.core.budget.statements.amounts import minor_of
from companion.core.budget.statements.lines import StatementLine
from companion.core.errors import InputError
from companion.core.money.money import is_currency


def looks_like_ofx(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    return head.startswith((b"OFXHEADER", b"<?XML", b"<OFX")) and b"<OFX" in data[:65536].upper()


def read_ofx(data: bytes, name: str, *, default_currency: str) -> list[StatementLine]:
    import ofxparse

    try:
        with warnings.catch_warnings():
            # bs4 reads OFX 2 with its HTML parser and says so; that is what ofxparse wants.
            warnings.simplefilter("ignore")
            parsed = ofxparse.OfxParser.parse(io.BytesIO(data))
    except Exception as exc:  # ofxparse raises bare IndexError/ValueError on broken input
        raise InputError(f"{name}: not a readable OFX statement ({_why(exc)})") from None
    lines: list[StatementLine] = []
    for n, account in enumerate(parsed.accounts):
        statement = getattr(account, "statement", None)
        txns = getattr(statement, "transactions", None) or []
        cur = (getattr(statement, "currency", None) or default_currency or "").upper()
        if not is_currency(cur):
            raise InputError(f"{name}: account {n + 1} has currency '{cur}', not an ISO code")
        acct = getattr(account, "account_id", "") or getattr(account, "number", "") or str(n)
        for i, t in enumerate(txns):
            if not isinstance(t, ofxparse.Transaction):
                continue  # buying and selling securities is not spending
            where = f"{name}, account {acct}, transaction {i + 1}"
            if getattr(t, "amount", None) is None or getattr(t, "date", None) is None:
                raise InputError(f"{where}: no amount or date")
            try:
                minor = minor_of(t.amount, cur)
            except ValueError as exc:
                raise InputError(f"{where}: {exc}") from None
            day, moment = _when(t.date)
            fitid = (t.id or "").strip()
            lines.append(
                StatementLine(
                    day=day,
                    amount_minor=minor,
                    currency=cur,
                    payee=(t.payee or "").strip(),
                    memo=(t.memo or "").strip(),
                    source_id=f"ofx:{acct}:{fitid}" if fitid else None,
                    where=where,
                    moment=moment,
                )
            )
    if not parsed.accounts:
        raise InputError(f"{name}: an OFX file with no bank or card statement in it")
    # ofxparse passes over a transaction it cannot place; a lost line must not go unnoticed.
    written = len(re.findall(rb"<STMTTRN>", data, flags=re.IGNORECASE))
    if len(lines) < written and not _has_investments(parsed):
        raise InputError(
            f"{name}: {written - len(lines)} of {written} transactions could not be read "
            "(a date, amount or id missing or malformed)"
        )
    return lines


def _has_investments(parsed: object) -> bool:
    import ofxparse

    return any(
        getattr(a, "type", None) == ofxparse.AccountType.Investment
        for a in getattr(parsed, "accounts", [])
    )


def _when(stamp: datetime) -> tuple:
    """ofxparse gives naive UTC; a bare date (no time, no zone) is a day, not midnight UTC."""
    if stamp.time() == time(0):
        return stamp.date(), None
    moment = stamp.replace(tzinfo=timezone.utc)
    return moment.date(), moment


def _why(exc: Exception) -> str:
    text = str(exc).strip()
    return text[:200] if text else type(exc).__name__
