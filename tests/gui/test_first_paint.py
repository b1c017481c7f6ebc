"""A start paints its first page before any Python code handles a Qt event (PySide would build
QEvent's enums for it first); the page is still laid out for its width in that first paint,
and the window and page follow their size and visibility from then on."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QBoxLayout

from companion.core.data import open_store
from companion.core.store.settings import Settings
from companion.ui.home import home_page
from companion.ui.shell import first_paint, theme
from companion.ui.shell.main_window import MainWindow

NOW = datetime(2026, 11, 29, 12, tzinfo=timezone.utc)
STACKED = QBoxLayout.Direction.TopToBottom
SIDE_BY_SIDE = QBoxLayout.Direction.LeftToRight


def test_outside_a_start_nothing_waits() -> None:
    ran: list[str] = []
    first_paint.later(lambda: ran.append("now"))
    assert ran == ["now"]


def test_a_start_keeps_what_waits_until_its_first_page_or_forgets_it() -> None:
    ran: list[str] = []
    first_paint.hold()
    try:
        first_paint.later(lambda: ran.append("a"))
        first_paint.later(lambda: ran.append("b"))
        assert ran == []
        first_paint.release()
        assert ran == ["a", "b"]
        first_paint.later(lambda: ran.append("c"))  # after the first page: at once
        assert ran == ["a", "b", "c"]
        first_paint.hold()
        first_paint.later(lambda: ran.append("never"))
        first_paint.forget()  # the window went without a first page
        first_paint.release()
        assert ran == ["a", "b", "c"]
    finally:
        first_paint.forget()


def test_one_call_that_fails_does_not_keep_the_others_from_running(caplog) -> None:
    ran: list[str] = []

    def broken() -> None:
        raise RuntimeError("a page's watcher broke")

    first_paint.hold()
    try:
        first_paint.later(broken)
        first_paint.later(lambda: ran.append("next"))
        first_paint.release()
    finally:
        first_paint.forget()
    assert ran == ["next"]
    assert "a page's watcher broke" in caplog.text


@pytest.fixture
def start(qapp, qtbot, data_dir, monkeypatch):
    """A real start on a folder with data; yields the session once its first page is up."""
    db = open_store(data_dir, now=NOW)
    Settings(db).set("welcome_shown", True)  # not a first run: no welcome dialog
    db.close()
    # The scheme stays as it is: a flip would restyle every window earlier tests left
    # behind, on their closed databases.
    monkeypatch.setattr(theme, "install", lambda *args, **kwargs: None)
    from companion.ui.shell.app import _Session

    seen: dict[str, object] = {}
    real_release = first_paint.release

    def release() -> None:  # what the first page looked like when it was painted
        page = session.window.page("home")
        seen["direction"] = page._actions_row.direction()
        seen["pair"] = page._pair.direction()
        real_release()

    monkeypatch.setattr(first_paint, "release", release)
    session = _Session(qapp, data_dir, demo=False, startup_probe=False, clock=lambda: NOW)
    qtbot.waitUntil(lambda: "direction" in seen)
    try:
        yield session, seen
    finally:
        session.window.hide()
        session.close()
        session.window.deleteLater()
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def narrow(monkeypatch) -> list[bool]:
    """Home thinks it is narrow while the list says so (as at 2x scale on a small screen)."""
    state = [True]
    monkeypatch.setattr(home_page.HomePage, "_narrow", lambda self: state[0])
    return state


def test_a_narrow_first_page_is_stacked_when_it_is_first_painted(narrow, start) -> None:
    _session, seen = start
    assert seen["direction"] == STACKED
    assert seen["pair"] == STACKED


def test_after_the_first_page_home_follows_its_width_and_visibility(narrow, start, qtbot) -> None:
    session, _seen = start
    window: MainWindow = session.window
    page = window.page("home")
    narrow[0] = False
    window.resize(window.width() + 40, window.height())
    qtbot.waitUntil(lambda: page._actions_row.direction() == SIDE_BY_SIDE)
    assert page._pair.direction() == SIDE_BY_SIDE

    reloads: list[bool] = []
    real_reload = page.reload
    page.reload = lambda: (reloads.append(True), real_reload())[1]  # type: ignore[method-assign]
    window.show_page("budget")
    assert not page.isVisible()
    window.show_page("home")
    assert reloads == [True]  # shown again: the figures are read again


def test_after_the_first_page_the_sidebar_follows_the_window_width(start, qtbot) -> None:
    session, _seen = start
    window: MainWindow = session.window
    window.resize(MainWindow.COMPACT_BELOW + 100, 700)
    qtbot.waitUntil(lambda: window.sidebar.width() == MainWindow.SIDEBAR_WIDE)
    assert window.sidebar.item(0).text() != ""
    window.resize(MainWindow.COMPACT_BELOW - 100, 700)
    qtbot.waitUntil(lambda: window.sidebar.width() == MainWindow.SIDEBAR_NARROW)
    assert window.sidebar.item(0).text() == ""  # icons only; the name stays in the tooltip
