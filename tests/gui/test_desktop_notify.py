"""Desktop notifications with buttons, against real org.freedesktop.Notifications servers on a
private session bus: our QtDBus test server (strict about the spec's types, and able to press
buttons) and, where installed, Debian's notification-daemon drawing on Xvfb."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time

import pytest
from session_bus import wait_until

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or not (shutil.which("dbus-daemon") and shutil.which("gdbus")),
    reason="needs Linux with dbus-daemon and gdbus (.ci/run installs them)",
)

DAEMON = "/usr/lib/notification-daemon/notification-daemon"  # Debian's path


def _bus(address: str, name: str):
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected()
    return bus


def test_notify_offers_the_buttons_and_a_pressed_one_runs(qapp, bus_address, server):
    from companion.ui.shell.desktop_notify import DesktopNotifier
    from companion.ui.shell.notify import Action

    notifier = DesktopNotifier(bus=_bus(bus_address, "t1"), address=bus_address)
    ran: list[str] = []
    shown = notifier.notify(
        "Mia: Sunday live",
        "Live in 10 min, at 20:00. It's 'on'\nagain",
        [
            Action("open-stream", "Open stream", lambda: ran.append("stream")),
            Action("snooze-10", "Snooze 10 min", lambda: ran.append("snooze")),
        ],
    )
    assert shown == "desktop"
    assert server.stdout is not None
    # A Notify the server could not dispatch (wrong types) never arrives: fail, do not hang.
    assert select.select([server.stdout], [], [], 10)[0], "the server got no Notify call"
    call = json.loads(server.stdout.readline())
    assert call["actions"] == [
        "default",
        "",
        "open-stream",
        "Open stream",
        "snooze-10",
        "Snooze 10 min",
    ]
    assert (call["app"], call["replaces"]) == ("Fan Companion", 0)
    assert call["summary"] == "Mia: Sunday live"
    assert call["body"] == "Live in 10 min, at 20:00. It's 'on'\nagain"
    # The server presses the first button by itself: ActionInvoked reaches us and runs it.
    wait_until(qapp, lambda: ran == ["stream"])


def test_the_body_click_brings_the_window_and_closed_ones_are_forgotten(qapp, bus_address, server):
    from companion.ui.shell.desktop_notify import DesktopNotifier

    notifier = DesktopNotifier(bus=_bus(bus_address, "t2"), address=bus_address)
    ids: list[int] = []
    activated: list[bool] = []
    notifier.sent.connect(ids.append)
    notifier.activated.connect(lambda: activated.append(True))
    notifier.notify("Budget 80% reached", "Monthly: $40.00 of $50.00 (80%).")
    wait_until(qapp, lambda: ids)
    assert server.stdin is not None
    server.stdin.write(f"invoke {ids[0]} default\n")
    server.stdin.flush()
    wait_until(qapp, lambda: activated)
    assert notifier.pending() == 1
    server.stdin.write(f"close {ids[0]}\n")
    server.stdin.flush()
    wait_until(qapp, lambda: notifier.pending() == 0)


def test_another_applications_button_is_not_ours(qapp, bus_address, server):
    from companion.ui.shell.desktop_notify import DesktopNotifier
    from companion.ui.shell.notify import Action

    notifier = DesktopNotifier(bus=_bus(bus_address, "t3"), address=bus_address)
    ids: list[int] = []
    ran: list[str] = []
    notifier.sent.connect(ids.append)
    notifier.notify("t", "b", [Action("snooze-10", "Snooze 10 min", lambda: ran.append("x"))])
    wait_until(qapp, lambda: ran == ["x"])  # the server's own press, on our id
    assert server.stdin is not None
    server.stdin.write(f"invoke {ids[0] + 100} snooze-10\n")
    server.stdin.flush()
    qapp.processEvents()
    time.sleep(0.3)
    qapp.processEvents()
    assert ran == ["x"]


def test_without_a_server_the_chain_falls_back_to_the_banner(qapp, bus_address):
    from companion.ui.shell.desktop_notify import DesktopNotifier
    from companion.ui.shell.notify import Banner, BannerNotifier, NotifierChain, TrayNotifier

    desktop = DesktopNotifier(bus=_bus(bus_address, "t4"), address=bus_address)
    assert not desktop.available()
    banner = Banner()
    chain = NotifierChain([desktop, TrayNotifier(None), BannerNotifier(banner)])
    assert chain.notify("Budget 100% reached", "Monthly: all spent.") == "banner"
    assert "Budget 100% reached" in banner.label.text()


@pytest.mark.skipif(
    not (os.path.exists(DAEMON) and shutil.which("xvfb-run")),
    reason="Debian's notification-daemon and Xvfb (.ci/run installs them)",
)
def test_debians_notification_daemon_on_xvfb_accepts_the_call(qapp, bus_address):
    from companion.ui.shell.desktop_notify import DesktopNotifier
    from companion.ui.shell.notify import Action

    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus_address}
    env.pop("QT_QPA_PLATFORM", None)
    daemon = subprocess.Popen(
        ["xvfb-run", "-a", DAEMON],
        env=env,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # xvfb-run's Xvfb and the daemon are stopped together
    )
    try:
        notifier = DesktopNotifier(bus=_bus(bus_address, "t5"), address=bus_address)
        wait_until(qapp, notifier.available)
        ids: list[int] = []
        notifier.sent.connect(ids.append)
        notifier.notify(
            "Mia: Sunday live", "Live now.", [Action("snooze-10", "Snooze 10 min", lambda: None)]
        )
        wait_until(qapp, lambda: ids)
        assert ids[0] > 0 and notifier.pending() == 1
    finally:
        os.killpg(daemon.pid, signal.SIGTERM)
        daemon.wait(10)
        # Let the bus tell us the server left while the notifier still exists.
        end = time.monotonic() + 0.5
        while time.monotonic() < end:
            qapp.processEvents()
