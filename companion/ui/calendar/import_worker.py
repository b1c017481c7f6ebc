"""Long imports off the GUI thread: their own database connection, progress, and cancel."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from companion.core.errors import CompanionError, describe_environment_error


class ImportWorker(QObject):
    total = Signal(int)  # how many events the file holds
    progress = Signal(int)  # how many are done
    finished = Signal(str)  # the summary
    failed = Signal(str)  # a message for the fan

    def __init__(self, data_dir: Path, path: Path, now: datetime) -> None:
        super().__init__()
        self.data_dir, self.path, self.now = data_dir, path, now
        self._cancel = False
        self._announced = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        from companion.core.calendar.ics import import_ics
        from companion.core.data import open_store
        from companion.core.imports import read_bytes
        from companion.core.store.settings import Settings, prefs

        try:
            # SQLite connections stay on the thread that opened them: one of its own.
            db = open_store(self.data_dir, now=self.now)
            try:
                report = import_ics(
                    db,
                    read_bytes(self.path),
                    source=f"file:{self.path.name}",
                    now=self.now,
                    home_zone=prefs(db).zone,
                    default_lead=Settings(db).get("reminder_lead_minutes"),
                    progress=self._on_progress,
                )
            finally:
                db.close()
        except CompanionError as exc:
            outcome = (self.failed, str(exc))
        except Exception as exc:  # an environment failure must not kill the thread silently
            outcome = (
                self.failed,
                describe_environment_error(exc) or f"{type(exc).__name__}: {exc}",
            )
        else:
            outcome = (self.finished, report.summary())
        # Hand ourselves back to the GUI thread, which owns (and will delete) this object.
        app = QCoreApplication.instance()
        assert app is not None  # workers only run inside the GUI
        self.moveToThread(app.thread())
        signal, text = outcome
        signal.emit(text)

    def _on_progress(self, done: int, total: int) -> bool:
        if not self._announced:
            self._announced = True
            self.total.emit(total)
        self.progress.emit(done)
        return not self._cancel


def start(worker: ImportWorker) -> QThread:
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.start()
    return thread
