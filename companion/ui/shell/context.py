"""What every page is built from: injected, so tests construct pages directly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.core.store.settings import Settings

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.ui.calendar.reminder_scheduler import ReminderScheduler
    from companion.ui.shell.notify import Notifier


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class AppContext:
    """The database, data folder, notifier and clock a page is built from, and what the app adds
    once it runs (the reminder scheduler, the page opener, the Budget page's undo steps).

    A plain class: importing dataclasses cost the first page 12 M instructions.
    """

    def __init__(
        self,
        db: Database,
        data_dir: Path,
        notifier: Notifier,
        clock: Callable[[], datetime] = utc_now,
        demo: bool = False,
        scheduler: ReminderScheduler | None = None,
    ) -> None:
        self.db, self.data_dir, self.notifier, self.clock = db, data_dir, notifier, clock
        self.demo = demo
        self.scheduler = scheduler  # once the app runs one
        self.settings = Settings(db)
        # Bring the window up on a page (a notification's "Open budget"); the app sets it.
        self.open_page: Callable[[str], object] = lambda _key: None
        # The Budget page's undo steps (companion.ui.budget.undo.UndoStep), newest last: shared
        # so an import from File ▸ Import can be undone from the page.
        self.budget_undo: list[Any] = []
