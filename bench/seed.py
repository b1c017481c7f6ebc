"""Generate a realistic large data set into a data folder.

100,000 ledger entries over 5 years (``--entries N``: 10k, 100k, 1M), 2,000 creators, 5,000
events (half recurring) and rates for 10 currencies.
Deterministic (fixed seed), so benchmark runs compare like with like.

    python bench/seed.py --data-dir DIR [--entries 1000000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

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


def seed(data_dir: Path, now: datetime | None = None, entries: int = ENTRIES) -> dict[str, int]:
    from companion.core.bundles import store as bundles
    from companion.core.data import open_store
    from companion.core.money import rates

    now = now or datetime.now(timezone.utc)
    rng = random.Random(2026)
    db = open_store(data_dir, now=now)
    try:
        today = now.date()
        for i, code in enumerate(CURRENCIES):
            rates.set_rate(
                db, "USD", code, f"{0.5 + i * 1.7:.4f}", today.isoformat(), "seed", today=today
            )
        creators = [f"Creator {i:04d}" for i in range(CREATORS)]
        options = [(b.platform, b.units, b.price_minor) for b in bundles.bundles(db, today=today)]
        _seed_ledger(db, entries, options, creators, rng, now)
        events = _seed_calendar(db, creators, rng, now)
    finally:
        db.close()
    return {
        "entries": entries,
        "creators": CREATORS,
        "events": events,
        "currencies": len(CURRENCIES),
    }


def _seed_ledger(db, count: int, options, creators: list[str], rng: random.Random, now) -> None:
    """``count`` entries over 5 years, straight into the table: one executemany in one
    transaction (1M rows in seconds; the ledger's own add_many validates each row)."""
    from companion.core.budget import ledger

    start = now - timedelta(days=5 * 365)
    span = (now - start).total_seconds()

    def rows() -> Iterator[tuple[object, ...]]:
        # The same draws in the same order as ever, so a seed gives the same data set.
        for i in range(count):
            when = start + timedelta(seconds=rng.random() * span)
            platform, units, price = rng.choice(options)
            stamp = ledger.utc_text(when)
            if i % 3:
                yield ("purchase", stamp, platform, units, price, "USD", price, "USD", "1", "web",
                       None, None, "", stamp)  # fmt: skip
            else:
                third = price // 3
                yield ("gift", stamp, platform, max(1, units // 3), third, "USD", third, "USD",
                       None, None, rng.choice(creators), None, "", stamp)  # fmt: skip

    with db.atomic():
        db.conn.executemany(
            "INSERT INTO ledger (kind, occurred_at, platform, units, amount_minor, currency, "
            "home_minor, home_currency, rate, channel, creator, event_uid, note, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows(),
        )


def _seed_calendar(db, creators, rng: random.Random, now: datetime) -> int:
    return _seed_bulk(db, creators, rng, now, EVENTS, ZONES)


def _seed_bulk(
    db,
    names: list[str],
    rng: random.Random,
    now: datetime,
    count: int,
    zones: list[str],
    recurring_every: int = 2,
) -> int:
    """Many creators and events quickly, straight into the tables; every
    ``recurring_every``-th event repeats (daily, weekly or monthly)."""
    from companion.core.budget import ledger
    from companion.core.calendar import creators, schedule

    stamp = ledger.utc_text(now)
    with db.atomic():
        db["creators"].insert_all(
            [
                {
                    "name": n,
                    "platform": rng.choice(["tiktok", "twitch", "youtube"]),
                    "handle": "",
                    "profile_url": "",
                    "notes": "",
                    "colour": creators.PALETTE[i % len(creators.PALETTE)],
                    "favourite": int(i % 10 == 0),
                    "zone": rng.choice(zones),
                    "created_at": stamp,
                }
                for i, n in enumerate(names)
            ],
            batch_size=500,
        )
        ids = [r[0] for r in db.execute("SELECT id FROM creators")]
    home = ZoneInfo("UTC")
    rows = []
    for i in range(count):
        zone = rng.choice(zones)
        day = now.date() + timedelta(days=rng.randint(-400, 60))
        start = f"{day.isoformat()}T{rng.choice([18, 19, 20, 21])}:00:00"
        rule = None
        if i % recurring_every == 0:
            rule = rng.choice(
                [
                    "FREQ=WEEKLY;BYDAY=MO,WE,FR",
                    "FREQ=WEEKLY",
                    "FREQ=DAILY",
                    "FREQ=MONTHLY;BYDAY=1SA",
                    "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU",
                ]
            )
        rows.append(
            {
                **schedule.build_event_row(
                    db,
                    title=f"Live {i}",
                    start=start,
                    zone=zone,
                    duration_min=rng.choice([60, 90, 120]),
                    creator_id=rng.choice(ids),
                    rrule=rule,
                    reminders=[10],
                    home_zone=home,
                    now=now,
                ),
                "created_at": stamp,
            }
        )
    with db.atomic():
        db["events"].insert_all(rows, batch_size=500)
    return count


def seed_recurring(
    data_dir: Path, count: int = EVENTS, now: datetime | None = None, recurring_every: int = 1
) -> None:
    """A calendar of ``count`` events (the calendar benchmark's sets): all recurring, or every
    ``recurring_every``-th."""
    from companion.core.data import open_store

    db = open_store(data_dir, now=datetime.now(timezone.utc))
    try:
        names = [f"Creator {i:04d}" for i in range(CREATORS)]
        now = now or datetime.now(timezone.utc)
        _seed_bulk(db, names, random.Random(2026), now, count, ZONES, recurring_every)
    finally:
        db.close()


@contextmanager
def large_data(data_dir: Path | None) -> Iterator[Path]:
    """``data_dir`` as given, or a temporary folder seeded now and removed afterwards."""
    if data_dir is not None:
        yield data_dir
        return
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        start = time.perf_counter()
        seed(Path(tmp))
        print(f"(seeded the large data set in {time.perf_counter() - start:.0f} s)")
        yield Path(tmp)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--entries", type=int, default=ENTRIES, help="ledger rows (10k-1M)")
    args = parser.parse_args()
    start = time.perf_counter()
    counts = seed(args.data_dir, entries=args.entries)
    took = time.perf_counter() - start
    print(
        f"seeded {args.data_dir}: "
        + ", ".join(f"{v:,} {k}" for k, v in counts.items())
        + f" in {took:.1f} s"
    )


if __name__ == "__main__":
    main()
