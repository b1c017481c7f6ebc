"""PySide6 asks, for every module imported after it, whether that module uses PySide6 (so its
``__feature__`` switches can apply per module). It answers with ``inspect.getsource``, which
keeps every file's lines in ``linecache`` for the life of the process: about 9 MB of the
window's 110 (bench/run.py). The same question answered from the file's bytes keeps nothing.

Our own modules are not read at all. None of them selects a feature (an import from PySide's
``__feature__``; tests/unit/test_qt_hook.py keeps it so), so each runs with none whatever the
answer: "uses PySide" (no features) is PySide's own answer for those that do, and changes
nothing for the Qt-free ones, which never touch a PySide object. Reading the sixty of them
that load before the first page cost it 2 ms.

A frozen app has no sources: there the other modules get PySide's own answer, "no", unread."""

from __future__ import annotations

import sys
from types import ModuleType


def uses_pyside(module: ModuleType) -> bool:
    """PySide's answer (the word "PySide6" in the module's source), without linecache; for our
    own modules, yes without reading them."""
    name = getattr(module, "__name__", None)
    if isinstance(name, str) and (name == "companion" or name.startswith("companion.")):
        return True
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in, extension or source-less: PySide's own check says no too
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def lighten() -> None:
    """Replace PySide's check when this PySide has it; any other version is left alone."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
