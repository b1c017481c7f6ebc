"""``companion import FILE`` and ``companion export FILE``: the format follows the extension."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from companion.cli.context import EXIT_OK, Context, say


def register(subs: argparse._SubParsersAction, common: Callable[..., None]) -> None:
    p = subs.add_parser(
        "import",
        help="import a file: calendar .ics, catalog .json, ledger or exchange-rate .csv",
        description="Import FILE by its extension: .ics live events (unreadable events are "
        "listed and skipped; importing again updates by UID); .json a bundle catalog; .csv "
        "the ledger "
        "(columns date,type,platform,units,amount,currency,creator,note) or exchange rates "
        "(base,quote,rate,as_of,source), told apart by the header. Every row is checked "
        "first; nothing is saved unless the whole file is valid. A .sqlite backup replaces all "
        "data after it is checked; your current data is kept as a backup first. Bank and "
        "card statements (.ofx, .qfx, .qif, or a bank's .csv read through --map) and "
        "platform histories (TikTok user_data.json, Twitch bits/subscriptions .csv or the "
        "data request .zip, Google Play 'Purchase History.json', Google Pay "
        "'transactions_*.csv') add the lines that the import "
        "rules recognise as gifting; lines already in the ledger are left out, and --undo "
        "takes an import back. The ECB's eurofxref.csv and eurofxref-hist.csv keep daily "
        "exchange rates.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="a ledger that goes over a budget: save it")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="a statement or platform history: show what would be imported, write nothing",
    )
    p.add_argument("--json", action="store_true", help="with --dry-run: every line as JSON")
    p.add_argument(
        "--map",
        metavar="SPEC",
        help="a bank CSV: how to read it, remembered for that bank's next export, e.g. "
        "'date=Buchungstag,date-format=%%d.%%m.%%Y,amount=Betrag,payee=Empfänger,"
        "decimal=comma,delimiter=semicolon,skip=4,currency=EUR' (or debit=...,credit=...)",
    )
    p.add_argument(
        "--undo",
        action="store_true",
        help="take back the latest import of a statement or history with FILE's name",
    )
    p.add_argument(
        "--rate", metavar="R", help="a ledger priced in a currency with no kept rate: 1 X = R home"
    )
    common(p)
    p.set_defaults(handler=run_import)

    p = subs.add_parser(
        "export",
        help="export to a file: calendar .ics, ledger .csv or catalog .json",
        description="Export to FILE by its extension: .ics every event (with VTIMEZONE "
        "blocks), .csv the ledger, .json the bundle catalog, .sqlite a full backup. The file "
        "is written in full or not at all.",
    )
    p.add_argument("file", metavar="FILE")
    common(p)
    p.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from companion.cli import asking
    from companion.core.imports import import_file

    now, path = ctx.now(), Path(args.file)
    if args.dry_run:
        return _dry_run(args, ctx, path)
    if args.map:
        _use_mapping(ctx, path, args.map)
    if args.undo:
        from companion.core.budget.statements.importing import undo_latest

        done = asking.run(lambda a: undo_latest(ctx.db, path.name, a, now=now), yes=args.yes)
        print(done.result)
        return EXIT_OK
    done = asking.run(
        lambda a: import_file(ctx.db, path, a, now=now, data_dir=ctx.data_dir),
        yes=args.yes,
        rate=args.rate,
    )
    say(done.result)
    return EXIT_OK


def _use_mapping(ctx: Context, path: Path, spec: str) -> None:
    from companion.core.budget.statements.csvmap import use_mapping
    from companion.core.imports import read_bytes

    use_mapping(ctx.db, read_bytes(path), spec, now=ctx.now())


class _DryRun(Exception):
    def __init__(self, rows: list[dict]) -> None:
        self.rows = rows


def _dry_run(args: argparse.Namespace, ctx: Context, path: Path) -> int:
    from companion.cli.context import emit_json
    from companion.core.imports import preview_import

    try:
        # A --map given with --dry-run is tried, not remembered: nothing at all is written.
        with ctx.db.atomic():
            if args.map:
                _use_mapping(ctx, path, args.map)
            raise _DryRun(preview_import(ctx.db, path, now=ctx.now(), data_dir=ctx.data_dir))
    except _DryRun as done:
        rows = done.rows
    if args.json:
        emit_json(rows)
        return EXIT_OK
    for r in rows:
        why = f" ({r['reason']})" if r.get("reason") else ""
        amount = f"{r['amount']} {r['currency']}" if r["amount"] is not None else ""
        print(f"{r['status']:<9} {r['date']} {amount:>16}  {r['payee']}{why}")
    return EXIT_OK


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.imports import export_file

    say(export_file(ctx.db, Path(args.file), now=ctx.now()))
    return EXIT_OK
