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
    "Bank statement (*.ofx *.qfx *.qif *.csv);;"
    "TikTok, Twitch, Google Play or Google Pay data (*.json *.csv *.zip);;"
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
STATEMENT_SUFFIXES = (".ofx", ".qfx", ".qif", ".zip")


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


def _import_calendar(db: Database, path: Path, *, now: datetime) -> str:
    from companion.core.calendar.ics import import_ics
    from companion.core.store.settings import Settings, prefs

    data = read_bytes(path)  # its errors name the file already
    try:
        report = import_ics(
            db,
            data,
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
    return report.summary()


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
    if suffix in (*STATEMENT_SUFFIXES, ".json", ".csv"):
        from companion.core.budget.statements import importing

        data = read_bytes(path)
        reader = importing.reader_for(path, data, db)
        if reader is not None:
            return importing.import_statement(
                db, path, data, reader, answers, now=now, data_dir=data_dir
            )
    if suffix == ".ics":
        return actions.Done(_import_calendar(db, path, now=now))
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
        from companion.core.money import history

        if history.looks_like_ecb(text):
            return actions.Done(history.import_ecb(db, text, today=now.date(), name=path.name))
        if "quote" in header and "rate" in header:
            from companion.core.money.rates import import_rates_csv

            count = import_rates_csv(db, text, today=now.date())
            return actions.Done(f"Imported {count} exchange rate(s).")
        from companion.core.budget.ledger_csv import parse_csv
        from companion.core.store.settings import prefs

        p = prefs(db)
        try:
            entries = parse_csv(db, text, now=now, zone=p.zone, home=p.home)
        except InputError as exc:
            if "missing column" not in str(exc):
                raise
            raise InputError(
                f"{exc}; a bank's own CSV? say which columns hold what with --map "
                "(see companion import --help)"
            ) from None
        done = actions.import_ledger(db, entries, answers, now=now)
        n = done.result
        return actions.Done(f"Imported {n} ledger entr{'y' if n == 1 else 'ies'}.", done.alerts)
    raise InputError(
        f"{path}: unknown file type '{suffix or 'none'}' "
        "(use .ics, .json, .csv, .ofx, .qfx, .qif or a Twitch data .zip)"
    )


def preview_import(
    db: Database, path: Path, *, now: datetime, data_dir: Path | None = None
) -> list[dict]:
    """Every line of a statement or platform history and what importing would do with it;
    nothing is written."""
    from companion.core.budget.statements import importing

    data = read_bytes(path)
    reader = importing.reader_for(path, data, db)
    if reader is None:
        raise InputError(
            f"{path}: --dry-run reads bank statements (.ofx, .qfx, .qif) and platform "
            "histories (TikTok .json, Twitch .csv or .zip, Google Play .json, Google Pay .csv) "
            "only"
        )
    rows = importing.preview_file(db, path, data, reader, now=now, data_dir=data_dir)
    return [importing.row_json(r) for r in rows]


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
