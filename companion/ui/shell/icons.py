"""The app's icons: PNGs rendered from the SVGs in resources/icons, at 1x, 2x and 3x.

The window used the SVGs themselves, but Qt's SVG engine keeps what it draws only in
QPixmapCache, which the app turns off (its timer woke an idle window, app.make_application):
every repaint of the sidebar read and parsed each SVG file again, 36 times before the first
page, and loading the engine and QtSvg came first. A PNG is read once and kept by its icon.
Between the sizes (125 %, 150 % screens) Qt scales the next larger one down.

``python -m companion.ui.shell.icons`` renders them again after an SVG changes;
tests/unit/test_icons.py holds each PNG to a fresh rendering of its SVG."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from companion.core.store.paths import resource

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

# The sidebar's, drawn at 22 px; "companion" (window, tray) has its own sizes, drawn apart.
SIDEBAR = ("home", "bundles", "budget", "calendar", "links", "settings")
SIDEBAR_SIZES = (22, 44, 66)
# What a desktop asks a window or tray icon for; the 512 px one is only for the packages.
APP_SIZES = (16, 24, 32, 48, 64, 128, 256)


def sizes(name: str) -> tuple[int, ...]:
    return APP_SIZES if name == "companion" else SIDEBAR_SIZES


@cache
def icon(name: str) -> QIcon:
    made = QIcon()
    for size in sizes(name):
        # With its size given, the file is only opened here: decoded when first drawn.
        made.addFile(str(resource("icons", "png", f"{name}-{size}.png")), QSize(size, size))
    return made


def render(name: str, size: int) -> QImage:
    """The SVG drawn at ``size`` px square, as its shipped PNG holds it."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(resource("icons", f"{name}.svg"))).render(painter)
    painter.end()
    return image


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])  # noqa: F841 - painting needs one
    for name in SIDEBAR:
        for size in SIDEBAR_SIZES:
            path = resource("icons", "png", f"{name}-{size}.png")
            if not render(name, size).save(str(path)):
                raise SystemExit(f"could not write {path}")
            print(path)


if __name__ == "__main__":
    main()
