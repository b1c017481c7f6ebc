"""``companion budget``, ``companion log`` and ``companion lock``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from companion.cli.context import EXIT_OK, Context, emit_json, say
from companion.core.errors import InputError

# The prompts (cli.asking) are imported by the commands that ask: status never does.
NO_BUDGETS = "No budgets yet. Set one with 'companion budget set --period monthly --limit 40'."


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
    s.add_argument(
        "--yes", action="store_true", help="set it even if this period's spending is past it"
    )
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
    p.add_argument("--yes", action="store_true", help="save it even if it goes over a budget")
    p.add_argument(
        "--rate", metavar="R", help="when no rate is kept: 1 CURRENCY = R in the home currency"
    )
    common(p)
    p.set_defaults(handler=run_log)

    p = subs.add_parser("lock", help="the spending lock: status, on or off")
    p.add_argument(
        "action",
        choices=("status", "on", "off", "change"),
        nargs="?",
        default="status",
        help="change: set a new passcode (needs the current one)",
    )
    common(p)
    p.set_defaults(handler=run_lock)


def run_status(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.budget.presence import any_budgets

    if not any_budgets(ctx.reader()):
        # Answered from a plain connection: the settings' defaults (the locale's week), the
        # calendar's planned spending and sqlite-utils cost ~150 ms of imports and are not needed.
        if args.json:
            emit_json([])
        else:
            say(NO_BUDGETS)
        return EXIT_OK
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from companion.core.budget import budget
    from companion.core.money.money import format_money, to_major
    from companion.core.store.settings import Settings

    # Reading only: the plain connection when the data is ready as it is (no sqlite-utils).
    db = ctx.reader()
    settings = Settings(db)
    found = budget.budgets(db)
    # Only the settings status needs: an unset one is the system's, and working that out
    # (Babel's locale data, tzlocal) is a large part of this command. Monthly periods never
    # read the week's first day.
    zone = ZoneInfo(settings.get("time_zone"))
    weekly = any(b.period == "weekly" for b in found)
    week_start = settings.get("week_starts_on") if weekly else 0
    now = ctx.now()
    # Neither output shows planned spending or the projection: the calendar (reading and
    # parsing every event, ~110 ms at 5,000 events) is left unread.
    rows = [
        budget.status(db, b, now=now, zone=zone, week_start=week_start, with_planned=False)
        for b in found
    ]
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
        say(
            f"{s.budget.label:<24} {s.budget.period:<8} {format_money(s.spent, cur):>12} of "
            f"{format_money(s.budget.limit_minor, cur):<12} {s.percent:>6}%{paused}"
        )
    if not rows:
        say(NO_BUDGETS)
    return EXIT_OK


def run_set(args: argparse.Namespace, ctx: Context) -> int:
    from companion.cli import asking
    from companion.core.budget import actions, budget

    scope = budget.scope_for(args.platform.lower() if args.platform else None, args.creator)
    now = ctx.now()
    done = asking.run(
        lambda a: actions.set_budget(
            ctx.db, scope, args.period, args.limit, a, thresholds=args.thresholds, now=now
        ),
        yes=args.yes,
    )
    b = done.result
    say(f"Budget {b.label}, {b.period}: {args.limit} {b.currency}.")
    return EXIT_OK


def run_remove(args: argparse.Namespace, ctx: Context) -> int:
    from companion.cli import asking
    from companion.core.budget import actions, budget

    scope = budget.scope_for(args.platform.lower() if args.platform else None, args.creator)
    found = budget.find(ctx.db, scope, args.period)
    if found is None:
        raise InputError(f"budget: no {args.period} budget for {scope}")
    now = ctx.now()
    asking.run(lambda a: actions.remove_budget(ctx.db, found.id, a, now=now))
    say(f"Removed the {args.period} budget {found.label}.")
    return EXIT_OK


def run_log(args: argparse.Namespace, ctx: Context) -> int:
    from companion.cli import asking
    from companion.core.budget import actions, ledger
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
    done = asking.run(
        lambda a: actions.log_entry(ctx.db, entry, a, now=now), yes=args.yes, rate=args.rate
    )
    saved = done.result
    say(f"Logged {saved.kind} #{saved.id}: {saved.units:,} on {saved.platform}.")
    return EXIT_OK


def _new_passcode() -> str:
    from companion.cli import asking

    first = asking.ask_passcode("New passcode: ")
    if sys.stdin is not None and sys.stdin.isatty() and asking.ask_passcode("Again: ") != first:
        raise InputError("passcode: the two passcodes differ")
    return first


def run_lock(args: argparse.Namespace, ctx: Context) -> int:
    from companion.cli import asking
    from companion.core.budget import actions, lock

    if args.action == "on":
        lock.enable(ctx.db, _new_passcode())
        say("The spending lock is on.")
    elif args.action == "off":
        now = ctx.now()
        asking.run(lambda a: actions.lock_off(ctx.db, a, now=now))
        say("The spending lock is off.")
    elif args.action == "change":
        now = ctx.now()
        # Piped: the first line is the current passcode, the second the new one.
        st = lock.state(ctx.db)
        if not st.enabled:
            raise InputError("lock: the spending lock is off; turn it on with 'companion lock on'")
        current = asking.ask_passcode("Current passcode: ")
        new = _new_passcode()
        actions.change_passcode(ctx.db, new, actions.Answers(passcode=current), now=now)
        say("The spending-lock passcode is changed.")
    else:
        st = lock.state(ctx.db)
        say(("on" if st.enabled else "off") + (f" — {st.problem}" if st.problem else ""))
    return EXIT_OK
