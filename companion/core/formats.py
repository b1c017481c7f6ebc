"""The first page's dates, counts and money without loading Babel's locale data: reading
and writing with a kept pack (the pack is made from Babel by ``formats_babel``).

Babel formats every date, number and price the fan sees (``ui/dates.py``, ``core/money``).
Before it writes the first one it unpickles and merges its CLDR files: the root, the
language's and the region's, and the global data for currency digits, about 830 KB for
``en_US``. On a start that was about a sixth of the time to the first page (issue #20).

So after each start, once the first page is up, ``formats_babel.refresh`` asks Babel for the
few patterns and names the first page uses, in the fan's locale, and keeps them in the data folder
(``i18n/formats-<locale>.json``): Babel's own tokenised patterns, month and day names, number
symbols and patterns, currency symbols and digits. The next start :func:`activate`\\ s that
file and formats the first page from it; everything else still goes to Babel.

It can never say anything Babel would not:

- a pack is written only if it formats a sample of dates, counts and prices exactly as Babel
  does (``formats_babel.build`` checks it), and the tests hold the two equal over whole
  years and every currency in each language the app ships;
- a pattern with a field this module does not write (eras, week numbers, time zones, flexible
  day periods) gets no pack;
- a file carries the versions of Babel and of the app that made it, and a checksum: after a
  start that used a file another Babel or app version made, it is compared with what Babel
  says now and rewritten when it differs, the fast path off until then; a file changed
  since it was written (damaged or edited) fails its checksum and is not used at all. A
  start with a file these versions made loads none of Babel's data, before the first page
  or after it;
- anything it cannot answer (another locale, an unknown currency) goes to Babel.

A file that is not what this module writes is ignored, never trusted: it is JSON, read with a
size limit and checked field by field, and it only ever changes how text looks, never an
amount (currency digits for arithmetic always come from Babel).
"""

from __future__ import annotations

import binascii
import json
import logging
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

VERSION = 2  # 2: the Babel that made it, and a checksum
MAX_BYTES = 256 * 1024  # a pack is ~20 KB; anything far larger is not ours
FILE_PREFIX = "formats-"

# The date and time patterns the first page writes, by name: CLDR's "full" date, the
# skeletons for a day and month with or without the weekday, the "short" time.
DATE_PATTERNS = ("full", "MMMEd", "MMMd", "short_time")
# Fields this module writes (DateTimeFormat's letters); any other in a pattern: no pack.
_FIELDS = frozenset("yMLdEcahHKkm")
_QUOTED = re.compile(r"'([^']*)'")  # Babel's own rule for quotes left in a number's affixes


class Pack:
    """One locale's formats, as :func:`build` took them from Babel."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.locale: str = data["locale"]
        self.requested: str = data["requested"]
        self.week_start: int = data["week_start"]
        self._patterns: dict[str, list[list[Any]]] = data["patterns"]
        self._months: dict[str, dict[str, list[str]]] = data["months"]
        self._days: dict[str, dict[str, list[str]]] = data["days"]
        self._periods: list[str] = data["periods"]
        self._symbols: dict[str, str] = data["symbols"]
        self._currency_symbols: dict[str, str] = data["currency_symbols"]
        self._digits: dict[str, int] = data["digits"]

    # -- dates ---------------------------------------------------------------------------
    def date(self, name: str, value: date | datetime) -> str:
        """``value`` written with the pattern ``name`` (one of :data:`DATE_PATTERNS`); a
        datetime is written in its own wall time, as Babel does without a ``tzinfo``."""
        out = []
        for token in self._patterns[name]:
            if token[0] == "chars":
                out.append(token[1])
            else:
                out.append(self._field(token[1], token[2], value))
        return "".join(out)

    def joined(self, day: str, time: str) -> str:
        return str(self.data["datetime_short"]).replace("{1}", day).replace("{0}", time)

    def _field(self, char: str, num: int, value: date | datetime) -> str:
        if char == "y":
            year = f"{value.year:0{num}d}"
            return year[-2:] if num == 2 else year
        if char in "ML":
            if num <= 2:
                return f"{value.month:0{num}d}"
            context = "format" if char == "M" else "stand-alone"
            return self._months[context][_WIDTHS[num]][value.month - 1]
        if char == "d":
            return f"{value.day:0{num}d}"
        if char in "Ec":
            context = "stand-alone" if char == "c" else "format"
            width = {3: "abbreviated", 4: "wide", 5: "narrow", 6: "short"}[max(num, 3)]
            return self._days[context][width][value.weekday()]
        # Time fields: only ever asked of a datetime (a "short" time pattern).
        assert isinstance(value, datetime)
        hour = value.hour
        if char == "a":
            return self._periods[int(hour >= 12)]
        if char == "h":
            return f"{hour % 12 or 12:0{num}d}"
        if char == "H":
            return f"{hour:0{num}d}"
        if char == "K":
            return f"{hour % 12:0{num}d}"
        if char == "k":
            return f"{hour or 24:0{num}d}"
        return f"{value.minute:0{num}d}"  # "m": build() lets no other letter through

    # -- numbers -------------------------------------------------------------------------
    def number(self, value: int) -> str:
        """A whole number as Babel's ``format_decimal`` writes it."""
        return self._apply("decimal", str(abs(value)), "", value < 0, None)

    def money(self, minor: int, currency: str) -> str | None:
        """An amount in minor units as Babel's ``format_currency`` writes it, or None for a
        currency this pack does not know."""
        digits = self._digits.get(currency)
        if digits is None:
            return None
        whole, frac = divmod(abs(minor), 10**digits)
        return self._apply(
            "currency", str(whole), f"{frac:0{digits}d}" if digits else "", minor < 0, currency
        )

    def _apply(self, kind: str, whole: str, frac: str, negative: bool, currency: str | None) -> str:
        pattern = self.data[kind]
        size, next_size = pattern["grouping"]
        group = self._symbols["group"]
        grouped = ""
        while len(whole) > size:
            grouped = group + whole[-size:] + grouped
            whole = whole[:-size]
            size = next_size
        number = whole + grouped + (self._symbols["decimal"] + frac if frac else "")
        text = pattern["prefix"][negative] + number + pattern["suffix"][negative]
        if currency is not None and "¤" in text:
            text = text.replace("¤¤", currency)
            text = text.replace("¤", self._currency_symbols.get(currency, currency))
        return _QUOTED.sub(lambda m: m.group(1) or "'", text)


