"""Recurrence bombs (tests/hostile/files/recurrence): refused at the door with the rule named,
and one already in the database (an older version let them in) never hangs anything."""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from harness import assert_refused_cleanly, run_cli

from companion.core.calendar.rule_check import check_rule
from companion.core.errors import InputError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="rlimits are POSIX")

FILES = Path(__file__).parent / "files" / "recurrence"
NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
BOMBS = sorted(p for p in FILES.glob("*.ics") if p.stem != "daily-far-until")


def counts(data_dir: Path) -> int:
    db = data_dir / "companion.sqlite3"
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("bomb", BOMBS, ids=lambda p: p.stem)
def test_a_recurrence_bomb_is_refused_in_time(bomb: Path, tmp_path: Path) -> None:
    data = tmp_path / "d"
    outcome = run_cli("import", str(bomb), data_dir=data, now=NOW)
    line = assert_refused_cleanly(outcome, codes=(2,))
    assert "nothing imported" in line and bomb.stem in line
    assert counts(data) == 0


def test_a_legitimate_rule_that_ends_in_9999_imports_and_expands_a_window(tmp_path) -> None:
    data = tmp_path / "d"
    assert run_cli("import", str(FILES / "daily-far-until.ics"), data_dir=data, now=NOW).code == 0
    out = run_cli("events", "--from", "2027-01-01", "--to", "2027-01-07", data_dir=data, now=NOW)
    assert out.code == 0 and out.stdout.count("daily-far-until") == 7


@pytest.mark.parametrize(
    "rule", ["FREQ=DAILY;INTERVAL=0", "FREQ=MINUTELY", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"]
)
def test_a_bomb_already_in_the_database_shows_its_first_date_only(tmp_path, rule) -> None:
    data = tmp_path / "d"
    assert run_cli("import", str(FILES / "daily-far-until.ics"), data_dir=data, now=NOW).code == 0
    conn = sqlite3.connect(data / "companion.sqlite3")
    conn.execute("UPDATE events SET rrule = ?, last_utc = NULL", [rule])
    conn.commit()
    conn.close()
    out = run_cli("events", "--from", "2026-12-01", "--to", "2027-01-31", data_dir=data, now=NOW)
    assert out.code == 0, out.stderr
    assert out.stdout.count("daily-far-until") == 1


@pytest.mark.parametrize(
    ("rule", "complaint"),
    [
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL must be between 1 and 1000, not 0"),
        ("FREQ=DAILY;INTERVAL=1000", None),
        ("FREQ=DAILY;INTERVAL=1001", "INTERVAL must be between 1 and 1000"),
        ("FREQ=WEEKLY;COUNT=5000", None),
        ("FREQ=WEEKLY;COUNT=5001", "COUNT must be between 1 and 5000"),
        ("FREQ=HOURLY;COUNT=744", None),
        ("FREQ=HOURLY;COUNT=745", "COUNT must be between 1 and 744"),
        ("FREQ=HOURLY", "must say how many times"),
        ("FREQ=SECONDLY;COUNT=2", "every second"),
        ("FREQ=DAILY;BYMINUTE=0,15,30,45", None),
        ("FREQ=DAILY;BYMINUTE=0,10,20,30,40", "BYMINUTE may list at most 4"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", None),  # a leap day comes within four years
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "never produces a date"),
        ("FREQ=DAILY;COUNT=3;COUNT=4", "COUNT is given twice"),
    ],
)
def test_the_rule_limits_and_their_boundaries(rule, complaint) -> None:
    if complaint is None:
        assert check_rule(rule) == rule
    else:
        with pytest.raises(InputError, match=complaint):
            check_rule(rule)
