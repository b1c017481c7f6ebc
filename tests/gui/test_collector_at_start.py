"""The garbage collector is off while the window starts and back on once the first page is up,
whatever happens on the way: a collector left off would let a long session's memory grow."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.cli import main as cli
from companion.ui.shell import app, preflight


def _idle_report(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "companion", "--data-dir", str(data_dir), "--idle-probe", "1"]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=True)
    line = next(x for x in out.stdout.splitlines() if x.startswith("idle "))
    return dict(part.split("=") for part in line.split()[1:])


def test_the_running_app_collects_and_leaves_out_what_start_up_built(data_dir: Path) -> None:
    report = _idle_report(data_dir)
    assert report["gc"] == "on"
    # The modules, classes and widgets of start-up: tens of thousands of objects.
    assert int(report["frozen"]) > 10_000


@pytest.mark.parametrize("fails", [False, True])
def test_start_up_runs_without_it_and_it_is_back_on_however_the_window_ends(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fails: bool
) -> None:
    seen: list[bool] = []

    def run_gui(data_dir: Path, **_: object) -> int:
        seen.append(gc.isenabled())
        if fails:
            raise RuntimeError("the window broke")
        return 0

    monkeypatch.setattr(preflight, "check", lambda: None)
    monkeypatch.setattr(app, "run_gui", run_gui)
    assert gc.isenabled()
    code = cli.main(["--data-dir", str(tmp_path)])
    assert seen == [False]
    assert gc.isenabled()
    assert code == (cli.EXIT_BUG if fails else 0)  # a bug is reported, as any other


def test_a_command_leaves_the_collector_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[bool] = []
    real = gc.disable
    monkeypatch.setattr(gc, "disable", lambda: seen.append(True) or real())
    assert cli.main(["--data-dir", str(tmp_path), "budget", "--json"]) == 0
    assert seen == []
    assert gc.isenabled()
