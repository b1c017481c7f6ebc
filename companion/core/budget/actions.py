"""Every change that a money rule guards, decided in one place for every way in.

The window, the command line, file imports and restores all call these functions; none of them
decides a rule itself. An action either does what it was asked and returns what it did, or
raises a *question* — :class:`NeedsConfirmation`, :class:`NeedsPasscode`, :class:`NeedsRate` —
and changes nothing. The caller asks the fan and calls again with the answer in
:class:`Answers`; :func:`drive` is that loop, with the asking left to an :class:`Asker`
(dialogs in the window, prompts and flags on the command line).

How the rules are decided: the change runs inside a transaction, budgets are measured before
and after it, and the change is rolled back unless every rule it touches is satisfied:

* spending that takes a budget past its limit (or further past it) asks for confirmation, and
  for the spending-lock passcode when the lock is on;
* with the lock on, anything that loosens a budget needs the passcode: spending taken out of a
  current period (editing an amount down, deleting, a restore), raising a limit, removing or
  pausing a budget, dropping an alert threshold, changing the home currency, turning the lock
  off, restoring a backup that lacks the lock or a budget;
* a purchase whose amount cannot be priced in the home currency asks for a rate rather than
  escaping the budgets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from companion.core.budget import budget, ledger, lock
from companion.core.money.money import convert
from companion.core.store.settings import Prefs, Settings, prefs

if TYPE_CHECKING:
    from sqlite_utils import Database

T = TypeVar("T")


# -- questions ---------------------------------------------------------------------------------
class Question(Exception):
    """Base of what an action needs to hear from the fan before it can go ahead."""


class NeedsConfirmation(Question):
    """The change takes budgets over their limit; ``over`` holds their figures after it."""

    def __init__(self, over: Sequence[budget.Status]) -> None:
        self.over = list(over)
        super().__init__("this takes you over budget: " + "; ".join(over_lines(self.over)))


class NeedsPasscode(Question):
    """The spending lock is on and guards this change; ``reason`` says why, in words."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class NeedsRate(Question):
    """No kept rate prices ``source`` in ``target``; without one the money would escape."""

    def __init__(self, source: str, target: str) -> None:
        self.source, self.target = source, target
        super().__init__(
            f"no {source}→{target} rate is kept, so this cannot be counted against your "
            f"budgets; give the rate (1 {source} = ? {target})"
        )


@dataclass(frozen=True)
class Answers:
    """What the fan has said so far."""

    confirmed: bool = False
    passcode: str | None = None
    rates: dict[tuple[str, str], Decimal] = field(default_factory=dict)


NO_ANSWERS = Answers()


@dataclass(frozen=True)
class Done(Generic[T]):
    """What an action did: its result, the threshold alerts it raised, and notes for the fan."""

    result: T
    alerts: list[budget.Alert] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def over_lines(over: Iterable[budget.Status]) -> list[str]:
    from companion.core.money.money import format_money

    return [
        f"{s.budget.label}, {s.budget.period}: {s.percent}% "
        f"({format_money(s.spent, s.budget.currency)} of "
        f"{format_money(s.budget.limit_minor, s.budget.currency)})"
        for s in over
    ]


# -- the one guard -----------------------------------------------------------------------------
Key = tuple[int, str]  # (budget id, period start)


@dataclass(frozen=True)
class _Figures:
    spent: dict[Key, int]
    budgets: dict[int, budget.Budget]


def _measure(db: Database, moments: Iterable[datetime], p: Prefs) -> _Figures:
    found = {b.id: b for b in budget.budgets(db)}
    spent: dict[Key, int] = {}
    for b in found.values():
        for moment in moments:
            start, end = budget.period_bounds(b.period, moment, p.zone, p.week_start)
            key = (b.id, ledger.utc_text(start))
            if key not in spent:
                spent[key] = budget.spent_in(db, b.scope, start, end, b.currency)
    return _Figures(spent, found)


def _loosened(before: budget.Budget, after: budget.Budget | None) -> str | None:
    if after is None:
        return "removing a budget"
    if after.limit_minor > before.limit_minor:
        return "raising a budget"
    if after.paused and not before.paused:
        return "pausing a budget"
    if set(before.thresholds) - set(after.thresholds):
        return "removing an alert threshold"
    return None


class _Rollback(Exception):
    def __init__(self, over: list[budget.Status], reasons: list[str]) -> None:
        self.over, self.reasons = over, reasons