_WIDTHS = {3: "abbreviated", 4: "wide", 5: "narrow"}

# The pack in use, and the folder and name it was asked for (refresh() writes there).
_active: list[Pack] = []
_asked: list[tuple[Path, str]] = []


def active(locale: str) -> Pack | None:
    """The pack to format with in ``locale``, or None: then Babel."""
    return _active[0] if _active and _active[0].locale == locale else None


def path_for(folder: Path, requested: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_@-]", "_", requested)[:40] or "system"
    return folder / f"{FILE_PREFIX}{safe}.json"


def activate(folder: Path, requested: str) -> str | None:
    """Use the pack kept for the locale name ``requested`` (Qt's, like "en_US"), if there is
    a sound one; returns the locale it formats in (what Babel calls ``requested``), or None
    when there is none and Babel must answer."""
    _active.clear()
    _asked[:] = [(folder, requested)]
    pack = read(path_for(folder, requested))
    if pack is None or pack.requested != requested:
        return None
    _active.append(pack)
    return pack.locale


def deactivate() -> None:
    _active.clear()


def read(path: Path) -> Pack | None:
    """The pack in ``path``, or None when there is none or it is not one this module wrote."""
    try:
        with open(path, "rb") as file:
            raw = file.read(MAX_BYTES + 1)
    except OSError:
        return None
    if len(raw) > MAX_BYTES:
        log.warning("ignoring %s: larger than any formats file", path)
        return None
    try:
        data = json.loads(raw)
        if not _sound(data):
            raise ValueError("not a formats file of this version")
        if data["check"] != checksum(data):
            raise ValueError("changed since it was written")
        return Pack(data)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        log.warning("ignoring %s: %s", path, exc)
        return None


def _strs(value: object, count: int | None = None) -> bool:
    return (
        isinstance(value, list)
        and all(isinstance(v, str) for v in value)
        and (count is None or len(value) == count)
    )


def _names(value: object, count: int, widths: tuple[str, ...]) -> bool:
    return isinstance(value, dict) and all(
        isinstance(value.get(context), dict)
        and all(_strs(value[context].get(w), count) for w in widths)
        for context in ("format", "stand-alone")
    )


def _tokens(value: object) -> bool:
    if not isinstance(value, list):
        return False
    for token in value:
        if not isinstance(token, list) or not token:
            return False
        if token[0] == "chars":
            if len(token) != 2 or not isinstance(token[1], str):
                return False
        elif token[0] == "field":
            if len(token) != 3 or token[1] not in _FIELDS or not isinstance(token[2], int):
                return False
            char, num = token[1], token[2]
            # "c"/"cc" is a number counted from the locale's first weekday, and "aaaa" the
            # wide period name: neither is kept.
            if not 1 <= num <= (6 if char in "Ec" else 5) or (char == "c" and num < 3):
                return False
            if char == "a" and num > 3:
                return False
        else:
            return False
    return True


def _number_pattern(value: object) -> bool:
    if not isinstance(value, dict):
        return False
    grouping = value.get("grouping")
    return (
        _strs(value.get("prefix"), 2)
        and _strs(value.get("suffix"), 2)
        and isinstance(grouping, list)
        and len(grouping) == 2
        and all(isinstance(g, int) and g >= 1 for g in grouping)
    )


def checksum(data: dict[str, Any]) -> int:
    """A CRC of everything but the checksum itself, as ``formats_babel`` writes it."""
    rest = {k: v for k, v in data.items() if k != "check"}
    return binascii.crc32(json.dumps(rest, ensure_ascii=False, sort_keys=True).encode())


def _sound(data: object) -> bool:
    """Every field :class:`Pack` reads is there, of the right kind and size."""
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return False
    if not isinstance(data.get("made_by"), str) or type(data.get("check")) is not int:
        return False
    patterns, symbols = data.get("patterns"), data.get("symbols")
    currency_symbols, digits = data.get("currency_symbols"), data.get("digits")
    return (
        isinstance(data.get("locale"), str)
        and isinstance(data.get("requested"), str)
        and isinstance(data.get("week_start"), int)
        and 0 <= data["week_start"] <= 6
        and isinstance(patterns, dict)
        and all(_tokens(patterns.get(name)) for name in DATE_PATTERNS)
        and isinstance(data.get("datetime_short"), str)
        and _names(data.get("months"), 12, ("abbreviated", "wide", "narrow"))
        and _names(data.get("days"), 7, ("abbreviated", "wide", "narrow", "short"))
        and _strs(data.get("periods"), 2)
        and isinstance(symbols, dict)
        and all(isinstance(symbols.get(k), str) for k in ("decimal", "group"))
        and _number_pattern(data.get("decimal"))
        and _number_pattern(data.get("currency"))
        and isinstance(currency_symbols, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in currency_symbols.items())
        and isinstance(digits, dict)
        and all(isinstance(k, str) and type(v) is int and 0 <= v <= 6 for k, v in digits.items())
    )
