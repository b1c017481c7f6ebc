"""Native notifications with buttons on Windows (toasts) and macOS (UserNotifications), through
the desktop-notifier library; Linux keeps its own D-Bus notifier (desktop_notify.py).

desktop-notifier is asyncio-based and the app runs Qt's loop, so the library lives on an asyncio
loop of its own, on a daemon thread: every library call happens there. What comes back (a button
pressed, the body clicked) may arrive on that thread or on one of the platform's own, so it is
sent to the GUI thread through a queued Qt signal: an Action's `run` and `activated` always run
on the GUI thread, where the window and the database are.

`notify` waits briefly for the library's answer because the chain must know now whether to try
the tray instead. The library itself never raises on a failed send (it logs and carries on), so
"shown" means its dispatched callback ran. No library, no backend for this system (the library's
dummy one: macOS outside an app bundle), notifications turned off, or no answer in time all raise
NotificationUnavailable."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QSystemTrayIcon

from companion import APP_NAME, DESKTOP_ID
from companion.ui.shell.notify import (
    Action,
    Banner,
    BannerNotifier,
    NotificationUnavailable,
    Notifier,
    NotifierChain,
    TrayNotifier,
)

if TYPE_CHECKING:
    import asyncio
    import threading

    from companion.ui.shell.desktop_notify import DesktopNotifier

log = logging.getLogger(__name__)

# Long enough for a toast or a notification request to be accepted (milliseconds in practice);
# short enough that a stuck notification centre does not freeze the window for long.
SEND_TIMEOUT = 2.0


def app_id(platform: str | None = None) -> str:
    """The name the library registers us under. On Windows it is the toast's AppUserModelID,
    which may not contain spaces (the display name is set apart, see _name_the_app); macOS uses
    the bundle identifier and ignores it; the D-Bus servers show it as the sender."""
    return DESKTOP_ID if (platform or sys.platform) == "win32" else APP_NAME


class LibraryNotifier(QObject):
    """One link of the notifier chain; `activated` fires when a notification's body is clicked."""

    name = "native"
    activated = Signal()
    _clicked = Signal()
    _pressed = Signal(object)  # the Action.run to call on the GUI thread

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        app_name: str | None = None,
        icon: Path | None = None,
        timeout: float = SEND_TIMEOUT,
        in_front: Callable[[], bool] | None = None,
    ) -> None:
        # Here, not at the top: Linux imports this module for fallback_chain alone, before
        # the window is shown, and asyncio is ~20 ms of that.
        import asyncio
        import threading

        super().__init__(parent)
        self._in_front = in_front
        self._app_name = app_name if app_name is not None else app_id()
        self._icon = icon
        self._timeout = timeout
        self._closed = False
        # Written and read on the loop's thread only.
        self._setup_problem = ""
        self._asking = False
        # Queued: emitted from the loop's thread (or the platform's), run on this object's.
        self._clicked.connect(self._on_clicked, Qt.ConnectionType.QueuedConnection)
        self._pressed.connect(self._on_pressed, Qt.ConnectionType.QueuedConnection)
        self._loop = asyncio.new_event_loop()
        self._setup_task: asyncio.Future[Any] | None = None
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="notifications", daemon=True
        )
        self._thread.start()
        # Set up now rather than at the first reminder: on macOS this is when the fan is asked
        # whether the app may notify, and the answer may take longer than SEND_TIMEOUT.
        asyncio.run_coroutine_threadsafe(self._library(), self._loop)

    def notify(self, title: str, message: str, actions: Sequence[Action] = ()) -> str:
        import asyncio
        import concurrent.futures
        import threading

        if self._closed:
            raise NotificationUnavailable("the notifier was closed")
        if self._in_front is not None and self._in_front():
            # macOS silences an app's own notifications while it is the active app, unless its
            # delegate answers willPresentNotification, which desktop-notifier 6.2's does not:
            # the library would report it sent and the fan would see nothing.
            raise NotificationUnavailable("the app is in front, where macOS would not show it")
        given_up = threading.Event()
        future = asyncio.run_coroutine_threadsafe(
            self._send(title, message, tuple(actions), given_up), self._loop
        )
        try:
            problem = future.result(self._timeout)
        except concurrent.futures.TimeoutError:
            # The tray shows it instead, so it must not show up late as well. Cancelling alone
            # is not enough: a send the loop has not started yet would still run its first
            # steps, up to the library's send, before the cancellation reaches it.
            given_up.set()
            future.cancel()
            raise NotificationUnavailable("the notification centre did not answer") from None
        if problem:
            raise NotificationUnavailable(problem)
        return self.name

    def close(self) -> None:
        """Stop the loop's thread (at quit; tests)."""
        import asyncio

        if self._closed:
            return
        self._closed = True
        done = asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop)
        try:
            done.result(self._timeout)
        except Exception:
            log.warning("notifications: the library did not shut down cleanly", exc_info=True)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(self._timeout)
        if not self._thread.is_alive():
            self._loop.close()

    # On the loop's thread -------------------------------------------------------------------

    async def _library(self) -> Any:
        """The library's notifier, built once; None when it cannot show anything here."""
        import asyncio

        if self._setup_task is None:
            self._setup_task = asyncio.ensure_future(self._setup())
        # Shielded: a send that times out must not cancel a permission question still open.
        return await asyncio.shield(self._setup_task)

    async def _setup(self) -> Any:
        try:
            from desktop_notifier import DesktopNotifier, Icon
            from desktop_notifier.backends.dummy import DummyNotificationCenter
            from desktop_notifier.main import get_backend_class

            if issubclass(get_backend_class(), DummyNotificationCenter):
                # It would "send" into nothing and report success.
                self._setup_problem = "no notification centre here (macOS: not an app bundle)"
                return None
            icon = Icon(path=self._icon) if self._icon is not None else None
            library = DesktopNotifier(app_name=self._app_name, app_icon=icon)
            if get_backend_class().__name__ == "WinRTDesktopNotifier":
                _name_the_app(self._app_name, icon)
        except Exception as exc:  # ImportError, or the platform's API refused (no toast manager)
            self._setup_problem = f"desktop-notifier cannot be used here: {exc!r}"
            log.info("notifications: %s", self._setup_problem)
            return None
        library.on_clicked = lambda _identifier: self._clicked.emit()  # from an earlier run
        self._asking = True
        try:
            await library.request_authorisation()  # macOS asks the fan once; elsewhere a no-op
        finally:
            self._asking = False
        return library

    async def _send(
        self, title: str, message: str, actions: tuple[Action, ...], given_up: threading.Event
    ) -> str:
        """Why nothing was shown; "" when it was."""
        if self._asking:
            # The fan has not answered macOS's question yet: do not hold the window meanwhile.
            return "waiting for permission to notify"
        library = await self._library()
        if library is None:
            return self._setup_problem
        if not await library.has_authorisation():
            return "notifications are turned off for the app in the system settings"
        from desktop_notifier import DEFAULT_SOUND, Button

        shown: list[bool] = []
        buttons = [
            Button(title=a.label, on_pressed=partial(self._pressed.emit, a.run), identifier=a.key)
            for a in actions
        ]
        if given_up.is_set():  # the window stopped waiting while this was on its way
            return "given up before it was sent"
        await library.send(
            title,
            message,
            buttons=buttons,
            on_clicked=self._clicked.emit,
            on_dispatched=lambda: shown.append(True),
            sound=DEFAULT_SOUND,
        )
        if shown:
            return ""
        await _forget_connection(library)
        return "the notification centre refused it (see the log)"

    async def _shutdown(self) -> None:
        import asyncio

        task = self._setup_task
        done = task is not None and task.done() and not task.cancelled()
        library = task.result() if done and task is not None else None
        if library is not None:
            await _forget_connection(library, always=True)
        current = asyncio.current_task()
        for other in asyncio.all_tasks():
            if other is not current:
                other.cancel()

    # On the GUI thread ----------------------------------------------------------------------

    @Slot()
    def _on_clicked(self) -> None:
        self.activated.emit()

    @Slot(object)
    def _on_pressed(self, run: Callable[[], object]) -> None:
        run()


