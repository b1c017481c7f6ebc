"""The optimizer is exact: it agrees with brute force, and breaks ties as documented."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.bundles import planner
from companion.core.bundles.planner import NoBundles, Option, cheapest


def brute_force(options: list[Option], target: int) -> tuple[int, int, int]:
    best = None
    limits = [target // o.units + 2 for o in options]
    for counts in itertools.product(*(range(n + 1) for n in limits)):
        units = sum(c * o.units for c, o in zip(counts, options, strict=True))
        if units < target:
            continue
        price = sum(c * o.price for c, o in zip(counts, options, strict=True))
        key = (price, units - target, sum(counts))
        best = key if best is None or key < best else best
    assert best is not None
    return best


def rank(basket: planner.Basket, target: int) -> tuple[int, int, int]:
    return basket.total_price, basket.total_units - target, basket.purchases


options_strategy = st.lists(
    st.builds(Option, key=st.none(), units=st.integers(1, 15), price=st.integers(1, 40)),
    min_size=1,
    max_size=3,
)


@settings(max_examples=150, deadline=None)
@given(options_strategy, st.integers(1, 45))
def test_matches_brute_force(options: list[Option], target: int) -> None:
    basket = cheapest(options, target)
    assert basket.total_units >= target
    assert rank(basket, target) == brute_force(options, target)


@settings(max_examples=150, deadline=None)
@given(options_strategy, st.integers(1, 45))
def test_residue_method_matches_brute_force(options: list[Option], target: int) -> None:
    original = planner.DP_LIMIT
    planner.DP_LIMIT = 0  # force the large-target method on small, checkable cases
    try:
        basket = cheapest(options, target)
    finally:
        planner.DP_LIMIT = original
    assert rank(basket, target) == brute_force(options, target)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.builds(Option, key=st.none(), units=st.integers(20, 400), price=st.integers(30, 900)),
        min_size=1,
        max_size=5,
    ),
    st.integers(5_001, 60_000),
)
def test_large_targets_agree_with_the_direct_programme(options: list[Option], target: int) -> None:
    fast = cheapest(options, target)
    slow = planner._direct(planner._prune(options), target)
    assert rank(fast, target) == rank(slow, target)


TWITCH = [
    Option(u, u, p)
    for u, p in [(100, 140), (500, 700), (1500, 1995), (5000, 6440), (10000, 12600), (25000, 30800)]
]


def test_a_million_bits_is_forty_of_the_biggest_bundle() -> None:
    basket = cheapest(TWITCH, 1_000_000)
    assert [(o.units, n) for o, n in basket.counts] == [(25000, 40)]
    assert basket.total_price == 40 * 30800


def test_ties_prefer_less_surplus_then_fewer_purchases() -> None:
    # 2 × 50 and 1 × 100 cost the same and land exactly: one purchase wins.
    same = [Option("50", 50, 100), Option("100", 100, 200)]
    assert [(o.key, n) for o, n in cheapest(same, 100).counts] == [("100", 1)]
    # Same price, but 120 overshoots by 20 and 100 lands exactly.
    surplus = [Option("120", 120, 300), Option("100", 100, 300)]
    assert [(o.key, n) for o, n in cheapest(surplus, 95).counts] == [("100", 1)]


def test_nothing_to_choose_from() -> None:
    with pytest.raises(NoBundles):
        cheapest([], 10)
    with pytest.raises(ValueError, match="positive"):
        cheapest(TWITCH, 0)
