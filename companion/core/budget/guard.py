"""The one guard every money rule is decided by, and the pricing it needs.

A change runs inside a transaction, budgets are measured before and after it, and the change is
rolled back unless every rule it touches is satisfied:

* spending that takes a budget past its limit (or further past it) asks for confirmation, and
  for the spending-lock passcode when the lock is on;
* with the lock on, anything that loosens a budget needs the passcode: spending taken out of a
  current period (editing an amount down, deleting, a restore), raising a limit, removing or
  pausing a budget, dropping an alert threshold, changing the home currency, turning the lock
  off;
* a purchase whose amount cannot be priced in the home currency asks for a rate rather than
  escaping the budgets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from companion.core.budget import budget, ledger, lock
from companion.core.budget.questions import Answers, NeedsConfirmation, NeedsPasscode, NeedsRate
from companion.core.money.money import convert
from companion.core.store.settings import Prefs, prefs

if TYPE_CHECKING:
    from sqlite_utils import Database

T = TypeVar("T")


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


def guarded(
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


def alerts(db: Database, touched: set[int], now: datetime) -> list[budget.Alert]:
    p = prefs(db)
    return budget.check_thresholds(db, now=now, zone=p.zone, week_start=p.week_start, only=touched)


# -- pricing -----------------------------------------------------------------------------------
def priced(
    db: Database, entries: Sequence[ledger.Entry], answers: Answers, now: datetime
) -> list[ledger.Entry]:
    """Purchases the rate book could not price get the rate the fan gave, or ask for one.

    The rates the fan gave are kept in the rate book by :func:`keep_rates`, inside the
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


def keep_rates(db: Database, answers: Answers, now: datetime) -> None:
    from companion.core.money import rates

    for (source, target), rate in answers.rates.items():
        rates.set_rate(
            db, source, target, rate, now.date().isoformat(), "typed when asked", today=now.date()
        )
