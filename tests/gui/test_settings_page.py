"""The Settings page saves valid values and explains invalid ones next to the field."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt

from companion.ui.shell.settings_page import SettingsPage


def make_page(qtbot, ctx) -> SettingsPage:
    page = SettingsPage(ctx, tray_available=True)
    qtbot.addWidget(page)
    page.show()
    return page


def test_typing_a_currency_saves_it(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    page.currency.lineEdit().clear()
    qtbot.keyClicks(page.currency.lineEdit(), "gbp")
    qtbot.keyClick(page.currency.lineEdit(), Qt.Key.Key_Return)
    assert ctx.settings.get("home_currency") == "GBP"
    assert page.currency.currentText() == "GBP"
    assert page.currency_error.isHidden()


def test_a_bad_currency_is_explained_next_to_the_field_and_not_saved(qtbot, ctx) -> None:
    before = ctx.settings.get("home_currency")
    page = make_page(qtbot, ctx)
    page.currency.lineEdit().clear()
    qtbot.keyClicks(page.currency.lineEdit(), "dollars")
    qtbot.keyClick(page.currency.lineEdit(), Qt.Key.Key_Return)
    assert not page.currency_error.isHidden()
    assert "ISO 4217" in page.currency_error.text()
    assert ctx.settings.get("home_currency") == before


def test_lead_time_and_tray_start_are_saved(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    page.lead.setValue(45)
    page.start_minimised.setChecked(True)
    assert ctx.settings.get("reminder_lead_minutes") == 45
    assert ctx.settings.get("start_minimised") is True


def test_data_folder_is_shown(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    assert page.data_dir.text() == str(ctx.data_dir)
    assert page.data_dir.isReadOnly()


def test_keychain_state_is_reported(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    assert "Available" in page.keychain.text()


def test_time_zone_and_week_start_are_saved_and_checked(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    page.zone.lineEdit().clear()
    qtbot.keyClicks(page.zone.lineEdit(), "Asia/Tokyo")
    qtbot.keyClick(page.zone.lineEdit(), Qt.Key.Key_Return)
    assert ctx.settings.get("time_zone") == "Asia/Tokyo"
    page.zone.lineEdit().clear()
    qtbot.keyClicks(page.zone.lineEdit(), "Moon/Base")
    qtbot.keyClick(page.zone.lineEdit(), Qt.Key.Key_Return)
    assert "not a time zone" in page.zone_error.text()
    assert ctx.settings.get("time_zone") == "Asia/Tokyo"
    page.week_start.setCurrentIndex(6)
    assert ctx.settings.get("week_starts_on") == 6


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is Linux's")
def test_start_at_login_writes_the_autostart_entry(qtbot, ctx, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    page = make_page(qtbot, ctx)
    page.start_at_login.setChecked(True)
    entry = tmp_path / "config" / "autostart" / "fan-companion.desktop"
    assert page.login_error.isHidden()
    assert "--minimised" in entry.read_text()
    page.start_at_login.setChecked(False)
    assert not entry.exists()
