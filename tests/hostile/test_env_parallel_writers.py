"""Several writers at once (four command-line processes logging purchases side by side): every
write waits its turn and is saved; none is refused with "database is locked"."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from harness import run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes")

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=timezone.utc)
WRITERS = 4
EACH = 20

# Each child runs the command line's own main() EACH times, so each purchase opens its own
# connection, checks the file and saves, exactly as separate `companion log` runs do.
_CHILD = """
import sys
from datetime import datetime
from companion.cli.main import main
now = datetime.fromisoformat(sys.argv[1])
failures = 0
for i in range(int(sys.argv[3])):
    code = main(["--data-dir", sys.argv[2], "log", "purchase", "tiktok", str(1000 + i),
                 "--amount", "1.00", "--note", sys.argv[4]], clock=lambda: now)
    failures += code != 0
sys.exit(failures)
"""


def test_parallel_writers_all_get_saved(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("doctor", data_dir=data, now=NOW).code == 0  # created and migrated once
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, NOW.isoformat(), str(data), str(EACH), f"w{n}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(WRITERS)
    ]
    results = [child.communicate(timeout=240) for child in children]
    codes = [child.returncode for child in children]
    assert codes == [0] * WRITERS, [err[-800:] for _, err in results]
    assert not any("locked" in err for _, err in results)

    import sqlite3

    conn = sqlite3.connect(data / "companion.sqlite3")
    try:
        rows = conn.execute("SELECT note, COUNT(*) FROM ledger GROUP BY note").fetchall()
    finally:
        conn.close()
    assert dict(rows) == {f"w{n}": EACH for n in range(WRITERS)}