def _guarded(
    db: Database,
    change: Callable[[], T],
    answers: Answers,
    *,
    now: datetime,
    moments: Iterable[datetime] = (),
    reason: str | None = None,
) -> tuple[T, set[int]]:
    """Run ``change`` if its rules allow it; returns its result and the budgets it touched.

    ``reason`` names a change the lock always guards (turning it off, the home currency).
    """
    p = prefs(db)
    unlocked = False
    moments = [now, *moments]
    while True:
        try:
            with db.atomic():
                before = _measure(db, moments, p)
                result = change()
                after = _measure(db, moments, p)
                over, reasons, touched = _judge(db, before, after, now, p)
                if reason:
                    reasons.insert(0, reason)
                needs_confirm = bool(over) and not answers.confirmed
                needs_pass = bool(over or reasons) and lock.is_on(db) and not unlocked
                if needs_confirm or needs_pass:
                    raise _Rollback(over if needs_confirm else [], reasons if needs_pass else [])
            return result, touched
        except _Rollback as stop:
            if stop.over:
                raise NeedsConfirmation(stop.over) from None
            if answers.passcode is None:
                why = stop.reasons[0] if stop.reasons else "going over budget"
                raise NeedsPasscode(
                    f"The spending lock is on: {why} needs the passcode."
                    if stop.reasons
                    else "The spending lock is on: going over budget needs the passcode."
                ) from None
            # Outside the rolled-back transaction, so a wrong guess is counted and kept.
            lock.verify(db, answers.passcode, now=now)
            unlocked = True


def _judge(
    db: Database, before: _Figures, after: _Figures, now: datetime, p: Prefs
) -> tuple[list[budget.Status], list[str], set[int]]:
    over: list[budget.Status] = []
    reasons: list[str] = []
    touched: set[int] = set()
    current = {
        (b.id, ledger.utc_text(budget.period_bounds(b.period, now, p.zone, p.week_start)[0]))
        for b in after.budgets.values()
    }
    for bid, old in before.budgets.items():
        why = _loosened(old, after.budgets.get(bid))
        if why:
            reasons.append(why)
            touched.add(bid)
    for key, spent in after.spent.items():
        bid, _start = key
        b = after.budgets[bid]
        was = before.spent.get(key, 0)
        if spent != was:
            touched.add(bid)
        if b.paused:
            continue
        if spent > b.limit_minor and spent > was:
            # The figures of the period the spending lands in: a back-dated purchase can take
            # last month over, and that is what the fan is asked about.
            when = now if key in current else datetime.fromisoformat(_start)
            over.append(budget.status(db, b, now=when, zone=p.zone, week_start=p.week_start))
        elif spent < was and key in current and bid in before.budgets:
            reasons.append("taking spending out of a budget")
    return over, list(dict.fromkeys(reasons)), touched


def _alerts(db: Database, touched: set[int], now: datetime) -> list[budget.Alert]:
    p = prefs(db)
    return budget.check_thresholds(db, now=now, zone=p.zone, week_start=p.week_start, only=touched)


# -- pricing -----------------------------------------------------------------------------------
def _priced(
    db: Database, entries: Sequence[ledger.Entry], answers: Answers, now: datetime
) -> list[ledger.Entry]:
    """Purchases the rate book could not price get the rate the fan gave, or ask for one.

    The rates the fan gave are kept in the rate book by :func:`_keep_rates`, inside the
    guarded change, so a declined change keeps nothing.
    """
    home = prefs(db).home
    active = budget.budgets(db, include_paused=False)
    kept: dict[str, Decimal] = {}
    out = []
    for entry in entries:
        if entry.kind != "purchase" or entry.home_minor is not None:
            out.append(entry)
            continue
        if not any(budget.applies_to(b, entry) for b in active):
            out.append(entry)
            continue
        source = entry.currency or home
        if source not in kept:
            rate = answers.rates.get((source, home))
            if rate is None:
                raise NeedsRate(source, home)
            from companion.core.money.rates import parse_rate

            kept[source] = parse_rate(rate)
        out.append(
            replace(
                entry,
                home_minor=convert(entry.amount_minor or 0, source, home, kept[source]),
                home_currency=home,
                rate=str(kept[source]),
            )
        )
    return out


def _keep_rates(db: Database, answers: Answers, now: datetime) -> None:
    from companion.core.money import rates

    for (source, target), rate in answers.rates.items():
        rates.set_rate(
            db, source, target, rate, now.date().isoformat(), "typed when asked", today=now.date()
        )


