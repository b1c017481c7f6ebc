"""Statement import at scale: a 50,000-line OFX statement previewed, imported and imported again
(every line a duplicate), and the ECB's whole rate history (~6,700 days × 41 currencies).

Reference (issue #16): preview ≤ 2 s, import ≤ 3 s, re-import ≤ 2 s, ECB history ≤ 3 s.

    python bench/statements.py [--lines N] [--ecb eurofxref-hist.csv]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

PAYEES = ["TIKTOK COINS", "GOOGLE *YouTube", "Twitch Interactive", "REWE SUPERMARKT",
          "APPLE.COM/BILL", "Telegram Stars", "KICK.COM", "Shell Station"]  # fmt: skip
REFERENCE = {"preview": 2.0, "import": 3.0, "re-import": 2.0, "ECB history": 3.0}


def statement(n: int, seed: int = 7) -> str:
    rnd = random.Random(seed)
    start = date(2022, 1, 1)
    body = []
    for i in range(n):
        day = start + timedelta(days=i * 1000 // n)
        amount = f"-{rnd.randint(99, 9999) / 100:.2f}"
        body.append(
            f"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>{day:%Y%m%d}<TRNAMT>{amount}"
            f"<FITID>F{i:07d}<NAME>{rnd.choice(PAYEES)}\n</STMTTRN>\n"
        )
    return (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        "<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        "<STMTRS><CURDEF>EUR\n<BANKACCTFROM><BANKID>1<ACCTID>BENCH<ACCTTYPE>CHECKING"
        "</BANKACCTFROM>\n<BANKTRANLIST><DTSTART>20220101<DTEND>20241231\n"
        + "".join(body)
        + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
    )


def ecb_history(days: int = 6700) -> str:
    codes = ["USD", "JPY", "BGN", "CYP", "CZK", "DKK", "EEK", "GBP", "HUF", "LTL", "LVL", "MTL",
             "PLN", "ROL", "RON", "SEK", "SIT", "SKK", "CHF", "ISK", "NOK", "HRK", "RUB", "TRL",
             "TRY", "AUD", "BRL", "CAD", "CNY", "HKD", "IDR", "ILS", "INR", "KRW", "MXN", "MYR",
             "NZD", "PHP", "SGD", "THB", "ZAR"]  # fmt: skip
    rnd = random.Random(3)
    rows = ["Date," + ",".join(codes) + ","]
    day = date(2025, 5, 9)
    for _ in range(days):
        cells = ["N/A" if rnd.random() < 0.2 else f"{rnd.uniform(0.5, 200):.4f}" for _ in codes]
        rows.append(f"{day.isoformat()}," + ",".join(cells) + ",")
        day -= timedelta(days=1)
    return "\n".join(rows) + "\n"


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=50_000)
    ap.add_argument("--ecb", type=Path, help="a real eurofxref-hist.csv (else one is built)")
    args = ap.parse_args()
    from companion.core.budget import actions
    from companion.core.budget.statements.importing import preview_file, reader_for
    from companion.core.budget.statements.preview import import_rows
    from companion.core.data import open_store
    from companion.core.money.history import import_ecb
    from companion.core.store.settings import Settings, prefs

    now = datetime(2025, 6, 1, 12, tzinfo=timezone.utc)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_store(folder / "data", now=datetime.now(timezone.utc))
        Settings(db).set("home_currency", "EUR")
        path = folder / "big.ofx"
        path.write_text(statement(args.lines), encoding="ascii")
        data = path.read_bytes()
        reader = reader_for(path, data)
        p = prefs(db)

        def preview():
            return preview_file(db, path, data, reader, now=now, data_dir=None)

        def do_import():
            rows = preview()
            return import_rows(db, rows, actions.Answers(confirmed=True), name=path.name,
                               now=now, zone=p.zone, home=p.home).result  # fmt: skip

        figures["preview"], rows = timed(preview)
        adds = sum(r.status == "add" for r in rows)
        figures["import"], added = timed(do_import)
        figures["re-import"], again = timed(do_import)
        text = args.ecb.read_text(encoding="utf-8") if args.ecb else ecb_history()
        figures["ECB history"], summary = timed(lambda: import_ecb(db, text, today=now.date()))
        db.close()
    print(
        f"{args.lines:,}-line OFX: {adds:,} recognised, {added:,} imported, {again:,} on re-import"
    )
    print(summary)
    for name, seconds in figures.items():
        ok = "ok" if seconds <= REFERENCE[name] else "SLOWER"
        print(f"{name:<12} {seconds:6.2f} s   (reference ≤ {REFERENCE[name]:.0f} s) {ok}")


if __name__ == "__main__":
    main()
