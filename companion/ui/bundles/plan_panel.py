"""The "cheapest way" panel and the "give a creator" comparison, beside the bundle table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.core.bundles import gifts as gift_store
from companion.core.bundles import store, value
from companion.core.errors import InputError
from companion.core.money.money import format_money, format_number, parse_amount
from companion.ui import words
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import FieldError


class PlanPanel(QGroupBox):
    planned = Signal(object)  # value.PlanResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Cheapest way to get…"))
        self.ctx = ctx
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Platform to plan for"))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel to plan for"))
        self.channel.addItem(self.tr("Any channel"), None)
        for c, label in (("web", "Web"), ("ios", "iOS"), ("android", "Android"), ("any", "Any")):
            self.channel.addItem(label, c)
        self.by_units = QRadioButton(self.tr("&units"))
        self.by_gift = QRadioButton(self.tr("gif&ts"))
        self.by_units.setChecked(True)
        self.gift = QComboBox()
        self.gift.setAccessibleName(self.tr("Gift"))
        self.amount = QSpinBox()
        self.amount.setRange(1, 1_000_000_000)
        self.amount.setValue(1000)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setAccessibleName(self.tr("How many"))
        self.find_button = QPushButton(self.tr("Fi&nd cheapest"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = FieldError()
        kind = QHBoxLayout()
        kind.addWidget(self.amount)
        kind.addWidget(self.by_units)
        kind.addWidget(self.by_gift)
        kind.addWidget(self.gift, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("How many"), kind)
        form.addRow("", self.find_button)
        form.addRow(self.error)
        form.addRow(self.result)
        self.store_button = QPushButton(self.tr("Open the official &store…"))
        self.store_button.setToolTip(
            self.tr("Opens the platform's own store after showing where the link really goes")
        )
        self.store_button.clicked.connect(self._on_store)
        self.store_button.hide()
        form.addRow("", self.store_button)
        self.platform.currentIndexChanged.connect(self.reload_gifts)
        self.by_gift.toggled.connect(self.gift.setEnabled)
        self.find_button.clicked.connect(self.run)
        self.gift.setEnabled(False)
        for p in store.platforms(ctx.db):
            self.platform.addItem(p.name, p.id)

    def reload_gifts(self) -> None:
        """Offer the chosen platform's gifts as they are now (after edits too)."""
        self.gift.clear()
        for g in gift_store.gifts(self.ctx.db, self.platform.currentData()):
            self.gift.addItem(f"{g.name} ({format_number(g.units)})", g.name)
        self.by_gift.setEnabled(self.gift.count() > 0)
        if not self.gift.count():
            self.by_units.setChecked(True)

    def run(self) -> value.PlanResult | None:
        self.error.clear_error()
        home = self.ctx.settings.get("home_currency")
        now = self.ctx.clock()
        try:
            if self.by_gift.isChecked():
                gift, result = value.plan_gifts(
                    self.ctx.db,
                    self.platform.currentData(),
                    self.gift.currentData(),
                    self.amount.value(),
                    home=home,
                    now=now,
                    channel=self.channel.currentData(),
                )
                target = f"{format_number(self.amount.value())} × {gift.name}"
            else:
                result = value.plan(
                    self.ctx.db,
                    self.platform.currentData(),
                    self.amount.value(),
                    home=home,
                    now=now,
                    channel=self.channel.currentData(),
                )
                target = f"{format_number(result.target_units)} {result.platform.unit}"
        except InputError as exc:
            self.result.clear()
            self.error.show_error(words.problem(exc))
            return None
        self.result.setText(_describe(result, target, home))
        self.store_button.setVisible(self.official_store() is not None)
        self.planned.emit(result)
        return result

    def official_store(self) -> str | None:
        """The platform's first official purchase channel from the shipped list, if any."""
        from companion.core.links import links

        p = links.shipped_list().platform(self.platform.currentData())
        return p.channels[0].url if p is not None and p.channels else None

    def _on_store(self) -> bool:
        from companion.ui.links.links_flow import open_checked

        url = self.official_store()
        return bool(url) and open_checked(self, url)


