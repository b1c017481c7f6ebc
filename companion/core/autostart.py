"""Start at login, the way each system expects: an XDG autostart entry (Linux), a LaunchAgent
(macOS), or the per-user Run key (Windows). The app then starts minimised to the tray."""

from __future__ import annotations

import contextlib
import os
import plistlib
import sys
from pathlib import Path

from companion import APP_ID, APP_NAME
from companion.core.errors import StoreError

LABEL = "io.github.fan-companion"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command() -> list[str]:
    """How to start this very app: the frozen executable, or this Python with -m companion."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--minimised"]
    return [sys.executable, "-m", "companion", "--minimised"]


# The Desktop Entry Specification's reserved characters: an argument holding any of them (or
# nothing at all) is written inside double quotes, where ", `, $ and \ take a backslash.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def desktop_exec(command: list[str]) -> str:
    """``command`` as a desktop entry's Exec value (not shlex: single quotes are not quoting
    there). Backslashes are doubled once more because Exec is a string value, and % is a
    field code, written %%."""
    parts = []
    for arg in command:
        if arg and not _RESERVED & set(arg):
            quoted = arg
        else:
            inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            quoted = f'"{inner}"'
        parts.append(quoted.replace("\\", "\\\\").replace("\n", "\\n").replace("%", "%%"))
    return " ".join(parts)


def _icon() -> str:
    """The app's icon by path: the autostart entry must show it even where the app's icon
    is not installed in the desktop's icon theme."""
    from companion.core.store.paths import resource

    icon = resource("icons", "png", "companion-256.png")
    return str(icon) if icon.is_file() else APP_ID


def _linux_file(home: Path) -> Path:
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    return config / "autostart" / f"{APP_ID}.desktop"


def _mac_file(home: Path) -> Path:
    return home / "Library" / "LaunchAgents" / f"{LABEL}.plist"


def is_enabled(platform: str = sys.platform, home: Path | None = None) -> bool:
    home = home or Path.home()
    if platform.startswith("win"):
        return _windows_value() is not None
    path = _mac_file(home) if platform == "darwin" else _linux_file(home)
    return path.exists()


def set_enabled(
    on: bool,
    platform: str = sys.platform,
    home: Path | None = None,
    command: list[str] | None = None,
) -> Path | str:
    """Turn starting at login on or off; returns where it is recorded."""
    home = home or Path.home()
    command = command or launch_command()
    try:
        if platform.startswith("win"):
            return _windows(on, command)
        if platform == "darwin":
            path = _mac_file(home)
            data = plistlib.dumps(
                {
                    "Label": LABEL,
                    "ProgramArguments": command,
                    "RunAtLoad": True,
                    "ProcessType": "Interactive",
                }
            )
        else:
            path = _linux_file(home)
            data = (
                "[Desktop Entry]\nType=Application\n"
                f"Name={APP_NAME}\nExec={desktop_exec(command)}\n"
                f"Icon={_icon()}\nX-GNOME-Autostart-enabled=true\n"
                "Comment=Reminders for your creators' live streams\n"
            ).encode()
        if on:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(path.suffix + ".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        else:
            path.unlink(missing_ok=True)
        return path
    except OSError as exc:
        raise StoreError(f"Could not change starting at login ({exc.strerror or exc}).") from None


def _windows_value() -> str | None:
    try:
        import winreg
    except ImportError:
        return None
    assert sys.platform == "win32"  # winreg exists only there; lets the checker read its API
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            return str(winreg.QueryValueEx(key, APP_NAME)[0])
    except OSError:
        return None


def _windows(on: bool, command: list[str]) -> str:
    import winreg

    assert sys.platform == "win32"  # winreg exists only there; lets the checker read its API
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
        if on:
            winreg.SetValueEx(
                key, APP_NAME, 0, winreg.REG_SZ, " ".join(f'"{part}"' for part in command)
            )
        else:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, APP_NAME)
    return rf"HKEY_CURRENT_USER\{RUN_KEY}\{APP_NAME}"
