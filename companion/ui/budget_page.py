"""Budget page: the spending ledger and budgets (see issue "Budget")."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.ui.context import AppContext
from companion.ui.widgets import page_title


class BudgetPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Budget")))
        self.empty = QLabel(self.tr("No purchases or gifts have been logged yet."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        layout.addStretch(1)
