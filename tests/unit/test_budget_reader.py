"""Budget status read through the plain connection (``store.ready``, what ``companion budget``
uses) answers exactly as through sqlite-utils' Database: spending, kept rates, and the
calendar's planned spending (a recurring live with a moved and a cancelled date, lives exactly
at a period's end and exactly now)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.core.budget import budget, ledger
from companion.core.calendar import creators, schedule
from companion.core.data import open_reader, open_store
from companion.core.money import rates
from companion.core.store import paths, ready
from companion.core.store.settings import Settings, prefs
from tests.unit.cli_run import run

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)  # a Wednesday, 13:00 in Paris
PARIS = ZoneInfo("Europe/Paris")
PAST_NS = 1_600_000_000 * 10**9


def _event(db, start: str, planned: str, who: int, rule: str | None = None) -> schedule.Event:
    row = schedule.build_event_row(
        db,
        title="Live",
        start=start,
        zone="Europe/Paris",
        duration_min=60,
        rrule=rule,
        home_zone=PARIS,
        now=NOW,
        creator_id=who,
        planned=planned,
        planned_currency="USD",
    )
    return schedule.save_event(db, row, now=NOW)


def _override(db, event_id: int, recurrence: str, start: str, cancelled: bool) -> None:
    db.table("event_overrides").insert(
        {
            "event_id": event_id,
            "recurrence_local": recurrence,
            "start_local": start,
            "duration_min": 60,
            "title": "Live",
            "cancelled": int(cancelled),
        }
    )


def _purchase(db, when: datetime, amount: str, currency: str = "USD") -> None:
    entry = ledger.make_purchase(
        db,
        platform="twitch",
        units=100,
        amount=amount,
        currency=currency,
        when=when,
        now=NOW,
        zone=PARIS,
        home=currency,
    )
    ledger.add(db, entry)


def _fill(data_dir: Path) -> None:
    """Budgets, spending and a planned calendar in the fan's zone (Paris, weeks from Monday)."""
    db = open_store(data_dir, now=NOW)
    settings = Settings(db)
    settings.set("home_currency", "USD")
    settings.set("time_zone", "Europe/Paris")
    settings.set("week_starts_on", 0)
    mia = creators.save_creator(db, name="Mia", zone="Europe/Paris", platform="twitch", now=NOW)
    daily = _event(db, "2026-11-02T20:00", "2.00", mia.id, rule="FREQ=DAILY")
    _override(db, daily.id, "2026-11-27T20:00", "2026-12-01T00:30", cancelled=False)  # moved out
    _override(db, daily.id, "2026-11-28T20:00", "2026-11-28T20:00", cancelled=True)
    _event(db, "2026-12-01T00:00", "7.00", mia.id)  # exactly the month's end: not in it
    _event(db, "2026-11-30T00:00", "3.00", mia.id)  # exactly the week's end: in the month only
    _event(db, "2026-11-25T13:00", "1.00", mia.id)  # exactly now: still to come
    _purchase(db, datetime(2026, 11, 24, 18, 0, tzinfo=PARIS), "10.00")
    _purchase(db, datetime(2026, 11, 1, 0, 0, tzinfo=PARIS), "1.00")  # the month's first instant
    _purchase(db, datetime(2026, 10, 31, 23, 59, tzinfo=PARIS), "50.00")  # last month
    # Logged while the home currency was EUR: counted through the kept rate.
    rates.set_rate(db, "EUR", "USD", "1.25", "2026-11-20", today=NOW.date())
    _purchase(db, datetime(2026, 11, 10, 12, 0, tzinfo=PARIS), "4.00", currency="EUR")
    gift = ledger.make_gift(
        db,
        platform="twitch",
        units=500,
        creator="Mia",
        when=datetime(2026, 11, 20, 21, 0, tzinfo=PARIS),
        now=NOW,
        zone=PARIS,
        home="USD",
        value_minor=250,
        value_currency="USD",
    )
    ledger.add(db, gift)
    budget.set_budget(db, "overall", "monthly", "100", "USD", now=NOW)
    budget.set_budget(db, "platform:twitch", "weekly", "20", "USD", now=NOW)
    budget.set_budget(db, budget.scope_for(creator="Mia"), "monthly", "10", "USD", now=NOW)
    db.close()


