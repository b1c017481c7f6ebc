"""``companion import`` and File ▸ Import for statements and platform histories: which reader
a file needs (by extension, then by content), its preview, and the import itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.core.budget.statements.lines import Row, StatementLine
from companion.core.money.money import to_major

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.budget import actions
    from companion.core.budget.ledger import Progress

Reader = Callable[[bytes, str, str], list[StatementLine]]
SUFFIXES = (".ofx", ".qfx", ".qif", ".zip")


def reader_for(path: Path, data: bytes, db: Database | None = None) -> Reader | None:
    """The reader of a statement or platform history, or None when the file is neither; with
    ``db``, a bank CSV whose header has a remembered mapping too."""
    from companion.core.budget.statements import csvmap, google, ofx, platforms, qif

    suffix, name = path.suffix.lower(), path.name.lower()
    if suffix in (".ofx", ".qfx") or (suffix not in (".qif",) and ofx.looks_like_ofx(data)):
        return lambda d, n, cur: ofx.read_ofx(d, n, default_currency=cur)
    if suffix == ".qif" or qif.looks_like_qif(data):
        return lambda d, n, cur: qif.read_qif(d, n, currency=cur)
    if suffix == ".zip":
        return lambda d, n, cur: platforms.read_twitch_zip(d, n, default_currency=cur)
    if suffix == ".json" and platforms.looks_like_tiktok(data):
        return lambda d, n, cur: platforms.read_tiktok(d, n, default_currency=cur)
    if suffix == ".json" and google.looks_like_google_play(data):
        return lambda d, n, cur: google.read_google_play(d, n, default_currency=cur)
    if suffix == ".csv":
        kind = platforms.twitch_kind(name)
        if kind is not None:
            return lambda d, n, cur: platforms.read_twitch_csv(d, n, kind, default_currency=cur)
        if google.looks_like_google_pay(data):
            return lambda d, n, cur: google.read_google_pay(d, n, default_currency=cur)
        mapping = csvmap.find_mapping(db, data) if db is not None else None
        if mapping is not None:
            return lambda d, n, cur: csvmap.read_mapped(d, n, mapping, default_currency=cur)
    return None


def _read(db: Database, path: Path, data: bytes, reader: Reader) -> list[StatementLine]:
    from companion.core.store.settings import prefs

    return reader(data, path.name, prefs(db).home)


def preview_file(
    db: Database,
    path: Path,
    data: bytes,
    reader: Reader,
    *,
    now: datetime,
    data_dir: Path | None,
    picks: dict[int, str] | None = None,
    progress: Progress | None = None,
) -> list[Row]:
    """Every line of the file, judged; ``picks`` gives unmatched lines (by index) a platform."""
    from companion.core.budget.statements.preview import preview
    from companion.core.budget.statements.rules import load_rules
    from companion.core.store.settings import prefs

    lines = _read(db, path, data, reader)
    rules = load_rules(data_dir)
    return preview(db, lines, rules, now=now, zone=prefs(db).zone, picks=picks, progress=progress)


def import_statement(
    db: Database,
    path: Path,
    data: bytes,
    reader: Reader,
    answers: actions.Answers,
    *,
    now: datetime,
    data_dir: Path | None,
    picks: dict[int, str] | None = None,
    progress: Progress | None = None,
) -> actions.Done[str]:
    """Preview and import in one go (the window and the command line); ``progress`` hears how
    far it got and can stop it, and then nothing is saved: the import is one transaction."""
    from companion.core.budget import actions
    from companion.core.budget.statements.preview import import_rows, summary
    from companion.core.store.settings import prefs

    rows = preview_file(
        db, path, data, reader, now=now, data_dir=data_dir, picks=picks, progress=progress
    )
    p = prefs(db)
    done = import_rows(
        db, rows, answers, name=path.name, now=now, zone=p.zone, home=p.home, progress=progress
    )
    return actions.Done(summary(rows, done.result, path.name), done.alerts, done.notes)


def row_json(row: Row) -> dict[str, Any]:
    """One line read, as ``companion import --dry-run --json`` prints it."""
    line = row.line
    amount = (
        str(to_major(line.amount_minor, line.currency))
        if line.amount_minor is not None and line.currency
        else None
    )
    out: dict[str, Any] = {
        "date": line.day.isoformat(),
        "amount": amount,
        "currency": line.currency,
        "payee": line.payee,
        "platform": row.platform,
        "status": row.status,
    }
    if row.reason:
        out["reason"] = row.reason
    if line.kind == "gift":
        out["kind"], out["units"], out["creator"] = "gift", line.units, line.creator
    if line.source_id:
        out["source_id"] = line.source_id
    out["where"] = line.where
    return out


_BATCH = "source_id IS NOT NULL AND (note = ? OR substr(note, 1, ?) IN (? || ';', ? || ':'))"


def _batch_args(name: str) -> list[object]:
    from companion.core.budget.statements.preview import IMPORT_NOTE

    note = IMPORT_NOTE.format(name=name)
    return [note, len(note) + 1, note, note]


def undo_latest(
    db: Database, name: str, answers: actions.Answers, *, now: datetime
) -> actions.Done[str]:
    """Undo the latest import of a file called ``name`` (``companion import --undo FILE``)."""
    from companion.core.budget import actions
    from companion.core.errors import InputError

    row = db.execute(
        f"SELECT MAX(created_at) FROM ledger WHERE {_BATCH}", _batch_args(name)
    ).fetchone()
    if not row or row[0] is None:
        raise InputError(f"{name}: no import of this file is in the ledger to undo")
    done = undo_import(db, name, datetime.fromisoformat(row[0]), answers, now=now)
    n = done.result
    text = f"Undid the import of {name} from {row[0]}: {n} entr{'y' if n == 1 else 'ies'} removed."
    return actions.Done(text, done.alerts, done.notes)


def imported_batch(db: Database, name: str, at: datetime) -> list[int]:
    """The entries one import of ``name`` at ``at`` added: every imported entry carries a
    source id, the import's instant and a note naming the file."""
    from companion.core.budget.ledger import utc_text

    return [
        int(r[0])
        for r in db.execute(
            f"SELECT id FROM ledger WHERE created_at = ? AND {_BATCH} ORDER BY id",
            [utc_text(at), *_batch_args(name)],
        )
    ]


def undo_import(
    db: Database, name: str, at: datetime, answers: actions.Answers, *, now: datetime
) -> actions.Done[int]:
    """One undo step for one import ("Undo import of statement.ofx, 42 entries"): its entries
    go, under the same rules as deleting them (the lock guards spending taken out)."""
    from companion.core.budget import actions

    ids = imported_batch(db, name, at)
    done = actions.delete_entries(db, ids, answers, now=now)
    return actions.Done(len(done.result), done.alerts, done.notes)


def undo_label(name: str, count: int) -> str:
    return f"Undo import of {name}, {count} entr{'y' if count == 1 else 'ies'}"
