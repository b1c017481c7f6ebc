"""Run the command line in-process and collect what a user would see."""

from __future__ import annotations

import pytest

from companion.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of ``companion ARGV...``."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's --version/--help/usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
