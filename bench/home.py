"""How long the Home page takes to build on a data folder (it is the first page after start-up).

Times, after the database is open: the page's queries alone (core.home + budget statuses) and
the whole widget build, offscreen. Median of a few runs; the first run also warms the caches.

    python bench/home.py --data-dir DIR [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import datetime, timezone
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from companion.core import home
    from companion.core.budget import budget
    from companion.core.data import open_store
    from companion.core.store.settings import prefs
    from companion.ui.shell.app import make_application
    from companion.ui.shell.context import AppContext
    from companion.ui.shell.notify import Banner, BannerNotifier

    app = make_application()
    db = open_store(args.data_dir, now=datetime.now(timezone.utc))
    now = datetime.now(timezone.utc)
    p = prefs(db)

    def queries() -> None:
        home.next_lives(db, now, p.zone)
        budget.statuses(db, now=now, zone=p.zone, week_start=p.week_start)
        home.wallet_lines(db)
        home.latest_alerts(db)

    def page() -> None:
        from companion.ui.home.home_page import HomePage

        ctx = AppContext(db=db, data_dir=args.data_dir, notifier=BannerNotifier(Banner()))
        ctx.clock = lambda: now
        widget = HomePage(ctx)
        widget.resize(1100, 720)
        widget.show()
        app.processEvents()
        widget.deleteLater()

    for name, fn in (("queries", queries), ("page", page)):
        first = time.perf_counter()
        fn()
        cold = time.perf_counter() - first
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        warm = statistics.median(times) * 1000
        print(f"Home {name:8} first {cold * 1000:6.0f} ms, then median {warm:6.0f} ms")


if __name__ == "__main__":
    main()
