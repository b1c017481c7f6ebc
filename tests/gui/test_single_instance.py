"""Only one app per data folder; a second launch brings the first forward and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from companion.ui.shell.single_instance import SingleInstance


def test_second_instance_is_refused_and_wakes_the_first(qtbot, qapp, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    first = SingleInstance(data_dir)
    second = SingleInstance(data_dir)
    try:
        assert first.acquire()
        first.listen()
        assert not second.acquire()
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert second.notify_running()
    finally:
        first.release()
        second.release()
    third = SingleInstance(data_dir)
    assert third.acquire()  # released locks are free again
    third.release()


def test_different_data_folders_do_not_collide(qapp, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    one, two = SingleInstance(a), SingleInstance(b)
    try:
        assert one.acquire()
        assert two.acquire()
    finally:
        one.release()
        two.release()


def test_launching_twice_exits_zero_and_leaves_one_app(data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "companion", "--data-dir", str(data_dir)]
    with subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as first:
        _second_launch(first, cmd, env, data_dir)


def _second_launch(first: subprocess.Popen, cmd: list[str], env: dict, data_dir: Path) -> None:
    try:
        deadline = time.monotonic() + 30
        while not (data_dir / "companion.lock").exists():
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "first instance never took the lock"
            time.sleep(0.05)
        time.sleep(0.3)  # let it start listening
        second = subprocess.run(cmd, env=env, capture_output=True, timeout=30, check=False)
        assert second.returncode == 0
        assert first.poll() is None  # the first one is still running
    finally:
        first.terminate()
        first.wait(timeout=10)
