"""A rotating log file in the data folder, where the crash dialog points."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from companion.core.store import paths

LOG_NAME = "companion.log"
MAX_BYTES = 1_000_000
KEPT = 3


class _LogFile(logging.Handler):
    """The rotating log file, made on the first record.

    ``logging.handlers`` brings socket, pickle and queue with it: 45 M instructions of every
    start-up (bench/startup.py --instructions), and most runs log nothing at all.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            self._file = _rotating(self.path)
            self._file.setFormatter(self.formatter)
        self._file.emit(record)  # under this handler's lock: handle() took it

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _rotating(path: Path) -> logging.Handler:
    from logging.handlers import RotatingFileHandler

    class PrivateRotatingFileHandler(RotatingFileHandler):
        """Log files readable by the fan only (0600): they name creators, amounts and paths."""

        def _open(self):  # noqa: ANN202 - a text stream, as the base class returns
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)  # a log created 0644 by an older version
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    return PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=KEPT, encoding="utf-8", delay=True
    )


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``<data>/logs/companion.log`` (1 MB x 3). Returns the path, or None if unwritable."""
    folder = paths.logs_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    handler = _LogFile(folder / LOG_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("companion")
    for old in [h for h in root.handlers if isinstance(h, _LogFile)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    return folder / LOG_NAME
