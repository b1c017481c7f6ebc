"""The harness itself: a hang is cut off, an allocation bomb is stopped, a clean refusal passes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from harness import assert_refused_cleanly, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="rlimits are POSIX")


def test_a_bad_argument_is_one_clean_line(tmp_path: Path) -> None:
    outcome = run_cli("plan", "tiktok", "not-a-number", data_dir=tmp_path / "d")
    line = assert_refused_cleanly(outcome)
    assert "not-a-number" in line or "invalid" in line


def test_a_missing_file_is_refused_cleanly(tmp_path: Path) -> None:
    outcome = run_cli("import", str(tmp_path / "nope.ics"), data_dir=tmp_path / "d")
    assert_refused_cleanly(outcome)
