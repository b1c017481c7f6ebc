"""The Language setting: which translation loads, right-to-left Arabic, Qt's own dialog buttons,
numbers in the chosen locale, and the .qm compiled on first use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from companion.core.money import money
from companion.ui.shell import i18n


@pytest.fixture
def language(qapp, tmp_path):
    """Install a language; afterwards the process is back to untranslated English."""
    before = QLocale()

    def use(choice: str) -> str:
        return i18n.install(qapp, choice, tmp_path / "i18n")

    yield use
    for t in i18n._installed:
        qapp.removeTranslator(t)
    i18n._installed.clear()
    QLocale.setDefault(before)
    money.set_display_locale(None)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize(
    ("choice", "system", "used"),
    [
        ("", "de_AT", "de"),
        ("", "pt_PT", "pt_BR"),
        ("", "ar_EG", "ar"),
        ("", "ja_JP", "en"),
        ("", "C", "en"),
        ("fr", "de_DE", "fr"),
        ("pt_BR", "en_US", "pt_BR"),
    ],
)
def test_the_system_language_is_the_default(choice, system, used) -> None:
    assert i18n.resolve(choice, system) == used


def test_the_system_region_is_kept_when_it_speaks_the_language() -> None:
    assert i18n.locale_for("de", "de_AT").name() == "de_AT"
    assert i18n.locale_for("de", "fr_FR").name() == "de_DE"


def test_arabic_lays_out_right_to_left(language) -> None:
    assert language("ar") == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # our own file says RTL too, not only Qt's: the direction does not hang on qtbase_ar.qm
    assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"
    assert QCoreApplication.translate("pages", "Budget") == "الميزانية"


def test_a_language_translates_pages_plurals_and_qt_dialogs(language, tmp_path) -> None:
    language("de")
    assert QCoreApplication.translate("pages", "Calendar") == "Kalender"
    from datetime import datetime, timedelta, timezone

    from companion.ui.home.countdown import countdown

    now = datetime(2026, 11, 2, 12, tzinfo=timezone.utc)
    assert countdown(now + timedelta(days=3), now + timedelta(days=4), now) == "in 3 Tagen 0 Std."
    # Qt's own catalogue: the standard buttons of a message box
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert list((tmp_path / "i18n").glob("companion_de-*.qm")), "compiled on first use"


def test_numbers_and_money_follow_the_language(language) -> None:
    language("de")
    assert money.format_number(1234567) == "1.234.567"
    assert money.format_money(123456, "EUR") == "1.234,56\xa0€"
    assert money.parse_amount("4,99", "EUR") == 499  # typed the German way


def test_english_says_one_entry(language) -> None:
    language("en")
    from datetime import datetime, timedelta, timezone

    from companion.ui.home.countdown import countdown

    now = datetime(2026, 11, 2, 12, tzinfo=timezone.utc)
    assert countdown(now + timedelta(minutes=1), now + timedelta(hours=1), now) == "in 1 min"
    words = QCoreApplication.translate("BudgetPage", "%n entries", "", 1)
    assert words == "1 entry"


def test_the_link_checkers_reasons_are_shown_in_the_language(language, qtbot) -> None:
    """The core says why in English (it has no Qt); the window says it in the fan's language."""
    from companion.core.links import links
    from companion.ui.links.verdict_view import VerdictView

    verdict = links.default_checker().check("https://tiktok-coins-free.xyz/login")
    assert verdict.reasons[0] == (
        "'tiktok-coins-free' borrows the name TikTok, but the site is tiktok-coins-free.xyz."
    )
    language("de")
    view = VerdictView()
    qtbot.addWidget(view)
    view.show_verdict(verdict)
    assert "leiht sich den Namen TikTok, aber die Seite ist tiktok-coins-free.xyz" in (
        view.reasons.text()
    )
    assert "borrows" not in view.reasons.text()


def test_a_mistyped_price_is_explained_in_the_language(language, qtbot, ctx) -> None:
    """German reads "4,999" as 4.999: too many decimals for dollars, said in German, under the
    field, without the English field name the CLI prints."""
    from companion.ui.budget.budget_dialogs import EntryDialog

    language("de")
    dialog = EntryDialog(ctx, "purchase")
    qtbot.addWidget(dialog)
    dialog.platform.setCurrentIndex(dialog.platform.findData("tiktok"))
    qtbot.keyClicks(dialog.units, "10")
    qtbot.keyClicks(dialog.amount, "4,999")
    dialog._on_ok()
    shown = dialog.errors["amount"].text()
    assert shown == "Beträge in USD haben höchstens 2 Nachkommastellen; eingegeben: 4.999"


def test_reasons_read_right_to_left_in_arabic(language, qtbot) -> None:
    from companion.core.links import links
    from companion.ui.links.verdict_view import VerdictView

    language("ar")
    view = VerdictView()
    qtbot.addWidget(view)
    view.show_verdict(links.default_checker().check("https://tiktok-coins-free.xyz/login"))
    lines = view.reasons.text().split("\n")
    assert lines and all(line.startswith("\u200f• ") for line in lines)
    assert "TikTok" in lines[0] and "borrows" not in lines[0]


def test_a_gift_without_a_creator_is_explained_in_the_language(language, qtbot, ctx) -> None:
    from companion.ui.budget.budget_dialogs import EntryDialog

    language("fr")
    dialog = EntryDialog(ctx, "gift")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.units, "0")
    dialog._on_ok()
    assert dialog.errors["creator"].text() == "pour qui était le cadeau ?"
    qtbot.keyClicks(dialog.creator.lineEdit() or dialog.creator, "Mia")
    dialog._on_ok()
    assert dialog.errors["units"].text() == "doit être supérieur à 0 ; saisi : 0"
