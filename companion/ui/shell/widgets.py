"""Small shared widgets: page titles and the inline field error."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


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
        self.setStyleSheet("color: #d93025;")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()
