"""The Budget page's budgets: choosing one, and adding, changing, pausing or removing it through
the money rules (a looser budget under the lock asks for the passcode)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableWidget, QWidget

from companion.core.budget import actions, budget
from companion.core.errors import InputError
from companion.ui import words
from companion.ui.budget import budget_flow
from companion.ui.shell.context import AppContext

# The budget table's columns.
B_SCOPE, B_PERIOD, B_SPENT, B_LIMIT, B_PERCENT, B_LEFT, B_PROJECTED = range(7)


class BudgetEditing(QWidget):
    """Mixed into the Budget page, which builds these widgets."""

    ctx: AppContext
    budget_table: QTableWidget
    edit_budget: QPushButton
    pause_budget: QPushButton
    remove_budget: QPushButton

    def reload(self) -> None:
        raise NotImplementedError

    def _selected_budget(self) -> budget.Budget | None:
        item = self.budget_table.item(self.budget_table.currentRow(), B_SCOPE)
        if item is None or not item.isSelected():
            return None
        return budget.get(self.ctx.db, int(item.data(Qt.ItemDataRole.UserRole)))

    def _update_budget_buttons(self) -> None:
        chosen = self._selected_budget()
        for b in (self.edit_budget, self.pause_budget, self.remove_budget):
            b.setEnabled(chosen is not None)
        self.pause_budget.setText(
            self.tr("Res&ume") if chosen and chosen.paused else self.tr("&Pause")
        )

    # -- ledger ----------------------------------------------------------------------------

    def _on_add_budget(self) -> None:
        self._edit_budget(None)

    def _on_edit_budget(self) -> None:
        chosen = self._selected_budget()
        if chosen is not None:
            self._edit_budget(chosen)

    def _edit_budget(self, existing: budget.Budget | None) -> None:
        from companion.ui.budget.budget_dialogs import BudgetDialog

        dialog = BudgetDialog(self.ctx, existing=existing, parent=self)
        while dialog.exec():
            try:
                self._save_budget(dialog)
            except InputError as exc:
                dialog.error.show_error(words.problem(exc))
                continue
            break
        self.reload()

    def _save_budget(self, dialog) -> None:  # noqa: ANN001 - BudgetDialog
        scope, period = dialog.chosen_scope(), dialog.period.currentData()
        limit, marks, now = dialog.limit.text(), dialog.thresholds.text(), self.ctx.clock()
        budget_flow.run(
            self,
            self.ctx,
            lambda a: actions.set_budget(
                self.ctx.db, scope, period, limit, a, thresholds=marks, now=now
            ),
        )

    def _on_pause_budget(self) -> None:
        chosen = self._selected_budget()
        if chosen is None:
            return
        now = self.ctx.clock()
        budget_flow.run(
            self,
            self.ctx,
            lambda a: actions.pause_budget(self.ctx.db, chosen.id, not chosen.paused, a, now=now),
        )
        self.reload()

    def _on_remove_budget(self) -> None:
        chosen = self._selected_budget()
        if chosen is None:
            return
        if (
            QMessageBox.question(
                self,
                self.tr("Remove budget?"),
                self.tr("Remove the {period} budget “{label}”?").format(
                    period=words.period(chosen.period), label=chosen.label
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        now = self.ctx.clock()
        budget_flow.run(
            self, self.ctx, lambda a: actions.remove_budget(self.ctx.db, chosen.id, a, now=now)
        )
        self.reload()
