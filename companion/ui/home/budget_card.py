"""Home's card for one budget: a bar in its state's colour, the figures and the projection."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
)

from companion.core import home
from companion.core.budget import budget
from companion.core.money.money import format_money
from companion.ui import dates, style, words

STATE_WORDS = {
    home.OK: str(QT_TRANSLATE_NOOP("BudgetCard", "On track")),
    home.NEAR: str(QT_TRANSLATE_NOOP("BudgetCard", "Near the limit")),
    home.OVER: str(QT_TRANSLATE_NOOP("BudgetCard", "Over budget")),
    home.PAUSED: str(QT_TRANSLATE_NOOP("BudgetCard", "Paused")),
}


class BudgetCard(QFrame):
    """One budget: a bar in its state's colour, spent / limit / left and the projection."""

    def __init__(self, s: budget.Status, now: datetime) -> None:
        super().__init__()
        self.status = s
        self.state = home.budget_state(s)
        self.setObjectName("budget-card")
        self.setStyleSheet(
            "#budget-card { border: 1px solid palette(midlight);"
            f" border-radius: {style.RADIUS}px; }}"
        )
        cur, b = s.budget.currency, s.budget
        column = QVBoxLayout(self)
        column.setContentsMargins(*(style.CARD_PAD,) * 4)
        top = QHBoxLayout()
        name = QLabel(f"<b>{escape(b.label)}</b> · {words.period(b.period)}")
        name.setTextFormat(Qt.TextFormat.RichText)
        name.setWordWrap(True)
        # Cards share a row evenly whatever the length of their names.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(name, 1)
        self.state_label = QLabel(self.tr(STATE_WORDS[self.state]))
        self.state_label.setStyleSheet(
            f"color: {style.tone(self.state, self).fg};"
            + (" font-weight: bold;" if self.state == home.OVER else "")
        )
        top.addWidget(self.state_label)
        column.addLayout(top)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(int(min(s.percent, 100)))
        # The percent is in the words below: text drawn over a coloured chunk loses contrast.
        self.bar.setTextVisible(False)
        self.bar.setStyleSheet(style.bar_css(self.state, self))
        self.bar.setAccessibleName(
            self.tr("{label}: {pct}% used").format(label=b.label, pct=s.percent)
        )
        column.addWidget(self.bar)
        self.figures = QLabel(
            self.tr("{pct}% · {spent} of {limit} · {left} left").format(
                pct=s.percent,
                spent=_money(s.spent, cur),
                limit=_money(b.limit_minor, cur),
                left=_money(max(0, s.remaining), cur),
            )
            if s.remaining >= 0
            else self.tr("{pct}% · {spent} of {limit} · {over} over").format(
                pct=s.percent,
                spent=_money(s.spent, cur),
                limit=_money(b.limit_minor, cur),
                over=_money(-s.remaining, cur),
            )
        )
        self.figures.setWordWrap(True)
        column.addWidget(self.figures)
        last_day = s.period_end - timedelta(days=1)
        self.projection = QLabel(
            self.tr("About {projected} by {day} at this pace").format(
                projected=_money(s.projected, cur), day=dates.day_month(last_day)
            )
        )
        self.projection.setWordWrap(True)
        style.themed_css(self.projection, style.secondary_css)
        if s.planned:
            self.projection.setToolTip(
                self.tr("Includes {planned} planned for upcoming lives").format(
                    planned=_money(s.planned, cur)
                )
            )
        column.addWidget(self.projection)


def _money(minor: int, currency: str) -> str:
    """An amount kept in one piece inside right-to-left text (a Unicode isolate): "$0.01" in
    an English sentence on an Arabic desktop otherwise splits into "0.01 $"."""
    text = format_money(minor, currency)
    return f"\u2066{text}\u2069" if QApplication.isRightToLeft() else text


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
