"""Add a link of the fan's own: validated next to each field and checked as it is typed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from companion.core.errors import InputError
from companion.core.links import links
from companion.core.links.linkcheck import SUSPICIOUS, LinkChecker
from companion.ui import words
from companion.ui.links.verdict_view import VerdictView
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import FieldError


class AddLinkDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        official: links.OfficialList,
        checker: LinkChecker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.checker = ctx, checker
        self.setWindowTitle(self.tr("Add a link"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Link address"))
        self.url.setPlaceholderText("https://")
        self.url_error = FieldError()
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Link name"))
        self.title_error = FieldError()
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Platform"))
        self.platform.addItem(self.tr("Work it out from the link"), None)
        for p in official.platforms:
            self.platform.addItem(p.name, p.id)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("&Address"), self.url)
        form.addRow("", self.url_error)
        form.addRow(self.tr("&Name"), self.title_edit)
        form.addRow("", self.title_error)
        form.addRow(self.tr("&Platform"), self.platform)
        form.addRow(self.tr("N&ote"), self.note)
        layout.addLayout(form)
        self.verdict_view = VerdictView()
        layout.addWidget(self.verdict_view)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.url.textChanged.connect(self._on_url_changed)

    def _on_url_changed(self, text: str) -> None:
        self.url_error.clear_error()
        if text.strip():
            self.verdict_view.show_verdict(self.checker.check(text))
        else:
            self.verdict_view.hide()

    def _on_save(self) -> None:
        verdict = self.checker.check(self.url.text())
        if verdict.verdict == SUSPICIOUS:
            answer = QMessageBox.warning(
                self,
                self.tr("This link looks like a scam"),
                self.tr("{reasons}\n\nSave it anyway? It will stay marked as suspicious.").format(
                    reasons="\n".join(words.said(r) for r in verdict.reasons)
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return
        try:
            links.add_user_link(
                self.ctx.db,
                self.url.text(),
                self.title_edit.text(),
                platform=self.platform.currentData(),
                note=self.note.text(),
                now=self.ctx.clock(),
            )
        except InputError as exc:
            field, _, message = str(exc).partition(": ")
            target = self.title_error if field == "title" else self.url_error
            target.show_error(message or str(exc))
            return
        self.accept()
