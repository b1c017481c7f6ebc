"""Exported .ics files read by other calendars at the app's own instants, across DST.

ical.js (Thunderbird's and Nextcloud's parser, from npm: tests/js) and icalendar +
recurring-ical-events read what the app exports; every occurrence in windows that cross a
clock change must start at the same instant as in the app. The series run from the 1990s to
past 2038, so the VTIMEZONEs must hold for every year, not only 1970-2038.

The ical.js part skips only where node is missing, and never under CI (.ci/run installs it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

from companion.core.calendar import ics, ics_export, schedule

UTC = ZoneInfo("UTC")
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
JS = Path(__file__).parents[1] / "js"
CORPUS = Path(__file__).parents[1] / "real" / "calendars"

# Zones whose rules are hard to write: Jerusalem's "Friday before the last Sunday" (a shifted
# weekday), Santiago's and Nuuk's changes at 24:00 and -1:00, Dublin's negative summer time,
# Lord Howe's half hour, Chatham's 2:45, New York's 2007 rule change, Tokyo's none.
ZONES = (
    "Europe/Paris",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Jerusalem",
    "America/Santiago",
    "America/Nuuk",
    "Europe/Dublin",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Asia/Tokyo",
)
RULES = ("FREQ=DAILY", "FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=SU,TU,FR", "FREQ=MONTHLY")


def windows() -> list[tuple[datetime, datetime]]:
    """Two months across the spring or autumn change (both hemispheres change in each), before,
    within and past the 32-bit years, and around the US rule change of 2007."""
    out = []
    for year, month in ((1999, 3), (2007, 9), (2027, 3), (2031, 9), (2061, 3)):
        lo = datetime(year, month, 10, tzinfo=UTC)
        out.append((lo, lo + timedelta(days=60)))
    return out


def _event(db, title: str, start: str, zone: str, rule: str | None) -> None:
    row = schedule.build_event_row(
        db,
        title=title,
        start=start,
        zone=zone,
        duration_min=90,
        rrule=rule,
        reminders=[],
        home_zone=UTC,
        now=NOW,
    )
    schedule.save_event(db, row, now=NOW)


@pytest.fixture
def series_db(db):
    for zone in ZONES:
        for i, rule in enumerate(RULES):
            _event(db, f"{zone} {rule}", f"1998-0{i + 1}-0{i + 2}T20:00", zone, rule)
        _event(db, f"{zone} once", "2027-03-28T21:15", zone, None)
        # Where the clocks change, inside the years the export pins such times (ten ahead).
        for hour in ("00:30", "01:30", "02:30"):
            _event(db, f"{zone} {hour}", f"2025-01-01T{hour}", zone, "FREQ=DAILY;UNTIL=20351231")
    _event(db, "Skipped once", "2027-03-28T02:30", "Europe/Paris", None)
    _event(db, "Twice once", "2027-10-31T02:30", "Europe/Paris", None)
    return db


def app_instants(db, lo: datetime, hi: datetime) -> list[tuple[str, str]]:
    return sorted(
        (a.event.uid, _iso(a.occurrence.start))
        for a in schedule.occurrences(db, lo, hi, home_zone=UTC)
        if lo <= a.occurrence.start < hi
    )


def rie_instants(data: bytes, lo: datetime, hi: datetime) -> list[tuple[str, str]]:
    cal = icalendar.Calendar.from_ical(data)
    out = []
    for ev in recurring_ical_events.of(cal).between(lo, hi):
        if str(ev.get("STATUS", "")).upper() == "CANCELLED":
            continue
        start = ev["DTSTART"].dt
        if not isinstance(start, datetime):
            start = datetime.combine(start, datetime.min.time())
        if start.tzinfo is None:  # floating and all-day: the fan's zone, UTC here
            start = start.replace(tzinfo=UTC)
        if lo <= start < hi:
            out.append((str(ev["UID"]), _iso(start)))
    return sorted(out)


def icaljs_instants(requests: list[dict[str, object]]) -> list[list[list[tuple[str, str]]]]:
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI"):
            pytest.fail("node is missing: CI must read the exported files with ical.js")
        pytest.skip("node is not installed: the ical.js check needs it")
    if not (JS / "node_modules" / "ical.js").is_dir():
        pytest.fail("ical.js is not installed: run `npm ci` in tests/js")
    done = subprocess.run(
        [node, str(JS / "instants.mjs")],
        input=json.dumps(requests),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [
        [sorted((uid, at) for uid, at in found) for found in per_file]
        for per_file in json.loads(done.stdout)
    ]


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# Where ical.js 2 itself reads the source file differently from RFC 5545 and from
# recurring-ical-events; the exported file is still read back by recurring-ical-events.
ICALJS_DIFFERS = {
    # ical.js stops a weekly rule once a second RRULE's COUNT is used up.
    "cyrus-multiple-rrule.ics": "several RRULEs",
    # ical.js yields 8 of the 9 dates of this FREQ=MONTHLY;COUNT=9;BYDAY=+3WE;BYMONTH=...
    # rule (2024-05-15 is lost), with or without the file's RDATE and EXDATE.
    "vancouver-rdate-period.ics": "a COUNT one short",
}


def _compare(db, tmp_path: Path, name: str, extra: tuple = ()) -> int:
    data = ics_export.export_ics(db, now=NOW)
    path = tmp_path / f"{name}.ics"
    path.write_bytes(data)
    spans = windows() + list(extra)
    (theirs,) = icaljs_instants(
        [{"path": str(path), "windows": [[_iso(lo), _iso(hi)] for lo, hi in spans]}]
    )
    seen = 0
    for (lo, hi), js in zip(spans, theirs, strict=True):
        ours = app_instants(db, lo, hi)
        if name not in ICALJS_DIFFERS:
            assert js == ours, _difference(db, "ical.js", lo, ours, js)
        rie = rie_instants(data, lo, hi)
        assert rie == ours, _difference(db, "recurring-ical-events", lo, ours, rie)
        seen += len(ours)
    return seen


def _difference(db, reader: str, lo: datetime, ours, theirs) -> str:
    titles = {e.uid: e.title for e in schedule.events(db)}
    only = sorted(set(ours) ^ set(theirs))[:6]
    return f"{reader} in the window from {lo:%Y-%m}: " + "; ".join(
        f"{titles.get(uid, uid)} {at} only in {'the app' if (uid, at) in ours else reader}"
        for uid, at in only
    )


def test_icaljs_reads_exported_series_at_the_apps_instants(series_db, tmp_path) -> None:
    seen = _compare(series_db, tmp_path, "series")
    assert seen > 3000  # every window holds lives in every zone


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.ics")))
def test_icaljs_reads_the_corpus_exported_again(db, tmp_path, name) -> None:
    report = ics.import_ics(
        db, (CORPUS / name).read_bytes(), source=f"file:{name}", now=NOW, home_zone=UTC
    )
    assert report.added
    # Also the file's own years, where its events are: windows across both DST changes.
    first = min(e.start_local[:4] for e in schedule.events(db))
    own = [
        (datetime(y, a, 1, tzinfo=UTC), datetime(y, a + 4, 1, tzinfo=UTC))
        for y in (int(first), int(first) + 1)
        for a in (1, 3, 7, 8)
    ]
    assert _compare(db, tmp_path, name, tuple(own)) >= 1


def test_the_vtimezone_holds_from_the_first_event_to_past_2038(db) -> None:
    _event(db, "Weekly", "1972-01-02T20:00", "Europe/Paris", "FREQ=WEEKLY")
    cal = icalendar.Calendar.from_ical(ics_export.export_ics(db, now=NOW))
    (vtz,) = cal.walk("VTIMEZONE")
    rules = [str(p.get("RRULE").to_ical(), "ascii") for p in vtz.subcomponents if p.get("RRULE")]
    # Outlook's, Google's and Apple's way: summer time by rule, from the rules' first year.
    assert sorted(rules) == [
        "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
    ]
    tz = vtz.to_tz()
    paris = ZoneInfo("Europe/Paris")
    # 1972: no summer time in France yet; 1977: the rules of the day; then today's rules.
    for day in (date(1972, 7, 1), date(1977, 7, 1), date(2040, 7, 1), date(2090, 12, 1)):
        moment = datetime.combine(day, datetime.min.time(), UTC)
        assert moment.astimezone(tz).utcoffset() == moment.astimezone(paris).utcoffset()
