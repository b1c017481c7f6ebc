"""Notifications through desktop-notifier, the first link of the chain on Windows and macOS.

Its Windows (WinRT toasts) and macOS (UNUserNotificationCenter) backends only run there; here the
same adapter drives the library's D-Bus backend against the real test server of
test_desktop_notify.py on a private session bus, and, where installed, Debian's
notification-daemon on Xvfb. What is checked is ours: the library on its own asyncio thread,
buttons and body clicks handed back to Qt's GUI thread, and NotificationUnavailable whenever
nothing was shown, so that the chain falls back."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest
from session_bus import wait_until

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("dbus-daemon"),
    reason="needs Linux with dbus-daemon (.ci/run installs it)",
)
pytest.importorskip("desktop_notifier")  # a dependency on Windows/macOS, of the tests on Linux

DAEMON = "/usr/lib/notification-daemon/notification-daemon"  # Debian's path


@pytest.fixture
def on_bus(monkeypatch, bus_address):
    """The library reaches the session bus through the environment, like any D-Bus client."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus_address)
    return bus_address


@pytest.fixture
def make_notifier(qapp):
    made = []

    def make(**kwargs):
        from companion.ui.shell.library_notify import LibraryNotifier

        notifier = LibraryNotifier(**{"app_name": "Fan Companion", **kwargs})
        made.append(notifier)
        return notifier

    yield make
    for notifier in made:
        notifier.close()


def _next_call(server) -> dict:
    assert server.stdout is not None
    # A Notify the server could not dispatch never arrives: fail, do not hang.
    assert select.select([server.stdout], [], [], 10)[0], "the server got no Notify call"
    return json.loads(server.stdout.readline())


def test_shown_with_its_buttons_and_a_pressed_one_runs_on_the_gui_thread(
    qapp, on_bus, server, make_notifier
):
    from companion.ui.shell.notify import Action

    notifier = make_notifier()
    ran: list[tuple[str, threading.Thread]] = []
    shown = notifier.notify(
        "Mia: Sunday live",
        "Live in 10 min, at 20:00. It's 'on'\nagain",
        [
            Action("open-stream", "Open stream", lambda: ran.append(("stream", _thread()))),
            Action("snooze-10", "Snooze 10 min", lambda: ran.append(("snooze", _thread()))),
        ],
    )
    assert shown == "native"
    call = _next_call(server)
    assert call["summary"] == "Mia: Sunday live"
    assert call["body"] == "Live in 10 min, at 20:00. It's 'on'\nagain"
    assert call["app"] == "Fan Companion"
    # "default" is the body click; then each button under the key its Action gave.
    assert call["actions"] == [
        "default",
        "",
        "open-stream",
        "Open stream",
        "snooze-10",
        "Snooze 10 min",
    ]
    # The server presses the first button by itself; the library hears it on its own thread,
    # and the Action runs on Qt's, once the GUI loop turns.
    wait_until(qapp, lambda: ran)
    assert ran == [("stream", threading.main_thread())]


def test_a_click_on_the_body_brings_the_window(qapp, qtbot, ctx, on_bus, server, make_notifier):
    from companion.ui.shell.main_window import MainWindow
    from companion.ui.shell.pages import page_specs

    window = MainWindow(ctx, page_specs(tray_available=True), keeps_running_in_tray=lambda: True)
    qtbot.addWidget(window)
    notifier = make_notifier()
    # As the app wires it (app.py): the first notifier's `activated` brings the window.
    notifier.activated.connect(window.bring_to_front)
    on_thread: list[threading.Thread] = []
    notifier.activated.connect(lambda: on_thread.append(_thread()))
    assert not window.isVisible()  # in the tray
    notifier.notify("Budget 80% reached", "Monthly: $40.00 of $50.00 (80%).")
    nid = _next_call(server)["id"]
    assert server.stdin is not None
    server.stdin.write(f"invoke {nid} default\n")
    server.stdin.flush()
    wait_until(qapp, window.isVisible)
    assert on_thread == [threading.main_thread()]


