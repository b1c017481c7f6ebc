"""Bank CSV of any shape, through a mapping remembered per bank.

The CSV files here are BUILT (not real): a German export (account preamble, semicolons,
decimal comma, dd.mm.yyyy) and a US one with debit and credit columns.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest

from companion.core.budget import ledger
from companion.core.budget.statements import csvmap
from companion.core.errors import InputError
from companion.core.imports import import_file
from companion.core.store.settings import Settings
from tests.unit.cli_run import run

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
GERMAN = (
    "Kontonummer;DE02120300000000202051\n"
    "Zeitraum;01.11.2026 - 20.11.2026\n"
    "\n"
    "Buchungstag;Empfänger;Verwendungszweck;Betrag;Währung\n"
    "03.11.2026;TIKTOK*COINS;Coins 1.400;-19,99;EUR\n"
    "04.11.2026;REWE Markt;Einkauf;-1.234,50;EUR\n"
    "05.11.2026;Twitch Interactive;Bits;-5,60;EUR\n"
)
GERMAN_MAP = (
    "date=Buchungstag,date-format=%d.%m.%Y,amount=Betrag,payee=Empfänger,"
    "memo=Verwendungszweck,currency=Währung,decimal=comma,delimiter=semicolon,skip=3"
)


@pytest.fixture
def fan(db):
    Settings(db).set("home_currency", "EUR")
    return db


def test_a_mapped_german_export_reads_decimal_commas_and_dates() -> None:
    m = csvmap.parse_mapping(GERMAN_MAP)
    lines = csvmap.read_mapped(GERMAN.encode(), "umsatz.csv", m, default_currency="USD")
    assert [(x.day, x.amount_minor, x.currency, x.payee) for x in lines] == [
        (date(2026, 11, 3), -1999, "EUR", "TIKTOK*COINS"),
        (date(2026, 11, 4), -123450, "EUR", "REWE Markt"),
        (date(2026, 11, 5), -560, "EUR", "Twitch Interactive"),
    ]
    assert lines[0].where == "umsatz.csv, line 5"


def test_the_mapping_is_remembered_for_the_banks_next_export(fan, tmp_path, capsys) -> None:
    path = tmp_path / "umsatz.csv"
    path.write_text(GERMAN, encoding="utf-8")
    code, out, err = run(capsys, "import", str(path), "--map", GERMAN_MAP, "--dry-run", "--json")
    assert (code, err) == (0, "")
    assert [r["status"] for r in json.loads(out)] == ["add", "unmatched", "add"]
    assert fan.execute("SELECT COUNT(*) FROM csv_mappings").fetchone()[0] == 0  # only tried
    assert run(capsys, "import", str(path), "--map", GERMAN_MAP)[0] == 0
    assert ledger.count(fan) == 2
    later = tmp_path / "umsatz-december.csv"
    later.write_text(GERMAN, encoding="utf-8")  # same bank, same header: no --map needed
    # The same lines in the next export are already there.
    again = import_file(fan, later, now=NOW).result
    assert again.startswith("Imported 0 entries from umsatz-december.csv; 2 already")
    assert ledger.count(fan) == 2


def test_debit_and_credit_columns() -> None:
    text = "Date,Description,Debit,Credit\n11/03/2026,KICK.COM,4.99,\n11/04/2026,Refund,,2.00\n"
    m = csvmap.parse_mapping(
        "date=Date,date-format=%m/%d/%Y,payee=Description,debit=Debit,credit=Credit,currency=USD"
    )
    lines = csvmap.read_mapped(text.encode(), "card.csv", m, default_currency="EUR")
    assert [(x.amount_minor, x.currency) for x in lines] == [(-499, "USD"), (200, "USD")]


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("date=D,payee=P", "either an amount column or debit/credit"),
        ("date=D,payee=P,amount=A,debit=X", "either an amount column or debit/credit"),
        ("date=D,payee=P,amount=A,colour=red", "unknown key 'colour'"),
        ("date=D,payee=P,amount=A,skip=99", "skip must be 0 to 50"),
        ("payee=P,amount=A", "the date and the payee"),
    ],
)
def test_a_bad_mapping_says_what_is_wrong(spec, message) -> None:
    with pytest.raises(InputError, match=message):
        csvmap.parse_mapping(spec)


def test_a_column_the_file_lacks_and_a_bad_cell_name_their_line() -> None:
    m = csvmap.parse_mapping("date=Date,payee=Payee,amount=Sum")
    with pytest.raises(InputError, match=r"x\.csv, line 1: no column 'Sum'"):
        csvmap.read_mapped(b"Date,Payee,Amount\n", "x.csv", m, default_currency="EUR")
    m = csvmap.parse_mapping("date=Date,payee=Payee,amount=Amount")
    bad = b"Date,Payee,Amount\n2026-11-03,Kick,-1\n2026-13-03,Kick,-1\n"
    with pytest.raises(InputError, match=r"x\.csv, line 3: '2026-13-03' is not a date like"):
        csvmap.read_mapped(bad, "x.csv", m, default_currency="EUR")


def test_an_unmapped_bank_csv_points_to_map(fan, tmp_path, capsys) -> None:
    path = tmp_path / "umsatz.csv"
    path.write_text("Buchungstag,Betrag\n03.11.2026,-1\n", encoding="utf-8")
    code, _, err = run(capsys, "import", str(path))
    assert code == 2 and "with --map" in err
    assert ledger.count(fan) == 0
