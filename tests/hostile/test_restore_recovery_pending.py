"""Damaged data at start: closing the recovery dialog without choosing must not lose the offer.
The next start asks again (it does not quietly open an empty database), and the command line
refuses to create one meanwhile."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from harness import assert_refused_cleanly, run_cli
from PySide6.QtWidgets import QMessageBox

from companion.core.budget import ledger
from companion.core.data import open_store
from companion.core.store import backup, paths

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)


def _damaged_with_backup(data_dir: Path) -> None:
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


def _answer(monkeypatch, label: str | None, seen: list[str]) -> None:
    """The dialog is shown and ``label`` clicked; None closes it without a choice."""

    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.informativeText())
        return 0

    def clicked(box: QMessageBox):
        if label is None:
            return box.button(QMessageBox.StandardButton.Close)
        return next(b for b in box.buttons() if b.text() == label)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", clicked)


def _start(data_dir: Path):
    """What the app does at start: open with the check, or recover."""
    from companion.ui.shell.app import _Session

    return _Session._open_checked(
        SimpleNamespace(data_dir=data_dir, window=None, clock=lambda: NOW)
    )


def test_closing_the_dialog_offers_the_backup_again_next_start(qapp, data_dir, monkeypatch) -> None:
    _damaged_with_backup(data_dir)
    seen: list[str] = []
    _answer(monkeypatch, None, seen)
    assert _start(data_dir) is None
    assert len(seen) == 1 and "Restore the newest backup" in seen[0]
    assert not paths.database_path(data_dir).exists()  # no empty database was made

    _answer(monkeypatch, None, seen)
    assert _start(data_dir) is None  # closed again: still asked, nothing moved twice
    assert len(seen) == 2 and "Restore the newest backup" in seen[1]
    assert len(list(data_dir.glob("companion.sqlite3.damaged-*"))) == 1

    _answer(monkeypatch, "Restore backup", seen)
    db = _start(data_dir)
    try:
        assert [e.units for e in ledger.entries(db)] == [500]
    finally:
        db.close()
    assert backup.pending_recovery(data_dir) is None
    assert len(seen) == 3
    # The start after that is an ordinary one: no dialog.
    db = _start(data_dir)
    db.close()
    assert len(seen) == 3


def test_choosing_empty_data_ends_the_offer(qapp, data_dir, monkeypatch) -> None:
    _damaged_with_backup(data_dir)
    seen: list[str] = []
    _answer(monkeypatch, None, seen)
    assert _start(data_dir) is None
    _answer(monkeypatch, "Start with empty data", seen)
    db = _start(data_dir)
    try:
        assert ledger.count(db) == 0
    finally:
        db.close()
    assert backup.pending_recovery(data_dir) is None


@pytest.mark.skipif(sys.platform == "win32", reason="rlimits are POSIX")
def test_the_command_line_waits_for_the_choice(qapp, data_dir, monkeypatch) -> None:
    _damaged_with_backup(data_dir)
    _answer(monkeypatch, None, [])
    assert _start(data_dir) is None
    line = assert_refused_cleanly(run_cli("budget", data_dir=data_dir, now=NOW), codes=(3,))
    assert "start the app" in line
    assert not paths.database_path(data_dir).exists()
