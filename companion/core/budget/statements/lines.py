"""The common record every statement or history format is read into."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

ADD, DUPLICATE, UNMATCHED, SKIPPED = "add", "duplicate", "unmatched", "skipped"


@dataclass(frozen=True)
class StatementLine:
    """One line of a statement or platform history.

    ``amount_minor`` is signed, negative = money out, in ``currency``'s minor units; a gift sent
    on a platform carries no money (``amount_minor`` None) but ``units`` and ``creator``.
    ``moment`` is an aware instant when the source gives a time, else None and ``day`` counts.
    """

    day: date
    amount_minor: int | None
    currency: str | None
    payee: str
    memo: str = ""
    source_id: str | None = None  # namespaced: "ofx:<account>:<FITID>", "tiktok:order:<id>"
    where: str = ""  # "statement.ofx, line 42" or "user_data.json: $.Purchases[3]"
    moment: datetime | None = None
    platform: str | None = None  # set by the source itself (a platform history)
    kind: str = "purchase"  # purchase | gift
    units: int | None = None
    creator: str | None = None
    skip: str = ""  # the source itself says this line moved no money, and why


@dataclass(frozen=True)
class Row:
    """A line as the preview judges it: what importing would do with it, and why."""

    line: StatementLine
    status: str  # add | duplicate | unmatched | skipped
    platform: str | None = None
    reason: str = ""