def _settle(data_dir: Path) -> None:
    """The data at rest with its clean integrity check remembered: ready for the plain reader."""
    db = open_store(data_dir, now=NOW)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    live = paths.database_path(data_dir)
    os.utime(live, ns=(PAST_NS, PAST_NS))
    open_store(data_dir, check=True, now=NOW).close()
    os.utime(live, ns=(PAST_NS, PAST_NS))


@pytest.fixture
def filled(data_dir: Path) -> Path:
    _fill(data_dir)
    _settle(data_dir)
    return data_dir


def _statuses(db) -> list[budget.Status]:
    p = prefs(db)
    return budget.statuses(db, now=NOW, zone=p.zone, week_start=p.week_start)


def test_the_plain_reader_gives_the_same_status_as_the_database(filled: Path) -> None:
    db = open_store(filled, now=NOW)
    through_db = _statuses(db)
    db.close()
    _settle(filled)
    reader = open_reader(filled)
    assert isinstance(reader, ready.ReadConnection)
    try:
        through_reader = _statuses(reader)
    finally:
        reader.close()
    assert through_reader == through_db
    by_scope = {s.budget.scope: s for s in through_reader}
    # Daily 2.00 from tonight to the 30th (the 27th moved past the month, the 28th cancelled),
    # 3.00 at the week's end and 1.00 now; never the 7.00 at the month's end.
    assert by_scope["overall"].planned == 4 * 200 + 300 + 100
    assert by_scope["creator:Mia"].planned == 4 * 200 + 300 + 100
    # The week ends at Monday 30th 00:00: the 25th, 26th and 29th, and the live now.
    assert by_scope["platform:twitch"].planned == 3 * 200 + 100
    # 10.00 + 1.00 (the month's first instant) + 4.00 EUR at 1.25; not October's 50.00.
    assert by_scope["overall"].spent == 1000 + 100 + 500
    assert by_scope["platform:twitch"].spent == 1000
    assert by_scope["creator:Mia"].spent == 250


_PROBE = """
import sys
from datetime import datetime, timezone
from companion.cli.main import main
code = main(sys.argv[1:], clock=lambda: datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc))
loaded = [m in sys.modules for m in ("sqlite_utils", "companion.core.calendar.window")]
print(*loaded, code, file=sys.stderr)
"""


def test_budget_json_with_budgets_does_not_import_sqlite_utils(filled: Path, capsys) -> None:
    """Importing sqlite-utils alone is more than this whole command should take; the
    calendar's planned spending, which it does not show, is not read either."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, "--data-dir", str(filled), "budget", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stderr.split() == ["False", "False", "0"]
    # The same answer the full open gives (this process has sqlite-utils loaded anyway).
    paths.database_path(filled).with_name("companion.sqlite3" + ready.CHECKED_SUFFIX).unlink()
    code, out, _ = run(capsys, "--data-dir", str(filled), "budget", "--json", now=NOW)
    assert code == 0
    assert json.loads(result.stdout) == json.loads(out)
    assert [row["scope"] for row in json.loads(out)] == [
        "overall",
        "creator:Mia",
        "platform:twitch",
    ]


def test_budget_status_works_out_only_the_defaults_it_needs(
    data_dir: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The system's currency and first day of the week (Babel's locale data) are worked out
    only when something needs them: monthly budgets in their own currency need neither."""
    from companion.core.store import settings

    db = open_store(data_dir, now=NOW)
    budget.set_budget(db, "overall", "monthly", "40", "EUR", now=NOW)
    db.close()
    asked: list[str] = []
    for key, value in (("home_currency", "USD"), ("week_starts_on", 0)):
        spec = settings.SETTINGS[key]
        monkeypatch.setitem(
            settings.SETTINGS,
            key,
            spec._replace(default=lambda key=key, value=value: asked.append(key) or value),
        )
    settings._default.cache_clear()
    try:
        code, out, _ = run(capsys, "budget", "--json", now=NOW)
        assert code == 0
        assert [(r["scope"], r["period_start"]) for r in json.loads(out)] == [
            ("overall", "2026-11-01")
        ]
        assert asked == []
        # A weekly budget does need the week's first day (and only that).
        db = open_store(data_dir, now=NOW)
        budget.set_budget(db, "overall", "weekly", "10", "EUR", now=NOW)
        db.close()
        assert run(capsys, "budget", "--json", now=NOW)[0] == 0
        assert asked == ["week_starts_on"]
    finally:
        settings._default.cache_clear()
