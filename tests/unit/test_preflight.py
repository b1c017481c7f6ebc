"""The check before Qt starts: a bare Linux machine gets the missing libraries and the one
install line, not Qt's abort."""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from companion.ui.shell import preflight
from companion.ui.shell.preflight import (
    GUI_LIBRARIES,
    PRETEND_MISSING_ENV,
    XCB_LIBRARIES,
    check,
    parse_os_release,
    platform_is_xcb,
    required_libraries,
)

ROOT = Path(__file__).resolve().parents[2]
DEBIAN = {"ID": "debian"}
UBUNTU = {"ID": "ubuntu", "ID_LIKE": "debian"}
FEDORA = {"ID": "fedora"}
X11 = {"DISPLAY": ":0"}


def missing(*names: str):
    """A loader for which exactly ``names`` are not there (glibc's words)."""

    def load(soname: str) -> str | None:
        if soname in names:
            return f"{soname}: cannot open shared object file: No such file or directory"
        return None

    return load


def run_check(env: dict[str, str], *gone: str, os_release=DEBIAN, root=False) -> str | None:
    return check(env, platform="linux", load=missing(*gone), os_release=os_release, root=root)


@pytest.mark.parametrize(
    ("env", "xcb"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:dpi=96"}, True),
        ({"QT_QPA_PLATFORM": ""}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),
        # Wayland with no compositor fails, and Qt goes on to the next name in the list.
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, True),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "wayland-0"}, False),
    ],
)
def test_which_platform_qt_will_use(env: dict[str, str], xcb: bool) -> None:
    assert platform_is_xcb(env) is xcb


def test_offscreen_needs_only_what_qtgui_links_against() -> None:
    assert required_libraries({"QT_QPA_PLATFORM": "offscreen"}) == list(GUI_LIBRARIES)
    assert set(required_libraries({})) == set(GUI_LIBRARIES) | set(XCB_LIBRARIES)


def test_nothing_missing_on_x11_lets_qt_start() -> None:
    assert run_check(X11) is None


def test_missing_xcb_libraries_are_named_with_the_apt_line() -> None:
    message = run_check(X11, "libxcb-cursor.so.0", "libxkbcommon-x11.so.0")
    assert message is not None and "\n" not in message
    assert "(libxkbcommon-x11.so.0, libxcb-cursor.so.0)" in message
    assert message.endswith("sudo apt-get install -y libxkbcommon-x11-0 libxcb-cursor0")


def test_ubuntu_and_its_derivatives_get_apt() -> None:
    mint = parse_os_release('ID=linuxmint\nID_LIKE="ubuntu debian"\n')
    for os_release in (UBUNTU, mint):
        message = run_check(X11, "libEGL.so.1", os_release=os_release)
        assert message is not None
        assert message.endswith("install them with: sudo apt-get install -y libegl1")


def test_fedora_and_rhel_get_dnf() -> None:
    rocky = parse_os_release('NAME="Rocky Linux"\nID="rocky"\nID_LIKE="rhel centos fedora"\n')
    for os_release in (FEDORA, rocky):
        message = run_check(X11, "libxcb-cursor.so.0", "libxcb-shape.so.0", os_release=os_release)
        assert message is not None
        assert message.endswith("sudo dnf install -y xcb-util-cursor libxcb")


def test_one_package_is_named_once_for_several_of_its_libraries() -> None:
    message = run_check(X11, "libxcb-randr.so.0", "libxcb-shm.so.0", os_release=FEDORA)
    assert message is not None
    assert message.endswith("dnf install -y libxcb")
    message = run_check(X11, "libglib-2.0.so.0", "libgthread-2.0.so.0")
    assert message is not None
    assert message.endswith("apt-get install -y libglib2.0-0")


def test_a_missing_dependency_is_named_instead_of_everything_that_needs_it() -> None:
    # Without libxcb.so.1 every xcb library, and libGL through libX11, fails to load.
    def load(soname: str) -> str | None:
        if soname.startswith(("libxcb", "libX11", "libGL", "libxkbcommon-x11")):
            return "libxcb.so.1: cannot open shared object file: No such file or directory"
        return None

    message = check(X11, platform="linux", load=load, os_release=DEBIAN, root=False)
    assert message is not None
    assert "(libxcb.so.1)" in message
    assert message.endswith("install them with: sudo apt-get install -y libxcb1")


def test_a_damaged_file_counts_as_missing() -> None:
    def load(soname: str) -> str | None:
        if soname == "libEGL.so.1":
            return "/lib/x86_64-linux-gnu/libEGL.so.1: file too short"
        return None

    message = check(X11, platform="linux", load=load, os_release=DEBIAN, root=False)
    assert message is not None
    assert message.endswith("(libEGL.so.1); install them with: sudo apt-get install -y libegl1")


def test_a_dependency_outside_the_tables_is_named_without_a_package() -> None:
    def load(soname: str) -> str | None:
        if soname == "libxcb.so.1":
            return "libXau.so.6: cannot open shared object file: No such file or directory"
        return None

    message = check(X11, platform="linux", load=load, os_release=DEBIAN, root=False)
    assert message is not None
    assert "(libXau.so.6)" in message
    assert "apt-get" not in message and "package manager" in message


def test_the_frozen_apps_wrapped_loader_error_still_names_the_file(monkeypatch) -> None:
    # PyInstaller's ctypes hook raises its own error "from" the loader's one.
    class PyInstallerImportError(OSError):
        pass

    def cdll(name: str) -> None:
        try:
            raise OSError("/usr/lib/x86_64-linux-gnu/libxcb.so.1: file too short")
        except OSError as base_error:
            message = f"Failed to load dynlib/dll {name!r}. Most likely this dynlib/dll was not"
            raise PyInstallerImportError(message) from base_error

    monkeypatch.setattr(preflight.ctypes, "CDLL", cdll)
    assert preflight.missing_libraries(["libxcb-cursor.so.0"]) == ["libxcb.so.1"]


