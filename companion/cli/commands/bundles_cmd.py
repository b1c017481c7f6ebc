"""``companion bundles``, ``companion plan`` and ``companion rates``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from companion.cli.context import EXIT_OK, Context, emit_json, say

if TYPE_CHECKING:
    pass

# core.catalog.CHANNELS, spelled out: importing the catalog here would slow every start-up
# (a test keeps the two equal).
CHANNELS = ("web", "ios", "android", "any")


def register(subs: argparse._SubParsersAction, common: Callable[..., None]) -> None:
    p = subs.add_parser("bundles", help="list the currency bundles and their prices")
    p.add_argument("--platform", metavar="P", help="tiktok, twitch, youtube, instagram, ...")
    p.add_argument("--channel", choices=CHANNELS, metavar="C", help="web, ios, android or any")
    p.add_argument("--json", action="store_true", help="print JSON")
    common(p)
    p.set_defaults(handler=run_bundles)

    p = subs.add_parser(
        "plan",
        help="the cheapest mix of bundles for at least UNITS",
        description="Find the cheapest combination of bundles giving at least UNITS (ties: "
        "fewer surplus units, then fewer purchases). With --gift, UNITS counts that gift.",
    )
    p.add_argument("platform", metavar="PLATFORM")
    p.add_argument("units", metavar="UNITS")
    p.add_argument("--channel", choices=CHANNELS, metavar="C", help="only bundles of this channel")
    p.add_argument("--gift", metavar="NAME", help="price UNITS of this gift, e.g. Lion")
    p.add_argument("--json", action="store_true", help="print JSON")
    common(p)
    p.set_defaults(handler=run_plan)

    p = subs.add_parser("rates", help="show or set the exchange rates you keep")
    p.add_argument("pair", nargs="?", metavar="BASE/QUOTE", help="e.g. USD/EUR")
    p.add_argument("rate", nargs="?", help="how many QUOTE one BASE buys, e.g. 0.92")
    p.add_argument("--as-of", metavar="DATE", help="when you saw the rate (default today)")
    p.add_argument("--source", default="", help="where the rate came from")
    p.add_argument("--json", action="store_true", help="print JSON")
    common(p)
    p.set_defaults(handler=run_rates)


def run_bundles(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.bundles import store
    from companion.core.money.money import to_major

    if args.platform:
        store.platform(ctx.db, args.platform.lower())
    rows = store.bundles(
        ctx.db,
        today=ctx.now().date(),
        platform=args.platform.lower() if args.platform else None,
        channel=args.channel,
    )
    if args.json:
        emit_json(
            [
                {
                    "platform": b.platform,
                    "channel": b.channel,
                    "region": b.region,
                    "units": b.units,
                    "bonus_units": b.bonus_units + b.promo_units,
                    "price": str(to_major(b.price_minor, b.currency)),
                    "currency": b.currency,
                    "source": b.source,
                    "observed": b.observed,
                }
                for b in rows
            ]
        )
        return EXIT_OK
    for b in rows:
        bonus = f" +{b.bonus_units + b.promo_units:,}" if b.bonus_units + b.promo_units else ""
        say(
            f"{b.platform:<10} {b.channel:<8} {b.units:>9,}{bonus:<8} "
            f"{to_major(b.price_minor, b.currency):>10} {b.currency}  {b.observed}"
        )
    if not rows:
        say("No bundles match.")
    return EXIT_OK


def run_plan(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.bundles import value
    from companion.core.money.money import format_money, to_major
    from companion.core.store.settings import Settings

    home = Settings(ctx.db).get("home_currency")
    platform = args.platform.lower()
    gift = None
    if args.gift:
        gift, result = value.plan_gifts(
            ctx.db, platform, args.gift, args.units, home=home, now=ctx.now(), channel=args.channel
        )
    else:
        result = value.plan(
            ctx.db, platform, args.units, home=home, now=ctx.now(), channel=args.channel
        )
    cur = result.currency
    if args.json:
        emit_json(
            {
                "platform": result.platform.id,
                "channel": result.channel,
                "target_units": result.target_units,
                "total_units": result.basket.total_units,
                "total_price": str(to_major(result.basket.total_price, cur)),
                "currency": cur,
                "items": [
                    {
                        "units": b.units,
                        "bonus_units": b.bonus_units + b.promo_units,
                        "price": str(to_major(opt.price, cur)),
                        "count": n,
                    }
                    for (opt, n), (b, _) in zip(result.basket.counts, result.items, strict=True)
                ],
            }
        )
        return EXIT_OK
    unit = result.platform.unit
    what = (
        f"{args.units} × {gift.name} ({result.target_units:,} {unit})"
        if gift
        else (f"{result.target_units:,} {unit}")
    )
    say(f"Cheapest way to get {what} on {result.platform.name}:")
    for (opt, n), (b, _) in zip(result.basket.counts, result.items, strict=True):
        say(f"  {n:>5} × {opt.units:>8,} {unit} ({b.channel}) at {format_money(opt.price, cur)}")
    say(
        f"  total {result.basket.total_units:,} {unit} for "
        f"{format_money(result.basket.total_price, cur)}"
    )
    if result.home_total.converted and result.home_total.currency != cur:
        say(f"  ≈ {format_money(result.home_total.minor, home)}")
    if result.creator is not None:
        say(
            f"  about {format_money(result.creator.minor, result.creator.currency)} reaches the"
            " creator (estimate)"
        )
    for note in result.notes:
        say(f"  note: {note}")
    return EXIT_OK


def run_rates(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.errors import InputError
    from companion.core.money import rates

    today = ctx.now().date()
    if args.pair:
        if args.rate is None or "/" not in args.pair:
            raise InputError("rates: give a pair and a rate, e.g. 'companion rates USD/EUR 0.92'")
        base, quote = args.pair.split("/", 1)
        rates.set_rate(
            ctx.db,
            base,
            quote,
            args.rate,
            args.as_of or today.isoformat(),
            args.source,
            today=today,
        )
    kept = rates.all_rates(ctx.db)
    if args.json:
        emit_json(
            [
                {
                    "base": r.base,
                    "quote": r.quote,
                    "rate": str(r.rate),
                    "as_of": r.as_of.isoformat(),
                    "source": r.source,
                    "stale": r.stale(today),
                }
                for r in kept
            ]
        )
    else:
        for r in kept:
            stale = "  (over 30 days old)" if r.stale(today) else ""
            say(f"{r.base}/{r.quote} {r.rate}  as of {r.as_of}{stale}  {r.source}")
        if not kept:
            say("No exchange rates kept yet.")
    return EXIT_OK
