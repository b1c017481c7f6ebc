"""Budget: wallets, budgets with their status, the spending lock, the ledger and reports."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core import home
from companion.core.budget import actions, budget, ledger
from companion.core.bundles import store as catalog
from companion.core.errors import InputError
from companion.core.money.money import format_money
from companion.core.store.settings import prefs
from companion.ui import style
from companion.ui.budget import budget_flow
from companion.ui.budget.ledger_filter import LedgerFilterBar
from companion.ui.budget.ledger_model import ENTRY_ROLE, LedgerModel
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import EmptyState, page_title


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


B_SCOPE, B_PERIOD, B_SPENT, B_LIMIT, B_PERCENT, B_LEFT, B_PROJECTED = range(7)


class BudgetPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._undo: list[ledger.Entry] | None = None
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

    def _selected_budget(self) -> budget.Budget | None:
        item = self.budget_table.item(self.budget_table.currentRow(), B_SCOPE)
        if item is None or not item.isSelected():
            return None
        return budget.get(self.ctx.db, int(item.data(Qt.ItemDataRole.UserRole)))

    def _update_budget_buttons(self) -> None:
        chosen = self._selected_budget()
        for b in (self.edit_budget, self.pause_budget, self.remove_budget):
            b.setEnabled(chosen is not None)
        self.pause_budget.setText(
            self.tr("Res&ume") if chosen and chosen.paused else self.tr("&Pause")
        )

    # -- ledger ----------------------------------------------------------------------------
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
        self.undo_button = QPushButton(self.tr("&Undo delete"))
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
            self.tr("1 entry") if total == 1 else self.tr("{n} entries").format(n=f"{total:,}")
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
        if self.reports is not None:
            self.reports.reload()

    def _fill_banner(self, statuses: list[budget.Status]) -> None:
        """Over budgets first, then thresholds crossed; the banner takes the tone of the worst
        (over, near, or info). Rebuilt on every change, so it updates or clears with the
        numbers."""
        over = [s for s in statuses if home.budget_state(s) == home.OVER]
        crossed = [
            s for s in statuses if s.thresholds_crossed and not s.budget.paused and s not in over
        ]
        lines = [
            self.tr("<b>{label}</b> ({period}): {pct}% used — {amount} over the limit").format(
                label=_escape(s.budget.label),
                period=self.tr(s.budget.period),
                pct=s.percent,
                amount=format_money(-s.remaining, s.budget.currency),
            )
            for s in over
        ] + [
            self.tr("<b>{label}</b> ({period}): {pct}% used — past {mark}%").format(
                label=_escape(s.budget.label),
                period=self.tr(s.budget.period),
                pct=s.percent,
                mark=s.thresholds_crossed[-1],
            )
            for s in crossed
        ]
        # Tone of the worst news: past a limit, near one, or just a mark passed on the way.
        near = any(home.budget_state(s) == home.NEAR for s in crossed)
        self.banner_state = home.OVER if over else home.NEAR if near else "info" if crossed else ""
        self.alert_banner.setVisible(bool(lines))
        self.alert_banner.setText("<br>".join(lines))
        if lines:
            self.alert_banner.setStyleSheet(
                style.banner_css("budget-alerts", self.banner_state, self)
            )

    def _fill_wallets(self) -> None:
        names = {p.id: p for p in catalog.platforms(self.ctx.db)}
        parts = []
        for w in ledger.wallets(self.ctx.db):
            unit = names[w.platform].unit if w.platform in names else ""
            name = names[w.platform].name if w.platform in names else w.platform
            if w.balance < 0:
                parts.append(
                    self.tr(
                        "{name}: <span style='color:{colour}'>{n} {unit} more sent "
                        "than logged as bought</span>"
                    ).format(
                        name=name,
                        n=f"{-w.balance:,}",
                        unit=unit,
                        colour=style.tone("over", self).fg,
                    )
                )
            else:
                parts.append(f"{name}: {w.balance:,} {unit}")
        self.wallets.setText(
            self.tr("<b>Wallets</b> — ")
            + (
                " · ".join(parts)
                or self.tr(
                    "nothing logged yet. Log a purchase, or use “I bought this” on the "
                    "Bundles page."
                )
            )
        )

    def _fill_budgets(self, statuses: list[budget.Status]) -> None:
        self.budget_table.setRowCount(len(statuses))
        for i, s in enumerate(statuses):
            cur = s.budget.currency
            cells = [
                s.budget.label + (self.tr(" (paused)") if s.budget.paused else ""),
                self.tr(s.budget.period),
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

    def _percent_cell(self, s: budget.Status) -> QWidget:
        """A bar in the budget's state colour with the percent beside it (never on it)."""
        state = home.budget_state(s)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(style.GAP, 2, style.GAP, 2)
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(int(min(s.percent, 100)))
        bar.setTextVisible(False)
        bar.setStyleSheet(style.bar_css(state, self))
        bar.setAccessibleName(self.tr("{pct}% used").format(pct=s.percent))
        label = QLabel(f"{s.percent}%")
        if state == home.OVER:
            label.setStyleSheet(f"color: {style.tone('over', self).fg}; font-weight: bold;")
        row.addWidget(bar, 1)
        row.addWidget(label)
        return box

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

    def log(self, kind: str, prefill: dict[str, object] | None = None) -> ledger.Entry | None:
        from companion.ui.budget.budget_dialogs import EntryDialog

        dialog = EntryDialog(self.ctx, kind, prefill=prefill, parent=self)
        if not dialog.exec() or dialog.result_entry is None:
            return None
        saved = budget_flow.save_entry(self, self.ctx, dialog.result_entry)
        self.reload()
        return saved

    def _on_edit_entry(self) -> None:
        from companion.ui.budget.budget_dialogs import EntryDialog

        e = self.selected_entry()
        if e is None:
            return
        dialog = EntryDialog(self.ctx, e.kind, existing=e, parent=self)
        if dialog.exec() and dialog.result_entry is not None:
            budget_flow.save_entry(self, self.ctx, dialog.result_entry, replacing=e.id)
            self.reload()

    def _on_delete_entry(self) -> None:
        e = self.selected_entry()
        if e is None or e.id is None:
            return
        now, entry_id = self.ctx.clock(), e.id
        done = budget_flow.run(
            self, self.ctx, lambda a: actions.delete_entries(self.ctx.db, [entry_id], a, now=now)
        )
        if done is not None:
            self._undo = done.result
            self.undo_button.setEnabled(True)
        self.reload()

    def _on_undo(self) -> None:
        if self._undo is not None:
            gone, now = self._undo, self.ctx.clock()
            done = budget_flow.run(
                self, self.ctx, lambda a: actions.undo_delete(self.ctx.db, gone, a, now=now)
            )
            if done is not None:
                self._undo = None
                self.undo_button.setEnabled(False)
            self.reload()

    def _on_add_budget(self) -> None:
        self._edit_budget(None)

    def _on_edit_budget(self) -> None:
        chosen = self._selected_budget()
        if chosen is not None:
            self._edit_budget(chosen)

    def _edit_budget(self, existing: budget.Budget | None) -> None:
        from companion.ui.budget.budget_dialogs import BudgetDialog

        dialog = BudgetDialog(self.ctx, existing=existing, parent=self)
        while dialog.exec():
            try:
                self._save_budget(dialog)
            except InputError as exc:
                dialog.error.show_error(str(exc))
                continue
            break
        self.reload()

    def _save_budget(self, dialog) -> None:  # noqa: ANN001 - BudgetDialog
        scope, period = dialog.chosen_scope(), dialog.period.currentData()
        limit, marks, now = dialog.limit.text(), dialog.thresholds.text(), self.ctx.clock()
        budget_flow.run(
            self,
            self.ctx,
            lambda a: actions.set_budget(
                self.ctx.db, scope, period, limit, a, thresholds=marks, now=now
            ),
        )

    def _on_pause_budget(self) -> None:
        chosen = self._selected_budget()
        if chosen is None:
            return
        now = self.ctx.clock()
        budget_flow.run(
            self,
            self.ctx,
            lambda a: actions.pause_budget(self.ctx.db, chosen.id, not chosen.paused, a, now=now),
        )
        self.reload()

    def _on_remove_budget(self) -> None:
        chosen = self._selected_budget()
        if chosen is None:
            return
        if (
            QMessageBox.question(
                self,
                self.tr("Remove budget?"),
                self.tr("Remove the {period} budget “{label}”?").format(
                    period=chosen.period, label=chosen.label
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        now = self.ctx.clock()
        budget_flow.run(
            self, self.ctx, lambda a: actions.remove_budget(self.ctx.db, chosen.id, a, now=now)
        )
        self.reload()
