"""Small shared widgets: titles, the inline field error and the empty state."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from companion.ui.style import secondary_css, themed_css, tone


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


class FieldError(QLabel):
    """Red text under the field that caused it; hidden when there is nothing wrong."""

    def __init__(self) -> None:
        super().__init__()
        themed_css(self, lambda: f"color: {tone('over').fg};")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        announce(self, text)

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


class EmptyState(QWidget):
    """What goes here and the button that fills it, in place of a blank list (GNOME HIG)."""

    def __init__(self, title: str, text: str, actions: Sequence[tuple[str, object]] = ()) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

        super().__init__()
        self.setObjectName("empty-state")
        column = QVBoxLayout(self)
        column.addStretch(1)
        self.title = section_title(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        themed_css(self.text, secondary_css)
        column.addWidget(self.title)
        column.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons: list[QPushButton] = []
        for label, slot in actions:
            button = QPushButton(label)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader say ``text`` now, without moving focus: a verdict, an alert, an
    error under a field. ``urgent`` interrupts what it is reading (a scam, a budget passed)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    _send(event)


def _send(event) -> None:  # noqa: ANN001 - a QAccessibleEvent; one place for tests to listen
    from PySide6.QtGui import QAccessible

    QAccessible.updateAccessibility(event)
