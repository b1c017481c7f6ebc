"""A private D-Bus session bus and the test notification server on it (notification_server.py),
shared by the tests of both desktop notifiers: our gdbus one and desktop-notifier's."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

SERVER = Path(__file__).with_name("notification_server.py")


@pytest.fixture
def bus_address():
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # "Failed to set fd limit" in containers
        text=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    yield address
    proc.terminate()
    proc.wait(10)
    proc.stdout.close()


@pytest.fixture
def server(bus_address):
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus_address, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, str(SERVER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    yield proc
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(10)
    assert proc.stdout is not None
    proc.stdout.close()


def wait_until(qapp, done, seconds: float = 10) -> None:
    """Turn Qt's loop until `done()`, failing after `seconds`."""
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.01)
    assert done()
