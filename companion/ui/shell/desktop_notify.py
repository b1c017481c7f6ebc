"""Native notifications with buttons on Linux: org.freedesktop.Notifications over D-Bus.

Signals (ActionInvoked, NotificationClosed) arrive through QtDBus on the Qt event loop. The Notify
call itself goes through `gdbus call`, run by QProcess (so it never blocks the window either):
PySide6 cannot put a D-Bus uint32 in a message (a Python int is always marshalled as int32), and
servers check the (susssasa{sv}i) signature strictly, so a QtDBus call is refused. gdbus reads
the method's signature from the server's introspection and sends the right types.

Anything missing (no session bus, no notification server, no gdbus) raises
NotificationUnavailable and the chain falls back to the tray message, then the banner."""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QProcess, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from companion import APP_NAME
from companion.ui.shell.notify import Action, NotificationUnavailable

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
TIMEOUT_MS = 15_000
KEEP = 50  # notifications whose buttons we still answer; older ones are forgotten


def gvariant_string(text: str) -> str:
    """`text` as a GVariant text-format string literal, for gdbus's argument parser."""
    escaped = text.replace("\\", "\\\\").replace("'", "\\'")
    escaped = escaped.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f"'{escaped}'"


def notify_arguments(title: str, message: str, actions: Sequence[Action], icon: str) -> list[str]:
    """The gdbus argument list for one Notify call (app, replaces, icon, summary, body, actions,
    hints, timeout); "default" is the body click, which brings the window."""
    pairs: list[str] = ["default", ""]
    for action in actions:
        pairs += [action.key, action.label]
    return [
        gvariant_string(APP_NAME),
        "0",
        gvariant_string(icon),
        gvariant_string(title),
        gvariant_string(message),
        "[" + ", ".join(gvariant_string(p) for p in pairs) + "]",
        "@a{sv} {'desktop-entry': <'io.github.fan_companion'>}",
        str(TIMEOUT_MS),
    ]


Handlers = dict[str, Callable[[], object]]


class DesktopNotifier(QObject):
    """One link of the notifier chain; `activated` fires when a notification's body is clicked."""

    name = "desktop"
    activated = Signal()
    sent = Signal(int)  # the server's id for a notification, once it answered

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        bus: QDBusConnection | None = None,
        gdbus: str | None = None,
        address: str | None = None,
        icon: str = "fan-companion",
    ) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._gdbus = gdbus if gdbus is not None else shutil.which("gdbus")
        self._icon = icon
        # gdbus must reach the same bus as `bus`: the session bus, or a given address (tests).
        self._where = ["--address", address] if address else ["--session"]
        self._live: dict[int, dict[str, Callable[[], object]]] = {}
        self._early: list[tuple[int, str]] = []  # pressed before gdbus told us the id
        self._procs: list[QProcess] = []
        self._listening = False
        if sys.platform.startswith("linux") and self._bus.isConnected():
            self._listening = all(
                # The stubs say bytes, PySide6 6.11 takes only str (SLOT()'s "1" prefix).
                self._bus.connect(SERVICE, PATH, INTERFACE, member, self, slot)  # pyright: ignore[reportArgumentType]
                for member, slot in (
                    ("ActionInvoked", "1_on_action(QDBusMessage)"),
                    ("NotificationClosed", "1_on_closed(QDBusMessage)"),
                )
            )

    def available(self) -> bool:
        if not (self._listening and self._gdbus):
            return False
        reply = self._bus.interface().isServiceRegistered(SERVICE)
        return bool(reply.value()) if reply.isValid() else False

    def notify(self, title: str, message: str, actions: Sequence[Action] = ()) -> str:
        if not self.available():
            raise NotificationUnavailable("no desktop notification server on the session bus")
        proc = QProcess(self)
        args = ["call", *self._where, "--dest", SERVICE, "--object-path", PATH]
        args += ["--method", f"{INTERFACE}.Notify", "--"]
        args += notify_arguments(title, message, actions, self._icon)
        handlers = {a.key: a.run for a in actions}
        proc.finished.connect(lambda code, _status: self._on_sent(proc, code, handlers))
        self._procs.append(proc)
        proc.start(str(self._gdbus), args)
        return self.name

    def _on_sent(self, proc: QProcess, code: int, handlers: Handlers) -> None:
        out = bytes(proc.readAllStandardOutput().data()).decode("utf-8", "replace")
        self._procs.remove(proc)
        proc.deleteLater()
        # gdbus prints "(uint32 7,)"; a refused call exits non-zero and the message is lost
        # to the desktop, which is no worse than a server that drops it.
        found = re.match(r"\(uint32 (\d+),\)", out.strip())
        if code != 0 or found is None:
            return
        nid = int(found.group(1))
        self._live[nid] = handlers
        while len(self._live) > KEEP:
            del self._live[next(iter(self._live))]
        self.sent.emit(nid)
        early, self._early = self._early, []
        for pressed, key in early:
            self._pressed(pressed, key)

    @Slot(QDBusMessage)
    def _on_action(self, msg: QDBusMessage) -> None:
        args = msg.arguments()
        if len(args) >= 2:
            self._pressed(int(args[0]), str(args[1]))

    def _pressed(self, nid: int, key: str) -> None:
        if nid not in self._live:
            # Another application's notification (the signal goes to every client), or ours
            # pressed before gdbus's answer reached us: kept until the sends in flight finish.
            if self._procs and len(self._early) < KEEP:
                self._early.append((nid, key))
            return
        if key == "default":
            self.activated.emit()
            return
        run = self._live[nid].get(key)
        if run is not None:
            run()

    @Slot(QDBusMessage)
    def _on_closed(self, msg: QDBusMessage) -> None:
        args = msg.arguments()
        if args:
            self._live.pop(args[0], None)

    def pending(self) -> int:
        """Notifications whose buttons are still answered (for tests and the doctor)."""
        return len(self._live)
