"""Start at login writes what each system reads, and removes it again."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

import pytest

from companion.core import autostart


def test_linux_xdg_autostart_entry(tmp_path: Path) -> None:
    command = ["/opt/fan/FanCompanion", "--minimised"]
    path = autostart.set_enabled(True, platform="linux", home=tmp_path, command=command)
    assert path.name == "fan-companion.desktop"
    text = path.read_text()
    assert "Exec=/opt/fan/FanCompanion --minimised" in text
    assert "[Desktop Entry]" in text
    assert autostart.is_enabled("linux", tmp_path)
    autostart.set_enabled(False, platform="linux", home=tmp_path)
    assert not autostart.is_enabled("linux", tmp_path)


def test_macos_launch_agent(tmp_path: Path) -> None:
    path = autostart.set_enabled(
        True,
        platform="darwin",
        home=tmp_path,
        command=["/Applications/Fan Companion.app/x", "--minimised"],
    )
    assert path.parent == tmp_path / "Library" / "LaunchAgents"
    agent = plistlib.loads(path.read_bytes())
    assert agent["RunAtLoad"] is True
    assert agent["ProgramArguments"][-1] == "--minimised"
    autostart.set_enabled(False, platform="darwin", home=tmp_path)
    assert not path.exists()


def test_the_launch_command_starts_minimised() -> None:
    assert autostart.launch_command()[-1] == "--minimised"


@pytest.mark.skipif(not sys.platform.startswith("win"), reason="the Run key is Windows-only")
def test_windows_run_key() -> None:
    autostart.set_enabled(True)
    try:
        assert autostart.is_enabled()
    finally:
        autostart.set_enabled(False)
    assert not autostart.is_enabled()
