"""Read the app's real accessibility tree over AT-SPI, as Orca does, page by page.

Run with the system Python (Debian's python3-pyatspi) inside a session D-Bus and an X server:

    dbus-run-session -- python3 .ci/atspi_check.py .venv/bin/companion

It seeds a demo data folder, starts the app with Qt's accessibility on, waits for it on the
AT-SPI desktop, then selects each section in the sidebar through the list's own Selection
interface and walks what is showing. Exit 1 names every control a screen reader would read
as nothing: a button, field, combo box, check box, spin box, slider or table with neither a
name nor a "labelled by" relation.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyatspi

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_LIST,
}
# Parts of a control the reader announces as the control itself.
INSIDE = {pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SCROLL_BAR}


def find_app(timeout: float = 30.0):  # noqa: ANN201 - an Atspi accessible
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name and "companion" in app.name.lower():
                frames = [c for c in app if c is not None and c.getRole() == pyatspi.ROLE_FRAME]
                if frames:
                    return app, frames[0]
        time.sleep(0.5)
    sys.exit("the app never appeared on the AT-SPI desktop (is at-spi2-core installed?)")


def showing(node) -> bool:  # noqa: ANN001
    return node.getState().contains(pyatspi.STATE_SHOWING)


def labelled(node) -> bool:  # noqa: ANN001
    return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY for r in node.getRelationSet())


def unnamed(node, path: str = "", inside: bool = False, seen: list | None = None) -> list[str]:  # noqa: ANN001
    """Unnamed controls under ``node``; each control looked at is added to ``seen``."""
    seen = seen if seen is not None else []
    found = []
    try:
        role = node.getRole()
    except Exception:  # a node that went away while walking
        return found
    if not showing(node):
        return found
    here = f"{path}/{node.getRoleName()}"
    if role in CONTROLS and not inside:
        seen.append(here)
        if not (node.name or "").strip() and not labelled(node):
            found.append(here)
    if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST):
        return found  # cells and items are data, named by their text
    for child in node:
        if child is not None:
            found += unnamed(child, here, inside or role in INSIDE, seen)
    return found


def sidebar(frame):  # noqa: ANN001, ANN201
    """The section list: the first list whose items are the sections."""
    stack = [frame]
    while stack:
        node = stack.pop(0)
        if node is None:
            continue
        if node.getRole() == pyatspi.ROLE_LIST and node.name:
            return node
        stack.extend(c for c in node)
    sys.exit("no named section list in the window")


def seed(app_python: str, folder: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from datetime import datetime, UTC;"
        "from companion.core.data import open_store; from companion.core.demo import seed_demo;"
        "from companion.core.store.settings import Settings;"
        "now = datetime.now(UTC); db = open_store(Path(sys.argv[1]), now=now);"
        "seed_demo(db, now=now);"
        "Settings(db).set('welcome_shown', True); db.close()"
    )
    subprocess.run([app_python, "-c", code, str(folder)], check=True)


def main() -> None:
    companion = sys.argv[1] if len(sys.argv) > 1 else ".venv/bin/companion"
    app_python = str(Path(companion).with_name("python"))
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    with tempfile.TemporaryDirectory(prefix="companion-atspi-") as tmp:
        seed(app_python, Path(tmp))
        proc = subprocess.Popen([companion, "--data-dir", tmp], env=env)
        try:
            _app, frame = find_app()
            sections = sidebar(frame)
            selection = sections.querySelection()
            problems: dict[str, list[str]] = {}
            names, counts = [], []
            for i in range(sections.childCount):
                item = sections[i]
                names.append(item.name)
                selection.selectChild(i)
                time.sleep(1.5)  # the page is built on first show
                seen: list[str] = []
                found = unnamed(frame, seen=seen)
                counts.append(len(seen))
                if found:
                    problems[item.name or str(i)] = found
            walked = ", ".join(f"{n} ({c} controls)" for n, c in zip(names, counts, strict=True))
            print(f"AT-SPI: walked {len(names)} sections: {walked}")
            for section, found in problems.items():
                print(f"  {section}: {len(found)} unnamed")
                for path in found:
                    print(f"    {path}")
            if len(names) < 6 or not all(names) or min(counts) < 3:
                sys.exit(f"expected 6 named sections with their controls, got {names} {counts}")
            sys.exit(1 if problems else 0)
        finally:
            proc.terminate()
            proc.wait(timeout=30)


if __name__ == "__main__":
    main()
