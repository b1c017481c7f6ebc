"""The first-run welcome: shown once, skippable, and its money settings go through the rules."""

from __future__ import annotations

from decimal import Decimal

import pytest

from companion.core.budget import budget
from companion.core.money import rates
from companion.ui.budget import budget_flow
from companion.ui.home.welcome import WelcomeDialog
from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.pages import page_specs


@pytest.fixture
def dialog(qtbot, ctx) -> WelcomeDialog:
    ctx.settings.set("home_currency", "USD")
    ctx.settings.set("time_zone", "UTC")
    d = WelcomeDialog(ctx)
    qtbot.addWidget(d)
    return d


def test_opening_it_once_is_remembered_even_when_skipped(dialog, ctx) -> None:
    assert ctx.settings.get("welcome_shown") is True
    dialog.skip_button.click()
    assert dialog.result() == 0
    assert ctx.settings.get("home_currency") == "USD"
    assert budget.budgets(ctx.db) == []


def test_start_saves_currency_zone_platforms_and_a_first_budget(dialog, ctx) -> None:
    dialog.currency.setCurrentText("EUR")
    dialog.zone.setCurrentText("Europe/Paris")
    dialog.platforms["tiktok"].setChecked(True)
    dialog.platforms["twitch"].setChecked(True)
    dialog.budget.setText("40")
    dialog.save_button.click()
    assert dialog.result() == 1
    assert ctx.settings.get("home_currency") == "EUR"
    assert ctx.settings.get("time_zone") == "Europe/Paris"
    assert ctx.settings.get("platforms_used") == "tiktok,twitch"
    (made,) = budget.budgets(ctx.db)
    assert (made.scope, made.period, made.limit_minor, made.currency) == (
        "overall",
        "monthly",
        4000,
        "EUR",
    )


def test_a_bad_currency_is_explained_next_to_the_field(dialog, ctx) -> None:
    dialog.currency.setCurrentText("EURO")
    dialog.save_button.click()
    assert dialog.result() == 0
    assert not dialog.currency_error.isHidden()
    assert "ISO 4217" in dialog.currency_error.text()
    assert ctx.settings.get("home_currency") == "USD"


def test_a_bad_budget_is_explained_and_nothing_is_half_done(dialog, ctx) -> None:
    dialog.budget.setText("forty")
    dialog.save_button.click()
    assert dialog.result() == 0
    assert not dialog.budget_error.isHidden()
    assert budget.budgets(ctx.db) == []


def test_changing_currency_with_a_budget_asks_for_the_rate(dialog, ctx, monkeypatch) -> None:
    budget.set_budget(ctx.db, "overall", "weekly", "10", "USD", now=ctx.clock())
    asked: list[tuple[str, str]] = []

    def give_rate(self, question):
        asked.append((question.source, question.target))
        return Decimal("1.10")

    monkeypatch.setattr(budget_flow.DialogAsker, "rate", give_rate)
    dialog.currency.setCurrentText("EUR")
    dialog.save_button.click()
    assert asked == [("EUR", "USD")]  # the money rules asked, the dialog only passed it on
    assert ctx.settings.get("home_currency") == "EUR"
    assert rates.RateBook.load(ctx.db, ctx.clock()).rate("EUR", "USD").rate == Decimal("1.10")


def test_declining_the_rate_keeps_the_currency_and_the_dialog(dialog, ctx, monkeypatch) -> None:
    budget.set_budget(ctx.db, "overall", "weekly", "10", "USD", now=ctx.clock())
    monkeypatch.setattr(budget_flow.DialogAsker, "rate", lambda self, q: None)
    dialog.currency.setCurrentText("EUR")
    dialog.save_button.click()
    assert dialog.result() == 0
    assert ctx.settings.get("home_currency") == "USD"


def test_the_lock_is_explained_with_the_keychain_state(dialog) -> None:
    assert "keychain" in dialog.lock_text.text()
    assert "passcode" in dialog.lock_text.text()


def test_help_reopens_it(qtbot, ctx, monkeypatch) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: opened.append(True) or 0)
    window = MainWindow(ctx, page_specs(tray_available=False))
    qtbot.addWidget(window)
    window.welcome_action.trigger()
    assert opened == [True]


def test_a_pasted_profile_link_adds_a_favourite_creator(dialog, ctx) -> None:
    from companion.core.calendar import creators

    dialog.creator_url.setText("https://www.tiktok.com/@chefleo")
    dialog.add_creator_button.click()
    (made,) = creators.creators(ctx.db)
    assert (made.name, made.platform, made.handle, made.favourite) == (
        "chefleo",
        "tiktok",
        "chefleo",
        True,
    )
    assert dialog.added.text() == "Added: chefleo (tiktok)"
    assert dialog.creator_url.text() == ""


def test_a_look_alike_profile_link_is_refused_next_to_the_field(dialog, ctx) -> None:
    from companion.core.calendar import creators

    dialog.creator_url.setText("https://tiktok.com.evil.io/@chefleo")
    dialog.add_creator_button.click()
    assert creators.creators(ctx.db) == []
    assert not dialog.creator_error.isHidden()
    assert "evil.io" in dialog.creator_error.text()
