"""The platforms' own data exports, as the fan downloads them.

Neither format is documented by its platform. What is read here follows other people's parsers
of real exports, and every field is optional beyond what a line cannot do without:

* TikTok "Download your data" JSON (``user_data_tiktok.json``, older ``user_data.json``):
  ``Your Activity`` (older ``Activity``) → ``Purchases`` (older ``Purchase History``) →
  ``BuyGifts.BuyGifts[]`` with ``Date`` and ``Price``, and ``SendGifts.SendGifts[]`` with
  ``Date``, ``GiftAmount`` and ``UserName`` — as read by RLEAPP's tikTokArchiveJson.py
  (abrignoni/RLEAPP). Dates are "YYYY-MM-DD HH:MM:SS", taken as UTC.
* Google Takeout, Google Play Store: ``Purchase History.json``, a list of
  ``{"purchaseHistory": {"invoicePrice", "purchaseTime", "doc": {"title", "documentType"}}}``
  as read by RLEAPP's playStorePurchaseHistory.py, and ``Order History.json``, a list of
  ``{"orderHistory": {"orderId", "creationTime", "totalPrice", "lineItem": [{"doc": ...}]}}``
  as read by emheyboer/google-play-purchases. Every purchase becomes a line; the import rules
  keep only gifting (TikTok coins, YouTube Super Chat, ... bought through Google Play).
* Twitch data request: ``request/commerce/bits/bits_acquired.csv``, ``bits_cheered.csv`` and
  ``request/commerce/subs/subscriptions.csv`` (paths as TwitchStory reads them). Column names
  vary between requests, so each value is looked for under several names.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections import Counter
from datetime import datetime, timezone
from typing import Any

from companion.core.budget.statements.amounts import minor_of, price_of
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


def _stamp(raw: Any, where: str, field: str = "Date") -> datetime:
    text = str(raw or "").strip()
    try:
        if text.isdigit():
            seconds = int(text) / (1000 if len(text) > 11 else 1)
            return datetime.fromtimestamp(seconds, timezone.utc)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        raise InputError(f"{where}.{field}: '{text}' is not a date") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _count(raw: Any) -> int | None:
    m = re.search(r"\d[\d,]*", str(raw or ""))
    return int(m.group(0).replace(",", "")) if m else None


def read_tiktok(data: bytes, name: str, *, default_currency: str) -> list[StatementLine]:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except RecursionError:
        raise InputError(f"{name}: nested too deeply to be a TikTok data file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f", line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise InputError(f"{name}{where}: not a readable TikTok data file (JSON)") from None
    found = tiktok_purchases(doc)
    if found is None:
        raise InputError(
            f'{name}: $["Your Activity"]["Purchases"]: no purchases section in this TikTok file'
        )
    path, purchases = found
    lines: list[StatementLine] = []
    seen: Counter = Counter()
    sub, bought = _list(purchases, "BuyGifts", "Buy Gifts", "CoinPurchases", "Coins")
    for i, item in enumerate(bought):
        where = f"{name}: {path}{sub}[{i}]"
        if not isinstance(item, dict):
            raise InputError(f"{where}: expected an object")
        moment = _stamp(item.get("Date"), where)
        price = item.get("Price") or item.get("Amount") or item.get("TotalPrice")
        if price in (None, ""):
            raise InputError(f"{where}.Price: missing")
        try:
            value, cur = price_of(str(price), item.get("Currency") or default_currency)
            minor = minor_of(value, cur)
        except (ValueError, InputError) as exc:
            raise InputError(f"{where}.Price: {exc}") from None
        coins = _count(item.get("Coins") or item.get("CoinAmount") or item.get("Quantity"))
        order = str(item.get("OrderId") or item.get("OrderID") or "").strip()
        key = order or f"{moment.isoformat()}:{minor}:{cur}"
        seen[key] += 1
        lines.append(
            StatementLine(
                day=moment.date(),
                amount_minor=-abs(minor),
                currency=cur,
                payee="TikTok coins",
                source_id=f"tiktok:buy:{key}:{seen[key]}",
                where=where,
                moment=moment,
                platform="tiktok",
                units=coins,
            )
        )
    sub, sent = _list(purchases, "SendGifts", "Send Gifts", "SentGifts")
    for i, item in enumerate(sent):
        where = f"{name}: {path}{sub}[{i}]"
        if not isinstance(item, dict):
            raise InputError(f"{where}: expected an object")
        moment = _stamp(item.get("Date"), where)
        units = _count(item.get("GiftAmount") or item.get("Coins") or item.get("Amount"))
        creator = str(item.get("UserName") or item.get("Username") or "").strip()
        key = f"{moment.isoformat()}:{units}:{creator.casefold()}"
        seen[key] += 1
        lines.append(
            StatementLine(
                day=moment.date(),
                amount_minor=None,
                currency=None,
                payee=f"TikTok gift to {creator}" if creator else "TikTok gift",
                source_id=f"tiktok:gift:{key}:{seen[key]}",
                where=where,
                moment=moment,
                platform="tiktok",
                kind="gift",
                units=units,
                creator=creator or None,
            )
        )
    return lines


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


def _pick(row: dict[str, str], names: tuple[str, ...]) -> str:
    for n in names:
        value = row.get(n)
        if value not in (None, ""):
            return value.strip()
    return ""


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
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not a UTF-8 text file") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        reader.fieldnames = [(f or "").strip().lower() for f in (reader.fieldnames or [])]
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(f"{name}, line {reader.line_num}: not readable as CSV ({exc})") from None
    lines: list[StatementLine] = []
    seen: Counter = Counter()
    for i, row in enumerate(rows):
        where = f"{name}, line {i + 2}"
        raw_time = _pick(row, _TIME)
        if not raw_time:
            raise InputError(f"{where}: no time column ({', '.join(_TIME[:3])})")
        moment = _twitch_time(raw_time, where)
        rid = _pick(row, _ID)
        if kind == "bits_cheered":
            units = _count(_pick(row, _BITS))
            channel = _pick(row, _CHANNEL)
            key = rid or f"{moment.isoformat()}:{units}:{channel.casefold()}"
            seen[key] += 1
            lines.append(
                StatementLine(
                    day=moment.date(),
                    amount_minor=None,
                    currency=None,
                    payee=f"Twitch cheer in {channel}" if channel else "Twitch cheer",
                    source_id=f"twitch:cheer:{key}:{seen[key]}",
                    where=where,
                    moment=moment,
                    platform="twitch",
                    kind="gift",
                    units=units,
                    creator=channel or None,
                )
            )
            continue
        price = _pick(row, _PRICE)
        minor = cur = None
        if price:
            try:
                value, cur = price_of(price, _pick(row, _CURRENCY).upper() or default_currency)
                minor = -abs(minor_of(value, cur))
            except (ValueError, InputError) as exc:
                raise InputError(f"{where}, price: {exc}") from None
        if kind == "bits_acquired":
            units, payee = _count(_pick(row, _BITS)), "Twitch Bits"
        else:
            channel = _pick(row, _CHANNEL)
            gifted = _pick(row, ("is_gift", "gift", "gifted")).lower() in ("true", "1", "yes")
            units = _count(_pick(row, ("quantity", "count", "months"))) or 1
            what = "gifted sub" if gifted else "sub"
            payee = f"Twitch {what} to {channel}" if channel else f"Twitch {what}"
        key = rid or f"{moment.isoformat()}:{minor}:{payee.casefold()}"
        seen[key] += 1
        lines.append(
            StatementLine(
                day=moment.date(),
                amount_minor=minor,
                currency=cur,
                payee=payee,
                source_id=f"twitch:{kind}:{key}:{seen[key]}",
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


# -- Google Play (Takeout) -------------------------------------------------------------------
def looks_like_google_play(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \r\n\t")
    return head.startswith(b"[") and (b'"purchaseHistory"' in head or b'"orderHistory"' in head)


def _ci(obj: Any, name: str) -> Any:
    """Takeout has written both purchaseHistory and PurchaseHistory over the years."""
    if not isinstance(obj, dict):
        return None
    if name in obj:
        return obj[name]
    lower = name.lower()
    return next((v for k, v in obj.items() if k.lower() == lower), None)


def read_google_play(data: bytes, name: str, *, default_currency: str) -> list[StatementLine]:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except RecursionError:
        raise InputError(f"{name}: nested too deeply to be a Google Takeout file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f", line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise InputError(f"{name}{where}: not a readable Google Takeout file (JSON)") from None
    if not isinstance(doc, list):
        raise InputError(f"{name}: $ should be a list of purchases")
    lines: list[StatementLine] = []
    seen: Counter = Counter()
    for i, item in enumerate(doc):
        purchase = _ci(item, "purchaseHistory")
        order = _ci(item, "orderHistory")
        record, key = (
            (purchase, "purchaseHistory") if purchase is not None else (order, "orderHistory")
        )
        where = f"{name}: $[{i}].{key}"
        if not isinstance(record, dict):
            continue  # another kind of record (a library entry, a review): not spending
        stamp = _ci(record, "purchaseTime") or _ci(record, "creationTime")
        moment = _stamp(stamp, where, "purchaseTime" if purchase is not None else "creationTime")
        price = _ci(record, "invoicePrice") or _ci(record, "totalPrice")
        if not price:
            continue  # free apps have no price: nothing was spent
        try:
            value, cur = price_of(str(price), default_currency)
            minor = minor_of(value, cur)
        except (ValueError, InputError) as exc:
            raise InputError(f"{where}.invoicePrice: {exc}") from None
        if minor == 0:
            continue
        docs = [_ci(record, "doc")] + [_ci(li, "doc") for li in _ci(record, "lineItem") or []]
        titles = [str(_ci(d, "title") or "") for d in docs if isinstance(d, dict)]
        kinds = [str(_ci(d, "documentType") or "") for d in docs if isinstance(d, dict)]
        title = "; ".join(t for t in titles if t) or "Google Play"
        ident = str(_ci(record, "orderId") or "")
        sid = ident or f"{moment.isoformat()}:{minor}:{cur}:{title.casefold()}"
        seen[sid] += 1
        lines.append(
            StatementLine(
                day=moment.date(),
                amount_minor=-abs(minor),
                currency=cur,
                payee=f"Google Play: {title}",
                memo="; ".join(k for k in kinds if k),
                source_id=f"gplay:{sid}:{seen[sid]}",
                where=where,
                moment=moment,
            )
        )
    return lines
