"""Budget status, 3 budgets over the seeded ledger (targets at 1,000,000 rows: <= 5 ms warm,
median, and <= 10 ms for the first call on a fresh connection), the Budget page with the
ledger shown (target < 200 ms median), and logging a purchase through the money rules.

    python bench/budget.py [--data-dir DIR]   # seeds a temporary folder when none is given
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import datetime, timezone
from pathlib import Path


def median_ms(fn, runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(data_dir: Path) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    from companion.core.budget import budget, ledger
    from companion.core.data import open_store
    from companion.core.store.settings import prefs

    db = open_store(data_dir, now=datetime.now(timezone.utc))
    now = datetime.now(timezone.utc)
    p = prefs(db)
    budget.set_budget(db, "overall", "monthly", "40", "USD", now=now)
    budget.set_budget(db, "platform:twitch", "weekly", "20", "USD", now=now)
    budget.set_budget(db, budget.scope_for(creator="Creator 0001"), "monthly", "10", "USD", now=now)
    rows = ledger.count(db)
    db.close()
    db = open_store(
        data_dir, now=datetime.now(timezone.utc)
    )  # a fresh connection: the first status pays for what it loads
    start = time.perf_counter()
    budget.statuses(db, now=now, zone=p.zone, week_start=p.week_start)
    first_ms = (time.perf_counter() - start) * 1000
    status_ms = median_ms(
        lambda: budget.statuses(db, now=now, zone=p.zone, week_start=p.week_start)
    )
    from companion.core.budget import actions

    def plain_add() -> None:
        ledger.add(db, make())

    def guarded_add() -> None:
        actions.log_entry(db, make(), actions.Answers(confirmed=True), now=now)

    def make() -> ledger.Entry:
        return ledger.make_purchase(
            db,
            platform="twitch",
            units=100,
            amount="1.40",
            currency="USD",
            when=now,
            now=now,
            zone=p.zone,
            home=p.home,
        )

    # The reference: the same insert with no rules; the difference is what deciding costs.
    plain_ms = median_ms(plain_add)
    guarded_ms = median_ms(guarded_add)

    from PySide6.QtWidgets import QApplication

    from companion.ui.budget.budget_page import BudgetPage
    from companion.ui.shell.context import AppContext

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(db=db, data_dir=data_dir, notifier=None)  # type: ignore[arg-type]

    def open_page() -> None:
        page = BudgetPage(ctx)
        page.tabs.setCurrentIndex(1)  # the ledger
        page.show()
        app.processEvents()
        page.close()
        page.deleteLater()

    open_page()
    page_ms = median_ms(open_page, 7)
    db.close()
    return {
        "rows": rows,
        "status_ms": status_ms,
        "first_ms": first_ms,
        "page_ms": page_ms,
        "plain_ms": plain_ms,
        "guarded_ms": guarded_ms,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    from seed import large_data

    with large_data(args.data_dir) as folder:
        r = run(folder)
    print(
        f"budget status, 3 budgets over {r['rows']:,} rows {r['status_ms']:6.2f} ms warm "
        f"(target <= 5 ms), {r['first_ms']:.1f} ms first call (target <= 10 ms)"
    )
    print(f"Budget page with the ledger open         {r['page_ms']:6.1f} ms (target < 200 ms)")
    print(
        f"log a purchase through the money rules   {r['guarded_ms']:6.1f} ms "
        f"(a bare insert: {r['plain_ms']:.1f} ms; target < 50 ms)"
    )


if __name__ == "__main__":
    main()
