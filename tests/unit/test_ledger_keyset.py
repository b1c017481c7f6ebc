"""Paging through the ledger by key (no OFFSET): every entry exactly once, in the order of the
whole sort, for every column and direction, through runs of equal keys and NULLs."""

from __future__ import annotations

import random

import pytest

from companion.core.budget import ledger


def _fill(db) -> None:
    rng = random.Random(7)
    notes = ["", "", "b", "B", "a", "zz"]  # duplicates, and cases NOCASE treats as one
    rows = []
    for i in range(157):
        stamp = f"2026-11-{1 + i % 5:02d}T10:00:00+00:00"  # many equal dates
        if i % 3:
            rows.append(
                ledger.Entry(
                    None,
                    "purchase",
                    stamp,
                    rng.choice(["twitch", "tiktok"]),
                    rng.choice([100, 500]),
                    rng.choice([140, 699]),
                    "USD",
                    rng.choice([140, 699, None]),
                    "USD",
                    "1",
                    "web",
                    None,
                    None,
                    rng.choice(notes),
                    stamp,
                )
            )
        else:
            rows.append(
                ledger.Entry(
                    None,
                    "gift",
                    stamp,
                    "twitch",
                    10,
                    5,
                    "USD",
                    5,
                    "USD",
                    None,
                    None,
                    rng.choice(["Ann", "ann", "Bo", None]),
                    None,
                    rng.choice(notes),
                    stamp,
                )
            )
    ledger.add_many(db, rows)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(ledger.SORT_KEYS))
@pytest.mark.parametrize("page", [1, 10, 200])
def test_paging_by_key_returns_every_entry_once_in_order(
    db, sort: str, descending: bool, page: int
) -> None:
    _fill(db)
    whole = ledger.entries(db, sort=sort, descending=descending)
    paged: list[ledger.Entry] = []
    while True:
        more = ledger.entries(
            db, sort=sort, descending=descending, limit=page, after=paged[-1] if paged else None
        )
        if not more:
            break
        assert len(more) <= page
        paged.extend(more)
    assert [e.id for e in paged] == [e.id for e in whole]
    assert len({e.id for e in paged}) == ledger.count(db) == 157


def test_paging_keeps_to_the_filter(db) -> None:
    _fill(db)
    flt = ledger.LedgerFilter(kind="gift")
    first = ledger.entries(db, flt, sort="creator", descending=False, limit=5)
    rest = ledger.entries(db, flt, sort="creator", descending=False, limit=1000, after=first[-1])
    assert {e.kind for e in first + rest} == {"gift"}
    assert len(first + rest) == ledger.count(db, flt)
