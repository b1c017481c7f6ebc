"""What the readers of the platforms' own exports (TikTok, Twitch, Google) share: reading the
JSON, dates written every way, counts, and source ids that stay the same on the next export."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from datetime import datetime, timezone
from typing import Any

from companion.core.budget.statements.lines import StatementLine
from companion.core.errors import InputError


def load_json(data: bytes, name: str, what: str) -> Any:
    """The document, or an error naming the file (and the line) in words."""
    try:
        return json.loads(data.decode("utf-8-sig"))
    except RecursionError:
        raise InputError(f"{name}: nested too deeply to be a {what} file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f", line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise InputError(f"{name}{where}: not a readable {what} file (JSON)") from None


def csv_rows(data: bytes, name: str) -> list[dict[str, str]]:
    """The rows of a CSV export under lower-cased column names."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not a UTF-8 text file") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        reader.fieldnames = [(f or "").strip().lower() for f in (reader.fieldnames or [])]
        return list(reader)
    except csv.Error as exc:
        raise InputError(f"{name}, line {reader.line_num}: not readable as CSV ({exc})") from None


def pick(row: dict[str, str], names: tuple[str, ...]) -> str:
    """The first of ``names`` that holds a value: exports rename their columns."""
    for n in names:
        value = row.get(n)
        if value not in (None, ""):
            return value.strip()
    return ""


def stamp(raw: Any, where: str, field: str = "Date") -> datetime:
    """An ISO date and time, or seconds/milliseconds since 1970; no zone means UTC."""
    text = str(raw or "").strip()
    try:
        if text.isdigit():
            seconds = int(text) / (1000 if len(text) > 11 else 1)
            return datetime.fromtimestamp(seconds, timezone.utc)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        raise InputError(f"{where}.{field}: '{text}' is not a date") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def count(raw: Any) -> int | None:
    """'1,400 Bits' → 1400."""
    m = re.search(r"\d[\d,]*", str(raw or ""))
    return int(m.group(0).replace(",", "")) if m else None


class Ids:
    """Source ids for one file: the export's own id when it has one, else what the line says;
    two identical lines (two real purchases of one bundle in one second) get :1 and :2, the
    same numbers on the next import of the same export."""

    def __init__(self) -> None:
        self._seen: Counter[str] = Counter()

    def __call__(self, prefix: str, key: str) -> str:
        self._seen[f"{prefix}:{key}"] += 1
        return f"{prefix}:{key}:{self._seen[f'{prefix}:{key}']}"


def gift_line(
    moment: datetime,
    *,
    units: int | None,
    creator: str,
    payee: str,
    source_id: str,
    where: str,
    platform: str,
) -> StatementLine:
    """A gift sent (coins or bits spent on a creator): units, no money."""
    return StatementLine(
        day=moment.date(),
        amount_minor=None,
        currency=None,
        payee=payee,
        source_id=source_id,
        where=where,
        moment=moment,
        platform=platform,
        kind="gift",
        units=units,
        creator=creator or None,
    )
