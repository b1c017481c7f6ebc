"""Rates by day, so an entry is valued at the rate of its own day (the nearest earlier kept).

The European Central Bank's reference files are read exactly as downloaded: ``eurofxref.csv``
(one day) and ``eurofxref-hist.csv`` (every day since 1999), a header ``Date, USD, JPY, ...``
with a trailing comma, and ``N/A`` where a currency had no rate that day. Each rate says how
many of a currency one euro buys. Pairs without the euro are crossed through it on the same
day, as the ECB itself publishes them for.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_right
from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from companion.core.errors import InputError
from companion.core.money.money import convert, is_currency

if TYPE_CHECKING:
    from sqlite_utils import Database

ECB = "ECB euro foreign exchange reference rates"
ECB_BASE = "EUR"


def looks_like_ecb(text: str) -> bool:
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    cells = [c.strip() for c in first.split(",")]
    return len(cells) >= 2 and cells[0] == "Date" and any(len(c) == 3 for c in cells[1:])


def parse_ecb(text: str, *, today: date, name: str = "eurofxref.csv") -> list[tuple[str, str, str]]:
    """(day, currency, rate) for every cell with a rate; errors name the line and currency."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except (StopIteration, csv.Error):
        raise InputError(f"{name}, line 1: the file is empty") from None
    if not header or header[0] != "Date":
        raise InputError(f"{name}, line 1: an ECB rates file starts with 'Date'")
    columns = [(i, c) for i, c in enumerate(header) if i and c]
    for _i, code in columns:
        # Old currencies (CYP, SIT, ...) are still ISO codes; anything else is not this file.
        if not (len(code) == 3 and code.isalpha() and code.isupper()):
            raise InputError(f"{name}, line 1: '{code}' is not a currency code")
    out: list[tuple[str, str, str]] = []
    try:
        for record in reader:
            line = reader.line_num
            if not any(c.strip() for c in record):
                continue
            try:
                day = _day(record[0].strip())
            except ValueError:
                raise InputError(
                    f"{name}, line {line}: '{record[0].strip()}' is not a date"
                ) from None
            if day > today:
                raise InputError(f"{name}, line {line}: {day} is in the future")
            out += _cells(record, columns, day.isoformat(), f"{name}, line {line}")
    except csv.Error as exc:
        raise InputError(f"{name}, line {reader.line_num}: not readable as CSV ({exc})") from None
    if not out:
        raise InputError(f"{name}: the file has a header but no rates")
    return out


def _cells(
    record: list[str], columns: list[tuple[int, str]], iso: str, where: str
) -> list[tuple[str, str, str]]:
    out = []
    for i, code in columns:
        raw = record[i].strip() if i < len(record) else ""
        if not raw or raw == "N/A":
            continue
        try:
            value = Decimal(raw)
        except InvalidOperation:
            value = Decimal(0)
        if not value.is_finite() or value <= 0 or value > 10**9:
            raise InputError(f"{where}, {code}: '{raw}' is not a rate")
        out.append((iso, code, raw))
    return out


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        # The daily file writes "27 November 2026".
        return datetime.strptime(text, "%d %B %Y").date()


def import_ecb(db: Database, text: str, *, today: date, name: str = "eurofxref.csv") -> str:
    """Keep every day's rate, and the latest as the current rate of each pair, in one go."""
    from companion.core.money.rates import _upsert

    cells = parse_ecb(text, today=today, name=name)
    latest: dict[str, tuple[str, str]] = {}
    for day, code, rate in cells:
        if code not in latest or day > latest[code][0]:
            latest[code] = (day, rate)
    with db.atomic():
        db.conn.executemany(
            "INSERT OR REPLACE INTO rate_history (base, quote, day, rate, source) "
            "VALUES ('EUR', ?, ?, ?, ?)",
            [(code, day, rate, ECB) for day, code, rate in cells],
        )
        for code, (day, rate) in latest.items():
            if not is_currency(code):
                continue  # kept by day for history, but no longer a currency to price in
            current = db.execute(
                "SELECT as_of FROM rates WHERE (base = 'EUR' AND quote = ?) OR "
                "(base = ? AND quote = 'EUR')",
                [code, code],
            ).fetchone()
            if current is None or current[0] <= day:
                _upsert(
                    db, {"base": "EUR", "quote": code, "rate": rate, "as_of": day, "source": ECB}
                )
    days = {d for d, _c, _r in cells}
    return (
        f"Imported {len(cells):,} exchange rates for {len(latest)} currencies over "
        f"{len(days):,} day{'s' if len(days) != 1 else ''} ({min(days)} to {max(days)})."
    )


class DayRates:
    """Every kept daily rate, loaded once, for valuing many entries at their own day."""

    def __init__(self, rows: list[tuple[str, str, str, str]]) -> None:
        series: dict[tuple[str, str], list[tuple[date, Decimal]]] = defaultdict(list)
        for base, quote, day, rate in rows:
            series[(base, quote)].append((date.fromisoformat(day), Decimal(rate)))
        self._days: dict[tuple[str, str], list[date]] = {}
        self._rates: dict[tuple[str, str], list[Decimal]] = {}
        for pair, items in series.items():
            items.sort()
            self._days[pair] = [d for d, _ in items]
            self._rates[pair] = [r for _, r in items]
        self._now_book = None

    @classmethod
    def load(cls, db: Database, now: datetime) -> DayRates:
        from companion.core.money.rates import RateBook

        book = cls(list(db.execute("SELECT base, quote, day, rate FROM rate_history")))
        book._now_book = RateBook.load(db, now)
        return book

    def _on(self, base: str, quote: str, day: date) -> Decimal | None:
        days = self._days.get((base, quote))
        if days:
            at = bisect_right(days, day)
            if at:
                return self._rates[(base, quote)][at - 1]
        days = self._days.get((quote, base))
        if days:
            at = bisect_right(days, day)
            if at:
                return Decimal(1) / self._rates[(quote, base)][at - 1]
        return None

    def rate_on(self, source: str, target: str, day: date) -> Decimal | None:
        """``source → target`` on ``day`` or the nearest earlier day kept; None when none."""
        if source == target:
            return Decimal(1)
        direct = self._on(source, target, day)
        if direct is not None:
            return direct
        if ECB_BASE in (source, target):
            return None
        to_eur, from_eur = self._on(source, ECB_BASE, day), self._on(ECB_BASE, target, day)
        if to_eur is None or from_eur is None:
            return None
        return to_eur * from_eur

    def convert(
        self, minor: int, source: str, target: str, day: date
    ) -> tuple[int | None, str | None]:
        """(home minor units, rate text) at ``day``'s rate, else today's kept rate, else None."""
        rate = self.rate_on(source, target, day)
        if rate is None and self._now_book is not None:
            kept = self._now_book.rate(source, target)
            rate = kept.rate if kept else None
        if rate is None:
            return None, None
        return convert(minor, source, target, rate), str(rate)
