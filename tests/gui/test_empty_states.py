"""Lists that can be empty say what goes there and offer the action that fills it."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel
from PySide6.QtWidgets import QPushButton

from companion.core.budget import ledger
from companion.core.calendar import schedule
from companion.ui.budget.budget_page import BudgetPage
from companion.ui.calendar.calendar_page import CalendarPage

UTC = ZoneInfo("UTC")


@pytest.fixture
def utc_ctx(ctx):
    ctx.settings.set("time_zone", "UTC")
    return ctx


def _buttons(widget) -> dict[str, QPushButton]:
    return {b.text(): b for b in widget.findChildren(QPushButton)}


def _buy(ctx, platform: str = "tiktok") -> None:
    entry = ledger.make_purchase(
        ctx.db,
        platform=platform,
        units=100,
        amount="1.00",
        currency="USD",
        when=ctx.clock() - timedelta(hours=1),
        now=ctx.clock(),
        zone=UTC,
        home="USD",
    )
    ledger.add(ctx.db, entry)


def test_an_empty_ledger_offers_to_log(qtbot, utc_ctx, monkeypatch) -> None:
    logged: list[str] = []
    monkeypatch.setattr(BudgetPage, "log", lambda self, kind, prefill=None: logged.append(kind))
    page = BudgetPage(utc_ctx)
    qtbot.addWidget(page)
    assert page.ledger_stack.currentWidget() is page.ledger_empty
    _buttons(page.ledger_empty)["Log a purchase…"].click()
    _buttons(page.ledger_empty)["Log a gift…"].click()
    assert logged == ["purchase", "gift"]


def test_a_filter_that_matches_nothing_offers_to_show_everything(qtbot, utc_ctx) -> None:
    _buy(utc_ctx)
    page = BudgetPage(utc_ctx)
    qtbot.addWidget(page)
    assert page.ledger_stack.currentWidget() is page.table
    assert page.filters.count_label.text() == "1 entry"
    page.filters.platform.setCurrentIndex(page.filters.platform.findData("twitch"))
    assert page.ledger_stack.currentWidget() is page.ledger_no_match
    _buttons(page.ledger_no_match)["Show everything"].click()
    assert page.ledger_stack.currentWidget() is page.table
    assert page.filters.platform.currentData() is None


def test_edit_and_delete_wait_for_a_selection(qtbot, utc_ctx) -> None:
    _buy(utc_ctx)
    page = BudgetPage(utc_ctx)
    qtbot.addWidget(page)
    assert not page.edit_entry.isEnabled() and not page.delete_entry.isEnabled()
    page.table.selectionModel().select(
        page.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert page.edit_entry.isEnabled() and page.delete_entry.isEnabled()


def test_empty_reports_offer_to_log_then_fill(qtbot, utc_ctx) -> None:
    from companion.ui.budget.reports_view import ReportsView

    view = ReportsView(utc_ctx)
    qtbot.addWidget(view)
    assert view.stack.currentWidget() is view.empty
    with qtbot.waitSignal(view.log_requested):
        _buttons(view.empty)["Log a purchase…"].click()
    _buy(utc_ctx)
    view.reload()
    assert view.stack.currentWidget() is not view.empty


def test_an_empty_agenda_says_so_for_the_coming_days_and_for_a_chosen_day(qtbot, utc_ctx):
    page = CalendarPage(utc_ctx)
    qtbot.addWidget(page)
    assert page.agenda_stack.currentWidget() is page.agenda_empty
    assert page.agenda_empty.title.text() == "No lives coming up"
    assert set(_buttons(page.agenda_empty)) == {"Add a live…", "Add a creator…"}
    page.month.setSelectedDate(QDate(2026, 12, 3))
    assert page.agenda_empty.title.text() == "Nothing on this day"


def test_the_agenda_shows_lives_once_there_are_some(qtbot, utc_ctx) -> None:
    row = schedule.build_event_row(
        utc_ctx.db,
        title="Karaoke",
        start="2026-11-26T20:00",
        zone="UTC",
        duration_min=60,
        home_zone=UTC,
        now=utc_ctx.clock(),
    )
    schedule.save_event(utc_ctx.db, row, now=utc_ctx.clock())
    page = CalendarPage(utc_ctx)
    qtbot.addWidget(page)
    assert page.agenda_stack.currentWidget() is page.agenda


def test_no_reminders_says_what_comes_and_offers_a_live(qtbot, utc_ctx) -> None:
    page = CalendarPage(utc_ctx)
    qtbot.addWidget(page)
    assert page.reminders_empty.isVisibleTo(page)
    assert not page.reminder_list.isVisibleTo(page)
    assert "Add a live…" in _buttons(page.reminders_empty)
