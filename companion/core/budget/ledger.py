"""The spending ledger: purchases and gifts, wallet balances, CSV in and out.

Each entry keeps its own amount and currency *and* the home-currency amount at the rate used
when it was logged, so history is never revalued when rates change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from companion.core.budget.instants import utc_text
from companion.core.budget.wallets import Wallet, wallets  # noqa: F401 - ledger.wallets
from companion.core.bundles import store as catalog
from companion.core.errors import CompanionError, InputError
from companion.core.money.money import check_currency, parse_amount, round_to_currency, to_major
from companion.core.money.rates import RateBook
from companion.core.said import QT_TRANSLATE_NOOP, say
from companion.core.store.parsing import parse_count

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlite_utils import Database

KINDS = ("purchase", "gift")
MAX_NOTE = 1000
# A long import says how far it got, and can be stopped, every this many entries.
PROGRESS_EVERY = 1000

# What the fan is told about an entry they typed (companion.core.said: translatable).
_NOT_A_DATE = QT_TRANSLATE_NOOP("core", "'{text}' is not a date like 2026-11-25")
_FUTURE = QT_TRANSLATE_NOOP("core", "{day} is more than a day in the future")
_PAST = QT_TRANSLATE_NOOP("core", "{day} is too far in the past")
_WHO = QT_TRANSLATE_NOOP("core", "who was the gift for?")
_NAME_TOO_LONG = QT_TRANSLATE_NOOP("core", "the name is too long")
_NOTE_TOO_LONG = QT_TRANSLATE_NOOP("core", "keep it under {limit} characters")
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class Cancelled(CompanionError):
    """The fan stopped a long import: its one transaction was rolled back, nothing was saved."""


@dataclass(frozen=True)
class Entry:
    id: int | None
    kind: str
    occurred_at: str
    platform: str
    units: int
    amount_minor: int | None
    currency: str | None
    home_minor: int | None
    home_currency: str | None
    rate: str | None
    channel: str | None
    creator: str | None
    event_uid: str | None
    note: str
    created_at: str
    source_id: str | None = None  # the id its statement or history gave it (import dedupe)

    @property
    def when(self) -> datetime:
        return datetime.fromisoformat(self.occurred_at)


@dataclass(frozen=True)
class LedgerFilter:
    platform: str | None = None
    creator: str | None = None
    start: datetime | None = None  # inclusive, aware
    end: datetime | None = None  # exclusive, aware
    kind: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses, args = [], []
        for column, value in (
            ("platform", self.platform),
            ("creator", self.creator),
            ("kind", self.kind),
        ):
            if value:
                clauses.append(f"{column} = ?")
                args.append(value)
        if self.start:
            clauses.append("occurred_at >= ?")
            args.append(utc_text(self.start))
        if self.end:
            clauses.append("occurred_at < ?")
            args.append(utc_text(self.end))
        return (" AND ".join(clauses) or "1"), args


# -- building entries --------------------------------------------------------------------------
def _moment(value: datetime | str, now: datetime, zone: ZoneInfo, field: str = "date") -> datetime:
    """An aware instant; a bare date means noon that day in the fan's zone."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=zone)
    else:
        text = str(value).strip()
        try:
            if len(text) == 10:
                moment = datetime.combine(date.fromisoformat(text), time(12), zone)
            else:
                moment = datetime.fromisoformat(text)
                moment = moment if moment.tzinfo else moment.replace(tzinfo=zone)
        except ValueError:
            raise InputError(say(_NOT_A_DATE, text=text), field=field) from None
    if moment > now + timedelta(days=1):
        raise InputError(say(_FUTURE, day=moment.date()), field=field)
    if moment.year < 2000:
        raise InputError(say(_PAST, day=moment.date()), field=field)
    return moment


def make_purchase(
    db: Database,
    *,
    platform: str,
    units: object,
    amount: object,
    currency: str,
    when: datetime | str,
    now: datetime,
    zone: ZoneInfo,
    home: str,
    channel: str | None = None,
    note: str = "",
    book: RateBook | None = None,
) -> Entry:
    """Validate a purchase and price it in the home currency at today's kept rate."""
    catalog.platform(db, platform)
    cur = check_currency(currency)
    minor = parse_amount(amount, cur, "amount")
    moment = _moment(when, now, zone)
    book = book or RateBook.load(db, now)
    home_value = book.convert(minor, cur, home)
    if channel is not None and channel not in ("web", "ios", "android", "any"):
        raise InputError(f"channel: '{channel}' is not web, ios, android or any")
    return Entry(
        None,
        "purchase",
        utc_text(moment),
        platform,
        parse_count(units),
        minor,
        cur,
        home_value.minor if home_value.converted else None,
        home if home_value.converted else None,
        str(home_value.rate.rate) if home_value.rate else None,
        channel,
        None,
        None,
        _note(note),
        utc_text(now),
    )


