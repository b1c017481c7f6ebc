"""GUI fixtures: an AppContext over a real database, and a notifier spy."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from session_bus import bus_address, server  # noqa: F401 - fixtures for the notifier tests


@dataclass
class NotifierSpy:
    messages: list[tuple[str, str]] = field(default_factory=list)
    actions: list[list] = field(default_factory=list)  # the buttons offered with each message

    def notify(self, title: str, message: str, actions=()) -> str:
        self.messages.append((title, message))
        self.actions.append(list(actions))
        return "spy"


@pytest.fixture
def notifier() -> NotifierSpy:
    return NotifierSpy()


@pytest.fixture
def ctx(qapp, db, data_dir, notifier, fixed_now):
    from companion.ui.shell.context import AppContext

    return AppContext(db=db, data_dir=data_dir, notifier=notifier, clock=lambda: fixed_now)


@pytest.fixture(autouse=True)
def english_qt_locale(qapp):
    """Qt formats %Ln counts and dates in its default locale; the app sets it from the fan's
    language at start (companion.ui.shell.i18n.install). Tests fix it to US English, whatever
    the machine's LANG."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)
