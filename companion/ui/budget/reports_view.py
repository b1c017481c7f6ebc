"""Reports: spending by month (a bar chart against the budget line), platform and creator.

QtCharts is imported here only, when the Reports tab is first opened, to keep start-up light.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.core.budget import budget, reports
from companion.core.bundles import store as catalog
from companion.core.money.money import format_money, format_number, to_major
from companion.core.store.settings import prefs
from companion.ui import style
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import EmptyState


class ReportsView(QWidget):
    log_requested = Signal()  # the empty state's button

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chart = QChart()
        self.chart.setTitle(self.tr("Purchases, last 12 months"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setTheme(_theme_for(self))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.chart_view.setAccessibleName(self.tr("Bar chart of spending per month"))
        self.months = _table([self.tr("Month"), self.tr("Spent"), self.tr("Purchases")])
        self.platforms = _table([self.tr("Platform"), self.tr("Spent"), self.tr("Units")])
        self.creators = _table([self.tr("Creator"), self.tr("Gifts' value"), self.tr("Units")])
        tables = QHBoxLayout()
        for title, table in (
            (self.tr("By month"), self.months),
            (self.tr("By platform"), self.platforms),
            (self.tr("By creator"), self.creators),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(table)
            tables.addLayout(column)
        filled = QWidget()
        layout = QVBoxLayout(filled)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart_view, 3)
        layout.addLayout(tables, 2)
        self.empty = EmptyState(
            self.tr("No spending to show yet"),
            self.tr(
                "Once you log purchases and gifts, this shows what you spent each month, "
                "on which platform and for which creator."
            ),
            [(self.tr("Log a purchase…"), self.log_requested.emit)],
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(filled)
        self.stack.addWidget(self.empty)
        QVBoxLayout(self).addWidget(self.stack)
        self.reload()

    def reload(self) -> None:
        p = prefs(self.ctx.db)
        now = self.ctx.clock()
        months = reports.by_month(self.ctx.db, now=now, zone=p.zone, home=p.home)
        _fill(
            self.months,
            [(r.label, format_money(r.amount, p.home), str(r.entries)) for r in reversed(months)],
        )
        names = {pl.id: pl.name for pl in catalog.platforms(self.ctx.db)}
        _fill(
            self.platforms,
            [
                (
                    names.get(r.label, r.label),
                    format_money(r.amount, p.home),
                    format_number(r.units),
                )
                for r in reports.by_platform(self.ctx.db, home=p.home)
            ],
        )
        _fill(
            self.creators,
            [
                (r.label, format_money(r.amount, p.home), format_number(r.units))
                for r in reports.by_creator(self.ctx.db, home=p.home)
            ],
        )
        self._chart(months, p.home)
        nothing = not any(r.entries for r in months) and not self.platforms.rowCount()
        table = self.stack.widget(0)
        assert table is not None  # the tables page is always the stack's first
        self.stack.setCurrentWidget(
            self.empty if nothing and not self.creators.rowCount() else table
        )

    def _chart(self, months: list[reports.Row], home: str) -> None:
        # A theme set once would keep light bars in a window turned dark since (reload runs
        # on every scheme flip); setTheme also resets series colours, so it goes first.
        self.chart.setTheme(_theme_for(self))
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(self.tr("Spent ({cur})").format(cur=home))
        values = [float(to_major(r.amount, home)) for r in months]
        bars.append(values)
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([r.label[2:] for r in months])
        y = QValueAxis()
        top = max(values) if values else 0.0
        overall = budget.find(self.ctx.db, "overall", "monthly")
        if overall is not None and overall.currency == home:
            limit = float(to_major(overall.limit_minor, home))
            line = QLineSeries()
            line.setName(self.tr("Monthly budget"))
            # The line spans the bar categories, which QBarCategoryAxis places at 0..n-1.
            line.append([QPointF(-0.5, limit), QPointF(len(months) - 0.5, limit)])
            self.chart.addSeries(line)
            top = max(top, limit)
            line_x = QValueAxis()
            line_x.setRange(-0.5, len(months) - 0.5)
            line_x.setVisible(False)
            self.chart.addAxis(line_x, Qt.AlignmentFlag.AlignBottom)
            line.attachAxis(line_x)
            self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
            line.attachAxis(y)
        else:
            self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        series.attachAxis(y)
        y.setRange(0, top * 1.1 if top else 10)
        y.applyNiceNumbers()
        y.setLabelFormat("%.0f")


def _theme_for(widget: QWidget) -> QChart.ChartTheme:
    dark = style.is_dark(widget)
    return QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # Tab leaves the table
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            item = QTableWidgetItem(text)
            if j:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(i, j, item)
