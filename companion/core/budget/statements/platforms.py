"""TikTok's and Twitch's own data exports, as the fan downloads them (Google's are in
:mod:`google`).

Neither format is documented by its platform. What is read here follows other people's parsers
of real exports, and every field is optional beyond what a line cannot do without:

* TikTok "Download your data" JSON (``user_data_tiktok.json``, older ``user_data.json``):
  ``Your Activity`` (older ``Activity``) → ``Purchases`` (older ``Purchase History``) →
  ``BuyGifts.BuyGifts[]`` with ``Date`` and ``Price``, and ``SendGifts.SendGifts[]`` with
  ``Date``, ``GiftAmount`` and ``UserName`` — as read by RLEAPP's tikTokArchiveJson.py
  (abrignoni/RLEAPP). Dates are "YYYY-MM-DD HH:MM:SS", taken as UTC.
* Twitch data request: ``request/commerce/bits/bits_acquired.csv``, ``bits_cheered.csv`` and
  ``request/commerce/subs/subscriptions.csv`` (paths as TwitchStory reads them). Column names
  vary between requests, so each value is looked for under several names.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from typing import Any

from companion.core.budget.statements.amounts import minor_of, price_of
from companion.core.budget.statements.exports import (
    Ids,
    count,
    csv_rows,
    gift_line,
    load_json,
    pick,
    stamp,
)
from companion.core.budget.statements.lines import StatementLine
from companion.core.errors import InputError

# A data request is a few megabytes; these stop a zip bomb before it is inflated.
MAX_ZIP_MEMBER = 50 * 1024 * 1024
MAX_ZIP_TOTAL = 100 * 1024 * 1024


# -- TikTok --------------------------------------------------------------------------------------
def _first(obj: Any, *names: str) -> tuple[str, Any]:
    if isinstance(obj, dict):
        for name in names:
            if name in obj:
                return name, obj[name]
    return "", None


def tiktok_purchases(data: Any) -> tuple[str, dict] | None:
    """The Purchases section and its JSON path, under either generation of names."""
    act_name, activity = _first(data, "Your Activity", "Activity")
    if not isinstance(activity, dict):
        return None
    p_name, purchases = _first(activity, "Purchases", "Purchase History", "Purchase")
    if not isinstance(purchases, dict):
        return None
    return f'$["{act_name}"]["{p_name}"]', purchases


def looks_like_tiktok(data: bytes) -> bool:
    head = data[:200_000]
    return head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"{") and (
        b'"Activity"' in head or b'"Your Activity"' in head
    )


def _list(section: Any, *names: str) -> tuple[str, list]:
    name, inner = _first(section, *names)
    if isinstance(inner, dict):
        inner_name, items = _first(inner, *names)
        if isinstance(items, list):
            return f'["{name}"]["{inner_name}"]', items
    if isinstance(inner, list):
        return f'["{name}"]', inner
    return "", []


def read_tiktok(data: bytes, name: str, *, default_currency: str) -> list[StatementLine]:
    found = tiktok_purchases(load_json(data, name, "TikTok data"))
    if found is None:
        raise InputError(
            f'{name}: $["Your Activity"]["Purchases"]: no purchases section in this TikTok file'
        )
    path, purchases = found
    lines: list[StatementLine] = []
    ids = Ids()
    sub, bought = _list(purchases, "BuyGifts", "Buy Gifts", "CoinPurchases", "Coins")
    for i, item in enumerate(_objects(bought, f"{name}: {path}{sub}")):
        where = f"{name}: {path}{sub}[{i}]"
        moment = stamp(item.get("Date"), where)
        price = item.get("Price") or item.get("Amount") or item.get("TotalPrice")
        if price in (None, ""):
            raise InputError(f"{where}.Price: missing")
        try:
            value, cur = price_of(str(price), item.get("Currency") or default_currency)
            minor = minor_of(value, cur)
        except (ValueError, InputError) as exc:
            raise InputError(f"{where}.Price: {exc}") from None
        order = str(item.get("OrderId") or item.get("OrderID") or "").strip()
        lines.append(
            StatementLine(
                day=moment.date(),
                amount_minor=-abs(minor),
                currency=cur,
                payee="TikTok coins",
                source_id=ids("tiktok:buy", order or f"{moment.isoformat()}:{minor}:{cur}"),
                where=where,
                moment=moment,
                platform="tiktok",
                units=count(item.get("Coins") or item.get("CoinAmount") or item.get("Quantity")),
            )
        )
    sub, sent = _list(purchases, "SendGifts", "Send Gifts", "SentGifts")
    for i, item in enumerate(_objects(sent, f"{name}: {path}{sub}")):
        moment = stamp(item.get("Date"), f"{name}: {path}{sub}[{i}]")
        units = count(item.get("GiftAmount") or item.get("Coins") or item.get("Amount"))
        creator = str(item.get("UserName") or item.get("Username") or "").strip()
        lines.append(
            gift_line(
                moment,
                units=units,
                creator=creator,
                payee=f"TikTok gift to {creator}" if creator else "TikTok gift",
                source_id=ids("tiktok:gift", f"{moment.isoformat()}:{units}:{creator.casefold()}"),
                where=f"{name}: {path}{sub}[{i}]",
                platform="tiktok",
            )
        )
    return lines


def _objects(items: list, where: str) -> list[dict]:
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise InputError(f"{where}[{i}]: expected an object")
    return items


# -- Twitch --------------------------------------------------------------------------------------
TWITCH_FILES = ("bits_acquired.csv", "bits_cheered.csv", "subscriptions.csv")
_TIME = ("time", "timestamp", "date", "created_at", "server_time", "purchase_date")
_BITS = ("bits", "bits_used", "bits_amount", "quantity", "amount", "total_bits")
_CHANNEL = ("channel", "channel_login", "channel_name", "broadcaster", "broadcaster_login")
_PRICE = ("price", "gross", "total", "amount_paid", "total_price", "paid")
_CURRENCY = ("currency", "currency_code", "price_currency")
_ID = ("transaction_id", "order_id", "purchase_id", "id", "event_id")


def twitch_kind(filename: str) -> str | None:
    base = filename.rsplit("/", 1)[-1].lower()
    if base in TWITCH_FILES:
        return base[:-4]
    return None


def _twitch_time(raw: str, where: str) -> datetime:
    text = raw.strip().replace(" UTC", "").replace("Z", "+00:00")
    for candidate in (text, text.replace(" ", "T", 1)):
        try:
            moment = datetime.fromisoformat(candidate)
            return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
        except ValueError:
            continue
    raise InputError(f"{where}: '{raw}' is not a date")


def read_twitch_csv(
    data: bytes, name: str, kind: str, *, default_currency: str
) -> list[StatementLine]:
    lines: list[StatementLine] = []
    ids = Ids()
    for i, row in enumerate(csv_rows(data, name)):
        where = f"{name}, line {i + 2}"
        raw_time = pick(row, _TIME)
        if not raw_time:
            raise InputError(f"{where}: no time column ({', '.join(_TIME[:3])})")
        moment = _twitch_time(raw_time, where)
        rid = pick(row, _ID)
        if kind == "bits_cheered":
            units, channel = count(pick(row, _BITS)), pick(row, _CHANNEL)
            lines.append(
                gift_line(
                    moment,
                    units=units,
                    creator=channel,
                    payee=f"Twitch cheer in {channel}" if channel else "Twitch cheer",
                    source_id=ids(
                        "twitch:cheer", rid or f"{moment.isoformat()}:{units}:{channel.casefold()}"
                    ),
                    where=where,
                    platform="twitch",
                )
            )
            continue
        price = pick(row, _PRICE)
        minor = cur = None
        if price:
            try:
                value, cur = price_of(price, pick(row, _CURRENCY).upper() or default_currency)
                minor = -abs(minor_of(value, cur))
            except (ValueError, InputError) as exc:
                raise InputError(f"{where}, price: {exc}") from None
        if kind == "bits_acquired":
            units, payee = count(pick(row, _BITS)), "Twitch Bits"
        else:
            channel = pick(row, _CHANNEL)
            gifted = pick(row, ("is_gift", "gift", "gifted")).lower() in ("true", "1", "yes")
            units = count(pick(row, ("quantity", "count", "months"))) or 1
            what = "gifted sub" if gifted else "sub"
            payee = f"Twitch {what} to {channel}" if channel else f"Twitch {what}"
        lines.append(
            StatementLine(
                day=moment.date(),
                amount_minor=minor,
                currency=cur,
                payee=payee,
                source_id=ids(
                    f"twitch:{kind}", rid or f"{moment.isoformat()}:{minor}:{payee.casefold()}"
                ),
                where=where,
                moment=moment,
                platform="twitch",
                units=units,
            )
        )
    return lines


def read_twitch_zip(data: bytes, name: str, *, default_currency: str) -> list[StatementLine]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(f"{name}: not a readable zip file") from None
    lines: list[StatementLine] = []
    total = 0
    with archive:
        for info in archive.infolist():
            kind = twitch_kind(info.filename)
            if kind is None or "/commerce/" not in f"/{info.filename}":
                continue
            total += info.file_size
            if info.file_size > MAX_ZIP_MEMBER or total > MAX_ZIP_TOTAL:
                raise InputError(f"{name}: {info.filename} is too large to import")
            try:
                member = archive.read(info)
            except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError) as exc:
                raise InputError(f"{name}: {info.filename} cannot be read ({exc})") from None
            lines += read_twitch_csv(
                member, f"{name}: {info.filename}", kind, default_currency=default_currency
            )
    return lines
