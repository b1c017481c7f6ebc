"""Calendar figures: a month of occurrences of 5,000 recurring events (target < 100 ms) and
importing a 10,000-event .ics (target < 5 s). Both build their own calendar in a temporary
folder.

    python bench/events.py
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


def run() -> dict[str, float]:
    """Months of 5,000 recurring events (a fresh calendar), then a 10,000-event import."""
    from seed import seed_recurring

    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        seed_recurring(Path(tmp))
        figures = _months(Path(tmp))
    figures.update(_import())
    return figures


def _months(data_dir: Path) -> dict[str, float]:
    from companion.core.calendar import month, schedule
    from companion.core.data import open_store
    from companion.core.store.settings import prefs

    db = open_store(data_dir, now=datetime.now(timezone.utc))
    zone = prefs(db).zone
    events = schedule.events(db)
    today = datetime.now(zone).date().replace(day=1)
    months = []
    for shift in range(7):  # a different month each time: nothing is reused
        first = (today + timedelta(days=31 * shift)).replace(day=1)
        months.append((first, (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)))
    view, full, count = [], [], 0
    for first, last in months:
        start = time.perf_counter()
        marks = month.busy_days(db, first, last, home_zone=zone)
        view.append((time.perf_counter() - start) * 1000)
        count = sum(m.count for m in marks.values())
    for first, last in months:  # the same months as full agenda items, for comparison
        lo = datetime.combine(first, datetime.min.time(), zone)
        hi = datetime.combine(last + timedelta(days=1), datetime.min.time(), zone)
        start = time.perf_counter()
        schedule.occurrences(db, lo, hi, home_zone=zone)
        full.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    schedule.occurrences(db, lo, hi, home_zone=zone)
    warm_ms = (time.perf_counter() - start) * 1000
    db.close()
    return {
        "events": len(events),
        "recurring": sum(1 for e in events if e.rrule),
        "occurrences": count,
        "month_ms": statistics.median(view),
        "agenda_ms": statistics.median(full),
        "warm_ms": warm_ms,
    }


def _import() -> dict[str, float]:
    from companion.core.calendar import ics
    from companion.core.data import open_store
    from companion.core.store.settings import prefs

    with tempfile.TemporaryDirectory() as tmp:
        fresh = open_store(Path(tmp), now=datetime.now(timezone.utc))
        data = make_ics(10_000)
        start = time.perf_counter()
        report = ics.import_ics(
            fresh,
            data,
            source="file:bench.ics",
            now=datetime.now(timezone.utc),
            home_zone=prefs(fresh).zone,
        )
        import_s = time.perf_counter() - start
        fresh.close()
    return {"import_s": import_s, "imported": report.added}


def main() -> None:
    argparse.ArgumentParser(description=__doc__).parse_args()
    r = run()
    print(
        f"a month of occurrences of {r['recurring']:,} recurring events: "
        f"{r['occurrences']:,} counted into the month view in {r['month_ms']:.1f} ms "
        "(target < 100 ms)"
    )
    print(
        f"  the same month as full agenda items: {r['agenda_ms']:.0f} ms new, "
        f"{r['warm_ms']:.1f} ms when asked again"
    )
    print(
        f"import a 10,000-event .ics: {r['imported']:,} events in {r['import_s']:.2f} s "
        "(target < 5 s)"
    )


if __name__ == "__main__":
    main()
