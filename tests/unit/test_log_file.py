"""The log file the crash dialog points at (store.logs): written from the first record on,
kept to 1 MB x 3, private, and made only when something is logged."""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from companion.core.store import logs


@pytest.fixture
def log_dir(tmp_path: Path):
    yield tmp_path
    root = logging.getLogger("companion")
    for handler in [h for h in root.handlers if isinstance(h, logs._LogFile)]:
        root.removeHandler(handler)
        handler.close()


def test_records_reach_the_file_in_the_logs_folder(log_dir: Path) -> None:
    path = logs.setup_logging(log_dir)
    assert path == log_dir / "logs" / "companion.log"
    assert not path.exists()  # nothing logged yet: no file
    logging.getLogger("companion.budget").warning("over budget by %s", "4.99")
    logging.getLogger("companion.budget").debug("not at INFO")
    text = path.read_text(encoding="utf-8")
    assert "WARNING companion.budget: over budget by 4.99" in text
    assert "not at INFO" not in text


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_file_is_the_fans_alone_even_under_a_loose_umask(log_dir: Path) -> None:
    old = os.umask(0o022)
    try:
        path = logs.setup_logging(log_dir)
        assert path is not None
        logging.getLogger("companion.x").error("creator and amount")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_file_rotates_at_a_megabyte_and_keeps_three_old_ones(log_dir: Path) -> None:
    path = logs.setup_logging(log_dir)
    assert path is not None
    line = "x" * 999
    for _ in range(5 * logs.MAX_BYTES // 1000):
        logging.getLogger("companion.x").info(line)
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["companion.log", "companion.log.1", "companion.log.2", "companion.log.3"]
    assert all(p.stat().st_size <= logs.MAX_BYTES for p in path.parent.iterdir())


def test_setting_up_again_writes_each_record_once(log_dir: Path) -> None:
    logs.setup_logging(log_dir)
    path = logs.setup_logging(log_dir)
    assert path is not None
    logging.getLogger("companion.x").warning("once")
    assert path.read_text(encoding="utf-8").count("once") == 1


def test_an_unwritable_folder_gives_no_log_and_no_error(tmp_path: Path) -> None:
    (tmp_path / "logs").write_text("a file where the folder should be")
    assert logs.setup_logging(tmp_path) is None


FIRST_RECORD = """
import json, logging, sys
from pathlib import Path
from companion.core.store.logs import setup_logging
setup_logging(Path(sys.argv[1]))
before = "logging.handlers" in sys.modules
logging.getLogger("companion.x").warning("first")
print(json.dumps([before, "logging.handlers" in sys.modules]))
"""


def test_the_rotating_handler_loads_with_the_first_record(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", FIRST_RECORD, str(tmp_path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert json.loads(out) == [False, True]
    assert "first" in (tmp_path / "logs" / "companion.log").read_text(encoding="utf-8")
