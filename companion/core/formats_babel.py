"""The kept formats of ``formats`` made from Babel, and checked against it after a start.

Apart from ``formats`` so that a start formatting its first page from a kept pack imports
no Babel code to do it; this module runs once that page is up.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from companion.core.formats import (
    VERSION,
    Pack,
    _active,
    _asked,
    _sound,
    checksum,
    log,
    path_for,
)


def _makers(babel_version: str) -> str:
    """Babel's version and ours: a pack is rebuilt when either changes (CLDR data, or how
    this module writes)."""
    from companion import __version__

    return f"babel {babel_version}; fan-companion {__version__}; pack {VERSION}"


def build(requested: str) -> dict[str, Any] | None:
    """The pack for ``requested`` (a locale name Babel parses), taken from Babel, or None
    when a pattern uses a field this module does not write or the result differs from
    Babel's own on the sample (:func:`agrees`)."""
    import babel
    from babel import dates, numbers

    try:
        locale = babel.Locale.parse(requested)
    except (ValueError, TypeError, babel.UnknownLocaleError):
        return None
    name = str(locale)

    def tokens(pattern: object) -> list[list[Any]]:
        text = pattern if isinstance(pattern, str) else pattern.pattern  # type: ignore[attr-defined]
        out: list[list[Any]] = []
        for kind, value in dates.tokenize_pattern(text):
            out.append(["chars", value] if kind == "chars" else ["field", *value])
        return out

    def skeleton(wanted: str) -> object:
        found = wanted
        if wanted not in locale.datetime_skeletons:
            found = dates.match_skeleton(wanted, locale.datetime_skeletons) or wanted
        return locale.datetime_skeletons[found]

    def number_pattern(pattern: numbers.NumberPattern) -> dict[str, Any] | None:
        # Only the plain kind: no scientific, significant-digit, percent or padded patterns.
        if pattern.exp_prec or "@" in pattern.pattern or pattern.scale or "*" in pattern.pattern:
            return None
        return {
            "prefix": list(pattern.prefix),
            "suffix": list(pattern.suffix),
            "grouping": list(pattern.grouping),
        }

    def period(which: str) -> str:
        for width in ("abbreviated", "wide", "narrow"):
            found = locale.day_periods["format"][width]
            if which in found:
                return str(found[which])
        raise KeyError(which)

    try:
        decimal_pattern = number_pattern(locale.decimal_formats[None])
        currency_pattern = number_pattern(locale.currency_formats["standard"])
        codes = sorted(numbers.list_currencies())
        data = {
            "version": VERSION,
            "made_by": _makers(babel.__version__),
            "check": 0,  # below, once the rest is known
            "requested": requested,
            "locale": name,
            "week_start": int(locale.first_week_day),
            "patterns": {
                "full": tokens(locale.date_formats["full"]),
                "MMMEd": tokens(skeleton("MMMEd")),
                "MMMd": tokens(skeleton("MMMd")),
                "short_time": tokens(locale.time_formats["short"]),
            },
            "datetime_short": str(dates.get_datetime_format("short", locale=locale)),
            "months": {
                context: {
                    width: [str(locale.months[context][width][m]) for m in range(1, 13)]
                    for width in ("abbreviated", "wide", "narrow")
                }
                for context in ("format", "stand-alone")
            },
            "days": {
                context: {
                    width: [str(locale.days[context][width][d]) for d in range(7)]
                    for width in ("abbreviated", "wide", "narrow", "short")
                }
                for context in ("format", "stand-alone")
            },
            "periods": [period("am"), period("pm")],
            "symbols": {
                "decimal": numbers.get_decimal_symbol(locale),
                "group": numbers.get_group_symbol(locale),
            },
            "decimal": decimal_pattern,
            "currency": currency_pattern,
            "currency_symbols": {
                code: str(locale.currency_symbols[code])
                for code in codes
                if code in locale.currency_symbols
            },
            "digits": {code: int(numbers.get_currency_precision(code)) for code in codes},
        }
    except (KeyError, LookupError, ValueError, TypeError, AttributeError) as exc:
        log.info("no formats pack for %s: %s", name, exc)
        return None
    data["check"] = checksum(data)
    if not _sound(data):
        log.info("no formats pack for %s: a pattern this module does not write", name)
        return None
    if not agrees(Pack(data)):
        log.warning("no formats pack for %s: it would not write what Babel writes", name)
        return None
    return data


# A sample that passes every month, weekday, both halves of the day, midnight and noon, and
# numbers with and without groups, negative, zero, and each kind of currency digits.
_SAMPLE_DAYS = [date(2026, 1, 1).toordinal() + 23 * k for k in range(20)]
_SAMPLE_TIMES = [(0, 0), (0, 5), (1, 30), (11, 59), (12, 0), (12, 1), (13, 45), (23, 59)]
_SAMPLE_NUMBERS = [0, 7, -7, 999, 1000, -1234, 1234567, 123456789012]
_SAMPLE_CURRENCIES = ("USD", "EUR", "JPY", "KWD", "GBP", "BRL", "IDR", "EGP", "INR", "CHF")


def agrees(pack: Pack) -> bool:
    """Whether ``pack`` writes the sample exactly as Babel does in its locale, called the
    way ``ui/dates.py`` and ``core/money`` call it."""
    from babel import dates, numbers

    where = pack.locale
    for day, (hour, minute) in zip(_SAMPLE_DAYS, _SAMPLE_TIMES * 3, strict=False):
        moment = datetime.fromordinal(day).replace(hour=hour, minute=minute)
        pairs = (
            (pack.date("full", moment), dates.format_date(moment, "full", locale=where)),
            (pack.date("MMMEd", moment), dates.format_skeleton("MMMEd", moment, locale=where)),
            (pack.date("MMMd", moment), dates.format_skeleton("MMMd", moment, locale=where)),
            (pack.date("short_time", moment), dates.format_time(moment, "short", locale=where)),
        )
        for ours, theirs in pairs:
            if ours != theirs:
                log.info("formats pack %s wrote %r where Babel writes %r", where, ours, theirs)
                return False
    for value in _SAMPLE_NUMBERS:
        if pack.number(value) != numbers.format_decimal(value, locale=where):
            return False
        for code in _SAMPLE_CURRENCIES:
            major = Decimal(value).scaleb(-numbers.get_currency_precision(code))
            if pack.money(value, code) != numbers.format_currency(major, code, locale=where):
                return False
    return True


def refresh() -> bool:
    """After a start: make the kept pack what Babel says now for the locale last asked for
    (:func:`activate`), writing it when it differs; a pack found wrong is switched off. A
    pack in use that this Babel made is left as it is, and Babel's data is not loaded.
    Returns whether the file was written. A folder that cannot be written, or Babel failing,
    is only logged (and Babel answers from then on): the pack is a speed-up, nothing depends
    on it."""
    if not _asked:
        return False
    folder, requested = _asked[0]
    try:
        import babel

        if _active and _active[0].data["made_by"] == _makers(babel.__version__):
            return False  # checked against this Babel when written; its checksum since
        data = build(requested)
    except Exception:  # it runs at start-up, among calls that must all still run
        _active.clear()
        log.exception("could not check the kept formats for %s", requested)
        return False
    path = path_for(folder, requested)
    kept = _active[0].data if _active else None
    if data == kept:
        return False
    _active.clear()  # what it formats may differ from Babel from now on: Babel answers
    if data is None:
        path.unlink(missing_ok=True)
        return False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".part")
        partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)
    except OSError as exc:
        log.warning("could not keep the formats for %s: %s", requested, exc)
        return False
    return True
