"""The cheapest mix of bundles for at least N units, exactly.

Order of preference: lowest total price, then fewest surplus units, then fewest purchases.

Small targets use a plain dynamic programme over totals. Large targets (a million coins) use the
residue method: write any basket as ``x`` copies of the best-value bundle ``b*`` plus the rest
``S``; the total depends on ``S`` only through its size modulo ``b*``'s units, so a shortest-path
pass over those residues (Böcker & Lipták's round-robin, weights made non-negative by the
``b*`` price-per-unit potential) finds the optimum in O(bundles × units(b*)) steps instead of
O(bundles × N).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import gcd

DP_LIMIT = 5_000  # below this many units the direct programme is quick; above, residues


@dataclass(frozen=True)
class Option:
    """One bundle as the optimizer sees it: total units (bonus included), price in minor units."""

    key: object
    units: int
    price: int


@dataclass(frozen=True)
class Basket:
    counts: tuple[tuple[Option, int], ...]  # (bundle, how many), largest bundles first
    total_units: int
    total_price: int

    @property
    def purchases(self) -> int:
        return sum(n for _, n in self.counts)


class NoBundles(ValueError):
    """There is nothing to choose from."""


def cheapest(options: Sequence[Option], target: int) -> Basket:
    """The exact optimum for at least ``target`` units (``target`` > 0)."""
    if target <= 0:
        raise ValueError("target must be positive")
    usable = _prune([o for o in options if o.units > 0 and o.price >= 0])
    if not usable:
        raise NoBundles("no bundles to choose from")
    if target <= DP_LIMIT:
        return _direct(usable, target)
    basket = _by_residues(usable, target)
    return basket if basket is not None else _direct(usable, target)


def _prune(options: list[Option]) -> list[Option]:
    """Drop exact duplicates (same units and price), keeping the first."""
    seen: dict[tuple[int, int], Option] = {}
    for o in options:
        seen.setdefault((o.units, o.price), o)
    return list(seen.values())


def _basket(counts: dict[int, int], options: Sequence[Option]) -> Basket:
    chosen = sorted(
        ((options[i], n) for i, n in counts.items() if n), key=lambda p: (-p[0].units, p[0].price)
    )
    return Basket(
        tuple(chosen),
        sum(o.units * n for o, n in chosen),
        sum(o.price * n for o, n in chosen),
    )


def _direct(options: Sequence[Option], target: int) -> Basket:
    """Dynamic programme over exact totals 0 .. target + largest - 1, keyed (price, purchases)."""
    top = target + max(o.units for o in options)
    inf = (float("inf"), 0)
    best: list[tuple[float, int]] = [inf] * top
    via = [-1] * top
    best[0] = (0, 0)
    for total in range(1, top):
        current = inf
        choice = -1
        for i, o in enumerate(options):
            prev = total - o.units
            if prev < 0:
                continue
            cost, count = best[prev]
            candidate = (cost + o.price, count + 1)
            if candidate < current:
                current, choice = candidate, i
        best[total], via[total] = current, choice
    winner = min(range(target, top), key=lambda t: (best[t][0], t - target, best[t][1]))
    if best[winner][0] == float("inf"):
        raise NoBundles("no combination reaches the target")
    counts: dict[int, int] = {}
    t = winner
    while t > 0:
        i = via[t]
        counts[i] = counts.get(i, 0) + 1
        t -= options[i].units
    return _basket(counts, options)


def _by_residues(options: Sequence[Option], target: int) -> Basket | None:
    # b*: lowest price per unit; among equals the largest, so every other bundle of equal value
    # is smaller and the purchase-count tie-break below stays non-negative.
    star_i = min(
        range(len(options)),
        key=lambda i: (Fraction(options[i].price, options[i].units), -options[i].units),
    )
    star = options[star_i]
    u, p = star.units, star.price
    # Weight of adding bundle i to S, scaled by u to stay integral:
    #   primary   delta_i = price_i*u - units_i*p  (>= 0: nothing beats b*'s price per unit)
    #   secondary eps_i   = u - units_i            (tracks purchases net of replaced b* copies)
    spread = 2 * u * max(u, *(o.units for o in options)) + 1
    dist, parent = _residue_table(options, star_i, spread)
    best = None
    for r in range(u):
        if (key_sum := dist[r]) is None:
            continue
        fill = -((r - target) // u)  # ceil((target - r) / u)
        delta_sum, eps_sum = _split_key(key_sum, spread)
        cost_scaled = fill * p * u + r * p + delta_sum  # total price × u
        surplus = fill * u + r - target
        purchases_scaled = fill * u + eps_sum + r  # purchases × u
        rank = (cost_scaled, surplus, purchases_scaled)
        if best is None or rank < best[0]:
            best = (rank, r)
    if best is None:
        return None
    r = best[1]
    counts: dict[int, int] = {}
    units_s = 0
    while r != 0:
        step = parent[r]
        assert step is not None  # every residue on the path back to 0 was reached
        prev, i = step
        counts[i] = counts.get(i, 0) + 1
        units_s += options[i].units
        r = prev
    x = -((units_s - target) // u)
    if x < 0:
        return None  # S alone overshoots this target: let the direct programme decide
    counts[star_i] = counts.get(star_i, 0) + x
    return _basket(counts, options)


def _residue_table(
    options: Sequence[Option], star_i: int, spread: int
) -> tuple[list[int | None], list[tuple[int, int] | None]]:
    """Lightest basket (without b*) reaching each residue modulo units(b*), and how."""
    star = options[star_i]
    u, p = star.units, star.price
    weights = []
    for i, o in enumerate(options):
        if i == star_i or o.units % u == 0:
            continue  # b* itself, or a self-loop that can never help
        delta = o.price * u - o.units * p
        weights.append((i, delta * spread + (u - o.units)))
    inf = None
    dist: list[int | None] = [inf] * u
    parent: list[tuple[int, int] | None] = [None] * u
    dist[0] = 0
    for i, w in weights:
        step = options[i].units % u
        cycles = gcd(step, u)
        length = u // cycles
        for start in range(cycles):
            # Begin each cycle at its cheapest reached residue so one lap (plus one) settles it.
            members = [(start + k * step) % u for k in range(length)]
            reached = [r for r in members if dist[r] is not None]
            if not reached:
                continue
            r = min(reached, key=lambda x: dist[x])
            for _ in range(length):
                nxt = (r + step) % u
                cand = dist[r] + w
                if dist[nxt] is None or cand < dist[nxt]:
                    dist[nxt] = cand
                    parent[nxt] = (r, i)
                r = nxt

    return dist, parent


def _split_key(key: int, spread: int) -> tuple[int, int]:
    """Undo ``delta * spread + eps`` where |eps| < spread / 2."""
    delta, eps = divmod(key, spread)
    if eps > spread // 2:
        delta, eps = delta + 1, eps - spread
    return delta, eps
