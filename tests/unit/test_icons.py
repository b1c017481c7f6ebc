"""The window's icons are PNGs kept equal to their SVGs, and drawing them needs no SVG engine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.core.store.paths import resource
from companion.ui.shell import icons

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", icons.SIDEBAR)
def test_each_png_is_its_svg_drawn_at_that_size(qapp, name: str) -> None:
    from PySide6.QtGui import QImage

    for size in icons.SIDEBAR_SIZES:
        shipped = QImage(str(resource("icons", "png", f"{name}-{size}.png")))
        assert (shipped.width(), shipped.height()) == (size, size), (name, size)
        drawn = icons.render(name, size)
        shipped = shipped.convertToFormat(drawn.format())
        # Another Qt may round an edge pixel differently; a changed SVG changes whole strokes.
        worst = max(
            abs(a - b)
            for y in range(size)
            for x in range(size)
            for a, b in zip(_rgba(shipped.pixel(x, y)), _rgba(drawn.pixel(x, y)), strict=True)
        )
        assert worst <= 24, f"{name}-{size}.png differs from {name}.svg: run the icons module"


def _rgba(argb: int) -> tuple[int, int, int, int]:
    return (argb >> 16) & 255, (argb >> 8) & 255, argb & 255, (argb >> 24) & 255


def test_every_page_and_the_app_have_every_size(qapp) -> None:
    from companion.ui.shell.pages import page_specs

    assert {spec.icon for spec in page_specs(tray_available=True)} == set(icons.SIDEBAR)
    for name in (*icons.SIDEBAR, "companion"):
        made = icons.icon(name)
        assert not made.isNull()
        got = {(s.width(), s.height()) for s in made.availableSizes()}
        assert got == {(n, n) for n in icons.sizes(name)}, name
        for size in icons.sizes(name):
            pixmap = made.pixmap(size, size)
            assert (pixmap.width(), pixmap.height()) == (size, size)
            # Drawn, not blank: the stroke is there.
            image = pixmap.toImage()
            assert any(image.pixelColor(x, size // 2).alpha() for x in range(size)), name


# A fresh process, as the window's start: drawing the icons must not load Qt's SVG engine.
DRAW = """
import sys
from PySide6.QtGui import QGuiApplication
from companion.ui.shell import icons
app = QGuiApplication([])
for name in (*icons.SIDEBAR, "companion"):
    icons.icon(name).pixmap(22, 22)
maps = open("/proc/self/maps").read() if sys.platform.startswith("linux") else ""
print("PySide6.QtSvg" in sys.modules, "libQt6Svg" in maps, "qsvgicon" in maps)
"""


def test_drawing_them_loads_no_svg_engine() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", DRAW],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False", "False"]
