"""The steps around saving money-related changes, shared by the Budget and Bundles pages:
the over-budget question, the spending-lock passcode, and threshold notifications."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from companion.core.budget import budget, ledger, lock
from companion.core.errors import StoreError
from companion.core.money.money import format_money
from companion.core.store.settings import prefs
from companion.ui.shell.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("budget", text)


def unlock(parent: QWidget | None, ctx: AppContext, reason: str) -> bool:
    """True when no lock is on, or the fan typed the right passcode."""
    if not lock.is_on(ctx.db):
        return True
    return with_passcode(
        parent, ctx, reason, lambda passcode: lock.verify(ctx.db, passcode, now=ctx.clock())
    )


def with_passcode(
    parent: QWidget | None, ctx: AppContext, reason: str, action: Callable[[str], None]
) -> bool:
    """Ask for the passcode until ``action(passcode)`` accepts it or the fan cancels."""
    from companion.ui.budget.budget_dialogs import PasscodeDialog

    dialog = PasscodeDialog(reason, parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            action(dialog.passcode.text())
            return True
        except lock.LockError as exc:
            dialog.error.show_error(str(exc).split(": ", 1)[-1])
            dialog.passcode.clear()
        except StoreError as exc:
            QMessageBox.warning(parent, _tr("Spending lock"), str(exc))
            return False
    return False


def save_entry(
    parent: QWidget | None, ctx: AppContext, entry: ledger.Entry, replacing: int | None = None
) -> ledger.Entry | None:
    """Save ``entry`` after the over-budget question (and passcode when locked)."""
    p = prefs(ctx.db)
    now = ctx.clock()
    over = (
        []
        if replacing is not None
        else budget.over_budget(ctx.db, entry, now=now, zone=p.zone, week_start=p.week_start)
    )
    if over:
        lines = "\n".join(
            f"• {s.budget.label}, {s.budget.period}: {s.percent}% "
            f"({format_money(s.spent, s.budget.currency)} of "
            f"{format_money(s.budget.limit_minor, s.budget.currency)})"
            for s in over
        )
        answer = QMessageBox.question(
            parent,
            _tr("Over budget"),
            _tr("Saving this takes you over budget:\n\n{lines}\n\nSave it anyway?").format(
                lines=lines
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return None
        if not unlock(
            parent,
            ctx,
            _tr("This purchase goes over budget. Type the spending-lock passcode to save it."),
        ):
            return None
    saved = (
        ledger.replace(ctx.db, replacing, entry)
        if replacing is not None
        else ledger.add(ctx.db, entry)
    )
    notify_thresholds(ctx)
    return saved


def notify_thresholds(ctx: AppContext) -> list[budget.Alert]:
    """Tell the fan about thresholds crossed for the first time this period."""
    p = prefs(ctx.db)
    alerts = budget.check_thresholds(ctx.db, now=ctx.clock(), zone=p.zone, week_start=p.week_start)
    for a in alerts:
        cur = a.budget.currency
        ctx.notifier.notify(
            _tr("Budget {pct}% reached").format(pct=a.threshold),
            f"{a.budget.label}, {a.budget.period}: {format_money(a.status.spent, cur)} of "
            f"{format_money(a.budget.limit_minor, cur)} ({a.status.percent}%).",
        )
    return alerts
