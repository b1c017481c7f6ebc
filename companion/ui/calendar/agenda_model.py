"""The agenda as a table model: rows are formatted only when the view paints them, so two weeks
of thousands of series open as fast as a handful (an item widget per row took a second)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from companion.core.calendar import schedule
from companion.ui import dates

COL_WHEN, COL_LIVE, COL_CREATOR, COL_THEIRS = range(4)
AGENDA_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


class AgendaModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._items: list[schedule.Agenda] = []
        self._zone = ZoneInfo("UTC")
        self._headers = [
            self.tr("When (your time)"),
            self.tr("Live"),
            self.tr("Creator"),
            self.tr("Their time"),
        ]

    def set_items(self, items: list[schedule.Agenda], zone: ZoneInfo) -> None:
        self.beginResetModel()
        self._items, self._zone = items, zone
        self.endResetModel()

    def item(self, row: int) -> schedule.Agenda:
        return self._items[row]

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        a = self._items[index.row()]
        o, col = a.occurrence, index.column()
        if role == AGENDA_ROLE:
            return a
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_LIVE and o.note:
            return o.note
        if role == Qt.ItemDataRole.DecorationRole and col == COL_CREATOR and a.creator:
            # A swatch beside the name; the words stay in the text colour (see creators_dialog).
            return QColor(a.creator.colour)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == COL_WHEN:
            mine = o.start_utc.astimezone(self._zone)
            return f"{dates.short_day(mine)}  " + (
                self.tr("all day") if o.all_day else dates.clock(mine)
            )
        if col == COL_LIVE:
            return o.title + (" ⚠" if o.note else "")
        if col == COL_CREATOR:
            return a.creator.name if a.creator else ""
        if o.all_day or (a.event.zone or self._zone.key) == self._zone.key:
            return ""
        return f"{dates.clock(o.start)} {a.event.zone}"
