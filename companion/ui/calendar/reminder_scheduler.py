"""Wakes for the next reminder, even with the window closed (the app lives in the tray).

A single-shot QTimer sleeps until the next due reminder (capped, so long sleeps stay accurate),
and a once-a-minute wall-clock check notices suspend/resume and clock changes. The rules about
*what* is due live in :mod:`companion.core.calendar.reminders`.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from companion.core.calendar import reminders
from companion.core.store.settings import prefs
from companion.ui import dates
from companion.ui.shell.context import AppContext
from companion.ui.shell.notify import Action

MAX_SLEEP_MS = 60 * 60 * 1000  # an hour, far below QTimer's 2**31-1 ms limit
CLOCK_CHECK_MS = 120 * 1000  # the idle wake-up rate: once every two minutes
JUMP = timedelta(seconds=30)  # wall clock drifting this far from monotonic: slept or changed


class ReminderScheduler(QObject):
    fired = Signal(object)  # reminders.Due, as shown to the fan
    missed_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.recent: list[reminders.Due] = []
        self.wakeups = 0
        self._due_timer = QTimer(self)
        self._due_timer.setSingleShot(True)
        self._due_timer.timeout.connect(self.check_now)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_CHECK_MS)
        self._clock_timer.timeout.connect(self._on_clock_tick)
        self._last_wall = ctx.clock()
        self._last_mono = time.monotonic()

    def start(self) -> None:
        self.check_now()
        self.wakeups = 0  # count only the wake-ups of an idle app, after this first look
        self._clock_timer.start()

    def stop(self) -> None:
        self._due_timer.stop()
        self._clock_timer.stop()

    def check_now(self) -> list[reminders.Due]:
        """Fire what is due, then sleep until the next one."""
        self.wakeups += 1
        now = self.ctx.clock()
        zone = prefs(self.ctx.db).zone
        show, missed = reminders.check(self.ctx.db, now, zone)
        for due in show:
            self._tell(due)
        if missed:
            self.missed_changed.emit()
        self._arm(now, zone)
        return show

    def _arm(self, now: datetime, zone: ZoneInfo) -> None:
        upcoming = reminders.next_due(self.ctx.db, now, zone)
        if upcoming is None:
            self._due_timer.stop()
            return
        wait_ms = int((upcoming - now).total_seconds() * 1000) + 250
        self._due_timer.start(max(0, min(wait_ms, MAX_SLEEP_MS)))

    def _on_clock_tick(self) -> None:
        wall, mono = self.ctx.clock(), time.monotonic()
        drift = (wall - self._last_wall) - timedelta(seconds=mono - self._last_mono)
        self._last_wall, self._last_mono = wall, mono
        if abs(drift) > JUMP or not self._due_timer.isActive():
            self.check_now()  # after suspend/resume or a clock change, re-plan from scratch
        else:
            self.wakeups += 1

    def snooze(self, due: reminders.Due, minutes: int) -> None:
        reminders.snooze(self.ctx.db, due, minutes, self.ctx.clock())
        self._arm(self.ctx.clock(), prefs(self.ctx.db).zone)

    def _tell(self, due: reminders.Due) -> None:
        occ, who = due.agenda.occurrence, due.agenda.creator
        zone = prefs(self.ctx.db).zone
        start = occ.start.astimezone(zone)
        name = f"{who.name}: " if who else ""
        if due.late:
            title = self.tr("Missed reminder: {name}{title}").format(name=name, title=occ.title)
            body = self.tr("Started at {time}; it is still on.").format(time=dates.clock(start))
        else:
            title = f"{name}{occ.title}"
            kind, n = reminders.timing(due, self.ctx.clock())
            at = dates.clock(start)
            if kind == "soon":
                body = self.tr("Live in {n} min, at {time}.").format(n=n, time=at)
            elif kind == "now":
                body = self.tr("Live now.")
            elif kind == "started":
                body = self.tr("Started {n} min ago, at {time}.").format(n=n, time=at)
            else:
                body = self.tr("Ended {n} min ago.").format(n=n)
        self.ctx.notifier.notify(title, body, self._buttons(due))
        self.recent.insert(0, due)
        del self.recent[20:]
        self.fired.emit(due)

    def _buttons(self, due: reminders.Due) -> list[Action]:
        """Buttons for the desktop's notification: the creator's page, and a 10-minute snooze."""
        buttons = []
        who = due.agenda.creator
        if who is not None and who.profile_url:
            url = QUrl(who.profile_url)
            buttons.append(
                Action("open-stream", self.tr("Open stream"), lambda: QDesktopServices.openUrl(url))
            )
        buttons.append(Action("snooze-10", self.tr("Snooze 10 min"), lambda: self.snooze(due, 10)))
        return buttons
