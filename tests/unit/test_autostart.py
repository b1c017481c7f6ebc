"""Start at login writes what each system reads, and removes it again."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
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


def _read_exec(value: str) -> list[str]:
    """The Desktop Entry Specification read back: string escapes, then Exec quoting."""
    text, i, out = "", 0, []
    while i < len(value):  # string-value escapes
        if value[i] == "\\" and i + 1 < len(value):
            text += {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[value[i + 1]]
            i += 2
        else:
            text += value[i]
            i += 1
    arg, quoted, i, started = "", False, 0, False
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\":
                arg += text[i + 1]
                i += 1
            elif c == '"':
                quoted = False
            else:
                arg += c
        elif c == '"':
            quoted = started = True
        elif c == " ":
            if started:
                out.append(arg)
            arg, started = "", False
        else:
            arg += c
            started = True
        i += 1
    if started:
        out.append(arg)
    return [a.replace("%%", "%") for a in out]


@pytest.mark.parametrize(
    "program",
    [
        "/opt/Fan Companion/FanCompanion",
        "/home/zoë/Programme/Fan Companion/FanCompanion",
        "/tmp/it's here/FanCompanion",
        '/tmp/say "hi"/FanCompanion',
        "/tmp/$HOME `x` & (y); z #1/FanCompanion",
        "/tmp/back\\slash/FanCompanion",
        "/tmp/100% sure/FanCompanion",
    ],
)
def test_the_autostart_entry_starts_the_app_from_any_folder(tmp_path: Path, program) -> None:
    command = [program, "--minimised"]
    path = autostart.set_enabled(True, platform="linux", home=tmp_path, command=command)
    exec_value = next(
        line.split("=", 1)[1] for line in path.read_text().splitlines() if line.startswith("Exec=")
    )
    assert _read_exec(exec_value) == command
    validator = shutil.which("desktop-file-validate")
    if validator:  # the freedesktop reference validator, when installed (CI installs it)
        result = subprocess.run([validator, str(path)], check=False, capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
