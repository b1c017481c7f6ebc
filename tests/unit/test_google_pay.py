"""Google Takeout's Google Pay transactions (``Google Pay/Google transactions/transactions_*.csv``).

Google does not document the file. tests/real/statements/built/transactions_8412345678.csv is
BUILT (not real): its header and the way it writes times and amounts follow other people's
parsers of real exports (see tests/real/statements/README.md), with made-up values.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from companion.core.budget import ledger
from companion.core.budget.statements import google
from companion.core.errors import InputError
from companion.core.imports import import_file, preview_import
from companion.core.store.settings import Settings
from tests.unit.cli_run import run

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
BUILT = Path(__file__).parent.parent / "real" / "statements" / "built"
PAY = BUILT / "transactions_8412345678.csv"
HEADER = "Time,Transaction ID,Description,Product,Payment method,Status,Amount\n"


@pytest.fixture
def fan(db):
    Settings(db).set("home_currency", "USD")
    Settings(db).set("time_zone", "America/New_York")
    return db


def test_dry_run_json_keeps_only_the_gifting_and_says_why_for_the_rest(fan, capsys) -> None:
    code, out, _ = run(capsys, "import", str(PAY), "--dry-run", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["date"], r["amount"], r["currency"], r["platform"], r["status"]) for r in rows] == [
        ("2026-10-02", "-4.99", "USD", "tiktok", "add"),
        ("2026-10-03", "-1.99", "USD", "youtube", "add"),
        ("2026-10-04", "-13.99", "USD", None, "unmatched"),  # YouTube Premium: not gifting
        ("2026-10-05", "-19.60", "USD", "twitch", "skipped"),
        ("2026-10-06", "-9.99", "USD", None, "unmatched"),
        ("2026-10-07", "4.99", "USD", "tiktok", "skipped"),
        ("2026-10-08", "-7.00", "USD", "twitch", "add"),
        ("2026-10-09", "-0.99", "USD", "youtube", "add"),
        ("2026-10-10", "-19.60", "USD", "twitch", "skipped"),
        ("2026-10-11", "-4.99", "USD", "youtube", "add"),
    ]
    assert rows[3]["reason"] == "not paid (status: Declined)"
    assert "money in" in rows[5]["reason"]
    assert rows[8]["reason"].startswith("still pending")
    assert rows[0]["payee"] == "Google Pay: 350 Coins (TikTok - Videos, Music & LIVE)"
    assert rows[0]["source_id"] == "gpay:GPA.3391-2217-4410-55121:1"
    assert rows[0]["where"] == "transactions_8412345678.csv, line 2"
    assert ledger.count(fan) == 0


def test_import_twice_adds_once_and_undo_takes_it_back(fan, capsys) -> None:
    code, out, _ = run(capsys, "import", str(PAY))
    assert code == 0 and out.startswith("Imported 5 entries from transactions_8412345678.csv")
    code, out, _ = run(capsys, "import", str(PAY))
    assert out.startswith("Imported 0 entries") and "5 already in the ledger" in out
    platforms = sorted(e.platform for e in ledger.entries(fan))
    assert platforms == ["tiktok", "twitch", "youtube", "youtube", "youtube"]
    code, out, _ = run(capsys, "import", str(PAY), "--undo")
    assert code == 0 and "5 entries removed" in out
    assert ledger.count(fan) == 0


def test_a_time_with_no_zone_keeps_its_day_and_one_in_utc_keeps_its_instant(fan) -> None:
    rows = preview_import(fan, PAY, now=NOW)
    assert ledger.count(fan) == 0  # previewing wrote nothing
    import_file(fan, PAY, now=NOW)
    by_id = {e.source_id: e for e in ledger.entries(fan)}
    # "Oct 2, 2026, 6:04 PM": no zone, so noon of that day in the fan's zone.
    assert by_id["gpay:GPA.3391-2217-4410-55121:1"].when == datetime(
        2026, 10, 2, 16, 0, tzinfo=timezone.utc
    )
    # "Oct 9, 2026, 9:00:00 PM UTC": the instant itself.
    assert by_id["gpay:GPA.3371-0042-8812-90117:1"].when == datetime(
        2026, 10, 9, 21, 0, tzinfo=timezone.utc
    )
    assert len(rows) == 10


@pytest.mark.parametrize(
    ("raw", "day", "moment"),
    [
        ("Nov 14, 2025, 4:52 AM", date(2025, 11, 14), None),
        ("Nov 14, 2025, 12:05\u202fAM", date(2025, 11, 14), None),  # Google's narrow space
        ("Jun 10, 2026, 10:35:12 AM UTC", date(2026, 6, 10),
         datetime(2026, 6, 10, 10, 35, 12, tzinfo=timezone.utc)),
        ("Dec 31, 2025, 12:30:00 PM GMT", date(2025, 12, 31),
         datetime(2025, 12, 31, 12, 30, tzinfo=timezone.utc)),
        ("Jan 1, 2026, 11:00 PM PST", date(2026, 1, 1), None),  # an abbreviation: the day
        ("2026-10-01 10:35:12 UTC", date(2026, 10, 1),
         datetime(2026, 10, 1, 10, 35, 12, tzinfo=timezone.utc)),
        ("2026-10-01T23:30:00+02:00", date(2026, 10, 1),
         datetime(2026, 10, 1, 21, 30, tzinfo=timezone.utc)),
        ("2026-10-01", date(2026, 10, 1), None),
    ],
)  # fmt: skip
def test_every_clock_takeout_has_written(raw, day, moment) -> None:
    assert google.google_pay_time(raw, "x") == (day, moment)


@pytest.mark.parametrize("raw", ["Feb 30, 2026, 1:00 PM", "Foo 3, 2026", "yesterday", ""])
def test_a_time_that_is_no_date_is_refused(raw) -> None:
    with pytest.raises(InputError, match="is not a date"):
        google.google_pay_time(raw, "x")


@pytest.mark.parametrize(
    ("amount", "minor", "currency"),
    [
        ("INR 299.00", -29900, "INR"),
        ("INR 1,23,456.00", -12345600, "INR"),  # Indian grouping
        ("-129.00 NOK", -12900, "NOK"),
        ("€4,99", -499, "EUR"),
        ("$1.99", -199, "USD"),
        ("+2.50 USD", 250, "USD"),  # written as money in
        ("1.99", -199, "USD"),  # no currency: the home one
    ],
)
def test_amounts_as_google_writes_them(amount, minor, currency) -> None:
    data = HEADER + f'"Oct 2, 2026, 6:04 PM",T1,Coins (TikTok),Play,Visa,Complete,"{amount}"\n'
    (line,) = google.read_google_pay(data.encode(), "t.csv", default_currency="USD")
    assert (line.amount_minor, line.currency) == (minor, currency)


def test_missing_columns_are_tolerated(fan, tmp_path) -> None:
    path = tmp_path / "transactions_1.csv"
    path.write_text(
        "Time,Transaction ID,Description,Amount\n"
        '"Oct 2, 2026, 6:04 PM",T1,Coins (TikTok),USD 4.99\n'
        '"Oct 3, 2026, 6:04 PM",T2,Coins (TikTok),\n',
        encoding="utf-8",
    )
    rows = preview_import(fan, path, now=NOW)
    assert [(r["status"], r.get("reason")) for r in rows] == [
        ("add", None),
        ("skipped", "no amount"),
    ]


def test_a_bad_line_is_named_and_nothing_is_written(fan, tmp_path) -> None:
    path = tmp_path / "transactions_1.csv"
    path.write_text(
        HEADER + '"Oct 2, 2026, 6:04 PM",T1,Coins (TikTok),P,Visa,Complete,USD 4.99\n'
        '"Oct 33, 2026, 6:04 PM",T2,Coins (TikTok),P,Visa,Complete,USD 4.99\n'
        ",T3,Coins (TikTok),P,Visa,Complete,USD 4.99\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"transactions_1\.csv, line 3: 'Oct 33, 2026"):
        import_file(fan, path, now=NOW)
    path.write_text(HEADER + ",T3,Coins (TikTok),P,Visa,Complete,USD 4.99\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"line 2: no time"):
        import_file(fan, path, now=NOW)
    assert ledger.count(fan) == 0


def test_a_header_alone_imports_nothing(fan, tmp_path) -> None:
    path = tmp_path / "transactions_1.csv"
    path.write_text(HEADER, encoding="utf-8")
    assert import_file(fan, path, now=NOW).result.startswith("Imported 0 entries")


def test_the_same_purchase_in_google_play_orders_and_google_pay_counts_once(fan, tmp_path) -> None:
    item = {"doc": {"title": "350 Coins (TikTok)", "documentType": "In-app item"}}
    order = {"orderId": "GPA.3391-2217-4410-55121", "totalPrice": "$4.99",
             "creationTime": "2026-10-02T22:04:00.000Z", "lineItem": [item]}  # fmt: skip
    orders = [{"orderHistory": order}]
    path = tmp_path / "Order History.json"
    path.write_text(json.dumps(orders), encoding="utf-8")
    assert import_file(fan, path, now=NOW).result.startswith("Imported 1 entry")
    rows = preview_import(fan, PAY, now=NOW)
    assert rows[0]["status"] == "duplicate" and "matches ledger entry" in rows[0]["reason"]


def test_a_rule_does_not_apply_to_what_it_excepts() -> None:
    from companion.core.budget.statements.rules import parse_rules

    rules = parse_rules(
        '{"rules": [{"platform": "youtube", "patterns": ["youtube"], "unless": ["premium"]},'
        ' {"platform": "kick", "patterns": ["premium"]}]}'
    )
    assert rules.platform("GOOGLE *YouTube Super Chat") == "youtube"
    assert rules.platform("GOOGLE *YouTube Premium") == "kick"  # the next rule decides
    with pytest.raises(InputError, match=r"\$\.rules\[0\]\.unless: a list"):
        parse_rules('{"rules": [{"platform": "x", "patterns": ["a"], "unless": "b"}]}')
    with pytest.raises(InputError, match=r"\$\.rules\[0\]\.unless\[0\]: a pattern needs"):
        parse_rules('{"rules": [{"platform": "x", "patterns": ["a"], "unless": [" "]}]}')


def test_a_twitch_or_bank_csv_is_not_taken_for_google_pay() -> None:
    assert google.looks_like_google_pay(PAY.read_bytes())
    assert not google.looks_like_google_pay(b"time,transaction_id,bits,price,currency\n")
    assert not google.looks_like_google_pay(b"Buchungstag;Betrag;Empfaenger\n")


def test_the_spending_lock_and_budgets_guard_an_import_as_typed_entries(fan) -> None:
    from companion.core.budget import actions, budget, lock

    budget.set_budget(fan, "overall", "monthly", "5", "USD", thresholds="50,80", now=NOW)
    # The budget counts October: judge the import in October.
    october = datetime(2026, 10, 20, 12, 0, tzinfo=timezone.utc)
    lock.enable(fan, "4321")
    with pytest.raises(actions.NeedsConfirmation):
        import_file(fan, PAY, now=october)
    with pytest.raises(actions.NeedsPasscode):
        import_file(fan, PAY, actions.Answers(confirmed=True), now=october)
    assert ledger.count(fan) == 0
    done = import_file(fan, PAY, actions.Answers(confirmed=True, passcode="4321"), now=october)
    assert ledger.count(fan) == 5
    assert sorted(a.threshold for a in done.alerts) == [50, 80]  # once for the import
