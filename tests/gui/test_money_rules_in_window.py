"""The money rules hold in the window: every guarded action goes through the core action and
the window only asks. A fan who cancels the passcode changes nothing."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from companion.core.budget import budget, ledger, lock
from companion.core.store import backup
from companion.ui.budget.budget_dialogs import EntryDialog, PasscodeDialog
from companion.ui.budget.budget_page import BudgetPage

UTC = ZoneInfo("UTC")
PASS = "tulip-42"


@pytest.fixture
def page(qtbot, ctx) -> BudgetPage:
    ctx.settings.set("time_zone", "UTC")
    ctx.settings.set("home_currency", "USD")
    budget.set_budget(ctx.db, "overall", "monthly", "50", "USD", now=ctx.clock())
    ledger.add(
        ctx.db,
        ledger.make_purchase(
            ctx.db,
            platform="tiktok",
            units=1321,
            amount="30",
            currency="USD",
            when=ctx.clock() - timedelta(hours=1),
            now=ctx.clock(),
            zone=UTC,
            home="USD",
        ),
    )
    widget = BudgetPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


class PasscodeSpy:
    """Stands in for the passcode dialog: records each request and types what it is given."""

    def __init__(self, monkeypatch, typed: str | None) -> None:
        self.reasons: list[str] = []
        self.typed = typed
        # A plain function, not the bound method: Qt calls it as dialog.exec().
        monkeypatch.setattr(PasscodeDialog, "exec", lambda dialog: self.answer(dialog))  # noqa: PLW0108

    def answer(self, dialog: PasscodeDialog) -> int:
        self.reasons.append(dialog.windowTitle())
        if self.typed is None:
            return QDialog.DialogCode.Rejected
        dialog.passcode.setText(self.typed)
        return QDialog.DialogCode.Accepted


def spent(ctx) -> int:
    return budget.spent_in(
        ctx.db, "overall", *budget.period_bounds("monthly", ctx.clock(), UTC, 0), "USD"
    )


def test_deleting_under_the_lock_asks_and_cancel_keeps_the_entry(page, ctx, monkeypatch):
    lock.enable(ctx.db, PASS)
    spy = PasscodeSpy(monkeypatch, None)
    page.reload()
    page.table.selectRow(0)
    page.delete_entry.click()
    assert spy.reasons and ledger.count(ctx.db) == 1
    assert not page.undo_button.isEnabled()
    spy.typed = PASS
    page.table.selectRow(0)
    page.delete_entry.click()
    assert ledger.count(ctx.db) == 0
    page.undo_button.click()  # putting it back is spending again: no passcode needed
    assert ledger.count(ctx.db) == 1


def test_editing_a_purchase_up_over_budget_is_guarded(qtbot, page, ctx, monkeypatch):
    lock.enable(ctx.db, PASS)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    spy = PasscodeSpy(monkeypatch, None)

    def raise_amount(dialog: EntryDialog) -> int:
        dialog.amount.setText("500")
        dialog._on_ok()
        return dialog.result()

    monkeypatch.setattr(EntryDialog, "exec", raise_amount)
    page.reload()
    page.table.selectRow(0)
    page._on_edit_entry()
    assert spy.reasons
    assert ledger.entries(ctx.db)[0].amount_minor == 3000


def test_pausing_and_removing_a_budget_need_the_passcode(page, ctx, monkeypatch):
    lock.enable(ctx.db, PASS)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    spy = PasscodeSpy(monkeypatch, None)
    page.reload()
    page.budget_table.selectRow(0)
    page._on_pause_budget()
    page.budget_table.selectRow(0)
    page._on_remove_budget()
    assert len(spy.reasons) == 2
    (b,) = budget.budgets(ctx.db)
    assert not b.paused


def test_turning_the_lock_off_needs_the_passcode(page, ctx, monkeypatch):
    lock.enable(ctx.db, PASS)
    PasscodeSpy(monkeypatch, None)
    page.lock_panel.turn_off()
    assert lock.is_on(ctx.db)
    PasscodeSpy(monkeypatch, PASS)
    page.lock_panel.turn_off()
    assert not lock.is_on(ctx.db)


def test_a_purchase_in_a_currency_with_no_rate_asks_for_one(qtbot, page, ctx, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("1.5", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)

    def euro(dialog: EntryDialog) -> int:
        dialog.platform.setCurrentIndex(dialog.platform.findData("tiktok"))
        qtbot.keyClicks(dialog.units, "330")
        qtbot.keyClicks(dialog.amount, "10")
        dialog.currency.setText("EUR")
        dialog._on_ok()
        return dialog.result()

    monkeypatch.setattr(EntryDialog, "exec", euro)
    saved = page.log("purchase")
    assert saved is not None and saved.home_minor == 1500 and saved.rate == "1.5"
    assert spent(ctx) == 4500


def test_importing_a_ledger_over_budget_is_guarded(page, ctx, monkeypatch, tmp_path):
    from companion.ui.shell import file_actions

    lock.enable(ctx.db, PASS)
    sheet = tmp_path / "more.csv"
    sheet.write_text(
        "date,type,platform,units,amount,currency,creator,note\n"
        "2026-11-20,purchase,tiktok,1321,25.00,USD,,\n"
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    spy = PasscodeSpy(monkeypatch, None)
    assert not file_actions.import_interactively(page, ctx, str(sheet))
    assert spy.reasons and ledger.count(ctx.db) == 1


def test_restoring_a_backup_from_before_the_lock_is_guarded(page, ctx, monkeypatch, tmp_path):
    from companion.ui.shell import file_actions

    old = backup.export_backup(ctx.db, tmp_path / "old.sqlite")
    conn = sqlite3.connect(old)
    conn.execute("DELETE FROM budgets")
    conn.commit()
    conn.close()
    lock.enable(ctx.db, PASS)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    spy = PasscodeSpy(monkeypatch, None)
    assert not file_actions.import_interactively(page, ctx, str(old))
    assert spy.reasons and budget.budgets(ctx.db) and lock.is_on(ctx.db)


def test_the_home_currency_in_settings_is_guarded(qtbot, ctx, monkeypatch):
    from companion.ui.shell.settings_page import SettingsPage

    budget.set_budget(ctx.db, "overall", "monthly", "50", "USD", now=ctx.clock())
    ctx.settings.set("home_currency", "USD")
    lock.enable(ctx.db, PASS)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (str(Decimal("1.1")), True))
    spy = PasscodeSpy(monkeypatch, None)
    settings = SettingsPage(ctx)
    qtbot.addWidget(settings)
    settings.currency.setCurrentText("EUR")
    settings._on_currency_edited()
    assert spy.reasons
    assert ctx.settings.get("home_currency") == "USD"
    assert settings.currency.currentText() == "USD"
