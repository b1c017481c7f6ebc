"""What importing a statement would do, line by line, and doing it through the money rules.

Duplicates: a line whose source id is already in the ledger is a duplicate. Otherwise a line
is a duplicate of a ledger entry on the same platform (the payee's platform: the ledger keeps no
payee) with the same amount and currency, or for gifts the same units and creator, within
``WINDOW_DAYS`` of it. Each entry stands for one line only, so two real purchases of the same
bundle on one day stay two. An entry imported from the same kind of source under another id is
another payment, never a duplicate.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from companion.core.budget.ledger import (
    PROGRESS_EVERY,
    Cancelled,
    Entry,
    Progress,
    average_unit_cost,
    utc_text,
)
from companion.core.budget.statements.lines import (
    ADD,
    DUPLICATE,
    SKIPPED,
    UNMATCHED,
    Row,
    StatementLine,
)
from companion.core.budget.statements.rules import Rules

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.budget import actions

WINDOW_DAYS = 2
IMPORT_NOTE = "imported from {name}"


def moment_of(line: StatementLine, zone: ZoneInfo) -> datetime:
    """The line's instant; a day alone means noon that day in the fan's zone (as when typed)."""
    return line.moment or datetime.combine(line.day, time(12), zone)


def _kind_of(source_id: str | None) -> str:
    return (source_id or "").split(":", 1)[0]


def preview(
    db: Database,
    lines: Sequence[StatementLine],
    rules: Rules,
    *,
    now: datetime,
    zone: ZoneInfo,
    picks: dict[int, str] | None = None,
    progress: Progress | None = None,
) -> list[Row]:
    """Judge every line; ``picks`` gives a platform to unmatched lines the fan chose (by index).
    ``progress`` hears how far it got and can stop it (it writes nothing either way)."""
    known = {r[0] for r in db.execute("SELECT id FROM platforms")}
    picks = picks or {}
    rows: list[Row] = []
    latest = now + timedelta(days=1)
    for i, line in enumerate(lines):
        if progress is not None and i % PROGRESS_EVERY == 0 and not progress(i, len(lines)):
            raise Cancelled("import cancelled; nothing was saved")
        platform = picks.get(i) or line.platform or rules.platform(line.payee, line.memo)
        rows.append(_judge(line, platform, known, latest, zone))
    return _mark_duplicates(db, rows, zone)


def _judge(
    line: StatementLine, platform: str | None, known: set[str], latest: datetime, zone: ZoneInfo
) -> Row:
    if line.skip:
        return Row(line, SKIPPED, platform, line.skip)
    if moment_of(line, zone) > latest:
        return Row(line, SKIPPED, platform, "dated in the future")
    if line.day.year < 2000:
        return Row(line, SKIPPED, platform, "dated before 2000")
    if line.kind == "gift":
        if not line.units or not line.creator:
            return Row(line, SKIPPED, platform, "a gift without units or creator")
    elif line.amount_minor is None or not line.currency:
        return Row(line, SKIPPED, platform, "no amount")
    elif line.amount_minor == 0:
        return Row(line, SKIPPED, platform, "zero amount")
    elif line.amount_minor > 0:
        return Row(line, SKIPPED, platform, "money in (a refund or a deposit), not spending")
    if platform is None:
        return Row(line, UNMATCHED, None, "no import rule matches this payee")
    if platform not in known:
        return Row(line, SKIPPED, platform, f"platform '{platform}' is not in the catalog")
    return Row(line, ADD, platform)


def _key(row: Row) -> tuple[object, ...]:
    line = row.line
    if line.kind == "gift":
        return (row.platform, "gift", line.units, (line.creator or "").casefold())
    return (row.platform, "purchase", -(line.amount_minor or 0), line.currency)


def _mark_duplicates(db: Database, rows: list[Row], zone: ZoneInfo) -> list[Row]:
    candidates = [i for i, r in enumerate(rows) if r.status == ADD]
    if not candidates:
        return rows
    ids = {sid for i in candidates if (sid := rows[i].line.source_id)}
    taken: dict[str, int] = {}
    for chunk in _chunks(sorted(ids), 500):
        marks = ",".join("?" * len(chunk))
        for sid, eid in db.execute(
            f"SELECT source_id, id FROM ledger WHERE source_id IN ({marks})", chunk
        ):
            taken[sid] = eid
    used: set[int] = set()
    left = _by_id(rows, candidates, taken, used)
    if left:
        _by_likeness(db, rows, left, used, zone)
    return rows


def _by_id(
    rows: list[Row], candidates: list[int], taken: dict[str, int], used: set[int]
) -> list[int]:
    """Mark lines whose id is already kept; the rest, to be compared by likeness."""
    in_file: set[str] = set()
    left: list[int] = []
    for i in candidates:
        sid = rows[i].line.source_id
        if sid and sid in taken:
            used.add(taken[sid])
            rows[i] = dataclasses.replace(rows[i], status=DUPLICATE, reason="already imported")
        elif sid and sid in in_file:
            rows[i] = dataclasses.replace(
                rows[i], status=DUPLICATE, reason="the same id appears earlier in the file"
            )
        else:
            if sid:
                in_file.add(sid)
            left.append(i)
    return left


def _by_likeness(
    db: Database, rows: list[Row], left: list[int], used: set[int], zone: ZoneInfo
) -> None:
    days = [rows[i].line.day for i in left]
    start = datetime.combine(min(days) - timedelta(days=WINDOW_DAYS + 1), time(0), timezone.utc)
    end = datetime.combine(max(days) + timedelta(days=WINDOW_DAYS + 2), time(0), timezone.utc)
    pool: dict[tuple[object, ...], list[tuple[date, int, str]]] = defaultdict(list)
    for eid, at, platform, kind, units, minor, cur, creator, sid in db.execute(
        "SELECT id, occurred_at, platform, kind, units, amount_minor, currency, creator, "
        "source_id FROM ledger WHERE occurred_at >= ? AND occurred_at < ?",
        [utc_text(start), utc_text(end)],
    ):
        if eid in used:
            continue
        key = (
            (platform, "gift", units, (creator or "").casefold())
            if kind == "gift"
            else (platform, "purchase", minor, cur)
        )
        day = datetime.fromisoformat(at).astimezone(zone).date()
        pool[key].append((day, eid, _kind_of(sid)))
    for entries in pool.values():
        entries.sort()
    for i in left:
        row = rows[i]
        entries = pool.get(_key(row))
        if not entries:
            continue
        day, source = row.line.day, _kind_of(row.line.source_id)
        at = bisect_left(entries, (day - timedelta(days=WINDOW_DAYS),))
        while at < len(entries) and entries[at][0] <= day + timedelta(days=WINDOW_DAYS):
            _day, eid, kind = entries[at]
            if eid not in used and not (source and kind == source):
                used.add(eid)
                rows[i] = dataclasses.replace(
                    row, status=DUPLICATE, reason=f"matches ledger entry {eid} of {_day}"
                )
                break
            at += 1


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


# -- importing -------------------------------------------------------------------------------
def entries_for(
    db: Database, rows: Sequence[Row], *, name: str, now: datetime, zone: ZoneInfo, home: str
) -> list[Entry]:
    """Ledger entries for the rows to add, priced in the home currency at the rate of their
    own day when one is kept (else today's; else the money rules ask for one)."""
    from companion.core.money.history import DayRates

    adding = [r for r in rows if r.status == ADD]
    rates = DayRates.load(db, now)
    bundles: dict[tuple[str, int, str], int] = {}
    for platform, price, cur, units, bonus in db.execute(
        "SELECT platform, price_minor, currency, units, bonus_units FROM bundles WHERE hidden = 0"
    ):
        bundles.setdefault((platform, price, cur), units + bonus)
    created, note = utc_text(now), IMPORT_NOTE.format(name=name)
    out: list[Entry] = []
    for row in adding:
        line, platform = row.line, row.platform or ""
        when = utc_text(moment_of(line, zone))
        if line.kind == "gift":
            units = line.units or 1
            value = average_unit_cost(db, platform, home, units)
            out.append(
                Entry(
                    None,
                    "gift",
                    when,
                    platform,
                    units,
                    value,
                    home if value else None,
                    value,
                    home if value else None,
                    None,
                    None,
                    line.creator,
                    None,
                    note,
                    created,
                    line.source_id,
                )
            )
            continue
        minor, cur = -(line.amount_minor or 0), line.currency or home
        units = line.units or bundles.get((platform, minor, cur))
        line_note = note if units else f"{note}; units not on the statement"
        home_minor, rate = rates.convert(minor, cur, home, line.day)
        out.append(
            Entry(
                None,
                "purchase",
                when,
                platform,
                units or 1,
                minor,
                cur,
                home_minor,
                home if home_minor is not None else None,
                rate,
                None,
                None,
                None,
                _clip(f"{line_note}: {line.payee}".strip()),
                created,
                line.source_id,
            )
        )
    return out


def _clip(text: str) -> str:
    return text[:1000]


def summary(rows: Sequence[Row], added: int | None = None, name: str = "") -> str:
    counts = defaultdict(int)
    for r in rows:
        counts[r.status] += 1
    n = counts[ADD] if added is None else added
    verb = "Imported" if added is not None else "Would import"
    head = f"{verb} {n} entr{'y' if n == 1 else 'ies'}" + (f" from {name}" if name else "")
    return (
        f"{head}; {counts[DUPLICATE]} already in the ledger, {counts[UNMATCHED]} not recognised "
        f"as gifting, {counts[SKIPPED]} skipped."
    )


def import_rows(
    db: Database,
    rows: Sequence[Row],
    answers: actions.Answers,
    *,
    name: str,
    now: datetime,
    zone: ZoneInfo,
    home: str,
    progress: Progress | None = None,
) -> actions.Done[int]:
    """Save the rows to add, all or nothing, under the same money rules as typed entries."""
    from companion.core.budget import actions

    entries = entries_for(db, rows, name=name, now=now, zone=zone, home=home)
    if not entries:
        return actions.Done(0)
    return actions.import_ledger(db, entries, answers, now=now, progress=progress)