def make_gift(
    db: Database,
    *,
    platform: str,
    units: object,
    creator: str,
    when: datetime | str,
    now: datetime,
    zone: ZoneInfo,
    home: str,
    event_uid: str | None = None,
    note: str = "",
    value_minor: int | None = None,
    value_currency: str | None = None,
) -> Entry:
    """A gift sent to a creator, valued at what the fan paid per unit so far (for budgets)."""
    catalog.platform(db, platform)
    name = (creator or "").strip()
    if not name:
        raise InputError(say(_WHO), field="creator")
    if len(name) > 200:
        raise InputError(say(_NAME_TOO_LONG), field="creator")
    n = parse_count(units)
    moment = _moment(when, now, zone)
    if value_minor is None:
        value_minor = average_unit_cost(db, platform, home, n)
        value_currency = home if value_minor is not None else None
    home_minor = value_minor if value_currency == home else None
    if value_minor is not None and value_currency and value_currency != home:
        converted = RateBook.load(db, now).convert(value_minor, value_currency, home)
        home_minor = converted.minor if converted.converted else None
    return Entry(
        None,
        "gift",
        utc_text(moment),
        platform,
        n,
        value_minor,
        value_currency,
        home_minor,
        home if home_minor is not None else None,
        None,
        None,
        name,
        event_uid,
        _note(note),
        utc_text(now),
    )


def average_unit_cost(db: Database, platform: str, home: str, units: int) -> int | None:
    """What ``units`` cost at the fan's average purchase price on ``platform``, in ``home``."""
    row = db.execute(
        "SELECT SUM(home_minor), SUM(units) FROM ledger WHERE kind = 'purchase' AND platform = ?"
        " AND home_currency = ?",
        [platform, home],
    ).fetchone()
    if not row or not row[1]:
        return None
    return round_to_currency(to_major(row[0], home) * units / Decimal(row[1]), home)


def _note(text: str) -> str:
    note = (text or "").strip()
    if len(note) > MAX_NOTE:
        raise InputError(say(_NOTE_TOO_LONG, limit=MAX_NOTE), field="note")
    return note


# -- storing -----------------------------------------------------------------------------------
def _row(entry: Entry) -> dict[str, Any]:
    # Not asdict(): its deep copy of every field is most of the time of a 50,000-row import.
    row = {name: getattr(entry, name) for name in _COLUMNS}
    if row["id"] is None:
        del row["id"]
    return row


def add(db: Database, entry: Entry) -> Entry:
    with db.atomic():
        table = db.table("ledger")
        table.insert(_row(entry))
        new_id = table.last_rowid
        assert new_id is not None  # the insert above set it
    return get(db, int(new_id))


def add_many(db: Database, entries: Iterable[Entry], progress: Progress | None = None) -> int:
    """Insert entries in one transaction; ``progress`` is told how far it got after each chunk
    and stops it (nothing kept) by answering False."""
    rows = [_row(e) for e in entries]
    with db.atomic():
        table = db.table("ledger")
        for start in range(0, len(rows), PROGRESS_EVERY):
            table.insert_all(rows[start : start + PROGRESS_EVERY], batch_size=500)
            done = min(start + PROGRESS_EVERY, len(rows))
            if progress is not None and not progress(done, len(rows)):
                raise Cancelled("import cancelled; nothing was saved")
    return len(rows)


def get(db: Database, entry_id: int) -> Entry:
    if not 0 < entry_id < 2**63:  # SQLite's integers end there; a larger id is a typo
        raise InputError(f"entry {entry_id} does not exist (entry numbers start at 1)")
    row = db.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM ledger WHERE id = ?", [entry_id]
    ).fetchone()
    if row is None:
        raise InputError(f"entry {entry_id} does not exist (it may have been deleted)")
    return _entry(row)


def replace(db: Database, entry_id: int, entry: Entry) -> Entry:
    get(db, entry_id)
    with db.atomic():
        row = _row(entry)
        row.pop("id", None)
        if row["source_id"] is None:
            # An edit keeps the id the entry was imported under, so re-importing adds nothing.
            del row["source_id"]
        db.table("ledger").update(entry_id, row)
    return get(db, entry_id)


def delete(db: Database, entry_id: int) -> Entry:
    """Delete and return the entry, so the caller can offer undo with :func:`restore`."""
    entry = get(db, entry_id)
    with db.atomic():
        db.table("ledger").delete(entry_id)
    return entry


