"""CSV cells that a spreadsheet would run as formulas (OWASP "CSV injection").

A note such as ``=HYPERLINK("http://evil","Refund")`` or ``=cmd|' /C calc'!A0`` is data to us but
a formula to Excel, LibreOffice and Google Sheets when the fan opens the export. Text cells that
start with one of the trigger characters are written with a leading apostrophe, which
spreadsheets show as plain text; our own import takes the apostrophe off again, so an export
reads back to exactly what was saved.
"""

from __future__ import annotations

import csv

from companion.core.errors import InputError

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``text`` safe to put in a CSV cell a spreadsheet will open.

    Apostrophes already in front of a trigger get one more, so ``restore`` can tell ours from
    the fan's own and the round trip is exact.
    """
    return "'" + text if text.lstrip("'").startswith(TRIGGERS) else text


def restore(text: str) -> str:
    """The text ``neutralise`` was given (cells from other software pass unchanged)."""
    if text.startswith("'") and text[1:].lstrip("'").startswith(TRIGGERS):
        return text[1:]
    return text


def check_row_count(text: str, limit: int, what: str) -> None:
    """Refuse a CSV of more than ``limit`` records (after the header) before any row is
    validated: validating is the slow part, and a 50 MB file would take many minutes."""
    if text.count("\n") <= limit:  # a record holds at least one line break but the last
        return
    count = sum(1 for _ in csv.reader(_lines(text))) - 1
    if count > limit:
        raise InputError(f"the file has {count:,} rows; {what} import takes at most {limit:,}")


def _lines(text: str):  # noqa: ANN202 - a generator of str
    """The lines of ``text`` with their endings, one at a time (StringIO would copy 50 MB)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end
