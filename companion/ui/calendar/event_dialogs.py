"""Dialogs of the Calendar page: an event (with recurrence and reminders) and a creator."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core.bundles import store as catalog
from companion.core.calendar import creators, schedule
from companion.core.calendar.occurrences import place
from companion.core.errors import InputError
from companion.core.money.money import to_major
from companion.core.store.settings import prefs
from companion.ui import dates
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import FieldError

WEEKDAYS = [
    ("MO", "Mon"),
    ("TU", "Tue"),
    ("WE", "Wed"),
    ("TH", "Thu"),
    ("FR", "Fri"),
    ("SA", "Sat"),
    ("SU", "Sun"),
]


def zone_box(current: str) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc")))
    box.setCurrentText(current)
    return box


class EventDialog(QDialog):
    """Add or edit an event. Times are typed in the event's zone; the fan's time is previewed."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        existing: schedule.Event | None = None,
        creator_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.existing = ctx, existing
        self.setWindowTitle(self.tr("Edit live event") if existing else self.tr("New live event"))
        self.setMinimumWidth(520)
        home = prefs(ctx.db).zone
        self._make_widgets(home)
        day_row = QHBoxLayout()
        for box in self.days.values():
            day_row.addWidget(box)
        form = QFormLayout()
        rows = [
            (str(QT_TRANSLATE_NOOP("EventDialog", "&Title")), "title", self.title_edit),
            (str(QT_TRANSLATE_NOOP("EventDialog", "C&reator")), None, self.creator),
            (str(QT_TRANSLATE_NOOP("EventDialog", "&Starts")), "start", self.start),
            (str(QT_TRANSLATE_NOOP("EventDialog", "Time &zone")), "zone", self.zone),
            ("", None, self.all_day),
            (str(QT_TRANSLATE_NOOP("EventDialog", "&Duration")), "duration", self.duration),
            (str(QT_TRANSLATE_NOOP("EventDialog", "Re&peats")), "recurrence", self.repeat),
        ]
        for label, key, widget in rows:
            form.addRow(self.tr(label), widget)
            if key:
                form.addRow("", self.errors[key])
        form.addRow("", day_row)
        form.addRow("", self.custom_rule)
        form.addRow(self.tr("Re&minders (min before)"), self.reminders)
        form.addRow("", self.errors["reminders"])
        form.addRow(self.tr("Planned spend&ing"), self.planned)
        form.addRow("", self.errors["planned"])
        form.addRow(self.tr("&Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self.repeat.currentIndexChanged.connect(self._update_visibility)
        self.creator.currentIndexChanged.connect(self._on_creator_changed)
        for signal in (
            self.start.dateTimeChanged,
            self.zone.currentTextChanged,
            self.all_day.toggled,
            self.repeat.currentIndexChanged,
        ):
            signal.connect(lambda *_: self._update_preview())
        if existing is not None:
            self._fill(existing)
        elif creator_id:
            self.creator.setCurrentIndex(max(0, self.creator.findData(creator_id)))
        self._update_visibility()
        self._update_preview()
        self.saved: schedule.Event | None = None

    def _make_widgets(self, home: ZoneInfo) -> None:
        self.title_edit = QLineEdit()
        self.creator = QComboBox()
        self.creator.addItem(self.tr("(no creator)"), 0)
        for c in creators.creators(self.ctx.db):
            self.creator.addItem(c.name, c.id)
        self.start = QDateTimeEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        soon = self.ctx.clock().astimezone(home) + timedelta(days=1)
        # PySide6 converts Python dates and times here; its stubs list only QDate and QTime.
        self.start.setDateTime(QDateTime(soon.date(), QTime(20, 0)))  # pyright: ignore[reportArgumentType]
        self.zone = zone_box(home.key)
        self.all_day = QCheckBox(self.tr("All day"))
        self.duration = QSpinBox()
        self.duration.setRange(0, 14 * 24 * 60)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(120)
        self.repeat = QComboBox()
        for label, key in (
            (self.tr("Does not repeat"), ""),
            (self.tr("Daily"), "DAILY"),
            (self.tr("Weekly on…"), "WEEKLY"),
            (self.tr("Monthly"), "MONTHLY"),
            (self.tr("Custom rule (iCalendar)…"), "CUSTOM"),
        ):
            self.repeat.addItem(label, key)
        self.days = {
            code: QCheckBox(QLocale().dayName(i + 1, QLocale.FormatType.ShortFormat))
            for i, (code, _name) in enumerate(WEEKDAYS)
        }
        self.custom_rule = QLineEdit()
        self.custom_rule.setPlaceholderText("FREQ=WEEKLY;BYDAY=TU,TH")
        self.reminders = QLineEdit(str(self.ctx.settings.get("reminder_lead_minutes")))
        self.reminders.setToolTip(self.tr("Minutes before the start, separated by commas"))
        self.planned = QLineEdit()
        self.planned.setPlaceholderText(
            self.tr("optional, in {cur}").format(cur=prefs(self.ctx.db).home)
        )
        self.notes = QLineEdit()
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.errors = {
            k: FieldError()
            for k in ("title", "start", "zone", "duration", "recurrence", "reminders", "planned")
        }
        for widget, name in (
            (self.title_edit, str(QT_TRANSLATE_NOOP("EventDialog", "Title"))),
            (self.creator, str(QT_TRANSLATE_NOOP("EventDialog", "Creator"))),
            (self.start, str(QT_TRANSLATE_NOOP("EventDialog", "Start (local time)"))),
            (self.zone, str(QT_TRANSLATE_NOOP("EventDialog", "Time zone"))),
            (self.duration, str(QT_TRANSLATE_NOOP("EventDialog", "Duration"))),
            (self.repeat, str(QT_TRANSLATE_NOOP("EventDialog", "Repeats"))),
            (self.custom_rule, str(QT_TRANSLATE_NOOP("EventDialog", "Recurrence rule"))),
            (self.reminders, str(QT_TRANSLATE_NOOP("EventDialog", "Reminders, minutes before"))),
            (self.planned, str(QT_TRANSLATE_NOOP("EventDialog", "Planned spending"))),
            (self.notes, str(QT_TRANSLATE_NOOP("EventDialog", "Notes"))),
        ):
            widget.setAccessibleName(self.tr(name))

    def _fill(self, ev: schedule.Event) -> None:
        self.title_edit.setText(ev.title)
        self.creator.setCurrentIndex(max(0, self.creator.findData(ev.creator_id or 0)))
        wall = schedule.parse_wall(ev.start_local)
        # PySide6 converts Python dates here; its stubs list only QDate.
        if isinstance(wall, datetime):
            self.start.setDateTime(QDateTime(wall.date(), QTime(wall.hour, wall.minute)))  # pyright: ignore[reportArgumentType]
        else:
            self.start.setDateTime(QDateTime(wall, QTime(0, 0)))  # pyright: ignore[reportArgumentType]
            self.all_day.setChecked(True)
        self.zone.setCurrentText(ev.zone or prefs(self.ctx.db).zone.key)
        self.duration.setValue(ev.duration_min)
        rule = ev.rrule or ""
        parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
        simple = set(parts) <= {"FREQ", "BYDAY"} and (
            parts.get("FREQ") == "WEEKLY" or "BYDAY" not in parts
        )
        if not rule:
            self.repeat.setCurrentIndex(0)
        elif simple and parts.get("FREQ") in ("DAILY", "WEEKLY", "MONTHLY"):
            self.repeat.setCurrentIndex(self.repeat.findData(parts["FREQ"]))
            for code in parts.get("BYDAY", "").split(","):
                if code in self.days:
                    self.days[code].setChecked(True)
        else:
            self.repeat.setCurrentIndex(self.repeat.findData("CUSTOM"))
            self.custom_rule.setText(rule)
        self.reminders.setText(", ".join(map(str, ev.reminders)))
        if ev.planned_minor is not None and ev.planned_currency:
            self.planned.setText(str(to_major(ev.planned_minor, ev.planned_currency)))
        self.notes.setText(ev.notes)

    def _on_creator_changed(self) -> None:
        creator_id = self.creator.currentData()
        if creator_id and self.existing is None:
            self.zone.setCurrentText(creators.creator(self.ctx.db, creator_id).zone)

    def _update_visibility(self) -> None:
        kind = self.repeat.currentData()
        for box in self.days.values():
            box.setVisible(kind == "WEEKLY")
        self.custom_rule.setVisible(kind == "CUSTOM")

    def rule(self) -> str | None:
        kind = self.repeat.currentData()
        if not kind:
            return None
        if kind == "CUSTOM":
            return self.custom_rule.text().strip() or None
        if kind == "WEEKLY":
            days = [code for code, box in self.days.items() if box.isChecked()]
            return "FREQ=WEEKLY" + (f";BYDAY={','.join(days)}" if days else "")
        return f"FREQ={kind}"

    def start_text(self) -> str:
        qdt = self.start.dateTime()
        d, t = qdt.date(), qdt.time()
        if self.all_day.isChecked():
            return f"{d.year():04d}-{d.month():02d}-{d.day():02d}"
        return f"{d.year():04d}-{d.month():02d}-{d.day():02d}T{t.hour():02d}:{t.minute():02d}:00"

    def _update_preview(self) -> None:
        try:
            zone = schedule.zone_named(self.zone.currentText())
            wall = schedule.parse_wall(self.start_text())
        except InputError:
            self.preview.clear()
            return
        if not isinstance(wall, datetime):
            self.preview.setText(self.tr("All day, in your own time zone."))
            return
        moment, note = place(wall, zone)
        home = prefs(self.ctx.db).zone
        mine = moment.astimezone(home)
        text = self.tr("In your time ({zone}): {when}").format(
            zone=home.key, when=dates.short_day_time(mine)
        )
        self.preview.setText(text + (f"\n{note}" if note else ""))

    def _on_save(self) -> None:
        for error in self.errors.values():
            error.clear_error()
        home = prefs(self.ctx.db)
        try:
            row = schedule.build_event_row(
                self.ctx.db,
                title=self.title_edit.text(),
                start=self.start_text(),
                zone=None if self.all_day.isChecked() else self.zone.currentText(),
                duration_min=1440
                if self.all_day.isChecked() and self.duration.value() < 1440
                else self.duration.value(),
                creator_id=self.creator.currentData() or None,
                rrule=self.rule(),
                reminders=self.reminders.text(),
                planned=self.planned.text() or None,
                planned_currency=home.home,
                notes=self.notes.text(),
                exdates=self.existing.exdates if self.existing else (),
                rdates=self.existing.rdates if self.existing else (),
                uid=self.existing.uid if self.existing else None,
                source=self.existing.source if self.existing else "user",
                home_zone=home.zone,
                now=self.ctx.clock(),
            )
            self.saved = schedule.save_event(
                self.ctx.db,
                row,
                event_id=self.existing.id if self.existing else None,
                now=self.ctx.clock(),
            )
        except InputError as exc:
            field, _, problem = str(exc).partition(": ")
            self.errors.get(field, self.errors["title"]).show_error(problem or str(exc))
            return
        self.accept()


class CreatorDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        *,
        existing: creators.Creator | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.existing = ctx, existing
        self.setWindowTitle(self.tr("Creator"))
        self.name = QLineEdit()
        self.platform = QComboBox()
        self.platform.addItem(self.tr("(any)"), "")
        for p in catalog.platforms(ctx.db):
            self.platform.addItem(p.name, p.id)
        self.handle = QLineEdit()
        self.profile_url = QLineEdit()
        self.profile_url.setPlaceholderText("https://www.twitch.tv/…")
        self.zone = zone_box(prefs(ctx.db).zone.key)
        self.favourite = QCheckBox(self.tr("Favourite"))
        self.notes = QLineEdit()
        self.colour = QColor(
            creators.PALETTE[len(creators.creators(ctx.db)) % len(creators.PALETTE)]
        )
        self.colour_button = QPushButton(self.tr("Colour…"))
        self.colour_button.clicked.connect(self._on_colour)
        self.errors = {k: FieldError() for k in ("name", "zone", "profile_url", "platform")}
        form = QFormLayout()
        for label, key, widget in (
            (str(QT_TRANSLATE_NOOP("CreatorDialog", "&Name")), "name", self.name),
            (str(QT_TRANSLATE_NOOP("CreatorDialog", "&Platform")), "platform", self.platform),
            (str(QT_TRANSLATE_NOOP("CreatorDialog", "&Handle")), None, self.handle),
            (
                str(QT_TRANSLATE_NOOP("CreatorDialog", "Profile &link")),
                "profile_url",
                self.profile_url,
            ),
            (str(QT_TRANSLATE_NOOP("CreatorDialog", "Time &zone")), "zone", self.zone),
            ("", None, self.favourite),
            ("", None, self.colour_button),
            (str(QT_TRANSLATE_NOOP("CreatorDialog", "N&otes")), None, self.notes),
        ):
            widget.setAccessibleName(label.replace("&", "") or widget.__class__.__name__)
            form.addRow(self.tr(label), widget)
            if key:
                form.addRow("", self.errors[key])
        if existing is not None:
            self.name.setText(existing.name)
            self.platform.setCurrentIndex(max(0, self.platform.findData(existing.platform or "")))
            self.handle.setText(existing.handle)
            self.profile_url.setText(existing.profile_url)
            self.zone.setCurrentText(existing.zone)
            self.favourite.setChecked(existing.favourite)
            self.notes.setText(existing.notes)
            self.colour = QColor(existing.colour)
        self._paint_colour()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.saved: creators.Creator | None = None

    def _paint_colour(self) -> None:
        self.colour_button.setStyleSheet(f"background: {self.colour.name()};")

    def _on_colour(self) -> None:
        chosen = QColorDialog.getColor(self.colour, self, self.tr("Creator colour"))
        if chosen.isValid():
            self.colour = chosen
            self._paint_colour()

    def _on_save(self) -> None:
        for error in self.errors.values():
            error.clear_error()
        try:
            self.saved = creators.save_creator(
                self.ctx.db,
                name=self.name.text(),
                zone=self.zone.currentText(),
                platform=self.platform.currentData() or None,
                handle=self.handle.text(),
                profile_url=self.profile_url.text(),
                notes=self.notes.text(),
                colour=self.colour.name(),
                favourite=self.favourite.isChecked(),
                creator_id=self.existing.id if self.existing else None,
                now=self.ctx.clock(),
            )
        except InputError as exc:
            field, _, problem = str(exc).partition(": ")
            self.errors.get(field, self.errors["name"]).show_error(problem or str(exc))
            return
        self.accept()


def zone_of(ctx: AppContext) -> ZoneInfo:
    return prefs(ctx.db).zone
