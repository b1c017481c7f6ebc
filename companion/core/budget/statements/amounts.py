"""Amounts as sources write them, to signed minor units."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from companion.core.money.money import check_currency, round_to_currency

MAX_MINOR = 10**13  # over ten billion on one line is a broken file, not spending
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "R$": "BRL"}


def decimal_of(text: str) -> Decimal:
    """'-1,234.56', '1.234,56', '-200,00', '(12.00)' → Decimal; ValueError when not a number."""
    raw = text.strip().replace(" ", "").replace("\u00a0", "").replace("'", "")
    negative = raw.startswith("(") and raw.endswith(")")
    raw = raw.strip("()")
    if "," in raw and "." in raw:
        # The later separator is the decimal one: 1,234.56 or 1.234,56.
        if raw.rfind(",") > raw.rfind("."):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "")
    elif "," in raw:
        head, _, tail = raw.rpartition(",")
        raw = f"{head.replace(',', '')}.{tail}" if len(tail) != 3 else raw.replace(",", "")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValueError(f"'{text.strip()}' is not an amount") from None
    if not value.is_finite():
        raise ValueError(f"'{text.strip()}' is not an amount")
    return -value if negative else value


def minor_of(value: Decimal, currency: str) -> int:
    if abs(value) > MAX_MINOR // 1000:
        raise ValueError(f"{value} {currency} is too large to be a statement line")
    return round_to_currency(value, currency)


def price_of(text: str, default_currency: str | None = None) -> tuple[Decimal, str]:
    """'$0.99', '0.99 USD', 'USD 0.99', '€1,09' → (amount, currency)."""
    raw = text.strip()
    code = re.search(r"\b([A-Z]{3})\b", raw)
    currency = code.group(1) if code else None
    if currency is None:
        for symbol, cur in sorted(_SYMBOLS.items(), key=lambda kv: -len(kv[0])):
            if symbol in raw:
                currency = cur
                break
    currency = currency or default_currency
    if currency is None:
        raise ValueError(f"'{raw}' names no currency")
    number = re.search(r"[-(]?\d[\d.,' ]*\)?", raw)
    if number is None:
        raise ValueError(f"'{raw}' holds no amount")
    return decimal_of(number.group(0).strip()), check_currency(currency)
