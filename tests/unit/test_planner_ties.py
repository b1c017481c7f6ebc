"""The planner's order of preference, checked deterministically: the same seeded cases every run,
against brute force, for both methods, so a swapped or dropped tie-break fails every time."""

from __future__ import annotations

import itertools
import random

import pytest

from companion.core.bundles import planner
from companion.core.bundles.planner import NoBundles, Option, cheapest


def brute_force(options: list[Option], target: int) -> tuple[int, int, int]:
    """(price, surplus, purchases) of the best basket, trying every count that could matter."""
    best = None
    limits = [-(-target // o.units) for o in options]  # more copies than this only overshoot
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
    assert basket.total_units == sum(o.units * n for o, n in basket.counts)
    assert basket.total_price == sum(o.price * n for o, n in basket.counts)
    return basket.total_price, basket.total_units - target, basket.purchases


def seeded_cases(seed: int, count: int) -> list[tuple[list[Option], int]]:
    """Small cases built so that prices tie often and the tie-breaks decide."""
    rng = random.Random(seed)
    cases = []
    for n in range(count):
        kind = n % 3
        if kind == 0:  # one price per unit: many baskets cost the same and land the same
            per_unit = rng.randint(1, 3)
            options = [Option(None, u, u * per_unit) for u in rng.sample(range(1, 9), 3)]
        elif kind == 1:  # a bulk bundle costs as much as k small ones but holds more
            small, k = rng.randint(1, 5), rng.randint(2, 4)
            big = small * k + rng.randint(1, 4)
            options = [Option(None, small, small * 2), Option(None, big, small * 2 * k)]
            if rng.random() < 0.5:
                options.append(Option(None, rng.randint(1, 12), rng.randint(1, 30)))
        else:  # anything
            options = [
                Option(None, rng.randint(1, 12), rng.randint(0, 30))
                for _ in range(rng.randint(1, 3))
            ]
        rng.shuffle(options)
        cases.append((options, rng.randint(1, 30)))
    return cases


CASES = seeded_cases(20261125, 400)


def test_the_seeded_cases_contain_ties_of_every_kind() -> None:
    # Guard against the generator drifting into cases where the tie-breaks never matter.
    surplus_ties = purchase_ties = 0
    for options, target in CASES:
        price, surplus, purchases = brute_force(options, target)
        others = set()
        limits = [-(-target // o.units) for o in options]
        for counts in itertools.product(*(range(n + 1) for n in limits)):
            units = sum(c * o.units for c, o in zip(counts, options, strict=True))
            cost = sum(c * o.price for c, o in zip(counts, options, strict=True))
            if units >= target and cost == price:
                others.add((units - target, sum(counts)))
        surplus_ties += any(s > surplus and p < purchases for s, p in others)
        purchase_ties += any(s == surplus and p > purchases for s, p in others)
    assert surplus_ties >= 25
    assert purchase_ties >= 60


@pytest.mark.parametrize("method", ["direct", "residues"])
def test_seeded_cases_match_brute_force(method: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(planner, "DP_LIMIT", 10**9 if method == "direct" else 0)
    for options, target in CASES:
        assert rank(cheapest(options, target), target) == brute_force(options, target), (
            options,
            target,
        )


def test_the_residue_method_alone_is_exact_when_it_answers() -> None:
    answered = 0
    for options, target in CASES:
        usable = planner._prune(options)
        basket = planner._by_residues(usable, target)
        if basket is None:
            continue  # S alone overshoots: the direct programme decides (tested above)
        answered += 1
        assert rank(basket, target) == brute_force(options, target), (options, target)
    assert answered >= 300


def test_large_targets_never_fall_back_and_agree_with_the_direct_programme() -> None:
    rng = random.Random(7)
    for _ in range(25):
        options = [
            Option(None, units, units * 3 + rng.choice([0, 0, 1, -1, 5]))
            for units in rng.sample(range(20, 120), rng.randint(2, 4))
        ]
        target = rng.randint(5_001, 9_000)
        fast = planner._by_residues(planner._prune(options), target)
        assert fast is not None  # a large target always has room for copies of the best bundle
        slow = planner._direct(planner._prune(options), target)
        assert rank(fast, target) == rank(slow, target), (options, target)
        assert rank(cheapest(options, target), target) == rank(slow, target)


@pytest.mark.parametrize("dp_limit", [10**9, 0])
def test_same_price_prefers_no_surplus_over_fewer_purchases(dp_limit, monkeypatch) -> None:
    monkeypatch.setattr(planner, "DP_LIMIT", dp_limit)
    # 3 × 3 units land exactly on 9 for 9; one 10-unit bundle costs 9 too but overshoots.
    options = [Option("ten", 10, 9), Option("three", 3, 3)]
    basket = cheapest(options, 9)
    assert [(o.key, n) for o, n in basket.counts] == [("three", 3)]


@pytest.mark.parametrize("dp_limit", [10**9, 0])
def test_same_price_and_surplus_prefers_fewer_purchases(dp_limit, monkeypatch) -> None:
    monkeypatch.setattr(planner, "DP_LIMIT", dp_limit)
    options = [Option("one", 1, 2), Option("four", 4, 8), Option("two", 2, 4)]
    basket = cheapest(options, 11)
    assert [(o.key, n) for o, n in basket.counts] == [("four", 2), ("two", 1), ("one", 1)]
    assert basket.purchases == 4


def test_a_free_bundle_is_used_and_broken_ones_are_ignored() -> None:
    options = [
        Option("free", 5, 0),
        Option("paid", 5, 100),
        Option("empty", 0, 1),
        Option("refund", 5, -50),
    ]
    basket = cheapest(options, 12)
    assert [(o.key, n) for o, n in basket.counts] == [("free", 3)]
    assert basket.total_price == 0
    with pytest.raises(NoBundles, match=r"^no bundles to choose from$"):
        cheapest([Option("empty", 0, 1), Option("refund", 5, -50)], 3)
    big = cheapest([Option("free", 500, 0), Option("zero", 0, 1), Option("p", 7, 1)], 6000)
    assert big.total_price == 0


def test_the_basket_lists_the_largest_bundles_first() -> None:
    options = [Option("small", 10, 15), Option("big", 100, 140), Option("mid", 50, 72)]
    basket = cheapest(options, 170)
    assert [(o.key, n) for o, n in basket.counts] == [("big", 1), ("mid", 1), ("small", 2)]
    assert (basket.total_units, basket.total_price) == (170, 242)


def test_a_target_must_be_positive() -> None:
    with pytest.raises(ValueError, match=r"^target must be positive$"):
        cheapest([Option("a", 1, 1)], -1)


def bigger_but_worse_cases(seed: int, count: int) -> list[tuple[list[Option], int]]:
    """Bundles larger than the best-value one but dearer per unit: the residue method must then
    count more purchases than the best-value copies it replaces."""
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        small, per_unit = rng.randint(2, 6), rng.randint(2, 4)
        options = [Option(None, small, small * per_unit)]
        for _ in range(rng.randint(1, 2)):
            units = rng.randint(small + 1, 14)
            options.append(Option(None, units, units * per_unit + rng.randint(0, 3)))
        rng.shuffle(options)
        cases.append((options, rng.randint(1, 30)))
    return cases


def test_bundles_bigger_than_the_best_value_one_are_counted_right() -> None:
    for options, target in bigger_but_worse_cases(5, 400):
        expected = brute_force(options, target)
        basket = planner._by_residues(planner._prune(options), target)
        if basket is not None:
            assert rank(basket, target) == expected, (options, target)
        assert rank(cheapest(options, target), target) == expected
