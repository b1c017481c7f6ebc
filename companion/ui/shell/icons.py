"""SVG icons from resources/icons, so they stay sharp at any scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from companion.core.store.paths import resource


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))
