"""A start keeps Babel's formats for the next one, whose first page then loads no Babel: the
largest single cost of the time to content (issue #20)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from companion.core import formats, formats_babel

# Runs the app as `companion` does and, at the moment the first page with data is painted
# (COMPANION_PROBE_EXIT=content), says which Babel modules were loaded by then.
_WATCH = """
import os, sys
real_exit = os._exit
def report(code):
    print("babel", sorted(m for m in sys.modules if m.split(".")[0] == "babel"), flush=True)
    real_exit(code)
os._exit = report
from companion.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _start(data_dir: Path, *, until_content: bool) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8")
    env.pop("COMPANION_PROBE_EXIT", None)
    if until_content:
        env["COMPANION_PROBE_EXIT"] = "content"
    cmd = [sys.executable, "-c", _WATCH, "--data-dir", str(data_dir), "--startup-probe"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_second_start_formats_its_first_page_without_babel(data_dir: Path) -> None:
    # The first start has nothing kept: Babel formats the first page, then the formats are kept.
    first = _start(data_dir, until_content=False)
    assert "babel []" not in first
    kept = sorted((data_dir / "i18n").glob(f"{formats.FILE_PREFIX}*.json"))
    assert [p.name for p in kept] == ["formats-de_DE.json"]
    data = json.loads(kept[0].read_text(encoding="utf-8"))
    assert data["locale"] == "de_DE"
    assert data == formats_babel.build("de_DE")

    second = _start(data_dir, until_content=True)
    assert "babel []" in second


def test_a_failing_check_of_the_kept_formats_stops_nothing_else(
    qapp, qtbot, data_dir, monkeypatch
) -> None:
    from datetime import datetime, timezone

    from PySide6.QtCore import QEvent

    from companion.core.data import open_store
    from companion.core.store.settings import Settings
    from companion.ui.shell import app, theme

    now = datetime(2026, 11, 29, 12, tzinfo=timezone.utc)
    db = open_store(data_dir, now=now)
    Settings(db).set("welcome_shown", True)
    db.close()
    monkeypatch.setattr(theme, "install", lambda *args, **kwargs: None)  # no scheme flip

    def broken(requested: str) -> None:
        raise RuntimeError("Babel broke")

    monkeypatch.setattr(formats_babel, "build", broken)
    # An error that escaped would open the crash dialog and wait; let the test see it instead.
    monkeypatch.setattr(app, "install_excepthook", lambda log_path: None)
    session = app._Session(qapp, data_dir, demo=False, startup_probe=False, clock=lambda: now)
    session.after_content.append(formats_babel.refresh)  # as run_gui adds it
    try:
        # What comes after the check at start-up still comes: the reminders' scheduler.
        qtbot.waitUntil(lambda: hasattr(session, "scheduler"), timeout=10_000)
        assert formats.active("en_US") is None
    finally:
        session.window.hide()
        session.close()
        session.window.deleteLater()
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
