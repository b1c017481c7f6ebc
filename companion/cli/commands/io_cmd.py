"""``companion import FILE`` and ``companion export FILE``: the format follows the extension."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from companion.cli.context import EXIT_OK, Context


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
        "data after it is checked; your current data is kept as a backup first.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="a ledger that goes over a budget: save it")
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
    done = asking.run(
        lambda a: import_file(ctx.db, path, a, now=now, data_dir=ctx.data_dir),
        yes=args.yes,
        rate=args.rate,
    )
    print(done.result)
    return EXIT_OK


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.imports import export_file

    print(export_file(ctx.db, Path(args.file), now=ctx.now()))
    return EXIT_OK
