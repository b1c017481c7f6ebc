"""The Budget page: logging, the over-budget question, the lock prompt, the lazy ledger."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from companion.core.budget import budget, ledger, lock
from companion.ui.budget.budget_dialogs import EntryDialog, PasscodeDialog
from companion.ui.budget.budget_page import BudgetPage
from companion.ui.budget.ledger_model import CHUNK, LedgerModel

UTC = ZoneInfo("UTC")


@pytest.fixture
def page(qtbot, ctx) -> BudgetPage:
    ctx.settings.set("time_zone", "UTC")
    widget = BudgetPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def fill_purchase(qtbot, dialog: EntryDialog, units: str, amount: str) -> int:
    dialog.platform.setCurrentIndex(dialog.platform.findData("tiktok"))
    qtbot.keyClicks(dialog.units, units)
    qtbot.keyClicks(dialog.amount, amount)
    dialog._on_ok()
    return dialog.result()


def test_logging_a_purchase(qtbot, page, ctx, monkeypatch) -> None:
    monkeypatch.setattr(EntryDialog, "exec", lambda d: fill_purchase(qtbot, d, "330", "4.99"))
    saved = page.log("purchase")
    assert (saved.units, saved.amount_minor, saved.home_minor) == (330, 499, 499)
    assert page.model.rowCount() == 1
    assert "TikTok: 330 Coins" in page.wallets.text()


def test_the_entry_dialog_explains_bad_fields(qtbot, ctx) -> None:
    dialog = EntryDialog(ctx, "purchase")
    qtbot.addWidget(dialog)
    assert fill_purchase(qtbot, dialog, "0", "4.99") != QDialog.DialogCode.Accepted
    assert "must be > 0" in dialog.errors["units"].text()
    dialog.units.clear()
    dialog.amount.clear()
    assert fill_purchase(qtbot, dialog, "10", "4.999") != QDialog.DialogCode.Accepted
    assert "at most 2 decimal" in dialog.errors["amount"].text()


def test_over_budget_asks_first_and_cancel_saves_nothing(qtbot, page, ctx, monkeypatch):
    budget.set_budget(ctx.db, "overall", "monthly", "5", "USD", now=ctx.clock())
    asked: list[str] = []

    def refuse(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", refuse)
    monkeypatch.setattr(EntryDialog, "exec", lambda d: fill_purchase(qtbot, d, "1321", "19.99"))
    assert page.log("purchase") is None
    assert "399.8%" in asked[0]
    assert ledger.count(ctx.db) == 0


def test_over_budget_with_the_lock_needs_the_passcode(qtbot, page, ctx, notifier, monkeypatch):
    budget.set_budget(ctx.db, "overall", "monthly", "5", "USD", now=ctx.clock())
    lock.enable(ctx.db, "tulip-42")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(EntryDialog, "exec", lambda d: fill_purchase(qtbot, d, "1321", "19.99"))
    tries = iter(["wrong", "tulip-42"])
    errors: list[str] = []

    def type_passcode(dialog: PasscodeDialog) -> int:
        if dialog.error.text():
            errors.append(dialog.error.text())
        dialog.passcode.setText(next(tries))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PasscodeDialog, "exec", type_passcode)
    saved = page.log("purchase")
    assert saved is not None
    assert errors == ["that is not the passcode"]
    assert [t for t, _ in notifier.messages] == [
        "Budget 50% reached",
        "Budget 80% reached",
        "Budget 100% reached",
    ]
    assert [[(a.key, a.label) for a in acts] for acts in notifier.actions] == [
        [("open-budget", "Open budget")]
    ] * 3
    assert not page.alert_banner.isHidden()


def test_raising_a_budget_under_the_lock_cancelled_keeps_the_old_limit(
    qtbot, page, ctx, monkeypatch
):
    b = budget.set_budget(ctx.db, "overall", "monthly", "40", "USD", now=ctx.clock())
    lock.enable(ctx.db, "tulip-42")
    from companion.ui.budget.budget_dialogs import BudgetDialog

    def raise_it(dialog: BudgetDialog) -> int:
        dialog.limit.setText("90")
        return QDialog.DialogCode.Accepted if not getattr(dialog, "_done", False) else 0

    calls = {"n": 0}

    def once(dialog: BudgetDialog) -> int:
        calls["n"] += 1
        return raise_it(dialog) if calls["n"] == 1 else 0

    monkeypatch.setattr(BudgetDialog, "exec", once)
    monkeypatch.setattr(PasscodeDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    page._edit_budget(b)
    assert budget.get(ctx.db, b.id).limit_minor == 4000


def test_delete_and_undo(qtbot, page, ctx) -> None:
    ledger.add(
        ctx.db,
        ledger.make_purchase(
            ctx.db,
            platform="tiktok",
            units=330,
            amount="4.99",
            currency="USD",
            when=ctx.clock() - timedelta(hours=1),
            now=ctx.clock(),
            zone=UTC,
            home="USD",
        ),
    )
    page.reload()
    page.table.selectRow(0)
    page.delete_entry.click()
    assert ledger.count(ctx.db) == 0
    assert page.undo_button.isEnabled()
    page.undo_button.click()
    assert ledger.count(ctx.db) == 1


def test_the_ledger_model_is_lazy_and_sorts_in_sql(qtmodeltester, ctx) -> None:
    now = ctx.clock()
    entries = [
        ledger.make_purchase(
            ctx.db,
            platform="twitch",
            units=100 + i,
            amount="1.40",
            currency="USD",
            when=now - timedelta(minutes=i),
            now=now,
            zone=UTC,
            home="USD",
        )
        for i in range(CHUNK * 2 + 10)
    ]
    ledger.add_many(ctx.db, entries)
    model = LedgerModel(ctx.db, UTC)
    model.reload()
    assert model.rowCount() == CHUNK
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == CHUNK * 2 + 10
    assert not model.canFetchMore()
    model.sort(3)  # units, ascending, in SQL: back to the first chunk
    assert model.entry(0).units == 100
    assert model.rowCount() == CHUNK
    # The tester stays attached and would flag the fetches its own checks trigger during a
    # reset; check the settled model last.
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model)


def test_filters_narrow_the_ledger(qtbot, page, ctx) -> None:
    now = ctx.clock()
    for platform in ("tiktok", "twitch", "twitch"):
        ledger.add(
            ctx.db,
            ledger.make_purchase(
                ctx.db,
                platform=platform,
                units=100,
                amount="1.00",
                currency="USD",
                when=now,
                now=now,
                zone=UTC,
                home="USD",
            ),
        )
    page.reload()
    page.filters.platform.setCurrentIndex(page.filters.platform.findData("twitch"))
    assert page.model.total() == 2
    assert "2 entries" in page.filters.count_label.text()


def test_reports_tab_draws_the_chart(qtbot, page, ctx) -> None:
    budget.set_budget(ctx.db, "overall", "monthly", "40", "USD", now=ctx.clock())
    page.tabs.setCurrentWidget(page.reports_host)
    qtbot.waitUntil(lambda: page.reports is not None)
    names = [s.name() for s in page.reports.chart.series()]
    assert "Monthly budget" in names
    assert page.reports.months.rowCount() == 12


def test_turning_the_lock_on_and_off_from_the_page(qtbot, page, ctx, monkeypatch) -> None:
    from companion.ui.budget.budget_dialogs import LockSetupDialog

    def set_up(dialog: LockSetupDialog) -> int:
        dialog.first.setText("tulip-42")
        dialog.second.setText("tulip-42")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LockSetupDialog, "exec", set_up)
    assert "off" in page.lock_panel.label.text()
    page.lock_panel.button.click()
    assert lock.is_on(ctx.db)
    assert "on" in page.lock_panel.label.text()
    monkeypatch.setattr(
        PasscodeDialog,
        "exec",
        lambda d: (d.passcode.setText("tulip-42"), QDialog.DialogCode.Accepted)[1],
    )
    page.lock_panel.button.click()
    assert not lock.is_on(ctx.db)


def test_with_no_keychain_the_lock_cannot_be_turned_on(qtbot, ctx) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    widget = BudgetPage(ctx)
    qtbot.addWidget(widget)
    assert not widget.lock_panel.button.isEnabled()
    assert "No keychain was found" in widget.lock_panel.label.text()
