"""The tray icon and its menu (Open, Check a link, Quit)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from companion import APP_NAME
from companion.ui.shell.icons import icon


class Tray(QObject):
    open_requested = Signal()
    check_link_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon("companion"), self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu()
        self.open_action = QAction(self.tr("Open Fan Companion"), self.menu)
        self.check_action = QAction(self.tr("Check a link…"), self.menu)
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        self.open_action.triggered.connect(self.open_requested)
        self.check_action.triggered.connect(self.check_link_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.check_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)

    def show(self) -> None:
        self.icon.show()

    def is_shown(self) -> bool:
        return self.icon.isVisible()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
