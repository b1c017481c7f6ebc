"""File ▸ Import… and Export…: the same core entry point as ``companion import/export``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from companion.core.errors import InputError, describe_environment_error
from companion.core.imports import (
    BACKUP_SUFFIXES,
    EXPORT_FILTER,
    IMPORT_FILTER,
    export_file,
    import_file,
)
from companion.ui.shell.context import AppContext


def import_interactively(parent: QWidget, ctx: AppContext, path: str | None = None) -> bool:
    """Ask for a file (unless given), import it, and say what happened. True on success."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, parent.tr("Import"), "", IMPORT_FILTER)
        if not path:
            return False
    if Path(path).suffix.lower() == ".ics":
        return import_calendar(parent, ctx, Path(path))
    if Path(path).suffix.lower() in BACKUP_SUFFIXES and not confirm_restore(parent, Path(path)):
        return False
    from companion.ui.budget import budget_flow

    now, chosen = ctx.clock(), Path(path)
    try:
        done = budget_flow.run(
            parent,
            ctx,
            lambda a: import_file(ctx.db, chosen, a, now=now, data_dir=ctx.data_dir),
        )
    except InputError as exc:
        QMessageBox.warning(
            parent,
            parent.tr("Nothing was imported"),
            parent.tr("{file} was not imported:\n\n{why}\n\nNothing was changed.").format(
                file=Path(path).name, why=exc
            ),
        )
        return False
    if done is None:
        return False  # the fan declined what the import needed; nothing was changed
    QMessageBox.information(parent, parent.tr("Imported"), done.result)
    return True


_EXPORT_NAMES = {
    ".ics": "fan-companion-calendar.ics",
    ".csv": "fan-companion-ledger.csv",
    ".json": "fan-companion-catalog.json",
    ".sqlite": "fan-companion-backup-{day}.sqlite",
}


def proposed_name(name_filter: str, day: str) -> str:
    """The file name to offer for an export format ("Ledger (*.csv)" -> a .csv name)."""
    for suffix, name in _EXPORT_NAMES.items():
        if f"*{suffix}" in name_filter:
            return name.format(day=day)
    return "fan-companion-export"


def export_dialog(parent: QWidget, day: str) -> QFileDialog:
    """A save dialog whose proposed name follows the chosen format (it once offered
    catalog.json whatever was chosen)."""
    dialog = QFileDialog(parent, parent.tr("Export"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    filters = EXPORT_FILTER.split(";;")
    dialog.setNameFilters(filters)
    dialog.selectNameFilter(filters[0])
    dialog.selectFile(proposed_name(filters[0], day))
    dialog.filterSelected.connect(lambda chosen: dialog.selectFile(proposed_name(chosen, day)))
    return dialog


def export_interactively(parent: QWidget, ctx: AppContext, path: str | None = None) -> bool:
    if path is None:
        dialog = export_dialog(parent, ctx.clock().date().isoformat())
        if not dialog.exec() or not dialog.selectedFiles():
            return False
        path = dialog.selectedFiles()[0]
    try:
        summary = export_file(ctx.db, Path(path), now=ctx.clock())
    except (InputError, OSError) as exc:
        message = describe_environment_error(exc) or str(exc)
        QMessageBox.warning(parent, parent.tr("Export failed"), message)
        return False
    QMessageBox.information(parent, parent.tr("Exported"), summary)
    return True


def import_calendar(parent: QWidget, ctx: AppContext, path: Path) -> bool:
    """Import an .ics file on a worker thread behind a progress dialog with Cancel."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    from companion.ui.calendar.import_worker import ImportWorker, start

    dialog = QProgressDialog(
        parent.tr("Importing {name}…").format(name=path.name), parent.tr("Cancel"), 0, 0, parent
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    worker = ImportWorker(ctx.data_dir, path, ctx.clock())
    outcome: dict[str, str] = {}
    loop = QEventLoop()

    # Connected to the dialog's own slots, so they run on the GUI thread (queued).
    worker.total.connect(dialog.setMaximum)
    worker.progress.connect(dialog.setValue)
    worker.finished.connect(lambda text: outcome.update(ok=text))
    worker.failed.connect(lambda text: outcome.update(error=text))
    dialog.canceled.connect(worker.cancel)
    thread = start(worker)
    thread.finished.connect(loop.quit)
    if thread.isRunning():
        loop.exec()
    thread.wait()
    dialog.close()
    if "error" in outcome:
        QMessageBox.warning(
            parent,
            parent.tr("Nothing was imported"),
            parent.tr("{file} was not imported:\n\n{why}").format(
                file=path.name, why=outcome["error"]
            ),
        )
        return False
    QMessageBox.information(parent, parent.tr("Imported"), outcome.get("ok", ""))
    if ctx.scheduler is not None:
        ctx.scheduler.check_now()
    return True


def confirm_restore(parent: QWidget, path: Path) -> bool:
    """Say what a restore replaces, and what it keeps, before doing it."""
    from companion.core.store.backup import inspect_backup

    try:
        info = inspect_backup(path)
    except InputError as exc:
        QMessageBox.warning(parent, parent.tr("Not restored"), str(exc))
        return False
    answer = QMessageBox.question(
        parent,
        parent.tr("Restore from backup?"),
        parent.tr(
            "Replace all your data with the backup from {when} ({entries} ledger entries, "
            "{events} events)?\n\nYour current data is kept as a backup first."
        ).format(
            when=f"{info.taken:%Y-%m-%d %H:%M} UTC",
            entries=f"{info.entries:,}",
            events=f"{info.events:,}",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes
