"""The exchange rates the fan keeps, from the Bundles page: add or replace, remove, import."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.core.errors import InputError
from companion.core.money import rates
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import FieldError


class RatesDialog(QDialog):
    """The exchange rates the fan keeps: add or replace a pair, remove one, import a CSV."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Exchange rates"))
        self.setMinimumWidth(560)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Exchange rates you keep"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [self.tr("Pair"), self.tr("Rate"), self.tr("As of"), self.tr("Source")]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.base = QLineEdit(ctx.settings.get("home_currency"))
        self.quote = QLineEdit()
        self.rate = QLineEdit()
        self.as_of = QLineEdit(ctx.clock().date().isoformat())
        self.source = QLineEdit()
        for w, name in (
            (self.base, str(QT_TRANSLATE_NOOP("RatesDialog", "From currency"))),
            (self.quote, str(QT_TRANSLATE_NOOP("RatesDialog", "To currency"))),
            (self.rate, str(QT_TRANSLATE_NOOP("RatesDialog", "Rate"))),
            (self.as_of, str(QT_TRANSLATE_NOOP("RatesDialog", "As of date"))),
            (self.source, str(QT_TRANSLATE_NOOP("RatesDialog", "Source"))),
        ):
            w.setAccessibleName(self.tr(name))
            w.setPlaceholderText(self.tr(name))
        self.base.setMaxLength(3)
        self.quote.setMaxLength(3)
        self.error = FieldError()
        save = QPushButton(self.tr("&Save rate"))
        save.clicked.connect(self._on_save)
        remove = QPushButton(self.tr("&Remove selected"))
        remove.clicked.connect(self._on_remove)
        row = QHBoxLayout()
        for w in (self.base, self.quote, self.rate, self.as_of, self.source, save):
            row.addWidget(w)
        hint = QLabel(
            self.tr(
                "A rate is what one unit of the first currency buys of the second: "
                "USD, EUR and 0.92 mean 1 USD = 0.92 EUR. Rates older than 30 days are "
                "marked as old wherever they are used."
            )
        )
        hint.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        today = self.ctx.clock().date()
        kept = rates.all_rates(self.ctx.db)
        self.table.setRowCount(len(kept))
        for i, r in enumerate(kept):
            old = self.tr(" (old)") if r.stale(today) else ""
            for col, text in enumerate(
                (f"{r.base} → {r.quote}", str(r.rate), r.as_of.isoformat() + old, r.source)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (r.base, r.quote))
                self.table.setItem(i, col, item)

    def _on_save(self) -> None:
        self.error.clear_error()
        try:
            rates.set_rate(
                self.ctx.db,
                self.base.text(),
                self.quote.text(),
                self.rate.text(),
                self.as_of.text(),
                self.source.text(),
                today=self.ctx.clock().date(),
            )
        except InputError as exc:
            self.error.show_error(str(exc))
            return
        self.rate.clear()
        self.reload()

    def _on_remove(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return
        base, quote = item.data(Qt.ItemDataRole.UserRole)
        if (
            QMessageBox.question(
                self,
                self.tr("Remove rate?"),
                self.tr("Remove the {b}/{q} rate?").format(b=base, q=quote),
            )
            == QMessageBox.StandardButton.Yes
        ):
            rates.delete_rate(self.ctx.db, base, quote)
            self.reload()
