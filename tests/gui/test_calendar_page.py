"""The Calendar page, the event dialog, the reminder scheduler and threaded .ics imports."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from companion.core.calendar import creators, reminders, schedule
from companion.ui.calendar.calendar_page import CalendarPage
from companion.ui.calendar.event_dialogs import CreatorDialog, EventDialog
from companion.ui.calendar.reminder_scheduler import ReminderScheduler

UTC = ZoneInfo("UTC")


@pytest.fixture
def cal_ctx(ctx):
    ctx.settings.set("time_zone", "UTC")
    return ctx


def add(
    ctx,
    start: str,
    *,
    rule: str | None = None,
    creator_id: int | None = None,
    leads=(10,),
    zone: str = "UTC",
):
    row = schedule.build_event_row(
        ctx.db,
        title="Live",
        start=start,
        zone=zone,
        duration_min=60,
        rrule=rule,
        creator_id=creator_id,
        reminders=list(leads),
        home_zone=UTC,
        now=ctx.clock(),
    )
    return schedule.save_event(ctx.db, row, now=ctx.clock())


def test_month_grid_shows_titles_in_the_creators_colour(qtbot, cal_ctx) -> None:
    who = creators.save_creator(
        cal_ctx.db, name="Mia", zone="UTC", colour="#ff0000", now=cal_ctx.clock()
    )
    add(cal_ctx, "2026-11-27T20:00", rule="FREQ=WEEKLY", creator_id=who.id)
    page = CalendarPage(cal_ctx)
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.month.setCurrentPage(2026, 11)
    # November 2026 starts on a Sunday; its grid of six weeks runs to Saturday 12 December.
    assert page.marked_days() == [date(2026, 11, 27), date(2026, 12, 4), date(2026, 12, 11)]
    assert page.month.shown_titles(date(2026, 11, 27)) == ["Live"]
    assert page.month.chip_colour(date(2026, 11, 27), 0).name() == "#ff0000"


def test_a_full_day_says_how_many_more_it_has(qtbot, cal_ctx) -> None:
    for hour in range(8, 20):
        add(cal_ctx, f"2026-12-02T{hour:02d}:00")
    add(cal_ctx, "2026-12-03T21:00")
    page = CalendarPage(cal_ctx)
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    page.month.setCurrentPage(2026, 12)
    room = page.month._rows_of_chips()
    shown = page.month.shown_titles(date(2026, 12, 2))
    assert len(shown) == room  # exactly as many lines as fit
    assert shown[-1] == f"+{12 - (room - 1)} more"
    assert page.month.shown_titles(date(2026, 12, 3)) == ["Live"]
    page.month.setCurrentPage(2027, 2)
    assert page.marked_days() == []  # the old month's lives are gone


def test_today_comes_from_the_injected_clock_and_the_header_follows(qtbot, cal_ctx) -> None:
    page = CalendarPage(cal_ctx)
    qtbot.addWidget(page)
    today = cal_ctx.clock().date()  # the fixed clock; the fan's zone is UTC here
    assert page.month.selected_day() == today
    assert page.view.title.text() == f"{today:%B %Y}"
    page.view.next_button.click()
    page.view.next_button.click()
    shown = page.month.yearShown(), page.month.monthShown()
    assert shown == ((today.year, today.month + 2) if today.month <= 10 else shown)
    assert page.view.title.text() != f"{today:%B %Y}"
    page.view.today_button.click()
    assert page.month.selected_day() == today
    assert page.view.title.text() == f"{today:%B %Y}"


def test_the_week_view_shows_times_and_moves_by_weeks(qtbot, cal_ctx) -> None:
    add(cal_ctx, "2026-12-02T18:00")
    page = CalendarPage(cal_ctx)
    qtbot.addWidget(page)
    page.month.setSelectedDate(date(2026, 12, 2))
    page.view.week_button.click()
    assert page.view.week_mode()
    assert page.view.week.days()[0] == date(2026, 11, 29)  # weeks start on Sunday by default
    assert page.view.week.shown_titles(date(2026, 12, 2)) == ["Live"]
    assert page.view.title.text() == "29 Nov – 5 Dec 2026"
    page.view.next_button.click()
    assert page.view.week.days()[0] == date(2026, 12, 6)
    assert page.view.title.text() == "6–12 December 2026"
    page.view.month_button.click()
    assert page.month.selected_day() == date(2026, 12, 9)  # the same day, in the month


def test_agenda_shows_upcoming_and_the_creators_own_time(qtbot, cal_ctx) -> None:
    add(cal_ctx, "2026-11-26T20:00", zone="America/New_York")
    page = CalendarPage(cal_ctx)
    qtbot.addWidget(page)
    model = page.agenda.model()
    assert model.index(0, 0).data().endswith("1:00\u202fAM")  # the fan's zone (UTC), en_US
    assert model.index(0, 3).data() == "8:00\u202fPM America/New_York"


def test_agenda_flags_a_time_dst_skips_and_colours_the_creator(qtbot, cal_ctx) -> None:
    who = creators.save_creator(
        cal_ctx.db, name="Mia", zone="UTC", colour="#00aa00", now=cal_ctx.clock()
    )
    add(cal_ctx, "2027-03-14T02:30", zone="America/New_York", creator_id=who.id)
    page = CalendarPage(cal_ctx)
    qtbot.addWidget(page)
    page.month.setSelectedDate(QDate(2027, 3, 14))
    model = page.agenda.model()
    assert model.index(0, 1).data() == "Live ⚠"
    assert "does not exist" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 2).data() == "Mia"
    # A swatch beside the name; the name itself stays in the readable text colour.
    assert model.index(0, 2).data(Qt.ItemDataRole.DecorationRole).name() == "#00aa00"
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is None


def test_selecting_a_day_shows_that_day(qtbot, cal_ctx) -> None:
    add(cal_ctx, "2026-12-24T18:00")
    page = CalendarPage(cal_ctx)
    qtbot.addWidget(page)
    page.month.setSelectedDate(QDate(2026, 12, 24))
    assert page.agenda.model().rowCount() == 1
    assert "December 24, 2026" in page.agenda_title.text()


def test_skip_this_one(qtbot, cal_ctx) -> None:
    ev = add(cal_ctx, "2026-11-26T20:00", rule="FREQ=DAILY")
    page = CalendarPage(cal_ctx)
    qtbot.addWidget(page)
    count = page.agenda.model().rowCount()
    assert not page.skip_button.isEnabled()  # nothing chosen yet
    page.agenda.setCurrentIndex(page.agenda.model().index(0, 1))
    assert page.skip_button.isEnabled()
    page.skip_button.click()
    assert page.agenda.model().rowCount() == count - 1
    assert schedule.event(cal_ctx.db, ev.id).exdates == ("2026-11-26T20:00:00",)


def test_event_dialog_saves_a_weekly_event_and_previews_the_fans_time(qtbot, cal_ctx) -> None:
    dialog = EventDialog(cal_ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Karaoke")
    dialog.zone.setCurrentText("America/New_York")
    dialog.start.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(20, 0)))
    assert "Wed, Dec 2, 1:00\u202fAM" in dialog.preview.text()
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("WEEKLY"))
    dialog.days["TU"].setChecked(True)
    dialog.days["FR"].setChecked(True)
    dialog._on_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = dialog.saved
    assert (saved.rrule, saved.zone, saved.start_local) == (
        "FREQ=WEEKLY;BYDAY=TU,FR",
        "America/New_York",
        "2026-12-01T20:00:00",
    )


def test_event_dialog_explains_bad_fields(qtbot, cal_ctx) -> None:
    dialog = EventDialog(cal_ctx)
    qtbot.addWidget(dialog)
    dialog.zone.setCurrentText("Nowhere/Land")
    dialog._on_save()
    assert "give the live a title" in dialog.errors["title"].text()
    qtbot.keyClicks(dialog.title_edit, "Live")
    dialog._on_save()
    assert "not a time zone" in dialog.errors["zone"].text()
    assert schedule.events(cal_ctx.db) == []


def test_event_dialog_explains_a_dst_gap(qtbot, cal_ctx) -> None:
    dialog = EventDialog(cal_ctx)
    qtbot.addWidget(dialog)
    dialog.zone.setCurrentText("America/New_York")
    dialog.start.setDateTime(QDateTime(QDate(2026, 3, 8), QTime(2, 30)))
    assert "does not exist" in dialog.preview.text()


def test_creator_dialog_refuses_a_lookalike_profile_link(qtbot, cal_ctx) -> None:
    dialog = CreatorDialog(cal_ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Mia")
    dialog.platform.setCurrentIndex(dialog.platform.findData("twitch"))
    qtbot.keyClicks(dialog.profile_url, "https://twtich.tv/mia")
    dialog._on_save()
    assert "one letter away" in dialog.errors["profile_url"].text()
    assert creators.creators(cal_ctx.db) == []


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_the_scheduler_fires_through_the_notifier_exactly_once(qtbot, cal_ctx, notifier):
    clock = Clock(datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc))
    cal_ctx.clock = clock
    add(cal_ctx, "2026-11-25T20:00", leads=(10,))
    scheduler = ReminderScheduler(cal_ctx)
    scheduler.start()
    assert scheduler._due_timer.isActive()
    assert scheduler._due_timer.interval() == 60 * 60 * 1000  # 7 h 50 min away: capped at 1 h
    clock.now = datetime(2026, 11, 25, 19, 50, 1, tzinfo=timezone.utc)
    with qtbot.waitSignal(scheduler.fired):
        scheduler.check_now()
    assert notifier.messages == [("Live", "Live in 10 min, at 8:00\u202fPM.")]
    # No creator page to open: the desktop notification offers the snooze only, and it works.
    [snooze] = notifier.actions[0]
    assert (snooze.key, snooze.label) == ("snooze-10", "Snooze 10 min")
    snooze.run()
    clock.now = datetime(2026, 11, 25, 19, 59, 59, tzinfo=timezone.utc)  # 9 min 58 s later
    scheduler.check_now()
    assert len(notifier.messages) == 1
    clock.now = datetime(2026, 11, 25, 20, 0, 2, tzinfo=timezone.utc)
    scheduler.check_now()
    assert len(notifier.messages) == 2
    scheduler.stop()


def test_a_snoozed_reminder_after_the_start_says_it_started(qtbot, cal_ctx, notifier):
    clock = Clock(datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc))
    cal_ctx.clock = clock
    add(cal_ctx, "2026-11-25T20:00", leads=(10,))
    scheduler = ReminderScheduler(cal_ctx)
    scheduler.start()
    clock.now = datetime(2026, 11, 25, 19, 50, tzinfo=timezone.utc)
    scheduler.check_now()
    (due,) = scheduler.recent
    clock.now = datetime(2026, 11, 25, 19, 58, tzinfo=timezone.utc)
    scheduler.snooze(due, 5)  # back at 20:03, three minutes into the live
    clock.now = datetime(2026, 11, 25, 20, 3, tzinfo=timezone.utc)
    with qtbot.waitSignal(scheduler.fired):
        scheduler.check_now()
    assert notifier.messages[-1] == ("Live", "Started 3 min ago, at 8:00\u202fPM.")
    scheduler.stop()


def test_a_clock_jump_after_sleep_replans_and_reports_missed(qtbot, cal_ctx, notifier):
    clock = Clock(datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc))
    cal_ctx.clock = clock
    add(cal_ctx, "2026-11-25T20:00", leads=(10,))
    scheduler = ReminderScheduler(cal_ctx)
    scheduler.start()
    clock.now = datetime(2026, 11, 25, 20, 30, tzinfo=timezone.utc)  # woke during the live
    scheduler._on_clock_tick()
    assert notifier.messages[0][0].startswith("Missed reminder")
    clock.now = datetime(2026, 11, 27, 12, 0, tzinfo=timezone.utc)
    scheduler._on_clock_tick()
    assert len(notifier.messages) == 1
    scheduler.stop()


def test_threaded_ics_import_with_progress(qtbot, cal_ctx, tmp_path: Path, monkeypatch) -> None:
    from companion.ui.shell.file_actions import import_calendar

    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: messages.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: messages.append(a[2]))
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:e{i}\r\nDTSTART:20261201T{i % 24:02d}0000Z\r\nSUMMARY:E{i}\r\n"
        "END:VEVENT\r\n"
        for i in range(300)
    )
    path = tmp_path / "big.ics"
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n")
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    assert import_calendar(parent, cal_ctx, path)
    assert "Imported 300 new" in messages[-1]
    assert len(schedule.events(cal_ctx.db)) == 300
    junk = tmp_path / "junk.ics"
    junk.write_bytes(b"\x00" * 100)
    assert not import_calendar(parent, cal_ctx, junk)
    assert "binary file" in messages[-1]


def test_missed_reminders_are_listed_and_cleared(qtbot, cal_ctx) -> None:
    add(cal_ctx, "2026-11-20T20:00", rule="FREQ=DAILY", leads=(10,))
    reminders.check(cal_ctx.db, datetime(2026, 11, 21, tzinfo=timezone.utc), UTC)
    reminders.check(cal_ctx.db, datetime(2026, 11, 24, tzinfo=timezone.utc), UTC)
    page = CalendarPage(cal_ctx)
    qtbot.addWidget(page)
    assert page.reminder_list.count() == 3
    assert page.reminder_list.item(0).text().startswith("Missed:")
    page.clear_missed_button.click()
    assert page.reminder_list.count() == 0
    assert page.reminders_empty.isVisibleTo(page)  # says what goes there, offers "Add a live"
    assert page.reminders_hint.text().startswith("No reminders yet")
    assert not page.clear_missed_button.isEnabled()
