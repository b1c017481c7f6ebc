"""Google Takeout: what the fan bought through Google Play.

Google documents neither file. What is read here follows other people's parsers of real
exports, and every field is optional beyond what a line cannot do without:

* ``Google Play Store/Purchase History.json``, a list of ``{"purchaseHistory": {"invoicePrice",
  "purchaseTime", "doc": {"title", "documentType"}}}`` as read by RLEAPP's
  playStorePurchaseHistory.py, and ``Order History.json``, a list of ``{"orderHistory":
  {"orderId", "creationTime", "totalPrice", "lineItem": [{"doc": ...}]}}`` as read by
  emheyboer/google-play-purchases.
Every purchase becomes a line; the import rules keep only the gifting (TikTok coins,
YouTube Super Chat, Twitch Bits, ... bought through Google Play).
"""

from __future__ import annotations

from typing import Any

from companion.core.budget.statements.amounts import minor_of, price_of
from companion.core.budget.statements.exports import Ids, load_json, stamp
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
