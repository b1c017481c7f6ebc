"""File ▸ Import: a good file lands and the pages refresh; a bad one changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from companion.core.bundles import store
from companion.ui.shell.file_actions import export_interactively, import_interactively
from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.pages import page_specs


def test_import_from_the_menu_refreshes_the_bundles_page(qtbot, ctx, tmp_path, monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: messages.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: messages.append(a[2]))
    window = MainWindow(ctx, page_specs(tray_available=False))
    qtbot.addWidget(window)
    page = window.page("bundles")
    before = page.model.rowCount()
    good = tmp_path / "kick.json"
    good.write_text(
        json.dumps(
            {
                "platforms": [
                    {"id": "kick", "bundles": [{"units": 100, "price": "1.09", "currency": "USD"}]}
                ]
            }
        )
    )
    assert import_interactively(window, ctx, str(good))
    window.refresh_pages()
    assert page.model.rowCount() == before + 1
    assert "Imported 1 bundle(s)" in messages[-1]

    bad = tmp_path / "bad.json"
    bad.write_text('{"platforms": [{"id": "kick", "bundles": [{"units": 0}]}]}')
    assert not import_interactively(window, ctx, str(bad))
    assert "Nothing was changed" in messages[-1]
    assert len(store.bundles(ctx.db, today=ctx.clock().date(), platform="kick")) == 1


def test_export_writes_the_catalog(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    target = tmp_path / "out.json"
    parent = QWidget()
    qtbot.addWidget(parent)
    assert export_interactively(parent, ctx, str(target))
    data = json.loads(target.read_text())
    assert {p["id"] for p in data["platforms"]} >= {"tiktok", "twitch"}
