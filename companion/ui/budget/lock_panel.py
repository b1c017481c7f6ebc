"""The spending lock's row on the Budget page: its state in words, and the button to change it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from companion.core.budget import actions, lock
from companion.core.errors import InputError, StoreError
from companion.ui import words
from companion.ui.budget import budget_flow
from companion.ui.shell.context import AppContext


class LockPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self._on_button)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.refresh()

    def refresh(self) -> None:
        st = lock.state(self.ctx.db)
        if st.enabled:
            self.label.setText(
                self.tr("Spending lock: on. {problem}").format(problem=st.problem)
                if st.problem
                else self.tr("Spending lock: on.")
            )
            self.button.setText(self.tr("Turn lock &off…"))
            self.button.setEnabled(True)
        else:
            self.label.setText(
                self.tr("Spending lock: off. {problem}").format(problem=st.problem)
                if st.problem
                else self.tr("Spending lock: off.")
            )
            self.button.setText(self.tr("Turn lock o&n…"))
            self.button.setEnabled(st.keychain_ok)

    def _on_button(self) -> None:
        if lock.is_on(self.ctx.db):
            self.turn_off()
        else:
            self.turn_on()
        self.refresh()
        self.changed.emit()

    def turn_on(self) -> None:
        from companion.ui.budget.budget_dialogs import LockSetupDialog

        dialog = LockSetupDialog(self)
        while dialog.exec():
            if dialog.first.text() != dialog.second.text():
                dialog.error.show_error(self.tr("The two passcodes differ."))
                continue
            try:
                lock.enable(self.ctx.db, dialog.first.text())
            except InputError as exc:
                dialog.error.show_error(words.problem(exc))
                continue
            except StoreError as exc:
                QMessageBox.warning(self, self.tr("Spending lock"), str(exc))
            return

    def turn_off(self) -> None:
        st = lock.state(self.ctx.db)
        if st.problem:
            answer = QMessageBox.question(
                self,
                self.tr("Spending lock"),
                self.tr("{problem}\n\nTurn the lock off?").format(problem=st.problem),
            )
            if answer == QMessageBox.StandardButton.Yes:
                try:
                    lock.disable(self.ctx.db, None, now=self.ctx.clock())
                except StoreError as exc:
                    QMessageBox.warning(self, self.tr("Spending lock"), str(exc))
            return
        now = self.ctx.clock()
        budget_flow.run(self, self.ctx, lambda a: actions.lock_off(self.ctx.db, a, now=now))
