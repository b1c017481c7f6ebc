"""A damaged data file at start: moved aside, the newest backup offered and restored."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QMessageBox

from companion.core.budget import ledger
from companion.core.data import open_store
from companion.core.store import backup, paths
from companion.ui.shell.data_care import recover_damaged

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)


def choose(monkeypatch, label: str, seen: list[str]) -> None:
    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.informativeText())
        return 0

    def clicked(box: QMessageBox):
        return next((b for b in box.buttons() if b.text() == label), None)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", clicked)


def test_damaged_data_is_moved_aside_and_the_backup_restored(qapp, data_dir, monkeypatch):
    db = open_store(data_dir, now=NOW)
    ledger.add(
        db,
        ledger.make_purchase(
            db,
            platform="twitch",
            units=500,
            amount="7.00",
            currency="USD",
            when=NOW - timedelta(hours=1),
            now=NOW,
            zone=ZoneInfo("UTC"),
            home="USD",
        ),
    )
    backup.daily_backup(db, data_dir, keep=3, now=NOW)
    db.close()
    paths.database_path(data_dir).write_bytes(b"garbage" * 1000)
    seen: list[str] = []
    choose(monkeypatch, "Restore backup", seen)
    restored = recover_damaged(None, data_dir, "the data file is damaged", now=NOW)
    try:
        assert "moved aside, not deleted" in seen[0]
        assert [e.units for e in ledger.entries(restored)] == [500]
        aside = list(data_dir.glob("companion.sqlite3.damaged-*"))
        assert len(aside) == 1 and aside[0].read_bytes() == b"garbage" * 1000
    finally:
        restored.close()


def test_without_a_backup_the_fan_may_start_empty(qapp, data_dir, monkeypatch) -> None:
    data_dir.mkdir(parents=True)
    paths.database_path(data_dir).write_bytes(b"garbage" * 1000)
    seen: list[str] = []
    choose(monkeypatch, "Start with empty data", seen)
    fresh = recover_damaged(None, data_dir, "the data file is damaged", now=NOW)
    try:
        assert "no backup" in seen[0]
        assert ledger.count(fresh) == 0
    finally:
        fresh.close()
