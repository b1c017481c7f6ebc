"""``companion doctor`` names the native notifications the installation can send."""

from __future__ import annotations

import sys

import pytest

from companion.cli.commands.doctor_cmd import notifications


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_name_the_librarys_backend(platform) -> None:
    from desktop_notifier.main import get_backend_class

    assert notifications(platform) == f"desktop-notifier ({get_backend_class().__name__})"


def test_a_build_without_the_library_says_it_is_missing(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "desktop_notifier.main", None)  # import fails
    assert notifications("win32").startswith("missing: desktop-notifier")


def test_linux_needs_gdbus(monkeypatch) -> None:
    import shutil

    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert notifications("linux") == "missing: gdbus (libglib2.0-bin)"
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    assert notifications("linux") == "D-Bus (gdbus)"
