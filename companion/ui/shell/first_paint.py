"""What a start can leave until its first page with the fan's data is painted.

The first Python code that receives a Qt event (an overridden ``resizeEvent``, an event
filter) makes PySide build the Python enums of ``QEvent``: 179 members, about as much work as
a tenth of a bare window's start-up. So the window and its pages follow their size, showing
and hiding through :class:`Watch`, an event filter that a start installs once the first page
is up; until then their layout is decided from the size they were given
(``MainWindow._on_row_changed`` calls a page's ``fit``).

Outside a start (tests, a page built later) nothing is held: :func:`later` runs at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

_held: list[Callable[[], None]] = []
_holding: list[bool] = []


def hold() -> None:
    """A start begins: :func:`later` keeps what it is given until :func:`release`."""
    _holding[:] = [True]


def later(call: Callable[[], None]) -> None:
    """Run ``call`` once the first page is painted: now, if it has been (or outside a start)."""
    if _holding:
        _held.append(call)
    else:
        call()


def release() -> None:
    """The first page is painted (or the start ended without one): run what was kept."""
    _holding.clear()
    calls, _held[:] = list(_held), []
    for call in calls:
        try:
            call()
        except Exception:  # one page's watcher must not keep the start from going on
            logging.getLogger(__name__).exception("after the first page")


def forget() -> None:
    """The start ended without a first page (its window is going): keep nothing."""
    _holding.clear()
    _held.clear()


class Watch(QObject):
    """Calls back when ``widget`` is resized, shown or hidden (after the widget's geometry or
    visibility has changed, before its own handler runs)."""

    def __init__(
        self,
        widget: QWidget,
        *,
        resized: Callable[[], None] | None = None,
        shown: Callable[[], None] | None = None,
        hidden: Callable[[], None] | None = None,
    ) -> None:
        from PySide6.QtCore import QEvent

        super().__init__(widget)
        kinds = QEvent.Type
        self._calls = {
            kind: call
            for kind, call in ((kinds.Resize, resized), (kinds.Show, shown), (kinds.Hide, hidden))
            if call is not None
        }
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        call = self._calls.get(event.type())
        if call is not None:
            call()
        return False
