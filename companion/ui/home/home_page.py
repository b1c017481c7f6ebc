"""Home: next lives with a countdown, budgets at a glance, wallets, alerts and quick actions.

Every figure comes from :mod:`companion.core.home` and the capabilities' own queries; the page
only lays them out. Buttons that lead elsewhere emit :attr:`HomePage.navigate` with a page key
and an action, and the window switches to that page and opens the right dialog.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.core import home
from companion.core.budget import budget
from companion.core.money.money import format_number
from companion.core.store.settings import Settings
from companion.ui import dates, style, words
from companion.ui.home.budget_card import BudgetCard, escape
from companion.ui.home.countdown import countdown, next_change
from companion.ui.shell import first_paint
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import EmptyState, page_title, section_title

MAX_SLEEP_MS = 60 * 60 * 1000  # re-read the clock at least hourly (suspend, clock changes)

# Page keys and actions the window knows how to open (MainWindow.open_action).
LOG_PURCHASE = ("budget", "log_purchase")
ADD_BUDGET = ("budget", "add_budget")
PLAN = ("bundles", "plan")
CHECK_LINK = ("links", "check")
ADD_EVENT = ("calendar", "add_event")
CREATORS = ("calendar", "add_creator")
SHOW_BUDGET = ("budget", "")
SHOW_CALENDAR = ("calendar", "")


class Card(QFrame):
    """A titled, rounded box on the palette's base colour."""

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        style.themed_css(self, lambda: style.card_css(object_name))
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(*(style.CARD_PAD,) * 4)
        self.column.setSpacing(style.GAP)
        self.header = QHBoxLayout()
        self.title = section_title(title)
        self.header.addWidget(self.title, 1)
        self.column.addLayout(self.header)
        self.body = QVBoxLayout()
        self.body.setSpacing(style.GAP)
        self.column.addLayout(self.body)
        self.column.addStretch(1)  # a short card beside a tall one keeps its title on top

    def add_header_button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.header.addWidget(button)
        return button

    def clear(self) -> None:
        _clear_layout(self.body)


def _clear_layout(layout) -> None:  # noqa: ANN001 - QLayout
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear_layout(item.layout())


