"""Exchange rates the fan keeps: inverse pairs, staleness, all-or-nothing CSV import."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.errors import InputError
from companion.core.money import rates

TODAY = date(2026, 11, 25)


def test_a_rate_converts_both_ways(db) -> None:
    rates.set_rate(db, "usd", "eur", "0.92", "2026-11-20", "bank", today=TODAY)
    book = rates.RateBook.load(db, datetime(2026, 11, 25, tzinfo=timezone.utc))
    assert book.convert(1000, "USD", "EUR").minor == 920
    back = book.convert(920, "EUR", "USD")
    assert back.minor == 1000
    assert back.rate.rate == Decimal(1) / Decimal("0.92")


def test_a_newer_pair_replaces_the_old_one_in_either_direction(db) -> None:
    rates.set_rate(db, "USD", "EUR", "0.90", "2026-10-01", today=TODAY)
    rates.set_rate(db, "EUR", "USD", "1.10", "2026-11-24", today=TODAY)
    kept = rates.all_rates(db)
    assert [(r.base, r.quote, r.rate) for r in kept] == [("EUR", "USD", Decimal("1.10"))]
    assert isinstance(db["rates"].get(("EUR", "USD"))["rate"], str)  # never a binary float


def test_old_rates_are_marked_stale_and_missing_ones_are_not_guessed(db) -> None:
    rates.set_rate(db, "USD", "GBP", "0.79", "2026-10-01", today=TODAY)
    book = rates.RateBook.load(db, datetime(2026, 11, 25, tzinfo=timezone.utc))
    result = book.convert(500, "USD", "GBP")
    assert result.stale
    assert "over 30 days" in result.note
    none = book.convert(500, "USD", "JPY")
    assert not none.converted
    assert (none.minor, none.currency) == (500, "USD")
    assert "no USD→JPY rate" in none.note


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (("USD", "USD", "1", "2026-11-01"), "two different currencies"),
        (("USD", "XYZ1", "1", "2026-11-01"), "quote"),
        (("USD", "EUR", "0", "2026-11-01"), "must be > 0"),
        (("USD", "EUR", "-1", "2026-11-01"), "must be > 0"),
        (("USD", "EUR", "lots", "2026-11-01"), "not a number"),
        (("USD", "EUR", "1", "2027-01-01"), "in the future"),
        (("USD", "EUR", "1", "yesterday"), "not a date"),
    ],
)
def test_bad_rates_are_refused(db, args, complaint) -> None:
    with pytest.raises(InputError, match=complaint):
        rates.set_rate(db, *args, today=TODAY)
    assert rates.all_rates(db) == []


GOOD_CSV = "base,quote,rate,as_of,source\nUSD,EUR,0.92,2026-11-20,ECB\nUSD,JPY,151.2,2026-11-20,\n"


def test_csv_import_with_a_bom(db) -> None:
    assert rates.import_rates_csv(db, "\ufeff" + GOOD_CSV, today=TODAY) == 2
    assert {r.quote for r in rates.all_rates(db)} == {"EUR", "JPY"}
    assert rates.parse_rates_csv(rates.export_rates_csv(db), today=TODAY)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        (GOOD_CSV + "USD,GBP,abc,2026-11-20,x\n", "line 4, column rate"),
        (GOOD_CSV + "USD,GBPX,1,2026-11-20,x\n", "line 4, column quote"),
        (GOOD_CSV + "USD,GBP,1\n", "line 4: expected 5 columns"),
        (GOOD_CSV + "EUR,USD,1.1,2026-11-20,x\n", "already given on line 2"),
        ("base;quote;rate;as_of\nUSD;EUR;0.9;2026-11-20\n", "separated by ';'"),
        ("base,rate,as_of\nUSD,1,2026-11-01\n", "missing column"),
        ("", "empty"),
        ("base,quote,rate,as_of\n", "no rates"),
    ],
)
def test_bad_csv_names_line_and_column_and_saves_nothing(db, text, complaint) -> None:
    rates.set_rate(db, "USD", "CHF", "0.88", "2026-11-20", today=TODAY)
    with pytest.raises(InputError, match=complaint):
        rates.import_rates_csv(db, text, today=TODAY)
    assert [(r.base, r.quote) for r in rates.all_rates(db)] == [("USD", "CHF")]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_random_csv_is_rejected_cleanly(text: str) -> None:
    from companion.core.store.db import memory_database

    db = memory_database()
    try:
        rates.import_rates_csv(db, text, today=TODAY)
    except InputError:
        assert rates.all_rates(db) == []
