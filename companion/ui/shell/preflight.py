"""Before Qt starts on Linux: name the system libraries it cannot load, and the command that
installs them.

Without this, a bare machine gets Qt's abort (exit 134) naming only xcb-cursor0, whatever is
really missing, or an ImportError from PySide6.QtGui when libGL or libEGL is absent. The check
must run before anything imports PySide6, so this module never imports it. The frozen app
(build.spec) runs it too: it bundles copies of the xcb utility libraries, which the loader
finds, but never libGL, libEGL, libxcb.so.1 itself nor the other GUI_LIBRARIES (build.spec
takes them from the system, as PySide6's wheel does).
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

# soname -> (Debian/Ubuntu package, Fedora/RHEL package). The README's qt-libs line is the
# Debian column; tests/unit/test_preflight.py holds the two together.
#
# What PySide6's QtGui, QtWidgets and QtDBus libraries link against: needed whatever platform
# plugin Qt loads, offscreen included (`readelf -d` on the wheel's Qt/lib).
GUI_LIBRARIES: dict[str, tuple[str, str]] = {
    "libGL.so.1": ("libgl1", "mesa-libGL"),
    "libEGL.so.1": ("libegl1", "mesa-libEGL"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}
# What the xcb (X11) platform plugin adds: libqxcb.so and libQt6XcbQpa.so's NEEDED entries.
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
}
DEBIAN, FEDORA = 0, 1
_FAMILIES = {"debian": DEBIAN, "ubuntu": DEBIAN, "fedora": FEDORA, "rhel": FEDORA, "centos": FEDORA}

# Names of libraries to treat as missing although they load: lets a test drive the real
# `companion` (or the frozen app) down this path on a machine that has everything.
PRETEND_MISSING_ENV = "COMPANION_TEST_MISSING_LIBS"


def platform_is_xcb(env: Mapping[str, str]) -> bool:
    """Will Qt end up on its xcb plugin? Mirrors QGuiApplication's choice: QT_QPA_PLATFORM (a
    ';' list tried in order, each name maybe with ':options') or, unset, Wayland when
    WAYLAND_DISPLAY is set and xcb otherwise."""
    wayland = bool(env.get("WAYLAND_DISPLAY"))
    names = [n.split(":", 1)[0].strip().lower() for n in env.get("QT_QPA_PLATFORM", "").split(";")]
    names = [n for n in names if n] or (["wayland", "xcb"] if wayland else ["xcb"])
    for name in names:
        if name == "wayland" and not wayland:
            continue  # fails without a compositor: Qt tries the next name
        return name == "xcb"
    return False


def required_libraries(env: Mapping[str, str]) -> list[str]:
    names = list(GUI_LIBRARIES)
    if platform_is_xcb(env):
        names += XCB_LIBRARIES
    return names


def load_error(soname: str) -> str | None:
    """Why the dynamic loader cannot load ``soname`` the way Qt's libraries will ask for it
    (the frozen app's bundled copies included), or None when it can."""
    try:
        ctypes.CDLL(soname)
    except OSError as exc:
        # In the frozen app PyInstaller's ctypes hook re-raises the loader's error as its own
        # "Failed to load dynlib" one; the loader's words name the file that failed.
        cause: BaseException = exc
        while isinstance(cause.__cause__, OSError):
            cause = cause.__cause__
        return str(cause)
    return None


def _culprit(soname: str, error: str) -> str:
    """The library the loader could not find: the one asked for, or one it needs (glibc names
    the file it failed on first: "libxcb.so.1: cannot open shared object file")."""
    failed = Path(error.split(": ", 1)[0].strip()).name
    return failed if re.fullmatch(r"[\w.+-]+\.so(\.\w+)*", failed) else soname


def missing_libraries(
    sonames: Iterable[str],
    *,
    load: Callable[[str], str | None] = load_error,
    pretend: str = "",
) -> list[str]:
    """The libraries that are not there. A present library whose own dependency is missing
    names that dependency instead, so one missing libxcb.so.1 is not reported as twenty."""
    pretend_missing = {name.strip() for name in pretend.split(",") if name.strip()}
    missing: list[str] = []
    for soname in sonames:
        if soname in pretend_missing:
            culprit = soname
        else:
            error = load(soname)
            if error is None:
                continue
            culprit = _culprit(soname, error)
        if culprit not in missing:
            missing.append(culprit)
    return missing


def parse_os_release(text: str) -> dict[str, str]:
    """KEY=value lines of os-release(5); values may be quoted."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.strip().partition("=")
        if not sep or key.startswith("#"):
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        fields[key] = value
    return fields


def read_os_release() -> dict[str, str]:
    for path in (Path("/etc/os-release"), Path("/usr/lib/os-release")):
        try:
            return parse_os_release(path.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            continue
    return {}


def package_family(os_release: Mapping[str, str]) -> int | None:
    """DEBIAN, FEDORA or None, from ID and then ID_LIKE (Mint is "ubuntu debian", Rocky
    "rhel centos fedora")."""
    ids = [os_release.get("ID", ""), *os_release.get("ID_LIKE", "").split()]
    for name in ids:
        family = _FAMILIES.get(name.strip().lower())
        if family is not None:
            return family
    return None


def packages_for(sonames: Iterable[str], family: int) -> list[str]:
    """Each package once, in the order asked; a library not in the tables (a dependency of
    one of them) has no package to name here."""
    table = GUI_LIBRARIES | XCB_LIBRARIES
    return list(dict.fromkeys(table[name][family] for name in sonames if name in table))


def install_command(
    sonames: Iterable[str], os_release: Mapping[str, str], *, root: bool
) -> str | None:
    """The one apt-get or dnf line that installs ``sonames``; None on other systems."""
    family = package_family(os_release)
    packages = [] if family is None else packages_for(sonames, family)
    if family is None or not packages:
        return None
    tool = "apt-get" if family == DEBIAN else "dnf"
    sudo = "" if root else "sudo "
    return f"{sudo}{tool} install -y {' '.join(packages)}"


def check(
    env: Mapping[str, str] | None = None,
    *,
    platform: str = sys.platform,
    load: Callable[[str], str | None] = load_error,
    os_release: Mapping[str, str] | None = None,
    root: bool | None = None,
) -> str | None:
    """None when Qt can start here, else one line saying what is missing and how to get it."""
    if not platform.startswith("linux"):
        return None
    env = os.environ if env is None else env
    missing = missing_libraries(
        required_libraries(env), load=load, pretend=env.get(PRETEND_MISSING_ENV, "")
    )
    if missing:
        os_release = read_os_release() if os_release is None else os_release
        root = os.geteuid() == 0 if root is None else root
        command = install_command(missing, os_release, root=root)
        how = (
            f"install them with: {command}"
            if command
            else ("install the packages that provide them with your system's package manager")
        )
        return (
            f"the window cannot open: Qt needs system libraries that are missing "
            f"({', '.join(missing)}); {how}"
        )
    if platform_is_xcb(env) and not env.get("DISPLAY"):
        return (
            "the window cannot open: there is no X11 or Wayland display (DISPLAY is not set); "
            "start it from a desktop session, or use a command (companion --help)"
        )
    return None
