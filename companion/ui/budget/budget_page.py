"""Budget: wallets, budgets with their status, the spending lock, the ledger and reports."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.budget import budget, ledger
from companion.core.money.money import format_money
from companion.core.store.settings import prefs
from companion.ui import words
from companion.ui.budget.budget_editing import (
    B_PERCENT,
    B_PROJECTED,
    B_SCOPE,
    BudgetEditing,
)
from companion.ui.budget.budget_render import BudgetRendering
from companion.ui.budget.ledger_actions import LedgerActions
from companion.ui.budget.ledger_filter import LedgerFilterBar
from companion.ui.budget.ledger_model import ENTRY_ROLE, LedgerModel
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import EmptyState, page_title


class BudgetPage(BudgetEditing, LedgerActions, BudgetRendering):
    """The page itself builds the widgets and fills them; what the fan can do with budgets and
    entries, and how figures are drawn, come from the classes it mixes in."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        from companion.ui.shell.i18n import translate_in_mro

        return translate_in_mro(self, text, disambiguation, n)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._shown_before = False
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Budget")))
        self.alert_banner = QLabel()
        self.alert_banner.setObjectName("budget-alerts")
        self.alert_banner.setWordWrap(True)
        self.alert_banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner_state = ""
        layout.addWidget(self.alert_banner)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_overview(), self.tr("&Overview"))
        self.tabs.addTab(self._build_ledger(), self.tr("&Ledger"))
        self.reports_host = QWidget()
        self._reports_layout = QVBoxLayout(self.reports_host)
        self.reports = None
        self.tabs.addTab(self.reports_host, self.tr("&Reports"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout.addWidget(self.tabs, 1)
        self.reload()

    # -- overview --------------------------------------------------------------------------
    def _build_overview(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        self.wallets = QLabel()
        self.wallets.setWordWrap(True)
        self.wallets.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.wallets)
        self.budget_table = QTableWidget(0, 7)
        self.budget_table.setTabKeyNavigation(False)  # Tab leaves the table
        self.budget_table.setHorizontalHeaderLabels(
            [
                self.tr("Budget"),
                self.tr("Period"),
                self.tr("Spent"),
                self.tr("Limit"),
                self.tr("Used"),
                self.tr("Left"),
                self.tr("Projected"),
            ]
        )
        self.budget_table.setAccessibleName(self.tr("Budgets"))
        self.budget_table.verticalHeader().hide()
        self.budget_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.budget_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.budget_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.budget_table.horizontalHeader()
        # Figures as wide as they are, the name takes the rest (it was squeezed to nothing at
        # 800 px when every column took the default 100 px).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(B_SCOPE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(B_PERCENT, QHeaderView.ResizeMode.Fixed)
        self.budget_table.setColumnWidth(B_PERCENT, self.fontMetrics().horizontalAdvance("0" * 18))
        column.addWidget(self.budget_table, 1)
        row = QHBoxLayout()
        self.add_budget = QPushButton(self.tr("&Add budget…"))
        self.edit_budget = QPushButton(self.tr("&Change…"))
        self.pause_budget = QPushButton(self.tr("&Pause"))
        self.remove_budget = QPushButton(self.tr("Re&move"))
        for b, slot in (
            (self.add_budget, self._on_add_budget),
            (self.edit_budget, self._on_edit_budget),
            (self.pause_budget, self._on_pause_budget),
            (self.remove_budget, self._on_remove_budget),
        ):
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        column.addLayout(row)
        from companion.ui.budget.lock_panel import LockPanel

        self.lock_panel = LockPanel(self.ctx)
        self.lock_panel.changed.connect(self.reload)
        column.addWidget(self.lock_panel)
        self.budget_table.itemSelectionChanged.connect(self._update_budget_buttons)
        return box

    def _build_ledger(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        self.filters = LedgerFilterBar(self.ctx)
        self.filters.changed.connect(self._apply_filter)
        column.addWidget(self.filters)
        self.model = LedgerModel(self.ctx.db, prefs(self.ctx.db).zone)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Ledger"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Widths from sample text, not ResizeToContents: that would read every loaded row.
        metrics = self.fontMetrics()
        samples = (
            "2026-12-31 23:59",
            "Purchase",
            "Instagram",
            "1,000,000",
            "$1,000.00",
            "In home currency",
            "A creator's name",
        )
        for index, sample in enumerate(samples):
            self.table.setColumnWidth(index, metrics.horizontalAdvance(sample) + 24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self._on_edit_entry())
        self.ledger_empty = EmptyState(
            self.tr("Nothing logged yet"),
            self.tr(
                "Log what you buy and the gifts you send: your wallets, budgets and reports "
                "are made from it. You can also import a CSV from File › Import."
            ),
            [
                (self.tr("Log a purchase…"), lambda: self.log("purchase")),
                (self.tr("Log a gift…"), lambda: self.log("gift")),
            ],
        )
        self.ledger_no_match = EmptyState(
            self.tr("No entries match these filters"),
            self.tr("Try another platform, creator or dates."),
            [(self.tr("Show everything"), self.filters.clear)],
        )
        self.ledger_stack = QStackedWidget()
        for w in (self.table, self.ledger_empty, self.ledger_no_match):
            self.ledger_stack.addWidget(w)
        column.addWidget(self.ledger_stack, 1)
        buttons = QHBoxLayout()
        self.log_purchase = QPushButton(self.tr("Log &purchase…"))
        self.log_gift = QPushButton(self.tr("Log &gift…"))
        self.edit_entry = QPushButton(self.tr("&Edit…"))
        self.delete_entry = QPushButton(self.tr("&Delete"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the latest change"))
        self.undo_button.setEnabled(False)
        for b, slot in (
            (self.log_purchase, lambda: self.log("purchase")),
            (self.log_gift, lambda: self.log("gift")),
            (self.edit_entry, self._on_edit_entry),
            (self.delete_entry, self._on_delete_entry),
            (self.undo_button, self._on_undo),
        ):
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_entry_buttons)
        return box

    def _update_entry_buttons(self) -> None:
        chosen = self.selected_entry() is not None
        self.edit_entry.setEnabled(chosen)
        self.delete_entry.setEnabled(chosen)

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filters.current())
        total = self.model.total()
        self.filters.count_label.setText(
            self.tr("1 entry") if total == 1 else self.tr("%n entries", "", total)
        )
        if total:
            self.ledger_stack.setCurrentWidget(self.table)
        elif ledger.count(self.ctx.db) == 0:
            self.ledger_stack.setCurrentWidget(self.ledger_empty)
        else:
            self.ledger_stack.setCurrentWidget(self.ledger_no_match)
        self._update_entry_buttons()

    def selected_entry(self) -> ledger.Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ENTRY_ROLE) if rows else None

    # -- refresh ---------------------------------------------------------------------------
    def reload(self) -> None:
        p = prefs(self.ctx.db)
        now = self.ctx.clock()
        statuses = budget.statuses(self.ctx.db, now=now, zone=p.zone, week_start=p.week_start)
        self._fill_budgets(statuses)
        self._fill_banner(statuses)
        self._fill_wallets()
        self.lock_panel.refresh()
        self.filters.refill()
        self.model.zone = p.zone
        self._apply_filter()
        self._refresh_undo()
        if self.reports is not None:
            self.reports.reload()

    def _fill_budgets(self, statuses: list[budget.Status]) -> None:
        self.budget_table.setRowCount(len(statuses))
        for i, s in enumerate(statuses):
            cur = s.budget.currency
            cells = [
                s.budget.label + (self.tr(" (paused)") if s.budget.paused else ""),
                words.period(s.budget.period),
                format_money(s.spent, cur),
                format_money(s.budget.limit_minor, cur),
                f"{s.percent}%",
                format_money(s.remaining, cur),
                format_money(s.projected, cur),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.budget.id)
                if j == B_PERCENT:
                    # The bar widget covers the text; the item keeps it for screen readers.
                    item.setForeground(Qt.GlobalColor.transparent)
                if j == B_PROJECTED:
                    item.setToolTip(
                        self.tr(
                            "At the current pace, plus planned spending on "
                            "upcoming lives ({planned})"
                        ).format(planned=format_money(s.planned, cur))
                    )
                self.budget_table.setItem(i, j, item)
            self.budget_table.setCellWidget(i, B_PERCENT, self._percent_cell(s))
        self._update_budget_buttons()

    def showEvent(self, event) -> None:  # noqa: ANN001
        if self._shown_before:
            self.reload()
        self._shown_before = True
        super().showEvent(event)

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.reports_host and self.reports is None:
            QTimer.singleShot(0, self._build_reports)

    def _build_reports(self) -> None:
        from companion.ui.budget.reports_view import ReportsView

        self.reports = ReportsView(self.ctx)
        self.reports.log_requested.connect(lambda: self.log("purchase"))
        self._reports_layout.addWidget(self.reports)

    # -- actions ---------------------------------------------------------------------------
    def start_action(self, action: str) -> None:
        """Home's quick actions: open the dialog on the right tab."""
        if action == "log_purchase":
            self.tabs.setCurrentIndex(1)
            self.log("purchase")
        elif action == "add_budget":
            self.tabs.setCurrentIndex(0)
            self._on_add_budget()
