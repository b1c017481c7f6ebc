"""Google Takeout: what the fan bought through Google Play and paid with Google Pay.

Google documents neither file. What is read here follows other people's parsers of real
exports, and every field is optional beyond what a line cannot do without:

* ``Google Play Store/Purchase History.json``, a list of ``{"purchaseHistory": {"invoicePrice",
  "purchaseTime", "doc": {"title", "documentType"}}}`` as read by RLEAPP's
  playStorePurchaseHistory.py, and ``Order History.json``, a list of ``{"orderHistory":
  {"orderId", "creationTime", "totalPrice", "lineItem": [{"doc": ...}]}}`` as read by
  emheyboer/google-play-purchases.
* ``Google Pay/Google transactions/transactions_<account>.csv``, one row per payment under the
  header ``Time,Transaction ID,Description,Product,Payment method,Status,Amount`` — as read by
  sureshdsk/gpay-wrapped (src/utils/csvParser.ts, zipParser.ts, currencyUtils.ts) and shown in
  other parsers' tests. Times look like ``Nov 14, 2025, 4:52 AM`` (some exports add seconds and
  ``UTC``, newer ones write ``2026-10-01 10:35:12 UTC``); amounts carry their currency as a code
  or a symbol (``INR 299.00``, ``USD 15.87``, ``-129.00 NOK``, ``€4,99``, Indian grouping
  ``INR 1,23,456.00``). Some exports add ``Fee``, ``Net amount`` or a ``Currency`` column.

Every purchase or payment becomes a line; the import rules keep only the gifting (TikTok coins,
YouTube Super Chat, Twitch Bits, ... bought through Google Play).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Any

from companion.core.budget.statements.amounts import minor_of, price_of
from companion.core.budget.statements.exports import Ids, csv_rows, load_json, pick, stamp
from companion.core.budget.statements.lines import StatementLine
from companion.core.errors import InputError


# -- Google Play Store ---------------------------------------------------------------------------
def looks_like_google_play(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \r\n\t")
    return head.startswith(b"[") and (b'"purchaseHistory"' in head or b'"orderHistory"' in head)


def _ci(obj: Any, name: str) -> Any:
    """Takeout has written both purchaseHistory and PurchaseHistory over the years."""
    if not isinstance(obj, dict):
        return None
    if name in obj:
        return obj[name]
    lower = name.lower()
    return next((v for k, v in obj.items() if k.lower() == lower), None)


def read_google_play(data: bytes, name: str, *, default_currency: str) -> list[StatementLine]:
    doc = load_json(data, name, "Google Takeout")
    if not isinstance(doc, list):
        raise InputError(f"{name}: $ should be a list of purchases")
    lines: list[StatementLine] = []
    ids = Ids()
    for i, item in enumerate(doc):
        purchase = _ci(item, "purchaseHistory")
        order = _ci(item, "orderHistory")
        record, key = (
            (purchase, "purchaseHistory") if purchase is not None else (order, "orderHistory")
        )
        where = f"{name}: $[{i}].{key}"
        if not isinstance(record, dict):
            continue  # another kind of record (a library entry, a review): not spending
        when = _ci(record, "purchaseTime") or _ci(record, "creationTime")
        moment = stamp(when, where, "purchaseTime" if purchase is not None else "creationTime")
        price = _ci(record, "invoicePrice") or _ci(record, "totalPrice")
        if not price:
            continue  # free apps have no price: nothing was spent
        try:
            value, cur = price_of(str(price), default_currency)
            minor = minor_of(value, cur)
        except (ValueError, InputError) as exc:
            raise InputError(f"{where}.invoicePrice: {exc}") from None
        if minor == 0:
            continue
        docs = [_ci(record, "doc")] + [_ci(li, "doc") for li in _ci(record, "lineItem") or []]
        titles = [str(_ci(d, "title") or "") for d in docs if isinstance(d, dict)]
        kinds = [str(_ci(d, "documentType") or "") for d in docs if isinstance(d, dict)]
        title = "; ".join(t for t in titles if t) or "Google Play"
        ident = str(_ci(record, "orderId") or "")
        lines.append(
            StatementLine(
                day=moment.date(),
                amount_minor=-abs(minor),
                currency=cur,
                payee=f"Google Play: {title}",
                memo="; ".join(k for k in kinds if k),
                source_id=ids(
                    "gplay", ident or f"{moment.isoformat()}:{minor}:{cur}:{title.casefold()}"
                ),
                where=where,
                moment=moment,
            )
        )
    return lines


# -- Google Pay ----------------------------------------------------------------------------------
_TIME = ("time", "date", "transaction time", "time (utc)", "date (utc)")
_ID = ("transaction id", "transaction_id", "id", "order id")
_DESCRIPTION = ("description", "merchant", "title")
_PRODUCT = ("product",)
_STATUS = ("status",)
_AMOUNT = ("amount", "total", "net amount")
_CURRENCY = ("currency", "currency code")
# Money that did not leave: the row is shown, never imported.
_NOT_PAID = ("fail", "declin", "cancel", "reject", "expired", "void")
_MONEY_IN = ("refund", "received", "reversal", "reversed", "credit", "cashback", "reward")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
# "Nov 14, 2025, 4:52 AM", "Jun 10, 2026, 10:35:12 AM UTC": English month names whatever the
# fan's locale (strptime's %b follows the locale, Takeout does not).
_WRITTEN = re.compile(
    r"^(?P<mon>[A-Za-z]{3})[a-z]*\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
    r"(?:,?\s+(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[AaPp][Mm])?)?"
    r"(?:\s+(?P<zone>[A-Za-z+\-:0-9]+))?$"
)
_UTC = {"UTC", "GMT", "Z", "+00:00", "UTC+0", "GMT+0"}


def looks_like_google_pay(data: bytes) -> bool:
    """Google Pay's header: a time, a transaction id and an amount (Twitch writes
    ``transaction_id``, so the two never meet)."""
    first = data[:2048].decode("utf-8-sig", errors="replace").split("\n", 1)[0]
    cells = {c.strip().strip('"').lower() for c in first.split(",")}
    return (
        "transaction id" in cells
        and "amount" in cells
        and bool(cells & {"time", "date"})
        and bool(cells & {"description", "product"})
    )


def google_pay_time(raw: str, where: str) -> tuple[date, datetime | None]:
    """The day as written, and the instant when the time says its zone is UTC. A time with no
    zone (or a zone only as an abbreviation like PST) keeps its day, which then counts as
    noon in the fan's zone, as a bank statement's day does."""
    text = raw.replace("\u202f", " ").replace("\u00a0", " ").strip()
    m = _WRITTEN.match(text)
    if m and m["mon"].lower() in _MONTHS:
        try:
            day = date(int(m["year"]), _MONTHS[m["mon"].lower()], int(m["day"]))
            if m["h"] is None or (m["zone"] or "").upper() not in _UTC:
                return day, None
            hour = int(m["h"])
            if m["ampm"]:
                hour = hour % 12 + (12 if m["ampm"].lower() == "pm" else 0)
            moment = datetime(day.year, day.month, day.day, hour, int(m["m"]), int(m["s"] or 0))
        except ValueError:
            raise InputError(f"{where}: '{raw}' is not a date") from None
        return day, moment.replace(tzinfo=timezone.utc)
    iso = text.removesuffix(" UTC").replace(" ", "T", 1)
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"{where}: '{raw}' is not a date") from None
    if moment.tzinfo is None and not text.endswith(" UTC"):
        return moment.date(), None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).date(), moment.astimezone(timezone.utc)


def read_google_pay(data: bytes, name: str, *, default_currency: str) -> list[StatementLine]:
    lines: list[StatementLine] = []
    ids = Ids()
    for i, row in enumerate(csv_rows(data, name)):
        where = f"{name}, line {i + 2}"
        raw_time = pick(row, _TIME)
        if not raw_time:
            raise InputError(f"{where}: no time (column 'Time')")
        day, moment = google_pay_time(raw_time, where)
        description = pick(row, _DESCRIPTION)
        product = pick(row, _PRODUCT)
        status = pick(row, _STATUS)
        minor = cur = None
        amount = pick(row, _AMOUNT)
        if amount:
            try:
                value, cur = price_of(amount, pick(row, _CURRENCY).upper() or default_currency)
                minor = minor_of(abs(value), cur)
            except (ValueError, InputError) as exc:
                raise InputError(f"{where}, Amount: {exc}") from None
            # Takeout lists payments unsigned: money out, unless the row says it came back.
            words = f"{status} {description} {product}".lower()
            out = value < 0 or amount.lstrip().startswith("-")
            money_in = amount.lstrip().startswith("+") or (
                not out and any(w in words for w in _MONEY_IN)
            )
            minor = minor if money_in else -minor
        skip = ""
        if any(w in status.lower() for w in _NOT_PAID):
            skip = f"not paid (status: {status})"
        elif "pending" in status.lower():
            skip = "still pending: import the next export once it is complete"
        tid = pick(row, _ID)
        lines.append(
            StatementLine(
                day=day,
                amount_minor=minor,
                currency=cur,
                payee=f"Google Pay: {description or product or 'payment'}",
                memo=product,
                source_id=ids("gpay", tid or f"{raw_time}:{minor}:{cur}:{description.casefold()}"),
                where=where,
                moment=moment,
                skip=skip,
            )
        )
    return lines
