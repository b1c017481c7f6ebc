"""Reading VEVENTs out of a calendar file as other software writes it: text and encoding,
event by event when the file as a whole is broken, series grouped with their changed
occurrences, and what cannot be read explained in words."""

from __future__ import annotations

import copy
import hashlib
import re
from typing import Any

from companion.core.errors import InputError


def decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise InputError("this is a binary file, not an iCalendar (.ics) file")
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff \r\n\t")
    if not text.upper().startswith("BEGIN:VCALENDAR"):
        raise InputError("this is not an iCalendar file (it does not start with BEGIN:VCALENDAR)")
    # A TZID that starts with "/" is "globally unique" (RFC 5545 3.2.19): Twitch writes
    # /Europe/Paris, Evolution /freeassociation.sourceforge.net/Europe/Berlin, Lightning
    # /mozilla.org/20070129_1/America/New_York. The zone is the IANA name at its end. (Applied
    # to a VTIMEZONE's own TZID too, so it keeps matching the events that name it.)
    return re.sub(r"(TZID[=:])/([^:;\r\n\"]*)", _unique_tzid, text)


def _unique_tzid(match: re.Match[str]) -> str:
    from zoneinfo import ZoneInfo

    parts = match.group(2).split("/")
    for i in range(len(parts)):
        name = "/".join(parts[i:])
        try:
            ZoneInfo(name)
        except (ValueError, KeyError, OSError):  # OSError: a bad path; KeyError: not a zone
            continue
        return match.group(1) + name
    return match.group(1) + match.group(2)  # no zone at its end: the slash alone goes


def _standard(cal: Any) -> Any:
    """Google writes recurring events in UTC and names the calendar's zone in X-WR-TIMEZONE;
    Google itself shows them at the same wall time in that zone all year (across DST), and so
    must we: x-wr-timezone rewrites the times into that zone, as RFC 5545 would have them."""
    if "X-WR-TIMEZONE" not in cal:
        return cal
    import x_wr_timezone

    try:
        return x_wr_timezone.to_standard(cal)
    except (ValueError, KeyError):  # an unknown zone name: the times stay as written
        return cal


def components(text: str) -> tuple[list[Any], list[tuple[str, str]]]:
    """All VEVENTs, then the calendar's VTIMEZONEs; when the file as a whole is broken, read it
    event by event."""
    import icalendar

    try:
        cal = _standard(icalendar.Calendar.from_ical(text))
        return [*cal.walk("VEVENT"), *cal.walk("VTIMEZONE")], []
    except (ValueError, KeyError, IndexError, TypeError):
        events, skipped = [], []
        blocks = re.findall(r"BEGIN:VEVENT.*?END:VEVENT", text, flags=re.S | re.I)
        if not blocks:
            raise InputError(
                "the calendar cannot be read: it holds no event written the way iCalendar says "
                "(BEGIN:VEVENT ... END:VEVENT)"
            ) from None
        header = text[: text.upper().find("BEGIN:VEVENT")]
        for i, block in enumerate(blocks, start=1):
            try:
                cal = _standard(
                    icalendar.Calendar.from_ical(f"{header}{block}\r\nEND:VCALENDAR\r\n")
                )
                events.extend(cal.walk("VEVENT"))
                if i == 1:
                    events.extend(cal.walk("VTIMEZONE"))
            except (ValueError, KeyError, IndexError, TypeError):
                summary = re.search(r"SUMMARY[^:]*:(.*)", block)
                name = summary.group(1).strip() if summary else f"event #{i}"
                skipped.append((name, _broken_text(block)))
        return events, skipped


def by_uid(components: list[Any]) -> dict[str, tuple[Any, list[Any]]]:
    """Group a series' main event with its changed occurrences (RECURRENCE-ID)."""
    masters: dict[str, Any] = {}
    edits: dict[str, list[Any]] = {}
    for comp in components:
        if comp.name != "VEVENT":
            continue
        uid = str(dict.get(comp, "UID") or "").strip() or _made_up_uid(comp)
        if dict.get(comp, "RECURRENCE-ID") is not None:  # icalendar's get() upper-cases first
            edits.setdefault(uid, []).append(comp)
            masters.setdefault(uid, None)
        else:
            masters[uid] = comp
    return {uid: (master, edits.get(uid, [])) for uid, master in masters.items()}


def series(groups: dict[str, tuple[Any, list[Any]]]) -> list[tuple[str, Any, list[Any]]]:
    """(uid, main event, edited occurrences) to import. Edited occurrences whose series is not
    in the file (one shared instance of a meeting, an invitation to a single date) are kept as
    one-off events, as Google Calendar and Thunderbird show them, not dropped."""
    items: list[tuple[str, Any, list[Any]]] = []
    for uid, (master, overrides) in groups.items():
        if master is not None:
            items.append((uid, master, overrides))
            continue
        for number, edit in enumerate(overrides, start=1):
            alone = copy.copy(edit)
            rid = alone.pop("RECURRENCE-ID", None)
            try:
                when = rid.to_ical().decode("ascii")
            except (AttributeError, ValueError, UnicodeDecodeError):
                when = str(number)
            if alone.get("DTSTART") is None and rid is not None:
                alone["DTSTART"] = rid  # an edit that only moved nothing still has its date
            items.append((f"{uid}/{when}", alone, []))
    return items


# What a broken property is, in the words a fan reads.
_PARTS = (
    ("DTSTART", "start time"),
    ("DTEND", "end time"),
    ("DURATION", "length"),
    ("RRULE", "repeat rule"),
    ("EXDATE", "skipped dates"),
    ("RDATE", "extra dates"),
    ("RECURRENCE-ID", "changed date"),
    ("VALARM", "reminder"),
)


def explain(master: Any, overrides: list[Any]) -> str:
    """Which part of an event could not be read, in words (never Python's own message)."""
    for component, where in ((master, ""), *((o, " in a changed occurrence") for o in overrides)):
        for prop, what in _PARTS:
            value = component.get(prop)
            if value is None:
                continue
            if isinstance(value, list) and prop in ("DTSTART", "DTEND", "DURATION"):
                return f"it has {len(value)} {what}s ({prop}){where}; an event has one"
            try:
                for item in value if isinstance(value, list) else [value]:
                    if prop == "RRULE":
                        item.to_ical()
                    elif prop in ("EXDATE", "RDATE"):
                        [d.dt for d in item.dts]
                    else:
                        item.dt  # noqa: B018 - reading it is the check
            except (AttributeError, ValueError, TypeError, KeyError, OverflowError):
                return f"its {what} ({prop}){where} is not a date or time the app can read"
    return "a part of it is not written the way iCalendar says, so it cannot be read"


def _broken_text(block: str) -> str:
    """Why one event's text cannot be parsed at all: the first line the parser refused."""
    for line in block.splitlines():
        name = line.split(":", 1)[0].split(";", 1)[0].strip().upper()
        if name in dict(_PARTS):
            import icalendar

            try:
                icalendar.Calendar.from_ical(
                    f"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n{line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                )
            except (ValueError, KeyError, IndexError, TypeError):
                return f"its {dict(_PARTS)[name]} ({name}) is written wrongly: {line.strip()[:80]}"
    return "its text is not valid iCalendar: a line may be cut off or wrongly folded"


def _made_up_uid(comp: Any) -> str:
    # No UID: derive one from what the event says, so importing the file again updates it.
    start = comp.get("DTSTART")
    basis = f"{comp.get('SUMMARY', '')}|{start.to_ical() if start is not None else ''}"
    return hashlib.sha256(basis.encode()).hexdigest()[:24] + "@imported"
