"""A long statement import tells how far it got and can be stopped; stopped, it keeps nothing."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from companion.core.budget import actions, ledger
from companion.core.budget.ledger import Cancelled
from companion.core.budget.statements import importing
from companion.core.store.settings import Settings

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def big(db, tmp_path) -> tuple[Path, bytes]:
    """A built (not real) card statement: 2,500 TikTok lines."""
    Settings(db).set("home_currency", "EUR")
    body = "".join(
        f"D10/{1 + i % 28:02d}/2026\nT-{1 + i % 50}.99\nPTIKTOK COINS {i}\n^\n" for i in range(2500)
    )
    path = tmp_path / "big.qif"
    path.write_bytes(("!Type:CCard\n" + body).encode())
    return path, path.read_bytes()


def run(db, path, data, progress):
    reader = importing.reader_for(path, data)
    assert reader is not None
    return importing.import_statement(
        db, path, data, reader, actions.NO_ANSWERS, now=NOW, data_dir=None, progress=progress
    )


def test_progress_is_told_while_reading_and_while_saving(db, big) -> None:
    heard: list[tuple[int, int]] = []
    done = run(db, *big, lambda d, t: heard.append((d, t)) is None)
    assert done.result.startswith("Imported 2500 entries")
    assert heard[:3] == [(0, 2500), (1000, 2500), (2000, 2500)]  # reading
    assert heard[3:] == [(1000, 2500), (2000, 2500), (2500, 2500)]  # saving, to the end


@pytest.mark.parametrize("stop_at", [1, 4])  # while reading; while saving, 1,000 rows in
def test_stopping_keeps_nothing(db, big, stop_at) -> None:
    calls = {"n": 0}

    def progress(done: int, total: int) -> bool:
        calls["n"] += 1
        return calls["n"] < stop_at

    with pytest.raises(Cancelled, match="nothing was saved"):
        run(db, *big, progress)
    assert ledger.count(db) == 0
    assert run(db, *big, None).result.startswith("Imported 2500 entries")  # and can be redone
