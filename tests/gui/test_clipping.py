"""No page or dialog cuts its text at 800×600 or at 2x scale (a 1280×800 laptop screen, so
640×400 in Qt's units), and the window never opens larger than the screen.

Each size runs in a child process: the screen and the scale are fixed when Qt starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("clipping_probe.py")

SCREENS = {
    "800x600": ({"width": 800, "height": 600}, "1"),
    "2x on 1280x800": ({"width": 1280, "height": 800}, "2"),
}


def _probe(tmp_path: Path, screen: dict[str, int], scale: str, data: str) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {"screens": [{"name": "test", "x": 0, "y": 0, "logicalDpi": 96, "dpr": 1, **screen}]}
        )
    )
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["QT_SCALE_FACTOR"] = scale
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # never the real keychain
    run = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path / "data"), data],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.splitlines()[-1])


@pytest.mark.parametrize("data", ["demo", "empty"])
@pytest.mark.parametrize("size", list(SCREENS))
def test_nothing_is_cut_and_the_window_fits_the_screen(tmp_path, size, data) -> None:
    screen, scale = SCREENS[size]
    found = _probe(tmp_path, screen, scale, data)
    room_w, room_h = found.pop("screen")
    sizes = {k: found.pop(k) for k in list(found) if k.endswith(("window", "size"))}
    for what, (w, h) in sizes.items():
        assert w <= room_w and h <= room_h, f"{what} is {w}×{h} on a {room_w}×{room_h} screen"
    cut = {where: problems for where, problems in found.items() if problems}
    assert cut == {}


def test_the_checker_sees_cut_labels_buttons_and_headers(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

    sys.path.insert(0, str(PROBE.parent))
    from clipping import clipped

    box = QWidget()
    qtbot.addWidget(box)
    column = QVBoxLayout(box)
    label = QLabel("A label far too long for the forty pixels it is given")
    label.setFixedWidth(40)
    button = QPushButton("A button with a long name")
    button.setFixedWidth(40)
    table = QTableWidget(1, 1)
    table.setHorizontalHeaderLabels(["A header title"])
    table.setColumnWidth(0, 20)
    fits = QLabel("OK")
    for w in (label, button, table, fits):
        column.addWidget(w)
    box.show()
    problems = clipped(box)
    assert len(problems) == 3
    assert any("far too long" in p for p in problems)
    assert any("long name" in p for p in problems)
    assert any("A header title" in p for p in problems)
