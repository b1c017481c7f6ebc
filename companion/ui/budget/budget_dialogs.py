"""Dialogs of the Budget page: an entry, a budget, the passcode, and setting up the lock."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.budget import budget, ledger
from companion.core.bundles import store as catalog
from companion.core.errors import InputError
from companion.core.money.money import to_major
from companion.core.store.settings import prefs
from companion.ui import words
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import FieldError


def _buttons(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    if ok_text:
        box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class EntryDialog(QDialog):
    """Log (or edit) a purchase or a gift. ``entry()`` validates and raises InputError."""

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        *,
        existing: ledger.Entry | None = None,
        prefill: dict[str, object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.setWindowTitle(
            {"purchase": self.tr("Log a purchase"), "gift": self.tr("Log a gift sent")}[kind]
        )
        p = prefs(ctx.db)
        form = QFormLayout()
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Platform"))
        for plat in catalog.platforms(ctx.db):
            self.platform.addItem(plat.name, plat.id)
        self.units = QLineEdit()
        self.units.setAccessibleName(self.tr("Units"))
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount paid"))
        self.currency = QLineEdit(p.home)
        self.currency.setMaxLength(3)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.creator = QComboBox()
        self.creator.setEditable(True)
        self.creator.addItems(ledger.creators(ctx.db))
        self.creator.setCurrentText("")
        self.creator.setAccessibleName(self.tr("Creator"))
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        local_now = ctx.clock().astimezone(p.zone)
        # PySide6 converts Python dates and times here; its stubs list only QDate and QTime.
        self.when.setDateTime(QDateTime(local_now.date(), local_now.time().replace(microsecond=0)))  # pyright: ignore[reportArgumentType]
        self.when.setAccessibleName(self.tr("Date and time"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.errors = {
            k: FieldError()
            for k in ("platform", "units", "amount", "currency", "creator", "date", "note")
        }
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("&Platform"), "platform", self.platform),
            (self.tr("&Units"), "units", self.units),
        ]
        if kind == "purchase":
            rows += [
                (self.tr("P&aid"), "amount", self.amount),
                (self.tr("&Currency"), "currency", self.currency),
            ]
        else:
            rows += [(self.tr("&Creator"), "creator", self.creator)]
        rows += [(self.tr("&When"), "date", self.when), (self.tr("&Note"), "note", self.note)]
        for label, key, widget in rows:
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        box = _buttons(self, self.tr("Save"))
        box.accepted.disconnect()
        box.accepted.connect(self._on_ok)
        layout.addWidget(box)
        self.result_entry: ledger.Entry | None = None
        if existing is not None:
            self._fill(existing)
        for key, value in (prefill or {}).items():
            self._prefill(key, value)

    def _prefill(self, key: str, value: object) -> None:
        if key == "platform":
            self.platform.setCurrentIndex(max(0, self.platform.findData(value)))
        elif key == "creator":
            self.creator.setCurrentText(str(value))
        else:
            getattr(self, key).setText(str(value))

    def _fill(self, e: ledger.Entry) -> None:
        self._prefill("platform", e.platform)
        self.units.setText(str(e.units))
        if e.amount_minor is not None and e.currency:
            self.amount.setText(str(to_major(e.amount_minor, e.currency)))
            self.currency.setText(e.currency)
        self.creator.setCurrentText(e.creator or "")
        local = e.when.astimezone(prefs(self.ctx.db).zone)
        # PySide6 converts Python dates and times here; its stubs list only QDate and QTime.
        self.when.setDateTime(QDateTime(local.date(), local.time()))  # pyright: ignore[reportArgumentType]
        self.note.setText(e.note)

    def entry(self) -> ledger.Entry:
        p = prefs(self.ctx.db)
        qdt = self.when.dateTime()
        when = datetime(
            qdt.date().year(),
            qdt.date().month(),
            qdt.date().day(),
            qdt.time().hour(),
            qdt.time().minute(),
            tzinfo=p.zone,
        )
        common = {
            "platform": self.platform.currentData(),
            "units": self.units.text(),
            "when": when,
            "now": self.ctx.clock(),
            "zone": p.zone,
            "home": p.home,
            "note": self.note.text(),
        }
        if self.kind == "purchase":
            return ledger.make_purchase(
                self.ctx.db, amount=self.amount.text(), currency=self.currency.text(), **common
            )
        return ledger.make_gift(self.ctx.db, creator=self.creator.currentText(), **common)

    def _on_ok(self) -> None:
        for e in self.errors.values():
            e.clear_error()
        try:
            self.result_entry = self.entry()
        except InputError as exc:
            field = exc.field or str(exc).partition(": ")[0]
            self.errors.get(field, self.errors["units"]).show_error(words.problem(exc))
            return
        self.accept()


class BudgetDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        *,
        existing: budget.Budget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.existing = ctx, existing
        self.setWindowTitle(self.tr("Budget"))
        home = prefs(ctx.db).home
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("What the budget covers"))
        self.scope.addItem(self.tr("All purchases"), "overall")
        for p in catalog.platforms(ctx.db):
            self.scope.addItem(
                self.tr("Purchases on {name}").format(name=p.name), f"platform:{p.id}"
            )
        for name in ledger.creators(ctx.db):
            self.scope.addItem(self.tr("Gifts to {name}").format(name=name), f"creator:{name}")
        self.creator = QLineEdit()
        self.creator.setPlaceholderText(self.tr("…or gifts to this creator"))
        self.creator.setAccessibleName(self.tr("Creator"))
        self.period = QComboBox()
        self.period.addItem(self.tr("Monthly"), "monthly")
        self.period.addItem(self.tr("Weekly"), "weekly")
        self.period.setAccessibleName(self.tr("Period"))
        self.limit = QLineEdit()
        self.limit.setAccessibleName(self.tr("Limit"))
        self.thresholds = QLineEdit("50, 80, 100")
        self.thresholds.setAccessibleName(self.tr("Alert at percents"))
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("&Covers"), self.scope)
        form.addRow("", self.creator)
        form.addRow(self.tr("&Period"), self.period)
        form.addRow(self.tr("&Limit ({cur})").format(cur=home), self.limit)
        form.addRow(self.tr("&Alerts at %"), self.thresholds)
        form.addRow("", self.error)
        if existing is not None:
            self.scope.setCurrentIndex(max(0, self.scope.findData(existing.scope)))
            self.scope.setEnabled(False)
            self.creator.setEnabled(False)
            self.period.setCurrentIndex(max(0, self.period.findData(existing.period)))
            self.period.setEnabled(False)
            self.limit.setText(str(to_major(existing.limit_minor, existing.currency)))
            self.thresholds.setText(", ".join(map(str, existing.thresholds)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def chosen_scope(self) -> str:
        if self.creator.isEnabled() and self.creator.text().strip():
            return budget.scope_for(creator=self.creator.text())
        return str(self.scope.currentData())


class PasscodeDialog(QDialog):
    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spending lock"))
        label = QLabel(reason)
        label.setWordWrap(True)
        self.passcode = QLineEdit()
        self.passcode.setEchoMode(QLineEdit.EchoMode.Password)
        self.passcode.setAccessibleName(self.tr("Passcode"))
        self.error = FieldError()
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.passcode)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Unlock")))


class LockSetupDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Turn on the spending lock"))
        text = QLabel(
            self.tr(
                "With the lock on, raising, pausing or removing a budget and saving a purchase "
                "that "
                "goes over budget need this passcode. It is kept only in your system keychain."
            )
        )
        text.setWordWrap(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for w, name in (
            (self.first, str(QT_TRANSLATE_NOOP("LockSetupDialog", "New passcode"))),
            (self.second, str(QT_TRANSLATE_NOOP("LockSetupDialog", "Passcode again"))),
        ):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.setAccessibleName(self.tr(name))
            w.setPlaceholderText(self.tr(name))
        self.error = FieldError()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.first)
        layout.addWidget(self.second)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Turn on")))
