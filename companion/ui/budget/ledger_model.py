"""The ledger as a lazy table: rows arrive from SQL in chunks as the view scrolls; sorting and
filtering happen in SQL, so 100,000 entries open as fast as 100."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from sqlite_utils import Database

from companion.core.budget import ledger
from companion.core.money.money import format_money, format_number
from companion.ui import dates

CHUNK = 200
COL_DATE, COL_KIND, COL_PLATFORM, COL_UNITS, COL_AMOUNT, COL_HOME, COL_CREATOR, COL_NOTE = range(8)
HEADERS = [
    "Date",
    "Type",
    "Platform",
    "Units",
    "Paid / value",
    "In home currency",
    "Creator",
    "Note",
]
SORT_BY = {  # column -> ledger.SORT_KEYS key
    COL_DATE: "date",
    COL_KIND: "kind",
    COL_PLATFORM: "platform",
    COL_UNITS: "units",
    COL_AMOUNT: "amount",
    COL_HOME: "home",
    COL_CREATOR: "creator",
    COL_NOTE: "note",
}
ENTRY_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


class LedgerModel(QAbstractTableModel):
    def __init__(self, db: Database, zone: ZoneInfo) -> None:
        super().__init__()
        self._db, self.zone = db, zone
        self._filter = ledger.LedgerFilter()
        self._sort, self._descending = "date", True
        self._rows: list[ledger.Entry] = []
        self._total = 0
        self._fetching = False
        from companion.core.bundles import store as bundles

        self._names = {p.id: p.name for p in bundles.platforms(db)}  # "tiktok" -> "TikTok"

    # -- loading ---------------------------------------------------------------------------
    def set_filter(self, flt: ledger.LedgerFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = ledger.count(self._db, self._filter)
        self._rows = self._page(0)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        # Views (and model testers) may ask again while rows are being inserted: ignore that.
        if parent.isValid() or self._fetching:
            return
        more = self._page(len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._fetching = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = SORT_BY.get(column, "date")
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _page(self, offset: int) -> list[ledger.Entry]:
        return ledger.entries(
            self._db,
            self._filter,
            sort=self._sort,
            descending=self._descending,
            limit=CHUNK,
            # Keyset paging: each chunk seeks past the last row instead of counting to it.
            after=self._rows[offset - 1] if offset else None,
        )

    def entry(self, row: int) -> ledger.Entry:
        return self._rows[row]

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        if role == ENTRY_ROLE:
            return e
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            COL_UNITS,
            COL_AMOUNT,
            COL_HOME,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == COL_DATE:
            return dates.numeric(e.when.astimezone(self.zone))
        if col == COL_KIND:
            return self.tr("Purchase") if e.kind == "purchase" else self.tr("Gift")
        if col == COL_PLATFORM:
            return self._names.get(e.platform, e.platform)
        if col == COL_UNITS:
            return format_number(e.units)
        if col == COL_AMOUNT:
            return (
                format_money(e.amount_minor, e.currency)
                if e.amount_minor is not None and e.currency
                else "—"
            )
        if col == COL_HOME:
            return (
                format_money(e.home_minor, e.home_currency)
                if e.home_minor is not None and e.home_currency
                else self.tr("no rate")
            )
        if col == COL_CREATOR:
            return e.creator or ""
        return e.note
