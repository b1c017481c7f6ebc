"""Home wakes only when a countdown's words change: never earlier, and never too late."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from companion.ui.home.countdown import countdown, next_change

START = datetime(2026, 11, 28, 20, 0, tzinfo=UTC)
END = START + timedelta(hours=2)
MS = timedelta(milliseconds=1)


@pytest.mark.parametrize(
    "before",
    [
        timedelta(seconds=30),
        timedelta(minutes=1),  # exactly at a boundary
        timedelta(minutes=1, seconds=1),
        timedelta(minutes=35, seconds=12),
        timedelta(hours=1),
        timedelta(hours=23, minutes=59, seconds=59),
        timedelta(hours=24),  # the first "in 1 day 0 h"
        timedelta(days=2, hours=3, minutes=17),
        timedelta(days=9, seconds=1),
    ],
)
def test_the_words_hold_until_the_next_change_and_change_then(qapp, before) -> None:
    now = START - before
    change = next_change(START, END, now)
    assert change is not None and change > now
    words = countdown(START, END, now)
    assert countdown(START, END, change - MS) == words  # not a moment too early
    assert countdown(START, END, change) != words  # and the words do change


def test_an_hour_away_from_a_day_it_sleeps_an_hour_not_thirty_seconds(qapp) -> None:
    now = START - timedelta(days=2, hours=3, minutes=17)
    change = next_change(START, END, now)
    assert change is not None
    assert change - now == timedelta(minutes=17) + MS


def test_live_until_the_end_then_nothing_more(qapp) -> None:
    assert next_change(START, END, START + timedelta(minutes=5)) == END
    assert next_change(START, END, END) is None
