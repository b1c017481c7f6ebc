"""Money as integer minor units plus an ISO 4217 code; Decimal only for arithmetic, never stored."""

from __future__ import annotations

import contextlib
import locale as _locale
import re
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache
from typing import NamedTuple

from companion.core import formats
from companion.core.errors import InputError
from companion.core.said import QT_TRANSLATE_NOOP, say

FALLBACK_CURRENCY = "USD"
MAX_MAJOR = Decimal(10) ** 9  # no fan pays a billion for a gift bundle: it's a typo


@cache
def _babel_numbers():  # noqa: ANN202 - module object
    import babel.numbers

    return babel.numbers


# What the fan is told about a price or rate they typed (companion.core.said: translatable).
_NOT_CURRENCY = QT_TRANSLATE_NOOP("core", "'{code}' is not an ISO 4217 currency code")
_NO_DECIMALS = QT_TRANSLATE_NOOP("core", "{currency} amounts have no decimals, got {amount}")
_TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP(
    "core", "{currency} amounts have at most {digits} decimal(s), got {amount}"
)
_TOO_LONG = QT_TRANSLATE_NOOP(
    "core", "'{start}…' is too long to be a number (over {limit} characters)"
)
_EXPONENT = QT_TRANSLATE_NOOP("core", "write '{text}' out in full, without an exponent")
_FLOAT = QT_TRANSLATE_NOOP("core", 'give amounts as text like "4.99", not a binary float')
_MISSING = QT_TRANSLATE_NOOP("core", "missing amount")
_NOT_A_NUMBER = QT_TRANSLATE_NOOP("core", "'{text}' is not a number")
_NOT_POSITIVE = QT_TRANSLATE_NOOP("core", "must be > 0, got {text}")
_TOO_LARGE = QT_TRANSLATE_NOOP("core", "{text} is too large (over 1,000,000,000)")
_UNKNOWN_LOCALE = QT_TRANSLATE_NOOP("core", "'{locale}' is not a known locale")
_NOT_AS_WRITTEN = QT_TRANSLATE_NOOP(
    "core",
    "'{text}' is not a number as written here (like {example}, with '{decimal}' before the cents)",
)


def is_currency(code: str) -> bool:
    return isinstance(code, str) and code.isupper() and _babel_numbers().is_currency(code)


def check_currency(code: str, field: str = "currency") -> str:
    text = (code or "").strip().upper()
    if not is_currency(text):
        raise InputError(say(_NOT_CURRENCY, code=code), field=field)
    return text


@cache
def minor_digits(code: str) -> int:
    """Digits after the decimal point for a currency (JPY 0, USD 2, KWD 3), from CLDR."""
    return int(_babel_numbers().get_currency_precision(code))


def system_currency() -> str:
    """The currency of the system locale's territory, or USD when that cannot be told."""
    try:
        import babel

        candidates = []
        with contextlib.suppress(ValueError, TypeError):
            candidates.append(babel.default_locale())
        candidates.append(_locale.getlocale()[0])
        for name in candidates:
            if not name:
                continue
            try:
                territory = babel.Locale.parse(name).territory  # "de_DE.UTF-8" parses too
            except (ValueError, TypeError, babel.UnknownLocaleError):
                continue
            if territory:
                found = _babel_numbers().get_territory_currencies(territory, tender=True)
                if found:
                    return str(found[0])
    except ImportError:
        pass
    return FALLBACK_CURRENCY


class Money(NamedTuple):
    """An amount in a currency's minor units (cents, yen, fils)."""

    # A NamedTuple, not a dataclass: importing dataclasses (inspect, ast, dis) was ~7 ms of
    # every command that shows money (``companion budget``).

    minor: int
    currency: str

    @property
    def major(self) -> Decimal:
        return to_major(self.minor, self.currency)

    def __str__(self) -> str:
        return f"{self.major} {self.currency}"


def to_major(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-minor_digits(currency))


def to_minor_exact(amount: Decimal, currency: str, field: str = "amount") -> int:
    """Major units to minor units; refuses more decimals than the currency has."""
    digits = minor_digits(currency)
    scaled = amount.scaleb(digits)
    if scaled != scaled.to_integral_value():
        if digits == 0:
            raise InputError(say(_NO_DECIMALS, currency=currency, amount=amount), field=field)
        raise InputError(
            say(_TOO_MANY_DECIMALS, currency=currency, digits=digits, amount=amount), field=field
        )
    return int(scaled)


MAX_NUMBER_TEXT = 32


def check_number_text(raw: str, field: str) -> None:
    """Refuse what no price or rate is written as, before Decimal sees it: a 5,000-digit
    number, or an exponent (``1e-999999999`` is a valid Decimal that rounds to nothing or
    overflows every later sum)."""
    if len(raw) > MAX_NUMBER_TEXT:
        raise InputError(say(_TOO_LONG, start=raw[:12], limit=MAX_NUMBER_TEXT), field=field)
    if "e" in raw.lower() and raw.lower() not in ("nan", "inf", "infinity"):
        raise InputError(say(_EXPONENT, text=raw), field=field)


# What programs and data files write ("4.99", "1000"): read as such when the fan's locale
# cannot read the text at all (a German "4.99" is no German number, but it is no typo either).
_PLAIN = re.compile(r"[0-9]+(\.[0-9]+)?")


