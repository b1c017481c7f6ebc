"""Calendar: a month view marked in creators' colours, the agenda, reminders and .ics."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from companion.core.calendar import creators, reminders, schedule, subscriptions
from companion.core.store.settings import prefs
from companion.ui import dates, style
from companion.ui.calendar.agenda_model import AgendaModel
from companion.ui.calendar.calendar_view import CalendarView
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import EmptyState, page_title

AGENDA_DAYS = 14
ROLE = Qt.ItemDataRole.UserRole


class CalendarPage(QWidget):
    _refresh_thread: object | None = None  # the running refresh, kept alive while it runs

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._shown_before = False
        self._marked: list[QDate] = []
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Calendar")))
        layout.addLayout(self._build_toolbar())
        self.view = CalendarView()
        self.month = self.view.month
        self.month.setFirstDayOfWeek(Qt.DayOfWeek(prefs(ctx.db).week_start + 1))
        self.view.week.setFirstDayOfWeek(Qt.DayOfWeek(prefs(ctx.db).week_start + 1))
        # The page's "today" is the injected clock's, never the machine's.
        self._today = self._clock_today()
        self.view.set_today(self._today)
        self.view.go_today()
        for grid in (self.view.month, self.view.week):
            grid.currentPageChanged.connect(lambda *_: self._mark_month())
        self.view.selectionChanged.connect(self._fill_agenda)
        self.view.today_button.clicked.connect(self.view.go_today)
        self.agenda_model = AgendaModel()
        self.agenda = QTreeView()
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setRootIsDecorated(False)
        self.agenda.setUniformRowHeights(True)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.agenda.header()
        # Titles capped but whole: a narrow window scrolls to "their time" instead.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(240)
        self.agenda.doubleClicked.connect(lambda *_: self._on_edit())
        self.agenda_title = QLabel()
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.agenda_title)
        column.addWidget(self._build_agenda_stack(), 1)
        column.addLayout(self._build_agenda_buttons())
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the grid first: its titles need the room
        layout.addWidget(splitter, 6)
        layout.addWidget(self._build_reminders(), 1)
        scheduler = ctx.scheduler
        if scheduler is not None:
            scheduler.fired.connect(lambda _due: self._fill_reminders())
            scheduler.missed_changed.connect(self._fill_reminders)
        self.reload()

    # -- building --------------------------------------------------------------------------
    def _build_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.creator_filter = QComboBox()
        self.creator_filter.setAccessibleName(self.tr("Show events of"))
        self.creator_filter.currentIndexChanged.connect(lambda *_: self.reload())
        self.creators_button = QPushButton(self.tr("&Creators…"))
        self.creators_button.clicked.connect(self._on_creators)
        self.subscribe_button = QPushButton(self.tr("&Subscribe…"))
        self.subscribe_button.clicked.connect(self._on_subscribe)
        self.refresh_button = QPushButton(self.tr("&Refresh schedules"))
        self.refresh_button.clicked.connect(self._on_refresh)
        row.addWidget(QLabel(self.tr("Show:")))
        row.addWidget(self.creator_filter, 1)
        for b in (self.creators_button, self.subscribe_button, self.refresh_button):
            row.addWidget(b)
        return row

    def _build_agenda_stack(self) -> QStackedWidget:
        """The agenda, or what goes there and how to fill it (the words depend on the day)."""
        self.agenda_empty = EmptyState(
            "",
            "",
            [
                (self.tr("Add a live…"), self._on_add),
                (self.tr("Add a creator…"), self._on_creators),
            ],
        )
        self.agenda_stack = QStackedWidget()
        self.agenda_stack.addWidget(self.agenda)
        self.agenda_stack.addWidget(self.agenda_empty)
        return self.agenda_stack

    def _build_agenda_buttons(self) -> QGridLayout:
        # Two by two: in one row they made the agenda 360 px wide, the grid's titles 3 letters.
        row = QGridLayout()
        self.add_button = QPushButton(self.tr("&Add event…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.skip_button = QPushButton(self.tr("S&kip this one"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        for i, (b, slot) in enumerate(
            (
                (self.add_button, self._on_add),
                (self.edit_button, self._on_edit),
                (self.skip_button, self._on_skip),
                (self.delete_button, self._on_delete),
            )
        ):
            b.clicked.connect(slot)
            row.addWidget(b, i // 2, i % 2)
        self.agenda.selectionModel().selectionChanged.connect(self._update_buttons)
        return row

    def _build_reminders(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reminders"))
        self.reminder_list = QListWidget()
        self.reminder_list.setAccessibleName(self.tr("Recent and missed reminders"))
        row = QHBoxLayout()
        self.snooze_buttons = []
        for minutes in reminders.SNOOZE_CHOICES:
            b = QPushButton(self.tr("Snooze {n} min").format(n=minutes))
            b.clicked.connect(lambda _=False, m=minutes: self._on_snooze(m))
            self.snooze_buttons.append(b)
            row.addWidget(b)
        self.open_page_button = QPushButton(self.tr("&Open creator's page…"))
        self.open_page_button.clicked.connect(self._on_open_page)
        self.clear_missed_button = QPushButton(self.tr("C&lear missed"))
        self.clear_missed_button.clicked.connect(self._on_clear_missed)
        row.addWidget(self.open_page_button)
        row.addStretch(1)
        row.addWidget(self.clear_missed_button)
        # Compact, one line: the box is short and a big empty state would be cut.
        self.reminders_empty = QWidget()
        hint_row = QHBoxLayout(self.reminders_empty)
        hint_row.setContentsMargins(0, 0, 0, 0)
        self.reminders_hint = QLabel(
            self.tr(
                "No reminders yet. Lives you add remind you before they start; missed "
                "reminders stay here until you clear them."
            )
        )
        self.reminders_hint.setWordWrap(True)
        style.themed_css(self.reminders_hint, style.secondary_css)
        add = QPushButton(self.tr("Add a live…"))
        add.clicked.connect(self._on_add)
        hint_row.addWidget(self.reminders_hint, 1)
        hint_row.addWidget(add)
        column = QVBoxLayout(box)
        column.addWidget(self.reminder_list)
        column.addWidget(self.reminders_empty)
        column.addLayout(row)
        self.reminder_list.itemSelectionChanged.connect(self._update_buttons)
        return box

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        self._fill_creator_filter()
        self._mark_month()
        self._fill_agenda()
        self._fill_reminders()

    def _clock_today(self) -> date:
        return self.ctx.clock().astimezone(prefs(self.ctx.db).zone).date()

    def showEvent(self, event) -> None:  # noqa: ANN001
        if self._shown_before:
            # A window left open past midnight moves on with the day, unless the fan picked one.
            today = self._clock_today()
            if today != self._today and self.month.selected_day() == self._today:
                self.view.set_today(today)
                self.view.blockSignals(True)
                self.view.go_today()
                self.view.blockSignals(False)
            self._today = today
            self.view.set_today(today)
            self.reload()
        self._shown_before = True
        super().showEvent(event)

    def _fill_creator_filter(self) -> None:
        current = self.creator_filter.currentData()
        self.creator_filter.blockSignals(True)
        self.creator_filter.clear()
        self.creator_filter.addItem(self.tr("Everyone"), 0)
        for c in creators.creators(self.ctx.db):
            self.creator_filter.addItem(("★ " if c.favourite else "") + c.name, c.id)
        self.creator_filter.setCurrentIndex(max(0, self.creator_filter.findData(current or 0)))
        self.creator_filter.blockSignals(False)

    def _window(self, first: date, days: int) -> list[schedule.Agenda]:
        zone = prefs(self.ctx.db).zone
        lo = datetime.combine(first, time(), zone)
        return schedule.occurrences(
            self.ctx.db,
            lo,
            lo + timedelta(days=days),
            home_zone=zone,
            creator_id=self.creator_filter.currentData() or None,
        )

    def _mark_month(self) -> None:
        who = self.creator_filter.currentData() or None
        self.view.fill(self.ctx.db, prefs(self.ctx.db).zone, who)

    def marked_days(self) -> list[date]:
        """Days of the visible month grid that show lives."""
        return [d for d in self.month.days() if self.month.shown_titles(d)]

    def _fill_agenda(self) -> None:
        zone = prefs(self.ctx.db).zone
        today = self._clock_today()
        chosen = self.month.selected_day()
        if chosen == today:
            items = [
                a for a in self._window(today, AGENDA_DAYS) if a.occurrence.end > self.ctx.clock()
            ]
            self.agenda_title.setText(
                self.tr("<b>Coming up</b> (next {n} days)").format(n=AGENDA_DAYS)
            )
        else:
            items = [
                a
                for a in self._window(chosen, 1)
                if a.occurrence.start.astimezone(zone).date() == chosen
            ]
            self.agenda_title.setText(f"<b>{dates.long_day(chosen)}</b>")
        self.agenda_model.set_items(items, zone)
        if items:
            self.agenda_stack.setCurrentWidget(self.agenda)
        else:
            if chosen == today:
                self.agenda_empty.title.setText(self.tr("No lives coming up"))
                self.agenda_empty.text.setText(
                    self.tr(
                        "Add when your creators go live, or subscribe to a schedule; "
                        "the next {n} days show here."
                    ).format(n=AGENDA_DAYS)
                )
            else:
                self.agenda_empty.title.setText(self.tr("Nothing on this day"))
                self.agenda_empty.text.setText(self.tr("Add a live on this day, or pick another."))
            self.agenda_stack.setCurrentWidget(self.agenda_empty)
        self._update_buttons()

    def selected(self) -> schedule.Agenda | None:
        rows = self.agenda.selectionModel().selectedRows()
        return self.agenda_model.item(rows[0].row()) if rows else None

    def _fill_reminders(self) -> None:
        self.reminder_list.clear()
        scheduler = self.ctx.scheduler
        zone = prefs(self.ctx.db).zone
        for due in getattr(scheduler, "recent", []):
            o = due.agenda.occurrence
            label = self.tr("Reminder: {title} at {time}").format(
                title=o.title, time=dates.short_day_time(o.start.astimezone(zone))
            )
            # Words, not an emoji: not every desktop font has the alarm clock glyph.
            item = QListWidgetItem(label + (self.tr(" (late)") if due.late else ""))
            item.setData(ROLE, due)
            self.reminder_list.addItem(item)
        for m in reminders.missed(self.ctx.db):
            item = QListWidgetItem(
                self.tr("Missed: {title} ({time})").format(
                    title=m.title, time=dates.short_day_time(m.occurrence_utc.astimezone(zone))
                )
            )
            item.setData(ROLE, m)
            self.reminder_list.addItem(item)
        empty = self.reminder_list.count() == 0
        self.reminder_list.setVisible(not empty)
        self.reminders_empty.setVisible(empty)
        self.clear_missed_button.setEnabled(
            any(
                isinstance(m, reminders.Missed)
                for m in (
                    self.reminder_list.item(i).data(ROLE) for i in range(self.reminder_list.count())
                )
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in (self.edit_button, self.skip_button, self.delete_button):
            b.setEnabled(has)
        current = self.reminder_list.currentItem()
        due = current.data(ROLE) if current else None
        for b in self.snooze_buttons:
            b.setEnabled(isinstance(due, reminders.Due))
        who = self._creator_for_reminder(due) if due is not None else None
        chosen = self.selected()
        self.open_page_button.setEnabled(
            bool(who and who.profile_url)
            or bool(chosen and chosen.creator and chosen.creator.profile_url)
        )

    def _creator_for_reminder(self, item: object) -> creators.Creator | None:
        if isinstance(item, reminders.Due):
            return item.agenda.creator
        if isinstance(item, reminders.Missed):
            ev = schedule.event(self.ctx.db, item.event_id)
            return creators.creator(self.ctx.db, ev.creator_id) if ev.creator_id else None
        return None

    # -- actions ---------------------------------------------------------------------------
    def start_action(self, action: str) -> None:
        """Home's "Add a live" and "Add a creator"."""
        if action == "add_event":
            self._on_add()
        elif action == "creators":
            self._on_creators()
        elif action in ("previous", "next"):  # View ▸ Previous / Next month or week
            self.view.step(-1 if action == "previous" else 1)
        elif action == "add_creator":  # straight to the form, one step fewer than the list
            from companion.ui.calendar.event_dialogs import CreatorDialog

            if CreatorDialog(self.ctx, parent=self).exec():
                self.reload()

    def _on_add(self) -> None:
        from companion.ui.calendar.event_dialogs import EventDialog

        dialog = EventDialog(
            self.ctx, creator_id=self.creator_filter.currentData() or None, parent=self
        )
        if dialog.exec():
            self._changed()

    def _on_edit(self) -> None:
        from companion.ui.calendar.event_dialogs import EventDialog

        a = self.selected()
        if a is not None and EventDialog(self.ctx, existing=a.event, parent=self).exec():
            self._changed()

    def _on_skip(self) -> None:
        a = self.selected()
        if a is None:
            return
        schedule.skip_occurrence(self.ctx.db, a.event.id, a.occurrence.recurrence)
        self._changed()

    def _on_delete(self) -> None:
        a = self.selected()
        if a is None:
            return
        repeats = bool(a.event.rrule or a.event.rdates)
        question = (
            self.tr("Delete every occurrence of “{title}”?")
            if repeats
            else self.tr("Delete “{title}”?")
        )
        if (
            QMessageBox.question(
                self, self.tr("Delete event"), question.format(title=a.event.title)
            )
            == QMessageBox.StandardButton.Yes
        ):
            schedule.delete_event(self.ctx.db, a.event.id)
            self._changed()

    def _changed(self) -> None:
        self.reload()
        scheduler = self.ctx.scheduler
        if scheduler is not None:
            scheduler.check_now()

    def _on_creators(self) -> None:
        from companion.ui.calendar.creators_dialog import CreatorsDialog

        CreatorsDialog(self.ctx, self).exec()
        self.reload()

    def _on_snooze(self, minutes: int) -> None:
        item = self.reminder_list.currentItem()
        due = item.data(ROLE) if item else None
        if isinstance(due, reminders.Due) and self.ctx.scheduler is not None:
            self.ctx.scheduler.snooze(due, minutes)
            self.ctx.scheduler.recent.remove(due)
            self._fill_reminders()

    def _on_open_page(self) -> None:
        from companion.ui.links.links_flow import open_checked

        item = self.reminder_list.currentItem()
        who = self._creator_for_reminder(item.data(ROLE)) if item else None
        chosen = self.selected()
        if who is None and chosen is not None:
            who = chosen.creator
        if who is not None and who.profile_url:
            open_checked(self, who.profile_url)

    def _on_clear_missed(self) -> None:
        reminders.clear_missed(self.ctx.db)
        self._fill_reminders()

    def _on_subscribe(self) -> None:
        from companion.ui.calendar.subscribe_flow import subscribe

        subscribe(self)

    def _on_refresh(self) -> None:
        from companion.ui.calendar.subscribe_flow import refresh_all

        refresh_all(self)

    # Tests point this at a fake download; the app always fetches for real.
    fetch: subscriptions.Fetcher = staticmethod(subscriptions.fetch_url)

    def _refresh(self, ids: list[int]) -> None:
        from companion.ui.calendar.subscribe_flow import refresh

        refresh(self, ids)
