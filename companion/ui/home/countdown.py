"""How long until a live starts, in words."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject


def countdown(start: datetime, end: datetime, now: datetime) -> str:
    """'live now', 'in 35 min', 'in 4 h 05 min', 'in 2 days 3 h' — from the injected clock."""
    return _Countdown().words(start, end, now)


class _Countdown(QObject):
    # lupdate only extracts plural (%n) forms from self.tr() inside a class.
    def words(self, start: datetime, end: datetime, now: datetime) -> str:
        if start <= now < end:
            return self.tr("live now")
        left = start - now
        minutes = max(0, int(left.total_seconds() // 60))
        if minutes < 60:
            return self.tr("in %n min", "", max(1, minutes))
        hours, minutes = divmod(minutes, 60)
        if hours < 24:
            return self.tr("in {h} h {m:02d} min").format(h=hours, m=minutes)
        days, hours = divmod(hours, 24)
        if days == 1:
            return self.tr("in 1 day {h} h").format(h=hours)
        return self.tr("in %n days {h} h", "", days).format(h=hours)


def next_change(start: datetime, end: datetime, now: datetime) -> datetime | None:
    """The first instant after ``now`` at which :func:`countdown` says something else.

    Home sleeps until then instead of waking on a fixed beat: "in 2 days 3 h" changes once an
    hour, "in 35 min" once a minute, and a live that is over says nothing more.
    """
    if now >= end:
        return None
    if now >= start:
        return end
    whole_minutes = int((start - now).total_seconds() // 60)
    if whole_minutes < 2:
        return start  # "in 1 min" (never "in 0 min") until it is live
    # Under a day the words name minutes; from a day on, whole hours.
    step = 1 if whole_minutes < 24 * 60 else 60
    shown = whole_minutes // step * step
    return start - timedelta(minutes=shown) + _TICK


_TICK = timedelta(milliseconds=1)  # just past the boundary, so the new words are due
