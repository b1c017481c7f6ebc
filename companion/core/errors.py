"""Errors a fan can act on, told apart from bugs.

Environment failures (a locked, read-only, full or corrupt database) and bad input reach the
user as one clear sentence; anything else is a bug and goes to the crash log.
"""

from __future__ import annotations

import errno
import os
import sys


class CompanionError(Exception):
    """An error with a message meant for the user, not a traceback."""


class InputError(CompanionError):
    """The user gave us something we cannot use (a bad price, a corrupt file, ...).

    ``str()`` is "field: message", what the CLI prints. With ``field`` given, the window can
    put ``message`` (a ``companion.core.said.Said`` where it is translatable) under the field
    itself, in the fan's language (``companion.ui.words.problem``).
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message


class StoreError(CompanionError):
    """The database or its folder cannot be used right now."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer version of the app; we refuse to touch it."""


# SQLite primary result codes (the low byte of extended codes).
_SQLITE_MESSAGES = {
    5: "the database is locked by another program; close it and try again",  # BUSY
    6: "the database is locked by another program; close it and try again",  # LOCKED
    8: "the data folder is read-only, so nothing can be saved",  # READONLY
    10: "the disk reported an input/output error while saving",  # IOERR
    11: "the database file is damaged (corrupt)",  # CORRUPT
    13: "the disk is full, so nothing new could be saved",  # FULL
    14: "the database file cannot be opened (check the folder exists and is writable)",  # CANTOPEN
    26: "the file is not a Fan Companion database (or it is damaged)",  # NOTADB
}

_OS_MESSAGES = {
    errno.ENOSPC: "the disk is full, so nothing new could be saved",
    errno.EROFS: "the data folder is on a read-only disk, so nothing can be saved",
    errno.EACCES: "permission denied: the data folder cannot be written",
    errno.EPERM: "permission denied: the data folder cannot be written",
}


# Below this much free space an "input/output error" while saving is a full disk: SQLite maps
# ENOSPC to "disk is full" only on plain writes, and to I/O errors on fsync, truncate and its
# shared-memory file.
FULL_BELOW_BYTES = 1024 * 1024
_data_folders: list[str] = []


def note_data_folder(folder: os.PathLike[str] | str) -> None:
    """Remember the folder our database lives in, to tell a full disk from a failing one."""
    path = os.fspath(folder)
    if path in _data_folders:
        _data_folders.remove(path)
    _data_folders.insert(0, path)  # newest first; a few are kept, not every folder ever opened
    del _data_folders[4:]


def _disk_is_full(folders: list[str]) -> bool:
    for folder in folders:
        try:
            stat = os.statvfs(folder)
        except (OSError, AttributeError):  # gone, or Windows (no statvfs)
            continue
        if stat.f_bavail * stat.f_frsize < FULL_BELOW_BYTES:
            return True
    return False


def describe_environment_error(
    exc: BaseException, folder: os.PathLike[str] | str | None = None
) -> str | None:
    """A plain-words description when ``exc`` comes from the environment, else ``None``.

    ``None`` means "this is a bug": the caller should log it and show the crash dialog.
    ``folder`` is the data folder, checked for free space when the disk reports an I/O error
    (folders the database was opened in are checked anyway).
    """
    if isinstance(exc, CompanionError):
        return str(exc)
    folders = ([os.fspath(folder)] if folder is not None else []) + _data_folders
    # sqlite3 is only looked up, not imported: if nobody imported it, exc cannot come from it.
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is not None and isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        io_error = (code is not None and code & 0xFF == 10) or "disk i/o error" in str(exc).lower()
        if io_error and _disk_is_full(folders):
            return _SQLITE_MESSAGES[13].capitalize() + "."
        if code is not None and (code & 0xFF) in _SQLITE_MESSAGES:
            return _SQLITE_MESSAGES[code & 0xFF].capitalize() + "."
        text = str(exc).lower()
        for needle, primary in (
            ("locked", 5),
            ("readonly", 8),
            ("read-only", 8),
            ("disk is full", 13),
            ("malformed", 11),
            ("not a database", 26),
            ("unable to open", 14),
        ):
            if needle in text:
                return _SQLITE_MESSAGES[primary].capitalize() + "."
        return None
    if isinstance(exc, OSError) and exc.errno == errno.EIO and _disk_is_full(folders):
        return _OS_MESSAGES[errno.ENOSPC].capitalize() + "."
    if isinstance(exc, OSError) and exc.errno in _OS_MESSAGES:
        where = f" ({exc.filename})" if exc.filename else ""
        return _OS_MESSAGES[exc.errno].capitalize() + where + "."
    return None
