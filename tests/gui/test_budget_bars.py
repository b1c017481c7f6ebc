"""The Budget page at a glance: a bar per budget, a banner that follows the numbers, and the
over state told apart from news."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel, QProgressBar

from companion.core import home
from companion.core.budget import budget, ledger
from companion.ui import style
from companion.ui.budget.budget_page import B_PERCENT, BudgetPage

UTC = ZoneInfo("UTC")


@pytest.fixture
def page(qtbot, ctx) -> BudgetPage:
    ctx.settings.set("time_zone", "UTC")
    widget = BudgetPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _spend(ctx, amount: str) -> ledger.Entry:
    entry = ledger.make_purchase(
        ctx.db,
        platform="tiktok",
        units=100,
        amount=amount,
        currency="USD",
        when=ctx.clock() - timedelta(hours=1),
        now=ctx.clock(),
        zone=UTC,
        home="USD",
    )
    return ledger.add(ctx.db, entry)


def _bar(page: BudgetPage, row: int) -> tuple[QProgressBar, QLabel]:
    cell = page.budget_table.cellWidget(row, B_PERCENT)
    return cell.findChild(QProgressBar), cell.findChild(QLabel)


def test_each_budget_has_a_bar_with_the_percent_beside_it(page, ctx) -> None:
    budget.set_budget(ctx.db, "overall", "monthly", "40", "USD", now=ctx.clock())
    budget.set_budget(ctx.db, "platform:tiktok", "weekly", "5", "USD", now=ctx.clock())
    _spend(ctx, "10.00")
    page.reload()
    overall, tiktok = _bar(page, 0), _bar(page, 1)
    assert (overall[0].value(), overall[1].text()) == (25, "25.0%")
    assert (tiktok[0].value(), tiktok[1].text()) == (100, "200.0%")  # the bar stops full
    assert page.budget_table.item(1, B_PERCENT).text() == "200.0%"  # for screen readers


def test_the_banner_follows_the_numbers_and_clears(page, ctx) -> None:
    budget.set_budget(ctx.db, "overall", "monthly", "10", "USD", now=ctx.clock())
    entry = _spend(ctx, "8.00")
    page.reload()
    assert not page.alert_banner.isHidden()
    assert page.banner_state == home.NEAR
    assert "80.0% used — past 80%" in page.alert_banner.text()
    more = _spend(ctx, "2.01")
    page.reload()
    assert page.banner_state == home.OVER
    assert "100.1% used — $0.01 over the limit" in page.alert_banner.text()
    ledger.delete(ctx.db, more.id)
    ledger.delete(ctx.db, entry.id)
    page.reload()
    assert page.alert_banner.isHidden()


def test_exactly_at_the_limit_is_not_shown_as_over(page, ctx) -> None:
    budget.set_budget(ctx.db, "overall", "monthly", "10", "USD", now=ctx.clock())
    _spend(ctx, "10.00")
    page.reload()
    assert page.banner_state == home.NEAR
    assert "past 100%" in page.alert_banner.text()


def test_over_looks_different_from_near(page, ctx) -> None:
    near = style.banner_css("x", home.NEAR, page)
    over = style.banner_css("x", home.OVER, page)
    assert near != over
    assert "bold" in over and "bold" not in near
    budget.set_budget(ctx.db, "overall", "monthly", "10", "USD", now=ctx.clock())
    _spend(ctx, "10.01")
    page.reload()
    assert page.alert_banner.styleSheet() == style.banner_css("budget-alerts", home.OVER, page)


def test_a_mark_passed_on_track_is_news_not_a_warning(page, ctx) -> None:
    budget.set_budget(ctx.db, "overall", "monthly", "100", "USD", now=ctx.clock())
    _spend(ctx, "50.00")  # 50 % on the 25th: on pace for less than the limit
    page.reload()
    assert page.banner_state == "info"
    assert "past 50%" in page.alert_banner.text()
