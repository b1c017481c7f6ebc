"""Crash safety: a process logging purchases is killed at random moments, over and over.

After every kill the database passes integrity_check and foreign_key_check, and every entry
the child reported as saved is there.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import FIXED_NOW

CHILD = r"""
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo
from companion.core.budget import ledger
from companion.core.data import open_store

db = open_store(Path(sys.argv[1]), now=datetime(2026, 11, 25, 12, tzinfo=timezone.utc))
zone = ZoneInfo("UTC")
print("ready", flush=True)
i = 0
while True:
    i += 1
    now = datetime.now(timezone.utc)
    entry = ledger.make_purchase(db, platform="tiktok", units=i, amount="0.99",
                                 currency="USD", when=now - timedelta(minutes=1), now=now,
                                 zone=zone, home="USD", note="x" * (i % 500))
    saved = ledger.add(db, entry)
    print(saved.id, flush=True)
"""

ROUNDS = 12


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_never_loses_a_saved_entry(data_dir: Path) -> None:
    from companion.core.data import open_store

    open_store(data_dir, now=FIXED_NOW).close()  # migrations done once, outside the kill loop
    rng = random.Random(1234)
    reported: set[int] = set()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data_dir)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.4))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=10)
        reported.update(int(line) for line in out.split() if line.isdigit())
        conn = sqlite3.connect(data_dir / "companion.sqlite3")
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            present = {r[0] for r in conn.execute("SELECT id FROM ledger")}
            assert reported <= present, f"lost {sorted(reported - present)[:5]}"
            # The wallet totals the triggers keep are still exactly the ledger's.
            bought = conn.execute(
                "SELECT bought FROM wallet_totals WHERE platform = 'tiktok'"
            ).fetchone()
            total = conn.execute("SELECT COALESCE(SUM(units), 0) FROM ledger").fetchone()[0]
            assert (bought[0] if bought else 0) == total
        finally:
            conn.close()
    assert len(reported) > ROUNDS  # the child really was saving between kills
