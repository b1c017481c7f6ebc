"""What bundles are worth: price per 100 units, the creator's share, the cheapest plan, and what it
costs on each platform to hand a creator the same amount."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_CEILING, Decimal
from typing import TYPE_CHECKING, cast

from companion.core.bundles import gifts as gift_store
from companion.core.bundles import store
from companion.core.bundles.planner import Basket, NoBundles, Option, cheapest
from companion.core.errors import InputError
from companion.core.money.money import minor_digits, round_to_currency, to_major
from companion.core.money.rates import Converted, RateBook
from companion.core.store.parsing import parse_count

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class BundleValue:
    bundle: store.Bundle
    platform: store.Platform
    price: Converted  # in the home currency when a rate exists, else its own
    per_100: Converted  # price of 100 units, same currency as ``price``
    creator_share: Decimal | None  # 0..1 of what the fan pays that reaches the creator
    best: bool  # cheapest per unit within its platform and channel


@dataclass(frozen=True)
class PlanResult:
    platform: store.Platform
    channel: str | None
    target_units: int
    basket: Basket
    currency: str
    home_total: Converted
    creator: Converted | None
    notes: tuple[str, ...]

    @property
    def items(self) -> list[tuple[store.Bundle, int]]:
        # The planner is generic; plan() builds its options with the Bundle as key.
        return [(cast("store.Bundle", opt.key), n) for opt, n in self.basket.counts]


@dataclass(frozen=True)
class GiveCost:
    platform: store.Platform
    how: str  # e.g. "1,000 Bits" or "2 Super Chats"
    price: Converted | None  # None when it cannot be worked out
    note: str


def _per_100(price_minor: int, units: int, currency: str) -> int:
    return round_to_currency(to_major(price_minor, currency) * 100 / Decimal(units), currency)


def creator_payout(
    platform: store.Platform, units: int, price_minor: int, currency: str, book: RateBook
) -> Converted | None:
    """What reaches the creator from ``units`` bought for ``price_minor``, in ``currency``."""
    payout = platform.payout
    if payout is None:
        return None
    if payout.kind == "share" and payout.percent is not None:
        share = to_major(price_minor, currency) * payout.percent / 100
        rate = book.rate(currency, currency)
        return Converted(round_to_currency(share, currency), currency, rate)
    if payout.kind == "per_unit" and payout.amount is not None and payout.currency:
        earned = round_to_currency(payout.amount * units, payout.currency)
        return book.convert(earned, payout.currency, currency)
    return None


def bundle_values(
    db: Database,
    *,
    home: str,
    now: datetime,
    platform: str | None = None,
    channel: str | None = None,
) -> list[BundleValue]:
    book = RateBook.load(db, now)
    by_id = {p.id: p for p in store.platforms(db)}
    rows = []
    for b in store.bundles(db, today=now.date(), platform=platform, channel=channel):
        price = book.convert(b.price_minor, b.currency, home)
        per_100 = Converted(
            _per_100(price.minor, b.total_units, price.currency),
            price.currency,
            price.rate,
            price.stale,
            price.note,
        )
        earned = creator_payout(by_id[b.platform], b.total_units, b.price_minor, b.currency, book)
        share = None
        if earned is not None and earned.currency == b.currency and b.price_minor:
            share = Decimal(earned.minor) / Decimal(b.price_minor)
        rows.append((b, by_id[b.platform], price, per_100, share))
    best: dict[tuple[str, str], tuple[Decimal, str]] = {}
    for b, _, price, _, _ in rows:
        ratio = Decimal(price.minor) / b.total_units
        key = (b.platform, b.channel)
        if key not in best or (price.currency == best[key][1] and ratio < best[key][0]):
            best[key] = (ratio, price.currency)
    return [
        BundleValue(
            b,
            p,
            price,
            per_100,
            share,
            best[(b.platform, b.channel)] == (Decimal(price.minor) / b.total_units, price.currency),
        )
        for b, p, price, per_100, share in rows
    ]


def plan(
    db: Database,
    platform_id: str,
    target_units: object,
    *,
    home: str,
    now: datetime,
    channel: str | None = None,
) -> PlanResult:
    """The cheapest basket for at least ``target_units`` of a platform's currency."""
    units = parse_count(target_units)
    info = store.platform(db, platform_id)
    candidates = store.bundles(db, today=now.date(), platform=platform_id, channel=channel)
    where = f"{info.name}" + (f" ({channel})" if channel else "")
    if not candidates:
        raise InputError(
            f"plan: no {info.unit} bundles to choose from on {where}; add the ones "
            "you see on the Bundles page"
        )
    book = RateBook.load(db, now)
    notes: list[str] = []
    currencies = {b.currency for b in candidates}
    if len(currencies) == 1:
        currency = currencies.pop()
        options = [Option(b, b.total_units, b.price_minor) for b in candidates]
    else:
        # Mixed currencies compare only through the fan's own rates, in the home currency.
        currency, options = home, []
        for b in candidates:
            price = book.convert(b.price_minor, b.currency, home)
            if not price.converted:
                notes.append(f"left out {b.units:,} {info.unit} in {b.currency}: {price.note}")
                continue
            options.append(Option(b, b.total_units, price.minor))
        if not options:
            raise InputError(f"plan: add an exchange rate to {home} to compare {where} bundles")
    try:
        basket = cheapest(options, units)
    except NoBundles as exc:
        raise InputError(f"plan: {exc}") from None
    home_total = book.convert(basket.total_price, currency, home)
    if home_total.note:
        notes.append(home_total.note)
    creator = creator_payout(info, basket.total_units, basket.total_price, currency, book)
    if creator is not None and creator.currency != home:
        creator = book.convert(creator.minor, creator.currency, home) if creator.converted else None
    return PlanResult(info, channel, units, basket, currency, home_total, creator, tuple(notes))


