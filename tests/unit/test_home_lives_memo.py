"""Home remembers which events made its list of next lives, so the next start parses those few
instead of every event. Whatever it remembers, the list must be the one worked out afresh."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core import home
from companion.core.calendar import creators, schedule, window
from companion.core.store.db import memory_database

T0 = datetime(2026, 3, 27, 9, 30, tzinfo=timezone.utc)  # two days before Europe's clocks move
BERLIN = ZoneInfo("Europe/Berlin")
RULES = [None, "FREQ=DAILY", "FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "FREQ=DAILY;COUNT=3"]


def _fresh(db, now, zone=BERLIN, limit=5):
    """The list worked out from every event, as if nothing were remembered."""
    saved = db.execute("SELECT value FROM meta WHERE key = ?", [home._MEMO]).fetchone()
    db.execute("DELETE FROM meta WHERE key = ?", [home._MEMO])
    try:
        return _shown(home.next_lives(db, now, zone, limit))
    finally:
        db.execute("DELETE FROM meta WHERE key = ?", [home._MEMO])
        if saved is not None:
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [home._MEMO, saved[0]])


def _from_everything(db, now, zone=BERLIN, limit=5):
    """The rule Home states, from every event's occurrences in the fortnight: favourite
    creators' lives not yet over first; everyone's when no favourite is live (or none exists)."""
    upcoming = [
        a
        for a in window.occurrences(db, now, now + home.LIVES_AHEAD, home_zone=zone)
        if a.occurrence.end > now
    ]
    favourites = [a for a in upcoming if a.creator is not None and a.creator.favourite]
    return _shown((favourites or upcoming)[:limit])


def _shown(lives):
    return [(a.event.id, a.occurrence.start_utc, a.occurrence.end) for a in lives]


def _calendar(db, events):
    people = [
        creators.save_creator(db, name=f"C{i}", zone="UTC", favourite=fav, now=T0).id
        for i, fav in enumerate((True, False, True))
    ]
    for i, (minute, minutes, rule, who, zone) in enumerate(events):
        start = T0 + timedelta(minutes=minute)
        row = schedule.build_event_row(
            db,
            title=f"Live {i % 4}",  # shared titles: ties are ordered by title, then id
            start=f"{start.astimezone(ZoneInfo(zone)):%Y-%m-%dT%H:%M}",
            zone=zone,
            duration_min=minutes,
            creator_id=people[who] if who is not None else None,
            rrule=rule,
            home_zone=BERLIN,
            now=T0,
        )
        schedule.save_event(db, row, now=T0)


EVENTS = st.lists(
    st.tuples(
        st.integers(-3 * 24 * 60, 5 * 24 * 60).map(lambda m: m - m % 15),  # on quarter hours
        st.sampled_from([30, 60, 180]),
        st.sampled_from(RULES),
        st.sampled_from([None, 0, 1, 2]),
        st.sampled_from(["UTC", "Europe/Berlin", "America/New_York"]),
    ),
    min_size=0,
    max_size=14,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    events=EVENTS,
    later=st.lists(st.integers(0, 20 * 24 * 60), min_size=1, max_size=4),
    limit=st.sampled_from([1, 3, 5]),
)
def test_the_remembered_list_is_always_the_list_worked_out_afresh(events, later, limit) -> None:
    db = memory_database()
    _calendar(db, events)
    first = home.next_lives(db, T0, BERLIN, limit)
    assert _shown(first) == _fresh(db, T0, limit=limit) == _from_everything(db, T0, limit=limit)
    for minutes in sorted(later):
        now = T0 + timedelta(minutes=minutes)
        expected = _from_everything(db, now, limit=limit)
        assert _fresh(db, now, limit=limit) == expected
        assert _shown(home.next_lives(db, now, BERLIN, limit)) == expected


def _weekly_show(db, title, start, who=None):
    row = schedule.build_event_row(
        db,
        title=title,
        start=start,
        zone="UTC",
        duration_min=60,
        creator_id=who,
        rrule="FREQ=DAILY",
        home_zone=BERLIN,
        now=T0,
    )
    return schedule.save_event(db, row, now=T0)


def _many(db, count=40):
    for i in range(count):
        _weekly_show(db, f"Show {i:02d}", f"2026-03-20T{i % 24:02d}:{(i * 7) % 60:02d}")


def test_the_next_start_parses_only_the_remembered_events(monkeypatch) -> None:
    db = memory_database()
    _many(db)
    home.next_lives(db, T0, BERLIN)  # remembers
    later = T0 + timedelta(minutes=20)
    expected = _fresh(db, later)  # worked out from all 40 (and the memo put back)
    parsed: list[int] = []
    real = window.parsed_subset

    def counting(db, ids):
        out = real(db, ids)
        parsed.append(len(out))
        return out

    monkeypatch.setattr(window, "parsed_subset", counting)
    monkeypatch.setattr(window, "parsed_events", None)  # the full parse must not run
    assert _shown(home.next_lives(db, later, BERLIN)) == expected
    assert len(expected) == 5
    assert parsed == [5]


def test_a_change_to_the_calendar_forgets_the_list() -> None:
    db = memory_database()
    _many(db, 8)
    home.next_lives(db, T0, BERLIN)
    # A new show, starting before everything remembered: it must lead the list.
    _weekly_show(db, "Earlier", "2026-03-27T09:45")
    lives = home.next_lives(db, T0, BERLIN)
    assert lives[0].occurrence.title == "Earlier"
    assert _shown(lives) == _fresh(db, T0)


def test_a_favourite_made_since_is_shown_first() -> None:
    db = memory_database()
    _many(db, 8)
    home.next_lives(db, T0, BERLIN)
    mia = creators.save_creator(db, name="Mia", zone="UTC", favourite=True, now=T0).id
    _weekly_show(db, "Mia late", "2026-03-20T23:59", mia)
    assert home.next_lives(db, T0, BERLIN)[0].occurrence.title == "Mia late"


def test_time_going_back_or_another_zone_works_it_out_afresh() -> None:
    db = memory_database()
    _many(db, 12)
    home.next_lives(db, T0, BERLIN)
    before = T0 - timedelta(hours=3)
    assert _shown(home.next_lives(db, before, BERLIN)) == _fresh(db, before)
    tokyo = ZoneInfo("Asia/Tokyo")
    assert _shown(home.next_lives(db, T0, tokyo)) == _fresh(db, T0, zone=tokyo)


def test_nothing_is_remembered_while_writes_are_refused() -> None:
    db = memory_database()
    _many(db, 8)
    db.execute("PRAGMA query_only=ON")
    try:
        assert len(home.next_lives(db, T0, BERLIN)) == 5
    finally:
        db.execute("PRAGMA query_only=OFF")
    assert db.execute("SELECT 1 FROM meta WHERE key = ?", [home._MEMO]).fetchone() is None


def test_with_favourites_a_new_day_reads_only_their_events(monkeypatch) -> None:
    # The first start of a day finds the remembered list run out: with favourites it must not
    # parse every creator's events to show five of theirs.
    db = memory_database()
    fan = creators.save_creator(db, name="Fav", zone="UTC", favourite=True, now=T0).id
    other = creators.save_creator(db, name="Other", zone="UTC", favourite=False, now=T0).id
    for i in range(30):
        _weekly_show(db, f"Other {i:02d}", f"2026-03-20T{i % 24:02d}:10", who=other)
    for i in range(6):
        _weekly_show(db, f"Fav {i}", f"2026-03-20T{(i * 4) % 24:02d}:40", who=fan)
    expected = _from_everything(db, T0)
    assert len(expected) == 5
    db.__dict__.pop("_companion_parsed")  # as at start: the Calendar has parsed nothing yet
    read: list[int] = []
    real = window._parsing

    def counting(*args, **kwargs):
        for parsed in real(*args, **kwargs):
            read.append(parsed.event.id)
            yield parsed

    monkeypatch.setattr(window, "_parsing", counting)
    assert _shown(home.next_lives(db, T0, BERLIN)) == expected
    assert len(read) == 6  # the favourite's six series, none of the other thirty


def test_a_new_days_events_are_found_by_creator_not_by_walking_every_event() -> None:
    """Every series that never ends passes the first-start bound: at 10k events, reading the
    favourites' through that index was 15 ms of the first page, through the creator's 5."""
    db = memory_database()
    fan = creators.save_creator(db, name="Fav", zone="UTC", favourite=True, now=T0).id
    _weekly_show(db, "Fav", "2026-03-20T10:40", who=fan)
    plans: list[str] = []
    real = db.execute

    def spy(sql, params=None):
        if " FROM events WHERE" in sql and "first_utc <" in sql:
            plan = real("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            plans.append(" / ".join(str(step[3]) for step in plan))
        return real(sql, params)

    db.execute = spy
    try:
        window.favourites_occurrences(db, T0, T0 + timedelta(days=1), home_zone=BERLIN)
    finally:
        del db.execute
    assert plans and all("idx_events_creator_id" in plan for plan in plans), plans


def test_a_damaged_memo_is_worked_out_again() -> None:
    db = memory_database()
    _many(db, 8)
    db.execute("INSERT INTO meta (key, value) VALUES (?, '{not json')", [home._MEMO])
    assert _shown(home.next_lives(db, T0, BERLIN)) == _fresh(db, T0)


def test_lives_tied_with_the_last_one_shown_are_remembered_too() -> None:
    db = memory_database()

    def live(title, start, rule=None):
        row = schedule.build_event_row(
            db, title=title, start=start, zone="UTC", duration_min=30, rrule=rule,
            home_zone=BERLIN, now=T0,
        )  # fmt: skip
        schedule.save_event(db, row, now=T0)

    # At the same start, lives are listed by title: B, C, then D's second day.
    live("D daily", "2026-03-27T10:00", "FREQ=DAILY")
    live("B", "2026-03-28T10:00")
    live("C", "2026-03-28T10:00")
    assert [a.occurrence.title for a in home.next_lives(db, T0, BERLIN, 2)] == ["D daily", "B"]
    # D's first day is over: C (not in the list before, but tied with B) comes next, not D.
    later = datetime(2026, 3, 27, 10, 45, tzinfo=timezone.utc)
    assert [a.occurrence.title for a in home.next_lives(db, later, BERLIN, 2)] == ["B", "C"]


def test_what_was_worked_out_before_the_check_passed_is_saved_after_it() -> None:
    db = memory_database()
    _many(db, 8)
    db.execute("PRAGMA query_only=ON")
    home.next_lives(db, T0, BERLIN)
    db.execute("PRAGMA query_only=OFF")
    home.save_remembered_lives(db)
    assert db.execute("SELECT 1 FROM meta WHERE key = ?", [home._MEMO]).fetchone() == (1,)
    home.save_remembered_lives(db)  # once only: nothing left to save
