"""A shipped price's age, and when it counts as possibly out of date (six calendar months)."""

from __future__ import annotations

from datetime import date

import pytest

from companion.core.bundles.value import price_age


@pytest.mark.parametrize(
    ("observed", "today", "days", "stale"),
    [
        ("2026-11-28", date(2026, 11, 28), 0, False),
        ("2026-05-28", date(2026, 11, 28), 184, False),  # exactly six months: still current
        ("2026-05-27", date(2026, 11, 28), 185, True),  # one day more
        ("2026-08-31", date(2027, 2, 28), 181, False),  # no 31 February: the month's last day
        ("2026-08-31", date(2027, 3, 1), 182, True),
        ("2023-02-01", date(2026, 11, 28), 1396, True),
        ("2026-07-15", date(2027, 1, 15), 184, False),  # across the new year
        ("2026-07-14", date(2027, 1, 15), 185, True),
    ],
)
def test_a_price_is_out_of_date_after_six_calendar_months(observed, today, days, stale) -> None:
    assert price_age(observed, today) == (days, stale)


def test_a_date_that_is_not_a_date_is_refused() -> None:
    with pytest.raises(ValueError):
        price_age("last spring", date(2026, 11, 28))
