"""Calendar page: a month view of creators' live events."""

from __future__ import annotations

from PySide6.QtWidgets import QCalendarWidget, QLabel, QVBoxLayout, QWidget

from companion.ui.context import AppContext
from companion.ui.widgets import page_title


class CalendarPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Calendar")))
        self.month = QCalendarWidget()
        self.month.setGridVisible(True)
        self.month.setAccessibleName(self.tr("Month view"))
        layout.addWidget(self.month, 1)
        self.agenda = QLabel(self.tr("No live events saved yet."))
        layout.addWidget(self.agenda)
