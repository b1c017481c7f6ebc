"""The month grid (and, one row tall, the week): each day with its lives' titles in the
creators' colours, as GNOME Calendar and Thunderbird show them, and "+N more" when a day is full.

Painted rather than built from widgets: 42 cells of labels relayout slowly and clip badly at
800x600 or twice the scale. "Today" is what the page says (the injected clock), never the
machine's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


@dataclass(frozen=True)
class Chip:
    """One live in a day cell."""

    time: str  # "20:00", or "" for all day
    title: str
    colour: str | None  # the creator's colour; None: the palette's highlight


class MonthGrid(QWidget):
    """Six weeks from the week of the 1st (``weeks=6``), or one week (``weeks=1``)."""

    currentPageChanged = Signal(int, int)  # noqa: N815  (QCalendarWidget's names: drop-in)
    selectionChanged = Signal()  # noqa: N815

    def __init__(self, weeks: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks = weeks
        self._first_weekday = 1  # ISO: Monday
        self._today = date(2000, 1, 1)
        self._selected = self._today
        self._year, self._month = self._today.year, self._today.month
        self._chips: dict[date, list[Chip]] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(7 * 30, 160 if weeks > 1 else 120)
        self.setAccessibleName(self.tr("Month view") if weeks > 1 else self.tr("Week view"))

    # -- what is shown ---------------------------------------------------------------------
    def set_today(self, today: date) -> None:
        self._today = today
        self.update()

    def setFirstDayOfWeek(self, day: Qt.DayOfWeek) -> None:
        self._first_weekday = day.value
        self.update()

    def set_chips(self, chips: dict[date, list[Chip]]) -> None:
        self._chips = chips
        self.update()

    def first_day(self) -> date:
        """The first day the grid shows."""
        anchor = self._selected if self.weeks == 1 else date(self._year, self._month, 1)
        back = (anchor.isoweekday() - self._first_weekday) % 7
        return anchor - timedelta(days=back)

    def days(self) -> list[date]:
        first = self.first_day()
        return [first + timedelta(days=i) for i in range(7 * self.weeks)]

    def yearShown(self) -> int:
        return self._year

    def monthShown(self) -> int:
        return self._month

    def setCurrentPage(self, year: int, month: int) -> None:
        if (year, month) == (self._year, self._month):
            return
        self._year, self._month = year, month
        if self.weeks == 1:
            self._selected = date(year, month, 1)
        self.update()
        self.currentPageChanged.emit(year, month)

    def selectedDate(self) -> QDate:
        d = self._selected
        return QDate(d.year, d.month, d.day)

    def selected_day(self) -> date:
        return self._selected

    def setSelectedDate(self, day: QDate | date) -> None:
        chosen = day if isinstance(day, date) else date(day.year(), day.month(), day.day())
        changed = chosen != self._selected
        self._selected = chosen
        if (chosen.year, chosen.month) != (self._year, self._month):
            self._year, self._month = chosen.year, chosen.month
            self.currentPageChanged.emit(chosen.year, chosen.month)
        self.update()
        if changed:
            self.selectionChanged.emit()

    def shown_titles(self, day: date) -> list[str]:
        """What the day's cell says, in order, "+N more" included (for tests and tooltips)."""
        chips = self._chips.get(day, [])
        room = self._rows_of_chips()
        if len(chips) <= room:
            return [c.title for c in chips]
        keep = max(0, room - 1)
        return [c.title for c in chips[:keep]] + [self.tr("+{n} more").format(n=len(chips) - keep)]

    def chip_colour(self, day: date, index: int) -> QColor:
        chip = self._chips[day][index]
        return (
            QColor(chip.colour)
            if chip.colour
            else self.palette().color(QPalette.ColorRole.Highlight)
        )

    # -- geometry --------------------------------------------------------------------------
    def _header_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def _line(self) -> int:
        return QFontMetrics(self._small_font()).height() + 4

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    def _cell(self, index: int) -> QRect:
        top = self._header_height()
        w = self.width() / 7
        h = (self.height() - top) / self.weeks
        row, col = divmod(index, 7)
        return QRect(int(col * w), int(top + row * h), int(w), int(h)).adjusted(0, 0, -1, -1)

    def _rows_of_chips(self) -> int:
        cell = self._cell(0)
        number = QFontMetrics(self.font()).height() + 6
        return max(1, (cell.height() - number) // self._line())

    def _index_at(self, point: QPoint) -> int | None:
        for i in range(7 * self.weeks):
            if self._cell(i).contains(point):
                return i
        return None

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: ANN001
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        dim = pal.color(QPalette.ColorRole.PlaceholderText)
        accent = pal.color(QPalette.ColorRole.Highlight)
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        locale = QLocale()
        first = self.first_day()
        fm = QFontMetrics(self.font())
        for col in range(7):
            day = first + timedelta(days=col)
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            label = name if self.weeks > 1 else f"{name} {day.day}"
            rect = QRect(self._cell(col).left(), 0, self._cell(col).width(), self._header_height())
            p.setPen(dim)
            p.drawText(
                rect,
                Qt.AlignmentFlag.AlignCenter,
                fm.elidedText(label, Qt.TextElideMode.ElideRight, rect.width()),
            )
        for i, day in enumerate(self.days()):
            self._paint_day(p, self._cell(i), day)
        if self.hasFocus():
            p.setPen(accent)
            p.setBrush(Qt.BrushStyle.NoBrush)
            index = self.days().index(self._selected) if self._selected in self.days() else None
            if index is not None:
                p.drawRect(self._cell(index).adjusted(1, 1, -1, -1))
        p.end()

    def _paint_day(self, p: QPainter, cell: QRect, day: date) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        dim = pal.color(QPalette.ColorRole.PlaceholderText)
        accent = pal.color(QPalette.ColorRole.Highlight)
        fm = QFontMetrics(self.font())
        small = self._small_font()
        sfm = QFontMetrics(small)
        room = self._rows_of_chips()
        p.setPen(pal.color(QPalette.ColorRole.Mid))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(cell)
        if day == self._selected:
            tint = QColor(accent)
            tint.setAlpha(40)
            p.fillRect(cell.adjusted(1, 1, 0, 0), tint)
        outside = self.weeks > 1 and day.month != self._month
        number = str(day.day)
        num_rect = QRect(
            cell.left() + 4, cell.top() + 3, fm.horizontalAdvance("00") + 8, fm.height() + 2
        )
        if day == self._today:
            p.setBrush(accent)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(QRectF(num_rect), num_rect.height() / 2, num_rect.height() / 2)
            p.setPen(pal.color(QPalette.ColorRole.HighlightedText))
        else:
            p.setPen(dim if outside else text)
        p.drawText(num_rect, Qt.AlignmentFlag.AlignCenter, number)
        p.setFont(small)
        y = num_rect.bottom() + 3
        shown = self.shown_titles(day)
        chips = self._chips.get(day, [])
        for n, words in enumerate(shown):
            line = QRect(cell.left() + 3, y, cell.width() - 6, self._line() - 2)
            if n < len(chips) and not (n == len(shown) - 1 and len(chips) > room):
                chip = chips[n]
                colour = self.chip_colour(day, n)
                fill = QColor(colour)
                fill.setAlpha(70 if not outside else 35)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(fill)
                p.drawRoundedRect(QRectF(line), 3, 3)
                p.fillRect(QRect(line.left(), line.top(), 3, line.height()), colour)
                label = f"{chip.time} {chip.title}".strip() if self.weeks == 1 else chip.title
                p.setPen(dim if outside else text)
                p.drawText(
                    line.adjusted(6, 0, -2, 0),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    sfm.elidedText(label, Qt.TextElideMode.ElideRight, line.width() - 8),
                )
            else:
                p.setPen(dim)
                p.drawText(line.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, words)
            y += self._line()
        p.setFont(self.font())

    # -- input -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position().toPoint())
        if index is not None:
            self.setSelectedDate(self.days()[index])
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
            Qt.Key.Key_PageUp: -28 if self.weeks > 1 else -7,
            Qt.Key.Key_PageDown: 28 if self.weeks > 1 else 7,
        }
        step = steps.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        self.setSelectedDate(self._selected + timedelta(days=step))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # pyright: ignore[reportAttributeAccessIssue]  # a QHelpEvent
            index = self._index_at(pos)
            chips = self._chips.get(self.days()[index], []) if index is not None else []
            if chips:
                text = "\n".join(f"{c.time} {c.title}".strip() for c in chips)
                QToolTip.showText(event.globalPos(), text, self)  # pyright: ignore[reportAttributeAccessIssue]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