def test_without_a_notification_server_the_chain_falls_back(qapp, on_bus, make_notifier):
    from companion.ui.shell.notify import (
        Banner,
        BannerNotifier,
        NotificationUnavailable,
        NotifierChain,
        TrayNotifier,
    )

    notifier = make_notifier()
    with pytest.raises(NotificationUnavailable):
        notifier.notify("Budget 100% reached", "Monthly: all spent.")
    banner = Banner()
    chain = NotifierChain([notifier, TrayNotifier(None), BannerNotifier(banner)])
    # Again: a failed attempt leaves nothing behind that makes the next one hang or succeed.
    assert chain.notify("Budget 100% reached", "Monthly: all spent.") == "banner"
    assert "Budget 100% reached" in banner.label.text()


def test_without_a_session_bus_it_is_unavailable(qapp, monkeypatch, tmp_path, make_notifier):
    from companion.ui.shell.notify import NotificationUnavailable

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    with pytest.raises(NotificationUnavailable):
        make_notifier().notify("t", "b")


def test_a_notification_centre_that_does_not_answer_in_time_is_unavailable_and_stays_silent(
    qapp, on_bus, server, make_notifier
):
    from companion.ui.shell.notify import NotificationUnavailable

    notifier = make_notifier()
    assert notifier.notify("first", "b") == "native"  # set up, connected: nothing left to wait for
    assert _next_call(server)["summary"] == "first"
    # The loop is held until the window has given up, as a centre that does not answer holds
    # it; with no wait at all, no clock (moved or not) decides the outcome.
    gate = threading.Event()
    notifier._loop.call_soon_threadsafe(gate.wait)
    notifier._timeout = 0
    try:
        with pytest.raises(NotificationUnavailable):
            notifier.notify("given up", "b")  # returns: the window does not wait for an answer
    finally:
        gate.set()
    notifier._timeout = 5
    assert notifier.notify("next", "b") == "native"
    # The loop runs in order: had the given-up one been sent late, after the tray showed it,
    # the server would have heard it before this one.
    assert _next_call(server)["summary"] == "next"


def test_while_the_permission_question_is_open_the_tray_takes_over_at_once(
    qapp, monkeypatch, on_bus, server, make_notifier
):
    """macOS asks the fan whether the app may notify, the first time it starts; until the
    answer, each message goes to the tray without the window waiting for it."""
    import asyncio

    from desktop_notifier import DesktopNotifier

    from companion.ui.shell.notify import NotificationUnavailable

    async def unanswered(_self) -> bool:
        await asyncio.sleep(60)
        return True

    monkeypatch.setattr(DesktopNotifier, "request_authorisation", unanswered)
    notifier = make_notifier(timeout=5)
    wait_until(qapp, lambda: notifier._asking)
    start = time.monotonic()
    with pytest.raises(NotificationUnavailable, match="permission"):
        notifier.notify("t", "b")
    assert time.monotonic() - start < 1


def test_on_macos_a_message_while_the_app_is_in_front_goes_to_the_next_notifier(
    qapp, on_bus, server, make_notifier
):
    """macOS does not show an app's own notification while it is the active app (the library's
    delegate does not ask it to), yet reports it sent: the chain must move on then."""
    from companion.ui.shell.notify import Banner, BannerNotifier, NotifierChain, TrayNotifier

    in_front = [True]
    notifier = make_notifier(in_front=lambda: in_front[0])
    banner = Banner()
    chain = NotifierChain([notifier, TrayNotifier(None), BannerNotifier(banner)])
    assert chain.notify("Mia: Sunday live", "Live now.") == "banner"
    in_front[0] = False
    assert chain.notify("Mia: Sunday live", "Live now.") == "native"
    assert _next_call(server)["summary"] == "Mia: Sunday live"


