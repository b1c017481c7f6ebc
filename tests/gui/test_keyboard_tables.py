"""Tab and Shift+Tab leave every table, so a keyboard user is never trapped in a grid."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableView

from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.pages import page_specs


def test_no_table_in_any_page_traps_tab(qtbot, ctx) -> None:
    window = MainWindow(ctx, page_specs(tray_available=False), keeps_running_in_tray=lambda: False)
    qtbot.addWidget(window)
    window.show()
    # Pages are built when first shown: visit each one so its tables exist.
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
    views = window.findChildren(QTableView)
    assert len(views) >= 4, "Bundles, Budget, Ledger and Reports hold tables"
    trapping = [
        f"{type(v.parent()).__name__}/{v.objectName() or type(v).__name__}"
        for v in views
        if v.tabKeyNavigation()
    ]
    assert trapping == []
    QApplication.processEvents()


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if 0 <= at < len(text) - 1 else None


def test_no_page_reuses_a_menu_bar_letter(qtbot, ctx) -> None:
    """Alt+letter opens a menu or presses a button; on the same screen a letter does one."""
    from PySide6.QtWidgets import QAbstractButton

    window = MainWindow(ctx, page_specs(tray_available=False), keeps_running_in_tray=lambda: False)
    qtbot.addWidget(window)
    window.show()
    menus = {_mnemonic(a.text()) for a in window.menuBar().actions()} - {None}
    assert {"f", "h"} <= menus  # File and Help
    clashes = []
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        for button in window.stack.currentWidget().findChildren(QAbstractButton):
            if button.isVisibleTo(window) and _mnemonic(button.text()) in menus:
                clashes.append((row, button.text()))
    assert clashes == []
