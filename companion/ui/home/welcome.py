"""The first-run welcome: currency, time zone, platforms, an optional budget, the lock in words.

Shown once (``welcome_shown``), skippable, and re-opened from Help. The home currency and the
first budget go through the money rules (:mod:`companion.core.budget.actions` via
:func:`companion.ui.budget.budget_flow.run`), which may ask for a rate or the passcode.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.core.budget import actions
from companion.core.bundles import store as catalog
from companion.core.errors import InputError
from companion.core.home import platforms_used
from companion.ui import words
from companion.ui.budget import budget_flow
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import FieldError, page_title


class WelcomeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.added_creators: list[str] = []
        self.setWindowTitle(self.tr("Welcome"))
        settings = ctx.settings
        # The questions scroll when the screen is short (2x scale on a laptop) rather than
        # being squeezed until the check boxes overlap; the buttons always stay in view.
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(page_title(self.tr("Welcome to Fan Companion")))
        intro = QLabel(
            self.tr(
                "A few questions so the figures are in your money and your time. Everything "
                "here can be changed later in Settings, and you can skip it."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)

        column.addLayout(self._build_form())

        self.lock_text = QLabel(self._lock_words())
        self.lock_text.setWordWrap(True)
        self.lock_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.lock_text)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("S&kip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        for b in (self.save_button, self.skip_button):
            b.setAutoDefault(False)  # Enter in the link field adds the creator, not "Start"
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self._fit(content, buttons)
        # Shown once, whichever way it is left: a skipped welcome does not come back uninvited.
        settings.set("welcome_shown", True)

    def _fit(self, content: QWidget, buttons: QWidget) -> None:
        """As big as the questions need, never bigger than the screen."""
        width = max(content.sizeHint().width(), self.fontMetrics().averageCharWidth() * 80)
        layout = content.layout()
        assert layout is not None  # the questions are laid out before they are fitted
        height = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
        height = max(height, content.sizeHint().height()) + buttons.sizeHint().height() + 40
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width + 40, room.width()), min(height, room.height() - 40)
        self.resize(width, height)

    def _build_form(self) -> QFormLayout:
        ctx, settings = self.ctx, self.ctx.settings
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        from companion.ui.shell.settings_page import COMMON_CURRENCIES

        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(COMMON_CURRENCIES)
        self.currency.setCurrentText(settings.get("home_currency"))
        self.currency.setAccessibleName(self.tr("Home currency"))
        self.currency_error = FieldError()
        form.addRow(self.tr("You pay in"), self.currency)
        form.addRow("", self.currency_error)

        from companion.ui.calendar.event_dialogs import zone_box

        self.zone = zone_box(settings.get("time_zone"))
        self.zone.setAccessibleName(self.tr("Your time zone"))
        self.zone_error = FieldError()
        form.addRow(self.tr("Your time zone"), self.zone)
        form.addRow("", self.zone_error)

        from companion.ui.shell import i18n

        self.language = i18n.language_box(settings.get("language"))
        self._language_before = self.language.currentData()
        self.language_note = QLabel(i18n.restart_note())
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(
                self.language.currentData() != self._language_before
            )
        )
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)

        chosen = set(platforms_used(settings.get("platforms_used")))
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.platforms: dict[str, QCheckBox] = {}
        for i, p in enumerate(catalog.platforms(ctx.db)):
            check = QCheckBox(p.name)
            check.setChecked(p.id in chosen)
            self.platforms[p.id] = check
            grid.addWidget(check, i // 3, i % 3)
        form.addRow(self.tr("Platforms you use"), box)

        self._add_creator_rows(form)

        from companion.core.budget import budget
        from companion.core.money.money import to_major

        existing = budget.find(ctx.db, "overall", "monthly")
        self._budget_before = (
            str(to_major(existing.limit_minor, existing.currency)) if existing else ""
        )
        self.budget = QLineEdit(self._budget_before)
        self.budget.setPlaceholderText(self.tr("optional, e.g. 40"))
        self.budget.setAccessibleName(self.tr("Monthly budget, optional"))
        self.budget_error = FieldError()
        form.addRow(self.tr("Monthly budget"), self.budget)
        form.addRow("", self.budget_error)
        return form

    def _add_creator_rows(self, form: QFormLayout) -> None:
        self.creator_url = QLineEdit()
        self.creator_url.setPlaceholderText(
            self.tr("Paste a profile link, e.g. https://www.twitch.tv/name")
        )
        self.creator_url.setAccessibleName(self.tr("Favourite creator's profile link"))
        self.creator_url.returnPressed.connect(self._on_add_creator)
        self.add_creator_button = QPushButton(self.tr("&Add"))
        self.add_creator_button.setAutoDefault(False)
        self.add_creator_button.clicked.connect(self._on_add_creator)
        line = QHBoxLayout()
        line.addWidget(self.creator_url, 1)
        line.addWidget(self.add_creator_button)
        self.creator_error = FieldError()
        self.added = QLabel()
        self.added.setWordWrap(True)
        self.added.hide()
        form.addRow(self.tr("Favourite creators"), line)
        form.addRow("", self.creator_error)
        form.addRow("", self.added)

    def _lock_words(self) -> str:
        from companion.core.store.secrets import keychain_status

        status = keychain_status()
        base = self.tr(
            "The spending lock (on the Budget page) asks for a passcode before a budget is "
            "raised or the lock turned off. The passcode is kept in your system's keychain, "
            "never in Fan Companion's own files."
        )
        if status.available:
            return base + " " + self.tr("A keychain is available on this computer.")
        return (
            base
            + " "
            + self.tr(
                "No keychain is available on this computer, so the lock stays off until one "
                "is set up (on Linux: GNOME Keyring or KWallet)."
            )
        )

    def _on_add_creator(self) -> None:
        """Platform and handle from the link, on the platform's official domain only."""
        from companion.core.calendar import creators
        from companion.core.home import profile_from_url

        self.creator_error.clear_error()
        try:
            found = profile_from_url(self.creator_url.text())
            zone = self.zone.currentText().strip() or self.ctx.settings.get("time_zone")
            if creators.find_creator(self.ctx.db, found.handle) is None:
                creators.save_creator(
                    self.ctx.db,
                    name=found.handle,
                    zone=zone,
                    platform=found.platform,
                    handle=found.handle,
                    profile_url=found.url,
                    favourite=True,
                    now=self.ctx.clock(),
                )
        except InputError as exc:
            self.creator_error.show_error(words.problem(exc))
            return
        self.added_creators.append(f"{found.handle} ({found.platform})")
        self.added.setText(self.tr("Added: {names}").format(names=", ".join(self.added_creators)))
        self.added.show()
        self.creator_url.clear()

    def _on_save(self) -> None:
        for error in (self.currency_error, self.zone_error, self.budget_error):
            error.clear_error()
        db, now = self.ctx.db, self.ctx.clock()
        for key, value, error in (
            ("home_currency", self.currency.currentText(), self.currency_error),
            ("time_zone", self.zone.currentText(), self.zone_error),
        ):
            try:
                done = budget_flow.run(
                    self,
                    self.ctx,
                    lambda a, k=key, v=value: actions.change_setting(db, k, v, a, now=now),
                )
            except InputError as exc:
                error.show_error(words.problem(exc))
                return
            if done is None:  # declined a question (a rate, the passcode): stay here
                return
        self.ctx.settings.set("language", self.language.currentData())
        self.ctx.settings.set(
            "platforms_used", ",".join(pid for pid, c in self.platforms.items() if c.isChecked())
        )
        limit = self.budget.text().strip()
        if limit and limit != self._budget_before:
            try:
                done = budget_flow.run(
                    self,
                    self.ctx,
                    lambda a: actions.set_budget(db, "overall", "monthly", limit, a, now=now),
                )
            except InputError as exc:
                self.budget_error.show_error(words.problem(exc))
                return
            if done is None:
                return
        self.accept()
