"""How to read a bank's CSV, asked once in the window; remembered under the file's header so
the bank's next export imports without asking (core: statements/csvmap.py)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core.budget.statements.csvmap import MAX_SKIP, Mapping, header_of
from companion.core.errors import InputError

DELIMITERS = ((",", ","), (";", ";"), ("Tab", "\t"), ("|", "|"))
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y", "%Y/%m/%d")
COLUMNS = ("date", "payee", "amount", "debit", "credit", "memo", "currency", "id")


class CsvMappingDialog(QDialog):
    def __init__(self, data: bytes, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(self.tr("How to read {name}").format(name=name))
        intro = QLabel(
            self.tr(
                "This CSV is new to Fan Companion. Say which columns hold what; the next "
                "file with the same columns is read the same way."
            )
        )
        intro.setWordWrap(True)
        self.delimiter = QComboBox()
        for label, value in DELIMITERS:
            self.delimiter.addItem(label, value)
        first = data[:4096].split(b"\n", 1)[0]
        if first.count(b";") > first.count(b","):
            self.delimiter.setCurrentIndex(1)
        self.skip = QSpinBox()
        self.skip.setRange(0, MAX_SKIP)
        self.decimal_comma = QCheckBox(self.tr("Amounts use a decimal comma (1.234,56)"))
        self.date_format = QComboBox()
        self.date_format.setEditable(True)
        self.date_format.addItems(DATE_FORMATS)
        self.currency = QLineEdit()
        self.currency.setPlaceholderText(self.tr("e.g. EUR, when no column says"))
        self.columns = {key: QComboBox() for key in COLUMNS}
        labels = {
            "date": self.tr("Date"),
            "payee": self.tr("Payee"),
            "amount": self.tr("Amount (signed)"),
            "debit": self.tr("Money out"),
            "credit": self.tr("Money in"),
            "memo": self.tr("Memo"),
            "currency": self.tr("Currency column"),
            "id": self.tr("Transaction id"),
        }
        form = QFormLayout()
        form.addRow(self.tr("Columns separated by"), self.delimiter)
        form.addRow(self.tr("Rows before the header"), self.skip)
        form.addRow(self.tr("Date format"), self.date_format)
        form.addRow("", self.decimal_comma)
        for key, combo in self.columns.items():
            combo.setAccessibleName(labels[key])
            form.addRow(labels[key], combo)
        form.addRow(self.tr("Currency"), self.currency)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.delimiter.currentIndexChanged.connect(self._on_layout_changed)
        self.skip.valueChanged.connect(self._on_layout_changed)
        self.mapping: Mapping | None = None
        self._on_layout_changed()

    def _base(self) -> Mapping:
        return Mapping(delimiter=self.delimiter.currentData(), skip=self.skip.value())

    def _on_layout_changed(self) -> None:
        try:
            header = header_of(self.data, self._base())
        except InputError:
            header = []
        for key, combo in self.columns.items():
            combo.clear()
            combo.addItem(self.tr("—"), "")
            for h in header:
                combo.addItem(h, h)
            guess = next((h for h in header if key in h.casefold()), None)
            if guess:
                combo.setCurrentIndex(combo.findData(guess))

    def build(self) -> Mapping:
        chosen = {k: c.currentData() or "" for k, c in self.columns.items()}
        return replace(
            self._base(),
            decimal_comma=self.decimal_comma.isChecked(),
            date_format=self.date_format.currentText().strip(),
            fixed_currency=self.currency.text().strip().upper(),
            **chosen,
        ).check()

    def _on_accept(self) -> None:
        try:
            self.mapping = self.build()
        except InputError as exc:
            self.error.setText(str(exc).removeprefix("mapping: "))
            return
        self.accept()
