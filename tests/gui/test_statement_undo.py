"""A statement import from the window: one undo step on the Budget page, progress on a worker
thread, and Cancel that saves nothing."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from companion.core.budget import ledger
from companion.core.store.settings import Settings
from companion.ui.budget.budget_page import BudgetPage
from companion.ui.budget.import_worker import DbWorker
from companion.ui.budget.statement_import import StatementPreview
from companion.ui.shell.file_actions import import_interactively

BUILT = Path(__file__).parent.parent / "real" / "statements" / "built"


def qif(lines: int, gifting_every: int = 1) -> str:
    """A built (not real) card statement: every ``gifting_every``-th line is TikTok coins."""
    body = "".join(
        f"D10/{1 + i % 28:02d}/2026\nT-{1 + i % 50}.99\n"
        f"P{'TIKTOK COINS' if i % gifting_every == 0 else 'REWE MARKT'} {i}\n^\n"
        for i in range(lines)
    )
    return "!Type:CCard\n" + body


@pytest.fixture
def window_import(ctx, monkeypatch):
    """Accept every preview and close every summary box without pressing its Undo."""
    Settings(ctx.db).set("home_currency", "EUR")
    monkeypatch.setattr(StatementPreview, "exec", lambda d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: None)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    return said


def test_the_budget_page_undoes_a_whole_import_as_one_step(qtbot, ctx, window_import, tmp_path):
    page = BudgetPage(ctx)
    qtbot.addWidget(page)
    ledger.add(
        ctx.db,
        ledger.make_purchase(ctx.db, platform="twitch", units=100, amount="1.40",
                             currency="EUR", when=ctx.clock() - timedelta(days=1),
                             now=ctx.clock(), zone=ZoneInfo("UTC"), home="EUR"),
    )  # fmt: skip
    page.reload()
    page.table.selectRow(0)
    page.delete_entry.click()  # an older step, under the import
    assert page.undo_button.text() == "&Undo delete"
    path = tmp_path / "statement.qif"
    path.write_text(qif(42), encoding="utf-8")
    parent = QDialog()
    qtbot.addWidget(parent)
    assert import_interactively(parent, ctx, str(path))
    page.reload()  # what the window does after an import
    assert page.undo_button.text() == "Undo import of statement.qif, 42 entries"
    assert ledger.count(ctx.db) == 42
    page.undo_button.click()
    assert ledger.count(ctx.db) == 0  # the whole import, one step
    assert page.undo_button.text() == "&Undo delete"
    page.undo_button.click()
    assert [e.platform for e in ledger.entries(ctx.db)] == ["twitch"]
    assert not page.undo_button.isEnabled() and page.undo_button.text() == "&Undo"


def test_one_entry_is_said_in_the_singular(qtbot, ctx, window_import, tmp_path) -> None:
    path = tmp_path / "one.qif"
    path.write_text(qif(1), encoding="utf-8")
    parent = QDialog()
    qtbot.addWidget(parent)
    assert import_interactively(parent, ctx, str(path))
    page = BudgetPage(ctx)
    qtbot.addWidget(page)
    assert page.undo_button.text() == "Undo import of one.qif, 1 entry"


def test_reading_and_saving_run_off_the_gui_thread_with_progress(
    qtbot, ctx, window_import, tmp_path, monkeypatch
) -> None:
    threads: set[bool] = set()
    totals: list[int] = []
    original = DbWorker._on_progress

    def watch(self, done: int, total: int) -> bool:
        threads.add(threading.current_thread() is threading.main_thread())
        totals.append(total)
        return original(self, done, total)

    monkeypatch.setattr(DbWorker, "_on_progress", watch)
    path = tmp_path / "big.qif"
    path.write_text(qif(2500, gifting_every=5), encoding="utf-8")
    parent = QDialog()
    qtbot.addWidget(parent)
    assert import_interactively(parent, ctx, str(path))
    assert threads == {False}  # every progress report came from the worker
    assert 2500 in totals and 500 in totals  # lines read, then entries saved
    assert ledger.count(ctx.db) == 500


def test_cancel_while_saving_keeps_nothing(qtbot, ctx, window_import, tmp_path, monkeypatch):
    original = DbWorker._on_progress

    def cancel_part_way(self, done: int, total: int) -> bool:
        if total == 1500 and done >= 1000:  # saving: 1,000 entries are in, 500 to go
            self.cancel()
        return original(self, done, total)

    monkeypatch.setattr(DbWorker, "_on_progress", cancel_part_way)
    path = tmp_path / "big.qif"
    path.write_text(
        "!Type:CCard\n"
        + "".join(
            f"D10/{1 + i % 28:02d}/2026\nT-{1 + i % 50}.99\nP"
            f"{'TIKTOK COINS' if i < 1500 else 'REWE MARKT'} {i}\n^\n"
            for i in range(2500)
        ),
        encoding="utf-8",
    )
    parent = QDialog()
    qtbot.addWidget(parent)
    assert not import_interactively(parent, ctx, str(path))
    assert window_import[-1] == "Nothing was imported."
    assert ledger.count(ctx.db) == 0  # the 1,000 already written went with the transaction
    assert ctx.budget_undo == []


def test_google_pay_transactions_import_from_the_window(qtbot, ctx, window_import) -> None:
    Settings(ctx.db).set("home_currency", "USD")
    parent = QDialog()
    qtbot.addWidget(parent)
    assert import_interactively(parent, ctx, str(BUILT / "transactions_8412345678.csv"))
    assert sorted(e.platform for e in ledger.entries(ctx.db)) == [
        "tiktok", "twitch", "youtube", "youtube", "youtube",
    ]  # fmt: skip
    assert ctx.budget_undo[-1].label == "Undo import of transactions_8412345678.csv, 5 entries"
