"""The ledger: entries keep the rate of their day, wallets, filters, undo, CSV in and out."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.budget import ledger, ledger_csv
from companion.core.errors import InputError
from companion.core.money import rates

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
UTC = ZoneInfo("UTC")


def buy(db, platform="tiktok", units=330, amount="4.99", currency="USD", when=None, **kw):
    return ledger.add(
        db,
        ledger.make_purchase(
            db,
            platform=platform,
            units=units,
            amount=amount,
            currency=currency,
            when=when or NOW - timedelta(hours=1),
            now=NOW,
            zone=UTC,
            home="USD",
            **kw,
        ),
    )


def gift(db, units=100, creator="Mia", platform="tiktok", when=None):
    return ledger.add(
        db,
        ledger.make_gift(
            db,
            platform=platform,
            units=units,
            creator=creator,
            when=when or NOW,
            now=NOW,
            zone=UTC,
            home="USD",
        ),
    )


def test_a_purchase_keeps_the_rate_of_its_day(db) -> None:
    rates.set_rate(db, "EUR", "USD", "1.10", "2026-11-20", today=NOW.date())
    entry = buy(db, amount="10.00", currency="EUR")
    assert (entry.amount_minor, entry.currency) == (1000, "EUR")
    assert (entry.home_minor, entry.home_currency, entry.rate) == (1100, "USD", "1.10")
    rates.set_rate(db, "EUR", "USD", "1.50", "2026-11-25", today=NOW.date())
    assert ledger.get(db, entry.id).home_minor == 1100  # history is never revalued


def test_without_a_rate_the_entry_stays_in_its_currency(db) -> None:
    entry = buy(db, amount="500", currency="JPY")
    assert (entry.amount_minor, entry.currency, entry.home_minor) == (500, "JPY", None)


def test_wallets_show_more_sent_than_bought(db) -> None:
    buy(db, units=330)
    gift(db, units=100)
    gift(db, platform="twitch", units=50, creator="Leo")
    wallets = {w.platform: w for w in ledger.wallets(db)}
    assert wallets["tiktok"].balance == 230
    assert wallets["twitch"].balance == -50  # shown, not hidden


def test_gifts_are_valued_at_the_average_purchase_price(db) -> None:
    buy(db, units=100, amount="2.00")
    buy(db, units=100, amount="1.00")
    assert gift(db, units=50).home_minor == 75  # 50 × 1.5 ¢


def test_filters_sorting_and_paging(db) -> None:
    for day in range(10):
        buy(db, when=NOW - timedelta(days=day), platform="tiktok" if day % 2 else "twitch")
    gift(db, creator="Leo")
    flt = ledger.LedgerFilter(platform="twitch", start=NOW - timedelta(days=5))
    assert ledger.count(db, flt) == 3  # days 0, 2, 4
    assert ledger.count(db, ledger.LedgerFilter(creator="Leo")) == 1
    newest = ledger.entries(db, sort="date", descending=True, limit=2)
    assert newest[0].when >= newest[1].when
    page = ledger.entries(db, sort="date", descending=False, limit=3, offset=3)
    assert len(page) == 3


def test_delete_and_undo_restore_the_same_entry(db) -> None:
    entry = buy(db)
    removed = ledger.delete(db, entry.id)
    assert ledger.count(db) == 0
    assert ledger.restore(db, removed) == entry


@pytest.mark.parametrize(
    ("kwargs", "complaint"),
    [
        ({"units": 0}, "units: must be > 0"),
        ({"units": -3}, "units: must be > 0"),
        ({"units": "ten"}, "units: 'ten' is not a whole number"),
        ({"amount": "0"}, "amount: must be > 0"),
        ({"amount": "-1"}, "amount: must be > 0"),
        ({"amount": "4.999"}, "at most 2 decimal"),
        ({"amount": "abc"}, "not a number"),
        ({"currency": "XXXX"}, "ISO 4217"),
        ({"platform": "myspace"}, "unknown platform"),
        ({"when": NOW + timedelta(days=2)}, "more than a day in the future"),
        ({"when": "yesterday"}, "not a date"),
    ],
)
def test_bad_purchases_are_refused(db, kwargs, complaint) -> None:
    with pytest.raises(InputError, match=complaint):
        buy(db, **kwargs)
    assert ledger.count(db) == 0


CSV = (
    "date,type,platform,units,amount,currency,creator,note\n"
    "2026-11-01,purchase,tiktok,330,4.99,USD,,first\n"
    "2026-11-02,gift,tiktok,100,,,Mia,\n"
)


def test_csv_import_and_export_round_trip(db) -> None:
    assert ledger_csv.import_csv(db, "\ufeff" + CSV, now=NOW, zone=UTC, home="USD") == 2
    text = ledger_csv.export_csv(db, UTC)
    assert text.splitlines()[0] == ",".join(ledger_csv.CSV_COLUMNS)
    assert "2026-11-01,purchase,tiktok,330,4.99,USD,,first" in text
    assert ledger.count(db) == 2


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        (CSV + "2026-11-03,purchase,tiktok,0,1.00,USD,,\n", "line 4, column units"),
        (CSV + "2026-11-03,purchase,tiktok,10,-1,USD,,\n", "line 4, column amount"),
        (CSV + "2026-11-03,purchase,tiktok,10,1.001,USD,,\n", "line 4, column amount"),
        (CSV + "2026-11-03,purchase,tiktok,10,lots,USD,,\n", "line 4, column amount"),
        (CSV + "2026-11-03,purchase,myspace,10,1,USD,,\n", "line 4, column platform"),
        (CSV + "2026-11-03,purchase,tiktok,10,1,DOLLARS,,\n", "line 4, column currency"),
        (CSV + "2027-01-01,purchase,tiktok,10,1,USD,,\n", "line 4, column date"),
        (CSV + "2026-11-03,refund,tiktok,10,1,USD,,\n", "line 4, column type"),
        (CSV + "2026-11-03,gift,tiktok,10,,,,\n", "line 4, column creator"),
        (CSV + "2026-11-03,purchase,tiktok\n", "line 4: expected 8 columns"),
        ("date;type;platform;units;amount;currency;creator;note\n", "separated by ';'"),
        ("date,type,platform,units\n", "missing column(s) amount"),
        ("", "empty"),
    ],
)
def test_bad_csv_names_line_and_column_and_saves_nothing(db, text, complaint) -> None:
    buy(db)
    with pytest.raises(InputError) as caught:
        ledger_csv.import_csv(db, text, now=NOW, zone=UTC, home="USD")
    assert complaint in str(caught.value)
    assert ledger.count(db) == 1


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_random_csv_never_crashes_or_half_saves(db, text) -> None:
    before = ledger.count(db)
    try:
        ledger_csv.import_csv(
            db,
            "date,type,platform,units,amount,currency,creator,note\n" + text,
            now=NOW,
            zone=UTC,
            home="USD",
        )
    except InputError:
        assert ledger.count(db) == before


def test_wallet_totals_stay_equal_to_the_ledger_through_edits_and_deletes(db) -> None:
    first = buy(db, units=330)
    second = buy(db, platform="twitch", units=500, amount="7.00")
    g = gift(db, units=40)
    ledger.replace(
        db,
        second.id,
        ledger.make_purchase(
            db,
            platform="tiktok",
            units=65,
            amount="0.99",
            currency="USD",
            when=NOW,
            now=NOW,
            zone=UTC,
            home="USD",
        ),
    )
    ledger.delete(db, g.id)
    ledger.delete(db, first.id)
    recomputed = {
        p: (b, s)
        for p, b, s in db.execute(
            "SELECT platform, SUM(CASE WHEN kind='purchase' THEN units ELSE 0 END), "
            "SUM(CASE WHEN kind='gift' THEN units ELSE 0 END) FROM ledger GROUP BY platform"
        )
    }
    assert {w.platform: (w.bought, w.sent) for w in ledger.wallets(db)} == recomputed
    assert recomputed == {"tiktok": (65, 0)}


def test_a_limit_past_sqlites_integers_lists_every_entry(db) -> None:
    for _ in range(3):
        buy(db)
    assert len(ledger.entries(db, limit=2**63)) == 3  # `ledger --limit 9223372036854775808`
    assert len(ledger.entries(db, limit=2, offset=2**70)) == 0
    assert len(ledger.entries(db, limit=2)) == 2
