"""Budget page: the spending ledger and budgets (see issue "Bundles")."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.ui.context import AppContext
from companion.ui.widgets import page_title


class BundlesPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Bundles")))
        self.empty = QLabel(self.tr("The bundle catalog is empty."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        layout.addStretch(1)
