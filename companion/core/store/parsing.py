"""Parsing what a fan types that is not money (see money.py for amounts)."""

from __future__ import annotations

from companion.core.errors import InputError
from companion.core.said import QT_TRANSLATE_NOOP, say

MAX_COUNT = 10**9  # over a billion coins or gifts is a typo, not a purchase

# What the fan is told about a count they typed (companion.core.said: translatable).
_WHOLE = QT_TRANSLATE_NOOP("core", "must be a whole number")
_MISSING = QT_TRANSLATE_NOOP("core", "missing")
_TOO_LONG = QT_TRANSLATE_NOOP("core", "'{start}…' is too long to be a count")
_NOT_WHOLE = QT_TRANSLATE_NOOP("core", "'{text}' is not a whole number")
_NOT_POSITIVE = QT_TRANSLATE_NOOP("core", "must be > 0, got {text}")
_TOO_LARGE = QT_TRANSLATE_NOOP("core", "{number} is absurdly large (over 1,000,000,000)")


def parse_count(value: object, field: str = "units") -> int:
    """A positive whole number such as "1,000" or 1_000; the message names ``field``."""
    if isinstance(value, bool):
        raise InputError(say(_WHOLE), field=field)
    text = str(value).strip().replace(",", "").replace("_", "") if value is not None else ""
    if not text:
        raise InputError(say(_MISSING), field=field)
    if len(text) > 20:  # refused before int(): Python will not convert 5,000 digits at all
        raise InputError(say(_TOO_LONG, start=text[:12]), field=field)
    try:
        number = int(text)
    except ValueError:
        raise InputError(say(_NOT_WHOLE, text=value), field=field) from None
    if number <= 0:
        raise InputError(say(_NOT_POSITIVE, text=number), field=field)
    if number > MAX_COUNT:
        raise InputError(say(_TOO_LARGE, number=f"{number:,}"), field=field)
    return number
