"""No raw text reaches the fan: class names, placeholders, doubled titles."""

from __future__ import annotations

import pytest

from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.pages import page_specs
from companion.ui.shell.settings_page import keychain_name


@pytest.mark.parametrize(
    ("backend", "words"),
    [
        ("keyring.backends.SecretService.Keyring", "Secret Service"),
        ("keyring.backends.kwallet.DBusKeyring", "KWallet"),
        ("keyring.backends.macOS.Keyring", "macOS Keychain"),
        ("keyring.backends.Windows.WinVaultKeyring", "Windows Credential Manager"),
        ("tests.conftest.MemoryKeyring", "a keychain"),
    ],
)
def test_keychains_are_named_in_words(backend, words) -> None:
    name = keychain_name(backend)
    assert words in name
    assert "." not in name and "Keyring'" not in name


@pytest.mark.parametrize(
    ("demo", "title"), [(False, "Fan Companion"), (True, "Demo data, not saved")]
)
def test_the_window_title_names_the_app_once(qtbot, ctx, demo, title) -> None:
    # Qt appends the application's display name itself ("… — Fan Companion").
    window = MainWindow(ctx, page_specs(tray_available=False), demo=demo)
    qtbot.addWidget(window)
    assert window.windowTitle() == title


def test_export_proposes_a_name_that_matches_the_format(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from companion.core.imports import EXPORT_FILTER
    from companion.ui.shell.file_actions import export_dialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = export_dialog(parent, "2026-11-25")
    _calendar, ledger, catalog, backup = EXPORT_FILTER.split(";;")
    assert dialog.selectedFiles()[0].endswith("fan-companion-calendar.ics")
    for chosen, name in (
        (ledger, "fan-companion-ledger.csv"),
        (catalog, "fan-companion-catalog.json"),
        (backup, "fan-companion-backup-2026-11-25.sqlite"),
    ):
        dialog.filterSelected.emit(chosen)
        assert dialog.selectedFiles()[0].endswith(name)
