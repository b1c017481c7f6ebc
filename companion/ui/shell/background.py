"""No tray, no silent stop: on a desktop without a system tray (stock GNOME), closing the window
would end the reminders. The fan is asked once whether to keep them running; the answer is the
`keep_running_without_tray` setting. While running in the background we tell the desktop
through the XDG background portal where there is one (GNOME lists the app as running in the
background); without the portal nothing is lost, so any failure there is ignored."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from companion import APP_NAME
from companion.core.store.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
BACKGROUND = "org.freedesktop.portal.Background"


def _tr(text: str) -> str:
    return QCoreApplication.translate("background", text)


def ask(parent: QWidget | None) -> bool:
    """The one question: keep reminders running when the window closes?"""
    from PySide6.QtWidgets import QMessageBox  # here: its enums are built on import

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(_tr("Keep reminders running after the window closes?"))
    box.setInformativeText(
        _tr(
            "This desktop has no tray to keep Fan Companion in. If it keeps running, reminders "
            "and alerts still reach you; open Fan Companion again to see the window. You can "
            "change this in Settings."
        )
    )
    keep = box.addButton(_tr("&Keep running"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is keep


def request_background(bus: QDBusConnection | None = None) -> bool:
    """Ask the portal to let us run in the background; False where there is no portal."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage
    except ImportError:  # a Qt build without D-Bus (Windows and macOS need none of this)
        return False

    bus = bus if bus is not None else QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    registered = bus.interface().isServiceRegistered(PORTAL)
    if not (registered.isValid() and registered.value()):
        return False
    msg = QDBusMessage.createMethodCall(PORTAL, PORTAL_PATH, BACKGROUND, "RequestBackground")
    msg.setArguments(["", {"reason": _tr("Reminders for creators' lives"), "autostart": False}])
    # The answer comes as a Response signal on a request object; we need none of it.
    return bus.send(msg)


class Background:
    """Decides, when the window closes without a tray, whether the app keeps running."""

    def __init__(
        self,
        settings: Callable[[], Settings | None],
        parent: Callable[[], QWidget | None],
        *,
        asker: Callable[[QWidget | None], bool] = ask,
        portal: Callable[[], bool] = request_background,
    ) -> None:
        self._settings, self._parent, self._ask, self._portal = settings, parent, asker, portal
        self.requested = False

    def keep_running_on_close(self) -> bool:
        settings = self._settings()
        if settings is None:  # closed before the data loaded: nothing to remind yet
            return False
        if not settings.get("background_asked"):
            settings.set("keep_running_without_tray", self._ask(self._parent()))
            settings.set("background_asked", True)
        keep = bool(settings.get("keep_running_without_tray"))
        if keep and not self.requested:
            try:
                self.requested = self._portal()
            except Exception:
                self.requested = False
        return keep
