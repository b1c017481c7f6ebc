"""Every control a screen reader can land on says what it is.

The name is asked of Qt's accessibility layer, as Orca or NVDA would get it: a button's own
text, a form label's buddy, or an accessible name set in code all count; an unnamed field, an
icon-only button or a bare combo box does not.
"""

from __future__ import annotations

import pytest
from gui_helpers import DIALOG_NAMES, make_dialog, spend
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.pages import page_specs

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QTextEdit,
    QPlainTextEdit,
)


def accessible_name(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        # On Linux Qt gives a combo box its current text as the name and leaves the label to
        # the "labelled by" relation: a combo box showing "USD" would pass while saying
        # nothing of what it chooses. Its own name or a label's buddy is what counts.
        labels = [
            label.text()
            for label in widget.window().findChildren(QLabel)
            if label.buddy() is widget
        ]
        return (widget.accessibleName() or "".join(labels)).strip()
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def _inside_a_control(widget: QWidget, top: QWidget) -> bool:
    """A combo box's own line edit, a spin box's arrows, a view's scroll bars: parts of a
    named control, which the reader announces as that control."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QScrollBar)


def unnamed(top: QWidget) -> list[str]:
    missing = []
    for w in top.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or not w.isVisibleTo(top):
            continue
        if _inside_a_control(w, top):
            continue
        if not accessible_name(w):
            text = getattr(w, "text", lambda: "")()
            where = type(w.parentWidget()).__name__ if w.parentWidget() else "-"
            missing.append(f"{type(w).__name__} {w.objectName() or text!r} in {where}")
    return missing


def test_the_walk_finds_an_unnamed_field() -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    column = QVBoxLayout(box)
    column.addWidget(QPushButton("Save"))
    column.addWidget(QLineEdit())
    box.show()
    assert unnamed(box) == ["QLineEdit '' in QWidget"]
    box.deleteLater()


def test_every_control_of_every_page_has_a_name(qtbot, ctx) -> None:
    window = MainWindow(ctx, page_specs(tray_available=False), keeps_running_in_tray=lambda: False)
    qtbot.addWidget(window)
    window.show()
    missing = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        page = window.stack.currentWidget()
        tabs = [t for t in page.findChildren(QWidget) if type(t).__name__ == "QTabWidget"]
        for index in range(tabs[0].count() if tabs else 1):
            if tabs:
                tabs[0].setCurrentIndex(index)
                QApplication.processEvents()
            found = unnamed(page)
            if found:
                missing[f"{window._specs[row].key}/{index}"] = found
    found = unnamed(window.sidebar.parentWidget())
    assert missing == {} and found == []


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_every_control_of_a_dialog_has_a_name(qtbot, ctx, name) -> None:
    window = MainWindow(ctx, page_specs(tray_available=False), keeps_running_in_tray=lambda: False)
    qtbot.addWidget(window)
    dialog = make_dialog(name, ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert unnamed(dialog) == []


@pytest.fixture
def said(monkeypatch):
    """What a screen reader was told, as (message, urgent)."""
    from PySide6.QtGui import QAccessible

    from companion.ui.shell import widgets

    heard: list[tuple[str, bool]] = []

    def listen(event) -> None:
        urgent = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
        heard.append((event.message(), urgent))

    monkeypatch.setattr(widgets, "_send", listen)
    return heard


def test_a_scam_verdict_is_announced_at_once(qtbot, said) -> None:
    from companion.core.links import links
    from companion.ui.links.verdict_view import VerdictView

    view = VerdictView()
    qtbot.addWidget(view)
    checker = links.default_checker()
    view.show_verdict(checker.check("https://tiktok-coins-free.xyz/login"))
    view.show_verdict(checker.check("https://www.tiktok.com/coin"))
    assert said[0][0].startswith("Suspicious — do not pay here. 'tiktok-coins-free' borrows")
    assert said[0][1] is True  # interrupts: the fan may be about to pay
    assert said[1][0].startswith("Official.") and said[1][1] is False


def test_a_budget_passed_is_announced_once(qtbot, ctx, said) -> None:

    from companion.core.budget import budget
    from companion.ui.budget.budget_page import BudgetPage

    ctx.settings.set("time_zone", "UTC")
    budget.set_budget(ctx.db, "overall", "monthly", "10", "USD", now=ctx.clock())
    spend(ctx, "10.01")
    page = BudgetPage(ctx)
    qtbot.addWidget(page)
    page.reload()
    page.reload()  # the same news again: not said twice
    alerts = [s for s in said if "Overall" in s[0]]
    assert len(alerts) == 1
    assert "<b>" not in alerts[0][0] and alerts[0][1] is True


def test_a_field_error_is_announced(qtbot, said) -> None:
    from companion.ui.shell.widgets import FieldError

    error = FieldError()
    qtbot.addWidget(error)
    error.show_error("must be > 0, got 0")
    assert said == [("must be > 0, got 0", False)]


def test_every_table_names_its_columns(qtbot, ctx) -> None:
    """A screen reader says a cell's column header before its value: every table shows its
    headers and none is blank."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView, QTreeView

    window = MainWindow(ctx, page_specs(tray_available=False), keeps_running_in_tray=lambda: False)
    qtbot.addWidget(window)
    window.show()
    blank = []
    checked = 0
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        for view in window.stack.currentWidget().findChildren(QTableView) + (
            window.stack.currentWidget().findChildren(QTreeView)
        ):
            model = view.model()
            if model is None or not view.isVisibleTo(window):
                continue
            header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
            checked += 1
            if header.isHidden():
                blank.append(f"{view.accessibleName()}: headers hidden")
                continue
            for col in range(model.columnCount()):
                text = model.headerData(col, Qt.Orientation.Horizontal)
                if not str(text or "").strip() and not header.isSectionHidden(col):
                    blank.append(f"{view.accessibleName()}: column {col}")
    assert checked >= 4 and blank == []
