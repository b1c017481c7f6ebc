"""At start the first page shows the fan's data while the integrity check runs on a thread;
nothing is written until it passes, and damage it finds is recovered as at open."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox

from companion.core.budget import ledger
from companion.core.data import open_store
from companion.core.store import backup, paths
from companion.core.store.settings import Settings

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)


def _buy(db, units: int) -> None:
    ledger.add(
        db,
        ledger.make_purchase(
            db,
            platform="tiktok",
            units=units,
            amount="4.99",
            currency="USD",
            when=NOW - timedelta(hours=1),
            now=NOW,
            zone=ZoneInfo("UTC"),
            home="USD",
        ),
    )


def _store(data_dir: Path, units: int, rows: int = 1) -> Path:
    db = open_store(data_dir, now=NOW)
    Settings(db).set("welcome_shown", True)  # not a first run: no welcome dialog
    for _ in range(rows):
        _buy(db, units)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return paths.database_path(data_dir)


def _session(qapp, data_dir: Path):
    from companion.ui.shell.app import _Session

    return _Session(qapp, data_dir, demo=False, startup_probe=False, clock=lambda: NOW)


def _wallet_texts(session) -> list[str]:
    return [label.text() for label in session.window.page("home").wallets.findChildren(QLabel)]


def _end(qapp, session) -> None:
    session.window.hide()
    session.close()
    session.window.deleteLater()  # nothing of this window may answer a later test's events
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def held_check(monkeypatch):
    """The integrity check waits for ``release.set()``, so the test sees the time before."""
    release = threading.Event()
    real = backup.check_in_place

    def slow(path: Path) -> str | None:
        release.wait(30)
        return real(path)

    monkeypatch.setattr(backup, "check_in_place", slow)
    return release


def test_the_data_shows_before_the_check_and_writes_wait_for_it(
    qapp, qtbot, data_dir, held_check
) -> None:
    _store(data_dir, 330)
    session = _session(qapp, data_dir)
    try:
        qtbot.waitUntil(lambda: session.db is not None and session.window.ctx is not None)
        assert "330 Coins" in _wallet_texts(session)  # the first page, with the data
        assert session.db.execute("PRAGMA query_only").fetchone() == (1,)
        assert not hasattr(session, "scheduler")  # reminders write: they wait too
        held_check.set()
        qtbot.waitUntil(lambda: hasattr(session, "scheduler"))
        assert session.db.execute("PRAGMA query_only").fetchone() == (0,)
        _buy(session.db, 70)  # the fan can log a purchase
        assert ledger.count(session.db) == 2
    finally:
        held_check.set()
        _end(qapp, session)


def test_damage_found_beside_the_page_is_recovered_and_the_pages_follow(
    qapp, qtbot, data_dir, monkeypatch
) -> None:
    live = _store(data_dir, 500)
    db = open_store(data_dir, now=NOW)
    backup.daily_backup(db, data_dir, keep=3, now=NOW)  # holds the 500
    for _ in range(300):  # later rows, on pages the check reads but the first page does not
        _buy(db, 1)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(live.read_bytes())
    last = len(data) // 4096 - 1
    data[last * 4096 : last * 4096 + 64] = b"\xff" * 64
    live.write_bytes(bytes(data))
    damaged = bytes(data)
    seen: list[tuple[str, bool]] = []

    def fake_exec(box: QMessageBox) -> int:
        window = box.parent()
        seen.append((box.text(), getattr(window, "ctx", None) is not None))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(
        QMessageBox,
        "clickedButton",
        lambda box: next(b for b in box.buttons() if b.text() == "Restore backup"),
    )
    session = _session(qapp, data_dir)
    try:
        qtbot.waitUntil(lambda: hasattr(session, "scheduler"), timeout=10_000)
        # Asked over the first page, which was already showing the data.
        assert len(seen) == 1 and "damaged" in seen[0][0] and seen[0][1]
        assert [e.units for e in ledger.entries(session.db)] == [500]
        assert session.window.ctx.db is session.db
        assert "500 Coins" in _wallet_texts(session)  # Home shows the restored data
        aside = list(data_dir.glob("companion.sqlite3.damaged-*"))
        assert len(aside) == 1 and aside[0].read_bytes() == damaged  # moved, untouched
    finally:
        _end(qapp, session)


def test_desktop_notifications_join_once_the_first_page_is_up(
    qapp, qtbot, data_dir, held_check, monkeypatch
) -> None:
    from PySide6.QtCore import QObject, Signal

    from companion.ui.shell import library_notify

    class Desktop(QObject):
        activated = Signal()

        def __init__(self) -> None:
            super().__init__()
            self.sent: list[str] = []

        def notify(self, title, message, actions=()) -> str:
            self.sent.append(title)
            return "desktop"

    desktop = Desktop()
    monkeypatch.setattr(library_notify, "native_notifier", lambda app: desktop)
    _store(data_dir, 330)
    session = _session(qapp, data_dir)
    try:
        qtbot.waitUntil(lambda: session.window.ctx is not None)
        assert session.desktop_notifier is None  # the first page did not wait for D-Bus
        held_check.set()
        qtbot.waitUntil(lambda: hasattr(session, "scheduler"))
        assert session.desktop_notifier is desktop
        assert session.notifier.notify("Mia is live", "now") == "desktop"
        assert desktop.sent == ["Mia is live"]
        session.window.hide()
        desktop.activated.emit()  # the notification's body clicked
        assert session.window.isVisible()
    finally:
        held_check.set()
        _end(qapp, session)


def test_the_keys_come_with_the_first_page(qapp, qtbot, data_dir) -> None:
    # The first QKeySequence builds PySide's enums for it: the shell paints without keys, and
    # the session installs them once the first page is up, before the loop reads any input.
    _store(data_dir, 10)
    session = _session(qapp, data_dir)
    check = session.window.shortcut_actions["check_action"].shortcut
    try:
        assert check().isEmpty()
        qtbot.waitUntil(lambda: not check().isEmpty())
        assert session.window.ctx is not None
        assert check() == QKeySequence("Ctrl+L")
        QTest.keySequence(session.window, QKeySequence("Ctrl+3"))  # the third section
        qtbot.waitUntil(lambda: session.window.sidebar.currentRow() == 2)
    finally:
        _end(qapp, session)
