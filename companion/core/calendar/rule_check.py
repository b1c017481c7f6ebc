"""What a repeat rule may be, and how much work one may cost: the guard against rules that
describe no stream and only make the app expand millions of dates (a "recurrence bomb")."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar, cast

from companion.core.calendar.recurrence import WEEKDAYS, simple_rule
from companion.core.errors import InputError

if TYPE_CHECKING:
    from dateutil.rrule import rrule

T = TypeVar("T")


def fill_implicit(rule: str, start: datetime) -> str:
    """Spell out the BY* parts RFC 5545 takes from DTSTART, so DTSTART can be moved."""
    parts = dict(p.split("=", 1) for p in rule.upper().split(";") if "=" in p)
    freq = parts.get("FREQ", "")
    has_day = any(k in parts for k in ("BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO"))
    if freq == "WEEKLY" and "BYDAY" not in parts:
        parts["BYDAY"] = WEEKDAYS[start.weekday()]
    elif freq == "MONTHLY" and not has_day:
        parts["BYMONTHDAY"] = str(start.day)
    elif freq == "YEARLY" and not has_day:
        parts.setdefault("BYMONTH", str(start.month))
        parts["BYMONTHDAY"] = str(start.day)
    return ";".join(f"{k}={v}" for k, v in parts.items())


def parse_rule(rule: str, start: datetime) -> rrule:
    # Imported here: the rules streams use are stepped without dateutil (recurrence.py), and
    # dateutil with the calendar module it loads was 34 M instructions of every start-up.
    from dateutil.rrule import rrulestr

    try:
        # One RRULE body and no forceset: rrulestr returns an rrule, not an rruleset.
        return cast("rrule", rrulestr(rule, dtstart=start, cache=False))
    except (ValueError, TypeError, OverflowError) as exc:
        raise InputError(f"recurrence: '{rule}' is not a valid RRULE ({exc})") from None


_RRULE_OK = re.compile(r"^[A-Z0-9=;,+\-:]+$")

# What a live event's schedule can be. Finer or larger than this describes no stream, and only
# serves to make the app expand millions of dates (a "recurrence bomb").
MAX_INTERVAL = 1000
MAX_RULE_COUNT = 5000
MAX_HOURLY_COUNT = 24 * 31
_LIMITED_LISTS = {"BYSECOND": 1, "BYMINUTE": 4, "BYHOUR": 24, "BYSETPOS": 7}
# Work a single rule may cost dateutil, in Python calls: enough for any rule whose dates come at
# least once in ~50 years, and a hard stop (not a clock: the same answer on every machine) for
# rules that can never match, which dateutil would otherwise search until the year 9999.
PROBE_CALLS = 60_000
WINDOW_CALLS = 400_000
MAX_PER_WINDOW = 20_000


class WorkBudgetExceeded(Exception):
    """A rule cost more work than its budget."""


def bounded(work: Callable[[], T], calls: int) -> T:
    """Run ``work`` with at most ``calls`` Python function calls, else WorkBudgetExceeded.

    dateutil's search cannot be told to give up; counting the calls it makes can. The previous
    tracer (a debugger, coverage) is put back afterwards.
    """
    spent = 0

    def tracer(frame: object, event: str, arg: object) -> None:
        nonlocal spent
        if event == "call":
            spent += 1
            if spent > calls:
                raise WorkBudgetExceeded

    previous = sys.gettrace()
    sys.settrace(tracer)  # type: ignore[arg-type]
    try:
        return work()
    finally:
        sys.settrace(previous)


def _rule_parts(text: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for item in text.split(";"):
        key, sep, value = item.partition("=")
        if not sep or not value:
            raise InputError(f"recurrence: '{item}' in '{text}' is not NAME=VALUE")
        if key in parts:
            raise InputError(f"recurrence: {key} is given twice in '{text}'")
        parts[key] = value
    return parts


def _whole(parts: dict[str, str], key: str, low: int, high: int) -> None:
    if key not in parts:
        return
    try:
        value = int(parts[key])
    except ValueError:
        raise InputError(f"recurrence: {key}={parts[key]} is not a whole number") from None
    if not low <= value <= high:
        raise InputError(f"recurrence: {key} must be between {low} and {high}, not {parts[key]}")


@lru_cache(maxsize=4096)
def check_rule(rule: str) -> str:
    """Normalise an RRULE value (not the full line) and refuse what no live event needs:
    repeats every second or minute, INTERVAL=0, endless hourly series, huge COUNTs, long
    BY-lists, and rules that never produce a date."""
    text = rule.strip().upper()
    if text.startswith("RRULE:"):
        text = text[6:]
    if not text or not _RRULE_OK.match(text) or "FREQ=" not in text:
        raise InputError(f"recurrence: '{rule}' is not an RRULE like FREQ=WEEKLY;BYDAY=FR")
    parts = _rule_parts(text)
    freq = parts.get("FREQ")
    if freq in ("SECONDLY", "MINUTELY"):
        raise InputError(
            f"recurrence: a live event cannot repeat every {freq[:-2].lower()} ({text})"
        )
    if freq not in ("HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"):
        raise InputError(f"recurrence: FREQ={freq} is not a repeat a calendar knows")
    _whole(parts, "INTERVAL", 1, MAX_INTERVAL)
    _whole(parts, "COUNT", 1, MAX_RULE_COUNT)
    if freq == "HOURLY":
        if "COUNT" not in parts:
            raise InputError(
                "recurrence: an hourly series must say how many times (COUNT), at most "
                f"{MAX_HOURLY_COUNT}"
            )
        _whole(parts, "COUNT", 1, MAX_HOURLY_COUNT)
    for key, most in _LIMITED_LISTS.items():
        if key in parts and len(parts[key].split(",")) > most:
            raise InputError(f"recurrence: {key} may list at most {most} value(s) ({text})")
    if simple_rule(text) is None:  # the simple stepper already understood it
        parsed = parse_rule(text, datetime(2026, 1, 1, 12))
        try:
            first = bounded(lambda: next(iter(parsed), None), PROBE_CALLS)
        except WorkBudgetExceeded:
            first = None
        if first is None:
            raise InputError(f"recurrence: '{text}' never produces a date")
    return text