# -- ledger ------------------------------------------------------------------------------------
def log_entry(
    db: Database, entry: ledger.Entry, answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[ledger.Entry]:
    """Save a new purchase or gift."""
    (entry,) = _priced(db, [entry], answers, now)

    def change() -> ledger.Entry:
        _keep_rates(db, answers, now)
        return ledger.add(db, entry)

    saved, touched = _guarded(db, change, answers, now=now, moments=[entry.when])
    return Done(saved, _alerts(db, touched, now))


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
    (entry,) = _priced(db, [entry], answers, now)

    def change() -> ledger.Entry:
        _keep_rates(db, answers, now)
        return ledger.replace(db, entry_id, entry)

    saved, touched = _guarded(
        db,
        change,
        answers,
        now=now,
        moments=[old.when, entry.when],
    )
    return Done(saved, _alerts(db, touched, now))


def delete_entries(
    db: Database, entry_ids: Sequence[int], answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[list[ledger.Entry]]:
    """Delete entries and return them, so the caller can offer undo with :func:`undo_delete`."""
    gone = [ledger.get(db, i) for i in entry_ids]
    removed, touched = _guarded(
        db,
        lambda: [ledger.delete(db, i) for i in entry_ids],
        answers,
        now=now,
        moments=[e.when for e in gone],
    )
    return Done(removed, _alerts(db, touched, now))


def undo_delete(
    db: Database, entries: Sequence[ledger.Entry], answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[list[ledger.Entry]]:
    """Put deleted entries back (spending again, so the over-budget rules apply)."""
    back, touched = _guarded(
        db,
        lambda: [ledger.restore(db, e) for e in entries],
        answers,
        now=now,
        moments=[e.when for e in entries],
    )
    return Done(back, _alerts(db, touched, now))


def import_ledger(
    db: Database, entries: Sequence[ledger.Entry], answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[int]:
    """Add many entries at once, all or nothing, under the same rules as one."""
    priced = _priced(db, entries, answers, now)

    def change() -> int:
        _keep_rates(db, answers, now)
        return ledger.add_many(db, priced)

    count, touched = _guarded(db, change, answers, now=now, moments=[e.when for e in priced])
    return Done(count, _alerts(db, touched, now))


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
    made, touched = _guarded(
        db,
        lambda: budget.set_budget(
            db, scope, period, limit, currency, thresholds=thresholds, now=now
        ),
        answers,
        now=now,
    )
    return Done(made, _alerts(db, touched | {made.id}, now))


def pause_budget(
    db: Database, budget_id: int, paused: bool, answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[budget.Budget]:
    _, touched = _guarded(db, lambda: budget.set_paused(db, budget_id, paused), answers, now=now)
    return Done(budget.get(db, budget_id), _alerts(db, touched, now))


def remove_budget(
    db: Database, budget_id: int, answers: Answers = NO_ANSWERS, *, now: datetime
) -> Done[budget.Budget]:
    gone = budget.get(db, budget_id)
    _guarded(db, lambda: budget.remove_budget(db, budget_id), answers, now=now)
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
        _keep_rates(db, answers, now)
        Settings(db).set("home_currency", new)

    _guarded(db, change, answers, now=now, reason=reason)
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


# -- the loop every caller runs ----------------------------------------------------------------
class Asker(Protocol):
    """How a way in asks the fan; each returns None when the fan declines."""

    def confirm(self, question: NeedsConfirmation) -> bool: ...

    def passcode(self, question: NeedsPasscode, error: str | None) -> str | None: ...

    def rate(self, question: NeedsRate) -> Decimal | None: ...


def drive(action: Callable[[Answers], Done[T]], asker: Asker) -> Done[T] | None:
    """Call ``action`` until it is done, asking the fan whatever it needs; None if declined.

    A wrong passcode is asked again with the reason (the lock's wait applies between tries).
    """
    answers = Answers()
    error: str | None = None
    pending: NeedsPasscode | None = None
    while True:
        try:
            return action(answers)
        except NeedsConfirmation as q:
            if not asker.confirm(q):
                return None
            answers = replace(answers, confirmed=True)
        except NeedsPasscode as q:
            pending, error = q, None
            code = asker.passcode(q, None)
            if code is None:
                return None
            answers = replace(answers, passcode=code)
        except NeedsRate as q:
            rate = asker.rate(q)
            if rate is None:
                return None
            answers = replace(answers, rates={**answers.rates, (q.source, q.target): rate})
        except lock.LockError as exc:
            if pending is None or answers.passcode is None:
                raise
            error = str(exc).split(": ", 1)[-1]
            code = asker.passcode(pending, error)
            if code is None:
                return None
            answers = replace(answers, passcode=code)


def parse_rate_answer(text: str) -> Decimal:
    """A rate the fan typed when asked (the same bounds as the rate book)."""
    from companion.core.money.rates import parse_rate

    return parse_rate(text)


__all__ = [
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
    "pause_budget",
    "remove_budget",
    "restore_backup",
    "set_budget",
    "set_home_currency",
    "undo_delete",
]
