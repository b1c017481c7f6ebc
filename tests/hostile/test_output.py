"""What we write must not attack whoever reads it: spreadsheets (formula cells), terminals
(escape sequences, bidi overrides) and other users of the machine (file modes)."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from harness import FILES, run_cli

from companion.core.store.csv_cells import neutralise, restore

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)
posix = pytest.mark.skipif(sys.platform == "win32", reason="rlimits and modes are POSIX")


def _ledger(data: Path) -> list[dict]:
    done = run_cli("ledger", "--json", data_dir=data, now=NOW)
    assert done.code == 0, done.stderr
    return [{k: v for k, v in e.items() if k != "id"} for e in json.loads(done.stdout)]


@posix
def test_formula_cells_are_neutralised_on_export_and_read_back_exactly(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    source = FILES / "output" / "formula-cells.csv"
    assert run_cli("import", str(source), data_dir=first, now=NOW).code == 0
    out = tmp_path / "out.csv"
    assert run_cli("export", str(out), data_dir=first, now=NOW).code == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    cells = [c for row in rows[1:] for c in (row[2], row[6], row[7])]
    assert "'=cmd|' /C calc'!A0" in cells
    # A spreadsheet's own text marker in the source file is read as the text it marks.
    assert "'=already quoted" in cells
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    done = run_cli("import", str(out), data_dir=second, now=NOW)
    assert done.code == 0, done.stderr
    assert _ledger(second) == _ledger(first)
    notes = {e["note"] for e in _ledger(first)}
    assert "=cmd|' /C calc'!A0" in notes and "=already quoted" in notes


@pytest.mark.parametrize(
    "text",
    [
        "=1+1",
        "+1",
        "-2",
        "@SUM(A1)",
        "\tx",
        "\rx",
        "'=x",
        "''=x",
        "'plain",
        "plain",
        "",
        "'",
        "=",
        "'\t",
    ],
)
def test_neutralise_then_restore_is_the_identity(text: str) -> None:
    cell = neutralise(text)
    assert restore(cell) == text
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


@posix
def test_event_titles_cannot_drive_the_terminal(tmp_path: Path) -> None:
    data = tmp_path / "d"
    path = FILES / "output" / "terminal-escapes.ics"
    assert run_cli("import", str(path), data_dir=data, now=NOW).code == 0
    for args in (("events", "--from", "2026-12-01"), ("events", "--from", "2026-12-01", "--json")):
        done = run_cli(*args, data_dir=data, now=NOW)
        assert done.code == 0, done.stderr
        for bad in ("\x1b", "\x07", "\u202e"):
            assert bad not in done.stdout, (args, done.stdout)
        assert "Clear" in done.stdout and "exe.txt" in done.stdout
        assert "\\x1b[2J" in done.stdout or "\\u001b[2J" in done.stdout
        assert "\\u202e" in done.stdout


@posix
def test_an_argument_with_escapes_is_shown_escaped_on_one_line(tmp_path: Path) -> None:
    done = run_cli("events", "--from", "\x1b[2J\n2026\u202e", data_dir=tmp_path / "d", now=NOW)
    assert done.code == 2
    assert "\x1b" not in done.stderr and "\u202e" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


@posix
def test_the_log_and_the_lock_are_private(tmp_path: Path, qapp) -> None:
    from companion.core.store.logs import setup_logging
    from companion.ui.shell.single_instance import SingleInstance

    os.umask(0o022)
    path = setup_logging(tmp_path)
    assert path is not None
    import logging

    logging.getLogger("companion.test").warning("a line")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    lock = SingleInstance(tmp_path)
    try:
        assert lock.acquire()
        assert stat.S_IMODE((tmp_path / "companion.lock").stat().st_mode) == 0o600
    finally:
        lock.release()
