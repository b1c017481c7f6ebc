"""PySide's per-module check, answered without keeping every source file in memory."""

from __future__ import annotations

import inspect
import linecache
import sys
from pathlib import Path

import pytest

import companion.ui.shell.app  # noqa: F401 - installs the lighter check, as the app does
from companion.ui import qt_hook


def test_every_loaded_module_gets_the_answer_pyside_would_give() -> None:
    import companion.ui.home.home_page  # noqa: F401 - a page and the core modules it reads

    modules = [m for n, m in sorted(sys.modules.items()) if n.startswith("companion.")]
    assert len(modules) > 20
    for module in modules:
        expected = "PySide6" in inspect.getsource(module) if module.__file__ else False
        assert qt_hook.uses_pyside(module) is expected, module.__name__
    assert qt_hook.uses_pyside(sys) is False  # built in: no source at all


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
