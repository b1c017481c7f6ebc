"""Value figures: per-100 prices, creator shares, plans in the home currency, give-comparisons."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest

from companion.core.bundles import store, value
from companion.core.errors import InputError
from companion.core.money import rates

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)


def test_per_100_share_and_best_value_marks(db) -> None:
    rows = {
        (v.bundle.platform, v.bundle.channel, v.bundle.units): v
        for v in value.bundle_values(db, home="USD", now=NOW)
    }
    web = rows[("tiktok", "web", 70)]
    assert web.per_100.minor == 106  # 0.74 for 70 coins → 1.057… → $1.06
    assert web.best
    assert rows[("tiktok", "ios", 330)].best and not rows[("tiktok", "ios", 65)].best
    # Twitch pays 0.01 USD a Bit: 100 Bits for 1.40 → 1.00/1.40 of each dollar.
    assert rows[("twitch", "web", 100)].creator_share == Decimal(100) / Decimal(140)
    assert rows[("twitch", "web", 25000)].best


def test_prices_show_in_the_home_currency_only_with_a_rate(db) -> None:
    no_rate = value.bundle_values(db, home="EUR", now=NOW, platform="twitch")
    assert all(v.price.currency == "USD" and "no USD→EUR" in v.price.note for v in no_rate)
    rates.set_rate(db, "USD", "EUR", "0.9", "2026-11-24", today=NOW.date())
    converted = value.bundle_values(db, home="EUR", now=NOW, platform="twitch")
    assert converted[0].price.currency == "EUR"
    assert converted[0].price.minor == 126  # 1.40 × 0.9


def test_plan_the_cheapest_way_and_what_reaches_the_creator(db) -> None:
    result = value.plan(db, "twitch", 1000, home="USD", now=NOW)
    assert [(b.units, n) for b, n in result.items] == [(500, 2)]
    assert result.basket.total_price == 1400
    assert result.creator.minor == 1000  # 1,000 Bits × 0.01
    ios = value.plan(db, "tiktok", 1000, home="USD", now=NOW, channel="ios")
    assert {b.channel for b, _ in ios.items} == {"ios"}


def test_plan_a_number_of_gifts(db) -> None:
    gift, result = value.plan_gifts(db, "tiktok", "Lion", 10, home="USD", now=NOW)
    assert result.target_units == 10 * gift.units


@pytest.mark.parametrize(
    ("platform", "units", "complaint"),
    [
        ("myspace", 10, "unknown platform"),
        ("tiktok", 0, "must be > 0"),
        ("tiktok", "ten", "not a whole number"),
        ("tiktok", -3, "must be > 0"),
        ("tiktok", 10**10, "absurdly large"),
        ("telegram", 100, "no Stars bundles"),
    ],
)
def test_plan_refuses_bad_requests(db, platform, units, complaint) -> None:
    with pytest.raises(InputError, match=complaint):
        value.plan(db, platform, units, home="USD", now=NOW)


def test_mixed_currencies_compare_through_the_fans_rates(db) -> None:
    store.add_bundle(
        db, "kick", {"units": 100, "price": "1.00", "currency": "USD"}, today=NOW.date()
    )
    store.add_bundle(
        db, "kick", {"units": 100, "price": "0.80", "currency": "GBP"}, today=NOW.date()
    )
    left_out = value.plan(db, "kick", 100, home="USD", now=NOW)
    assert left_out.basket.total_price == 100
    assert any("GBP" in note for note in left_out.notes)
    rates.set_rate(db, "GBP", "USD", "1.2", "2026-11-20", today=NOW.date())
    both = value.plan(db, "kick", 100, home="USD", now=NOW)
    assert both.basket.total_price == 96  # 0.80 GBP × 1.2


def test_cost_to_give_a_creator_ten_dollars(db) -> None:
    costs = {c.platform.id: c for c in value.cost_to_give(db, 1000, home="USD", now=NOW)}
    assert costs["twitch"].price.minor == 1400  # 1,000 Bits
    assert costs["youtube"].price.minor == 1429  # Super Chat: 10 / 0.70, rounded up
    assert costs["telegram"].price is None
    assert "not published" in costs["telegram"].note
