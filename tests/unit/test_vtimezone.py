"""VTIMEZONE blocks written from the zones' rules agree with zoneinfo for every year."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

import icalendar
import pytest

from companion.core.calendar.vtimezone import vtimezone


def _read(component) -> object:
    cal = icalendar.Calendar.from_ical(
        b"BEGIN:VCALENDAR\r\n" + component.to_ical() + b"END:VCALENDAR\r\n"
    )
    return cal.walk("VTIMEZONE")[0].to_tz()


@pytest.mark.parametrize(
    "key", sorted(k for k in available_timezones() if not k.startswith(("posix/", "right/")))
)
def test_every_zone_agrees_with_zoneinfo_from_1990_to_2100(key) -> None:
    tz = _read(vtimezone(key, datetime(1990, 1, 1)))
    zone = ZoneInfo(key)
    pick = random.Random(key)  # the same instants every run
    for _ in range(40):
        moment = datetime(1990, 1, 3, tzinfo=timezone.utc) + timedelta(
            seconds=pick.randrange(110 * 365 * 86400)
        )
        assert moment.astimezone(tz).utcoffset() == moment.astimezone(zone).utcoffset(), moment


def test_summer_time_is_written_as_rules_not_dates() -> None:
    text = vtimezone("America/New_York", datetime(2020, 1, 1)).to_ical().decode()
    assert "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11" in text
    assert text.count("BEGIN:DAYLIGHT") == 1  # no year-by-year list


def test_a_shifted_weekday_becomes_days_of_the_month() -> None:
    # Israel: the Friday before the last Sunday of March (POSIX: M3.4.4/26).
    text = vtimezone("Asia/Jerusalem", datetime(2026, 1, 1)).to_ical().decode()
    assert "RRULE:FREQ=YEARLY;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29;BYMONTH=3" in text
