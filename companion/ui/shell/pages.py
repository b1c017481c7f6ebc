"""The sidebar's pages. Factories import their module on first use to keep start-up light."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from companion.ui.shell.main_window import PageSpec

if TYPE_CHECKING:
    from companion.ui.shell.context import AppContext


def _home(ctx: AppContext) -> QWidget:
    from companion.ui.home.home_page import HomePage

    return HomePage(ctx)


def _bundles(ctx: AppContext) -> QWidget:
    from companion.ui.bundles.bundles_page import BundlesPage

    return BundlesPage(ctx)


def _budget(ctx: AppContext) -> QWidget:
    from companion.ui.budget.budget_page import BudgetPage

    return BudgetPage(ctx)


def _calendar(ctx: AppContext) -> QWidget:
    from companion.ui.calendar.calendar_page import CalendarPage

    return CalendarPage(ctx)


def _links(ctx: AppContext) -> QWidget:
    from companion.ui.links.links_page import LinksPage

    return LinksPage(ctx)


def page_specs(*, tray_available: bool) -> list[PageSpec]:
    def settings(ctx: AppContext) -> QWidget:
        from companion.ui.shell.settings_page import SettingsPage

        return SettingsPage(ctx, tray_available=tray_available)

    return [
        PageSpec("home", QCoreApplication.translate("pages", "Home"), "home", _home),
        PageSpec("bundles", QCoreApplication.translate("pages", "Bundles"), "bundles", _bundles),
        PageSpec("budget", QCoreApplication.translate("pages", "Budget"), "budget", _budget),
        PageSpec(
            "calendar", QCoreApplication.translate("pages", "Calendar"), "calendar", _calendar
        ),
        PageSpec("links", QCoreApplication.translate("pages", "Official links"), "links", _links),
        PageSpec("settings", QCoreApplication.translate("pages", "Settings"), "settings", settings),
    ]
