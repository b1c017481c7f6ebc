"""Manage favourite creators: add, edit, delete, and export one creator's events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.calendar import creators
from companion.ui.shell.context import AppContext


class CreatorsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Creators"))
        self.setMinimumWidth(420)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Creators"))
        self.list.itemDoubleClicked.connect(lambda *_: self._on_edit())
        row = QHBoxLayout()
        self.add = QPushButton(self.tr("&Add…"))
        self.edit = QPushButton(self.tr("&Edit…"))
        self.delete = QPushButton(self.tr("&Delete"))
        self.export = QPushButton(self.tr("E&xport events…"))
        for b, slot in (
            (self.add, self._on_add),
            (self.edit, self._on_edit),
            (self.delete, self._on_delete),
            (self.export, self._on_export),
        ):
            b.clicked.connect(slot)
            row.addWidget(b)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for c in creators.creators(self.ctx.db):
            where = f" · {c.platform}" if c.platform else ""
            item = QListWidgetItem(("★ " if c.favourite else "") + f"{c.name}{where} · {c.zone}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            # A swatch, not coloured text: a creator's colour is chosen for looks, and yellow
            # words on white (or navy on a dark window) cannot be read.
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(c.colour))
            self.list.addItem(item)

    def chosen(self) -> creators.Creator | None:
        item = self.list.currentItem()
        return creators.creator(self.ctx.db, item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _on_add(self) -> None:
        from companion.ui.calendar.event_dialogs import CreatorDialog

        if CreatorDialog(self.ctx, parent=self).exec():
            self.reload()

    def _on_edit(self) -> None:
        from companion.ui.calendar.event_dialogs import CreatorDialog

        who = self.chosen()
        if who is not None and CreatorDialog(self.ctx, existing=who, parent=self).exec():
            self.reload()

    def _on_delete(self) -> None:
        who = self.chosen()
        if (
            who is not None
            and QMessageBox.question(
                self,
                self.tr("Delete creator"),
                self.tr("Delete {name}? Their events stay in the calendar.").format(name=who.name),
            )
            == QMessageBox.StandardButton.Yes
        ):
            creators.delete_creator(self.ctx.db, who.id)
            self.reload()

    def _on_export(self) -> None:
        from pathlib import Path

        from companion.core.calendar.ics_export import export_ics
        from companion.core.export import write_atomically

        who = self.chosen()
        if who is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export events"), f"{who.name}.ics", "Calendar (*.ics)"
        )
        if path:
            data = export_ics(self.ctx.db, now=self.ctx.clock(), creator_id=who.id)
            write_atomically(Path(path), data)
