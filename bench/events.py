"""Calendar figures on the large data set: a month of occurrences of 5,000 events (half
recurring; target < 100 ms), importing a 10,000-event .ics (target < 5 s).

    python bench/events.py [--data-dir DIR]   # seeds a temporary folder when none is given
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path


def make_ics(count: int) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN"]
    zones = ["Europe/Paris", "America/New_York", "Asia/Tokyo"]
    for i in range(count):
        zone = zones[i % 3]
        day = 1 + i % 28
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{i}@example",
            f"DTSTART;TZID={zone}:202612{day:02d}T{18 + i % 4}0000",
            f"DTEND;TZID={zone}:202612{day:02d}T{19 + i % 4}0000",
            f"SUMMARY:Stream {i}",
        ]
        if i % 2 == 0:
            lines.append("RRULE:FREQ=WEEKLY;BYDAY=" + ["MO", "WE", "FR", "SU"][i % 4])
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def run(data_dir: Path) -> dict[str, float]:
    from companion.core import ics, schedule
    from companion.core.settings import prefs
    from companion.core.store import open_store

    db = open_store(data_dir)
    zone = prefs(db).zone
    events = len(schedule.events(db))
    recurring = sum(1 for e in schedule.events(db) if e.rrule)
    now = datetime.now(timezone.utc)
    lo = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    hi = lo + timedelta(days=31)
    times, count = [], 0
    for shift in range(7):  # a different month each time: nothing is reused
        first = lo + timedelta(days=31 * shift)
        start = time.perf_counter()
        count = len(schedule.occurrences(db, first, first + timedelta(days=31), home_zone=zone))
        times.append((time.perf_counter() - start) * 1000)
    month_ms = statistics.median(times)
    start = time.perf_counter()
    schedule.occurrences(db, lo, hi, home_zone=zone)
    warm_ms = (time.perf_counter() - start) * 1000
    db.close()

    with tempfile.TemporaryDirectory() as tmp:
        fresh = open_store(Path(tmp))
        data = make_ics(10_000)
        start = time.perf_counter()
        report = ics.import_ics(fresh, data, source="file:bench.ics", now=now, home_zone=zone)
        import_s = time.perf_counter() - start
        fresh.close()
    return {
        "events": events,
        "recurring": recurring,
        "occurrences": count,
        "month_ms": month_ms,
        "warm_ms": warm_ms,
        "import_s": import_s,
        "imported": report.added,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    from seed import large_data

    with large_data(args.data_dir) as folder:
        r = run(folder)
    print(
        f"a month of occurrences, {r['events']:,} events ({r['recurring']:,} recurring): "
        f"{r['occurrences']:,} in {r['month_ms']:.1f} ms cold (target < 100 ms), "
        f"{r['warm_ms']:.1f} ms when the same month is asked again"
    )
    print(
        f"import a 10,000-event .ics: {r['imported']:,} events in {r['import_s']:.2f} s "
        "(target < 5 s)"
    )


if __name__ == "__main__":
    main()
