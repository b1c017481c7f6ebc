"""The Bundles page reads well: citations instead of sellers' addresses, no sideways scrolling
at the default window width, and choosing a row does not move the table."""

from __future__ import annotations

import pytest

from companion.ui.bundles.bundles_model import COL_OBSERVED, COL_SOURCE, ROW_ROLE, citation
from companion.ui.bundles.bundles_page import BundlesPage


@pytest.fixture
def page(qtbot, ctx) -> BundlesPage:
    widget = BundlesPage(ctx)
    qtbot.addWidget(widget)
    # The page's share of the default 1100 px window (less the sidebar and margins).
    widget.resize(1100 - 190 - 24, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("https://voonze.com/some/article?id=3", "voonze.com"),
        ("https://www.sportskeeda.com/esports/bits", "sportskeeda.com"),
        ("my own receipt", "my own receipt"),
        ("", ""),
    ],
)
def test_a_source_is_a_site_name_not_an_address(source, shown) -> None:
    assert citation(source) == shown


def test_no_sideways_scrolling_at_1100_px(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.table.viewport().width() > 0)
    assert page.table.isColumnHidden(COL_SOURCE) and page.table.isColumnHidden(COL_OBSERVED)
    assert page.table.horizontalScrollBar().maximum() == 0


def test_choosing_a_row_keeps_the_table_in_place_and_cites_the_price(qtbot, page) -> None:
    before = page.table.geometry()
    page.table.selectRow(1)
    qtbot.wait(10)
    assert page.table.geometry() == before
    text = page.details.text()
    assert "Price seen on" in text
    assert "https://" not in text  # sellers' addresses are not offered as links


def test_a_price_says_how_old_it_is_and_an_old_one_may_be_out_of_date(qtbot, page) -> None:
    # The shipped catalog holds prices seen on 2026-11-25 and others from 2020-2023; the page's
    # clock is the fixture's 2026-11-25.
    texts = {page.model.observed_text(v.bundle.observed) for v in page.model._rows}
    assert "2026-11-25, today" in texts
    assert any(t.startswith("2023-02-01, 3 year(s) ago: may be out of date") for t in texts)
    old = next(
        row
        for row in range(page.proxy.rowCount())
        if page.proxy.index(row, 0).data(ROW_ROLE).bundle.observed.startswith("2020")
    )
    page.table.selectRow(old)
    assert "may be out of date" in page.details.text()
