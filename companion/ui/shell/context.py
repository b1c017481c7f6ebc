"""What every page is built from: injected, so tests construct pages directly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
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


@dataclass
class AppContext:
    db: Database
    data_dir: Path
    notifier: Notifier
    clock: Callable[[], datetime] = utc_now
    demo: bool = False
    scheduler: ReminderScheduler | None = None  # once the app runs one
    # Bring the window up on a page (a notification's "Open budget"); the app sets the real one.
    open_page: Callable[[str], object] = lambda _key: None
    settings: Settings = field(init=False)
    # The Budget page's undo steps (companion.ui.budget.undo.UndoStep), newest last: shared so
    # an import from File ▸ Import can be undone from the page.
    budget_undo: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.settings = Settings(self.db)