def _name_the_app(aumid: str, icon: Any) -> None:
    """Windows shows the registered DisplayName above each toast; the library registers the id
    itself as that name, so register it again with the app's real name and icon."""
    from desktop_notifier.backends.winrt import register_hkey

    register_hkey(app_id=aumid, app_name=APP_NAME, app_icon=icon)


async def _forget_connection(library: Any, *, always: bool = False) -> None:
    """The D-Bus backend keeps the session-bus connection it opened even when the server was
    missing, and opens another on the next try: close it then (and at the end). Only that
    backend has one."""
    backend = getattr(library, "_backend", None)
    bus = getattr(backend, "bus", None)
    if bus is None or not (always or getattr(backend, "interface", "n/a") is None):
        return
    bus.disconnect()
    await bus.wait_for_disconnect()
    backend.bus = None  # pyright: ignore[reportOptionalMemberAccess]
    backend.interface = None  # pyright: ignore[reportOptionalMemberAccess]


def _app_is_active() -> bool:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive


def native_notifier(
    app: QCoreApplication, platform: str | None = None
) -> DesktopNotifier | LibraryNotifier | None:
    """The first link of the chain on this platform, or None: the gdbus notifier on Linux, the
    library where it has a backend (Windows toasts, macOS UserNotifications)."""
    platform = platform or sys.platform
    if platform.startswith("linux"):
        from companion.ui.shell.desktop_notify import DesktopNotifier

        return DesktopNotifier(app)
    if platform in ("win32", "darwin"):
        from companion.core.store.paths import resource

        notifier = LibraryNotifier(
            app,
            app_name=app_id(platform),
            icon=resource("icons", "png", "companion-256.png"),
            in_front=_app_is_active if platform == "darwin" else None,
        )
        app.aboutToQuit.connect(notifier.close)
        return notifier
    return None


def fallback_chain(tray: QSystemTrayIcon | None, banner: Banner) -> NotifierChain:
    """The tray message, then the banner: what the app has before ``connect_native``."""
    links: list[Notifier] = [TrayNotifier(tray), BannerNotifier(banner)]
    return NotifierChain(links)


def connect_native(
    chain: NotifierChain, app: QCoreApplication
) -> DesktopNotifier | LibraryNotifier | None:
    """Put the desktop's own notifier first in ``chain``, where there is one, and return it.
    The window's start does this once the first page is up: the D-Bus connection (Linux) or
    the library's loop (Windows, macOS) is not needed to draw it."""
    native = native_notifier(app)
    if native is not None:
        chain.put_first(native)
    return native
