"""Backups and restore, damaged files, full disks and read-only data: nothing is lost."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.budget import ledger, ledger_csv
from companion.core.data import open_store
from companion.core.errors import InputError, describe_environment_error
from companion.core.store import backup, paths

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
UTC = ZoneInfo("UTC")


def log(db, units: int = 330) -> ledger.Entry:
    return ledger.add(
        db,
        ledger.make_purchase(
            db,
            platform="tiktok",
            units=units,
            amount="4.99",
            currency="USD",
            when=NOW - timedelta(hours=1),
            now=NOW,
            zone=UTC,
            home="USD",
        ),
    )


def test_daily_backups_happen_once_a_day_and_keep_the_newest(db, data_dir: Path) -> None:
    first = backup.daily_backup(db, data_dir, keep=2, now=NOW)
    assert first is not None and backup.check_file(first) is None
    assert backup.daily_backup(db, data_dir, keep=2, now=NOW + timedelta(hours=3)) is None
    made = [first]
    for day in (1, 2, 3):
        later = NOW + timedelta(days=day)
        path = backup.daily_backup(db, data_dir, keep=2, now=later)
        assert path is not None
        made.append(path)
    kept = sorted(p.name for p in paths.backups_dir(data_dir).glob("daily-*"))
    assert kept == sorted(p.name for p in made[-2:])


def test_daily_backup_is_due_exactly_24_hours_later_and_after_the_clock_went_back(
    db, data_dir: Path
) -> None:
    assert backup.daily_backup(db, data_dir, keep=5, now=NOW) is not None
    almost = NOW + timedelta(hours=24) - timedelta(seconds=1)
    assert backup.daily_backup(db, data_dir, keep=5, now=almost) is None
    assert backup.daily_backup(db, data_dir, keep=5, now=NOW + timedelta(hours=24)) is not None
    # The fan's clock was wrong by a year and is set right: backups must not wait a year.
    assert backup.daily_backup(db, data_dir, keep=5, now=NOW - timedelta(days=365)) is not None


def test_export_and_restore_round_trip_keeping_the_current_data(db, data_dir, tmp_path) -> None:
    log(db, 330)
    saved = backup.export_backup(db, tmp_path / "mine.sqlite")
    log(db, 65)
    info = backup.inspect_backup(saved)
    assert info.entries == 1
    safety = backup.restore_backup(db, data_dir, saved, now=NOW)
    assert [e.units for e in ledger.entries(db)] == [330]
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    kept = sqlite3.connect(safety)
    assert kept.execute("SELECT COUNT(*) FROM ledger").fetchone()[0] == 2  # nothing lost
    kept.close()


@pytest.mark.parametrize(
    ("make", "complaint"),
    [
        (lambda p: p.write_bytes(b"definitely not sqlite" * 100), "not a usable"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE x (a)").connection.commit(),
            "not a Fan Companion backup",
        ),
    ],
)
def test_restore_refuses_what_is_not_a_backup(db, data_dir, tmp_path, make, complaint) -> None:
    log(db)
    target = tmp_path / "other.sqlite"
    make(target)
    with pytest.raises(InputError, match=complaint):
        backup.restore_backup(db, data_dir, target, now=NOW)
    assert ledger.count(db) == 1


def test_restore_refuses_a_backup_from_a_newer_version(db, data_dir, tmp_path) -> None:
    saved = backup.export_backup(db, tmp_path / "future.sqlite")
    conn = sqlite3.connect(saved)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES "
        "('companion', 'm999_future', '2030')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="newer Fan Companion"):
        backup.inspect_backup(saved)


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):  # scribble over every page's header
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_detected_and_moved_aside_not_deleted(data_dir: Path) -> None:
    db = open_store(data_dir, now=NOW)
    for i in range(200):
        log(db, 100 + i)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    live = paths.database_path(data_dir)
    _damage(live)
    damaged_bytes = live.read_bytes()
    with pytest.raises((backup.DamagedDatabase, sqlite3.DatabaseError)):
        open_store(data_dir, check=True, now=NOW).close()
    moved = backup.move_aside(data_dir, NOW)
    assert moved.read_bytes() == damaged_bytes
    assert not live.exists()


def test_the_newest_good_backup_is_offered(db, data_dir) -> None:
    older = backup.daily_backup(db, data_dir, keep=5, now=NOW - timedelta(days=2))
    os.utime(older, ((NOW - timedelta(days=2)).timestamp(),) * 2)
    newer = backup.daily_backup(db, data_dir, keep=5, now=NOW)
    assert backup.newest_good_backup(data_dir) == newer
    _damage(newer)
    newer.write_bytes(newer.read_bytes()[:5000])
    assert backup.newest_good_backup(data_dir) == older


def test_a_full_disk_is_a_clear_message_and_nothing_is_half_saved(db) -> None:
    log(db)
    used = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {used + 2}")  # the disk fills up after two pages
    rows = "".join(
        f"2026-11-0{1 + i % 9},purchase,tiktok,{i + 1},4.99,USD,,a long note {i}\n"
        for i in range(3000)
    )
    with pytest.raises(sqlite3.OperationalError) as caught:
        ledger_csv.import_csv(
            db,
            "date,type,platform,units,amount,currency,creator,note\n" + rows,
            now=NOW,
            zone=UTC,
            home="USD",
        )
    assert "disk is full" in describe_environment_error(caught.value).lower()
    assert ledger.count(db) == 1


def test_a_read_only_store_is_a_clear_message(db) -> None:
    db.execute("PRAGMA query_only = 1")
    with pytest.raises(sqlite3.OperationalError) as caught:
        log(db)
    assert "read-only" in describe_environment_error(caught.value).lower()
    db.execute("PRAGMA query_only = 0")
    assert ledger.count(db) == 0


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(min_size=0, max_size=8192))
def test_random_backup_files_are_refused_cleanly(db, data_dir, tmp_path, blob) -> None:
    before = ledger.count(db)
    target = tmp_path / "random.sqlite"
    target.write_bytes(b"SQLite format 3\x00" + blob if blob[:1] == b"\x00" else blob)
    try:
        backup.restore_backup(db, data_dir, target, now=NOW)
    except InputError:
        assert ledger.count(db) == before
