"""``companion ledger``: list, edit and delete entries, under the same money rules as the window."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from companion.cli import asking
from companion.cli.context import EXIT_OK, Context, emit_json


def register(subs: argparse._SubParsersAction, common: Callable[..., None]) -> None:
    p = subs.add_parser(
        "ledger",
        help="list, edit or delete ledger entries",
        description="Without an action, the latest entries. Editing and deleting follow the "
        "budget rules: going over asks (or needs --yes), and with the spending lock on, taking "
        "spending out of a budget needs the passcode.",
    )
    p.add_argument("--limit", type=int, default=20, metavar="N", help="how many (default 20)")
    p.add_argument("--json", action="store_true", help="print JSON")
    common(p)
    p.set_defaults(handler=run_list)
    inner = p.add_subparsers(dest="ledger_command", metavar="ACTION")
    d = inner.add_parser("delete", help="delete entries by number")
    d.add_argument("ids", nargs="+", type=int, metavar="ID")
    common(d)
    d.set_defaults(handler=run_delete)
    e = inner.add_parser("edit", help="change an entry; what is not given stays")
    e.add_argument("id", type=int, metavar="ID")
    e.add_argument("--units")
    e.add_argument("--amount", help="what was paid (purchases)")
    e.add_argument("--currency")
    e.add_argument("--creator", help="who the gift was for (gifts)")
    e.add_argument("--date", help="when, e.g. 2026-11-25")
    e.add_argument("--note")
    e.add_argument("--yes", action="store_true", help="save it even if it goes over a budget")
    e.add_argument("--rate", metavar="R", help="when no rate is kept: 1 CURRENCY = R home")
    common(e)
    e.set_defaults(handler=run_edit)


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.budget import ledger
    from companion.core.money.money import format_money

    rows = ledger.entries(ctx.db, limit=max(1, args.limit))
    if args.json:
        emit_json([e.__dict__ for e in rows])
        return EXIT_OK
    for e in rows:
        paid = format_money(e.amount_minor, e.currency) if e.currency and e.amount_minor else ""
        who = f" → {e.creator}" if e.creator else ""
        print(
            f"#{e.id:<6} {e.occurred_at[:10]} {e.kind:<8} {e.platform:<10} {e.units:>9,} "
            f"{paid}{who}"
        )
    if not rows:
        print("The ledger is empty. Log a purchase with 'companion log purchase ...'.")
    return EXIT_OK


def run_delete(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.budget import actions

    now = ctx.now()
    done = asking.run(lambda a: actions.delete_entries(ctx.db, args.ids, a, now=now))
    print(f"Deleted {len(done.result)} entr{'y' if len(done.result) == 1 else 'ies'}.")
    return EXIT_OK


def run_edit(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.budget import actions, ledger
    from companion.core.money.money import to_major
    from companion.core.store.settings import prefs

    p = prefs(ctx.db)
    now = ctx.now()
    old = ledger.get(ctx.db, args.id)
    when = args.date or old.when
    note = old.note if args.note is None else args.note
    units = args.units if args.units is not None else old.units
    if old.kind == "purchase":
        currency = args.currency or old.currency or p.home
        amount = (
            args.amount
            if args.amount is not None
            else to_major(old.amount_minor or 0, old.currency or currency)
        )
        entry = ledger.make_purchase(
            ctx.db,
            platform=old.platform,
            units=units,
            amount=amount,
            currency=currency,
            when=when,
            now=now,
            zone=p.zone,
            home=p.home,
            channel=old.channel,
            note=note,
        )
    else:
        entry = ledger.make_gift(
            ctx.db,
            platform=old.platform,
            units=units,
            creator=args.creator or old.creator or "",
            when=when,
            now=now,
            zone=p.zone,
            home=p.home,
            event_uid=old.event_uid,
            note=note,
        )
    done = asking.run(
        lambda a: actions.edit_entry(ctx.db, args.id, entry, a, now=now),
        yes=args.yes,
        rate=args.rate,
    )
    print(f"Changed entry #{done.result.id}.")
    return EXIT_OK
