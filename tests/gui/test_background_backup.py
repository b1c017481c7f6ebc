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
