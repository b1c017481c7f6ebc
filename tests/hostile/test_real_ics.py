"""Every .ics in the test suites of icalendar and recurring-ical-events (tests/hostile/files/real,
sources in its README): weird, broken and odd-recurrence files written to break parsers. Each is
imported through our importer, then listed and exported: an import or a one-line refusal, never
an internal error, never a long wait."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from harness import FILES

from companion.cli.main import main

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)
REAL = sorted((FILES / "real").rglob("*.ics"))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv), clock=lambda: NOW)
    return code, capsys.readouterr().err


@pytest.mark.parametrize("path", REAL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_real_world_ics_imports_or_is_refused_cleanly(
    path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    began = time.monotonic()
    code, err = _run(capsys, "import", str(path))
    assert code in (0, 2), err[-500:]
    assert "Traceback" not in err
    if code == 2:
        assert len(err.strip().splitlines()) == 1, err
    code, err = _run(capsys, "events", "--from", "2026-11-01", "--to", "2027-02-28")
    assert code == 0, err[-500:]
    code, err = _run(capsys, "export", str(tmp_path / "again.ics"))
    assert code == 0, err[-500:]
    took = time.monotonic() - began
    assert took < 10, f"{path.name} took {took:.1f} s"
