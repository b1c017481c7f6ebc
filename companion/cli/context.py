"""What every command shares: exit codes, the Context (data folder, clock, database) and JSON
output. Commands import this module, never ``main``, so the command line has no import circle."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TextIO

EXIT_OK, EXIT_NEGATIVE, EXIT_USAGE, EXIT_ENVIRONMENT, EXIT_BUG = 0, 1, 2, 3, 4


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Context:
    """What a subcommand needs: the data folder, the clock and, opened on first use, the
    database. Commands ask ``ctx.now()``, never the machine's clock, so tests fix the time."""

    def __init__(self, data_dir: Path, clock: Callable[[], datetime] = utc_now) -> None:
        self.data_dir = data_dir
        self.clock = clock
        self._db = None
        self._reader = None

    def now(self) -> datetime:
        return self.clock()

    @property
    def db(self):  # noqa: ANN201 - sqlite_utils.Database, imported lazily
        if self._db is None:
            from companion.core.data import open_store

            # The same check the app makes at start: a damaged file is never used, or copied
            # into a "backup"; a read-only folder still answers the commands that only read.
            self._db = open_store(self.data_dir, check=True, read_only_ok=True, now=self.now())
        return self._db

    def reader(self):  # noqa: ANN201 - a ReadConnection or the Database, imported lazily
        """Something to run SELECTs on: a plain connection when the data is ready as it is
        (no sqlite-utils to import: ~80 ms of a read-only command), else :attr:`db`."""
        if self._db is not None:
            return self._db
        if self._reader is None:
            from companion.core.data import open_reader

            self._reader = open_reader(self.data_dir)
        return self._reader if self._reader is not None else self.db

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._db is not None:
            self._db.close()
            self._db = None
        self._reader = None


# Characters a terminal acts on instead of showing: C0/C1 controls (ESC starts "clear screen",
# BEL rings) and the bidi controls that reorder what follows (U+202E makes "exe.txt" read
# "txt.exe"). Event titles, notes and file names come from strangers' files.
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_UNSAFE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, one_line: bool = False) -> str:
    """``text`` with control and bidi characters shown as escapes (``\\x1b``, ``\\u202e``);
    ``one_line`` escapes line breaks and tabs too (error messages are one line)."""
    return (_UNSAFE_LINE if one_line else _UNSAFE).sub(_escape, text)


def say(
    *values: object, sep: str = " ", file: TextIO | None = None, one_line: bool = False
) -> None:
    """``print`` for all a command shows: what strangers wrote cannot drive the terminal."""
    print(printable(sep.join(str(v) for v in values), one_line=one_line), file=file)


def emit_json(value: Any) -> None:
    import json

    # json.dumps escapes C0 controls itself; bidi controls stay text unless escaped here.
    text = json.dumps(value, indent=2, ensure_ascii=False)
    print(re.sub(f"[\x7f-\x9f{_BIDI}]", lambda m: f"\\u{ord(m.group()):04x}", text))
