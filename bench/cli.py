"""A whole ``companion budget --json`` process vs ``companion --version``, in the same run.

Each sample is a fresh process timed from spawn to exit; the two commands alternate so drift on
the machine hits both alike. Prints the medians and the ratio (target: budget / version <= 2).

    python bench/cli.py [--runs 9] [--data-dir DIR [--with-budgets]]

``--with-budgets`` runs on a copy of DIR (DIR is never written) holding the three budgets
bench/budget.py sets: the figure with budgets, whatever DIR held.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 2.0


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(runs: int, data_dir: Path | None = None) -> dict[str, float]:
    env = dict(os.environ)
    # An installed app has its bytecode compiled (pip does it at install time); a checkout
    # run with PYTHONDONTWRITEBYTECODE would recompile every module on every start instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    import companion

    compileall.compile_dir(Path(companion.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        folder = str(data_dir or tmp)
        version = [sys.executable, "-m", "companion", "--version"]
        budget = [sys.executable, "-m", "companion", "budget", "--json", "--data-dir", folder]
        _time(budget, env)  # creates the database, warms the OS file cache
        # A check is remembered only for a file left unchanged for 2 s (a fan's data at rest);
        # the next run records it, as the first command of a session does.
        time.sleep(2.1)
        _time(budget, env)
        _time(version, env)
        version_t, budget_t = [], []
        for _ in range(runs):
            version_t.append(_time(version, env))
            budget_t.append(_time(budget, env))
    v, b = statistics.median(version_t), statistics.median(budget_t)
    return {"version_s": v, "budget_s": b, "ratio": b / v}


def with_budgets(source: Path, target: Path) -> Path:
    """A copy of ``source`` with the three budgets bench/budget.py sets."""
    from datetime import datetime, timezone

    from companion.core.budget import budget
    from companion.core.data import open_store

    shutil.copytree(source, target)
    now = datetime.now(timezone.utc)
    db = open_store(target, now=now)
    budget.set_budget(db, "overall", "monthly", "40", "USD", now=now)
    budget.set_budget(db, "platform:twitch", "weekly", "20", "USD", now=now)
    budget.set_budget(db, budget.scope_for(creator="Creator 0001"), "monthly", "10", "USD", now=now)
    db.close()
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--data-dir", type=Path, help="run budget on this data folder")
    parser.add_argument(
        "--with-budgets", action="store_true", help="on a copy of --data-dir with 3 budgets"
    )
    args = parser.parse_args()
    if args.with_budgets:
        if args.data_dir is None:
            parser.error("--with-budgets needs --data-dir")
        with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
            folder = with_budgets(args.data_dir, Path(tmp) / "data")
            r = measure(max(5, args.runs), folder)
    else:
        r = measure(max(5, args.runs), args.data_dir)
    print(f"companion --version         {r['version_s'] * 1000:6.0f} ms (median of {args.runs})")
    print(f"companion budget --json     {r['budget_s'] * 1000:6.0f} ms (median of {args.runs})")
    print(f"ratio                       {r['ratio']:6.2f}   (target <= {TARGET:.2f})")


if __name__ == "__main__":
    main()
