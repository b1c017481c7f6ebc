"""Bundles: browse and compare every platform's bundles; plan the cheapest purchase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.core.bundles import store, value
from companion.core.errors import InputError
from companion.core.money.money import format_money, format_number
from companion.ui import style
from companion.ui.bundles.bundles_model import (
    COL_OBSERVED,
    COL_PER_100,
    COL_SOURCE,
    ROW_ROLE,
    BundleFilter,
    BundleTableModel,
    citation,
)
from companion.ui.bundles.plan_panel import GivePanel, PlanPanel
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import page_title


class BundlesPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._shown_before = False
        self.model = BundleTableModel()
        self.proxy = BundleFilter()
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Bundles")))
        layout.addLayout(self._build_filters())
        self.table = style.leaves_on_tab(QTableView())
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Bundles"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Where a price was seen is a citation for the chosen row (below), not two wide
        # columns that pushed the table into sideways scrolling at 1100 px.
        self.table.setColumnHidden(COL_SOURCE, True)
        self.table.setColumnHidden(COL_OBSERVED, True)
        self.table.doubleClicked.connect(lambda _i: self._on_edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for a platform's notes and payout line from the start, so choosing a row does
        # not push the table up.
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.details)
        column.addLayout(self._build_buttons())
        self.plan_panel = PlanPanel(ctx)
        self.give_panel = GivePanel(ctx)
        below = QWidget()
        side = QHBoxLayout(below)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.plan_panel, 1)
        side.addWidget(self.give_panel, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.reload()
        self.table.sortByColumn(COL_PER_100, Qt.SortOrder.AscendingOrder)

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.platform_filter = QComboBox()
        self.platform_filter.setAccessibleName(self.tr("Filter by platform"))
        self.platform_filter.addItem(self.tr("All platforms"), None)
        for p in store.platforms(self.ctx.db):
            self.platform_filter.addItem(p.name, p.id)
        self.channel_filter = QComboBox()
        self.channel_filter.setAccessibleName(self.tr("Filter by channel"))
        self.channel_filter.addItem(self.tr("All channels"), None)
        for c, label in (("web", "Web"), ("ios", "iOS"), ("android", "Android"), ("any", "Any")):
            self.channel_filter.addItem(label, c)
        self.currency_filter = QComboBox()
        self.currency_filter.setAccessibleName(self.tr("Filter by currency"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search bundles"))
        self.search.setAccessibleName(self.tr("Search bundles"))
        self.search.setClearButtonEnabled(True)
        for combo in (self.platform_filter, self.channel_filter, self.currency_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
            row.addWidget(combo)
        self.search.textChanged.connect(self._apply_filters)
        row.addWidget(self.search, 1)
        return row

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add bundle…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.promo_button = QPushButton(self.tr("&Promotions…"))
        self.rates_button = QPushButton(self.tr("Exchange &rates…"))
        self.gifts_button = QPushButton(self.tr("&Gifts…"))
        self.gifts_button.setToolTip(self.tr("The gifts of the selected bundle's platform"))
        self.bought_button = QPushButton(self.tr("I &bought this…"))
        self.bought_button.setToolTip(self.tr("Log this bundle as a purchase in your budget"))
        for button, slot in (
            (self.bought_button, self._on_bought),
            (self.add_button, self._on_add),
            (self.edit_button, self._on_edit),
            (self.delete_button, self._on_delete),
            (self.promo_button, self._on_promotions),
            (self.rates_button, self._on_rates),
            (self.gifts_button, self._on_gifts),
        ):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        home = self.ctx.settings.get("home_currency")
        rows = value.bundle_values(self.ctx.db, home=home, now=self.ctx.clock())
        self.model.home = home
        self.model.today = self.ctx.clock().date()
        self.model.set_rows(rows)
        current = self.currency_filter.currentData()
        self.currency_filter.blockSignals(True)
        self.currency_filter.clear()
        self.currency_filter.addItem(self.tr("All currencies"), None)
        for code in sorted({v.bundle.currency for v in rows}):
            self.currency_filter.addItem(code, code)
        self.currency_filter.setCurrentIndex(max(0, self.currency_filter.findData(current)))
        self.currency_filter.blockSignals(False)
        self.give_panel.refresh_currency()
        self._on_selection()

    def showEvent(self, event) -> None:  # noqa: ANN001
        # Coming back to the page: settings (home currency) or an import may have changed data.
        if self._shown_before:
            self.reload()
        self._shown_before = True
        super().showEvent(event)

    def start_action(self, action: str) -> None:
        """Home's "Find the cheapest way": straight to the amount, ready to type."""
        if action == "plan":
            self.plan_panel.amount.setFocus()
            self.plan_panel.amount.selectAll()
        elif action == "find":  # File ▸ Search bundles (Ctrl+F)
            self.search.setFocus()
            self.search.selectAll()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            platform=self.platform_filter.currentData(),
            channel=self.channel_filter.currentData(),
            currency=self.currency_filter.currentData(),
            text=self.search.text(),
        )

    def selected(self) -> value.BundleValue | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _on_selection(self) -> None:
        v = self.selected()
        for b in (self.edit_button, self.delete_button, self.promo_button, self.bought_button):
            b.setEnabled(v is not None)
        if v is None:
            self.details.setText(
                self.tr(
                    "★ marks the best value per platform and channel. "
                    "Shares reaching the creator are estimates."
                )
            )
            return
        p = v.platform
        parts = [f"<b>{p.name}</b> — {p.notes}" if p.notes else f"<b>{p.name}</b>"]
        if p.payout:
            parts.append(
                self.tr("Creator payout (estimate): {note} <i>Source: {src}</i>").format(
                    note=p.payout.note, src=citation(p.payout.source)
                )
            )
        if v.bundle.source:
            parts.append(
                self.tr("<i>Price seen on {site} on {day}.</i>").format(
                    site=citation(v.bundle.source), day=self.model.observed_text(v.bundle.observed)
                )
            )
        if v.price.note:
            parts.append(v.price.note)
        self.details.setText("<br>".join(parts))

    # -- actions ---------------------------------------------------------------------------
    def _on_bought(self) -> None:
        """Log the selected bundle as a purchase, through the budget checks."""
        from companion.core.money.money import to_major
        from companion.ui.budget import budget_flow
        from companion.ui.budget.budget_dialogs import EntryDialog

        v = self.selected()
        if v is None:
            return
        b = v.bundle
        prefill = {
            "platform": b.platform,
            "units": b.total_units,
            "amount": to_major(b.price_minor, b.currency),
            "currency": b.currency,
            "note": self.tr("{units} {unit} bundle ({channel})").format(
                units=format_number(b.units), unit=v.platform.unit, channel=b.channel
            ),
        }
        dialog = EntryDialog(self.ctx, "purchase", prefill=prefill, parent=self)
        if dialog.exec() and dialog.result_entry is not None:
            budget_flow.save_entry(self, self.ctx, dialog.result_entry)

    def _on_add(self) -> None:
        from companion.ui.bundles.bundle_dialogs import BundleDialog

        if BundleDialog(self.ctx, platform=self.platform_filter.currentData(), parent=self).exec():
            self.reload()

    def _on_edit(self) -> None:
        from companion.ui.bundles.bundle_dialogs import BundleDialog

        v = self.selected()
        if v is not None and BundleDialog(self.ctx, bundle=v.bundle, parent=self).exec():
            self.reload()

    def _on_delete(self) -> None:
        v = self.selected()
        if v is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete bundle?"),
            self.tr("Delete {units} {unit} for {price}?").format(
                units=format_number(v.bundle.units),
                unit=v.platform.unit,
                price=format_money(v.bundle.price_minor, v.bundle.currency),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            store.delete_bundle(self.ctx.db, v.bundle.id)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Bundles"), str(exc))
        self.reload()

    def _on_promotions(self) -> None:
        from companion.ui.bundles.bundle_dialogs import PromotionsDialog

        v = self.selected()
        if v is not None:
            PromotionsDialog(self.ctx, v.bundle, v.platform.unit, self).exec()
            self.reload()

    def _on_gifts(self) -> None:
        from companion.ui.bundles.bundle_dialogs import GiftsDialog

        v = self.selected()
        platform = v.bundle.platform if v else (self.platform_filter.currentData() or "tiktok")
        GiftsDialog(self.ctx, platform, self).exec()
        self.plan_panel.reload_gifts()

    def _on_rates(self) -> None:
        from companion.ui.bundles.rates_dialog import RatesDialog

        RatesDialog(self.ctx, self).exec()
        self.reload()
