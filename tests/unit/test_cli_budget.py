"""``companion budget``/``log``/``lock``: documented JSON, the lock asking for its passcode."""

from __future__ import annotations

import io
import json

import pytest
from cli_run import run as run_cli

from tests.conftest import FIXED_NOW


def run(capsys, monkeypatch, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return run_cli(capsys, *argv)


def test_budget_set_and_json(capsys, monkeypatch) -> None:
    assert run(capsys, monkeypatch, "budget", "set", "--period", "monthly", "--limit", "40")[0] == 0
    assert (
        run(
            capsys,
            monkeypatch,
            "budget",
            "set",
            "--platform",
            "twitch",
            "--period",
            "weekly",
            "--limit",
            "10",
        )[0]
        == 0
    )
    assert run(capsys, monkeypatch, "log", "purchase", "twitch", "500", "--amount", "7.00")[0] == 0
    code, out, _ = run(capsys, monkeypatch, "budget", "--json")
    assert code == 0
    rows = {r["scope"]: r for r in json.loads(out)}
    assert set(rows) == {"overall", "platform:twitch"}
    twitch = rows["platform:twitch"]
    assert set(twitch) >= {
        "scope",
        "period",
        "period_start",
        "period_end",
        "limit",
        "spent",
        "currency",
        "percent",
        "thresholds_crossed",
    }
    assert (twitch["limit"], twitch["spent"], twitch["percent"]) == ("10.00", "7.00", 70.0)
    assert twitch["thresholds_crossed"] == [50]
    assert rows["overall"]["thresholds_crossed"] == []


def test_a_gift_needs_a_creator(capsys, monkeypatch) -> None:
    code, _, err = run(capsys, monkeypatch, "log", "gift", "tiktok", "10")
    assert code == 2
    assert "creator" in err


def test_raising_a_locked_budget_asks_for_the_passcode(capsys, monkeypatch) -> None:
    run(capsys, monkeypatch, "budget", "set", "--period", "monthly", "--limit", "40")
    assert run(capsys, monkeypatch, "lock", "on", stdin="tulip-42\n")[0] == 0
    code, _, err = run(
        capsys,
        monkeypatch,
        "budget",
        "set",
        "--period",
        "monthly",
        "--limit",
        "80",
        stdin="wrong\n",
    )
    assert code == 2
    assert "not the passcode" in err
    code, _, _ = run(capsys, monkeypatch, "budget", "set", "--period", "monthly", "--limit", "30")
    assert code == 0  # lowering is free
    code, _, _ = run(
        capsys,
        monkeypatch,
        "budget",
        "set",
        "--period",
        "monthly",
        "--limit",
        "80",
        stdin="tulip-42\n",
    )
    assert code == 0
    _, out, _ = run(capsys, monkeypatch, "budget", "--json")
    assert json.loads(out)[0]["limit"] == "80.00"


@pytest.mark.parametrize("limit", ["0", "-5", "abc", "1.234"])
def test_bad_limits_exit_2(capsys, monkeypatch, limit) -> None:
    code, _, err = run(capsys, monkeypatch, "budget", "set", "--period", "weekly", "--limit", limit)
    assert code == 2
    assert "limit" in err


def test_ledger_csv_export_and_import(capsys, monkeypatch, tmp_path, data_dir) -> None:
    from companion.core.budget import ledger
    from companion.core.data import open_store

    run(capsys, monkeypatch, "log", "purchase", "tiktok", "330", "--amount", "4.99")
    out_file = tmp_path / "ledger.csv"
    assert run(capsys, monkeypatch, "export", str(out_file))[0] == 0
    assert out_file.read_text().startswith("date,type,platform,units,amount,currency,creator")
    code, out, _ = run(capsys, monkeypatch, "import", str(out_file))
    assert (code, out.strip()) == (0, "Imported 1 ledger entry.")
    db = open_store(data_dir, now=FIXED_NOW)
    try:
        assert [e.units for e in ledger.entries(db)] == [330, 330]
    finally:
        db.close()


def test_a_limit_below_this_periods_spending_is_set_with_yes(capsys, monkeypatch) -> None:
    # Asked on a terminal; a script is told to add --yes, which 'budget set' accepts.
    assert run(capsys, monkeypatch, "log", "purchase", "twitch", "500", "--amount", "7.00")[0] == 0
    argv = ("budget", "set", "--period", "monthly", "--limit", "5")
    code, _, err = run(capsys, monkeypatch, *argv)
    assert code == 1 and "add --yes" in err
    assert json.loads(run(capsys, monkeypatch, "budget", "--json")[1]) == []
    assert run(capsys, monkeypatch, *argv, "--yes")[0] == 0
    (row,) = json.loads(run(capsys, monkeypatch, "budget", "--json")[1])
    assert (row["limit"], row["spent"]) == ("5.00", "7.00")
