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
