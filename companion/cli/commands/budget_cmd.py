"""``companion budget``, ``companion log`` and ``companion lock``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from companion.cli.context import EXIT_OK, Context, emit_json
from companion.core.errors import InputError

if TYPE_CHECKING:
    pass


def register(subs: argparse._SubParsersAction, common: Callable[..., None]) -> None:
    p = subs.add_parser(
        "budget",
        help="show budgets, or set one",
        description="Without a subcommand, the current period of every budget.",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    common(p)
    p.set_defaults(handler=run_status)
    inner = p.add_subparsers(dest="budget_command", metavar="ACTION")
    s = inner.add_parser("set", help="create or change a budget (the lock guards raising it)")
    scope = s.add_mutually_exclusive_group()
    scope.add_argument("--platform", metavar="P")
    scope.add_argument("--creator", metavar="NAME")
    s.add_argument("--period", choices=("weekly", "monthly"), required=True)
    s.add_argument("--limit", required=True, metavar="AMOUNT", help="in the home currency")
    s.add_argument("--thresholds", metavar="50,80,100", help="alert at these percents")
    common(s)
    s.set_defaults(handler=run_set)
    r = inner.add_parser("remove", help="remove a budget (needs the passcode when locked)")
    scope = r.add_mutually_exclusive_group()
    scope.add_argument("--platform", metavar="P")
    scope.add_argument("--creator", metavar="NAME")
    r.add_argument("--period", choices=("weekly", "monthly"), required=True)
    common(r)
    r.set_defaults(handler=run_remove)

    p = subs.add_parser("log", help="log a purchase or a gift sent")
    p.add_argument("kind", choices=("purchase", "gift"))
    p.add_argument("platform")
    p.add_argument("units")
    p.add_argument("--amount", help="what you paid (purchase), in --currency")
    p.add_argument("--currency", help="default: the home currency")
    p.add_argument("--creator", help="who the gift was for")
    p.add_argument("--date", help="when (default now), e.g. 2026-11-25")
    p.add_argument("--note", default="")
    common(p)
    p.set_defaults(handler=run_log)

    p = subs.add_parser("lock", help="the spending lock: status, on or off")
    p.add_argument("action", choices=("status", "on", "off"), nargs="?", default="status")
    common(p)
    p.set_defaults(handler=run_lock)


def ask_passcode(prompt: str = "Spending-lock passcode: ") -> str:
    """From the terminal without echo, or the first line of standard input when piped."""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise InputError("passcode: the spending lock is on; type the passcode (or pipe it in)")
    return line.rstrip("\n")


def _unlock(ctx: Context) -> None:
    from companion.core.budget import lock

    if lock.is_on(ctx.db):
        lock.verify(ctx.db, ask_passcode(), now=ctx.now())


def run_status(args: argparse.Namespace, ctx: Context) -> int:
    from datetime import timedelta

    from companion.core.budget import budget
    from companion.core.money.money import format_money, to_major
    from companion.core.store.settings import prefs

    p = prefs(ctx.db)
    rows = budget.statuses(ctx.db, now=ctx.now(), zone=p.zone, week_start=p.week_start)
    if args.json:
        emit_json(
            [
                {
                    "scope": s.budget.scope,
                    "period": s.budget.period,
                    "period_start": s.period_start.date().isoformat(),
                    "period_end": (s.period_end - timedelta(days=1)).date().isoformat(),
                    "limit": str(to_major(s.budget.limit_minor, s.budget.currency)),
                    "spent": str(to_major(s.spent, s.budget.currency)),
                    "currency": s.budget.currency,
                    "percent": float(s.percent),
                    "thresholds_crossed": list(s.thresholds_crossed),
                    "paused": s.budget.paused,
                }
                for s in rows
            ]
        )
        return EXIT_OK
    for s in rows:
        cur = s.budget.currency
        paused = " (paused)" if s.budget.paused else ""
        print(
            f"{s.budget.label:<24} {s.budget.period:<8} {format_money(s.spent, cur):>12} of "
            f"{format_money(s.budget.limit_minor, cur):<12} {s.percent:>6}%{paused}"
        )
    if not rows:
        print("No budgets yet. Set one with 'companion budget set --period monthly --limit 40'.")
    return EXIT_OK


def run_set(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.budget import budget
    from companion.core.money.money import parse_amount
    from companion.core.store.settings import prefs

    p = prefs(ctx.db)
    scope = budget.scope_for(args.platform.lower() if args.platform else None, args.creator)
    limit_minor = parse_amount(args.limit, p.home, "limit")
    if budget.needs_passcode_to_set(ctx.db, scope, args.period, limit_minor):
        _unlock(ctx)
    b = budget.set_budget(
        ctx.db, scope, args.period, args.limit, p.home, thresholds=args.thresholds, now=ctx.now()
    )
    print(f"Budget {b.label}, {b.period}: {args.limit} {b.currency}.")
    return EXIT_OK


def run_remove(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.budget import budget

    scope = budget.scope_for(args.platform.lower() if args.platform else None, args.creator)
    found = budget.find(ctx.db, scope, args.period)
    if found is None:
        raise InputError(f"budget: no {args.period} budget for {scope}")
    _unlock(ctx)
    budget.remove_budget(ctx.db, found.id)
    print(f"Removed the {args.period} budget {found.label}.")
    return EXIT_OK


def run_log(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.budget import budget, ledger
    from companion.core.store.settings import prefs

    p = prefs(ctx.db)
    now = ctx.now()
    when = args.date or now
    if args.kind == "purchase":
        if args.amount is None:
            raise InputError("amount: a purchase needs --amount")
        entry = ledger.make_purchase(
            ctx.db,
            platform=args.platform.lower(),
            units=args.units,
            amount=args.amount,
            currency=args.currency or p.home,
            when=when,
            now=now,
            zone=p.zone,
            home=p.home,
            note=args.note,
        )
        over = budget.over_budget(ctx.db, entry, now=now, zone=p.zone, week_start=p.week_start)
        if over:
            from companion.core.budget import lock

            names = ", ".join(f"{s.budget.label} to {s.percent}%" for s in over)
            print(f"This purchase takes {names}.", file=sys.stderr)
            if lock.is_on(ctx.db):
                _unlock(ctx)
    else:
        entry = ledger.make_gift(
            ctx.db,
            platform=args.platform.lower(),
            units=args.units,
            creator=args.creator or "",
            when=when,
            now=now,
            zone=p.zone,
            home=p.home,
            note=args.note,
        )
    saved = ledger.add(ctx.db, entry)
    for alert in budget.check_thresholds(ctx.db, now=now, zone=p.zone, week_start=p.week_start):
        print(f"Budget {alert.budget.label} passed {alert.threshold}%.", file=sys.stderr)
    print(f"Logged {saved.kind} #{saved.id}: {saved.units:,} on {saved.platform}.")
    return EXIT_OK


def run_lock(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.budget import lock

    if args.action == "on":
        first = ask_passcode("New passcode: ")
        if sys.stdin is not None and sys.stdin.isatty() and ask_passcode("Again: ") != first:
            raise InputError("passcode: the two passcodes differ")
        lock.enable(ctx.db, first)
        print("The spending lock is on.")
    elif args.action == "off":
        lock.disable(
            ctx.db, ask_passcode() if lock.state(ctx.db).keychain_ok else None, now=ctx.now()
        )
        print("The spending lock is off.")
    else:
        st = lock.state(ctx.db)
        print(("on" if st.enabled else "off") + (f" — {st.problem}" if st.problem else ""))
    return EXIT_OK
