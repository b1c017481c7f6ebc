"""One entry point for importing and exporting files, chosen by extension (CLI and window alike)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.errors import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.budget import actions

MAX_IMPORT_BYTES = 50 * 1024 * 1024
IMPORT_FILTER = (
    "Calendar (*.ics);;Catalog (*.json);;Ledger or exchange rates (*.csv);;"
    "Backup (*.sqlite *.sqlite3 *.db)"
)
EXPORT_FILTER = "Calendar (*.ics);;Ledger (*.csv);;Catalog (*.json);;Full backup (*.sqlite)"


def target_kind(target: str) -> tuple[str, str]:
    """("link", url) for a web address, else ("file", path): what ``companion TARGET`` and the
    desktop's "Open with" hand over (file:// URLs are files)."""
    from urllib.parse import unquote, urlsplit

    text = target.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() == "file":
        return "file", unquote(parts.path)
    if parts.scheme.lower() in ("http", "https") or text.lower().startswith("www."):
        return "link", text
    return "file", text


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise InputError(f"{path}: {size:,} bytes is too large to import")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror or exc})") from None


def read_text(path: Path) -> str:
    try:
        return read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a UTF-8 text file") from None


BACKUP_SUFFIXES = (".sqlite", ".sqlite3", ".db")


def import_file(
    db: Database,
    path: Path,
    answers: actions.Answers | None = None,
    *,
    now: datetime,
    data_dir: Path | None = None,
) -> actions.Done[str]:
    """Import ``path``; the result is a one-line summary. Nothing is saved if the file is
    invalid. Ledger files and backups go through the money rules (:mod:`actions`), so they may
    raise a question for the fan instead; call again with the answers."""
    from companion.core.budget import actions

    return _import(db, path, answers or actions.NO_ANSWERS, now=now, data_dir=data_dir)


def _import(
    db: Database, path: Path, answers: actions.Answers, *, now: datetime, data_dir: Path | None
) -> actions.Done[str]:
    from companion.core.budget import actions

    suffix = path.suffix.lower()
    if suffix in BACKUP_SUFFIXES:
        from companion.core.store.backup import inspect_backup

        if data_dir is None:
            raise InputError("restoring a backup needs the data folder")
        info = inspect_backup(path)
        safety = actions.restore_backup(db, data_dir, path, answers, now=now).result
        return actions.Done(
            f"Restored {info.entries:,} ledger entries and {info.events:,} events from "
            f"{path.name}. Your previous data was kept in {safety}."
        )
    if suffix == ".ics":
        from companion.core.calendar.ics import import_ics
        from companion.core.store.settings import Settings, prefs

        try:
            report = import_ics(
                db,
                read_bytes(path),
                source=f"file:{path.name}",
                now=now,
                home_zone=prefs(db).zone,
                default_lead=Settings(db).get("reminder_lead_minutes"),
            )
        except InputError as exc:
            raise InputError(f"{path}: {exc}") from None
        if report.skipped and not report.added and not report.updated:
            # Every event was refused: nothing changed, and a script must see that.
            raise InputError(f"{path}: nothing imported. {report.summary()}")
        return actions.Done(report.summary())
    if suffix == ".json":
        from companion.core.bundles.catalog_import import import_catalog

        report = import_catalog(db, read_bytes(path), now=now)
        return actions.Done(
            f"Imported {report.bundles_added} bundle(s) and {report.gifts_added} gift(s); "
            f"{report.already_present} already present."
        )
    if suffix == ".csv":
        text = read_text(path)
        header = text.split("\n", 1)[0].lower()
        if "quote" in header and "rate" in header:
            from companion.core.money.rates import import_rates_csv

            count = import_rates_csv(db, text, today=now.date())
            return actions.Done(f"Imported {count} exchange rate(s).")
        from companion.core.budget.ledger_csv import parse_csv
        from companion.core.store.settings import prefs

        p = prefs(db)
        entries = parse_csv(db, text, now=now, zone=p.zone, home=p.home)
        done = actions.import_ledger(db, entries, answers, now=now)
        n = done.result
        return actions.Done(f"Imported {n} ledger entr{'y' if n == 1 else 'ies'}.", done.alerts)
    raise InputError(f"{path}: unknown file type '{suffix or 'none'}' (use .ics, .json or .csv)")


def export_file(db: Database, path: Path, *, now: datetime) -> str:
    suffix = path.suffix.lower()
    from companion.core.export import write_atomically

    if suffix in BACKUP_SUFFIXES:
        from companion.core.store.backup import export_backup

        export_backup(db, path)
        return f"Backed up all your data to {path}."
    if suffix == ".ics":
        from companion.core.calendar.ics_export import export_ics

        write_atomically(path, export_ics(db, now=now))
        return f"Exported the calendar to {path}."
    if suffix == ".json":
        from companion.core.export import catalog_json

        write_atomically(path, catalog_json(db, now.date()).encode("utf-8"))
        return f"Exported the catalog to {path}."
    if suffix == ".csv":
        from companion.core.budget.ledger_csv import export_csv
        from companion.core.store.settings import prefs

        write_atomically(path, export_csv(db, prefs(db).zone).encode("utf-8"))
        return f"Exported the ledger to {path}."
    raise InputError(f"{path}: unknown file type '{suffix or 'none'}' (use .ics, .csv or .json)")
