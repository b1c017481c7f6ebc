"""CSV cells that a spreadsheet would run as formulas (OWASP "CSV injection").

A note such as ``=HYPERLINK("http://evil","Refund")`` or ``=cmd|' /C calc'!A0`` is data to us but
a formula to Excel, LibreOffice and Google Sheets when the fan opens the export. Text cells that
start with one of the trigger characters are written with a leading apostrophe, which
spreadsheets show as plain text; our own import takes the apostrophe off again, so an export
reads back to exactly what was saved.
"""

from __future__ import annotations

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
