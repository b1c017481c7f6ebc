"""A data folder the fan can read but not write (a read-only mount, a locked-down account): the
commands that only read still answer, and a write says "read-only" in one line.

Root ignores file modes, so the child runs without the capabilities that let it (it drops
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER from its bounding set before exec, which is
what an ordinary user lacks); where that is not possible the test is skipped, never faked.
"""

from __future__ import annotations

import ctypes
import os
import stat
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from harness import TIMEOUT_S, Outcome, assert_refused_cleanly, run_cli

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="capabilities are Linux's")

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=timezone.utc)
_PR_CAPBSET_DROP = 24
_CAPS = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def _as_ordinary_user() -> None:  # runs in the child, before exec
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in _CAPS:
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _run_unprivileged(*args: str, data_dir: Path) -> Outcome:
    probe = (
        "import sys\n"
        "from datetime import datetime\n"
        "from companion.cli.main import main\n"
        "now = datetime.fromisoformat(sys.argv[1])\n"
        "sys.exit(main(sys.argv[2:], clock=lambda: now))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run(
        [sys.executable, "-c", probe, NOW.isoformat(), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        input="",
        env=env,
        preexec_fn=_as_ordinary_user,
        check=False,
    )
    return Outcome(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def read_only_data(tmp_path: Path):
    data = tmp_path / "data"
    done = run_cli("log", "purchase", "tiktok", "330", "--amount", "4.99", data_dir=data, now=NOW)
    assert done.code == 0, done.stderr
    files = [p for p in data.rglob("*") if p.is_file()]
    folders = [data, *(p for p in data.rglob("*") if p.is_dir())]
    for f in files:
        f.chmod(stat.S_IRUSR)
    for d in folders:
        d.chmod(stat.S_IRUSR | stat.S_IXUSR)
    probe = _run_unprivileged("--version", data_dir=data)
    if probe.code != 0:
        pytest.skip(f"cannot drop capabilities here: {probe.stderr[-200:]}")
    writable = subprocess.run(
        [sys.executable, "-c", f"open({str(data / 'probe')!r}, 'w')"],
        preexec_fn=_as_ordinary_user,
        capture_output=True,
        check=False,
    )
    assert writable.returncode != 0  # the child really cannot write the folder
    yield data
    for d in folders:
        d.chmod(stat.S_IRWXU)
    for f in files:
        f.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.parametrize(
    "args",
    [("budget",), ("events", "--from", "2026-03-01", "--to", "2026-03-31"), ("bundles",)],
)
def test_read_only_commands_answer_from_a_read_only_folder(read_only_data, args) -> None:
    done = _run_unprivileged(*args, data_dir=read_only_data)
    assert done.code == 0, done.stderr


def test_the_ledger_exports_from_a_read_only_folder(read_only_data, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    done = _run_unprivileged("export", str(out / "ledger.csv"), data_dir=read_only_data)
    assert done.code == 0, done.stderr
    assert "330" in (out / "ledger.csv").read_text()


def test_a_write_to_a_read_only_folder_is_one_clear_line(read_only_data) -> None:
    done = _run_unprivileged(
        "log", "purchase", "tiktok", "10", "--amount", "1.00", data_dir=read_only_data
    )
    line = assert_refused_cleanly(done, codes=(3,))
    assert "read-only" in line
