"""Budget page: the spending ledger and budgets (see issue "Official links")."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.ui.context import AppContext
from companion.ui.widgets import page_title


class LinksPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Official links")))
        self.empty = QLabel(self.tr("No official links loaded."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        layout.addStretch(1)
