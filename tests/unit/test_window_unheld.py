"""The reminder timer asks for occurrences without keeping anything (``hold=False``): only the
events that can reach the window are read, each parsed and let go in turn. Its answer must be
the one the held path gives, on calendars other software wrote (tests/real/calendars, sources in
its README) as on our own series."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.core.budget.instants import utc_text
from companion.core.calendar import ics, schedule, window

REAL = Path(__file__).resolve().parents[1] / "real" / "calendars"
UTC = ZoneInfo("UTC")
BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 3, 27, 9, 30, tzinfo=timezone.utc)  # two days before Europe's clocks move


def _shown(agendas):
    return [(a.event.id, a.occurrence.start_utc, a.occurrence.end, a.event.title) for a in agendas]


def _forget(db) -> None:
    db.__dict__.pop("_companion_parsed", None)
    db.__dict__.pop("_companion_occurrences", None)


def _held(db, lo, hi, zone):
    _forget(db)
    try:
        return _shown(window.occurrences(db, lo, hi, home_zone=zone))
    finally:
        _forget(db)


def _real_calendars(db) -> None:
    for path in sorted(REAL.glob("*.ics")):
        ics.import_ics(db, path.read_bytes(), source=f"file:{path.name}", now=T0, home_zone=UTC)


def _series(db) -> None:
    rules = [None, "FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "FREQ=DAILY;COUNT=3"]
    for i, rule in enumerate(rules * 3):
        start = T0 + timedelta(hours=7 * i - 30)
        zone = ("UTC", "Europe/Berlin", "America/New_York")[i % 3]
        row = schedule.build_event_row(
            db,
            title=f"Live {i % 4}",  # shared titles: the order among equal starts is by title, id
            start=f"{start.astimezone(ZoneInfo(zone)):%Y-%m-%dT%H:%M}",
            zone=zone,
            duration_min=90,
            rrule=rule,
            home_zone=BERLIN,
            now=T0,
        )
        schedule.save_event(db, row, now=T0)


def _windows(db):
    """A day before each event's first start to a month after, and the fortnight around T0."""
    firsts = [r[0] for r in db.execute("SELECT first_utc FROM events")]
    out = [(T0 - timedelta(days=7), T0 + timedelta(days=7))]
    for text in firsts:
        first = datetime.fromisoformat(text)
        out += [(first - timedelta(days=1), first + timedelta(days=30)), (first, first)]
        out.append((first + timedelta(days=40), first + timedelta(days=41)))
    return out


@pytest.mark.parametrize("fill", [_real_calendars, _series])
@pytest.mark.parametrize("zone", [UTC, BERLIN])
def test_the_unheld_answer_is_the_held_one(db, fill, zone) -> None:
    fill(db)
    assert db.execute("SELECT COUNT(*) FROM events").fetchone()[0] >= 10
    seen = 0
    for lo, hi in _windows(db):
        unheld = _shown(window.occurrences(db, lo, hi, home_zone=zone, hold=False))
        assert unheld == _held(db, lo, hi, zone), (lo, hi)
        seen += len(unheld)
    assert seen > 50  # the windows reach occurrences, not only empty stretches


def test_the_unheld_path_keeps_nothing_and_reads_only_events_that_can_reach_it(db) -> None:
    _series(db)
    every = window._parse(db)
    lo, hi = T0, T0 + timedelta(hours=12)
    reached = list(window._parsing(db, overlapping=(utc_text(lo), utc_text(hi))))
    assert 0 < len(reached) < len(every)  # the COUNT=3 series and the one-offs before T0 are out
    assert [p.event.id for p in reached] == [
        p.event.id for p in every if p.may_overlap(utc_text(lo), utc_text(hi))
    ]
    window.occurrences(db, lo, hi, home_zone=BERLIN, hold=False)
    assert "_companion_parsed" not in db.__dict__
    assert not db.__dict__.get("_companion_occurrences")


def test_the_unheld_path_uses_a_parse_already_held(db, monkeypatch) -> None:
    _series(db)
    lo, hi = T0, T0 + timedelta(days=2)
    held = _shown(window.occurrences(db, lo, hi, home_zone=BERLIN))  # the Calendar page's
    monkeypatch.setattr(window, "_parsing", lambda *a, **k: pytest.fail("parsed again"))
    later = lo + timedelta(hours=1)
    unheld = _shown(window.occurrences(db, later, hi, home_zone=BERLIN, hold=False))
    assert unheld == [a for a in held if a[2] > later]