# Marked for lupdate here, translated where used.
_WHERE = {
    "web": str(QT_TRANSLATE_NOOP("plan", "on the web")),
    "ios": str(QT_TRANSLATE_NOOP("plan", "in the iOS app")),
    "android": str(QT_TRANSLATE_NOOP("plan", "in the Android app")),
}


def _in_words(n: int, units: int, unit: str, channel: str, price: int, cur: str) -> str:
    """What to buy, as a fan would say it: "13 purchases of 77 Coins on the web, $9.62"."""
    where = QCoreApplication.translate(
        "plan", _WHERE.get(channel) or str(QT_TRANSLATE_NOOP("plan", "anywhere"))
    )
    return _PlanWords().sentence(n, units, unit, where, price, cur)


class _PlanWords(QObject):
    # lupdate only extracts plural (%n) forms from self.tr() inside a class.
    def sentence(self, n: int, units: int, unit: str, where: str, price: int, cur: str) -> str:
        if n == 1:
            return self.tr("1 purchase of {units} {unit} {where}, {total}").format(
                units=format_number(units), unit=unit, where=where, total=format_money(price, cur)
            )
        return self.tr(
            "%n purchases of {units} {unit} {where}, {total} ({each} each)", "", n
        ).format(
            units=format_number(units),
            unit=unit,
            where=where,
            total=format_money(price * n, cur),
            each=format_money(price, cur),
        )


def _describe(result: value.PlanResult, target: str, home: str) -> str:
    cur, unit = result.currency, result.platform.unit
    lines = [f"<b>{target}</b>:"]
    for (opt, n), (b, _) in zip(result.basket.counts, result.items, strict=True):
        lines.append(_in_words(n, opt.units, unit, b.channel, opt.price, cur))
    total = format_money(result.basket.total_price, cur)
    lines.append(
        QCoreApplication.translate("plan", "<b>Total {total}</b> for {units} {unit}").format(
            total=total, units=format_number(result.basket.total_units), unit=unit
        )
    )
    if result.home_total.converted and result.home_total.currency != cur:
        lines.append(f"≈ {format_money(result.home_total.minor, home)}")
    if result.creator is not None:
        lines.append(
            QCoreApplication.translate(
                "plan", "About {amount} reaches the creator (estimate)"
            ).format(amount=format_money(result.creator.minor, result.creator.currency))
        )
    lines += [f"<i>{note}</i>" for note in result.notes]
    return "<br>".join(lines)


class GivePanel(QGroupBox):
    """What it costs on each platform for the creator to receive the same amount."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("To give a creator…"))
        self.amount = QLineEdit("10.00")
        self.amount.setAccessibleName(self.tr("Amount the creator should receive"))
        self.currency = QLabel()
        self.compare = QPushButton(self.tr("Co&mpare"))
        self.error = FieldError()
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [self.tr("Platform"), self.tr("You send"), self.tr("You pay")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        row = QHBoxLayout()
        row.addWidget(self.amount)
        row.addWidget(self.currency)
        row.addWidget(self.compare)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.table)
        self.compare.clicked.connect(self.run)
        self.amount.returnPressed.connect(self.run)
        self.refresh_currency()

    def refresh_currency(self) -> None:
        self.currency.setText(self.ctx.settings.get("home_currency"))

    def run(self) -> list[value.GiveCost]:
        self.error.clear_error()
        home = self.ctx.settings.get("home_currency")
        try:
            minor = parse_amount(self.amount.text(), home, "amount")
        except InputError as exc:
            self.error.show_error(words.problem(exc))
            return []
        costs = value.cost_to_give(self.ctx.db, minor, home=home, now=self.ctx.clock())
        self.table.setRowCount(len(costs))
        for i, c in enumerate(costs):
            pay = format_money(c.price.minor, c.price.currency) if c.price else "—"
            cells = (c.platform.name, c.how or c.note, pay)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c.note:
                    item.setToolTip(c.note)
                self.table.setItem(i, col, item)
        return costs
