"""``companion settings [KEY [VALUE]]``: read or change a setting."""

from __future__ import annotations

import argparse

from companion.cli.context import EXIT_OK, Context, emit_json


def register(subs: argparse._SubParsersAction, common) -> None:  # noqa: ANN001
    p = subs.add_parser(
        "settings",
        help="show or change settings",
        description="Without KEY, list every setting; with KEY, show it; with VALUE, change it.",
    )
    p.add_argument("key", nargs="?", help="e.g. home_currency, reminder_lead_minutes")
    p.add_argument("value", nargs="?", help="the new value (validated)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--rate",
        metavar="R",
        help="home_currency: 1 NEW = R in a budget's currency, if none is kept",
    )
    common(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.store.settings import Settings

    settings = Settings(ctx.db)
    if args.key is None:
        values = settings.all()
        values["data_dir"] = str(ctx.data_dir)
    elif args.value is None:
        values = {args.key: settings.get(args.key)}
    else:
        from companion.cli import asking
        from companion.core.budget import actions

        now = ctx.now()
        done = asking.run(
            lambda a: actions.change_setting(ctx.db, args.key, args.value, a, now=now),
            rate=args.rate,
        )
        values = {args.key: done.result}
    if args.json:
        emit_json(values)
    else:
        for key, value in values.items():
            print(f"{key} = {value}")
    return EXIT_OK