def test_root_is_not_told_to_sudo() -> None:
    message = run_check(X11, "libxcb-cursor.so.0", root=True)
    assert message is not None
    assert message.endswith("; install them with: apt-get install -y libxcb-cursor0")


def test_other_systems_get_the_libraries_without_a_guessed_command() -> None:
    for os_release in ({"ID": "arch"}, {"ID": "opensuse-tumbleweed", "ID_LIKE": "suse"}, {}):
        message = run_check(X11, "libxcb-cursor.so.0", os_release=os_release)
        assert message is not None
        assert "libxcb-cursor.so.0" in message
        assert "apt-get" not in message and "dnf" not in message
        assert "package manager" in message


def test_offscreen_ignores_missing_xcb_libraries_but_not_qtgui_ones() -> None:
    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    assert run_check(offscreen, "libxcb-cursor.so.0") is None
    message = run_check(offscreen, "libxcb-cursor.so.0", "libGL.so.1")
    assert message is not None
    assert "(libGL.so.1)" in message
    assert message.endswith("apt-get install -y libgl1")


def test_wayland_session_ignores_missing_xcb_libraries() -> None:
    assert run_check({"WAYLAND_DISPLAY": "wayland-0"}, "libxcb-cursor.so.0") is None


def test_no_display_is_said_before_qt_aborts_on_it() -> None:
    message = run_check({})
    assert message is not None and "DISPLAY is not set" in message
    assert run_check({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_missing_libraries_are_reported_before_the_display() -> None:
    message = run_check({}, "libxcb-cursor.so.0")
    assert message is not None and "apt-get install -y libxcb-cursor0" in message


def test_only_linux_is_checked() -> None:
    everything = list(GUI_LIBRARIES) + list(XCB_LIBRARIES)
    for platform in ("win32", "darwin"):
        assert check({}, platform=platform, load=missing(*everything), os_release=DEBIAN) is None


def test_the_pretend_variable_adds_to_what_really_fails() -> None:
    env = {**X11, PRETEND_MISSING_ENV: "libxcb-cursor.so.0, libdbus-1.so.3"}
    message = run_check(env, "libGL.so.1")
    assert message is not None
    assert "(libGL.so.1, libdbus-1.so.3, libxcb-cursor.so.0)" in message


def test_os_release_values_may_be_quoted() -> None:
    text = "# comment\nNAME=\"Debian GNU/Linux\"\nID=debian\nVERSION='12 (bookworm)'\n\nbroken\n"
    assert parse_os_release(text) == {
        "NAME": "Debian GNU/Linux",
        "ID": "debian",
        "VERSION": "12 (bookworm)",
    }


def test_the_readme_line_installs_exactly_what_the_check_asks_for() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- qt-libs -->`sudo apt-get install -y ([^`]*)`", readme)
    assert found is not None
    listed = found.group(1).split()
    assert len(listed) == len(set(listed))
    wanted = {debian for debian, _ in (GUI_LIBRARIES | XCB_LIBRARIES).values()}
    assert set(listed) == wanted


def test_the_module_never_imports_qt() -> None:
    probe = (
        "import sys; from companion.ui.shell import preflight; preflight.check(); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"


def _companion() -> str:
    script = shutil.which("companion", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the companion script is not installed beside this Python")
    return script


def _gui_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY"}}
    env["COMPANION_DATA_DIR"] = str(data_dir)
    # Qt must never get as far as connecting; if it did, --startup-probe closes it at once.
    env["DISPLAY"] = ":9173"
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux")
def test_companion_names_a_missing_library_and_exits_3(data_dir: Path) -> None:
    env = _gui_env(data_dir)
    env[PRETEND_MISSING_ENV] = "libxcb-cursor.so.0"
    result = subprocess.run(
        [_companion(), "--startup-probe"],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 3, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    os_release = preflight.read_os_release()
    command = preflight.install_command(["libxcb-cursor.so.0"], os_release, root=os.geteuid() == 0)
    assert lines[0].startswith("companion: error: the window cannot open")
    assert "(libxcb-cursor.so.0)" in lines[0]
    if preflight.package_family(os_release) == preflight.DEBIAN:
        assert command is not None and command.endswith("apt-get install -y libxcb-cursor0")
    if command is not None:
        assert lines[0].endswith(f"install them with: {command}")
    assert not data_dir.exists()  # nothing was started


def _library_path(soname: str) -> Path | None:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return None
    for line in Path("/proc/self/maps").read_text().splitlines():
        path = line.split(maxsplit=5)[-1]
        if path.endswith(f"/{soname}") or f"/{soname}." in path:
            return Path(path)
    return None


def _can_hide_files() -> bool:
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    try:
        done = subprocess.run(
            ["unshare", "-m", "true"], check=False, capture_output=True, timeout=10
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@pytest.mark.skipif(not _can_hide_files(), reason="needs root and mount namespaces (unshare -m)")
def test_a_library_really_gone_is_found_by_the_real_loader(data_dir: Path) -> None:
    # No pretending: in a private mount namespace the library's file is replaced by an empty
    # one, as on a machine without the package. Bare Qt aborts there (exit 134).
    soname = "libxcb-cursor.so.0"
    path = _library_path(soname)
    if path is None:
        pytest.skip(f"{soname} is not installed here")
    script = f'mount --bind /dev/null "{path}" && exec "{_companion()}" --startup-probe'
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", script],
        check=False,
        env=_gui_env(data_dir),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 3, result.stderr
    assert f"({soname})" in result.stderr
