"""Guards against Qt-binding defects the app would crash on."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox


def test_empty_variants_do_not_leak_references_to_none(qapp) -> None:
    # PySide6 6.12.0 decremented None for every empty QVariant returned to Python, so a combo
    # box whose "All" item holds None crashed the app after a few thousand reads.
    combo = QComboBox()
    combo.addItem("All", None)
    before = sys.getrefcount(None)
    for _ in range(500):
        assert combo.currentData() is None
    assert sys.getrefcount(None) >= before - 10
