"""What a guarded action asks the fan, what it returns, and the loop every way in runs.

An action either does what it was asked and returns :class:`Done`, or raises a *question* —
:class:`NeedsConfirmation`, :class:`NeedsPasscode`, :class:`NeedsRate` — and changes nothing.
The caller asks the fan and calls again with the answer in :class:`Answers`; :func:`drive` is
that loop, with the asking left to an :class:`Asker` (dialogs in the window, prompts and flags
on the command line). The rules themselves are decided in :mod:`guard`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Generic, Protocol, TypeVar

from companion.core.budget import budget, lock

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
