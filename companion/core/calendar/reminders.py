"""When reminders are due: each occurrence start minus each lead time, exactly once.

Rules take ``now`` as an argument (tests pass a fixed clock). A reminder whose time passed while
the computer slept fires once, marked "missed", if its live has not ended; older ones go to the
missed list instead of a burst of pop-ups. Every decision is recorded in ``reminder_log``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from companion.core.budget.instants import utc_text
from companion.core.calendar import schedule
from companion.core.errors import InputError
from companion.core.store.lazydb import upsert

if TYPE_CHECKING:
    from sqlite_utils import Database

GRACE = timedelta(minutes=2)  # a reminder this late is still "on time"
LOOKAHEAD = timedelta(days=8)  # longest lead (a week) plus a margin
MAX_CATCH_UP = timedelta(days=30)  # after a long absence, look back at most this far
NEXT_DUE_FIRST_LOOK = timedelta(days=1)
SNOOZE_CHOICES = (5, 10, 15)
_CHECKED = "reminders_checked_until"


@dataclass(frozen=True)
class Due:
    agenda: schedule.Agenda
    lead_min: int
    remind_at: datetime
    late: bool  # fired after the computer was asleep or off: shown as missed

    @property
    def key(self) -> tuple[int, str, int]:
        return (self.agenda.event.id, utc_text(self.agenda.occurrence.start), self.lead_min)


@dataclass(frozen=True)
class Missed:
    event_id: int
    title: str
    occurrence_utc: datetime
    lead_min: int


def _meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _longest_lead(db: Database) -> timedelta:
    """The longest lead any event asks for, kept until the calendar changes: the windows
    expanded below reach that far past their end, not a week (LOOKAHEAD) when every lead is
    ten minutes. That is a fortnight of every series less to build, and to hold, at start."""
    version = schedule.calendar_version(db)
    cache = db.__dict__.setdefault("_companion_longest_lead", {})
    if version is None or cache.get("version") != version:
        row = db.execute(
            "SELECT MAX(CAST(value AS INTEGER)) FROM events, json_each(events.reminders)"
        ).fetchone()
        minutes = min(int(row[0] or 0), int(LOOKAHEAD.total_seconds() // 60))
        cache.update(version=version, lead=timedelta(minutes=max(0, minutes) + 1))
    return cache["lead"]


def _reminders_between(
    db: Database, lo: datetime, hi: datetime, zone: ZoneInfo
) -> list[tuple[schedule.Agenda, int, datetime]]:
    """(occurrence, lead, remind_at) with remind_at in (lo, hi]."""
    out = []
    for item in schedule.occurrences(db, lo, hi + _longest_lead(db), home_zone=zone, hold=False):
        for lead in item.event.reminders:
            at = item.occurrence.start_utc - timedelta(minutes=lead)
            if lo < at <= hi:
                out.append((item, lead, at))
    return out


def check(db: Database, now: datetime, zone: ZoneInfo) -> tuple[list[Due], list[Due]]:
    """(reminders to show now, reminders that became missed), recorded so none repeats."""
    now = now.astimezone(timezone.utc)
    checked = _meta(db, _CHECKED)
    if checked is None:
        # First run: nothing from before the app existed is "missed".
        with db.atomic():
            upsert(db, "meta", {"key": _CHECKED, "value": utc_text(now)}, "key")
        return [], []
    since = max(datetime.fromisoformat(checked), now - MAX_CATCH_UP)
    show, missed = [], []
    logged = _logged(db, since - LOOKAHEAD)
    for item, lead, at in _reminders_between(db, since, now, zone):
        key = (item.event.id, utc_text(item.occurrence.start), lead)
        if key in logged:
            continue
        if at >= now - GRACE:
            show.append(Due(item, lead, at, late=False))
        elif now < item.occurrence.end:
            show.append(Due(item, lead, at, late=True))
        else:
            missed.append(Due(item, lead, at, late=True))
    show += _snoozes_due(db, now, zone)
    with db.atomic():
        for due in show:
            upsert(db, "reminder_log", _log_row(due, "fired", now), _LOG_PK)
        for due in missed:
            upsert(db, "reminder_log", _log_row(due, "missed", now), _LOG_PK)
        upsert(db, "meta", {"key": _CHECKED, "value": utc_text(now)}, "key")
    return show, missed


_LOG_PK = ("event_id", "occurrence_utc", "lead_min")


def _log_row(due: Due, status: str, now: datetime) -> dict[str, object]:
    event_id, occurrence, lead = due.key
    return {
        "event_id": event_id,
        "occurrence_utc": occurrence,
        "lead_min": lead,
        "status": status,
        "fired_at": utc_text(now),
        "snooze_until": None,
    }


def _logged(db: Database, since: datetime) -> set[tuple[int, str, int]]:
    return {
        (r[0], r[1], r[2])
        for r in db.execute(
            "SELECT event_id, occurrence_utc, lead_min FROM reminder_log WHERE occurrence_utc >= ?",
            [utc_text(since)],
        )
    }


def _snoozes_due(db: Database, now: datetime, zone: ZoneInfo) -> list[Due]:
    out = []
    for event_id, occurrence, lead in db.execute(
        "SELECT event_id, occurrence_utc, lead_min FROM reminder_log WHERE status = "
        "'snoozed' AND snooze_until <= ?",
        [utc_text(now)],
    ).fetchall():
        start = datetime.fromisoformat(occurrence)
        for item in schedule.occurrences(
            db,
            start - timedelta(minutes=1),
            start + timedelta(minutes=1),
            home_zone=zone,
            hold=False,
        ):
            if item.event.id == event_id and item.occurrence.start_utc == start:
                out.append(Due(item, lead, now, late=False))
    return out


def next_due(db: Database, now: datetime, zone: ZoneInfo) -> datetime | None:
    """When the next reminder (or snooze) is due after ``now``; None when nothing is planned."""
    now = now.astimezone(timezone.utc)
    logged = _logged(db, now - LOOKAHEAD)
    times: list[datetime] = []
    # The next day first: with lives most days the answer is there, and a day of every series
    # is a fraction of the whole look-ahead's work.
    for horizon in (NEXT_DUE_FIRST_LOOK, LOOKAHEAD):
        times = [
            at
            for item, lead, at in _reminders_between(db, now, now + horizon, zone)
            if (item.event.id, utc_text(item.occurrence.start), lead) not in logged
        ]
        if times:
            break
    row = db.execute(
        "SELECT MIN(snooze_until) FROM reminder_log WHERE status = 'snoozed'"
    ).fetchone()
    if row and row[0]:
        times.append(datetime.fromisoformat(row[0]))
    return min(times) if times else None


def snooze(db: Database, due: Due, minutes: int, now: datetime) -> datetime:
    if minutes not in SNOOZE_CHOICES:
        raise InputError(f"snooze: choose {', '.join(map(str, SNOOZE_CHOICES))} minutes")
    until = now.astimezone(timezone.utc) + timedelta(minutes=minutes)
    row = _log_row(due, "snoozed", now) | {"snooze_until": utc_text(until)}
    with db.atomic():
        upsert(db, "reminder_log", row, _LOG_PK)
    return until


def timing(due: Due, now: datetime) -> tuple[str, int]:
    """Where the live stands at ``now``, for the words of a reminder: ("soon", minutes to go,
    rounded up), ("now", 0) in its first minute, ("started", whole minutes ago), or ("ended",
    whole minutes ago). From the start itself, not the lead: a snoozed reminder fires later than
    planned and must not promise a live that has already begun."""
    occ = due.agenda.occurrence
    now = now.astimezone(timezone.utc)
    if now >= occ.end and occ.end > occ.start_utc:
        return "ended", (now - occ.end) // timedelta(minutes=1)
    ahead = occ.start_utc - now
    if ahead > timedelta(0):
        return "soon", -(-ahead // timedelta(minutes=1))
    if -ahead < timedelta(minutes=1):
        return "now", 0
    return "started", -ahead // timedelta(minutes=1)


def missed(db: Database, limit: int = 50) -> list[Missed]:
    rows = db.execute(
        "SELECT l.event_id, e.title, l.occurrence_utc, l.lead_min FROM reminder_log l JOIN "
        "events e ON e.id = l.event_id WHERE l.status = 'missed' ORDER BY l.occurrence_utc "
        "DESC LIMIT ?",
        [limit],
    ).fetchall()
    return [Missed(e, t, datetime.fromisoformat(o), lead) for e, t, o, lead in rows]


def clear_missed(db: Database) -> None:
    with db.atomic():
        db.execute("UPDATE reminder_log SET status = 'dismissed' WHERE status = 'missed'")
