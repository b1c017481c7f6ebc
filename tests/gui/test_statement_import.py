"""File ▸ Import of a bank statement: a preview first, unrecognised lines can be picked, and
one undo step after."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QMessageBox

from companion.core.budget import ledger
from companion.core.store.settings import Settings
from companion.ui.budget.statement_preview import PLATFORM, STATUS, StatementPreview
from companion.ui.shell.file_actions import import_interactively

QIF = (
    "!Type:CCard\n"
    "D11/03/2026\nT-9.99\nPTIKTOK COINS\n^\n"
    "D11/04/2026\nT-4.99\nPSTREAMELEMENTS TIP\n^\n"
    "D11/05/2026\nT25.00\nPREFUND\n^\n"
)


@pytest.fixture
def statement(ctx, tmp_path) -> Path:
    Settings(ctx.db).set("home_currency", "EUR")
    path = tmp_path / "card.qif"
    path.write_text(QIF, encoding="utf-8")
    return path


def choose(dialog: StatementPreview, row: int, platform: str) -> None:
    """Pick a platform the way the fan does: the combo box the Platform cell opens."""
    dialog.show()
    index = dialog.model.index(row, PLATFORM)
    dialog.table.scrollTo(index)
    dialog.table.setCurrentIndex(index)  # moving onto the cell opens its editor
    combo = dialog.table.findChild(QComboBox)
    assert combo is not None and combo.accessibleName().startswith("Platform for ")
    combo.setCurrentIndex(combo.findData(platform))


def accept_preview(monkeypatch, pick: str | None = None, undo: bool = False) -> list:
    seen: list[StatementPreview] = []

    def exec_(dialog: QDialog) -> int:
        seen.append(dialog)
        if pick is not None:
            choose(dialog, 1, pick)
        return QDialog.DialogCode.Accepted

    def box_exec(box: QMessageBox) -> int:
        seen.append(box)
        return 0

    def clicked(box: QMessageBox):
        found = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.DestructiveRole]
        return found[0] if undo and found else None

    monkeypatch.setattr(StatementPreview, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", clicked)
    return seen


def test_the_preview_shows_every_line_and_imports_the_recognised(
    qtbot, ctx, statement, monkeypatch
) -> None:
    seen = accept_preview(monkeypatch)
    parent = QDialog()
    qtbot.addWidget(parent)
    assert import_interactively(parent, ctx, str(statement))
    preview = seen[0]
    model = preview.model
    assert model.rowCount() == 3
    assert model.index(0, PLATFORM).data() == "tiktok"
    assert model.index(1, PLATFORM).data() == "Not gifting"  # unmatched: a platform to pick
    assert model.flags(model.index(1, PLATFORM)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, PLATFORM)) & Qt.ItemFlag.ItemIsEditable
    assert "Left out" in model.index(2, STATUS).data()
    ok = preview.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Import 1 entry"
    assert [e.platform for e in ledger.entries(ctx.db)] == ["tiktok"]
    assert "Undo import of card.qif, 1 entry" in [b.text() for b in seen[1].buttons()]


def test_a_long_statement_previews_at_once_and_a_pick_counts(qtbot, qtmodeltester) -> None:
    from datetime import date

    from companion.core.budget.statements.lines import Row, StatementLine

    rows = [Row(StatementLine(date(2026, 1, 1), -199, "EUR", f"SHOP {i}"),
                "add" if i % 5 == 0 else "unmatched", "tiktok" if i % 5 == 0 else None)
            for i in range(50_000)]  # fmt: skip
    dialog = StatementPreview(rows, "big.ofx", [("tiktok", "TikTok"), ("twitch", "Twitch")])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Import 10,000 entries"
    choose(dialog, 49_999, "twitch")
    assert dialog.picks == {49_999: "twitch"} and ok.text() == "Import 10,001 entries"
    assert dialog.model.index(49_999, PLATFORM).data() == "Twitch"
    dialog.pick(49_999, None)
    assert dialog.picks == {} and ok.text() == "Import 10,000 entries"
    small = StatementPreview(rows[:50], "small.ofx", [("tiktok", "TikTok")])
    qtbot.addWidget(small)
    qtmodeltester.check(small.model)


def test_a_picked_line_is_imported_on_that_platform(qtbot, ctx, statement, monkeypatch) -> None:
    accept_preview(monkeypatch, pick="twitch")
    parent = QDialog()
    qtbot.addWidget(parent)
    assert import_interactively(parent, ctx, str(statement))
    assert sorted(e.platform for e in ledger.entries(ctx.db)) == ["tiktok", "twitch"]


def test_undo_takes_the_import_back(qtbot, ctx, statement, monkeypatch) -> None:
    accept_preview(monkeypatch, undo=True)
    parent = QDialog()
    qtbot.addWidget(parent)
    import_interactively(parent, ctx, str(statement))
    assert ledger.count(ctx.db) == 0


def test_a_statement_dropped_on_the_window_is_imported(qtbot, ctx, statement, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from companion.ui.shell.main_window import MainWindow
    from companion.ui.shell.pages import page_specs

    accept_preview(monkeypatch)
    window = MainWindow(ctx, page_specs(tray_available=False))
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(statement))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(drop)
    assert [e.platform for e in ledger.entries(ctx.db)] == ["tiktok"]
    two = QMimeData()
    two.setUrls([QUrl.fromLocalFile(str(statement)), QUrl.fromLocalFile(str(statement))])
    window.dropEvent(
        QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            two,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    assert ledger.count(ctx.db) == 1  # several files at once are not taken


GERMAN = (
    "Konto;DE02\n"
    "Buchungstag;Empfänger;Betrag\n"
    "03.11.2026;TIKTOK*COINS;-19,99\n"
    "04.11.2026;REWE Markt;-12,50\n"
)


def test_an_unknown_bank_csv_is_mapped_once_and_then_recognised(qtbot, ctx, tmp_path, monkeypatch):
    from companion.ui.budget.csv_mapping import CsvMappingDialog

    Settings(ctx.db).set("home_currency", "EUR")
    path = tmp_path / "umsatz.csv"
    path.write_text(GERMAN, encoding="utf-8")
    asked: list[CsvMappingDialog] = []

    def fill(dialog: CsvMappingDialog) -> int:
        asked.append(dialog)
        assert dialog.delimiter.currentData() == ";"  # guessed from the first line
        dialog.skip.setValue(1)
        dialog.date_format.setCurrentText("%d.%m.%Y")
        dialog.decimal_comma.setChecked(True)
        dialog.currency.setText("eur")
        for key, column in (("date", "Buchungstag"), ("payee", "Empfänger"), ("amount", "Betrag")):
            combo = dialog.columns[key]
            combo.setCurrentIndex(combo.findData(column))
        dialog._on_accept()
        return dialog.result()

    monkeypatch.setattr(CsvMappingDialog, "exec", fill)
    accept_preview(monkeypatch)
    parent = QDialog()
    qtbot.addWidget(parent)
    assert import_interactively(parent, ctx, str(path))
    assert [(e.platform, e.amount_minor) for e in ledger.entries(ctx.db)] == [("tiktok", 1999)]
    # The bank's next export: no question, and nothing twice.
    assert not import_interactively(parent, ctx, str(path))
    assert len(asked) == 1
    assert ledger.count(ctx.db) == 1


def test_an_incomplete_mapping_is_explained_in_the_dialog(qtbot) -> None:
    from companion.ui.budget.csv_mapping import CsvMappingDialog

    dialog = CsvMappingDialog(GERMAN.encode(), "umsatz.csv")
    qtbot.addWidget(dialog)
    dialog._on_accept()
    assert dialog.mapping is None
    assert "date and the payee" in dialog.error.text()