def test_the_librarys_dummy_backend_counts_as_unavailable(
    qapp, monkeypatch, on_bus, server, make_notifier
):
    """macOS outside an app bundle (and Windows before 10) get the library's dummy backend,
    which "sends" into nothing and reports success."""
    from desktop_notifier import main
    from desktop_notifier.backends.dummy import DummyNotificationCenter

    from companion.ui.shell.notify import NotificationUnavailable

    monkeypatch.setattr(main, "get_backend_class", lambda: DummyNotificationCenter)
    with pytest.raises(NotificationUnavailable, match="no notification centre"):
        make_notifier().notify("t", "b")


@pytest.mark.parametrize(
    ("platform", "first", "app_name"),
    [
        ("win32", "LibraryNotifier", "io.github.fan_companion"),  # an AUMID: no spaces
        ("darwin", "LibraryNotifier", "Fan Companion"),
        ("linux", "DesktopNotifier", None),
        ("freebsd", "TrayNotifier", None),
    ],
)
def test_each_platform_gets_its_native_notifier_before_the_tray(
    qapp, monkeypatch, platform, first, app_name
):
    import desktop_notifier.backends.dbus  # noqa: F401 - imported now, under the real platform

    from companion.ui.shell.library_notify import connect_native, fallback_chain
    from companion.ui.shell.notify import Banner

    monkeypatch.setattr(sys, "platform", platform)
    chain = fallback_chain(None, Banner())
    native = connect_native(chain, qapp)
    names = [type(n).__name__ for n in chain._notifiers]
    monkeypatch.undo()
    assert names[0] == first
    assert names[-2:] == ["TrayNotifier", "BannerNotifier"]
    assert (native is None) == (first == "TrayNotifier")
    if app_name is not None:
        assert native._app_name == app_name
        # Only macOS hides notifications of the app in front; Windows shows its toasts.
        assert (native._in_front is not None) == (platform == "darwin")
    if first == "LibraryNotifier":
        native.close()


def test_on_windows_and_macos_the_chain_delivers_through_the_library(
    qapp, monkeypatch, on_bus, server
):
    """The whole chain as Windows and macOS build it; the library's backend is chosen by the
    real system, so here it speaks D-Bus to the test server."""
    from companion.ui.shell import library_notify
    from companion.ui.shell.notify import Banner

    made = []
    real = library_notify.native_notifier
    monkeypatch.setattr(
        library_notify, "native_notifier", lambda app: made.append(real(app, "win32")) or made[-1]
    )
    banner = Banner()
    chain = library_notify.fallback_chain(None, banner)
    library_notify.connect_native(chain, qapp)
    try:
        assert chain.notify("Mia: Sunday live", "Live now.") == "native"
        assert _next_call(server)["summary"] == "Mia: Sunday live"
        assert not banner.isVisibleTo(None)
    finally:
        made[0].close()


@pytest.mark.skipif(
    not (os.path.exists(DAEMON) and shutil.which("xvfb-run")),
    reason="Debian's notification-daemon and Xvfb (.ci/run installs them)",
)
def test_debians_notification_daemon_on_xvfb_shows_it(qapp, on_bus, make_notifier):
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)
    daemon = subprocess.Popen(
        ["xvfb-run", "-a", DAEMON],
        env=env,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # xvfb-run's Xvfb and the daemon are stopped together
    )
    try:
        from companion.ui.shell.notify import Action, NotificationUnavailable

        notifier = make_notifier()
        end = time.monotonic() + 10
        while True:  # until the daemon owns its name on the bus
            try:
                shown = notifier.notify(
                    "Mia: Sunday live",
                    "Live now.",
                    [Action("snooze-10", "Snooze 10 min", lambda: None)],
                )
                break
            except NotificationUnavailable:
                assert time.monotonic() < end, "notification-daemon never answered"
                time.sleep(0.2)
        assert shown == "native"
    finally:
        os.killpg(daemon.pid, signal.SIGTERM)
        daemon.wait(10)


def _thread() -> threading.Thread:
    return threading.current_thread()
