"""Run the command line in-process and collect what a user would see."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from companion.cli.main import main

# The moment every CLI test runs at unless it says otherwise (conftest's fixed_now).
FIXED_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


def run(
    capsys: pytest.CaptureFixture[str], *argv: str, now: datetime = FIXED_NOW
) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of ``companion ARGV...`` with the clock at ``now``."""
    try:
        code = main(list(argv), clock=lambda: now)
    except SystemExit as exc:  # argparse's --version/--help/usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
