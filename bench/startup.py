"""Cold start of Fan Companion vs a bare PySide6 window, in the same run on the same machine.

Each sample is a fresh process, timed from spawn until its main window has been shown and
painted (both print the moment; the app then goes on to open its data and exit). Prints the
medians and the ratios (targets: the shell <= 1.3, the first page with data <= 1.6 times the
bare window), and the floor: windows that run nothing of ours (FLOOR_TEXT, FLOOR_LIBRARIES).

    python bench/startup.py [--runs 7] [--data-dir DIR] [--instructions]
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1100, 720)
w.show()
app.processEvents()
print(f"shown {time.time():.6f}", flush=True)
"""

# The floor: a window that does what the first page needs and runs nothing of ours. First the
# bare window with a line of text (fonts, and Qt's namespace, which PySide turns into 93
# Python enums when it is first touched); then also the libraries the first page uses: sqlite3
# reading the data file, json (the formats Babel gave the last start, core/formats.py),
# decimal, zoneinfo, logging and argparse. Babel itself no longer loads before the first page.
# Timed in the same loop as the bare window, it shows which part of the gap is the libraries'
# and which is ours.
FLOOR_TEXT = """
import sys, time
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1100, 720)
label = QLabel("Sunday, November 29, 2026: next lives, budgets, wallets")
label.setAlignment(Qt.AlignmentFlag.AlignTop)
w.setCentralWidget(label)
w.show()
app.processEvents()
print(f"shown {time.time():.6f}", flush=True)
"""
FLOOR_LIBRARIES = """
import argparse, json, logging, sqlite3, sys, time, zoneinfo
from datetime import datetime
from decimal import Decimal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1100, 720)
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
count = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
day = datetime(2026, 11, 29, 12, tzinfo=zoneinfo.ZoneInfo("Europe/Paris")).date()
kept = json.loads('{"full": "EEEE, MMMM d, y", "group": ","}')
text = json.dumps([day.isoformat(), kept["full"], str(Decimal(count) / 100)])
label = QLabel(text)
label.setAlignment(Qt.AlignmentFlag.AlignTop)
w.setCentralWidget(label)
w.show()
app.processEvents()
print(f"shown {time.time():.6f}", flush=True)
"""


def _time(cmd: list[str], env: dict[str, str], mark: str = "shown") -> float:
    """Seconds from spawning ``cmd`` until it prints ``mark`` (wall clock): "shown" for the
    window's shell, "content" for the first page painted with the fan's data."""
    start = time.time()
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    line = next(line for line in out.splitlines() if line.startswith(mark + " "))
    return float(line.split()[1]) - start


def _app_env(**extra: str) -> dict[str, str]:
    """The environment both measures start the app in, with the package compiled."""
    env = dict(os.environ, **extra)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app has its bytecode compiled (pip does it at install time); a checkout
    # run with PYTHONDONTWRITEBYTECODE would recompile every module on every start instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    import companion

    package = Path(companion.__file__).parent
    compileall.compile_dir(package, quiet=1)
    # Found on the path like an installed package, not through an editable install's finder
    # hook, which costs every import a detour the installed app never takes.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(package.parent), env.get("PYTHONPATH")]))
    return env


def measure(
    runs: int, data_dir: Path | None = None, frozen: Path | None = None
) -> dict[str, float]:
    """Medians over ``runs``; ``frozen``: the PyInstaller app (``dist/Fan Companion/
    FanCompanion``) instead of this checkout, against the same bare window."""
    env = _app_env()
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        folder = data_dir or Path(tmp)
        start = [str(frozen)] if frozen else [sys.executable, "-m", "companion"]
        app = [*start, "--data-dir", str(folder), "--startup-probe"]
        bare = [sys.executable, "-c", BARE]
        _time(app, env)  # first run creates the database and warms the OS file cache
        _time(bare, env)
        floors = _floors(folder)
        times: dict[str, list[float]] = {k: [] for k in ("bare", "app", "content", *floors)}
        for _ in range(runs):  # interleave so drift on the machine hits all alike
            times["bare"].append(_time(bare, env))
            times["app"].append(_time(app, env))
            times["content"].append(_time(app, env, "content"))
            for name, cmd in floors.items():
                times[name].append(_time(cmd, env))
    m = {k: statistics.median(t) for k, t in times.items()}
    b = m["bare"]
    return {
        "bare_s": b,
        "app_s": m["app"],
        "ratio": m["app"] / b,
        "content_s": m["content"],
        "content_ratio": m["content"] / b,
        **{f"{k}_s": m[k] for k in floors},
        **{f"{k}_ratio": m[k] / b for k in floors},
    }


