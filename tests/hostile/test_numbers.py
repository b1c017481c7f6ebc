"""Numbers and dates that poison (tests/hostile/files/numbers): refused where they enter with
the bound named, exit 2, one line, nothing saved; one already stored never crashes later."""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from harness import assert_refused_cleanly, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="rlimits are POSIX")

FILES = Path(__file__).parent / "files" / "numbers"
NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)


def rows(data: Path, table: str) -> int:
    if not (data / "companion.sqlite3").exists():
        return 0
    conn = sqlite3.connect(data / "companion.sqlite3")
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("poison", sorted(FILES.iterdir()), ids=lambda p: p.name)
def test_a_poisoned_file_is_refused(poison: Path, tmp_path: Path) -> None:
    data = tmp_path / "d"
    before = {t: rows(data, t) for t in ("ledger", "rates", "events")}
    line = assert_refused_cleanly(run_cli("import", str(poison), data_dir=data, now=NOW))
    assert len(line) < 400
    assert {t: rows(data, t) for t in before} == before


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (("rates", "USD/EUR", "1e-999999999"), "exponent"),
        (("rates", "USD/EUR", "0.0000009"), "between 0.000001 and 1,000,000"),
        (("rates", "USD/EUR", "1000001"), "between 0.000001 and 1,000,000"),
        (("log", "purchase", "tiktok", "330", "--amount", "1e-999999999999"), "exponent"),
        (("log", "purchase", "tiktok", "330", "--amount", "9" * 5000), "too long"),
        (("plan", "tiktok", "9" * 5000), "too long"),
        (("events", "--from", "9999-12-01"), "outside the years 1970–2200"),
        (("events", "--to", "1969-12-31"), "outside the years"),
        (("log", "purchase", "tiktok", "330", "--amount", "4.99", "--note", "\udcff"), "UTF-8"),
    ],
    ids=lambda v: v if isinstance(v, str) else " ".join(x[:12] for x in v)[:40],
)
def test_a_poisoned_argument_is_refused(tmp_path: Path, argv, named) -> None:
    line = assert_refused_cleanly(run_cli(*argv, data_dir=tmp_path / "d", now=NOW))
    assert named in line and len(line) < 400


def test_the_rate_bounds_themselves_are_accepted(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run_cli("rates", "USD/IRR", "1000000", data_dir=data, now=NOW).code == 0
    assert run_cli("rates", "IRR/KWD", "0.000001", data_dir=data, now=NOW).code == 0


def test_a_poisoned_rate_already_stored_is_ignored_not_fatal(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run_cli("rates", "USD/EUR", "0.9", data_dir=data, now=NOW).code == 0
    conn = sqlite3.connect(data / "companion.sqlite3")
    conn.execute("UPDATE rates SET rate = '1e-999999999'")  # what an older version let in
    conn.commit()
    conn.close()
    assert run_cli("plan", "twitch", "1000", data_dir=data, now=NOW).code == 0
    logged = run_cli(
        "log",
        "purchase",
        "tiktok",
        "330",
        "--amount",
        "4.99",
        "--currency",
        "EUR",
        data_dir=data,
        now=NOW,
    )
    assert logged.code == 0, logged.stderr
