"""companion/ type-checks clean under pyright (pyproject.toml), so CI fails on a type error."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("pyright") is None,
    reason="pyright is not installed: pip install -e '.[test]'",
)


def _where(diagnostic: dict) -> str:
    line = diagnostic["range"]["start"]["line"] + 1
    return f"{Path(diagnostic['file']).relative_to(ROOT)}:{line}: {diagnostic['message']}"


def test_companion_has_no_type_errors() -> None:
    # --pythonpath: check against the packages this interpreter sees (PySide6, sqlite-utils...),
    # not whatever python is first on PATH. --outputjson also keeps pyright off the network.
    result = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    # 0: clean, 1: errors found; anything else is pyright failing to run at all.
    assert result.returncode in (0, 1), result.stderr or result.stdout
    report = json.loads(result.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    assert not errors, "\n".join(_where(d) for d in errors)
    # Every module was checked: a wrong include in pyproject.toml would check nothing, cleanly.
    assert report["summary"]["filesAnalyzed"] == len(list((ROOT / "companion").rglob("*.py")))