def _floors(folder: Path) -> dict[str, list[str]]:
    """The floor's two windows, as commands (the second reads the data folder's file)."""
    return {
        "floor_text": [sys.executable, "-c", FLOOR_TEXT],
        "floor": [sys.executable, "-c", FLOOR_LIBRARIES, str(folder / "companion.sqlite3")],
    }


def instructions(data_dir: Path | None = None, *, new_day: bool = False) -> dict[str, int]:
    """Instructions executed up to the bare window shown and up to the app's first page with
    data, counted by valgrind: unlike wall time, the count does not move when a neighbour on a
    shared machine is busy, so a change shows even when timings are noise.

    ``new_day``: on a copy of the folder whose remembered list of next lives has run out, as on
    the first start of most days (Home works it out again from the calendar)."""
    env = _app_env(QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        folder = data_dir or Path(tmp) / "data"
        if new_day and data_dir is not None:
            folder = Path(tmp) / "copy"
            shutil.copytree(data_dir, folder, ignore=shutil.ignore_patterns("*.lock", "backups"))
        app = [sys.executable, "-m", "companion", "--data-dir", str(folder), "--startup-probe"]
        # A whole run first, as the timed runs' first: creates the database (a fresh folder)
        # and leaves what a start leaves behind, Home's remembered list among it.
        _time(app, env, "content")
        if new_day:
            con = sqlite3.connect(folder / "companion.sqlite3")
            with con:
                con.execute("DELETE FROM meta WHERE key = 'home_lives'")
            con.close()
        env["COMPANION_PROBE_EXIT"] = "content"
        counts = {}
        # The floor is the same on a new day: counted once.
        floors = {} if new_day else _floors(folder)
        commands = {"bare": [sys.executable, "-c", BARE], **floors, "app": app}
        for name, cmd in commands.items():
            grind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd]
            err = subprocess.run(grind, env=env, capture_output=True, text=True, check=True).stderr
            counts[name] = int(next(x for x in err.splitlines() if "Collected" in x).split()[-1])
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, help="start on this (e.g. seeded) data folder")
    parser.add_argument(
        "--frozen",
        type=Path,
        metavar="APP",
        help="time this frozen app (e.g. 'dist/Fan Companion/FanCompanion') instead",
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count instructions to the first page with valgrind (needs valgrind)",
    )
    args = parser.parse_args()
    if args.instructions:
        n = instructions(args.data_dir)
        print(f"instructions, bare window      {n['bare'] / 1e6:9.0f} M")
        print(f"instructions, first page       {n['app'] / 1e6:9.0f} M")
        print(f"ratio                          {n['app'] / n['bare']:9.2f}")
        for key, what in (("floor_text", "a line of text"), ("floor", "+ libraries")):
            print(f"floor, {what:23} {n[key] / 1e6:9.0f} M")
            print(f"ratio                          {n[key] / n['bare']:9.2f}")
        if args.data_dir is not None:
            d = instructions(args.data_dir, new_day=True)
            print(f"first page, a new day          {d['app'] / 1e6:9.0f} M")
            print(f"ratio                          {d['app'] / d['bare']:9.2f}")
    r = measure(args.runs, args.data_dir, args.frozen)
    print(f"bare PySide6 window   {r['bare_s'] * 1000:7.0f} ms (median of {args.runs})")
    print(f"Fan Companion window  {r['app_s'] * 1000:7.0f} ms (median of {args.runs})")
    print(f"ratio                 {r['ratio']:7.2f}   (target <= 1.30)")
    print(f"first page with data  {r['content_s'] * 1000:7.0f} ms (median of {args.runs})")
    print(f"ratio                 {r['content_ratio']:7.2f}   (target <= 1.60)")
    print(f"floor, a line of text {r['floor_text_s'] * 1000:7.0f} ms (median of {args.runs})")
    print(f"ratio                 {r['floor_text_ratio']:7.2f}")
    print(f"floor, + libraries    {r['floor_s'] * 1000:7.0f} ms (median of {args.runs})")
    print(f"ratio                 {r['floor_ratio']:7.2f}")


if __name__ == "__main__":
    main()
