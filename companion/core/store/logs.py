"""A rotating log file in the data folder, where the crash dialog points."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from companion.core.store import paths

LOG_NAME = "companion.log"


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``<data>/logs/companion.log`` (1 MB x 3). Returns the path, or None if unwritable."""
    folder = paths.logs_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("companion")
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    return folder / LOG_NAME
