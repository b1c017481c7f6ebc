"""Run ``companion`` on hostile input in a child process with hard limits.

A hostile file must never hang the app, eat the machine's memory, or end in an internal error:
each run gets a wall-clock timeout and an address-space limit (``resource.setrlimit`` in the
child), and the result says how it ended so a test can assert exit 2 or 3 and one clear line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

TIMEOUT_S = 10.0
MEMORY_MB = 500
# Qt, Python and sqlite map more address space than they touch; the limit is on what a hostile
# input can make us allocate on top of a CLI process's own ~150 MB of mappings.
_BASELINE_MB = 400


@dataclass(frozen=True)
class Outcome:
    code: int | None  # None: killed by the timeout
    stdout: str
    stderr: str

    @property
    def lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def _limit(memory_mb: int) -> None:  # runs in the child, before exec
    import resource

    cap = (memory_mb + _BASELINE_MB) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def run_cli(
    *args: str,
    data_dir: Path,
    now: datetime | None = None,
    timeout: float = TIMEOUT_S,
    memory_mb: int = MEMORY_MB,
    stdin: str | None = None,
) -> Outcome:
    """``companion --data-dir DATA_DIR ARGS...`` in a child; ``now`` fixes its clock."""
    probe = (
        "import sys\n"
        "from datetime import datetime\n"
        "from companion.cli.main import main\n"
        "now = datetime.fromisoformat(sys.argv[1]) if sys.argv[1] else None\n"
        "kwargs = {'clock': (lambda: now)} if now else {}\n"
        "sys.exit(main(sys.argv[2:], **kwargs))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                probe,
                now.isoformat() if now else "",
                "--data-dir",
                str(data_dir),
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=timeout,
            input=stdin if stdin is not None else "",
            env=env,
            preexec_fn=(lambda: _limit(memory_mb)) if sys.platform != "win32" else None,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else (exc.stderr or "")
        return Outcome(None, out, err)
    return Outcome(done.returncode, done.stdout, done.stderr)


def assert_refused_cleanly(outcome: Outcome, *, codes: tuple[int, ...] = (2, 3)) -> str:
    """Ended in time, with a usage/environment exit code and exactly one line on stderr that is
    not a Python traceback; returns that line."""
    assert outcome.code is not None, f"timed out after {TIMEOUT_S} s: {outcome.stderr[-500:]}"
    assert outcome.code in codes, (outcome.code, outcome.stderr[-2000:])
    assert len(outcome.lines) == 1, outcome.stderr[-2000:]
    line = outcome.lines[0]
    assert "Traceback" not in line and "internal error" not in line, line
    return line


FILES = Path(__file__).parent / "files"


def snapshot(data_dir: Path) -> list[str]:
    """Every row of the database as SQL text, to show that a refused file changed nothing."""
    import sqlite3

    path = data_dir / "companion.sqlite3"
    if not path.exists():
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
