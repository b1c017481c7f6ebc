"""The Bundles page: a checked table model, sorting, filtering, the cheapest-way panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from companion.core.bundles import gifts as gift_store
from companion.core.bundles import store
from companion.ui.bundles.bundles_model import COL_PER_100, COL_PLATFORM, COL_UNITS, ROW_ROLE
from companion.ui.bundles.bundles_page import BundlesPage


@pytest.fixture
def page(qtbot, ctx) -> BundlesPage:
    widget = BundlesPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def visible(page: BundlesPage) -> list:
    proxy = page.proxy
    return [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]


def test_the_model_passes_qt_model_checks(qtmodeltester, page) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_opens_sorted_by_price_per_100(page) -> None:
    rows = visible(page)
    per_unit = [v.price.minor / v.bundle.total_units for v in rows]
    assert per_unit == sorted(per_unit)
    assert rows[0].bundle.platform == "tiktok" and rows[0].bundle.channel == "web"


def test_clicking_a_header_sorts_by_that_column(qtbot, page) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_UNITS) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    units = [v.bundle.total_units for v in visible(page)]
    assert units in (sorted(units), sorted(units, reverse=True))
    page.table.sortByColumn(COL_PLATFORM, Qt.SortOrder.DescendingOrder)
    names = [v.platform.name for v in visible(page)]
    assert names == sorted(names, reverse=True)


def test_filters_and_search(qtbot, page) -> None:
    page.platform_filter.setCurrentIndex(page.platform_filter.findData("tiktok"))
    assert {v.bundle.platform for v in visible(page)} == {"tiktok"}
    page.channel_filter.setCurrentIndex(page.channel_filter.findData("ios"))
    assert {v.bundle.channel for v in visible(page)} == {"ios"}
    page.platform_filter.setCurrentIndex(0)
    page.channel_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "bonus")
    assert visible(page)
    assert {v.bundle.platform for v in visible(page)} == {"facebook"}


def test_best_value_is_marked(page) -> None:
    best = [v for v in visible(page) if v.best]
    assert {(v.bundle.platform, v.bundle.channel, v.bundle.units) for v in best} >= {
        ("tiktok", "web", 70),
        ("twitch", "web", 25000),
    }
    index = page.proxy.index(0, 1)
    assert index.data().startswith("★")


def test_cheapest_way_panel(qtbot, page) -> None:
    panel = page.plan_panel
    panel.platform.setCurrentIndex(panel.platform.findData("twitch"))
    panel.amount.setValue(1000)
    with qtbot.waitSignal(panel.planned) as signal:
        qtbot.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    result = signal.args[0]
    assert result.basket.total_price == 1400
    assert "2 purchases of 500 Bits on the web, $14.00 ($7.00 each)" in panel.result.text()
    assert not panel.store_button.isHidden()


def test_the_plan_offers_the_official_store_through_the_checker(qtbot, page, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(
        "companion.ui.links.links_flow.open_checked", lambda parent, url: opened.append(url)
    )
    panel = page.plan_panel
    panel.platform.setCurrentIndex(panel.platform.findData("tiktok"))
    panel.amount.setValue(70)
    panel.run()
    panel.store_button.click()
    assert opened == ["https://www.tiktok.com/coin"]


def test_cheapest_way_for_gifts_and_empty_platforms(qtbot, page) -> None:
    panel = page.plan_panel
    panel.platform.setCurrentIndex(panel.platform.findData("tiktok"))
    panel.by_gift.setChecked(True)
    panel.gift.setCurrentIndex(panel.gift.findData("Lion"))
    panel.amount.setValue(10)
    assert panel.run().target_units == 299_990
    panel.platform.setCurrentIndex(panel.platform.findData("telegram"))
    assert not panel.by_gift.isEnabled()
    assert panel.run() is None
    assert "no Stars bundles" in panel.error.text()


def test_give_comparison(page) -> None:
    costs = page.give_panel.run()
    assert page.give_panel.table.rowCount() == len(costs) == 7
    assert page.give_panel.table.item(1, 2).text() == "$14.00"  # Twitch, 1,000 Bits


def test_adding_a_bundle_shows_errors_beside_the_field(qtbot, page, ctx) -> None:
    from companion.ui.bundles.bundle_dialogs import BundleDialog

    dialog = BundleDialog(ctx, platform="kick", parent=page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.units, "100")
    qtbot.keyClicks(dialog.price, "1.999")
    dialog._on_save()
    assert not dialog.errors["price"].isHidden()
    assert "at most 2 decimal" in dialog.errors["price"].text()
    assert store.bundles(ctx.db, today=ctx.clock().date(), platform="kick") == []
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "1.99")
    dialog._on_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.reload()
    assert any(v.bundle.platform == "kick" for v in visible(page))


def test_per_100_header_names_the_home_currency(page) -> None:
    assert page.model.headerData(COL_PER_100, Qt.Orientation.Horizontal) == "Per 100 (USD)"


def test_i_bought_this_logs_the_bundle_as_a_purchase(qtbot, page, ctx, monkeypatch) -> None:
    from companion.core.budget import ledger
    from companion.ui.budget.budget_dialogs import EntryDialog

    seen: list[tuple[str, str, str]] = []

    def accept_prefilled(dialog: EntryDialog) -> int:
        seen.append((dialog.platform.currentData(), dialog.units.text(), dialog.amount.text()))
        dialog._on_ok()
        return dialog.result()

    monkeypatch.setattr(EntryDialog, "exec", accept_prefilled)
    page.platform_filter.setCurrentIndex(page.platform_filter.findData("twitch"))
    page.table.selectRow(0)
    chosen = page.selected()
    page.bought_button.click()
    from companion.core.money.money import to_major

    price = str(to_major(chosen.bundle.price_minor, chosen.bundle.currency))
    assert seen == [("twitch", str(chosen.bundle.total_units), price)]
    entries = ledger.entries(ctx.db)
    assert [(e.platform, e.units, e.amount_minor) for e in entries] == [
        ("twitch", chosen.bundle.total_units, chosen.bundle.price_minor)
    ]


def test_gifts_can_be_added_corrected_and_deleted(qtbot, ctx) -> None:
    from companion.ui.bundles.bundle_dialogs import GiftsDialog

    dialog = GiftsDialog(ctx, "tiktok")
    qtbot.addWidget(dialog)
    shipped = dialog.table.rowCount()
    qtbot.keyClicks(dialog.name, "Galaxy")
    qtbot.keyClicks(dialog.units, "1000")
    dialog._on_add()
    assert dialog.table.rowCount() == shipped + 1
    assert gift_store.find_gift(ctx.db, "tiktok", "galaxy").units == 1000
    dialog.units.setText("0")
    dialog._on_add()
    assert "must be >= 1" in dialog.error.text()
    lion_row = next(
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "Lion"
    )
    dialog.table.selectRow(lion_row)
    dialog.units.setText("30000")
    dialog._on_save()
    assert gift_store.find_gift(ctx.db, "tiktok", "Lion").units == 30000
    store.ensure_catalog(
        ctx.db, store.shipped_catalog().__class__("2099", store.shipped_catalog().platforms)
    )
    # an upgrade keeps the edit
    assert gift_store.find_gift(ctx.db, "tiktok", "Lion").units == 30000
    galaxy_row = next(
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "Galaxy"
    )
    dialog.table.selectRow(galaxy_row)
    dialog._on_delete()
    assert dialog.table.rowCount() == shipped
