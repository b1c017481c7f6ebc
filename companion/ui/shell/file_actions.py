"""File ▸ Import… and Export…: the same core entry point as ``companion import/export``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from companion.core.errors import InputError, describe_environment_error
from companion.core.imports import (
    BACKUP_SUFFIXES,
    EXPORT_FILTER,
    IMPORT_FILTER,
    STATEMENT_SUFFIXES,
    export_file,
    import_file,
)
from companion.core.money.money import format_number
from companion.ui.shell.context import AppContext

if TYPE_CHECKING:
    from companion.core.budget.statements.importing import Reader


def import_interactively(parent: QWidget, ctx: AppContext, path: str | None = None) -> bool:
    """Ask for a file (unless given), import it, and say what happened. True on success."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("FileActions", "Import"), "", IMPORT_FILTER
        )
        if not path:
            return False
    if Path(path).suffix.lower() == ".ics":
        return import_calendar(parent, ctx, Path(path))
    if Path(path).suffix.lower() in BACKUP_SUFFIXES and not confirm_restore(parent, Path(path)):
        return False
    statement = _statement_reader(Path(path), ctx)
    if statement is None and _unknown_csv(Path(path)):
        statement = _ask_csv_mapping(parent, ctx, Path(path))
        if statement is None:
            return False
    if statement is not None:
        from companion.ui.budget.statement_import import import_statement

        return import_statement(parent, ctx, Path(path), *statement)
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
            QCoreApplication.translate("FileActions", "Nothing was imported"),
            QCoreApplication.translate(
                "FileActions", "{file} was not imported:\n\n{why}\n\nNothing was changed."
            ).format(file=Path(path).name, why=exc),
        )
        return False
    if done is None:
        return False  # the fan declined what the import needed; nothing was changed
    QMessageBox.information(
        parent, QCoreApplication.translate("FileActions", "Imported"), done.result
    )
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
    dialog = QFileDialog(parent, QCoreApplication.translate("FileActions", "Export"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    filters = EXPORT_FILTER.split(";;")
    dialog.setNameFilters(filters)
    dialog.selectNameFilter(filters[0])
    dialog.selectFile(proposed_name(filters[0], day))
    dialog.filterSelected.connect(lambda chosen: dialog.selectFile(proposed_name(chosen, day)))
    return dialog


def _statement_reader(path: Path, ctx: AppContext) -> tuple[bytes, Reader] | None:
    """The bytes and reader of a bank statement or platform history; None for other files."""
    from companion.core.budget.statements import importing
    from companion.core.imports import read_bytes

    if path.suffix.lower() not in (*STATEMENT_SUFFIXES, ".json", ".csv"):
        return None
    try:
        data = read_bytes(path)
    except InputError:
        return None  # the general path says what is wrong with the file
    reader = importing.reader_for(path, data, ctx.db)
    return (data, reader) if reader is not None else None


def _unknown_csv(path: Path) -> bool:
    """A .csv that is neither our ledger nor rates: a bank's own export, to be mapped."""
    from companion.core.budget.ledger_csv import CSV_COLUMNS
    from companion.core.money.history import looks_like_ecb

    if path.suffix.lower() != ".csv":
        return False
    try:
        head = path.read_bytes()[:4096].decode("utf-8-sig", errors="replace")
    except OSError:
        return False
    first = head.split("\n", 1)[0].lower()
    cells = {c.strip() for c in first.split(",")}
    ours = set(CSV_COLUMNS[:5]) <= cells or {"quote", "rate"} <= cells
    return not (ours or looks_like_ecb(head))


def _ask_csv_mapping(parent: QWidget, ctx: AppContext, path: Path) -> tuple[bytes, Reader] | None:
    from companion.core.budget.statements import csvmap
    from companion.core.imports import read_bytes
    from companion.ui.budget.csv_mapping import CsvMappingDialog

    try:
        data = read_bytes(path)
    except InputError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("FileActions", "Nothing was imported"), str(exc)
        )
        return None
    dialog = CsvMappingDialog(data, path.name, parent)
    if dialog.exec() != CsvMappingDialog.DialogCode.Accepted or dialog.mapping is None:
        return None
    mapping = dialog.mapping
    csvmap.remember(ctx.db, csvmap.header_of(data, mapping), mapping, now=ctx.clock())
    return data, lambda d, n, cur: csvmap.read_mapped(d, n, mapping, default_currency=cur)


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
        QMessageBox.warning(
            parent, QCoreApplication.translate("FileActions", "Export failed"), message
        )
        return False
    QMessageBox.information(parent, QCoreApplication.translate("FileActions", "Exported"), summary)
    return True


def import_calendar(parent: QWidget, ctx: AppContext, path: Path) -> bool:
    """Import an .ics file on a worker thread behind a progress dialog with Cancel."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    from companion.ui.calendar.import_worker import ImportWorker, start

    dialog = QProgressDialog(
        QCoreApplication.translate("FileActions", "Importing {name}…").format(name=path.name),
        QCoreApplication.translate("FileActions", "Cancel"),
        0,
        0,
        parent,
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
            QCoreApplication.translate("FileActions", "Nothing was imported"),
            QCoreApplication.translate("FileActions", "{file} was not imported:\n\n{why}").format(
                file=path.name, why=outcome["error"]
            ),
        )
        return False
    QMessageBox.information(
        parent, QCoreApplication.translate("FileActions", "Imported"), outcome.get("ok", "")
    )
    if ctx.scheduler is not None:
        ctx.scheduler.check_now()
    return True


def confirm_restore(parent: QWidget, path: Path) -> bool:
    """Say what a restore replaces, and what it keeps, before doing it."""
    from companion.core.store.backup import inspect_backup

    try:
        info = inspect_backup(path)
    except InputError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("FileActions", "Not restored"), str(exc)
        )
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FileActions", "Restore from backup?"),
        QCoreApplication.translate(
            "FileActions",
            "Replace all your data with the backup from {when} ({entries} ledger entries, "
            "{events} events)?\n\nYour current data is kept as a backup first.",
        ).format(
            when=f"{info.taken:%Y-%m-%d %H:%M} UTC",
            entries=format_number(info.entries),
            events=format_number(info.events),
        ),
    )
    return answer == QMessageBox.StandardButton.Yes
