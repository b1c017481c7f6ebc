"""Table model over the core's bundle values; sort keys live under ``Qt.UserRole``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from companion.core.bundles.value import BundleValue
from companion.core.money.money import format_money, format_number

(
    COL_PLATFORM,
    COL_BUNDLE,
    COL_UNITS,
    COL_PRICE,
    COL_PER_100,
    COL_SHARE,
    COL_CHANNEL,
    COL_REGION,
    COL_SOURCE,
    COL_OBSERVED,
) = range(10)
HEADERS = [
    "Platform",
    "Bundle",
    "Units",
    "Price",
    "Per 100",
    "To creator",
    "Channel",
    "Region",
    "Source",
    "Observed",
]
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def citation(source: str) -> str:
    """Where a price was seen, as a site name ("voonze.com"), never a clickable address: the
    sources are often third-party sellers our own checker rates "not official"."""
    from urllib.parse import urlsplit

    text = (source or "").strip()
    if "://" not in text:
        return text
    host = (urlsplit(text).hostname or "").removeprefix("www.")
    return host or text


class BundleTableModel(QAbstractTableModel):
    def __init__(self, rows: list[BundleValue] | None = None) -> None:
        super().__init__()
        self._rows: list[BundleValue] = []
        self._texts: list[list[str]] = []
        self._keys: list[list[object]] = []
        self.home = ""  # the currency "Per 100" is shown in, when rates allow
        self.today: date | None = None  # the injected clock's day: a price's age is counted to it
        self.set_rows(rows or [])

    def set_rows(self, rows: list[BundleValue]) -> None:
        self.beginResetModel()
        self._rows = rows
        # Formatting money through Babel is the costly part: do it once per row, not per paint.
        self._texts = [[self._text(v, c) for c in range(len(HEADERS))] for v in rows]
        self._keys = [[self._sort_key(v, c) for c in range(len(HEADERS))] for v in rows]
        self.endResetModel()

    def row_text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    def row_at(self, row: int) -> BundleValue:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == COL_PER_100 and self.home:
                return self.tr("Per 100 ({currency})").format(currency=self.home)
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        v = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][col]
        if role == SORT_ROLE:
            return self._keys[index.row()][col]
        if role == ROW_ROLE:
            return v
        if role == Qt.ItemDataRole.FontRole and v.best and col == COL_BUNDLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(v, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            COL_UNITS,
            COL_PRICE,
            COL_PER_100,
            COL_SHARE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, v: BundleValue, col: int) -> str:
        b = v.bundle
        if col == COL_PLATFORM:
            return v.platform.name
        if col == COL_BUNDLE:
            star = "★ " if v.best else ""
            bonus = (
                self.tr(" + {n} bonus").format(n=format_number(b.bonus_units))
                if b.bonus_units
                else ""
            )
            promo = (
                self.tr(" + {n} promo").format(n=format_number(b.promo_units))
                if b.promo_units
                else ""
            )
            return f"{star}{format_number(b.units)}{bonus}{promo} {v.platform.unit}"
        if col == COL_UNITS:
            return format_number(b.total_units)
        if col == COL_PRICE:
            own = format_money(b.price_minor, b.currency)
            if v.price.currency != b.currency:
                return f"{own} ≈ {format_money(v.price.minor, v.price.currency)}"
            return own
        if col == COL_PER_100:
            mark = " (old rate)" if v.per_100.stale else ""
            return format_money(v.per_100.minor, v.per_100.currency) + mark
        if col == COL_SHARE:
            return "—" if v.creator_share is None else f"≈ {v.creator_share:.0%}"
        if col == COL_CHANNEL:
            return {"ios": "iOS", "android": "Android", "web": "Web"}.get(b.channel, "Any")
        if col == COL_REGION:
            return b.region
        if col == COL_SOURCE:
            site = citation(b.source)
            return site if b.origin == "shipped" else f"{site} (yours)".strip()
        if col == COL_OBSERVED:
            return self.observed_text(b.observed)
        return ""

    def observed_text(self, observed: str) -> str:
        """When a price was seen and how long ago, flagged when older than six months."""
        from companion.core.bundles.value import price_age

        if self.today is None or not observed:
            return observed
        try:
            days, stale = price_age(observed, self.today)
        except ValueError:
            return observed  # a date the fan typed oddly is still shown as typed
        if days < 1:
            age = self.tr("today")
        elif days < 60:
            age = self.tr("%n day(s) ago", "", days)
        elif days < 730:
            age = self.tr("%n month(s) ago", "", days * 12 // 365)
        else:
            age = self.tr("%n year(s) ago", "", days // 365)
        if stale:
            return self.tr("{day}, {age}: may be out of date").format(day=observed, age=age)
        return self.tr("{day}, {age}").format(day=observed, age=age)

    def _sort_key(self, v: BundleValue, col: int) -> object:
        b = v.bundle
        keys: dict[int, object] = {
            COL_PLATFORM: v.platform.name,
            COL_BUNDLE: b.units,
            COL_UNITS: b.total_units,
            COL_PRICE: v.price.minor,
            COL_PER_100: Decimal(v.price.minor) / b.total_units,
            COL_SHARE: v.creator_share if v.creator_share is not None else Decimal(-1),
            COL_OBSERVED: b.observed,
        }
        return keys[col] if col in keys else self._text(v, col).lower()

    def _tooltip(self, v: BundleValue, col: int) -> str | None:
        if col == COL_SOURCE and v.bundle.source:
            return self.tr(
                "Price seen on {site} on {day}. A citation, not a place to buy: buy through "
                "the official store (Official links)."
            ).format(site=citation(v.bundle.source), day=v.bundle.observed)
        if col == COL_SHARE and v.platform.payout:
            return f"Estimate. {v.platform.payout.note}\nSource: {v.platform.payout.source}"
        if col == COL_BUNDLE and v.best:
            return "Best value on this platform and channel"
        if col in (COL_PRICE, COL_PER_100) and v.price.note:
            return v.price.note
        return None


class BundleFilter(QSortFilterProxyModel):
    """Platform, channel and currency choices plus free-text search; sorting by ``SORT_ROLE``."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.platform: str | None = None
        self.channel: str | None = None
        self.currency: str | None = None
        self.text = ""

    def set_filters(
        self, *, platform: str | None, channel: str | None, currency: str | None, text: str
    ) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt 6.9+; invalidateFilter before that
        if modern:
            self.beginFilterChange()
        self.platform, self.channel, self.currency = platform, channel, currency
        self.text = text.strip().lower()
        if modern:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, BundleTableModel)
        v = model.row_at(source_row)
        b = v.bundle
        if self.platform and b.platform != self.platform:
            return False
        if self.channel and b.channel != self.channel:
            return False
        if self.currency and b.currency != self.currency:
            return False
        if self.text:
            hay = " ".join(model.row_text(source_row, c) for c in range(len(HEADERS)))
            return self.text in hay.lower()
        return True
