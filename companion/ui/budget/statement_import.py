"""File ▸ Import for bank statements and platform histories: a preview of every line first
(what is added, what is already there, what is left out and why), lines the rules did not
recognise can be given a platform, and one undo step after the import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.core.budget.statements import importing
from companion.core.budget.statements.lines import ADD, DUPLICATE, SKIPPED, UNMATCHED, Row
from companion.core.budget.statements.preview import summary
from companion.core.errors import InputError
from companion.core.money.money import format_money
from companion.ui.shell.context import AppContext

DATE, AMOUNT, PAYEE, PLATFORM, STATUS = range(5)


class StatementPreview(QDialog):
    """The lines of one file and what importing would do with each; ``picks`` holds the
    platforms the fan gave to unrecognised lines."""

    def __init__(self, rows: list[Row], name: str, platforms: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.rows, self.picks = rows, {}
        self.setWindowTitle(self.tr("Import {name}").format(name=name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(rows), 5)
        self.table.setAccessibleName(self.tr("Lines in the file"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Amount"), self.tr("Payee"), self.tr("Platform"),
             self.tr("What happens")]
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(PAYEE, QHeaderView.ResizeMode.Stretch)
        words = {
            ADD: self.tr("Added"),
            DUPLICATE: self.tr("Already in the ledger"),
            UNMATCHED: self.tr("Not recognised as gifting: pick a platform to add it"),
            SKIPPED: self.tr("Left out"),
        }
        for i, row in enumerate(rows):
            line = row.line
            amount = (
                format_money(line.amount_minor, line.currency)
                if line.amount_minor is not None and line.currency
                else self.tr("{units} units").format(units=line.units or 0)
            )
            for col, text in ((DATE, line.day.isoformat()), (AMOUNT, amount),
                              (PAYEE, line.payee)):  # fmt: skip
                self.table.setItem(i, col, QTableWidgetItem(text))
            status = words[row.status] + (f" ({row.reason})" if row.status != UNMATCHED
                                          and row.reason else "")  # fmt: skip
            self.table.setItem(i, STATUS, QTableWidgetItem(status))
            if row.status == UNMATCHED:
                combo = QComboBox()
                combo.setAccessibleName(self.tr("Platform for {payee}").format(payee=line.payee))
                combo.addItem(self.tr("Not gifting"), None)
                for pid, pname in platforms:
                    combo.addItem(pname, pid)
                combo.currentIndexChanged.connect(lambda _n, r=i, c=combo: self._on_pick(r, c))
                self.table.setCellWidget(i, PLATFORM, combo)
            else:
                self.table.setItem(i, PLATFORM, QTableWidgetItem(row.platform or ""))
        self.table.resizeColumnsToContents()
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

    def _on_pick(self, row: int, combo: QComboBox) -> None:
        platform = combo.currentData()
        if platform:
            self.picks[row] = platform
        else:
            self.picks.pop(row, None)
        self._update()

    def to_add(self) -> int:
        return sum(r.status == ADD for r in self.rows) + len(self.picks)

    def _update(self) -> None:
        n = self.to_add()
        self.summary.setText(summary(self.rows))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import %n entries", "", n))
        ok.setEnabled(n > 0)


def import_statement(
    parent: QWidget, ctx: AppContext, path: Path, data: bytes, reader: importing.Reader
) -> bool:
    """Preview, import what the fan accepts, and offer to undo it. True when entries were added."""
    from companion.core.bundles import store
    from companion.ui.budget import budget_flow

    now = ctx.clock()
    try:
        rows = importing.preview_file(ctx.db, path, data, reader, now=now, data_dir=ctx.data_dir)
    except InputError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("StatementImport", "Nothing was imported"),
            QCoreApplication.translate(
                "StatementImport", "{file} was not imported:\n\n{why}\n\nNothing was changed."
            ).format(file=path.name, why=exc),
        )
        return False
    platforms = [(p.id, p.name) for p in store.platforms(ctx.db)]
    dialog = StatementPreview(rows, path.name, platforms, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    picks = dict(dialog.picks)
    # Same file, same second (a second try): only what this import adds counts.
    before = set(importing.imported_batch(ctx.db, path.name, now))
    done = budget_flow.run(
        parent,
        ctx,
        lambda a: importing.import_statement(
            ctx.db, path, data, reader, a, now=now, data_dir=ctx.data_dir, picks=picks
        ),
    )
    if done is None:
        return False
    added = [i for i in importing.imported_batch(ctx.db, path.name, now) if i not in before]
    title = QCoreApplication.translate("StatementImport", "Imported")
    box = QMessageBox(QMessageBox.Icon.Information, title, done.result,
                      QMessageBox.StandardButton.Ok, parent)  # fmt: skip
    undo = None
    if added:
        undo = box.addButton(
            _UndoWords().undo(path.name, len(added)),
            QMessageBox.ButtonRole.DestructiveRole,
        )
    box.exec()
    if undo is not None and box.clickedButton() is undo:
        later = ctx.clock()
        budget_flow.run(
            parent, ctx, lambda a: importing.undo_import(ctx.db, path.name, now, a, now=later)
        )
    return bool(added)


class _UndoWords(QObject):
    # lupdate only extracts plural (%n) forms from self.tr() inside a class.
    def undo(self, name: str, n: int) -> str:
        return self.tr("Undo import of {name}, %n entries", "", n).format(name=name)
