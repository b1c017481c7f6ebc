"""The command line: one shape for every subcommand, data-folder isolation, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import run

from companion import __version__


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"companion {__version__}"


def test_data_dir_flag_isolates_data(capsys, tmp_path: Path, data_dir: Path) -> None:
    other = tmp_path / "elsewhere"
    assert run(capsys, "--data-dir", str(other), "settings", "home_currency", "KWD")[0] == 0
    assert (other / "companion.sqlite3").exists()
    assert not data_dir.exists()  # the default folder was never touched
    code, out, _ = run(capsys, "settings", "reminder_lead_minutes", "--json")
    assert code == 0
    assert json.loads(out) == {"reminder_lead_minutes": 10}
    # The flag also works after the subcommand.
    _, out, _ = run(capsys, "settings", "home_currency", "--json", "--data-dir", str(other))
    assert json.loads(out) == {"home_currency": "KWD"}


def test_environment_variable_chooses_the_data_dir(capsys, data_dir: Path) -> None:
    assert run(capsys, "settings", "reminder_lead_minutes", "25")[0] == 0
    assert (data_dir / "companion.sqlite3").exists()


def test_bad_input_is_one_line_on_stderr_and_exit_2(capsys) -> None:
    code, out, err = run(capsys, "settings", "reminder_lead_minutes", "soon")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "reminder_lead_minutes" in err
    assert "Traceback" not in err


def test_usage_errors_exit_2(capsys) -> None:
    code, _, err = run(capsys, "no-such-command")
    assert code == 2
    assert "companion: error:" in err


def test_a_corrupt_database_gives_one_line_and_exit_3(capsys, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    junk = b"\x00garbage" * 512
    (data_dir / "companion.sqlite3").write_bytes(junk)
    code, _, err = run(capsys, "settings")
    assert code == 3
    assert err.startswith("companion: error:")
    assert "Traceback" not in err
    assert (data_dir / "companion.sqlite3").read_bytes() == junk


def test_demo_uses_a_throwaway_folder(capsys, data_dir: Path) -> None:
    code, out, _ = run(capsys, "--demo", "settings", "--json")
    assert code == 0
    demo_dir = Path(json.loads(out)["data_dir"])
    assert demo_dir != data_dir
    assert not demo_dir.exists()  # removed when the command ends
    assert not data_dir.exists()


def test_help_lists_the_subcommands() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "companion", "--help"], capture_output=True, text=True, check=True
    )
    assert "settings" in result.stdout
    assert "--data-dir" in result.stdout


def test_opening_the_window_keeps_heavy_modules_off_the_start_up_path() -> None:
    # Start-up speed depends on what is imported before the first paint: the subcommands,
    # sqlite-utils and the catalog must not be among them.
    probe = (
        "import sys; from companion.cli.main import parse; "
        "args = parse(['--data-dir', 'x', '--minimised']); "
        "assert args.command is None and args.minimised; "
        "print(sorted(m for m in ('companion.cli.commands', 'sqlite_utils', "
        "'companion.core.bundles.catalog', 'companion.core.store.db') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
