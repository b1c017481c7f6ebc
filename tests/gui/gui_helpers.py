"""Shared by the GUI tests that visit every dialog or need money spent (imported by name:
tests/gui is on the path, as for clipping.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, timedelta

from PySide6.QtWidgets import QWidget

# Every dialog a fan meets from the pages, by a name for test ids.
DIALOG_NAMES = [
    "log purchase",
    "log gift",
    "budget",
    "spending lock",
    "bundle",
    "rates",
    "gifts",
    "promotions",
    "creators",
    "creator",
    "live event",
    "welcome",
    "add link",
    "shortcuts",
]


def make_dialog(name: str, ctx, window: QWidget) -> QWidget:
    from companion.core.bundles import store
    from companion.core.links import links
    from companion.ui.budget.budget_dialogs import BudgetDialog, EntryDialog, LockSetupDialog
    from companion.ui.bundles.bundle_dialogs import BundleDialog, GiftsDialog, PromotionsDialog
    from companion.ui.bundles.rates_dialog import RatesDialog
    from companion.ui.calendar.creators_dialog import CreatorsDialog
    from companion.ui.calendar.event_dialogs import CreatorDialog, EventDialog
    from companion.ui.home.welcome import WelcomeDialog
    from companion.ui.links.link_dialog import AddLinkDialog
    from companion.ui.shell.shortcuts_dialog import ShortcutsDialog

    makers: dict[str, Callable[[], QWidget]] = {
        "log purchase": lambda: EntryDialog(ctx, "purchase"),
        "log gift": lambda: EntryDialog(ctx, "gift"),
        "budget": lambda: BudgetDialog(ctx),
        "spending lock": LockSetupDialog,
        "bundle": lambda: BundleDialog(ctx),
        "rates": lambda: RatesDialog(ctx),
        "gifts": lambda: GiftsDialog(ctx, "tiktok"),
        "promotions": lambda: PromotionsDialog(
            ctx, store.bundles(ctx.db, today=ctx.clock().date())[0], "Coins"
        ),
        "creators": lambda: CreatorsDialog(ctx),
        "creator": lambda: CreatorDialog(ctx),
        "live event": lambda: EventDialog(ctx),
        "welcome": lambda: WelcomeDialog(ctx),
        "add link": lambda: AddLinkDialog(ctx, links.shipped_list(), links.default_checker()),
        "shortcuts": lambda: ShortcutsDialog(window),
    }
    return makers[name]()


def spend(ctx, amount: str, *, platform: str = "tiktok", units: int = 100):
    """A purchase an hour before the test's "now", in USD, through the ledger."""
    from companion.core.budget import ledger

    entry = ledger.make_purchase(
        ctx.db,
        platform=platform,
        units=units,
        amount=amount,
        currency="USD",
        when=ctx.clock() - timedelta(hours=1),
        now=ctx.clock(),
        zone=UTC,
        home="USD",
    )
    return ledger.add(ctx.db, entry)
