"""PySide's per-module check, answered without keeping every source file in memory."""

from __future__ import annotations

import inspect
import linecache
import re
import sys
from pathlib import Path

import pytest

import companion.ui.shell.app  # noqa: F401 - installs the lighter check, as the app does
from companion.ui import qt_hook


def test_our_modules_are_not_read_and_none_selects_a_feature(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ours are all answered "uses PySide" (run with no features) unread. That is PySide's own
    answer for those that use it, and for the others it changes nothing as long as no module
    of ours ever selects a feature: PySide would switch a Qt-free one to nothing either way."""
    import companion.ui.home.home_page  # noqa: F401 - a page and the core modules it reads

    modules = [m for n, m in sorted(sys.modules.items()) if n.startswith("companion.")]
    assert len(modules) > 20
    read: list[str] = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: read.append(a[0]) or real_open(*a, **k))
    assert all(qt_hook.uses_pyside(m) for m in modules)
    assert read == []
    package = Path(qt_hook.__file__).parents[1]
    sources = sorted(package.rglob("*.py"))
    assert len(sources) > 100
    selects = re.compile(r"^\s*(from|import)\s+__feature__\b", re.MULTILINE)
    assert selects.search("x = 1\n    from __feature__ import snake_case\n")
    for source in sources:
        assert not selects.search(source.read_text(encoding="utf-8")), source


def test_other_modules_get_the_answer_pyside_would_give(tmp_path: Path) -> None:
    import json
    import sqlite3

    for module in (sqlite3, json, inspect):
        assert qt_hook.uses_pyside(module) is ("PySide6" in inspect.getsource(module))
    assert qt_hook.uses_pyside(sys) is False  # built in: no source at all
    fake = tmp_path / "companion_lookalike.py"
    fake.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    module = type(sys)("companion_lookalike")
    module.__file__ = str(fake)
    assert qt_hook.uses_pyside(module) is True  # read: not ours, whatever its name


def test_a_module_imported_after_it_leaves_no_copy_of_its_source(tmp_path: Path) -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "pyside_feature_dict"):
        pytest.fail("PySide6 no longer has the check this module replaces: remove qt_hook")
    assert feature._mod_uses_pyside is qt_hook.uses_pyside
    page = tmp_path / "fan_page_for_hook.py"
    page.write_text("from PySide6.QtWidgets import QLabel\nLABEL = QLabel\n", encoding="utf-8")
    plain = tmp_path / "fan_plain_for_hook.py"
    plain.write_text("VALUE = 1\n", encoding="utf-8")
    linecache.clearcache()
    try:
        __import__("importlib").invalidate_caches()
        sys.path.insert(0, str(tmp_path))
        import fan_page_for_hook  # noqa: F401
        import fan_plain_for_hook  # noqa: F401
    finally:
        sys.path.remove(str(tmp_path))
    # PySide still tells them apart: a module using it gets feature flags, others none.
    assert feature.pyside_feature_dict.get("fan_page_for_hook") == 0
    assert feature.pyside_feature_dict.get("fan_plain_for_hook", -1) == -1
    assert str(page) not in linecache.cache and str(plain) not in linecache.cache
    del sys.modules["fan_page_for_hook"], sys.modules["fan_plain_for_hook"]
