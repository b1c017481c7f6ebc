"""Twitch schedule feeds as Twitch serves them: LF line ends, TZID=/Europe/..., no VTIMEZONE,
and HTTP 500 for a channel with nothing scheduled."""

from __future__ import annotations

import urllib.error
from datetime import datetime, timezone
from email.message import Message
from zoneinfo import ZoneInfo

from companion.core.calendar import schedule, subscriptions

UTC = ZoneInfo("UTC")
NOW = datetime(2026, 11, 25, tzinfo=timezone.utc)
URL = "https://api.twitch.tv/helix/schedule/icalendar?broadcaster_id=141981764"

# The shape of Twitch's feed (LF only, zone with a leading slash, no VTIMEZONE), across the
# end of summer time in Paris.
FEED = b"""BEGIN:VCALENDAR
PRODID:-//twitch.tv//StreamSchedule//1.0
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:TwitchDev
BEGIN:VEVENT
UID:e4acc724-371f-402c-81ca-23ada79759d4
DTSTAMP:20261124T180000Z
DTSTART;TZID=/Europe/Paris:20261020T200000
DTEND;TZID=/Europe/Paris:20261020T220000
SUMMARY:Dev stream
DESCRIPTION:Science & Technology.
CATEGORIES:Science & Technology
RRULE:FREQ=WEEKLY;BYDAY=TU
END:VEVENT
END:VCALENDAR
"""


def _subscribe(db) -> int:
    return subscriptions.add_subscription(db, URL, "TwitchDev", creator_id=None, now=NOW)


def test_a_twitch_feed_with_lf_line_ends_and_slashed_zones_keeps_paris_time(db) -> None:
    assert b"\r" not in FEED and b"VTIMEZONE" not in FEED
    sub = _subscribe(db)
    said = subscriptions.refresh(db, sub, now=NOW, home_zone=UTC, fetch=lambda _url: FEED)
    assert said.startswith("TwitchDev:")
    lo, hi = datetime(2026, 10, 19, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC)
    starts = [a.occurrence.start_utc for a in schedule.occurrences(db, lo, hi, home_zone=UTC)]
    # 20:00 in Paris: 18:00 UTC in summer time, 19:00 after the clocks go back on 25 October.
    assert starts == [
        datetime(2026, 10, 20, 18, tzinfo=timezone.utc),
        datetime(2026, 10, 27, 19, tzinfo=timezone.utc),
    ]


def _server_error(url: str) -> bytes:
    raise urllib.error.HTTPError(url, 500, "Internal Server Error", Message(), None)


def test_twitchs_500_for_an_empty_schedule_is_said_in_words_and_keeps_the_events(db) -> None:
    sub = _subscribe(db)
    subscriptions.refresh(db, sub, now=NOW, home_zone=UTC, fetch=lambda _url: FEED)
    said = subscriptions.refresh(db, sub, now=NOW, home_zone=UTC, fetch=_server_error)
    assert said == (
        "Could not refresh TwitchDev: Twitch has no stream scheduled for this channel (it "
        "answers 500 then); the copy from 2026-11-25 00:00 UTC is kept."
    )
    assert [e.title for e in schedule.events(db)] == ["Dev stream"]


def test_a_500_from_another_server_is_still_a_server_error(db) -> None:
    sub = subscriptions.add_subscription(
        db, "https://example.org/cal.ics", "Other", creator_id=None, now=NOW
    )
    said = subscriptions.refresh(db, sub, now=NOW, home_zone=UTC, fetch=_server_error)
    assert "the server answered 500 Internal Server Error" in said


def test_only_twitchs_schedule_feed_counts_as_twitch() -> None:
    assert subscriptions.is_twitch_schedule(URL)
    assert subscriptions.is_twitch_schedule("https://API.twitch.tv/helix/schedule/icalendar/")
    assert not subscriptions.is_twitch_schedule("https://api.twitch.tv/helix/schedule?x=1")
    assert not subscriptions.is_twitch_schedule(
        "https://evil.example/api.twitch.tv/helix/schedule/icalendar"
    )
