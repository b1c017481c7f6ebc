"""TikTok and Twitch data exports.

Neither platform documents its export. These files are BUILT (not real): their layout follows
the field descriptions of other people's parsers of real exports (RLEAPP's tikTokArchiveJson.py
for TikTok; TwitchStory's zip paths for Twitch), with made-up values.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, datetime, timezone

import pytest

from companion.core.budget import ledger
from companion.core.budget.statements import platforms
from companion.core.errors import InputError
from companion.core.imports import import_file, preview_import
from companion.core.store.settings import Settings

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


def tiktok(activity: str = "Your Activity", purchases: str = "Purchases") -> dict:
    return {
        "Profile": {"Profile Info": {"ProfileMap": {"userName": "fan"}}},
        activity: {
            purchases: {
                "BuyGifts": {
                    "BuyGifts": [
                        {"Date": "2026-11-02 18:04:11", "Price": "$9.99"},
                        {"Date": "2026-11-03 09:00:00", "Price": "0.99 USD"},
                    ]
                },
                "SendGifts": {
                    "SendGifts": [
                        {"Date": "2026-11-02 18:10:00", "GiftAmount": "100", "UserName": "mia"}
                    ]
                },
            }
        },
    }


@pytest.fixture
def fan(db):
    Settings(db).set("home_currency", "USD")
    return db


@pytest.mark.parametrize(
    ("activity", "purchases"),
    [("Your Activity", "Purchases"), ("Activity", "Purchase History")],
)
def test_tiktok_both_generations_of_section_names(activity, purchases) -> None:
    data = json.dumps(tiktok(activity, purchases)).encode()
    lines = platforms.read_tiktok(data, "user_data_tiktok.json", default_currency="EUR")
    assert [(x.kind, x.amount_minor, x.currency, x.units, x.creator) for x in lines] == [
        ("purchase", -999, "USD", None, None),
        ("purchase", -99, "USD", None, None),
        ("gift", None, None, 100, "mia"),
    ]
    assert lines[0].moment == datetime(2026, 11, 2, 18, 4, 11, tzinfo=timezone.utc)
    assert all(x.platform == "tiktok" for x in lines)


def test_tiktok_import_twice_adds_once_and_gifts_name_the_creator(fan, tmp_path) -> None:
    path = tmp_path / "user_data_tiktok.json"
    path.write_text(json.dumps(tiktok()), encoding="utf-8")
    rows = preview_import(fan, path, now=NOW)
    assert [r["status"] for r in rows] == ["add", "add", "add"]
    assert rows[2]["creator"] == "mia" and rows[2]["amount"] is None
    import_file(fan, path, now=NOW)
    import_file(fan, path, now=NOW)
    got = sorted((e.kind, e.creator) for e in ledger.entries(fan))
    assert got == [("gift", "mia"), ("purchase", None), ("purchase", None)]


def test_a_tiktok_file_without_purchases_says_where_it_looked(fan, tmp_path) -> None:
    path = tmp_path / "user_data.json"
    path.write_text(json.dumps({"Activity": {"Login History": {}}}), encoding="utf-8")
    with pytest.raises(InputError, match=r'user_data.json: \$\["Your Activity"\]\["Purchases"\]'):
        import_file(fan, path, now=NOW)


def test_a_bad_tiktok_date_names_its_json_path(fan, tmp_path) -> None:
    doc = tiktok()
    doc["Your Activity"]["Purchases"]["BuyGifts"]["BuyGifts"][1]["Date"] = "yesterday"
    path = tmp_path / "user_data_tiktok.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_file(fan, path, now=NOW)
    assert '$["Your Activity"]["Purchases"]["BuyGifts"]["BuyGifts"][1].Date' in str(caught.value)
    assert ledger.count(fan) == 0


BITS_ACQUIRED = (
    "time,transaction_id,bits,price,currency\n"
    "2026-11-01 20:00:00 UTC,T1,500,$7.00,USD\n"
    "2026-11-02 20:00:00 UTC,T2,100,$1.40,USD\n"
)
BITS_CHEERED = "time,channel,bits\n2026-11-01 21:00:00 UTC,mia_sings,300\n"
SUBS = "time,channel,is_gift,price,currency\n2026-11-03T10:00:00Z,mia_sings,true,4.99,USD\n"


def test_twitch_csv_files_read_as_purchases_and_cheers() -> None:
    bought = platforms.read_twitch_csv(
        BITS_ACQUIRED.encode(), "bits_acquired.csv", "bits_acquired", default_currency="EUR"
    )
    assert [(x.amount_minor, x.units, x.day) for x in bought] == [
        (-700, 500, date(2026, 11, 1)),
        (-140, 100, date(2026, 11, 2)),
    ]
    (cheer,) = platforms.read_twitch_csv(
        BITS_CHEERED.encode(), "bits_cheered.csv", "bits_cheered", default_currency="EUR"
    )
    assert (cheer.kind, cheer.units, cheer.creator) == ("gift", 300, "mia_sings")
    (sub,) = platforms.read_twitch_csv(
        SUBS.encode(), "subscriptions.csv", "subscriptions", default_currency="EUR"
    )
    assert (sub.amount_minor, sub.currency, sub.payee) == (
        -499,
        "USD",
        "Twitch gifted sub to mia_sings",
    )


def test_the_whole_twitch_zip_imports_once(fan, tmp_path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("request/commerce/bits/bits_acquired.csv", BITS_ACQUIRED)
        z.writestr("request/commerce/bits/bits_cheered.csv", BITS_CHEERED)
        z.writestr("request/commerce/subs/subscriptions.csv", SUBS)
        z.writestr("request/site_history/minute_watched.csv", "time\n")
    path = tmp_path / "twitch-data.zip"
    path.write_bytes(buf.getvalue())
    first = import_file(fan, path, now=NOW).result
    assert first.startswith("Imported 4 entries")
    assert import_file(fan, path, now=NOW).result.startswith("Imported 0 entries")


def test_a_twitch_line_without_a_time_names_its_line(fan, tmp_path) -> None:
    path = tmp_path / "bits_acquired.csv"
    path.write_text("bits,price\n100,$1.40\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bits_acquired\.csv, line 2: no time column"):
        import_file(fan, path, now=NOW)


def test_hostile_files_are_refused_in_words(fan, tmp_path) -> None:
    deep = tmp_path / "user_data.json"
    deep.write_text('{"Activity": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(InputError, match="nested too deeply"):
        import_file(fan, deep, now=NOW)
    big = io.BytesIO()
    with zipfile.ZipFile(big, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("request/commerce/bits/bits_acquired.csv", "0" * (51 * 1024 * 1024))
    bomb = tmp_path / "twitch.zip"
    bomb.write_bytes(big.getvalue())
    with pytest.raises(InputError, match="too large to import"):
        import_file(fan, bomb, now=NOW)
    assert ledger.count(fan) == 0


# Built (not real): the fields RLEAPP's playStorePurchaseHistory.py and
# emheyboer/google-play-purchases read from Takeout's Google Play Store folder.
PLAY = [
    {"purchaseHistory": {"invoicePrice": "€4.99", "purchaseTime": "2026-11-02T10:00:00.123Z",
                         "doc": {"documentType": "In-app item", "title": "350 Coins (TikTok)"}}},
    {"purchaseHistory": {"invoicePrice": "€1.99", "purchaseTime": "2026-11-03T10:00:00Z",
                         "doc": {"documentType": "In-app item",
                                 "title": "Super Chat (YouTube)"}}},
    {"purchaseHistory": {"invoicePrice": "€2.99", "purchaseTime": "2026-11-04T10:00:00Z",
                         "doc": {"documentType": "In-app item", "title": "Gem pack (Clash)"}}},
    {"purchaseHistory": {"purchaseTime": "2026-11-05T10:00:00Z",
                         "doc": {"documentType": "Android Apps", "title": "A free app"}}},
    {"libraryEntry": {"title": "not a purchase"}},
]  # fmt: skip


def test_google_play_purchases_keep_only_the_gifting(fan, tmp_path) -> None:
    path = tmp_path / "Purchase History.json"
    path.write_text(json.dumps(PLAY), encoding="utf-8")
    rows = preview_import(fan, path, now=NOW)
    assert [(r["amount"], r["currency"], r["platform"], r["status"]) for r in rows] == [
        ("-4.99", "EUR", "tiktok", "add"),
        ("-1.99", "EUR", "youtube", "add"),
        ("-2.99", "EUR", None, "unmatched"),
    ]
    assert import_file(fan, path, now=NOW).result.startswith("Imported 2 entries")
    assert import_file(fan, path, now=NOW).result.startswith("Imported 0 entries")


def test_a_bad_google_play_date_names_its_json_path(fan, tmp_path) -> None:
    path = tmp_path / "Purchase History.json"
    path.write_text(json.dumps([{"purchaseHistory": {"invoicePrice": "$1", "purchaseTime": "x",
                                                      "doc": {"title": "t"}}}]),
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(InputError, match=r"\$\[0\]\.purchaseHistory\.purchaseTime: 'x'"):
        import_file(fan, path, now=NOW)


def test_google_play_order_history_uses_the_order_id(fan, tmp_path) -> None:
    orders = [
        {"orderHistory": {"orderId": "GPA.3301-1", "creationTime": "2026-11-02T10:00:00Z",
                          "totalPrice": "$9.99",
                          "lineItem": [{"doc": {"title": "1,400 Bits (Twitch)",
                                                "documentType": "In-app item"}}]}},
    ]  # fmt: skip
    path = tmp_path / "Order History.json"
    path.write_text(json.dumps(orders), encoding="utf-8")
    (row,) = preview_import(fan, path, now=NOW)
    assert (row["amount"], row["currency"], row["platform"]) == ("-9.99", "USD", "twitch")
    assert row["source_id"] == "gplay:GPA.3301-1:1"
