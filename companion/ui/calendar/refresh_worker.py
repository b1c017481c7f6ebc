"""Refreshing subscriptions off the GUI thread: a slow or hostile server must never freeze the
window. The worker has its own database connection, like the import worker."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Signal

from companion.core.calendar.subscriptions import Fetcher, fetch_url
from companion.core.errors import CompanionError, describe_environment_error


class RefreshWorker(QObject):
    progress = Signal(int)  # how many subscriptions are done
    finished = Signal(str)  # one message per subscription, blank-line separated

    def __init__(
        self,
        data_dir: Path,
        ids: list[int],
        now: datetime,
        zone: ZoneInfo,
        fetch: Fetcher = fetch_url,
    ) -> None:
        super().__init__()
        self.data_dir, self.ids, self.now, self.zone, self.fetch = data_dir, ids, now, zone, fetch
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        from companion.core.calendar.subscriptions import refresh
        from companion.core.data import open_store

        messages: list[str] = []
        try:
            # SQLite connections stay on the thread that opened them: one of its own.
            db = open_store(self.data_dir, now=self.now)
            try:
                for done, sub_id in enumerate(self.ids, start=1):
                    if self._cancel:
                        break
                    messages.append(
                        refresh(db, sub_id, now=self.now, home_zone=self.zone, fetch=self.fetch)
                    )
                    self.progress.emit(done)
            finally:
                db.close()
        except CompanionError as exc:
            messages.append(str(exc))
        except Exception as exc:  # an environment failure must not kill the thread silently
            messages.append(describe_environment_error(exc) or f"{type(exc).__name__}: {exc}")
        app = QCoreApplication.instance()
        assert app is not None  # workers only run inside the GUI
        self.moveToThread(app.thread())
        self.finished.emit("\n\n".join(messages))
