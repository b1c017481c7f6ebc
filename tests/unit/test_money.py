"""Money: integer minor units per currency, banker's rounding, clear parse errors."""

from __future__ import annotations

from decimal import Decimal

import pytest

from companion.core.errors import InputError
from companion.core.money.money import (
    convert,
    format_money,
    minor_digits,
    parse_amount,
    round_to_currency,
    to_major,
)


@pytest.mark.parametrize(("code", "digits"), [("JPY", 0), ("USD", 2), ("EUR", 2), ("KWD", 3)])
def test_minor_digits_follow_the_currency(code: str, digits: int) -> None:
    assert minor_digits(code) == digits


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [
        ("0.125", "USD", 12),  # half to even: down
        ("0.135", "USD", 14),  # half to even: up
        ("2.5", "JPY", 2),
        ("3.5", "JPY", 4),
        ("1.0005", "KWD", 1000),
        ("1.0015", "KWD", 1002),
    ],
)
def test_rounding_is_bankers_to_the_currency_digits(amount: str, currency: str, minor: int) -> None:
    assert round_to_currency(Decimal(amount), currency) == minor


def test_conversion_rounds_once_into_the_target_currency() -> None:
    assert convert(1000, "USD", "JPY", Decimal("151.255")) == 1513  # 10 USD → ¥1,512.55 → 1,513
    assert convert(499, "USD", "KWD", Decimal("0.3071")) == 1532  # 4.99 × 0.3071 = 1.532429
    assert convert(150, "JPY", "USD", Decimal("0.0066")) == 99


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("4.99", "USD", 499),
        ("100", "JPY", 100),
        ("1.234", "KWD", 1234),
        (" 7 ", "EUR", 700),
        ("1,234.50", "USD", 123450),
    ],
)
def test_parse_amount(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == minor
    assert to_major(minor, currency) == Decimal(text.strip().replace(",", ""))


@pytest.mark.parametrize(
    ("text", "currency", "complaint"),
    [
        ("4.999", "USD", "at most 2 decimal"),
        ("100.5", "JPY", "no decimals"),
        ("0", "USD", "must be > 0"),
        ("-3", "USD", "must be > 0"),
        ("abc", "USD", "not a number"),
        ("NaN", "USD", "not a number"),
        ("", "USD", "missing"),
        ("2000000000", "USD", "too large"),
    ],
)
def test_parse_amount_errors_name_the_field(text: str, currency: str, complaint: str) -> None:
    with pytest.raises(InputError, match=complaint) as caught:
        parse_amount(text, currency, "price")
    assert str(caught.value).startswith("price:")


def test_formatting_uses_the_currency_digits() -> None:
    assert format_money(123400, "JPY", "en_US") == "¥123,400"
    assert format_money(1234567, "KWD", "en_US").endswith("1,234.567")
    assert format_money(499, "USD", "en_US") == "$4.99"
    assert format_money(499, "EUR", "de_DE") == "4,99\xa0€"