def restore(db: Database, entry: Entry) -> Entry:
    """Put a deleted entry back, under its old id unless a newer entry has taken it since."""
    taken = (
        entry.id is None or db.execute("SELECT 1 FROM ledger WHERE id = ?", [entry.id]).fetchone()
    )
    if taken:
        return add(db, dataclasses.replace(entry, id=None))
    with db.atomic():
        db.table("ledger").insert(asdict(entry))
    return get(db, int(entry.id or 0))


_COLUMNS = [f for f in Entry.__dataclass_fields__]


def _entry(row: tuple[Any, ...]) -> Entry:
    return Entry(*row)


# What the ledger can be sorted by, and the column behind each: callers name a key, never SQL.
SORT_KEYS = {
    "date": "occurred_at",
    "kind": "kind",
    "platform": "platform",
    "units": "units",
    "amount": "amount_minor",
    "home": "home_minor",
    "creator": "creator COLLATE NOCASE",
    "note": "note COLLATE NOCASE",
}


# The Entry field behind each sort key: where keyset paging finds the last row's value.
_SORT_FIELDS = {
    "date": "occurred_at",
    "kind": "kind",
    "platform": "platform",
    "units": "units",
    "amount": "amount_minor",
    "home": "home_minor",
    "creator": "creator",
    "note": "note",
}


def entries(
    db: Database,
    flt: LedgerFilter | None = None,
    *,
    sort: str = "date",
    descending: bool = True,
    limit: int | None = None,
    offset: int = 0,
    after: Entry | None = None,
) -> list[Entry]:
    """Entries in ``sort`` order, ties by id in the same direction (so one index per column
    serves both directions). ``after`` pages on from that entry by its key (no OFFSET: a page
    deep in a million rows costs what the first does); NULLs come first ascending, last
    descending, as SQLite orders them."""
    if after is not None:
        return _entries_after(db, flt, sort, descending, min(limit or 2**63 - 1, 2**63 - 1), after)
    where, args = (flt or LedgerFilter()).where()
    way = "DESC" if descending else "ASC"
    sql = (
        f"SELECT {', '.join(_COLUMNS)} FROM ledger WHERE {where} "
        f"ORDER BY {SORT_KEYS[sort]} {way}, id {way}"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        # Past SQLite's integers a limit means "all of them", not an internal error.
        args = [*args, min(limit, 2**63 - 1), min(max(offset, 0), 2**63 - 1)]
    return [_entry(r) for r in db.execute(sql, args).fetchall()]


def _entries_after(
    db: Database, flt: LedgerFilter | None, sort: str, descending: bool, limit: int, after: Entry
) -> list[Entry]:
    where, args = (flt or LedgerFilter()).where()
    key, way = SORT_KEYS[sort], "DESC" if descending else "ASC"
    column = key.split()[0]
    value = getattr(after, _SORT_FIELDS[sort])
    # Two runs in order, NULL keys and the rest; each is read by a seek on (key, id).
    runs = ["nonnull", "null"] if descending else ["null", "nonnull"]
    start = runs.index("null" if value is None else "nonnull")
    found: list[Entry] = []
    for run in runs[start:]:
        if run == "null":
            cond, extra = f"{column} IS NULL", []
            if value is None:
                cond += f" AND id {'<' if descending else '>'} ?"
                extra = [after.id]
            order = f"id {way}"
            parts = [(cond, extra, order)]
        elif value is None:
            parts = [(f"{column} IS NOT NULL", [], f"{key} {way}, id {way}")]
        else:
            # The rest of the run of equal keys, then the keys beyond: two seeks on (key, id).
            # One row-value test, (key, id) > (?, ?), makes SQLite scan from the start.
            beyond = "<" if descending else ">"
            parts = [
                (f"{key} = ? AND id {beyond} ?", [value, after.id], f"id {way}"),
                (f"{key} {beyond} ?", [value], f"{key} {way}, id {way}"),
            ]
        for cond, extra, order in parts:
            rows = db.execute(
                f"SELECT {', '.join(_COLUMNS)} FROM ledger WHERE ({where}) AND {cond} "
                f"ORDER BY {order} LIMIT ?",
                [*args, *extra, limit - len(found)],
            ).fetchall()
            found.extend(_entry(r) for r in rows)
            if len(found) >= limit:
                return found
    return found


def count(db: Database, flt: LedgerFilter | None = None) -> int:
    where, args = (flt or LedgerFilter()).where()
    return int(db.execute(f"SELECT COUNT(*) FROM ledger WHERE {where}", args).fetchone()[0])


def creators(db: Database) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT creator FROM ledger WHERE creator IS NOT NULL "
            "ORDER BY creator COLLATE NOCASE"
        )
    ]
