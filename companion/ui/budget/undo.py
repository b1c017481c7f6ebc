"""The Budget page's undo stack: each step is one thing the fan did (a delete, a whole import)
and takes it back through the same core action the command line uses, under the money rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QWidget

from companion.core.budget import actions
from companion.ui.shell.context import AppContext

MAX_STEPS = 20


@dataclass(frozen=True, eq=False)
class UndoStep:
    label: str  # what the Undo button says: "Undo import of statement.ofx, 42 entries"
    run: Callable[[actions.Answers, datetime], actions.Done[Any]]


def push(ctx: AppContext, step: UndoStep) -> None:
    ctx.budget_undo.append(step)
    del ctx.budget_undo[:-MAX_STEPS]


def latest(ctx: AppContext) -> UndoStep | None:
    return ctx.budget_undo[-1] if ctx.budget_undo else None


def undo(parent: QWidget, ctx: AppContext, step: UndoStep) -> bool:
    """Take ``step`` back (asking what the rules need); it leaves the stack once done."""
    from companion.ui.budget import budget_flow

    now = ctx.clock()
    done = budget_flow.run(parent, ctx, lambda a: step.run(a, now))
    if done is None:
        return False
    if step in ctx.budget_undo:
        ctx.budget_undo.remove(step)
    return True
