"""The ECB's rate files as downloaded, and entries valued at the rate of their own day."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from companion.core.budget import ledger
from companion.core.errors import InputError
from companion.core.imports import import_file
from companion.core.money import rates
from companion.core.money.history import DayRates, import_ecb, parse_ecb
from companion.core.store.settings import Settings
from tests.unit.cli_run import run

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
REAL = Path(__file__).parent.parent / "real" / "rates"


def test_the_daily_file_as_downloaded_imports(db, capsys) -> None:
    code, out, err = run(capsys, "import", str(REAL / "eurofxref.csv"))
    assert (code, err) == (0, "")
    assert "31 currencies" in out and "2018-01-25" in out
    kept = rates.find_rate(db, "EUR", "USD")
    assert kept is not None and kept.rate == Decimal("1.2407") and kept.as_of == date(2018, 1, 25)


def test_the_history_file_keeps_every_day_and_skips_na(db) -> None:
    text = (REAL / "eurofxref-hist-excerpt.csv").read_text(encoding="utf-8")
    summary = import_ecb(db, text, today=NOW.date())
    assert "40 days (1999-01-04 to 2025-05-09)" in summary
    book = DayRates.load(db, NOW)
    assert book.rate_on("EUR", "USD", date(2025, 5, 9)) == Decimal("1.1252")
    assert book.rate_on("EUR", "CYP", date(1999, 1, 4)) == Decimal("0.58231")
    # N/A in every later row kept: the last day with a rate still counts.
    assert book.rate_on("EUR", "CYP", date(2025, 5, 9)) == book.rate_on(
        "EUR", "CYP", date(1999, 2, 1)
    )
    # No rate before the first day kept.
    assert book.rate_on("EUR", "USD", date(1999, 1, 3)) is None
    # Importing again changes nothing.
    before = db.execute("SELECT COUNT(*) FROM rate_history").fetchone()[0]
    import_ecb(db, text, today=NOW.date())
    assert db.execute("SELECT COUNT(*) FROM rate_history").fetchone()[0] == before


def test_nearest_earlier_day_and_crossing_through_the_euro(db) -> None:
    text = "Date,USD,GBP,\n2025-05-09,1.25,0.80,\n2025-05-07,1.00,0.50,\n"
    import_ecb(db, text, today=NOW.date(), name="h.csv")
    book = DayRates.load(db, NOW)
    assert book.rate_on("EUR", "USD", date(2025, 5, 8)) == Decimal("1.00")  # the 7th's
    assert book.rate_on("EUR", "USD", date(2025, 5, 9)) == Decimal("1.25")
    assert book.rate_on("USD", "EUR", date(2025, 5, 9)) == Decimal("0.8")
    assert book.rate_on("USD", "GBP", date(2025, 5, 8)) == Decimal("0.5")


def test_a_statement_line_converts_at_its_own_days_rate(db, tmp_path) -> None:
    from companion.core.budget.statements.importing import preview_file, reader_for
    from companion.core.budget.statements.preview import entries_for

    import_ecb(db, "Date,USD,\n2025-05-09,1.25,\n2025-05-07,1.00,\n", today=NOW.date())
    # QIF carries no currency: it is read in the home currency of the moment (USD here).
    Settings(db).set("home_currency", "USD")
    path = tmp_path / "s.qif"
    path.write_text("!Type:CCard\nD2025-05-08\nT-10.00\nPTwitch\n^\n", encoding="utf-8")
    data = path.read_bytes()
    rows = preview_file(db, path, data, reader_for(path, data), now=NOW, data_dir=None)
    zone = ledger.ZoneInfo("UTC")
    (entry,) = entries_for(db, rows, name="s.qif", now=NOW, zone=zone, home="EUR")
    assert (entry.home_minor, entry.rate) == (1000, "1")  # the 7th's rate, not today's 1.25


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Date,USD,\n2025-05-09,abc,\n", "h.csv, line 2, USD: 'abc' is not a rate"),
        ("Date,USD,\n2025-13-09,1.1,\n", "h.csv, line 2: '2025-13-09' is not a date"),
        ("Date,USD,\n2027-01-01,1.1,\n", "h.csv, line 2: 2027-01-01 is in the future"),
        ("Date,US Dollar,\n2025-05-09,1.1,\n", "h.csv, line 1: 'US Dollar' is not a currency"),
        ("Date,USD,\n", "h.csv: the file has a header but no rates"),
    ],
)
def test_bad_rate_files_say_where(db, text, message) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        parse_ecb(text, today=NOW.date(), name="h.csv")


def test_import_file_sends_ecb_files_to_the_rate_history(db, tmp_path) -> None:
    path = tmp_path / "eurofxref-hist.csv"
    path.write_text("Date,USD,JPY,\n2025-05-09,1.1252,N/A,\n", encoding="utf-8")
    assert "Imported 1 exchange rates" in import_file(db, path, now=NOW).result
