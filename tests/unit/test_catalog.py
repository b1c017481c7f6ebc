"""The catalog: shipped data on first run, safe upgrades, strict imports, promotions."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.bundles import catalog_import, store
from companion.core.bundles import gifts as gift_store
from companion.core.bundles.catalog import loads, shipped_catalog
from companion.core.errors import InputError
from companion.core.money.money import to_major

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)


def snapshot(db) -> list[tuple]:
    return [tuple(r.values()) for r in db["bundles"].rows] + [
        tuple(r.values()) for r in db["gifts"].rows
    ]


def test_first_run_loads_every_platform(db) -> None:
    ids = [p.id for p in store.platforms(db)]
    assert ids == ["tiktok", "twitch", "youtube", "instagram", "facebook", "telegram", "kick"]
    assert store.bundles(db, today=TODAY, platform="telegram") == []  # no known prices
    twitch = store.bundles(db, today=TODAY, platform="twitch")
    assert [(b.units, str(to_major(b.price_minor, b.currency))) for b in twitch][:2] == [
        (100, "1.40"),
        (500, "7.00"),
    ]
    assert all(b.source and b.observed for b in twitch)
    assert gift_store.find_gift(db, "tiktok", "lion").units == 29999
    assert store.platform(db, "twitch").payout.amount == 1 / __import__("decimal").Decimal(100)


def _newer(**changes) -> object:
    spec = shipped_catalog()
    return replace(spec, version="2099-01-01", **changes)


def test_an_upgrade_updates_shipped_rows_but_never_the_fans(db) -> None:
    twitch_rows = store.bundles(db, today=TODAY, platform="twitch")
    edited, deleted = twitch_rows[0], twitch_rows[1]
    store.update_bundle(
        db,
        edited.id,
        {"units": 100, "price": "1.25", "currency": "USD", "channel": "web", "region": "US"},
        today=TODAY,
    )
    store.delete_bundle(db, deleted.id)
    mine = store.add_bundle(
        db,
        "twitch",
        {"units": 300, "price": "4.00", "currency": "USD", "channel": "ios"},
        today=TODAY,
    )

    spec = shipped_catalog()
    platforms = []
    for p in spec.platforms:
        if p.id == "twitch":
            # Every price up a cent, and 25,000 Bits withdrawn.
            bundles = tuple(replace(b, price_minor=b.price_minor + 1) for b in p.bundles[:-1])
            platforms.append(replace(p, bundles=bundles))
        else:
            platforms.append(p)
    assert store.ensure_catalog(db, replace(spec, version="2099-01-01", platforms=tuple(platforms)))

    after = {b.id: b for b in store.bundles(db, today=TODAY, platform="twitch")}
    assert after[edited.id].price_minor == 125  # the fan's correction stands
    assert deleted.id not in after  # still deleted
    assert after[mine].price_minor == 400  # the fan's own row is untouched
    shipped = [b for b in after.values() if b.origin == "shipped" and b.id != edited.id]
    assert {b.units for b in shipped} == {1500, 5000, 10000}
    assert all(b.price_minor % 5 == 1 for b in shipped)  # the new shipped prices arrived
    assert not store.ensure_catalog(db, replace(spec, version="2099-01-01"))  # already current


IMPORT = {
    "platforms": [
        {
            "id": "telegram",
            "bundles": [
                {"units": 50, "price": "0.99", "currency": "USD", "channel": "ios", "region": "US"},
                {
                    "units": 250,
                    "price": "4.99",
                    "currency": "USD",
                    "channel": "ios",
                    "region": "US",
                },
            ],
        }
    ]
}


def test_import_adds_rows_and_skips_ones_already_there(db) -> None:
    report = catalog_import.import_catalog(db, json.dumps(IMPORT), now=NOW)
    assert (report.bundles_added, report.already_present) == (2, 0)
    again = catalog_import.import_catalog(db, json.dumps(IMPORT), now=NOW)
    assert (again.bundles_added, again.already_present) == (0, 2)
    rows = store.bundles(db, today=TODAY, platform="telegram")
    assert {(b.units, b.origin, b.observed) for b in rows} == {
        (50, "import", "2026-11-25"),
        (250, "import", "2026-11-25"),
    }


def _bad(path: str, value: object) -> str:
    data = json.loads(json.dumps(IMPORT))
    target = data["platforms"][0]["bundles"][1]
    if value is KeyError:
        del target[path]
    else:
        target[path] = value
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        (_bad("price", "0"), "platforms[0].bundles[1].price: must be > 0"),
        (_bad("price", "-4.99"), "platforms[0].bundles[1].price: must be > 0"),
        (_bad("price", "4.999"), "platforms[0].bundles[1].price: USD amounts have at most 2"),
        (_bad("price", "2000000000"), "platforms[0].bundles[1].price: .* too large"),
        (_bad("price", KeyError), "platforms[0].bundles[1].price: missing"),
        (_bad("units", 0), "platforms[0].bundles[1].units: must be >= 1"),
        (_bad("units", -5), "platforms[0].bundles[1].units: must be >= 1"),
        (_bad("units", 10**10), "platforms[0].bundles[1].units: .* absurdly large"),
        (_bad("units", 2.5), "platforms[0].bundles[1].units: must be a whole number"),
        (_bad("units", "many"), "platforms[0].bundles[1].units: must be a whole number"),
        (_bad("currency", "DOLLARS"), "platforms[0].bundles[1].currency: .* not an ISO 4217"),
        (_bad("channel", "tv"), "platforms[0].bundles[1].channel: 'tv' is not one of"),
        (
            json.dumps(
                {
                    "platforms": [
                        {
                            "id": "kick",
                            "bundles": [
                                {"units": 5, "price": "1", "currency": "USD", "region": "US"},
                                {"units": 5, "price": "1.00", "currency": "USD", "region": "us"},
                            ],
                        }
                    ]
                }
            ),
            "platforms[0].bundles[1]: duplicate of bundles[0]",
        ),
        ('[{"id": "tiktok"}]', "catalog: must be a JSON object, not a list"),
        ('{"platforms": [}', "catalog: not valid JSON"),
        ('{"platforms": [{"id": "myspace", "bundles": []}]}', "platforms[0].id: unknown platform"),
        ('{"platforms": "tiktok"}', "platforms: must be a non-empty list"),
        (
            '{"platforms": [{"id": "tiktok", "bundles": {}}]}',
            "platforms[0].bundles: must be a list",
        ),
        (
            '{"platforms": [{"id": "tiktok", "gifts": [{"name": "Rose", "units": 0}]}]}',
            "platforms[0].gifts[0].units: must be >= 1",
        ),
        ("[" * 100_000, "catalog:"),
    ],
)
def test_a_bad_import_names_the_json_path_and_changes_nothing(db, text, complaint) -> None:
    before = snapshot(db)
    with pytest.raises(InputError) as caught:
        catalog_import.import_catalog(db, text, now=NOW)
    assert __import__("re").search(
        complaint.replace("[", r"\[").replace("]", r"\]"), str(caught.value)
    ), str(caught.value)
    assert snapshot(db) == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "platforms",
                    "id",
                    "bundles",
                    "units",
                    "price",
                    "currency",
                    "gifts",
                    "name",
                    "channel",
                ]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(json_values)
def test_random_catalog_files_never_crash_or_half_save(db, data) -> None:
    before = snapshot(db)
    try:
        catalog_import.import_catalog(db, json.dumps(data), now=NOW)
    except InputError:
        assert snapshot(db) == before


def test_promotions_add_units_until_they_expire(db) -> None:
    b = store.bundles(db, today=TODAY, platform="tiktok", channel="web")[0]
    store.add_promotion(db, b.id, "percent", 10, "2026-11-30", "Black Friday", today=TODAY)
    store.add_promotion(db, b.id, "units", 5, "2026-11-26", today=TODAY)
    assert store.bundles(db, today=TODAY, platform="tiktok", channel="web")[0].total_units == 82
    later = store.bundles(db, today=date(2026, 11, 28), platform="tiktok", channel="web")[0]
    assert later.total_units == 77  # the 5 extra units expired on the 26th
    gone = store.bundles(db, today=date(2026, 12, 1), platform="tiktok", channel="web")[0]
    assert gone.total_units == 70
    with pytest.raises(InputError, match="already passed"):
        store.add_promotion(db, b.id, "units", 5, "2026-11-01", today=TODAY)


def test_bundles_and_gifts_the_fan_adds_and_deletes(db) -> None:
    new = store.add_bundle(
        db, "kick", {"units": 100, "price": "1.00", "currency": "usd"}, today=TODAY
    )
    assert store.bundles(db, today=TODAY, platform="kick")[0].channel == "any"
    with pytest.raises(InputError, match="already in the catalog"):
        store.add_bundle(db, "kick", {"units": 100, "price": "1", "currency": "USD"}, today=TODAY)
    store.delete_bundle(db, new)
    assert store.bundles(db, today=TODAY, platform="kick") == []
    gift = gift_store.add_gift(db, "twitch", "Cheer 50", "50")
    assert gift_store.find_gift(db, "twitch", "cheer 50").units == 50
    gift_store.delete_gift(db, gift)
    with pytest.raises(InputError, match="no gift"):
        gift_store.find_gift(db, "twitch", "Cheer 50")


def test_the_shipped_catalog_file_is_valid_and_dated() -> None:
    from companion.core.store.paths import resource

    spec = loads(resource("catalog.json").read_bytes())
    assert spec.version
    for p in spec.platforms:
        for b in p.bundles:
            date.fromisoformat(b.observed)
            assert b.source.startswith("https://")


@pytest.mark.parametrize("language", ["en_US", "de_DE", "fr_FR", "ar_EG"])
def test_a_catalog_files_prices_read_the_same_in_every_language(db, language) -> None:
    from companion.core.money import money

    money.set_display_locale(language)
    try:
        for written in ("1,000.50", "1.000,50", "4,99", "1 000"):
            with pytest.raises(
                InputError, match=r'bundles\[1\]\.price: must be a number like "4.99"'
            ):
                catalog_import.import_catalog(db, _bad("price", written), now=NOW)
        catalog_import.import_catalog(db, _bad("price", "1.000"), now=NOW)
    finally:
        money.set_display_locale(None)
    rows = store.bundles(db, today=TODAY, platform="telegram")
    assert {(b.units, b.price_minor) for b in rows} == {(50, 99), (250, 100)}  # never 100,000


def test_a_price_the_fan_types_is_read_as_they_write_numbers(db) -> None:
    from companion.core.money import money

    money.set_display_locale("de_DE")
    try:
        mine = store.add_bundle(
            db, "kick", {"units": 100, "price": "4,99", "currency": "EUR"}, today=TODAY
        )
    finally:
        money.set_display_locale(None)
    assert next(b for b in store.bundles(db, today=TODAY) if b.id == mine).price_minor == 499
