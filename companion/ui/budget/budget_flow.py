"""The window's side of the money rules: it only *asks*. Every rule is decided by the actions in
:mod:`companion.core.budget.actions`; this module turns their questions into dialogs (the
over-budget question, the passcode, a missing rate) and their alerts into notifications."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from companion.core.budget import actions, budget, ledger
from companion.core.errors import InputError, StoreError
from companion.core.money.money import format_money
from companion.ui import words
from companion.ui.shell.context import AppContext
from companion.ui.shell.notify import Action

T = TypeVar("T")


class DialogAsker:
    """Asks the fan with dialogs over ``parent``."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent

    def confirm(self, question: actions.NeedsConfirmation) -> bool:
        lines = "\n".join(f"• {line}" for line in actions.over_lines(question.over))
        answer = QMessageBox.question(
            self.parent,
            QCoreApplication.translate("budget", "Over budget"),
            QCoreApplication.translate(
                "budget", "Saving this takes you over budget:\n\n{lines}\n\nSave it anyway?"
            ).format(lines=lines),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def passcode(self, question: actions.NeedsPasscode, error: str | None) -> str | None:
        from companion.ui.budget.budget_dialogs import PasscodeDialog

        dialog = PasscodeDialog(question.reason, self.parent)
        if error:
            dialog.error.show_error(error)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passcode.text()

    def rate(self, question: actions.NeedsRate) -> Decimal | None:
        label = QCoreApplication.translate(
            "budget",
            "No {source}→{target} rate is kept, so this purchase cannot be counted against "
            "your budgets yet.\n\n1 {source} = ? {target}",
        ).format(source=question.source, target=question.target)
        while True:
            text, ok = QInputDialog.getText(
                self.parent, QCoreApplication.translate("budget", "Exchange rate"), label
            )
            if not ok:
                return None
            try:
                return actions.parse_rate_answer(text)
            except InputError as exc:
                label = f"{exc}\n\n1 {question.source} = ? {question.target}"


def run(
    parent: QWidget | None, ctx: AppContext, action: Callable[[actions.Answers], actions.Done[T]]
) -> actions.Done[T] | None:
    """Run a guarded action, asking whatever it needs; None when the fan declined."""
    try:
        done = actions.drive(action, DialogAsker(parent))
    except StoreError as exc:  # a broken or unreachable keychain: say so, change nothing
        QMessageBox.warning(parent, QCoreApplication.translate("budget", "Spending lock"), str(exc))
        return None
    if done is not None:
        notify(ctx, done.alerts)
    return done


def save_entry(
    parent: QWidget | None, ctx: AppContext, entry: ledger.Entry, replacing: int | None = None
) -> ledger.Entry | None:
    """Save a new entry, or ``entry`` in place of entry ``replacing``."""
    now = ctx.clock()
    if replacing is None:
        done = run(parent, ctx, lambda a: actions.log_entry(ctx.db, entry, a, now=now))
    else:
        done = run(parent, ctx, lambda a: actions.edit_entry(ctx.db, replacing, entry, a, now=now))
    return done.result if done is not None else None


def notify(ctx: AppContext, alerts: list[budget.Alert]) -> None:
    """Tell the fan about thresholds crossed for the first time this period."""
    for a in alerts:
        cur = a.budget.currency
        ctx.notifier.notify(
            QCoreApplication.translate("budget", "Budget {pct}% reached").format(pct=a.threshold),
            QCoreApplication.translate(
                "budget", "{label}, {period}: {spent} of {limit} ({pct}%)."
            ).format(
                label=a.budget.label,
                period=words.period(a.budget.period),
                spent=format_money(a.status.spent, cur),
                limit=format_money(a.budget.limit_minor, cur),
                pct=a.status.percent,
            ),
            [
                Action(
                    "open-budget",
                    QCoreApplication.translate("budget", "Open budget"),
                    lambda: ctx.open_page("budget"),
                )
            ],
        )
