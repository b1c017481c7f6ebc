"""Dialogs of the Bundles page: a bundle, its promotions, and a platform's gifts."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.core.bundles import gifts as gift_store
from companion.core.bundles import store
from companion.core.bundles.catalog import CHANNELS
from companion.core.errors import InputError
from companion.core.money.money import format_number, to_major
from companion.ui import words
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import FieldError

_FIELD_ALIASES = {"bonus_units": "bonus", "bundle": "units"}


class BundleDialog(QDialog):
    """Add a bundle the fan saw, or correct one; errors appear beside the field at fault."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        bundle: store.Bundle | None = None,
        platform: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.bundle = ctx, bundle
        self.setWindowTitle(self.tr("Edit bundle") if bundle else self.tr("Add a bundle"))
        form = QFormLayout()
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Platform"))
        for p in store.platforms(ctx.db):
            self.platform.addItem(p.name, p.id)
        self.platform.setEnabled(bundle is None)
        self.units = QLineEdit()
        self.units.setAccessibleName(self.tr("Units"))
        self.bonus = QLineEdit("0")
        self.bonus.setAccessibleName(self.tr("Bonus units"))
        self.price = QLineEdit()
        self.price.setAccessibleName(self.tr("Price"))
        self.price.setPlaceholderText("4.99")
        self.currency = QLineEdit(ctx.settings.get("home_currency"))
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setMaxLength(3)
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        for c in CHANNELS:
            self.channel.addItem({"ios": "iOS", "android": "Android"}.get(c, c.title()), c)
        self.region = QLineEdit()
        self.region.setAccessibleName(self.tr("Region"))
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Where you saw it"))
        self.errors: dict[str, FieldError] = {}
        for label, key, widget in (
            (self.tr("&Platform"), "platform", self.platform),
            (self.tr("&Units"), "units", self.units),
            (self.tr("&Bonus units"), "bonus", self.bonus),
            (self.tr("P&rice"), "price", self.price),
            (self.tr("&Currency"), "currency", self.currency),
            (self.tr("C&hannel"), "channel", self.channel),
            (self.tr("R&egion"), "region", self.region),
            (self.tr("&Source"), "source", self.source),
        ):
            self.errors[key] = FieldError()
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        if bundle is not None:
            self._fill(bundle)
        elif platform:
            self.platform.setCurrentIndex(max(0, self.platform.findData(platform)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _fill(self, b: store.Bundle) -> None:
        self.platform.setCurrentIndex(max(0, self.platform.findData(b.platform)))
        self.units.setText(str(b.units))
        self.bonus.setText(str(b.bonus_units))
        self.price.setText(str(to_major(b.price_minor, b.currency)))
        self.currency.setText(b.currency)
        self.channel.setCurrentIndex(max(0, self.channel.findData(b.channel)))
        self.region.setText(b.region)
        self.source.setText(b.source)

    def fields(self) -> dict[str, object]:
        def whole(text: str) -> object:
            stripped = text.strip().replace(",", "")
            return int(stripped) if stripped.isdigit() else stripped or None

        return {
            "units": whole(self.units.text()),
            "bonus_units": whole(self.bonus.text()) or 0,
            "price": self.price.text().strip(),
            "currency": self.currency.text(),
            "channel": self.channel.currentData(),
            "region": self.region.text(),
            "source": self.source.text(),
        }

    def _on_save(self) -> None:
        for error in self.errors.values():
            error.clear_error()
        today = self.ctx.clock().date()
        try:
            if self.bundle is None:
                store.add_bundle(
                    self.ctx.db, self.platform.currentData(), self.fields(), today=today
                )
            else:
                store.update_bundle(self.ctx.db, self.bundle.id, self.fields(), today=today)
        except InputError as exc:
            self._show(str(exc))
            return
        self.accept()

    def _show(self, message: str) -> None:
        where, _, problem = message.partition(": ")
        key = where.rsplit(".", 1)[-1]
        key = _FIELD_ALIASES.get(key, key)
        target = self.errors.get(key, self.errors["units"])
        target.show_error(problem or message)


class PromotionsDialog(QDialog):
    """Bonus percent or extra units on one bundle, counted until the expiry date."""

    def __init__(
        self, ctx: AppContext, bundle: store.Bundle, unit: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.bundle = ctx, bundle
        self.setWindowTitle(
            self.tr("Promotions on {units} {unit}").format(
                units=format_number(bundle.units), unit=unit
            )
        )
        self.list = QTableWidget(0, 3)
        self.list.setAccessibleName(self.tr("Promotions on this bundle"))
        self.list.setTabKeyNavigation(False)  # Tab leaves the table
        self.list.setHorizontalHeaderLabels([self.tr("Bonus"), self.tr("Until"), self.tr("Note")])
        self.list.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("% extra"), "percent")
        self.kind.addItem(self.tr("extra units"), "units")
        self.kind.setAccessibleName(self.tr("Kind of bonus"))
        self.value = QSpinBox()
        self.value.setRange(1, 1_000_000)
        self.value.setValue(10)
        self.value.setAccessibleName(self.tr("Bonus amount"))
        self.expires = QDateEdit()
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat("yyyy-MM-dd")
        soon = ctx.clock().date() + timedelta(days=7)
        self.expires.setDate(QDate(soon.year, soon.month, soon.day))
        self.expires.setAccessibleName(self.tr("Last day the bonus counts"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.error = FieldError()
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self._on_add)
        remove = QPushButton(self.tr("&Remove selected"))
        remove.clicked.connect(self._on_remove)
        row = QHBoxLayout()
        for w in (self.value, self.kind, QLabel(self.tr("until")), self.expires, self.note, add):
            row.addWidget(w)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        today = self.ctx.clock().date()
        promos = store.promotions(self.ctx.db, self.bundle.id)
        self.list.setRowCount(len(promos))
        for i, p in enumerate(promos):
            text = f"+{p.value}%" if p.kind == "percent" else f"+{format_number(p.value)}"
            state = "" if p.active(today) else self.tr(" (expired)")
            for col, value in enumerate((text + state, p.expires, p.note)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.list.setItem(i, col, item)

    def _on_add(self) -> None:
        self.error.clear_error()
        try:
            store.add_promotion(
                self.ctx.db,
                self.bundle.id,
                self.kind.currentData(),
                self.value.value(),
                self.expires.date().toString("yyyy-MM-dd"),
                self.note.text(),
                today=self.ctx.clock().date(),
            )
        except InputError as exc:
            self.error.show_error(words.problem(exc))
            return
        self.reload()

    def _on_remove(self) -> None:
        item = self.list.item(self.list.currentRow(), 0)
        if item is not None:
            store.delete_promotion(self.ctx.db, int(item.data(Qt.ItemDataRole.UserRole)))
            self.reload()


class GiftsDialog(QDialog):
    """The gifts of one platform (TikTok's Rose, Lion, ...): add, correct, delete."""

    def __init__(self, ctx: AppContext, platform: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.platform = ctx, platform
        info = store.platform(ctx.db, platform)
        self.setWindowTitle(self.tr("{name} gifts").format(name=info.name))
        self.setMinimumWidth(460)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Gifts of this platform"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [self.tr("Gift"), self.tr("{unit}").format(unit=info.unit), self.tr("Note")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._on_pick)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Gift name"))
        self.units = QLineEdit()
        self.units.setAccessibleName(self.tr("Price in {unit}").format(unit=info.unit))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.error = FieldError()
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self._on_add)
        self.save = QPushButton(self.tr("&Save changes"))
        self.save.clicked.connect(self._on_save)
        self.remove = QPushButton(self.tr("&Delete"))
        self.remove.clicked.connect(self._on_delete)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Costs"), self.units)
        form.addRow(self.tr("N&ote"), self.note)
        row = QHBoxLayout()
        for b in (add, self.save, self.remove):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        gifts = gift_store.gifts(self.ctx.db, self.platform)
        self.table.setRowCount(len(gifts))
        for i, g in enumerate(gifts):
            for col, text in enumerate((g.name, format_number(g.units), g.note)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, g.id)
                self.table.setItem(i, col, item)
        self._on_pick()

    def chosen(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item and item.isSelected() else None

    def _on_pick(self) -> None:
        gift_id = self.chosen()
        self.save.setEnabled(gift_id is not None)
        self.remove.setEnabled(gift_id is not None)
        if gift_id is not None:
            gift = next(g for g in gift_store.gifts(self.ctx.db, self.platform) if g.id == gift_id)
            self.name.setText(gift.name)
            self.units.setText(str(gift.units))
            self.note.setText(gift.note)

    def _run(self, action) -> None:  # noqa: ANN001
        self.error.clear_error()
        try:
            action()
        except InputError as exc:
            self.error.show_error(words.problem(exc))
            return
        self.reload()

    def _on_add(self) -> None:
        self._run(
            lambda: gift_store.add_gift(
                self.ctx.db, self.platform, self.name.text(), self.units.text(), self.note.text()
            )
        )

    def _on_save(self) -> None:
        gift_id = self.chosen()
        if gift_id is not None:
            self._run(
                lambda: gift_store.update_gift(
                    self.ctx.db, gift_id, self.name.text(), self.units.text(), self.note.text()
                )
            )

    def _on_delete(self) -> None:
        gift_id = self.chosen()
        if gift_id is not None:
            self._run(lambda: gift_store.delete_gift(self.ctx.db, gift_id))
