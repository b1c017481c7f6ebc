"""Alt+letter does one thing per screen: no two controls of a window or dialog share a letter.

When two share one, Qt only moves focus between them on each press and presses neither, so a
keyboard user's Alt+W on Settings did nothing they could predict.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from gui_helpers import DIALOG_NAMES, make_dialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.pages import page_specs


def mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


def letters(top: QWidget, *, within: QWidget | None = None) -> dict[str, list[str]]:
    """Each Alt letter reachable on screen in ``within`` (default ``top``): who claims it."""
    root = within or top
    found: dict[str, list[str]] = defaultdict(list)

    def claim(text: str, who: str) -> None:
        letter = mnemonic(text)
        if letter:
            found[letter].append(f"{who} {text!r}")

    for w in root.findChildren(QAbstractButton):
        if w.isVisibleTo(top):
            claim(w.text(), type(w).__name__)
    for w in root.findChildren(QLabel):
        if w.isVisibleTo(top) and w.buddy() is not None:
            claim(w.text(), "label")
    for w in root.findChildren(QGroupBox):
        if w.isVisibleTo(top):
            claim(w.title(), "group")
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(top):
            for i in range(bar.count()):
                claim(bar.tabText(i), "tab")
    return found


def clashes(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {k: v for k, v in found.items() if len(v) > 1}


def test_a_clash_is_seen() -> None:
    """The checker itself: two buttons with the same letter are found."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    column = QVBoxLayout(box)
    for text in ("&Save", "&Skip", "&Open"):
        column.addWidget(QPushButton(text))
    assert list(clashes(letters(box))) == ["s"]
    box.deleteLater()


def test_no_two_controls_of_a_page_share_a_letter(qtbot, ctx) -> None:
    window = MainWindow(ctx, page_specs(tray_available=False), keeps_running_in_tray=lambda: False)
    qtbot.addWidget(window)
    window.show()
    menus = [a.text() for a in window.menuBar().actions()]
    problems = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        page = window.stack.currentWidget()
        # A page's tabs each show their own controls: every tab is its own screen.
        tabs = page.findChildren(QTabBar)
        screens = [None] if not tabs else list(range(tabs[0].count()))
        for tab in screens:
            if tab is not None:
                tabs[0].setCurrentIndex(tab)
                QApplication.processEvents()
            found = letters(window, within=page)
            for text in menus:
                if mnemonic(text):
                    found[mnemonic(text) or ""].append(f"menu {text!r}")
            bad = clashes(found)
            if bad:
                problems[f"{window._specs[row].key} tab {tab}"] = bad
    assert problems == {}


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_no_two_controls_of_a_dialog_share_a_letter(qtbot, ctx, name) -> None:
    window = MainWindow(ctx, page_specs(tray_available=False), keeps_running_in_tray=lambda: False)
    qtbot.addWidget(window)
    dialog = make_dialog(name, ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert clashes(letters(dialog)) == {}