def parse_amount(
    text: object,
    currency: str,
    field: str = "amount",
    *,
    allow_zero: bool = False,
    locale: str | None = None,
) -> int:
    """Parse a price a fan typed into minor units, with a message naming ``field``.

    The text is read as written in ``locale`` (default: the display locale), so "4,99" is 4.99
    for a German or Brazilian fan and "1,000.50" is 1000.50 in English. Babel's strict mode
    refuses separators in the wrong places, so a comma never silently multiplies a price:
    "4,99" in English is refused with a hint, never read as 499.
    """
    raw = str(text).strip() if text is not None else ""
    if isinstance(text, float):
        raise InputError(say(_FLOAT), field=field)
    if isinstance(text, bool) or not raw:
        raise InputError(say(_MISSING), field=field)
    check_number_text(raw, field)
    amount = _read_decimal(raw, locale or display_locale(), field)
    return checked_minor(amount, raw, currency, field, allow_zero=allow_zero)


def checked_minor(
    amount: Decimal, raw: str, currency: str, field: str, *, allow_zero: bool = False
) -> int:
    """``amount`` (read from ``raw``) in minor units, if it is a price at all: finite, above
    zero, below a billion and exact in the currency's digits. A catalog file's prices, which
    are not read as the fan writes numbers, pass through the same checks."""
    if not amount.is_finite():
        raise InputError(say(_NOT_A_NUMBER, text=raw), field=field)
    if amount < 0 or (amount == 0 and not allow_zero):
        raise InputError(say(_NOT_POSITIVE, text=raw), field=field)
    if amount > MAX_MAJOR:
        raise InputError(say(_TOO_LARGE, text=raw), field=field)
    return to_minor_exact(amount, currency, field)


def _read_decimal(raw: str, locale: str, field: str) -> Decimal:
    import babel

    numbers = _babel_numbers()
    try:
        group = numbers.get_group_symbol(locale)
        decimal = numbers.get_decimal_symbol(locale)
    except (ValueError, LookupError, babel.UnknownLocaleError):
        raise InputError(say(_UNKNOWN_LOCALE, locale=locale), field=field) from None
    text = raw
    if group in ("\xa0", "\u202f"):  # fr, ru, ...: a typed space is their thousands separator
        text = text.replace(" ", group).replace("\xa0", group).replace("\u202f", group)
    try:
        return Decimal(numbers.parse_decimal(text, locale=locale, strict=True))
    except numbers.NumberFormatError:
        if _PLAIN.fullmatch(raw):
            return Decimal(raw)
    except (ValueError, ArithmeticError):
        pass
    example = f"{Decimal('1234.56'):,}".replace(",", "G").replace(".", decimal)
    example = example.replace("G", group)
    raise InputError(say(_NOT_AS_WRITTEN, text=raw, example=example, decimal=decimal), field=field)


def round_to_currency(amount: Decimal, currency: str) -> int:
    """Round a Decimal in major units to minor units with banker's rounding."""
    quantum = Decimal(1).scaleb(-minor_digits(currency))
    return int(amount.quantize(quantum, rounding=ROUND_HALF_EVEN).scaleb(minor_digits(currency)))


def convert(minor: int, source: str, target: str, rate: Decimal) -> int:
    """Convert minor units of ``source`` to minor units of ``target`` (rate = target/source)."""
    return round_to_currency(to_major(minor, source) * rate, target)


def format_money(minor: int, currency: str, locale: str | None = None) -> str:
    """Locale-aware text with the currency's own number of digits (Babel, not QLocale; on
    the first page of a start, Babel's formats kept by :mod:`companion.core.formats`)."""
    where = locale or display_locale()
    pack = formats.active(where)
    if pack is not None and (text := pack.money(minor, currency)) is not None:
        return text
    import babel

    numbers = _babel_numbers()
    try:
        return str(numbers.format_currency(to_major(minor, currency), currency, locale=where))
    except (ValueError, LookupError, babel.UnknownLocaleError):
        return f"{to_major(minor, currency)} {currency}"


def format_number(value: int, locale: str | None = None) -> str:
    """A count (units, entries) grouped as the fan's locale writes it: 1,234 / 1.234 / ١٬٢٣٤."""
    where = locale or display_locale()
    pack = formats.active(where)
    if pack is not None and type(value) is int:  # the kept pattern writes whole numbers only
        return pack.number(value)
    import babel

    try:
        return str(_babel_numbers().format_decimal(value, locale=where))
    except (ValueError, LookupError, babel.UnknownLocaleError):
        return str(value)


# The locale of the interface language the fan chose; empty means the system's.
_chosen: list[str] = []


def set_display_locale(name: str | None, *, parsed: str | None = None) -> None:
    """Numbers, money and typed amounts follow the chosen interface language ("de_DE", "ar_EG");
    None or an unknown name goes back to the system's locale. ``parsed``: what Babel makes of
    ``name``, when it is already known (a kept formats pack says it), so Babel need not load."""
    _chosen.clear()
    if parsed:
        _chosen.append(parsed)
        return
    if not name:
        return
    import babel

    try:
        _chosen.append(str(babel.Locale.parse(name)))
    except (ValueError, TypeError, babel.UnknownLocaleError):
        return


def display_locale() -> str:
    """The locale used for numbers and week starts (the chosen language's, else the system's,
    en_US when unknown)."""
    return _chosen[0] if _chosen else _display_locale()


@cache
def _display_locale() -> str:
    import babel

    try:
        parsed = babel.Locale.parse(babel.default_locale() or "en_US")
        # en_US_POSIX (an unset LANG) formats without grouping: use the plain locale instead.
        return str(babel.Locale(parsed.language, parsed.territory))
    except (ValueError, TypeError, babel.UnknownLocaleError):
        return "en_US"
