"""The preview of a statement before anything is written: every line and what importing would do
with it; a line the rules did not recognise can be given a platform.

A model over the rows, not a widget per cell: a 50,000-line statement previews as fast as a
short one (a table of items and a combo box per unrecognised line took 19 s for 20,000 lines).
The platform of an unrecognised line is picked in a combo box that exists only while editing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.core.budget.statements.lines import ADD, DUPLICATE, SKIPPED, UNMATCHED, Row
from companion.core.budget.statements.preview import summary
from companion.core.money.money import format_money

DATE, AMOUNT, PAYEE, PLATFORM, STATUS = range(5)
Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """The rows as the preview judged them; ``picks`` maps a row to the platform the fan gave."""

    picked = Signal()

    def __init__(self, rows: list[Row], platforms: list[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.rows, self.platforms = rows, platforms
        self.names = dict(platforms)
        self.picks: dict[int, str] = {}
        self.headers = [
            self.tr("Date"),
            self.tr("Amount"),
            self.tr("Payee"),
            self.tr("Platform"),
            self.tr("What happens"),
        ]
        self.words = {
            ADD: self.tr("Added"),
            DUPLICATE: self.tr("Already in the ledger"),
            UNMATCHED: self.tr("Not recognised as gifting: pick a platform to add it"),
            SKIPPED: self.tr("Left out"),
        }
        self.not_gifting = self.tr("Not gifting")
        self.units = self.tr("{units} units")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == PLATFORM and self.rows[index.row()].status == UNMATCHED:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        i, col = index.row(), index.column()
        row = self.rows[i]
        if role == Qt.ItemDataRole.EditRole and col == PLATFORM:
            return self.picks.get(i)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        line = row.line
        if col == DATE:
            return line.day.isoformat()
        if col == AMOUNT:
            if line.amount_minor is not None and line.currency:
                return format_money(line.amount_minor, line.currency)
            return self.units.format(units=line.units or 0)
        if col == PAYEE:
            return line.payee
        if col == PLATFORM:
            if row.status == UNMATCHED:
                pick = self.picks.get(i)
                return self.names.get(pick, pick) if pick else self.not_gifting
            return row.platform or ""
        words = self.words[row.status]
        return words + (f" ({row.reason})" if row.status != UNMATCHED and row.reason else "")

    def setData(self, index: Index, value: Any, role: int = 0) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        if value:
            self.picks[index.row()] = str(value)
        else:
            self.picks.pop(index.row(), None)
        self.dataChanged.emit(index, index)
        self.picked.emit()
        return True


class PlatformDelegate(QStyledItemDelegate):
    """A combo box of platforms while a line's platform is edited; the pick counts at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, PreviewModel)
        combo = QComboBox(parent)
        combo.setAccessibleName(
            self.tr("Platform for {payee}").format(payee=model.rows[index.row()].line.payee)
        )
        combo.addItem(model.not_gifting, None)
        for pid, pname in model.platforms:
            combo.addItem(pname, pid)
        combo.currentIndexChanged.connect(lambda _n: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class StatementPreview(QDialog):
    """The lines of one file and what importing would do with each; ``picks`` holds the
    platforms the fan gave to unrecognised lines."""

    def __init__(self, rows: list[Row], name: str, platforms: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.rows = rows
        self.setWindowTitle(self.tr("Import {name}").format(name=name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = PreviewModel(rows, platforms, self)
        self.model.picked.connect(self._update)
        self.picks = self.model.picks
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PLATFORM, PlatformDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAccessibleName(self.tr("Lines in the file"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PAYEE, QHeaderView.ResizeMode.Stretch)
        # Widths from sample text: ResizeToContents would read every row of a long statement.
        metrics = self.fontMetrics()
        samples = {DATE: "2026-12-31", AMOUNT: "-€10,000.00", PLATFORM: "Not gifting ▾",
                   STATUS: "Already in the ledger"}  # fmt: skip
        for col, sample in samples.items():
            self.table.setColumnWidth(col, metrics.horizontalAdvance(sample) + 32)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(820, 480)
        self._update()

    def pick(self, row: int, platform: str | None) -> None:
        """Give line ``row`` a platform (None: not gifting), as choosing it in the table does."""
        self.model.setData(self.model.index(row, PLATFORM), platform, Qt.ItemDataRole.EditRole)

    def to_add(self) -> int:
        return sum(r.status == ADD for r in self.rows) + len(self.picks)

    def _update(self) -> None:
        n = self.to_add()
        self.summary.setText(summary(self.rows))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # English has no plural file loaded by default: its singular is said outright.
        ok.setText(self.tr("Import 1 entry") if n == 1 else self.tr("Import %Ln entries", "", n))
        ok.setEnabled(n > 0)
