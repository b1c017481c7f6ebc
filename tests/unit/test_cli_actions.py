"""The money rules hold on the command line too: every guarded command goes through the same
core action as the window, asks (or needs --yes / the passcode on stdin), and without the
answer changes nothing."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest
from cli_run import run as run_cli

PASS = "tulip-42"


def run(capsys, monkeypatch, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return run_cli(capsys, *argv)


@pytest.fixture
def locked(capsys, monkeypatch):
    """A $50 monthly budget, $30 spent, the spending lock on."""

    def cli(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        return run(capsys, monkeypatch, *argv, stdin=stdin)

    assert cli("settings", "time_zone", "UTC")[0] == 0
    assert cli("settings", "home_currency", "USD")[0] == 0
    assert cli("budget", "set", "--period", "monthly", "--limit", "50")[0] == 0
    assert cli("log", "purchase", "tiktok", "1321", "--amount", "30")[0] == 0
    assert cli("lock", "on", stdin=PASS + "\n")[0] == 0
    return cli


def entries(cli) -> list[dict]:
    code, out, _ = cli("ledger", "--json")
    assert code == 0
    return json.loads(out)


def spent(cli) -> str:
    return json.loads(cli("budget", "--json")[1])[0]["spent"]


def test_over_budget_needs_yes_then_the_passcode(locked) -> None:
    code, _, err = locked("log", "purchase", "tiktok", "1321", "--amount", "30")
    assert code == 1 and "--yes" in err
    code, _, err = locked("log", "purchase", "tiktok", "1321", "--amount", "30", "--yes")
    assert code == 2 and "passcode" in err
    code, _, err = locked(
        "log", "purchase", "tiktok", "1321", "--amount", "30", "--yes", stdin="wrong\n"
    )
    assert code == 2 and "not the passcode" in err
    assert spent(locked) == "30.00"
    code, _, _ = locked(
        "log", "purchase", "tiktok", "1321", "--amount", "30", "--yes", stdin=PASS + "\n"
    )
    assert code == 0 and spent(locked) == "60.00"


def test_a_gift_over_a_creator_budget_is_guarded(locked) -> None:
    assert (
        locked(
            "budget",
            "set",
            "--creator",
            "Mia",
            "--period",
            "weekly",
            "--limit",
            "5",
            stdin=PASS + "\n",
        )[0]
        == 0
    )
    code, _, err = locked("log", "gift", "tiktok", "1000", "--creator", "Mia", "--yes")
    assert code == 2 and "passcode" in err
    assert [e["kind"] for e in entries(locked)] == ["purchase"]


def test_editing_and_deleting_are_guarded(locked) -> None:
    first = entries(locked)[0]["id"]
    code, _, err = locked("ledger", "edit", str(first), "--amount", "500", "--yes")
    assert code == 2 and "passcode" in err
    code, _, err = locked("ledger", "edit", str(first), "--amount", "1")
    assert code == 2 and "taking spending out" in err
    code, _, err = locked("ledger", "delete", str(first))
    assert code == 2 and "passcode" in err
    assert spent(locked) == "30.00"
    assert locked("ledger", "delete", str(first), stdin=PASS + "\n")[0] == 0
    assert entries(locked) == []


def test_a_purchase_with_no_kept_rate_needs_one(locked) -> None:
    code, _, err = locked("log", "purchase", "twitch", "500", "--amount", "5", "--currency", "EUR")
    assert code == 2 and "--rate" in err
    code, _, _ = locked(
        "log", "purchase", "twitch", "500", "--amount", "5", "--currency", "EUR", "--rate", "1.2"
    )
    assert code == 0 and spent(locked) == "36.00"


def test_the_home_currency_needs_a_rate_and_the_passcode(locked) -> None:
    code, _, err = locked("settings", "home_currency", "EUR")
    assert code == 2 and "--rate" in err
    code, _, err = locked("settings", "home_currency", "EUR", "--rate", "1.1")
    assert code == 2 and "passcode" in err
    assert locked("settings", "home_currency")[1].strip() == "home_currency = USD"
    code, _, _ = locked("settings", "home_currency", "EUR", "--rate", "1.1", stdin=PASS + "\n")
    assert code == 0


@pytest.mark.parametrize(
    "argv",
    [
        ("budget", "set", "--period", "monthly", "--limit", "80"),
        ("budget", "set", "--period", "monthly", "--limit", "50", "--thresholds", "1000"),
        ("budget", "remove", "--period", "monthly"),
        ("lock", "off"),
    ],
    ids=["raise", "silence-alerts", "remove", "lock-off"],
)
def test_loosening_needs_the_passcode(locked, argv) -> None:
    before = locked("budget", "--json")[1]
    code, _, err = locked(*argv)
    assert code == 2 and "passcode" in err
    code, _, err = locked(*argv, stdin="wrong\n")
    assert code == 2 and "not the passcode" in err
    assert locked("budget", "--json")[1] == before
    assert locked("lock")[1].startswith("on")
    assert locked(*argv, stdin=PASS + "\n")[0] == 0


def test_a_ledger_csv_over_budget_is_guarded(locked, tmp_path) -> None:
    sheet = tmp_path / "more.csv"
    sheet.write_text(
        "date,type,platform,units,amount,currency,creator,note\n"
        "2026-11-20,purchase,tiktok,1321,25.00,USD,,\n"
    )
    code, _, err = locked("import", str(sheet))
    assert code == 1 and "--yes" in err
    code, _, err = locked("import", str(sheet), "--yes")
    assert code == 2 and "passcode" in err
    assert len(entries(locked)) == 1
    assert locked("import", str(sheet), "--yes", stdin=PASS + "\n")[0] == 0
    assert len(entries(locked)) == 2


def test_restoring_a_backup_from_before_the_lock_is_guarded(capsys, monkeypatch, tmp_path):
    def cli(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        return run(capsys, monkeypatch, *argv, stdin=stdin)

    cli("budget", "set", "--period", "monthly", "--limit", "50")
    old = tmp_path / "old.sqlite"
    assert cli("export", str(old))[0] == 0
    cli("lock", "on", stdin=PASS + "\n")
    code, _, err = cli("import", str(old))
    assert code == 2 and "without the spending lock" in err
    assert cli("lock")[1].startswith("on")
    assert cli("import", str(old), stdin=PASS + "\n")[0] == 0
    assert cli("lock")[1].startswith("off")  # the fan agreed to the backup's state


def test_a_backup_that_drops_a_budget_is_guarded(locked, tmp_path) -> None:
    taken = tmp_path / "b.sqlite"
    assert locked("export", str(taken))[0] == 0
    conn = sqlite3.connect(taken)
    conn.execute("DELETE FROM budgets")
    conn.commit()
    conn.close()
    code, _, err = locked("import", str(taken))
    assert code == 2 and "no monthly budget" in err
    assert json.loads(locked("budget", "--json")[1])


def test_changing_the_passcode(locked) -> None:
    assert locked("lock", "change", stdin="wrong\nrose-77\n")[0] == 2
    assert locked("lock", "change", stdin=f"{PASS}\nrose-77\n")[0] == 0
    assert locked("lock", "off", stdin=PASS + "\n")[0] == 2
    assert locked("lock", "off", stdin="rose-77\n")[0] == 0


def test_an_entry_number_past_sqlites_integers_is_a_usage_error(capsys, monkeypatch) -> None:
    # Found by the CLI fuzzer: 2**63 was an internal error (OverflowError in sqlite3).
    for argv in (("ledger", "delete", str(2**63)), ("ledger", "edit", str(2**63), "--units", "3")):
        code, _, err = run(capsys, monkeypatch, *argv)
        assert code == 2 and "does not exist" in err