def plan_gifts(
    db: Database,
    platform_id: str,
    gift_name: str,
    count: object,
    *,
    home: str,
    now: datetime,
    channel: str | None = None,
) -> tuple[gift_store.Gift, PlanResult]:
    """The cheapest way to send ``count`` of a gift (e.g. 10 Lions)."""
    gift = gift_store.find_gift(db, platform_id, gift_name)
    n = parse_count(count, field="count")
    return gift, plan(db, platform_id, gift.units * n, home=home, now=now, channel=channel)


def cost_to_give(db: Database, amount_minor: int, *, home: str, now: datetime) -> list[GiveCost]:
    """For each platform, what the fan pays so the creator receives ``amount_minor`` of ``home``."""
    book = RateBook.load(db, now)
    out = []
    for p in store.platforms(db):
        out.append(_give_on(db, p, amount_minor, home, now, book))
    return out


def _give_on(
    db: Database, p: store.Platform, amount: int, home: str, now: datetime, book: RateBook
) -> GiveCost:
    payout = p.payout
    if payout is None:
        return GiveCost(p, "", None, "creator payout not published")
    if payout.kind == "share" and payout.percent:
        gross = to_major(amount, home) * 100 / payout.percent
        price = round_to_currency(
            gross.quantize(Decimal(1).scaleb(-minor_digits(home)), rounding=ROUND_CEILING), home
        )
        direct = p.direct or {}
        name = direct.get("name", "payment")
        return GiveCost(
            p,
            f"{name} of {to_major(price, home)} {home}",
            Converted(price, home, book.rate(home, home)),
            f"{payout.percent} % reaches the creator",
        )
    if payout.amount is None or not payout.currency:
        return GiveCost(p, "", None, "creator payout not published")
    target = book.convert(amount, home, payout.currency)
    if not target.converted:
        return GiveCost(p, "", None, f"needs a {home}→{payout.currency} rate")
    units = int(
        (to_major(target.minor, payout.currency) / payout.amount).to_integral_value(
            rounding=ROUND_CEILING
        )
    )
    try:
        result = plan(db, p.id, max(units, 1), home=home, now=now)
    except InputError as exc:
        return GiveCost(p, f"{units:,} {p.unit}", None, str(exc).split(": ", 1)[-1])
    return GiveCost(p, f"{units:,} {p.unit}", result.home_total, "; ".join(result.notes))


STALE_PRICE_MONTHS = 6  # a shipped price older than this is shown as possibly out of date


def price_age(observed: str, today: date) -> tuple[int, bool]:
    """(days since the price was seen, whether it is older than six months) for an ISO date.

    Six months are calendar months: seen on 31 August, stale from 1 March (after 28/29 Feb)."""
    seen = date.fromisoformat(observed)
    month = today.month - STALE_PRICE_MONTHS
    year = today.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    limit = date(year, month, min(today.day, last_day))
    return (today - seen).days, seen < limit
