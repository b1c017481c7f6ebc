"""A stand-in for xdg-desktop-portal's Background interface on a private session bus: it owns
org.freedesktop.portal.Desktop and prints each RequestBackground(s, a{sv}) as one JSON line
(QtDBus dispatches only a call whose argument types match the slot's)."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Background"})
class Adaptor(QDBusAbstractAdaptor):
    @Slot(str, "QVariantMap")
    def RequestBackground(self, parent_window, options):
        print(json.dumps({"parent_window": parent_window, "options": dict(options)}), flush=True)


def main() -> int:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    root = QObject()
    Adaptor(root)
    if not (
        bus.registerObject("/org/freedesktop/portal/desktop", root)
        and bus.registerService("org.freedesktop.portal.Desktop")
    ):
        return 1
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(lambda: sys.stdin.readline() or app.quit())
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
