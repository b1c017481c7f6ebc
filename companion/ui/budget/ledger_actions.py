"""The Budget page's ledger actions: log, edit and delete entries through the money rules, and
undo."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from companion.core.budget import actions, ledger
from companion.ui.budget import budget_flow, undo
from companion.ui.shell.context import AppContext


class LedgerActions(QWidget):
    """Mixed into the Budget page, which builds these widgets."""

    ctx: AppContext
    undo_button: QPushButton

    def reload(self) -> None:
        raise NotImplementedError

    def selected_entry(self) -> ledger.Entry | None:
        raise NotImplementedError

    def log(self, kind: str, prefill: dict[str, object] | None = None) -> ledger.Entry | None:
        from companion.ui.budget.budget_dialogs import EntryDialog

        dialog = EntryDialog(self.ctx, kind, prefill=prefill, parent=self)
        if not dialog.exec() or dialog.result_entry is None:
            return None
        saved = budget_flow.save_entry(self, self.ctx, dialog.result_entry)
        self.reload()
        return saved

    def _on_edit_entry(self) -> None:
        from companion.ui.budget.budget_dialogs import EntryDialog

        e = self.selected_entry()
        if e is None:
            return
        dialog = EntryDialog(self.ctx, e.kind, existing=e, parent=self)
        if dialog.exec() and dialog.result_entry is not None:
            budget_flow.save_entry(self, self.ctx, dialog.result_entry, replacing=e.id)
            self.reload()

    def _on_delete_entry(self) -> None:
        e = self.selected_entry()
        if e is None or e.id is None:
            return
        now, entry_id, db = self.ctx.clock(), e.id, self.ctx.db
        done = budget_flow.run(
            self, self.ctx, lambda a: actions.delete_entries(db, [entry_id], a, now=now)
        )
        if done is not None:
            gone = done.result
            undo.push(
                self.ctx,
                undo.UndoStep(
                    self.tr("&Undo delete"),
                    lambda a, at: actions.undo_delete(db, gone, a, now=at),
                ),
            )
        self.reload()

    def _on_undo(self) -> None:
        step = undo.latest(self.ctx)
        if step is not None:
            undo.undo(self, self.ctx, step)
            self.reload()

    def _refresh_undo(self) -> None:
        """The button offers the latest step by name: "Undo import of card.qif, 42 entries"."""
        step = undo.latest(self.ctx)
        self.undo_button.setText(step.label if step else self.tr("&Undo"))
        self.undo_button.setEnabled(step is not None)
