"""A page (200 rows) of the ledger sorted by each column, at the top and half-way down, by key
(what the Ledger tab does) and, as the reference in the same run, by OFFSET. Target: every
keyset page <= 100 ms.

    python bench/ledger_pages.py --data-dir DIR   # e.g. seeded with bench/seed.py --entries 1000000
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import datetime, timezone
from pathlib import Path

PAGE = 200
TARGET_MS = 100.0


def _ms(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(data_dir: Path) -> dict[str, float]:
    from companion.core.budget import ledger
    from companion.core.data import open_store

    db = open_store(data_dir, now=datetime.now(timezone.utc))
    half = ledger.count(db) // 2
    worst_key, worst_offset = 0.0, 0.0
    try:
        for sort in sorted(ledger.SORT_KEYS):
            for desc in (False, True):
                # The row half-way down, found once (untimed): the page after it is a deep page.
                mid = ledger.entries(db, sort=sort, descending=desc, limit=1, offset=half)[0]
                top = _ms(
                    lambda s=sort, d=desc: ledger.entries(db, sort=s, descending=d, limit=PAGE)
                )
                deep = _ms(
                    lambda s=sort, d=desc, m=mid: ledger.entries(
                        db, sort=s, descending=d, limit=PAGE, after=m
                    )
                )
                offset = _ms(
                    lambda s=sort, d=desc: ledger.entries(
                        db, sort=s, descending=d, limit=PAGE, offset=half + 1
                    ),
                    runs=3,
                )
                worst_key = max(worst_key, top, deep)
                worst_offset = max(worst_offset, offset)
                print(
                    f"{sort:9} {'desc' if desc else 'asc ':4} top {top:6.1f} ms  "
                    f"half-way {deep:6.1f} ms  (by OFFSET: {offset:7.1f} ms)"
                )
    finally:
        db.close()
    return {"rows": half * 2, "worst_ms": worst_key, "offset_ms": worst_offset}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args()
    r = run(args.data_dir)
    print(
        f"slowest page by key {r['worst_ms']:.1f} ms (target <= {TARGET_MS:.0f} ms); "
        f"slowest by OFFSET half-way: {r['offset_ms']:.0f} ms"
    )


if __name__ == "__main__":
    main()
