"""Every change that a money rule guards, one function per change, for every way in.

The window, the command line, file imports and restores all call these functions; none of them
decides a rule itself. Each runs its change through :func:`guard.guarded`, the one place the
rules are decided (over budget, the spending lock, a missing rate), and either returns what it
did or raises a question from :mod:`questions` — whose names are re-exported here, so callers
write ``actions.NeedsPasscode`` and ``actions.drive``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.budget import budget, ledger, lock
from companion.core.budget.guard import alerts, guarded, keep_rates, priced
from companion.core.budget.questions import (
    NO_ANSWERS,
    Answers,
    Asker,
    Done,
    NeedsConfirmation,
    NeedsPasscode,
    NeedsRate,
    Question,
    drive,
    over_lines,
    parse_rate_answer,
)
from companion.core.store.settings import Settings, prefs

if TYPE_CHECKING:
    from sqlite_utils import Database


# -- ledger ------------------------------------------------------------------------------------
def log_entry(
    db: Database, entry: ledger.Entry, answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[ledger.Entry]:
    """Save a new purchase or gift."""
    (entry,) = priced(db, [entry], answers, now)

    def change() -> ledger.Entry:
        keep_rates(db, answers, now)
        return ledger.add(db, entry)

    saved, touched = guarded(db, change, answers, now=now, moments=[entry.when])
    return Done(saved, alerts(db, touched, now))


def edit_entry(
    db: Database,
    entry_id: int,
    entry: ledger.Entry,
    answers: Answers = NO_ANSWERS,
    *,
    now: datetime,
) -> Done[ledger.Entry]:
    """Replace entry ``entry_id`` with ``entry`` (an amount up is spending, down is loosening)."""
    old = ledger.get(db, entry_id)
    (entry,) = priced(db, [entry], answers, now)

    def change() -> ledger.Entry:
        keep_rates(db, answers, now)
        return ledger.replace(db, entry_id, entry)

    saved, touched = guarded(
        db,
        change,
        answers,
        now=now,
        moments=[old.when, entry.when],
    )
    return Done(saved, alerts(db, touched, now))


def delete_entries(
    db: Database, entry_ids: Sequence[int], answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[list[ledger.Entry]]:
    """Delete entries and return them, so the caller can offer undo with :func:`undo_delete`."""
    gone = [ledger.get(db, i) for i in entry_ids]
    removed, touched = guarded(
        db,
        lambda: [ledger.delete(db, i) for i in entry_ids],
        answers,
        now=now,
        moments=[e.when for e in gone],
    )
    return Done(removed, alerts(db, touched, now))


def undo_delete(
    db: Database, entries: Sequence[ledger.Entry], answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[list[ledger.Entry]]:
    """Put deleted entries back (spending again, so the over-budget rules apply)."""
    back, touched = guarded(
        db,
        lambda: [ledger.restore(db, e) for e in entries],
        answers,
        now=now,
        moments=[e.when for e in entries],
    )
    return Done(back, alerts(db, touched, now))


def import_ledger(
    db: Database,
    entries: Sequence[ledger.Entry],
    answers: Answers = NO_ANSWERS,
    *,
    now: datetime,
    progress: ledger.Progress | None = None,
) -> Done[int]:
    """Add many entries at once, all or nothing, under the same rules as one; ``progress`` can
    stop it part-way (:class:`ledger.Cancelled`), and then nothing is kept."""
    ready = priced(db, entries, answers, now)

    def change() -> int:
        keep_rates(db, answers, now)
        return ledger.add_many(db, ready, progress)

    count, touched = guarded(db, change, answers, now=now, moments=[e.when for e in ready])
    return Done(count, alerts(db, touched, now))


# -- budgets -----------------------------------------------------------------------------------
def set_budget(
    db: Database,
    scope: str,
    period: str,
    limit: object,
    answers: Answers = NO_ANSWERS,
    *,
    thresholds: object = None,
    now: datetime,
) -> Done[budget.Budget]:
    """Create or change a budget in the home currency (raising or loosening it is guarded)."""
    home = prefs(db).home
    existing = budget.find(db, scope, period)
    currency = existing.currency if existing else home
    made, touched = guarded(
        db,
        lambda: budget.set_budget(
            db, scope, period, limit, currency, thresholds=thresholds, now=now
        ),
        answers,
        now=now,
    )
    return Done(made, alerts(db, touched | {made.id}, now))


def pause_budget(
    db: Database, budget_id: int, paused: bool, answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[budget.Budget]:
    _, touched = guarded(db, lambda: budget.set_paused(db, budget_id, paused), answers, now=now)
    return Done(budget.get(db, budget_id), alerts(db, touched, now))


def remove_budget(
    db: Database, budget_id: int, answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[budget.Budget]:
    gone = budget.get(db, budget_id)
    guarded(db, lambda: budget.remove_budget(db, budget_id), answers, now=now)
    return Done(gone)


# -- settings that move money --------------------------------------------------------------------
def set_home_currency(
    db: Database, code: str, answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[str]:
    """Change the currency purchases are priced in. Budgets keep theirs; new purchases are
    counted against them through a kept rate, so one is asked for when missing."""
    from companion.core.money import rates
    from companion.core.money.money import check_currency

    new = check_currency(code)
    old = prefs(db).home
    if new == old:
        return Done(new)
    book = rates.RateBook.load(db, now)
    for cur in sorted({b.currency for b in budget.budgets(db)} - {new}):
        if book.rate(new, cur) is None and (new, cur) not in answers.rates:
            raise NeedsRate(new, cur)
    reason = "changing the home currency" if budget.budgets(db) else None

    def change() -> None:
        keep_rates(db, answers, now)
        Settings(db).set("home_currency", new)

    guarded(db, change, answers, now=now, reason=reason)
    return Done(new)


def change_setting(
    db: Database, key: str, value: object, answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[object]:
    """Change any setting; the home currency goes through its own rules."""
    if key == "home_currency":
        done = set_home_currency(db, str(value), answers, now=now)
        return Done(done.result, done.alerts, done.notes)
    return Done(Settings(db).set(key, value))


# -- the lock ----------------------------------------------------------------------------------
def lock_off(db: Database, answers: Answers = NO_ANSWERS, *, now: datetime) -> Done[None]:
    st = lock.state(db)
    if not st.enabled:
        return Done(None)
    if st.keychain_ok and not st.problem and answers.passcode is None:
        raise NeedsPasscode("The spending lock is on: turning it off needs the passcode.")
    lock.disable(db, answers.passcode, now=now)
    return Done(None)


def change_passcode(
    db: Database, new_passcode: str, answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[None]:
    if answers.passcode is None:
        raise NeedsPasscode("Type the current passcode to set a new one.")
    lock.change_passcode(db, answers.passcode, new_passcode, now=now)
    return Done(None)


# -- restore -----------------------------------------------------------------------------------
def restore_backup(
    db: Database, data_dir: Path, source: Path, answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[Path]:
    """Replace everything with a backup. With the lock on, a backup that would drop the lock
    or a budget, or raise a limit, needs the passcode first."""
    from companion.core.store import backup

    backup.inspect_backup(source)
    why = _restore_loosens(db, source)
    if why and lock.is_on(db):
        if answers.passcode is None:
            raise NeedsPasscode(f"The spending lock is on: this backup {why}; type the passcode.")
        lock.verify(db, answers.passcode, now=now)
    return Done(backup.restore_backup(db, data_dir, source, now=now))


def _restore_loosens(db: Database, source: Path) -> str | None:
    import sqlite3

    from companion.core.store.backup import STATEMENT_SECONDS, deadline

    conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    deadline(conn, STATEMENT_SECONDS)
    try:
        try:
            locked = conn.execute("SELECT value FROM meta WHERE key = 'lock_enabled'").fetchone()
            rows = conn.execute("SELECT scope, period, limit_minor, paused FROM budgets").fetchall()
        except sqlite3.Error:
            return "holds no budgets"
    finally:
        conn.close()
    if not (locked and locked[0] == "1"):
        return "was made without the spending lock"
    theirs = {(s, p): (int(limit), bool(paused)) for s, p, limit, paused in rows}
    for b in budget.budgets(db):
        other = theirs.get((b.scope, b.period))
        if other is None:
            return f"has no {b.period} budget for {b.label}"
        if other[0] > b.limit_minor or (other[1] and not b.paused):
            return f"has a looser {b.period} budget for {b.label}"
    return None


__all__ = [
    "NO_ANSWERS",
    "Answers",
    "Asker",
    "Done",
    "NeedsConfirmation",
    "NeedsPasscode",
    "NeedsRate",
    "Question",
    "change_passcode",
    "change_setting",
    "delete_entries",
    "drive",
    "edit_entry",
    "import_ledger",
    "lock_off",
    "log_entry",
    "over_lines",
    "parse_rate_answer",
    "pause_budget",
    "remove_budget",
    "restore_backup",
    "set_budget",
    "set_home_currency",
    "undo_delete",
]
