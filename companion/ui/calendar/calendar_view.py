"""The calendar's top: a header that names the visible month, back/forward, Today, and the
month grid or the week, filled with the lives of the days shown."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.calendar import schedule
from companion.ui.calendar.month_grid import Chip, MonthGrid


class CalendarView(QWidget):
    selectionChanged = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = MonthGrid(6)
        self.week = MonthGrid(1)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Month shown"))
        self.back_button = QToolButton()
        self.back_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.back_button.setAccessibleName(self.tr("Previous"))
        self.back_button.setToolTip(self.tr("Previous month or week"))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next month or week"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.month_button = QToolButton()
        self.month_button.setText(self.tr("&Month"))
        self.week_button = QToolButton()
        self.week_button.setText(self.tr("&Week"))
        modes = QButtonGroup(self)
        for b in (self.month_button, self.week_button):
            b.setCheckable(True)
            modes.addButton(b)
        self.month_button.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.today_button)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        row.addWidget(self.title, 1)
        # The month's name gives way first (elided by the layout), not the grid.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.month_button)
        row.addWidget(self.week_button)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.month)
        self.stack.addWidget(self.week)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.stack, 1)
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.month_button.toggled.connect(self._on_mode)
        for grid in (self.month, self.week):
            grid.selectionChanged.connect(self._on_selected)
            grid.currentPageChanged.connect(lambda *_: self._name())
        self._today = date(2000, 1, 1)
        self._name()

    def week_mode(self) -> bool:
        return self.stack.currentWidget() is self.week

    def grid(self) -> MonthGrid:
        return self.week if self.week_mode() else self.month

    def set_today(self, today: date) -> None:
        self._today = today
        self.month.set_today(today)
        self.week.set_today(today)

    def go_today(self) -> None:
        self.month.setSelectedDate(self._today)
        self.week.setSelectedDate(self._today)
        self._name()

    def step(self, sign: int) -> None:
        """The previous (-1) or next (1) month, or week in week view."""
        if self.week_mode():
            self.week.setSelectedDate(self.week.selected_day() + timedelta(days=7 * sign))
            return
        year, month = self.month.yearShown(), self.month.monthShown() + sign
        if month < 1:
            year, month = year - 1, 12
        elif month > 12:
            year, month = year + 1, 1
        self.month.setCurrentPage(year, month)

    def _on_mode(self, month: bool) -> None:
        chosen = self.grid().selected_day()
        self.stack.setCurrentWidget(self.month if month else self.week)
        self.grid().setSelectedDate(chosen)
        self._name()
        self.selectionChanged.emit()

    def _on_selected(self) -> None:
        other = self.month if self.sender() is self.week else self.week
        other.blockSignals(True)
        other.setSelectedDate(self.grid().selected_day())
        other.blockSignals(False)
        self._name()
        self.selectionChanged.emit()

    def _name(self) -> None:
        """The header names what is visible: the month shown, or the week's span."""
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        if self.week_mode():
            days = self.week.days()
            first, last = days[0], days[-1]
            if first.month == last.month:
                name = locale.standaloneMonthName(first.month)
                texts = [f"{first.day}–{last.day} {name} {first.year}"]
            else:
                texts = []
            texts.append(
                f"{first.day} {locale.monthName(first.month, short)}"
                f" – {last.day} {locale.monthName(last.month, short)} {last.year}"
            )
        else:
            year, month = self.month.yearShown(), self.month.monthShown()
            texts = [
                f"{locale.standaloneMonthName(month)} {year}",
                f"{locale.standaloneMonthName(month, short)} {year}",
            ]
        # Narrow (800x600 with the agenda beside, or scaled twice): a shorter name, not a cut.
        width, metrics = self.title.width(), self.title.fontMetrics()
        text = next((t for t in texts if metrics.horizontalAdvance(t) <= width), texts[-1])
        self.title.setText(text)
        self.title.setToolTip(text)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the title's new width, before choosing the month's name
        self._name()

    def fill(self, db, zone, creator_id: int | None) -> None:  # noqa: ANN001
        """Both grids' days, with their lives in the fan's zone, in start order."""
        days = sorted(set(self.month.days()) | set(self.week.days()))
        lo = datetime.combine(days[0], time(), zone)
        hi = datetime.combine(days[-1] + timedelta(days=1), time(), zone)
        chips: dict[date, list[Chip]] = {}
        for a in schedule.occurrences(db, lo, hi, home_zone=zone, creator_id=creator_id):
            start = a.occurrence.start_utc.astimezone(zone)
            if not lo <= start < hi:
                continue
            colour = a.creator.colour if a.creator else None
            chips.setdefault(start.date(), []).append(
                Chip("" if a.occurrence.all_day else f"{start:%H:%M}", a.occurrence.title, colour)
            )
        self.month.set_chips(chips)
        self.week.set_chips(chips)
