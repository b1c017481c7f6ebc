"""How the Budget page draws its figures: the alert banner, the wallets line and the bar beside
each budget's percentage."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from companion.core import home
from companion.core.budget import budget, ledger
from companion.core.bundles import store as catalog
from companion.core.money.money import format_money, format_number
from companion.ui import style, words
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import announce


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class BudgetRendering(QWidget):
    """Mixed into the Budget page, which builds these widgets."""

    ctx: AppContext
    alert_banner: QLabel
    banner_state: str
    wallets: QLabel

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
                period=words.period(s.budget.period),
                pct=s.percent,
                amount=format_money(-s.remaining, s.budget.currency),
            )
            for s in over
        ] + [
            self.tr("<b>{label}</b> ({period}): {pct}% used — past {mark}%").format(
                label=_escape(s.budget.label),
                period=words.period(s.budget.period),
                pct=s.percent,
                mark=s.thresholds_crossed[-1],
            )
            for s in crossed
        ]
        # Tone of the worst news: past a limit, near one, or just a mark passed on the way.
        near = any(home.budget_state(s) == home.NEAR for s in crossed)
        self.banner_state = home.OVER if over else home.NEAR if near else "info" if crossed else ""
        self.alert_banner.setVisible(bool(lines))
        text = "<br>".join(lines)
        if lines and text != self.alert_banner.text():  # said once, not on every reload
            from PySide6.QtGui import QTextDocumentFragment

            plain = QTextDocumentFragment.fromHtml(text.replace("<br>", ". ")).toPlainText()
            announce(self.alert_banner, plain, urgent=bool(over))
        self.alert_banner.setText(text)
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
                        n=format_number(-w.balance),
                        unit=unit,
                        colour=style.tone("over", self).fg,
                    )
                )
            else:
                parts.append(f"{name}: {format_number(w.balance)} {unit}")
        if parts:
            text = self.tr("<b>Wallets</b> — {wallets}").format(wallets=" · ".join(parts))
        else:
            text = self.tr(
                "<b>Wallets</b> — nothing logged yet. Log a purchase, or use “I bought this” "
                "on the Bundles page."
            )
        self.wallets.setText(text)

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
