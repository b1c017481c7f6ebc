"""Refreshing a subscription in the window: the download runs off the GUI thread, so a slow
server never freezes the window, and its outcome is shown when it ends."""

from __future__ import annotations

import threading

import pytest

from companion.core.calendar import schedule, subscriptions

FEED = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    b"BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261201T180000Z\r\n"
    b"SUMMARY:Live\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture
def page(qapp, db, data_dir, fixed_now, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from companion.ui.calendar.calendar_page import CalendarPage
    from companion.ui.shell.context import AppContext

    class Spy:
        def notify(self, title: str, message: str, actions=()) -> str:
            return "spy"

    ctx = AppContext(db=db, data_dir=data_dir, notifier=Spy(), clock=lambda: fixed_now)
    ctx.settings.set("time_zone", "UTC")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    widget = CalendarPage(ctx)
    widget.shown = shown
    return widget


def test_a_slow_refresh_leaves_the_window_responsive(qtbot, page, db, fixed_now) -> None:
    from PySide6.QtCore import QTimer

    qtbot.addWidget(page)
    sub = subscriptions.add_subscription(
        db, "https://calendar.example/a.ics", "Mia", creator_id=None, now=fixed_now
    )
    release = threading.Event()
    fetched_on: list[threading.Thread] = []

    def slow(url: str) -> bytes:
        fetched_on.append(threading.current_thread())
        assert release.wait(10)  # the server takes its time...
        return FEED

    ticks: list[int] = []

    def tick() -> None:  # ...while the GUI thread keeps handling events
        ticks.append(1)
        if len(ticks) == 5:
            release.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    page.fetch = slow
    page._refresh([sub])
    timer.stop()
    assert len(ticks) >= 5
    assert fetched_on and fetched_on[0] is not threading.main_thread()
    assert page.shown and "Mia" in page.shown[0]
    assert [e.uid for e in schedule.events(db)] == ["a"]


def test_a_failing_refresh_shows_one_message(qtbot, page, db, fixed_now) -> None:
    import http.client

    qtbot.addWidget(page)
    sub = subscriptions.add_subscription(
        db, "https://calendar.example/a.ics", "Mia", creator_id=None, now=fixed_now
    )

    def broken(url: str) -> bytes:
        raise http.client.BadStatusLine("garbage")

    page.fetch = broken
    page._refresh([sub])
    assert page.shown and page.shown[0].startswith("Could not refresh Mia")
