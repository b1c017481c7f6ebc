"""No tray, no silent stop: closing the window without a tray asks once whether reminders keep
running, the answer is in Settings, and the XDG background portal is asked where there is one."""

from __future__ import annotations

import os

import pytest


@pytest.fixture
def asked():
    return []


@pytest.fixture
def background(ctx, asked):
    from companion.ui.shell.background import Background

    portal: list[bool] = []

    def asker(_parent, answer=True):
        asked.append(True)
        return answer

    bg = Background(
        lambda: ctx.settings, lambda: None, asker=asker, portal=lambda: portal.append(True) or True
    )
    bg.portal_calls = portal
    return bg


def _window(qtbot, ctx, background):
    from companion.ui.shell.main_window import MainWindow
    from companion.ui.shell.pages import page_specs

    win = MainWindow(
        ctx,
        page_specs(tray_available=False),
        keeps_running_in_background=background.keep_running_on_close,
    )
    qtbot.addWidget(win)
    quits: list[bool] = []
    win.quit_requested.connect(lambda: quits.append(True))
    return win, quits


def test_closing_without_a_tray_asks_once_and_keeps_running(qtbot, ctx, background, asked):
    win, quits = _window(qtbot, ctx, background)
    win.show()
    win.close()
    assert asked == [True] and not win.isVisible() and quits == []
    assert ctx.settings.get("keep_running_without_tray") is True
    assert background.portal_calls == [True]  # the desktop is told once
    win.bring_to_front()
    win.close()
    assert asked == [True] and quits == [] and background.portal_calls == [True]
    win.request_quit()  # File > Quit still quits
    assert quits == [True]


def test_answering_quit_quits_and_is_not_asked_again(qtbot, ctx, asked):
    from companion.ui.shell.background import Background

    bg = Background(
        lambda: ctx.settings,
        lambda: None,
        asker=lambda _p: asked.append(1) or False,
        portal=lambda: pytest.fail("no background wanted"),
    )
    win, quits = _window(qtbot, ctx, bg)
    win.show()
    win.close()
    assert quits == [True] and asked == [1]
    assert ctx.settings.get("keep_running_without_tray") is False
    assert bg.keep_running_on_close() is False and asked == [1]


def test_the_choice_made_in_settings_is_not_asked_on_close(qtbot, ctx, background, asked):
    from companion.ui.shell.settings_page import SettingsPage

    page = SettingsPage(ctx, tray_available=False)
    qtbot.addWidget(page)
    assert page.keep_running.isEnabled() and not page.keep_running.isChecked()
    page.keep_running.setChecked(True)
    assert ctx.settings.get("keep_running_without_tray") is True
    win, quits = _window(qtbot, ctx, background)
    win.show()
    win.close()
    assert asked == [] and quits == [] and not win.isVisible()


def test_with_a_tray_the_setting_is_shown_but_the_tray_decides(qtbot, ctx):
    from companion.ui.shell.settings_page import SettingsPage

    page = SettingsPage(ctx, tray_available=True)
    qtbot.addWidget(page)
    assert not page.keep_running.isEnabled() and page.keep_running.isChecked()


def test_no_portal_on_the_bus_is_no_error(qapp):
    import shutil
    import subprocess

    if not shutil.which("dbus-daemon"):
        if os.environ.get("CI"):
            pytest.fail("dbus-daemon is missing: CI must test the background portal on a bus")
        pytest.skip("needs dbus-daemon (.ci/run installs it)")
    from PySide6.QtDBus import QDBusConnection

    from companion.ui.shell.background import request_background

    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        bus = QDBusConnection.connectToBus(proc.stdout.readline().strip(), "bg-test")
        assert bus.isConnected()
        assert request_background(bus) is False
    finally:
        proc.terminate()
        proc.wait(10)
        assert proc.stdout is not None
        proc.stdout.close()


def test_the_portal_is_asked_on_a_bus_that_has_one(qapp):
    import json
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    if not shutil.which("dbus-daemon"):
        if os.environ.get("CI"):
            pytest.fail("dbus-daemon is missing: CI must test the background portal on a bus")
        pytest.skip("needs dbus-daemon (.ci/run installs it)")
    from PySide6.QtDBus import QDBusConnection

    from companion.ui.shell.background import request_background

    bus_proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert bus_proc.stdout is not None
    address = bus_proc.stdout.readline().strip()
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "offscreen"}
    portal = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("portal_server.py"))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert portal.stdout is not None and portal.stdout.readline().strip() == "ready"
        bus = QDBusConnection.connectToBus(address, "bg-portal-test")
        assert request_background(bus) is True
        import select

        # A call the portal could not dispatch (wrong types) never arrives: fail, do not hang.
        assert select.select([portal.stdout], [], [], 10)[0], "the portal got no call"
        call = json.loads(portal.stdout.readline())
        assert call["parent_window"] == ""
        assert call["options"]["autostart"] is False and call["options"]["reason"]
    finally:
        assert portal.stdin is not None and portal.stdout is not None
        portal.stdin.close()
        portal.wait(10)
        portal.stdout.close()
        bus_proc.terminate()
        bus_proc.wait(10)
        bus_proc.stdout.close()
