"""Generate a realistic large data set into a data folder.

100,000 ledger entries over 5 years, 2,000 creators, 5,000 events (half recurring) and rates for
10 currencies. Deterministic (fixed seed), so benchmark runs compare like with like.

    python bench/seed.py --data-dir DIR
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ENTRIES = 100_000
CREATORS = 2_000
EVENTS = 5_000
CURRENCIES = ["EUR", "GBP", "JPY", "CAD", "AUD", "BRL", "MXN", "INR", "KRW", "PLN"]
ZONES = [
    "America/New_York",
    "Europe/Paris",
    "Asia/Tokyo",
    "America/Los_Angeles",
    "Europe/London",
    "Australia/Sydney",
    "America/Sao_Paulo",
    "Asia/Seoul",
]


def seed(data_dir: Path, now: datetime | None = None) -> dict[str, int]:
    from companion.core import bundles, ledger, rates
    from companion.core.store import open_store

    now = now or datetime.now(timezone.utc)
    rng = random.Random(2026)
    db = open_store(data_dir)
    try:
        today = now.date()
        for i, code in enumerate(CURRENCIES):
            rates.set_rate(
                db, "USD", code, f"{0.5 + i * 1.7:.4f}", today.isoformat(), "seed", today=today
            )
        creators = [f"Creator {i:04d}" for i in range(CREATORS)]
        options = [(b.platform, b.units, b.price_minor) for b in bundles.bundles(db, today=today)]
        rows = []
        start = now - timedelta(days=5 * 365)
        span = (now - start).total_seconds()
        for i in range(ENTRIES):
            when = start + timedelta(seconds=rng.random() * span)
            platform, units, price = rng.choice(options)
            stamp = ledger.utc_text(when)
            if i % 3:
                rows.append(
                    ledger.Entry(
                        None,
                        "purchase",
                        stamp,
                        platform,
                        units,
                        price,
                        "USD",
                        price,
                        "USD",
                        "1",
                        "web",
                        None,
                        None,
                        "",
                        stamp,
                    )
                )
            else:
                rows.append(
                    ledger.Entry(
                        None,
                        "gift",
                        stamp,
                        platform,
                        max(1, units // 3),
                        price // 3,
                        "USD",
                        price // 3,
                        "USD",
                        None,
                        None,
                        rng.choice(creators),
                        None,
                        "",
                        stamp,
                    )
                )
        ledger.add_many(db, rows)
        events = _seed_calendar(db, creators, rng, now)
    finally:
        db.close()
    return {
        "entries": ENTRIES,
        "creators": CREATORS,
        "events": events,
        "currencies": len(CURRENCIES),
    }


def _seed_calendar(db, creators, rng: random.Random, now: datetime) -> int:
    try:
        from companion.core import schedule
    except ImportError:
        return 0  # no calendar in this version
    return schedule.seed_bulk(db, creators, rng, now, EVENTS, ZONES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args()
    start = time.perf_counter()
    counts = seed(args.data_dir)
    took = time.perf_counter() - start
    print(
        f"seeded {args.data_dir}: "
        + ", ".join(f"{v:,} {k}" for k, v in counts.items())
        + f" in {took:.1f} s"
    )


if __name__ == "__main__":
    main()
