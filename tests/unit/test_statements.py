"""Bank statements and platform histories: reading real files, preview, duplicates, import."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from companion.core.budget import actions, budget, ledger
from companion.core.budget.statements import ofx, qif
from companion.core.budget.statements.lines import StatementLine
from companion.core.budget.statements.preview import preview
from companion.core.budget.statements.rules import load_rules, parse_rules
from companion.core.errors import InputError
from companion.core.imports import import_file, preview_import
from companion.core.store.settings import Settings
from tests.unit.cli_run import run

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
REAL = Path(__file__).parent.parent / "real" / "statements"


@pytest.fixture
def fan(db):
    Settings(db).set("home_currency", "EUR")
    Settings(db).set("time_zone", "Europe/Berlin")
    return db


def sgml(*txns: tuple[str, str, str, str], currency: str = "EUR") -> str:
    """A built (not real) OFX 1.02 statement in the SGML banks send, without closing tags."""
    body = "".join(
        f"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>{d}<TRNAMT>{a}<FITID>{f}<NAME>{n}\n</STMTTRN>\n"
        for d, a, f, n in txns
    )
    return (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        "<DTSERVER>20261120<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1><BANKMSGSRSV1><STMTTRNRS>"
        f"<TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>{currency}\n"
        "<BANKACCTFROM><BANKID>1<ACCTID>DE42<ACCTTYPE>CHECKING</BANKACCTFROM>\n"
        f"<BANKTRANLIST><DTSTART>20261101<DTEND>20261120\n{body}</BANKTRANLIST>"
        "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
    )


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def count(db) -> int:
    return ledger.count(db)


# -- real files ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "n", "first"),
    [
        ("bank_medium.ofx", 3, (date(2009, 4, 1), -660, "CAD", "MCDONALD'S #112")),
        ("checking.ofx", 3, (date(2011, 3, 31), 1, "USD", "DIVIDEND EARNED FOR PERIOD OF 03")),
        ("suncorp.ofx", 1, (date(2013, 12, 15), -1685, "AUD", "EFTPOS WDL HANDYWAY ALDI STORE")),
        ("anzcc.ofx", 1, (date(2017, 5, 8), -550, "AUD", "")),
        ("fidelity-savings.ofx", 4, (date(2012, 7, 20), -150000, "USD", "Check Paid #0000001001")),
        ("br_nubank_cc.ofx", 6, (date(2024, 3, 23), -1300, "BRL", "")),
        ("stmtrs_euro.ofx", 2, (date(2005, 10, 4), -20000, "USD", "")),
        # Declares CHARSET:1252 but is UTF-8, and starts with a blank line.
        ("chase_cc.qfx", 1, (date(2020, 1, 1), -1000, "USD", "SQ *ECCO UN POCO ¦ NATURA")),
    ],
)
def test_real_ofx_statements_read_every_transaction(name, n, first) -> None:
    lines = ofx.read_ofx((REAL / name).read_bytes(), name, default_currency="EUR")
    assert len(lines) == n
    line = lines[0]
    assert (line.day, line.amount_minor, line.currency, line.payee) == first
    assert all(x.source_id and x.source_id.startswith("ofx:") for x in lines)
    assert len({x.source_id for x in lines}) == n


def test_a_four_decimal_ofx_amount_rounds_half_even_to_cents() -> None:
    lines = ofx.read_ofx((REAL / "fidelity-savings.ofx").read_bytes(), "f", default_currency="X")
    assert lines[1].amount_minor == 11583  # 115.8331


def test_a_cp1252_statement_keeps_its_accents() -> None:
    text = sgml(("20261103", "-9.99", "A1", "CAF\xc9 M\xdcLLER"))  # built, as a German bank sends
    (line,) = ofx.read_ofx(text.encode("cp1252"), "b.ofx", default_currency="EUR")
    assert line.payee == "CAFÉ MÜLLER"


def test_real_qfx_imports_through_companion_import(fan, capsys) -> None:
    code, out, _ = run(capsys, "import", str(REAL / "chase_cc.qfx"), "--dry-run", "--json")
    assert code == 0
    (row,) = json.loads(out)
    assert (row["date"], row["amount"], row["currency"], row["status"]) == (
        "2020-01-01", "-10.00", "USD", "unmatched",
    )  # fmt: skip


def test_real_qif_reads_bank_records_and_skips_lists() -> None:
    lines = qif.read_qif((REAL / "quiffen_test.qif").read_bytes(), "t.qif", currency="USD")
    assert [(x.day, x.amount_minor, x.payee) for x in lines] == [
        (date(2020, 2, 10), 0, "Opening Balance"),
        (date(2020, 2, 14), 6750, "T-Mobile"),
        (date(2020, 2, 14), 3200, "US Post Office"),
        (date(2020, 2, 12), -1000, "Target"),
        (date(2020, 2, 11), -2500, "Walmart"),
        (date(2020, 2, 10), -10000, "Amazon.com"),  # the record's total, not a split's date
    ]
    assert lines[3].where == "t.qif, line 52"
    split = qif.read_qif((REAL / "quiffen_split.qif").read_bytes(), "s.qif", currency="USD")
    assert [(x.day, x.amount_minor) for x in split] == [(date(2000, 1, 1), -1000)]


@pytest.mark.parametrize("raw", ["12/31'02", "12/31/2002", "31.12.2002", "2002-12-31", "12/31' 2"])
def test_qif_date_styles_banks_use(raw) -> None:
    text = f"!Type:CCard\nD{raw}\nT-9.99\nPTikTok\n^\n"
    (line,) = qif.read_qif(text.encode(), "c.qif", currency="EUR")
    assert line.day == date(2002, 12, 31)


def test_qif_day_month_order_is_decided_for_the_whole_file() -> None:
    text = "!Type:Bank\nD03/04/2024\nT-1\nPa\n^\nD25/04/2024\nT-1\nPb\n^\n"
    lines = qif.read_qif(text.encode(), "b.qif", currency="EUR")
    assert [x.day for x in lines] == [date(2024, 4, 3), date(2024, 4, 25)]
    us = "!Type:Bank\nD03/04/2024\nT-1\nPa\n^\n"
    assert qif.read_qif(us.encode(), "b.qif", currency="EUR")[0].day == date(2024, 3, 4)


# -- rules -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("payee", "memo", "platform"),
    [
        ("TIKTOK*COINS 800", "", "tiktok"),
        ("GOOGLE *YouTube", "Super Chat", "youtube"),
        ("GOOGLE*YOUTUBEPREMIUM", "", None),  # a subscription to Google, not to a creator
        ("GOOGLE *YouTube", "Channel membership", "youtube"),
        ("APPLE.COM/BILL", "TikTok coins", "tiktok"),
        ("APPLE.COM/BILL", "", None),
        ("Twitch Interactive", "", "twitch"),
        ("KICK.COM", "", "kick"),
        ("Kickstarter", "", None),
        ("Telegram Stars", "", "telegram"),
        ("FACEBK *INSTAGRAM", "", "instagram"),
        ("REWE Markt", "", None),
    ],
)
def test_shipped_rules_recognise_gifting_payees(payee, memo, platform) -> None:
    assert load_rules().platform(payee, memo) == platform


def test_the_fans_own_rules_in_the_data_folder_replace_the_shipped(tmp_path) -> None:
    (tmp_path / "import_rules.json").write_text(
        json.dumps({"rules": [{"platform": "kick", "patterns": ["REWE"]}]}), encoding="utf-8"
    )
    rules = load_rules(tmp_path)
    assert rules.platform("REWE Markt") == "kick"
    assert rules.platform("TikTok") is None


def test_broken_rules_name_the_place() -> None:
    with pytest.raises(InputError, match=r"\$\.rules\[0\]\.patterns"):
        parse_rules('{"rules": [{"platform": "kick", "patterns": []}]}')


# -- preview and import ----------------------------------------------------------------------
def test_dry_run_json_lists_every_line_and_writes_nothing(fan, tmp_path, capsys) -> None:
    path = write(
        tmp_path,
        "nov.ofx",
        sgml(
            ("20261103", "-9.99", "A1", "TIKTOK COINS"),
            ("20261105", "-54.10", "A2", "REWE SUPERMARKT"),
            ("20261106", "1200.00", "A3", "SALARY"),
        ),
    )
    code, out, _ = run(capsys, "import", str(path), "--dry-run", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["date"], r["amount"], r["currency"], r["payee"], r["platform"], r["status"])
            for r in rows] == [
        ("2026-11-03", "-9.99", "EUR", "TIKTOK COINS", "tiktok", "add"),
        ("2026-11-05", "-54.10", "EUR", "REWE SUPERMARKT", None, "unmatched"),
        ("2026-11-06", "1200.00", "EUR", "SALARY", None, "skipped"),
    ]  # fmt: skip
    assert "money in" in rows[2]["reason"]
    code, out, _ = run(capsys, "ledger", "--json")
    assert json.loads(out) == []


def test_importing_the_same_statement_twice_adds_nothing(fan, tmp_path) -> None:
    path = write(
        tmp_path,
        "nov.ofx",
        sgml(("20261103", "-9.99", "A1", "TIKTOK COINS"), ("20261104", "-4.99", "A2", "Twitch")),
    )
    first = import_file(fan, path, now=NOW).result
    assert first.startswith("Imported 2 entries from nov.ofx")
    assert import_file(fan, path, now=NOW).result.startswith("Imported 0 entries from nov.ofx")
    assert count(fan) == 2
    e = ledger.entries(fan, descending=False)[0]
    assert (e.platform, e.amount_minor, e.currency, e.source_id) == (
        "tiktok",
        999,
        "EUR",
        "ofx:DE42:A1",
    )


def test_an_overlapping_download_adds_only_the_new_lines(fan, tmp_path) -> None:
    import_file(fan, write(tmp_path, "a.ofx", sgml(("20261103", "-9.99", "A1", "TIKTOK"))), now=NOW)
    later = sgml(("20261103", "-9.99", "A1", "TIKTOK"), ("20261104", "-9.99", "A2", "TIKTOK"))
    rows = preview_import(fan, write(tmp_path, "b.ofx", later), now=NOW)
    assert [r["status"] for r in rows] == ["duplicate", "add"]


def lines_on(day: date, amount: int = -999, payee: str = "TikTok", sid=None) -> StatementLine:
    return StatementLine(day, amount, "EUR", payee, source_id=sid)


def typed(db, day: date, amount: str = "9.99") -> None:
    entry = ledger.make_purchase(
        db, platform="tiktok", units=700, amount=amount, currency="EUR", when=day.isoformat(),
        now=NOW, zone=ledger.ZoneInfo("Europe/Berlin"), home="EUR",
    )  # fmt: skip
    actions.log_entry(db, entry, now=NOW)


@pytest.mark.parametrize(("offset", "status"), [(-3, "add"), (-2, "duplicate"), (0, "duplicate"),
                                                (2, "duplicate"), (3, "add")])  # fmt: skip
def test_a_typed_purchase_is_a_duplicate_within_two_days_only(fan, offset, status) -> None:
    typed(fan, date(2026, 11, 10))
    line = lines_on(date(2026, 11, 10) + timedelta(days=offset), sid="qif:x")
    (row,) = preview(fan, [line], load_rules(), now=NOW, zone=ledger.ZoneInfo("Europe/Berlin"))
    assert row.status == status


@pytest.mark.parametrize(("amount", "status"), [(-999, "duplicate"), (-998, "add"), (-1000, "add")])
def test_likeness_needs_the_exact_amount(fan, amount, status) -> None:
    typed(fan, date(2026, 11, 10))
    (row,) = preview(
        fan, [lines_on(date(2026, 11, 10), amount)], load_rules(), now=NOW,
        zone=ledger.ZoneInfo("Europe/Berlin"),
    )  # fmt: skip
    assert row.status == status


def test_one_typed_entry_stands_for_one_line_only(fan) -> None:
    typed(fan, date(2026, 11, 10))
    two = [lines_on(date(2026, 11, 10)), lines_on(date(2026, 11, 10))]
    rows = preview(fan, two, load_rules(), now=NOW, zone=ledger.ZoneInfo("Europe/Berlin"))
    assert [r.status for r in rows] == ["duplicate", "add"]


def test_two_equal_qif_lines_both_import_and_reimport_adds_nothing(fan, tmp_path) -> None:
    text = "!Type:Bank\nD11/10/2026\nT-9.99\nPTIKTOK\n^\nD11/10/2026\nT-9.99\nPTIKTOK\n^\n"
    path = write(tmp_path, "nov.qif", text)
    import_file(fan, path, now=NOW)
    assert count(fan) == 2
    import_file(fan, path, now=NOW)
    assert count(fan) == 2


def test_units_come_from_a_catalog_bundle_of_that_price(fan, tmp_path) -> None:
    price = fan.execute(
        "SELECT price_minor, currency, units + bonus_units FROM bundles "
        "WHERE platform = 'tiktok' AND hidden = 0 LIMIT 1"
    ).fetchone()
    if price is None:
        pytest.skip("the shipped catalog has no TikTok bundle")
    minor, cur, units = price
    amount = f"-{Decimal(minor) / 100:.2f}"
    path = write(tmp_path, "b.ofx", sgml(("20261103", amount, "A1", "TIKTOK"), currency=cur))
    import_file(fan, path, now=NOW)
    assert ledger.entries(fan)[0].units == units


def test_an_import_over_budget_asks_once_and_writes_nothing_until_confirmed(fan, tmp_path) -> None:
    budget.set_budget(fan, "overall", "monthly", "10", "EUR", now=NOW)
    path = write(
        tmp_path,
        "nov.ofx",
        sgml(("20261120", "-6.00", "A1", "TIKTOK"), ("20261121", "-6.00", "A2", "TIKTOK")),
    )
    with pytest.raises(actions.NeedsConfirmation):
        import_file(fan, path, now=NOW)
    assert count(fan) == 0
    done = import_file(fan, path, actions.Answers(confirmed=True), now=NOW)
    assert count(fan) == 2
    assert len({a.threshold for a in done.alerts}) == len(done.alerts)  # each alert once


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("bad.qif", "!Type:Bank\nD11/10/2026\nT-9.99\n^\nD31/31/2026\nT-1\n^\n", "bad.qif, line 5"),
        ("bad.qif", "!Type:Bank\nD11/10/2026\nTlots\n^\n", "bad.qif, line 2"),
        ("bad.ofx", "OFXHEADER:100\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR"
         "<BANKTRANLIST><STMTTRN><TRNAMT>x<FITID>1</STMTTRN>", "bad.ofx"),
    ],
)  # fmt: skip
def test_bad_input_names_the_file_and_place_exit_2_nothing_written(
    fan, tmp_path, capsys, name, text, where
) -> None:
    path = write(tmp_path, name, text)
    code, _out, err = run(capsys, "import", str(path))
    assert code == 2
    assert where in err
    assert len(err.strip().splitlines()) == 1
    assert count(fan) == 0


@pytest.mark.parametrize("name", sorted(p.name for p in REAL.glob("*.ofx")))
def test_our_ofx_reader_agrees_with_ofxparse_on_every_real_statement(name) -> None:
    import io
    import warnings

    ofxparse = pytest.importorskip("ofxparse")
    data = (REAL / name).read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # bs4 reads OFX 2 with its HTML parser and says so
        theirs = [
            t
            for a in ofxparse.OfxParser.parse(io.BytesIO(data)).accounts
            for t in a.statement.transactions
            if isinstance(t, ofxparse.Transaction)
        ]
    ours = ofx.read_ofx(data, name, default_currency="EUR")
    assert [(x.amount_minor, x.source_id.rsplit(":", 1)[1], x.payee, x.memo) for x in ours] == [
        (int(t.amount.scaleb(2).to_integral_value()), t.id, t.payee, t.memo) for t in theirs
    ]
    for x, t in zip(ours, theirs, strict=True):
        if x.moment is not None:
            assert x.moment.replace(tzinfo=None) == t.date


def test_ofx_stamps_keep_the_day_as_written_and_the_instant_in_utc() -> None:
    assert ofx.parse_stamp("20240323") == (date(2024, 3, 23), None)
    day, moment = ofx.parse_stamp("20240323000000[+1:CET]")
    assert day == date(2024, 3, 23)
    assert moment == datetime(2024, 3, 22, 23, 0, tzinfo=timezone.utc)
    assert ofx.parse_stamp("20101106160000.00[-5:EST]")[1] == datetime(
        2010, 11, 6, 21, 0, tzinfo=timezone.utc
    )
    with pytest.raises(ValueError, match="not an OFX date"):
        ofx.parse_stamp("2024-03-23")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("<STMTTRN><DTPOSTED>20261103<FITID>1</STMTTRN>", "line 14: a transaction without an "
         "amount (TRNAMT)"),
        ("<STMTTRN><DTPOSTED>2026-11-03<TRNAMT>-1<FITID>1</STMTTRN>", "line 14: DTPOSTED "),
        ("\n\n<STMTTRN><DTPOSTED>20261103<TRNAMT>lots<FITID>1</STMTTRN>", "line 16: TRNAMT "),
    ],
)  # fmt: skip
def test_a_broken_ofx_transaction_names_its_line(body, message) -> None:
    text = sgml().replace("</BANKTRANLIST>", body + "</BANKTRANLIST>")
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        ofx.read_ofx(text.encode(), "x.ofx", default_currency="EUR")


def test_a_statement_without_currency_or_account_reads_in_the_home_currency() -> None:
    text = (
        "<OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><BANKTRANLIST>"
        "<STMTTRN><DTPOSTED>20261103<TRNAMT>-4.99<FITID>9<NAME>Kick.com</STMTTRN>"
        "</BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>"
    )
    (line,) = ofx.read_ofx(text.encode(), "cc.qfx", default_currency="GBP")
    assert (line.amount_minor, line.currency, line.source_id) == (-499, "GBP", "ofx::9")


def test_a_transaction_in_another_currency_keeps_it_and_an_unclosed_one_is_an_error() -> None:
    foreign = (
        "<STMTTRN><DTPOSTED>20261103<TRNAMT>-5.00<FITID>F1<NAME>Twitch"
        "<CURRENCY><CURRATE>0.9<CURSYM>USD</CURRENCY></STMTTRN>"
        "<STMTTRN><DTPOSTED>20261103<TRNAMT>-4.50<FITID>F2<NAME>Twitch"
        "<ORIGCURRENCY><CURRATE>0.9<CURSYM>USD</ORIGCURRENCY></STMTTRN>"
    )
    text = sgml().replace("</BANKTRANLIST>", foreign + "</BANKTRANLIST>")
    lines = ofx.read_ofx(text.encode(), "x.ofx", default_currency="EUR")
    assert [(x.amount_minor, x.currency) for x in lines] == [(-500, "USD"), (-450, "EUR")]
    unclosed = sgml().replace(
        "</BANKTRANLIST>",
        "<STMTTRN><DTPOSTED>20261103<TRNAMT>-1<FITID>1\n"
        "<STMTTRN><DTPOSTED>20261104<TRNAMT>-2<FITID>2</STMTTRN></BANKTRANLIST>",
    )
    with pytest.raises(InputError, match=r"x\.ofx, line 14: a transaction without </STMTTRN>"):
        ofx.read_ofx(unclosed.encode(), "x.ofx", default_currency="EUR")


def test_one_undo_step_takes_an_import_back_and_it_can_come_again(fan, tmp_path) -> None:
    from companion.core.budget.statements.importing import imported_batch, undo_import, undo_label

    typed(fan, date(2026, 11, 10))  # far enough from the statement's days to be another
    path = write(
        tmp_path,
        "nov.ofx",
        sgml(("20261103", "-9.99", "A1", "TIKTOK"), ("20261104", "-4.99", "A2", "Twitch")),
    )
    import_file(fan, path, now=NOW)
    assert undo_label(path.name, len(imported_batch(fan, path.name, NOW))) == (
        "Undo import of nov.ofx, 2 entries"
    )
    later = NOW + timedelta(minutes=5)
    assert undo_import(fan, path.name, NOW, actions.NO_ANSWERS, now=later).result == 2
    assert count(fan) == 1  # the typed entry stays
    assert import_file(fan, path, now=later).result.startswith("Imported 2 entries")


def test_undoing_an_import_under_the_lock_needs_the_passcode(fan, tmp_path) -> None:
    from companion.core.budget import lock
    from companion.core.budget.statements.importing import undo_import

    budget.set_budget(fan, "overall", "monthly", "100", "EUR", now=NOW)
    import_file(fan, write(tmp_path, "n.ofx", sgml(("20261120", "-9.99", "A1", "TIKTOK"))), now=NOW)
    lock.enable(fan, "4321")
    with pytest.raises(actions.NeedsPasscode):
        undo_import(fan, "n.ofx", NOW, actions.NO_ANSWERS, now=NOW)
    assert count(fan) == 1
    undo_import(fan, "n.ofx", NOW, actions.Answers(passcode="4321"), now=NOW)
    assert count(fan) == 0


def test_an_ofx_line_without_fitid_gets_the_same_id_in_every_copy() -> None:
    text = sgml().replace(
        "</BANKTRANLIST>",
        "<STMTTRN><DTPOSTED>20261103<TRNAMT>-1<NAME>Kick</STMTTRN>"
        "<STMTTRN><DTPOSTED>20261103<TRNAMT>-1<NAME>Kick</STMTTRN></BANKTRANLIST>",
    )
    ids = [x.source_id for x in ofx.read_ofx(text.encode(), "x.ofx", default_currency="EUR")]
    assert ids == ["ofx:~2026-11-03:-100:kick:1", "ofx:~2026-11-03:-100:kick:2"]


def test_cli_undo_takes_back_the_latest_import_of_that_file(fan, tmp_path, capsys) -> None:
    path = write(tmp_path, "nov.ofx", sgml(("20261103", "-9.99", "A1", "TIKTOK")))
    assert run(capsys, "import", str(path))[0] == 0
    code, out, _ = run(capsys, "import", str(path), "--undo", now=NOW + timedelta(hours=1))
    assert code == 0
    assert out.strip() == (
        "Undid the import of nov.ofx from 2026-11-25T12:00:00+00:00: 1 entry removed."
    )
    assert count(fan) == 0
    code, _, err = run(capsys, "import", str(path), "--undo")
    assert code == 2 and "no import of this file" in err


def test_dry_run_of_a_file_that_is_not_a_statement_says_so(fan, tmp_path, capsys) -> None:
    path = write(tmp_path, "ledger.csv", "date,type,platform,units,amount\n")
    code, _, err = run(capsys, "import", str(path), "--dry-run", "--json")
    assert code == 2 and "--dry-run reads bank statements" in err
