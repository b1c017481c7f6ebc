"""Reading and importing a large statement off the GUI thread: its own database connection, a
progress dialog with Cancel, and the outcome (or the error) handed back to the caller as if the
work had run in place — so the money rules' questions still reach the window's dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.budget.ledger import Progress

T = TypeVar("T")
Job = Callable[["Database", "Progress"], T]


class DbWorker(QObject, Generic[T]):
    """Runs ``job(db, progress)`` on a connection of its own (SQLite connections stay on the
    thread that opened them); the result or the exception waits in ``outcome``."""

    total = Signal(int)
    progress = Signal(int)
    finished = Signal()

    def __init__(self, data_dir: Path, job: Job[T], now: datetime) -> None:
        super().__init__()
        self.data_dir, self.job, self.now = data_dir, job, now
        self.outcome: tuple[bool, Any] = (False, None)
        self._cancel = False
        self._total = -1

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        from companion.core.data import open_store

        try:
            db = open_store(self.data_dir, now=self.now)
            try:
                self.outcome = (True, self.job(db, self._on_progress))
            finally:
                db.close()
        except Exception as exc:  # handed back and raised on the GUI thread, never lost
            self.outcome = (False, exc)
        app = QCoreApplication.instance()
        assert app is not None  # workers only run inside the GUI
        self.moveToThread(app.thread())
        self.finished.emit()

    def _on_progress(self, done: int, total: int) -> bool:
        if total != self._total:
            self._total = total
            self.total.emit(total)
        self.progress.emit(done)
        return not self._cancel


def run_with_progress(
    parent: QWidget, data_dir: Path, label: str, job: Job[T], *, now: datetime
) -> T:
    """``job``'s result, computed on a worker thread behind a progress dialog; its exception
    (ledger.Cancelled when the fan pressed Cancel) is raised here."""
    dialog = QProgressDialog(
        label, QCoreApplication.translate("StatementImport", "Cancel"), 0, 0, parent
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    # Two phases (reading, then saving) each run to their end: the dialog must not close or
    # reset itself when the first one does.
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    worker: DbWorker[T] = DbWorker(data_dir, job, now)
    worker.total.connect(dialog.setMaximum)
    worker.progress.connect(dialog.setValue)
    dialog.canceled.connect(worker.cancel)
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    thread.start()
    if thread.isRunning():
        loop.exec()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    ok, value = worker.outcome
    if not ok:
        raise value
    return value
