"""Find text a fan cannot read in full: labels, buttons, headers and tabs elided or cut.

Geometry only (what Qt laid out), so it works offscreen: a label is cut when its text needs
more room than it got, a button when its text is wider than the button, a header section when
its title is wider than the column. Hidden widgets and those scrolled out of sight inside a
scroll area do not count: the fan can scroll to them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTabBar,
    QWidget,
)

SLACK = 2  # px of rounding Qt's own layouts allow themselves


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText or not GuiQt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget, text: str) -> str:
    return f"{type(widget).__name__} {widget.objectName() or ''} “{text[:60]}”".replace("  ", " ")


def clipped(root: QWidget) -> list[str]:
    """Every visible piece of text under ``root`` that does not fit."""
    problems: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.pixmap().isNull():
            text = _plain(w).strip()
            if w.buddy() is not None:  # "&Home currency": the & is an underline, not text
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            if not text:
                continue
            room = w.contentsRect()
            metrics = w.fontMetrics()
            if w.wordWrap():
                needed = w.heightForWidth(w.width())
                if needed > w.height() + SLACK and not _in_scroll_area(w):
                    problems.append(
                        f"{_name(w, text)} cut: needs {needed} px high, has {w.height()}"
                    )
            else:
                widest = max(metrics.horizontalAdvance(line) for line in text.splitlines())
                if widest > room.width() + SLACK:
                    problems.append(f"{_name(w, text)} cut: needs {widest} px, has {room.width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            wanted = w.sizeHint().width()
            if wanted > w.width() + SLACK:
                problems.append(
                    f"{_name(w, w.text())} squeezed: wants {wanted} px, has {w.width()}"
                )
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            model = w.model()
            if model is None:
                continue
            for section in range(w.count()):
                if w.isSectionHidden(section):
                    continue
                title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                needed = w.fontMetrics().horizontalAdvance(title) + 8
                if needed > w.sectionSize(section) + SLACK:
                    problems.append(
                        f"header “{title}” cut: needs {needed} px, has {w.sectionSize(section)}"
                    )
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabRect(i).width() + SLACK < w.tabSizeHint(i).width():
                    problems.append(f"tab “{w.tabText(i)}” elided")
    return problems
