"""The fan's data file kept safe around the window: its integrity check on a thread while
the first page shows, the daily backup on a thread, and the recovery of a damaged file."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from companion import APP_NAME


class IntegrityCheck(QObject):
    """SQLite's quick_check of the live file on a thread and a read-only connection of its
    own; ``done`` brings the answer (None, or what is damaged) back to the window's thread."""

    done = Signal(object)

    def __init__(self, path: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.path = path

    def start(self) -> None:
        import threading

        from companion.core.store.backup import check_in_place

        def work() -> None:
            try:
                problem = check_in_place(self.path)
            except OSError as exc:
                problem = str(exc)
            self.done.emit(problem)  # queued: the receiver lives on the window's thread

        threading.Thread(target=work, name="integrity-check", daemon=True).start()


def backup_in_background(data_dir: Path, *, keep: int, now: datetime):  # noqa: ANN201
    """The daily copy, on a thread and a connection of its own: copying a large data file
    on the window's thread froze it for half a second. SQLite's backup API reads one
    consistent snapshot while the window goes on writing. Returns the started thread."""
    import threading

    def work() -> None:
        import logging
        import sqlite3

        from companion.core.store.backup import daily_backup
        from companion.core.store.lazydb import LazyDatabase
        from companion.core.store.paths import database_path

        try:
            conn = sqlite3.connect(database_path(data_dir), timeout=30)
            try:
                # The stand-in, not sqlite-utils: the copy needs only the connection.
                daily_backup(LazyDatabase(conn), data_dir, keep=keep, now=now)
            finally:
                conn.close()
        except (OSError, sqlite3.Error) as exc:  # a full disk must not stop the app: log it
            logging.getLogger("companion.ui").warning("daily backup failed: %s", exc)

    thread = threading.Thread(target=work, name="daily-backup", daemon=True)
    thread.start()
    return thread


def recover_damaged(parent, data_dir: Path, problem: str, *, now: datetime):  # noqa: ANN001, ANN201
    """Move the damaged file aside (never deleted), then offer the newest good backup."""
    from companion.core.data import open_store
    from companion.core.store import backup

    pending = backup.pending_recovery(data_dir)
    if pending is None:
        moved = backup.move_aside(data_dir, now)
        backup.mark_recovery_pending(data_dir, moved, problem)
    else:
        moved = pending[0]
    newest = backup.newest_good_backup(data_dir)
    from PySide6.QtWidgets import QMessageBox  # here: its enums are built on import

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "", parent=parent)
    box.setText(f"Your Fan Companion data could not be read: {problem}.")
    text = f"The damaged file was moved aside, not deleted:\n{moved}"
    if newest is not None:
        taken = datetime.fromtimestamp(newest.stat().st_mtime, timezone.utc)
        text += f"\n\nRestore the newest backup, from {taken:%Y-%m-%d %H:%M} UTC?"
        restore = box.addButton("Restore backup", QMessageBox.ButtonRole.AcceptRole)
    else:
        text += "\n\nThere is no backup to restore."
        restore = None
    fresh = box.addButton("Start with empty data", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setInformativeText(text)
    box.exec()
    clicked = box.clickedButton()
    if clicked is not restore and clicked is not fresh:
        return None  # asked again at the next start: the marker stays
    db = open_store(data_dir, now=now)
    try:
        if clicked is restore and newest is not None:
            backup.restore_backup(db, data_dir, newest, now=now)
    except BaseException:
        db.close()
        raise
    backup.clear_pending_recovery(data_dir)
    return db
