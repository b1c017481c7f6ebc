"""The daily backup runs beside the window, never on its thread, and a full disk is logged."""

from __future__ import annotations

import logging
import sqlite3
import threading

from companion.core.budget import budget
from companion.core.store import backup
from companion.ui.shell.data_care import backup_in_background


def test_the_daily_copy_is_made_off_the_window_thread(db, data_dir, fixed_now, monkeypatch):
    budget.set_budget(db, "overall", "monthly", "40", "USD", now=fixed_now)
    threads = []
    real = backup.daily_backup

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "daily_backup", spy)
    worker = backup_in_background(data_dir, keep=5, now=fixed_now)
    worker.join(timeout=60)
    assert threads and threads[0] != threading.get_ident()
    copies = sorted((data_dir / "backups").glob("daily-*.sqlite3"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as copy:  # the copy holds what was saved, whole
        assert copy.execute("SELECT count(*) FROM budgets").fetchone() == (1,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_full_disk_is_logged_not_raised(db, data_dir, fixed_now, monkeypatch, caplog):
    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "daily_backup", full)
    with caplog.at_level(logging.WARNING, logger="companion.ui"):
        backup_in_background(data_dir, keep=5, now=fixed_now).join(timeout=60)
    assert "daily backup failed" in caplog.text and "No space left" in caplog.text


COPY_ALONE = """
import json, sys
from datetime import datetime, timezone
from pathlib import Path
from companion.ui.shell.data_care import backup_in_background
now = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
backup_in_background(Path(sys.argv[1]), keep=5, now=now).join(timeout=60)
copies = sorted((Path(sys.argv[1]) / "backups").glob("daily-*.sqlite3"))
print(json.dumps({"copies": len(copies), "loaded": "sqlite_utils" in sys.modules}))
"""


def test_the_daily_copy_never_loads_sqlite_utils_into_the_window(db, data_dir) -> None:
    # It would stay loaded for the rest of the run: 7 MB of an idle window's memory.
    import json
    import subprocess
    import sys

    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = subprocess.run(
        [sys.executable, "-c", COPY_ALONE, str(data_dir)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert json.loads(out) == {"copies": 1, "loaded": False}
