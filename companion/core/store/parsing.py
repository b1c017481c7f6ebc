"""Parsing what a fan types that is not money (see money.py for amounts)."""

from __future__ import annotations

from companion.core.errors import InputError

MAX_COUNT = 10**9  # over a billion coins or gifts is a typo, not a purchase


def parse_count(value: object, field: str = "units") -> int:
    """A positive whole number such as "1,000" or 1_000; the message names ``field``."""
    if isinstance(value, bool):
        raise InputError(f"{field}: must be a whole number")
    text = str(value).strip().replace(",", "").replace("_", "") if value is not None else ""
    if not text:
        raise InputError(f"{field}: missing")
    if len(text) > 20:  # refused before int(): Python will not convert 5,000 digits at all
        raise InputError(f"{field}: '{text[:12]}…' is too long to be a count")
    try:
        number = int(text)
    except ValueError:
        raise InputError(f"{field}: '{value}' is not a whole number") from None
    if number <= 0:
        raise InputError(f"{field}: must be > 0, got {number}")
    if number > MAX_COUNT:
        raise InputError(f"{field}: {number:,} is absurdly large (over 1,000,000,000)")
    return number
