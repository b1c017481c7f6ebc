"""A small org.freedesktop.Notifications server on QtDBus, for the desktop notification test.

Run on a private session bus. It checks the spec's signature strictly (QtDBus only dispatches a
call whose argument types match the slot: Notify is (susssasa{sv}i) -> u), prints each Notify as
one JSON line, and answers the first button of every notification with ActionInvoked, as a fan
clicking it would; on stdin, "invoke N KEY" sends ActionInvoked(N, KEY) and "close N" closes
notification N (reason 2, dismissed).

GetServerInformation returns four strings, which a QtDBus slot cannot declare: it answers the
message itself, and the interface's introspection is written out below so that clients which
read it (desktop-notifier, through dbus-fast) see the spec's types."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection, QDBusMessage

INTROSPECTION = """<interface name="org.freedesktop.Notifications">
  <method name="GetCapabilities"><arg direction="out" type="as"/></method>
  <method name="Notify">
    <arg direction="in" type="s"/><arg direction="in" type="u"/><arg direction="in" type="s"/>
    <arg direction="in" type="s"/><arg direction="in" type="s"/><arg direction="in" type="as"/>
    <arg direction="in" type="a{sv}"/><arg direction="in" type="i"/>
    <arg direction="out" type="u"/>
  </method>
  <method name="GetServerInformation">
    <arg direction="out" type="s"/><arg direction="out" type="s"/>
    <arg direction="out" type="s"/><arg direction="out" type="s"/>
  </method>
  <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
  <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
</interface>
"""


@ClassInfo(
    {"D-Bus Interface": "org.freedesktop.Notifications", "D-Bus Introspection": INTROSPECTION}
)
class Adaptor(QDBusAbstractAdaptor):
    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setAutoRelaySignals(True)
        self.last = 0

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["actions", "body"]

    @Slot(QDBusMessage)
    def GetServerInformation(self, msg: QDBusMessage) -> None:
        msg.setDelayedReply(True)
        reply = msg.createReply()  # four arguments, not one list: hence not createReply(list)
        reply.setArguments(["Fan Companion test server", "tests", "1.0", "1.2"])
        QDBusConnection.sessionBus().send(reply)

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
        self.last += 1
        nid = self.last
        print(
            json.dumps(
                {
                    "id": nid,
                    "app": app,
                    "replaces": replaces,
                    "icon": icon,
                    "summary": summary,
                    "body": body,
                    "actions": list(actions),
                    "timeout": timeout,
                }
            ),
            flush=True,
        )
        buttons = [k for k in actions[0::2] if k != "default"]
        if buttons:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(50, lambda: self.ActionInvoked.emit(nid, buttons[0]))
        return nid


def main() -> int:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    root = QObject()
    adaptor = Adaptor(root)
    if not bus.registerObject("/org/freedesktop/Notifications", root):
        print("cannot register object", file=sys.stderr)
        return 1
    if not bus.registerService("org.freedesktop.Notifications"):
        print("cannot own the name", file=sys.stderr)
        return 1
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def on_line() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
        elif line.startswith("close "):
            adaptor.NotificationClosed.emit(int(line.split()[1]), 2)
        elif line.startswith("invoke "):
            _, nid, key = line.split()
            adaptor.ActionInvoked.emit(int(nid), key)

    notifier.activated.connect(on_line)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
