"""Keyboard shortcuts for the main actions, pressed as a fan would, and the list in Help."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.pages import page_specs
from companion.ui.shell.shortcuts import listed
from companion.ui.shell.shortcuts_dialog import ShortcutsDialog

Std = QKeySequence.StandardKey


@pytest.fixture
def window(qtbot, ctx) -> MainWindow:
    ctx.settings.set("time_zone", "UTC")
    w = MainWindow(ctx, page_specs(tray_available=False), keeps_running_in_tray=lambda: False)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    return w


def _press(window: MainWindow, keys: QKeySequence) -> None:
    QTest.keySequence(window, keys)
    QApplication.processEvents()  # start_action runs on the next turn of the loop
    QApplication.processEvents()


def test_the_find_key_goes_to_the_bundle_search(window) -> None:
    _press(window, QKeySequence(Std.Find))
    page = window.page("bundles")
    assert window.current_page_key() == "bundles"
    assert QApplication.focusWidget() is page.search


def test_ctrl_l_opens_the_link_checker_ready_for_a_paste(window) -> None:
    _press(window, QKeySequence("Ctrl+L"))
    assert window.current_page_key() == "links"
    assert QApplication.focusWidget() is window.page("links").url_input


def test_back_and_forward_step_the_calendar(window) -> None:
    page = window.show_page("calendar")
    grid = page.view.month
    shown = (grid.yearShown(), grid.monthShown())
    _press(window, QKeySequence(Std.Forward))
    after = (grid.yearShown(), grid.monthShown())
    assert after == (shown[0] + shown[1] // 12, shown[1] % 12 + 1)
    _press(window, QKeySequence(Std.Back))
    _press(window, QKeySequence(Std.Back))
    before = (grid.yearShown(), grid.monthShown())
    assert before == (shown[0] - (shown[1] == 1), (shown[1] - 2) % 12 + 1)


@pytest.mark.parametrize(
    ("keys", "page", "action"),
    [
        ("New", "budget", "log_purchase"),  # a StandardKey: Ctrl+N, or Cmd+N on macOS
        ("Ctrl+Shift+N", "calendar", "add_event"),
    ],
)
def test_dialog_keys_start_their_action(window, keys, page, action, monkeypatch) -> None:
    started = []
    monkeypatch.setattr(window, "open_action", lambda p, a="": started.append((p, a)))
    standard = getattr(Std, keys, None)
    _press(window, QKeySequence(standard) if standard is not None else QKeySequence(keys))
    assert started == [(page, action)]


def test_help_lists_every_key_as_the_platform_writes_it(window, qtbot) -> None:
    rows = dict(listed(window))
    new = QKeySequence(Std.New).toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Log a purchase"] == new
    assert rows["Check a link"] == QKeySequence("Ctrl+L").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert rows["Calendar"] == QKeySequence("Ctrl+4").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert "Keyboard shortcuts" in rows
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    shown = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert shown["Log a purchase"] == new
    assert not dialog.table.tabKeyNavigation()


def test_no_two_actions_share_a_key(window) -> None:
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()
