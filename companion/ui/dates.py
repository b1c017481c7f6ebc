"""Dates and times as the fan's locale writes them (the chosen interface language's), through
Babel's CLDR patterns: never a fixed strftime pattern, whose order and names are English."""

from __future__ import annotations

from datetime import date, datetime

from companion.core import formats
from companion.core.formats import Pack


def _locale() -> str:
    from companion.core.money.money import display_locale

    return display_locale()


def _kept() -> Pack | None:
    """Babel's formats kept from the last start, for the first page (core/formats.py)."""
    return formats.active(_locale())


def long_day(d: date) -> str:
    """ "Saturday, November 28, 2026" / "samedi 28 novembre 2026"."""
    if (kept := _kept()) is not None:
        return kept.date("full", d)
    from babel.dates import format_date

    return str(format_date(d, "full", locale=_locale()))


def short_day(d: date) -> str:
    """ "Mon, Nov 30" / "lun. 30 nov." (weekday, day and month)."""
    if (kept := _kept()) is not None:
        return kept.date("MMMEd", d)
    from babel.dates import format_skeleton

    return str(format_skeleton("MMMEd", d, locale=_locale()))


def day_month(d: date) -> str:
    """ "Nov 30" / "30 nov."."""
    if (kept := _kept()) is not None:
        return kept.date("MMMd", d)
    from babel.dates import format_skeleton

    return str(format_skeleton("MMMd", d, locale=_locale()))


def clock(t: datetime) -> str:
    """ "1:00 AM" / "01:00" (the moment's own wall time: convert to a zone first)."""
    if (kept := _kept()) is not None:
        return kept.date("short_time", t)
    from babel.dates import format_time

    return str(format_time(t, "short", tzinfo=t.tzinfo, locale=_locale()))


def _joined(day: str, time: str) -> str:
    if (kept := _kept()) is not None:
        return kept.joined(day, time)
    from babel.dates import get_datetime_format

    return (
        str(get_datetime_format("short", locale=_locale())).replace("{1}", day).replace("{0}", time)
    )


def short_day_time(t: datetime) -> str:
    """ "Mon, Nov 30, 1:00 AM" / "lun. 30 nov. 01:00"."""
    return _joined(short_day(t), clock(t))


def day_month_time(t: datetime) -> str:
    return _joined(day_month(t), clock(t))


def numeric(t: datetime) -> str:
    """ "11/30/26, 1:00 AM" / "30/11/2026 01:00": a table cell."""
    from babel.dates import format_datetime

    return str(format_datetime(t, "short", tzinfo=t.tzinfo, locale=_locale()))
