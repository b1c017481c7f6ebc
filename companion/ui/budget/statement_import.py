"""File ▸ Import for bank statements and platform histories: a preview of every line first
(what is added, what is already there, what is left out and why), lines the rules did not
recognise can be given a platform, and one undo step after the import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from companion.core.budget import actions
from companion.core.budget.ledger import Cancelled
from companion.core.budget.statements import importing
from companion.core.errors import InputError
from companion.ui.budget.import_worker import run_with_progress
from companion.ui.budget.statement_preview import StatementPreview
from companion.ui.shell.context import AppContext


def import_statement(
    parent: QWidget, ctx: AppContext, path: Path, data: bytes, reader: importing.Reader
) -> bool:
    """Preview, import what the fan accepts, and offer to undo it. True when entries were added.

    Reading and saving run on a worker thread behind a progress dialog with Cancel; a cancelled
    import saves nothing (it is one transaction)."""
    from companion.core.bundles import store
    from companion.ui.budget import budget_flow, undo

    now, name = ctx.clock(), path.name
    try:
        rows = run_with_progress(
            parent,
            ctx.data_dir,
            QCoreApplication.translate("StatementImport", "Reading {name}…").format(name=name),
            lambda db, progress: importing.preview_file(
                db, path, data, reader, now=now, data_dir=ctx.data_dir, progress=progress
            ),
            now=now,
        )
    except Cancelled:
        return False
    except InputError as exc:
        _not_imported(parent, name, str(exc))
        return False
    platforms = [(p.id, p.name) for p in store.platforms(ctx.db)]
    dialog = StatementPreview(rows, name, platforms, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    picks = dict(dialog.picks)
    # Same file, same second (a second try): only what this import adds counts.
    before = set(importing.imported_batch(ctx.db, name, now))

    def save(answers: actions.Answers) -> actions.Done[str]:
        return run_with_progress(
            parent,
            ctx.data_dir,
            QCoreApplication.translate("StatementImport", "Importing {name}…").format(name=name),
            lambda db, progress: importing.import_statement(
                db, path, data, reader, answers, now=now, data_dir=ctx.data_dir, picks=picks,
                progress=progress,
            ),
            now=now,
        )  # fmt: skip

    try:
        done = budget_flow.run(parent, ctx, save)
    except Cancelled:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("StatementImport", "Import cancelled"),
            QCoreApplication.translate("StatementImport", "Nothing was imported."),
        )
        return False
    except InputError as exc:
        _not_imported(parent, name, str(exc))
        return False
    if done is None:
        return False
    added = [i for i in importing.imported_batch(ctx.db, name, now) if i not in before]
    title = QCoreApplication.translate("StatementImport", "Imported")
    box = QMessageBox(QMessageBox.Icon.Information, title, done.result,
                      QMessageBox.StandardButton.Ok, parent)  # fmt: skip
    if not added:
        box.exec()
        return False
    db = ctx.db
    step = undo.UndoStep(
        undo_label(name, len(added)),
        lambda a, at: importing.undo_import(db, name, now, a, now=at),
    )
    undo.push(ctx, step)
    button = box.addButton(step.label, QMessageBox.ButtonRole.DestructiveRole)
    box.exec()
    if box.clickedButton() is button:
        undo.undo(parent, ctx, step)
    return True


def undo_label(name: str, count: int) -> str:
    """The undo step's name, as the Budget page's Undo button and the import's summary say it."""
    return _UndoWords().undo(name, count)


def _not_imported(parent: QWidget, name: str, why: str) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("StatementImport", "Nothing was imported"),
        QCoreApplication.translate(
            "StatementImport", "{file} was not imported:\n\n{why}\n\nNothing was changed."
        ).format(file=name, why=why),
    )


class _UndoWords(QObject):
    # lupdate only extracts plural (%n) forms from self.tr() inside a class.
    def undo(self, name: str, n: int) -> str:
        if n == 1:
            return self.tr("Undo import of {name}, 1 entry").format(name=name)
        return self.tr("Undo import of {name}, %Ln entries", "", n).format(name=name)
