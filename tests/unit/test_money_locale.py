"""Amounts as the fan types them in their own locale, and the money rules at their edges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from companion.core.errors import InputError
from companion.core.money import money
from companion.core.money.money import check_currency, format_money, parse_amount, to_minor_exact


@pytest.mark.parametrize(
    ("text", "locale", "minor"),
    [
        ("4,99", "de_DE", 499),
        ("4,99", "fr_FR", 499),
        ("4,99", "pt_BR", 499),
        ("1.000,50", "de_DE", 100050),
        ("1.000,50", "pt_BR", 100050),
        ("1.000", "de_DE", 100000),  # a German thousand, not one euro
        ("1 000,50", "fr_FR", 100050),  # typed with an ordinary space
        ("1\u202f000,50", "fr_FR", 100050),
        ("1\xa0000,50", "fr_FR", 100050),
        ("1 000,50", "pl_PL", 100050),  # Polish groups with a no-break space
        ("1\u202f000,50", "pl_PL", 100050),
        ("1,000.50", "en_US", 100050),
        ("1,000", "en_US", 100000),
        ("4.99", "en_US", 499),
        ("0,5", "de_DE", 50),
        # What programs and data files write is no German number, and is read as written.
        ("4.99", "de_DE", 499),
        ("1000.00", "de_DE", 100000),
    ],
)
def test_amounts_are_read_as_written_in_the_fans_locale(text, locale, minor) -> None:
    assert parse_amount(text, "EUR", locale=locale) == minor


@pytest.mark.parametrize(("text", "locale"), [("4,99", "en_US"), ("1,2,3.4", "en_US")])
def test_a_comma_never_silently_multiplies_a_price(text: str, locale: str) -> None:
    # "4,99" in English could be 4.99 or a mistyped 499: refused with a hint, never guessed.
    with pytest.raises(InputError) as caught:
        parse_amount(text, "USD", "price", locale=locale)
    assert str(caught.value) == (
        f"price: '{text}' is not a number as written here (like 1,234.56, with '.' before the "
        "cents)"
    )


def test_the_hint_shows_the_fans_own_separators() -> None:
    with pytest.raises(InputError) as caught:
        parse_amount("4,9,9", "EUR", locale="de_DE")
    assert str(caught.value) == (
        "amount: '4,9,9' is not a number as written here (like 1.234,56, with ',' before the cents)"
    )


def test_the_display_locale_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_amount("1,000.50", "USD") == 100050  # tests run in en_US
    monkeypatch.setattr(money, "display_locale", lambda: "de_DE")
    assert parse_amount("4,99", "EUR") == 499
    assert parse_amount("1.000,50", "EUR", "limit") == 100050


def test_an_unknown_locale_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"^amount: 'xx_YY' is not a known locale$"):
        parse_amount("4", "USD", locale="xx_YY")


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        (None, "amount: missing amount"),
        ("  ", "amount: missing amount"),
        (True, "amount: missing amount"),
        (4.99, 'amount: give amounts as text like "4.99", not a binary float'),
        ("Infinity", "amount: 'Infinity' is not a number"),
        ("-0.01", "amount: must be > 0, got -0.01"),
        ("1000000000.01", "amount: 1000000000.01 is too large (over 1,000,000,000)"),
        ("4.999", "amount: USD amounts have at most 2 decimal(s), got 4.999"),
    ],
)
def test_parse_errors_in_full(text, complaint) -> None:
    with pytest.raises(InputError) as caught:
        parse_amount(text, "USD")
    assert str(caught.value) == complaint


def test_a_billion_is_the_largest_amount_and_zero_needs_permission() -> None:
    assert parse_amount("1000000000", "JPY") == 10**9
    assert parse_amount(1000, "JPY") == 1000
    assert parse_amount("0", "USD", allow_zero=True) == 0
    with pytest.raises(InputError, match="must be > 0"):
        parse_amount("0.00", "USD")


def test_whole_currencies_refuse_decimals_in_words() -> None:
    with pytest.raises(InputError) as caught:
        to_minor_exact(Decimal("1.5"), "JPY")
    assert str(caught.value) == "amount: JPY amounts have no decimals, got 1.5"


def test_currency_codes_are_checked_and_normalised() -> None:
    assert check_currency(" eur ") == "EUR"
    with pytest.raises(InputError) as caught:
        check_currency("USX")
    assert str(caught.value) == "currency: 'USX' is not an ISO 4217 currency code"
    assert not money.is_currency("usd")
    assert not money.is_currency(None)  # type: ignore[arg-type]


def test_formatting_falls_back_to_plain_text_for_an_unknown_locale() -> None:
    assert format_money(499, "USD", "xx_YY") == "4.99 USD"
    assert format_money(1234, "KWD", "not a locale") == "1.234 KWD"
    assert str(money.Money(499, "EUR")) == "4.99 EUR"


@pytest.mark.parametrize(
    ("lc_all", "system", "currency"),
    [
        ("ja_JP.UTF-8", ("de_DE", "UTF-8"), "JPY"),
        ("eo", ("pt_BR", "UTF-8"), "BRL"),  # Esperanto has no country: the next one decides
        ("xx_YY.UTF-8", ("pt_BR", "UTF-8"), "BRL"),  # a locale Babel does not know
        ("", ("en_IN", "UTF-8"), "INR"),
        ("", (None, None), "USD"),
        ("", ("xx_YY", None), "USD"),
        ("de_DE.UTF-8", (None, None), "EUR"),
        ("en_US_POSIX", (None, None), "USD"),
    ],
)
def test_the_home_currency_follows_the_system_locale(monkeypatch, lc_all, system, currency):
    for name in ("LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    if lc_all:
        monkeypatch.setenv("LC_ALL", lc_all)
    monkeypatch.setattr(money._locale, "getlocale", lambda: system)
    assert money.system_currency() == currency
