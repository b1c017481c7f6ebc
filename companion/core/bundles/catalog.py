"""The bundle catalog: shipped data, the fan's own rows, promotions, and catalog imports.

Shipped rows carry a stable ``ship_key``; a newer shipped catalog updates them on upgrade unless
the fan edited them, and never touches rows the fan added. Deleting a shipped row hides it, so
an upgrade does not bring it back.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from companion.core.errors import InputError
from companion.core.money.money import (
    MAX_NUMBER_TEXT,
    check_currency,
    check_number_text,
    checked_minor,
    parse_amount,
)
from companion.core.store.parsing import MAX_COUNT
from companion.core.store.paths import resource

if TYPE_CHECKING:
    pass

CHANNELS = ("web", "ios", "android", "any")
MAX_UNITS = MAX_COUNT
CATALOG_FILE = "catalog.json"
_ID = re.compile(r"[a-z][a-z0-9_-]{0,31}")


# -- parsed (validated) catalog -------------------------------------------------------------
@dataclass(frozen=True)
class BundleSpec:
    units: int
    bonus_units: int
    price_minor: int
    currency: str
    channel: str
    region: str
    source: str
    observed: str

    def ship_key(self, platform: str) -> str:
        return f"{platform}/{self.channel}/{self.region}/{self.units}+{self.bonus_units}"


@dataclass(frozen=True)
class GiftSpec:
    name: str
    units: int
    note: str = ""


@dataclass(frozen=True)
class PlatformSpec:
    id: str
    name: str
    unit: str
    domains: tuple[str, ...]
    payout: dict[str, Any] | None
    direct: dict[str, Any] | None
    notes: str
    bundles: tuple[BundleSpec, ...]
    gifts: tuple[GiftSpec, ...]


@dataclass(frozen=True)
class CatalogSpec:
    version: str
    platforms: tuple[PlatformSpec, ...] = field(default_factory=tuple)


def _fail(where: str, problem: str) -> InputError:
    return InputError(f"{where}: {problem}")


def _int(
    obj: dict[str, Any], key: str, where: str, *, minimum: int, default: int | None = None
) -> int:
    value = obj.get(key, default)
    if value is None:
        raise _fail(f"{where}.{key}", "missing")
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, Decimal) and value == value.to_integral_value():
            value = int(value)
        else:
            raise _fail(f"{where}.{key}", f"must be a whole number, got {value!r}")
    if value < minimum:
        raise _fail(f"{where}.{key}", f"must be >= {minimum}" if minimum else "must be >= 0")
    if value > MAX_UNITS:
        raise _fail(f"{where}.{key}", f"{value:,} is absurdly large (over 1,000,000,000)")
    return value


def _str(
    obj: dict[str, Any],
    key: str,
    where: str,
    *,
    required: bool = True,
    limit: int = 500,
    default: str = "",
) -> str:
    value = obj.get(key, None if required else default)
    if value is None or (isinstance(value, str) and not value.strip() and required):
        raise _fail(f"{where}.{key}", "missing")
    if not isinstance(value, str):
        raise _fail(f"{where}.{key}", f"must be text, got {type(value).__name__}")
    if len(value) > limit:
        raise _fail(f"{where}.{key}", f"too long (over {limit} characters)")
    return value.strip()


# A price as a data file writes it: a dot before the cents and no thousands separator. Read the
# way the fan types numbers, "1.000" was a thousand dollars in German and one in English.
_FILE_PRICE = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def parse_bundle(
    obj: Any, where: str, *, default_observed: str | None = None, typed: bool = True
) -> BundleSpec:
    """A bundle typed by the fan (``typed``: its price as they write numbers) or read from a
    catalog file (its price as data files write them, whatever the fan's language)."""
    if not isinstance(obj, dict):
        raise _fail(where, "must be an object")
    currency = check_currency(_str(obj, "currency", where), f"{where}.currency")
    price = obj.get("price")
    if price is None:
        raise _fail(f"{where}.price", "missing")
    if isinstance(price, bool) or not isinstance(price, (str, int, Decimal)):
        raise _fail(f"{where}.price", f'must be a number like "4.99", got {price!r}')
    if typed:
        price_minor = parse_amount(str(price), currency, f"{where}.price")
    else:
        price_minor = _file_price(str(price).strip(), currency, f"{where}.price")
    channel = _str(obj, "channel", where, required=False, default="any").lower() or "any"
    if channel not in CHANNELS:
        raise _fail(f"{where}.channel", f"'{channel}' is not one of {', '.join(CHANNELS)}")
    observed = _str(
        obj, "observed", where, required=default_observed is None, default=default_observed or ""
    )
    try:
        date.fromisoformat(observed)
    except ValueError:
        raise _fail(f"{where}.observed", f"'{observed}' is not a date like 2026-11-25") from None
    return BundleSpec(
        units=_int(obj, "units", where, minimum=1),
        bonus_units=_int(obj, "bonus_units", where, minimum=0, default=0),
        price_minor=price_minor,
        currency=currency,
        channel=channel,
        region=_str(obj, "region", where, required=False, limit=20).upper(),
        source=_str(obj, "source", where, required=False),
        observed=observed,
    )


def _file_price(text: str, currency: str, field: str) -> int:
    check_number_text(text, field)
    if not _FILE_PRICE.fullmatch(text):
        raise _fail(field, f'must be a number like "4.99" (a dot before the cents), got {text!r}')
    return checked_minor(Decimal(text), text, currency, field)


def parse_gift(obj: Any, where: str) -> GiftSpec:
    if not isinstance(obj, dict):
        raise _fail(where, "must be an object")
    return GiftSpec(
        _str(obj, "name", where, limit=80),
        _int(obj, "units", where, minimum=1),
        _str(obj, "note", where, required=False),
    )


def parse_catalog(
    data: Any, *, known: dict[str, str] | None = None, today: date | None = None
) -> CatalogSpec:
    """Validate a whole catalog; the first problem raises InputError naming its JSON path.

    ``known`` (id → name) restricts imports to platforms the app has; the shipped catalog
    defines them instead.
    """
    if not isinstance(data, dict):
        raise InputError(f"catalog: must be a JSON object, not a {_json_type(data)}")
    entries = data.get("platforms")
    if not isinstance(entries, list) or not entries:
        raise InputError("platforms: must be a non-empty list")
    default_observed = today.isoformat() if today else None
    platforms, seen_ids = [], set()
    for i, entry in enumerate(entries):
        where = f"platforms[{i}]"
        if not isinstance(entry, dict):
            raise _fail(where, "must be an object")
        pid = _str(entry, "id", where).lower()
        if not _ID.fullmatch(pid):
            raise _fail(f"{where}.id", f"'{pid}' is not a platform id like tiktok")
        if known is not None and pid not in known:
            raise _fail(f"{where}.id", f"unknown platform '{pid}' (known: {', '.join(known)})")
        if pid in seen_ids:
            raise _fail(f"{where}.id", f"'{pid}' appears twice")
        seen_ids.add(pid)
        bundles, seen = [], {}
        for j, raw in enumerate(_list(entry, "bundles", where)):
            spec = parse_bundle(
                raw, f"{where}.bundles[{j}]", default_observed=default_observed, typed=False
            )
            if spec in seen:
                raise _fail(f"{where}.bundles[{j}]", f"duplicate of bundles[{seen[spec]}]")
            seen[spec] = j
            bundles.append(spec)
        gifts, names = [], {}
        for j, raw in enumerate(_list(entry, "gifts", where)):
            gw = f"{where}.gifts[{j}]"
            gift = parse_gift(raw, gw)
            if gift.name.lower() in names:
                first = names[gift.name.lower()]
                raise _fail(f"{gw}.name", f"'{gift.name}' duplicates gifts[{first}]")
            names[gift.name.lower()] = j
            gifts.append(gift)
        name = (known or {}).get(pid) or _str(entry, "name", where, limit=80)
        unit = _str(entry, "unit", where, limit=40) if known is None else ""
        platforms.append(
            PlatformSpec(
                pid,
                name,
                unit,
                tuple(d.lower() for d in entry.get("domains") or ()),
                _payout(entry.get("payout"), f"{where}.payout") if known is None else None,
                entry.get("direct") if known is None else None,
                _str(entry, "notes", where, required=False, limit=2000),
                tuple(bundles),
                tuple(gifts),
            )
        )
    version = data.get("version")
    return CatalogSpec(str(version) if version is not None else "", tuple(platforms))


def _list(entry: dict[str, Any], key: str, where: str) -> list[Any]:
    value = entry.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise _fail(f"{where}.{key}", f"must be a list, not a {_json_type(value)}")
    return value


def _json_type(value: Any) -> str:
    return {dict: "object", list: "list", str: "string"}.get(type(value), type(value).__name__)


def _payout(raw: Any, where: str) -> dict[str, Any] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise _fail(where, "must be an object or null")
    kind = raw.get("kind")
    out: dict[str, Any] = {
        "kind": kind,
        "source": _str(raw, "source", where, required=False),
        "note": _str(raw, "note", where, required=False),
    }
    if kind == "per_unit":
        currency = check_currency(_str(raw, "currency", where), f"{where}.currency")
        amount = Decimal(str(raw.get("amount")))
        out.update(currency=currency, amount=amount)
    elif kind == "share":
        out["percent"] = Decimal(str(raw.get("percent")))
    else:
        raise _fail(f"{where}.kind", "must be per_unit or share")
    return out


class _NumberTooLong(ValueError):
    pass


def _json_number(kind: Callable[[str], Any]) -> Callable[[str], Any]:
    """json's number hooks, refusing before conversion what no catalog holds: a 5,000-digit
    integer (Python refuses to convert it, with a bug-looking error) or 1e999999999 (which
    turns into a billion-digit integer when the units are read)."""

    def parse(text: str) -> Any:
        if len(text) > MAX_NUMBER_TEXT or "e" in text.lower():
            raise _NumberTooLong(text)
        return kind(text)

    return parse


def _no_lone_surrogates(data: Any) -> None:
    """JSON can spell half a UTF-16 pair ("\\ud800"); no database or screen can store it."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise InputError(
                    f"catalog: the text '{item.encode('utf-8', 'replace').decode()[:40]}' holds "
                    "an invalid character (a lone UTF-16 surrogate)"
                ) from None
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def loads(text: str | bytes, **kwargs: Any) -> CatalogSpec:
    """Parse catalog JSON text; numbers become Decimal, never binary floats."""
    try:
        data = json.loads(text, parse_float=_json_number(Decimal), parse_int=_json_number(int))
    except _NumberTooLong as exc:
        raise InputError(
            f"catalog: the number {str(exc)[:20]}… is not a price or a count (over "
            f"{MAX_NUMBER_TEXT} characters, or with an exponent)"
        ) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"catalog: not valid JSON ({exc})") from None
    except RecursionError:
        raise InputError("catalog: nested too deeply to be a catalog") from None
    _no_lone_surrogates(data)
    return parse_catalog(data, **kwargs)


def shipped_catalog() -> CatalogSpec:
    return loads(resource(CATALOG_FILE).read_bytes())
