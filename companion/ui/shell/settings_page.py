"""Settings: home currency, reminder lead time, tray start, backups, and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core.errors import InputError
from companion.ui import words
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import FieldError, page_title

COMMON_CURRENCIES = [
    "USD",
    "EUR",
    "GBP",
    "CAD",
    "AUD",
    "JPY",
    "KRW",
    "INR",
    "BRL",
    "MXN",
    "IDR",
    "PHP",
    "TRY",
    "PLN",
    "SEK",
    "CHF",
    "KWD",
]


class SettingsPage(QWidget):
    changed = Signal(str)  # the key that was saved

    def __init__(self, ctx: AppContext, *, tray_available: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Settings")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)
        self._build_money_and_reminders(form)
        self._build_app_rows(form, tray_available)
        layout.addStretch(1)
        self._keychain_checked = False

    def _build_money_and_reminders(self, form: QFormLayout) -> None:
        settings = self.ctx.settings

        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(COMMON_CURRENCIES)
        self.currency.setCurrentText(settings.get("home_currency"))
        self.currency.setAccessibleName(self.tr("Home currency"))
        self.currency.setToolTip(self.tr("Prices and budgets are shown in this currency."))
        self.currency_error = FieldError()
        currency_edit = self.currency.lineEdit()
        assert currency_edit is not None  # editable, so it has one
        currency_edit.editingFinished.connect(self._on_currency_edited)
        self.currency.activated.connect(lambda _i: self._on_currency_edited())
        form.addRow(self.tr("Home &currency"), _stack(self.currency, self.currency_error))

        self.lead = QSpinBox()
        self.lead.setRange(0, 7 * 24 * 60)
        self.lead.setSuffix(self.tr(" min"))
        self.lead.setValue(settings.get("reminder_lead_minutes"))
        self.lead.setAccessibleName(self.tr("Default reminder lead time in minutes"))
        self.lead.valueChanged.connect(lambda v: self._save("reminder_lead_minutes", v, None))
        form.addRow(self.tr("Default &reminder before a live"), self.lead)

        from companion.ui.calendar.event_dialogs import zone_box

        self.zone = zone_box(settings.get("time_zone"))
        self.zone.setAccessibleName(self.tr("Your time zone"))
        self.zone_error = FieldError()
        zone_edit = self.zone.lineEdit()
        assert zone_edit is not None  # zone_box is editable
        zone_edit.editingFinished.connect(
            lambda: self._save("time_zone", self.zone.currentText(), self.zone_error)
        )
        self.zone.activated.connect(
            lambda _i: self._save("time_zone", self.zone.currentText(), self.zone_error)
        )
        form.addRow(self.tr("Your &time zone"), _stack(self.zone, self.zone_error))

        self.week_start = QComboBox()
        self.week_start.setAccessibleName(self.tr("First day of the week"))
        for day in range(7):  # the names in the interface language (QLocale default)
            self.week_start.addItem(QLocale().standaloneDayName(day + 1), day)
        self.week_start.setCurrentIndex(settings.get("week_starts_on"))
        self.week_start.currentIndexChanged.connect(lambda i: self._save("week_starts_on", i, None))
        form.addRow(self.tr("W&eeks start on"), self.week_start)

        from companion.ui.shell import i18n

        self.language = i18n.language_box(settings.get("language"))
        self.language_note = QLabel(i18n.restart_note())
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        self.language.currentIndexChanged.connect(self._on_language)
        form.addRow(self.tr("&Language"), _stack(self.language, self.language_note))

        self.appearance = QComboBox()
        self.appearance.setAccessibleName(self.tr("Light or dark appearance"))
        for label, value in (
            (self.tr("Same as the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.appearance.addItem(label, value)
        self.appearance.setCurrentIndex(
            max(0, self.appearance.findData(settings.get("appearance")))
        )
        self.appearance.currentIndexChanged.connect(self._on_appearance)
        form.addRow(self.tr("&Appearance"), self.appearance)

    def _on_appearance(self, _index: int) -> None:
        from companion.ui.shell import theme

        value = self.appearance.currentData()
        self._save("appearance", value, None)
        # At once, not at the next start: the fan sees what they picked.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.install(app, value)

    def _on_language(self, _index: int) -> None:
        self._save("language", self.language.currentData(), None)
        self.language_note.show()

    def _build_app_rows(self, form: QFormLayout, tray_available: bool) -> None:
        settings = self.ctx.settings

        self.start_minimised = QCheckBox(self.tr("Start minimised to the tray"))
        self.start_minimised.setChecked(settings.get("start_minimised"))
        self.start_minimised.toggled.connect(lambda v: self._save("start_minimised", v, None))
        if not tray_available:
            self.start_minimised.setEnabled(False)
            self.start_minimised.setToolTip(self.tr("This system has no tray to start in."))
        form.addRow("", self.start_minimised)

        self.clipboard_guard = QCheckBox(self.tr("&Warn me when I copy a link to a fake site"))
        self.clipboard_guard.setChecked(settings.get("clipboard_guard"))
        self.clipboard_guard.toggled.connect(lambda v: self._save("clipboard_guard", v, None))
        guard_help = QLabel(
            self.tr(
                "When you copy a link that looks like TikTok, Twitch, YouTube, PayPal or another "
                "site you pay through but is not their official page, a notification says so and "
                "why. The check runs on this computer; nothing you copy is stored or sent."
            )
        )
        guard_help.setWordWrap(True)
        form.addRow("", self.clipboard_guard)
        form.addRow("", guard_help)
        # Without a tray, closing the window asks once (background.py); the answer is kept here.
        self.keep_running = QCheckBox(self.tr("Keep reminders running after the window closes"))
        self.keep_running.setChecked(settings.get("keep_running_without_tray") or tray_available)
        self.keep_running.toggled.connect(self._on_keep_running)
        if tray_available:
            self.keep_running.setEnabled(False)
            self.keep_running.setToolTip(self.tr("The tray keeps reminders running."))
        form.addRow("", self.keep_running)

        from companion.core import autostart

        self.start_at_login = QCheckBox(self.tr("Start at lo&gin (in the tray)"))
        self.start_at_login.setChecked(autostart.is_enabled())
        self.start_at_login.toggled.connect(self._on_start_at_login)
        self.login_error = FieldError()
        form.addRow("", self.start_at_login)
        form.addRow("", self.login_error)

        self.backups = QSpinBox()
        self.backups.setRange(1, 100)
        self.backups.setValue(settings.get("backups_to_keep"))
        self.backups.setAccessibleName(self.tr("Automatic backups to keep"))
        self.backups.valueChanged.connect(lambda v: self._save("backups_to_keep", v, None))
        form.addRow(self.tr("Automatic &backups to keep"), self.backups)

        self.data_dir = QLineEdit(str(self.ctx.data_dir))
        self.data_dir.setReadOnly(True)
        self.data_dir.setAccessibleName(self.tr("Data folder"))
        open_folder = QPushButton(self.tr("&Open folder"))
        open_folder.clicked.connect(self._on_open_folder)
        row = QHBoxLayout()
        row.addWidget(self.data_dir, 1)
        row.addWidget(open_folder)
        form.addRow(self.tr("Data folder"), row)

        self.keychain = QLabel()
        self.keychain.setWordWrap(True)
        self.keychain.setMinimumWidth(420)  # a wrapped label in a form row needs room to grow
        self.keychain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Keychain"), self.keychain)

    def showEvent(self, event) -> None:  # noqa: ANN001
        # keyring's backend discovery is slow-ish: do it when the page is first looked at.
        if not self._keychain_checked:
            self._keychain_checked = True
            self.refresh_keychain()
        super().showEvent(event)

    def refresh_keychain(self) -> None:
        from companion.core.store.secrets import keychain_status

        status = keychain_status()
        if status.available:
            self.keychain.setText(
                self.tr("Available: {name}").format(name=self.tr(keychain_name(status.backend)))
            )
        else:
            self.keychain.setText(status.reason)
        # QFormLayout does not give a wrapped label the height it needs: reserve it for the
        # narrowest the label gets, so the reason is never cut.
        self.keychain.setMinimumHeight(self.keychain.heightForWidth(self.keychain.minimumWidth()))

    def _on_currency_edited(self) -> None:
        self._save("home_currency", self.currency.currentText(), self.currency_error)

    def _save(self, key: str, value: object, error: FieldError | None) -> None:
        from companion.core.budget import actions
        from companion.ui.budget import budget_flow

        now = self.ctx.clock()
        try:
            # Through the money rules: the home currency may need a rate or the passcode.
            done = budget_flow.run(
                self,
                self.ctx,
                lambda a: actions.change_setting(self.ctx.db, key, value, a, now=now),
            )
        except InputError as exc:
            if error is not None:
                error.show_error(words.problem(exc))
            return
        if done is None:
            if key == "home_currency":  # declined: show the currency that is still in force
                self.currency.setCurrentText(self.ctx.settings.get("home_currency"))
            return
        clean = done.result
        if error is not None:
            error.clear_error()
        if key == "home_currency":
            self.currency.setCurrentText(str(clean))
        self.changed.emit(key)

    def _on_keep_running(self, on: bool) -> None:
        self._save("keep_running_without_tray", on, None)
        self.ctx.settings.set("background_asked", True)  # chosen here: closing need not ask

    def _on_start_at_login(self, on: bool) -> None:
        from companion.core import autostart
        from companion.core.errors import StoreError

        try:
            autostart.set_enabled(on)
            self.login_error.clear_error()
        except StoreError as exc:
            self.login_error.show_error(str(exc))
            self.start_at_login.blockSignals(True)
            self.start_at_login.setChecked(not on)
            self.start_at_login.blockSignals(False)

    def _on_open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))


# keyring's backend classes by the names a fan knows them by (never a Python class name).
_KEYCHAINS = {
    "SecretService": str(
        QT_TRANSLATE_NOOP(
            "SettingsPage", "your desktop's keyring (Secret Service: GNOME Keyring or KWallet)"
        )
    ),
    "kwallet": str(QT_TRANSLATE_NOOP("SettingsPage", "KWallet")),
    "macOS": str(QT_TRANSLATE_NOOP("SettingsPage", "the macOS Keychain")),
    "Windows": str(QT_TRANSLATE_NOOP("SettingsPage", "the Windows Credential Manager")),
}


def keychain_name(backend: str) -> str:
    """ "keyring.backends.SecretService.Keyring" -> "your desktop's keyring (...)"."""
    for key, name in _KEYCHAINS.items():
        if key.lower() in backend.lower():
            return name
    return str(QT_TRANSLATE_NOOP("SettingsPage", "a keychain"))


def _stack(*widgets: QWidget) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for w in widgets:
        column.addWidget(w)
    return box
