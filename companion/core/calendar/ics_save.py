"""Saving imported events: new ones inserted together, known ones (by UID) updated only where
the file says something new, so importing the same file again rewrites nothing."""

from __future__ import annotations

from datetime import datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from companion.core.budget.instants import utc_text

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.calendar.ics import IcsReport

# What an import writes of an event, but for updated_at (when it was written, which an
# unchanged event keeps). Every row from build_event_row has these keys.
_COMPARED = (
    "uid", "creator_id", "title", "start_local", "zone", "all_day", "duration_min", "rrule",
    "rdates", "exdates", "reminders", "planned_minor", "planned_currency", "notes", "source",
    "first_utc", "last_utc", "ics",
)  # fmt: skip
_EDIT = ("recurrence_local", "start_local", "duration_min", "title", "cancelled")
_compared = itemgetter(*_COMPARED)  # a row's values in that order, as a tuple
_NEW = 0  # the id of an event added earlier in this import, not yet in the table


class Saver:
    """The events already in the calendar, read in one query, and what the import does to
    each event of the file."""

    def __init__(self, db: Database, now: datetime) -> None:
        self.db, self.created_at = db, utc_text(now)
        rows = db.execute(f"SELECT id, {', '.join(_COMPARED)} FROM events").fetchall()
        # uid -> (id, the stored values in _COMPARED order)
        self.existing: dict[str, tuple[int, tuple[Any, ...]]] = {r[1]: (r[0], r[1:]) for r in rows}
        # event id -> its edited occurrences, in the order _edits_of gives
        self.edited: dict[int, list[tuple[Any, ...]]] = {}
        for r in db.execute(f"SELECT event_id, {', '.join(_EDIT)} FROM event_overrides"):
            self.edited.setdefault(r[0], []).append(r[1:])
        for edits in self.edited.values():
            edits.sort()
        self.batch: list[dict[str, Any]] = []  # new events with no edited occurrences

    def save(
        self,
        report: IcsReport,
        name: str,
        uid: str,
        row: dict[str, Any],
        edits: list[dict[str, Any]],
    ) -> None:
        known = self.existing.get(uid)
        if known is None and not edits:
            self.batch.append({**row, "created_at": self.created_at})
            self.existing[uid] = (_NEW, ())  # a repeated UID later in the file: skip it
            report.added += 1
        elif known is not None and known[0] == _NEW:
            report.skipped.append((name, "the same UID appears twice in the file"))
        elif known is None:
            event_id = self._insert(row, edits)
            self.existing[uid] = (event_id, _compared(row))
            report.added += 1
        else:
            self._update(uid, known, row, edits)
            report.updated += 1

    def _insert(self, row: dict[str, Any], edits: list[dict[str, Any]]) -> int:
        table = self.db.table("events")
        table.insert({**row, "created_at": self.created_at})
        assert table.last_rowid is not None  # the insert above set it
        event_id = int(table.last_rowid)
        self._add_edits(event_id, edits)
        return event_id

    def _update(
        self,
        uid: str,
        known: tuple[int, tuple[Any, ...]],
        row: dict[str, Any],
        edits: list[dict[str, Any]],
    ) -> None:
        event_id, stored = known
        row["creator_id"] = row["creator_id"] or (stored[1] if stored else None)
        values = _compared(row)
        if values == stored and _edits_of(edits) == self.edited.get(event_id, []):
            return  # the same event as before: nothing to write
        sets = ", ".join(f"[{c}] = ?" for c in row)
        self.db.execute(f"UPDATE events SET {sets} WHERE id = ?", [*row.values(), event_id])
        if self.edited.pop(event_id, None):
            self.db.execute("DELETE FROM event_overrides WHERE event_id = ?", [event_id])
        self._add_edits(event_id, edits)
        self.existing[uid] = (event_id, values)

    def _add_edits(self, event_id: int, edits: list[dict[str, Any]]) -> None:
        if edits:
            rows = [{**edit, "event_id": event_id} for edit in edits]
            self.db.table("event_overrides").insert_all(rows)
            self.edited[event_id] = _edits_of(edits)

    def insert_new(self) -> None:
        """Insert the new events in one statement. Every row comes from ``build_event_row`` and
        has the same columns of plain values, so sqlite-utils' per-value type inspection (a
        third of a 10,000-event import) is not needed."""
        rows = self.batch
        if not rows:
            return
        columns = list(rows[0])
        sql = (
            f"INSERT INTO events ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        self.db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])


def _edits_of(edits: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted(tuple(edit[c] for c in _EDIT) for edit in edits)
