"""Notifications through a chain: the desktop's own notifications with buttons where there is a
server (desktop_notify.py), the tray balloon when the system shows them, else the in-app banner,
which never fails (the qutebrowser pattern). Only the first has buttons: the others ignore them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSystemTrayIcon, QToolButton

from companion.ui import style


class NotificationUnavailable(Exception):
    """This notifier cannot show anything right now; the chain tries the next one."""


class Action(NamedTuple):
    """A button on a desktop notification: a key the server sends back, its label, what it does."""

    key: str
    label: str
    run: Callable[[], object]


class Notifier(Protocol):
    def notify(self, title: str, message: str, actions: Sequence[Action] = ()) -> str: ...


class TrayNotifier:
    name = "tray"

    def __init__(self, tray: QSystemTrayIcon | None) -> None:
        self._tray = tray

    def notify(self, title: str, message: str, actions: Sequence[Action] = ()) -> str:
        tray = self._tray
        if tray is None or not tray.isVisible() or not QSystemTrayIcon.supportsMessages():
            raise NotificationUnavailable("no tray messages on this system")
        tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 10_000)
        return self.name


class Banner(QFrame):
    """A dismissible strip at the top of the window with the latest message."""

    dismissed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        style.themed_css(
            self,
            lambda: (
                "#banner { background: palette(highlight); border-radius: 6px; }"
                "#banner QLabel, #banner QToolButton { color: palette(highlighted-text); }"
            ),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self._on_close_clicked)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, title: str, message: str) -> None:
        from PySide6.QtCore import Qt  # lazily: the banner is built before the first paint

        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setText(f"<b>{_escape(title)}</b> — {_escape(message)}")
        from companion.ui.shell.widgets import announce

        announce(self, f"{title}. {message}")
        self.setAccessibleDescription(f"{title}: {message}")
        self.show()

    def _on_close_clicked(self) -> None:
        self.hide()
        self.dismissed.emit()


class BannerNotifier:
    name = "banner"

    def __init__(self, banner: Banner) -> None:
        self._banner = banner

    def notify(self, title: str, message: str, actions: Sequence[Action] = ()) -> str:
        self._banner.show_message(title, message)
        return self.name


class NotifierChain:
    """Tries each notifier in turn; the last one (the banner) must never fail."""

    def __init__(self, notifiers: list[Notifier]) -> None:
        self._notifiers = list(notifiers)

    def put_first(self, notifier: Notifier) -> None:
        """Try ``notifier`` before the others (the desktop's own, connected after start-up)."""
        self._notifiers.insert(0, notifier)

    def notify(self, title: str, message: str, actions: Sequence[Action] = ()) -> str:
        for notifier in self._notifiers:
            try:
                return notifier.notify(title, message, actions)
            except NotificationUnavailable:
                continue
        raise RuntimeError("no notifier accepted the message; the banner should always work")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