class HomePage(QWidget):
    navigate = Signal(str, str)  # page key, action ("" just shows the page)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._shown_before = False
        self._countdowns: list[tuple[QLabel, datetime, datetime]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        column = QVBoxLayout(content)
        column.setSpacing(style.SECTION)

        top = QHBoxLayout()
        top.addWidget(page_title(self.tr("Home")))
        top.addStretch(1)
        self.today = QLabel(content)
        style.themed_css(self.today, style.secondary_css)
        top.addWidget(self.today)
        column.addLayout(top)
        column.addLayout(self._build_quick_actions())

        self.lives = Card(self.tr("Next lives"), "home-lives", content)
        self.add_creator_button = self.lives.add_header_button(
            self.tr("Add a creator…"), lambda: self.navigate.emit(*CREATORS)
        )
        self.add_live_button = self.lives.add_header_button(
            self.tr("Add a live…"), lambda: self.navigate.emit(*ADD_EVENT)
        )
        column.addWidget(self.lives)
        self.budgets = Card(self.tr("Budgets"), "home-budgets", content)
        # Both always there, so a second budget is as few steps away as the first.
        self.add_budget_button = self.budgets.add_header_button(
            self.tr("Add a budget…"), lambda: self.navigate.emit(*ADD_BUDGET)
        )
        self.budgets.add_header_button(
            self.tr("Open Budget"), lambda: self.navigate.emit(*SHOW_BUDGET)
        )
        column.addWidget(self.budgets)
        self._pair = row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(style.SECTION)
        self.wallets = Card(self.tr("Wallets"), "home-wallets", content)
        self.alerts = Card(self.tr("Latest alerts"), "home-alerts", content)
        row.addWidget(self.wallets, 1)
        row.addWidget(self.alerts, 1)
        column.addLayout(row)
        column.addStretch(1)

        self._ticker = QTimer(self)  # sleeps until the next countdown's words change
        self._ticker.setSingleShot(True)
        self._ticker.timeout.connect(self._tick)
        self.reload()
        first_paint.later(self._follow_visibility)

    def _build_quick_actions(self) -> QBoxLayout:
        self._actions_row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(style.GAP)
        self.log_button = QPushButton(self.tr("&Log a purchase…"))
        self.plan_button = QPushButton(self.tr("Fi&nd the cheapest way…"))
        self.check_button = QPushButton(self.tr("Check a lin&k…"))
        for button, target in (
            (self.log_button, LOG_PURCHASE),
            (self.plan_button, PLAN),
            (self.check_button, CHECK_LINK),
        ):
            button.clicked.connect(lambda _=False, t=target: self.navigate.emit(*t))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        return row

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        # The zone and the week only, not prefs(): the home currency's default (from the
        # system's territory, Babel's global data) is not shown here.
        settings = Settings(self.ctx.db)
        zone = ZoneInfo(settings.get("time_zone"))
        now = self.ctx.clock()
        self.today.setText(dates.long_day(now.astimezone(zone)))
        self._fill_lives(now, zone)
        self._fill_budgets(
            budget.statuses(
                self.ctx.db, now=now, zone=zone, week_start=settings.get("week_starts_on")
            )
        )
        self._fill_wallets()
        self._fill_alerts(zone)

    def _fill_lives(self, now: datetime, zone) -> None:  # noqa: ANN001 - ZoneInfo
        self.lives.clear()
        self._countdowns = []
        lives = home.next_lives(self.ctx.db, now, zone)
        # With no lives the empty state offers the same two buttons, larger.
        self.add_live_button.setVisible(bool(lives))
        self.add_creator_button.setVisible(bool(lives))
        if not lives:
            self.lives.body.addWidget(
                EmptyState(
                    self.tr("No lives in the next two weeks"),
                    self.tr(
                        "Add your favourite creators and when they go live; their next "
                        "streams show here with a countdown and a reminder."
                    ),
                    [
                        (self.tr("Add a creator…"), lambda: self.navigate.emit(*CREATORS)),
                        (self.tr("Add a live…"), lambda: self.navigate.emit(*ADD_EVENT)),
                    ],
                )
            )
            return
        # Two lines a live (what; when and how long to go) and the button: fits a narrow window.
        grid = QGridLayout()
        grid.setHorizontalSpacing(style.SECTION)
        grid.setVerticalSpacing(style.GAP)
        grid.setColumnStretch(0, 1)
        for i, item in enumerate(lives):
            occ, who = item.occurrence, item.creator
            when = QLabel(
                dates.short_day(occ.start.astimezone(zone))
                if occ.all_day
                else dates.short_day_time(occ.start.astimezone(zone)),
                self.lives,  # styled below: made where it ends up, not moved there after
            )
            what = QLabel(
                f"<b>{escape(occ.title)}</b>"
                + (f" · {escape(who.name)}" if who is not None else "")
            )
            what.setTextFormat(Qt.TextFormat.RichText)
            what.setWordWrap(True)
            style.themed_css(when, style.secondary_css)
            left = QLabel()
            left.setObjectName("countdown")
            text = QVBoxLayout()
            text.setSpacing(0)
            text.addWidget(what)
            line = QHBoxLayout()
            line.setSpacing(style.SECTION)
            line.addWidget(when)
            line.addWidget(left)
            line.addStretch(1)
            text.addLayout(line)
            self._countdowns.append((left, occ.start, occ.end))
            button = QPushButton(self.tr("Open stream…"))
            button.setAccessibleName(
                self.tr("Open {name}'s stream").format(name=who.name if who else occ.title)
            )
            url = who.profile_url if who is not None else ""
            button.setEnabled(bool(url))
            if not url:
                button.setToolTip(self.tr("Add the creator's profile link to open it from here."))
            button.clicked.connect(lambda _=False, u=url: self.open_stream(u))
            grid.addLayout(text, i, 0)
            grid.addWidget(button, i, 1)
        self.lives.body.addLayout(grid)
        self._tick()

    def _tick(self) -> None:
        now = self.ctx.clock()
        for label, start, end in self._countdowns:
            text = countdown(start, end, now)
            label.setText(text)
            live = start <= now < end
            css = f"color: {style.tone('ok', self).fg}; font-weight: bold;" if live else ""
            # Even an empty sheet, set again, restyles the label (the card above it has one):
            # on every tick, and for each live on the first page.
            if label.styleSheet() != css:
                label.setStyleSheet(css)
        changes = [c for c in (next_change(s, e, now) for _, s, e in self._countdowns) if c]
        self._ticker.stop()
        if changes and self.isVisible():
            wait = (min(changes) - now).total_seconds() * 1000
            self._ticker.start(int(max(1000, min(wait, MAX_SLEEP_MS))))

    def open_stream(self, url: str) -> bool:
        """Through the link checker: the fan sees where it really goes before it opens."""
        from companion.ui.links.links_flow import open_checked

        return bool(url) and open_checked(self, url)

    def _fill_budgets(self, statuses: list[budget.Status]) -> None:
        self.budgets.clear()
        self.add_budget_button.setVisible(bool(statuses))
        self.budget_cards: list[BudgetCard] = []
        self._budget_columns = 0
        if not statuses:
            self.budgets.body.addWidget(
                EmptyState(
                    self.tr("No budget yet"),
                    self.tr(
                        "Set a weekly or monthly limit, overall or per platform or creator, "
                        "and see here how far along you are."
                    ),
                    [(self.tr("Add a budget…"), lambda: self.navigate.emit(*ADD_BUDGET))],
                )
            )
            return
        self._budget_grid = QGridLayout()
        self._budget_grid.setSpacing(style.SECTION)
        self._budget_columns = 0
        for s in statuses:
            self.budget_cards.append(BudgetCard(s, self.ctx.clock()))
        self.budgets.body.addLayout(self._budget_grid)
        self._flow_budgets()

    def _narrow(self) -> bool:
        return self.width() < 80 * self.fontMetrics().averageCharWidth()

    def _flow_budgets(self) -> None:
        """Two cards a row where there is room, one on a narrow window (or at 2x scale)."""
        columns = 1 if self._narrow() else 2
        if columns == self._budget_columns or not self.budget_cards:
            return
        self._budget_columns = columns
        for card in self.budget_cards:
            self._budget_grid.removeWidget(card)
        for i, card in enumerate(self.budget_cards):
            self._budget_grid.addWidget(card, i // columns, i % columns)
        for c in range(2):
            self._budget_grid.setColumnStretch(c, 1 if c < columns else 0)

    def fit(self) -> None:
        """Lay out for the page's width: side by side, or stacked when narrow."""
        self._flow_budgets()
        direction = (
            QBoxLayout.Direction.TopToBottom if self._narrow() else QBoxLayout.Direction.LeftToRight
        )
        self._actions_row.setDirection(direction)
        self._pair.setDirection(direction)

    def _fill_wallets(self) -> None:
        self.wallets.clear()
        used = home.platforms_used(self.ctx.settings.get("platforms_used"))
        lines = home.wallet_lines(self.ctx.db, used)
        if not lines:
            self.wallets.body.addWidget(
                EmptyState(
                    self.tr("Nothing bought yet"),
                    self.tr("Log what you buy and send; each platform's balance shows here."),
                    [(self.tr("Log a purchase…"), lambda: self.navigate.emit(*LOG_PURCHASE))],
                )
            )
            return
        for w in lines:
            row = QHBoxLayout()
            row.addWidget(QLabel(w.name), 1)
            figure = QLabel(f"{format_number(w.balance)} {w.unit}".strip())
            if w.balance < 0:
                figure.setStyleSheet(f"color: {style.tone('over', self).fg};")
                figure.setToolTip(self.tr("More sent than logged as bought"))
            row.addWidget(figure)
            self.wallets.body.addLayout(row)

    def _fill_alerts(self, zone) -> None:  # noqa: ANN001 - ZoneInfo
        self.alerts.clear()
        alerts = home.latest_alerts(self.ctx.db)
        if not alerts:
            text = QLabel(
                self.tr("No alerts. When a budget passes one of its marks, it is noted here."),
                self.alerts,
            )
            text.setWordWrap(True)
            style.themed_css(text, style.secondary_css)
            self.alerts.body.addWidget(text)
            return
        for a in alerts:
            label = QLabel(
                self.tr("{when} · {label}, {period}: passed {mark}%").format(
                    when=dates.day_month_time(a.fired_at.astimezone(zone)),
                    label=a.label,
                    period=words.period(a.period),
                    mark=a.threshold,
                )
            )
            label.setWordWrap(True)
            self.alerts.body.addWidget(label)

    # -- visibility ------------------------------------------------------------------------
    def _follow_visibility(self) -> None:
        first_paint.Watch(self, resized=self.fit, shown=self._shown, hidden=self._hidden)
        if self.isVisible():  # shown before anything watched: the first page of a start
            self._shown_before = True
            self.fit()
            self._tick()

    def _shown(self) -> None:
        if self._shown_before:
            self.reload()
        self._shown_before = True
        self._tick()

    def _hidden(self) -> None:
        self._ticker.stop()  # no wake-ups while nobody looks
