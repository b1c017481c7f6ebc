"""The ledger's filter bar: platform, creator and a date range, turned into a LedgerFilter."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from companion.core.budget import ledger
from companion.core.bundles import store as catalog
from companion.core.store.settings import prefs
from companion.ui.shell.context import AppContext


class LedgerFilterBar(QWidget):
    """Emits ``changed`` whenever a choice changes; ``count_label`` shows what matched."""

    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Filter by platform"))
        self.creator = QComboBox()
        self.creator.setAccessibleName(self.tr("Filter by creator"))
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name in (
            (self.start, str(QT_TRANSLATE_NOOP("LedgerFilterBar", "From date"))),
            (self.end, str(QT_TRANSLATE_NOOP("LedgerFilterBar", "To date"))),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(self.tr(name))
            edit.setSpecialValueText(self.tr("any"))
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setDate(edit.minimumDate())
            edit.dateChanged.connect(self.changed)
        for combo in (self.platform, self.creator):
            combo.currentIndexChanged.connect(self.changed)
        for w in (
            self.platform,
            self.creator,
            QLabel(self.tr("from")),
            self.start,
            QLabel(self.tr("to")),
            self.end,
        ):
            row.addWidget(w)
        row.addStretch(1)
        self.count_label = QLabel()
        row.addWidget(self.count_label)

    def clear(self) -> None:
        """Back to everything, announced once."""
        for w in (self.platform, self.creator, self.start, self.end):
            w.blockSignals(True)
        self.platform.setCurrentIndex(0)
        self.creator.setCurrentIndex(0)
        self.start.setDate(self.start.minimumDate())
        self.end.setDate(self.end.minimumDate())
        for w in (self.platform, self.creator, self.start, self.end):
            w.blockSignals(False)
        self.changed.emit()

    def refill(self) -> None:
        """Offer the platforms and creators there are now, keeping the current choices."""
        for combo, first, items in (
            (
                self.platform,
                self.tr("All platforms"),
                [(p.name, p.id) for p in catalog.platforms(self.ctx.db)],
            ),
            (
                self.creator,
                self.tr("All creators"),
                [(c, c) for c in ledger.creators(self.ctx.db)],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def current(self) -> ledger.LedgerFilter:
        zone = prefs(self.ctx.db).zone

        def bound(edit: QDateEdit, extra_day: bool) -> datetime | None:
            if edit.date() == edit.minimumDate():
                return None
            day = cast(date, edit.date().toPython()) + timedelta(days=1 if extra_day else 0)
            return datetime.combine(day, time(0), zone)

        return ledger.LedgerFilter(
            platform=self.platform.currentData(),
            creator=self.creator.currentData(),
            start=bound(self.start, False),
            end=bound(self.end, True),
        )
