"""Idle wake-ups of the app's main thread, counted by the kernel, beside a bare PySide6 window.

A thread that sleeps in poll() and is woken (a timer, a repaint, an event from another thread)
makes one voluntary context switch; /proc counts them per thread. Both processes run at the
same time with their windows shown, settle, then are counted over the same minutes. Target:
at most 1 wake-up a minute (issue #20). Linux only.

    python bench/idle.py [--minutes 3] [--settle 20] [--data-dir DIR]

Without --data-dir a temporary folder gets the demo data (lives with countdowns on Home,
budgets, reminders), the busiest Home a fan sees.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timezone
from pathlib import Path

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1100, 720)
w.show()
app.exec()
"""


def switches(pid: int) -> int:
    status = Path(f"/proc/{pid}/task/{pid}/status").read_text(encoding="ascii")
    line = next(x for x in status.splitlines() if x.startswith("voluntary_ctxt_switches"))
    return int(line.split()[1])


def seed(folder: Path) -> None:
    from companion.core.data import open_store
    from companion.core.demo import seed_demo
    from companion.core.store.settings import Settings

    db = open_store(folder, now=datetime.now(timezone.utc))
    try:
        seed_demo(db, now=datetime.now(UTC))
        Settings(db).set("welcome_shown", True)  # the welcome dialog is not idle
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--settle", type=float, default=20.0)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    if not Path("/proc/self/task").is_dir():
        sys.exit("bench/idle.py counts wake-ups in /proc: Linux only")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    with tempfile.TemporaryDirectory(prefix="companion-idle-") as tmp:
        folder = args.data_dir or Path(tmp)
        if args.data_dir is None:
            seed(folder)
        procs = {
            "Fan Companion": subprocess.Popen(
                [sys.executable, "-m", "companion", "--data-dir", str(folder)], env=env
            ),
            "bare PySide6 window": subprocess.Popen([sys.executable, "-c", BARE], env=env),
        }
        try:
            time.sleep(args.settle)
            before = {name: switches(p.pid) for name, p in procs.items()}
            time.sleep(args.minutes * 60)
            after = {name: switches(p.pid) for name, p in procs.items()}
        finally:
            for p in procs.values():
                p.terminate()
            for p in procs.values():
                p.wait(timeout=30)
    print(f"main-thread wake-ups over {args.minutes:g} min, after {args.settle:g} s to settle:")
    for name in procs:
        n = after[name] - before[name]
        print(f"  {name:<22} {n:4d}  = {n / args.minutes:5.2f}/min")
    app = (after["Fan Companion"] - before["Fan Companion"]) / args.minutes
    print(f"target <= 1/min: {'met' if app <= 1 else 'NOT met'}")


if __name__ == "__main__":
    main()
