"""Plan for 1,000,000 units on every shipped platform with bundles (target < 50 ms each, median),
and the Bundles page opening with the catalog (target < 100 ms, median).

    python bench/bundles.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")  # offscreen plugin chatter

    from companion.core.bundles import store, value
    from companion.core.data import open_store

    now = datetime.now(timezone.utc)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_store(Path(tmp), now=datetime.now(timezone.utc))
        for p in store.platforms(db):
            if not store.bundles(db, today=now.date(), platform=p.id):
                print(f"plan 1,000,000 {p.unit:<6} {p.name:<10}      — (no shipped bundles)")
                continue
            ms = _median_ms(
                lambda p=p: value.plan(db, p.id, 1_000_000, home="USD", now=now), args.runs
            )
            print(f"plan 1,000,000 {p.unit:<6} {p.name:<10} {ms:7.1f} ms (target < 50 ms)")

        from PySide6.QtWidgets import QApplication

        from companion.ui.bundles.bundles_page import BundlesPage
        from companion.ui.shell.context import AppContext

        app = QApplication.instance() or QApplication([])
        ctx = AppContext(db=db, data_dir=Path(tmp), notifier=None)  # type: ignore[arg-type]

        def open_page() -> None:
            page = BundlesPage(ctx)
            page.show()
            app.processEvents()
            page.close()
            page.deleteLater()

        open_page()  # first construction loads Qt's table classes once
        ms = _median_ms(open_page, args.runs)
        print(f"Bundles page open             {ms:7.1f} ms (target < 100 ms)")
        db.close()


if __name__ == "__main__":
    main()
