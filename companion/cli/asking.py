"""The command line's side of the money rules: it only asks. The actions in
:mod:`companion.core.budget.actions` decide; here their questions become prompts on a terminal,
or flags (``--yes``, ``--rate``) and a passcode line on standard input in a script."""

from __future__ import annotations

import sys
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from companion.cli.context import EXIT_NEGATIVE
from companion.core.errors import CompanionError, InputError

if TYPE_CHECKING:
    from companion.core.budget import actions

T = TypeVar("T")


class Declined(CompanionError):
    """The fan (or a script without ``--yes``) said no: nothing was changed."""

    exit_code = EXIT_NEGATIVE


def _tty() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_passcode(prompt: str = "Spending-lock passcode: ") -> str:
    """From the terminal without echo, or the first line of standard input when piped."""
    if _tty():
        import getpass

        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise InputError("passcode: the spending lock is on; type the passcode (or pipe it in)")
    return line.rstrip("\n")


class TerminalAsker:
    def __init__(self, *, yes: bool = False, rate: str | None = None) -> None:
        self.yes, self.given_rate = yes, rate

    def confirm(self, question: actions.NeedsConfirmation) -> bool:
        from companion.core.budget.actions import over_lines

        print("This takes you over budget:", file=sys.stderr)
        for line in over_lines(question.over):
            print(f"  {line}", file=sys.stderr)
        if self.yes:
            return True
        if not _tty():
            raise Declined("not saved: it goes over budget; add --yes to save it anyway")
        return input("Save it anyway? [y/N] ").strip().lower() in ("y", "yes")

    def passcode(self, question: actions.NeedsPasscode, error: str | None) -> str | None:
        if error is not None:
            if not _tty():  # one piped line, one try: a script must not loop on a wrong one
                raise InputError(f"passcode: {error}")
            print(error, file=sys.stderr)
        else:
            print(question.reason, file=sys.stderr)
        return ask_passcode()

    def rate(self, question: actions.NeedsRate) -> Decimal | None:
        from companion.core.budget.actions import parse_rate_answer

        if self.given_rate is not None:
            return parse_rate_answer(self.given_rate)
        if not _tty():
            raise InputError(
                f"rate: no {question.source}→{question.target} rate is kept; add --rate R "
                f"(1 {question.source} = R {question.target}) or keep one with "
                f"'companion rates {question.source}/{question.target} R'"
            )
        return parse_rate_answer(input(f"1 {question.source} = ? {question.target}: "))


def run(
    action: Callable[[actions.Answers], actions.Done[T]],
    *,
    yes: bool = False,
    rate: str | None = None,
) -> actions.Done[T]:
    """Run a guarded action, asking on the terminal; prints the alerts it raised."""
    from companion.core.budget.actions import drive

    done = drive(action, TerminalAsker(yes=yes, rate=rate))
    if done is None:
        raise Declined("nothing was changed")
    for alert in done.alerts:
        print(f"Budget {alert.budget.label} passed {alert.threshold}%.", file=sys.stderr)
    for note in done.notes:
        print(note, file=sys.stderr)
    return done
