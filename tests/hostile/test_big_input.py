"""Big files that are valid: imported within the limits (30 s, 500 MB) up to a named size, and
refused at once, before any parsing, past it. The files are generated here (tens of MB)."""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from harness import assert_refused_cleanly, run_cli, snapshot

from companion.core.budget.ledger_csv import MAX_ROWS
from companion.core.bundles.catalog_import import MAX_CATALOG_BYTES, MAX_CATALOG_ITEMS
from companion.core.calendar.ics import MAX_BYTES, MAX_EVENTS
from companion.core.money.rates import MAX_RATE_ROWS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="rlimits are POSIX")

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)
NEAR_50_MB = 49 * 1024 * 1024


def ics(count: int, *, filler: int = 0) -> str:
    event = (
        "BEGIN:VEVENT\r\nUID:e{i}@big\r\nDTSTART;TZID=Europe/Paris:202612{d:02d}T200000\r\n"
        "DURATION:PT2H\r\nSUMMARY:Live {i}\r\nRRULE:FREQ=WEEKLY;BYDAY=FR\r\nEND:VEVENT\r\n"
    )
    body = "".join(event.format(i=i, d=i % 28 + 1) for i in range(count))
    pad = f"X-FILLER:{'x' * 60}\r\n" * filler
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//big//EN\r\n{pad}{body}END:VCALENDAR\r\n"


def ledger(count: int) -> str:
    rows = [
        f"2026-{i % 10 + 1:02d}-{i % 28 + 1:02d},gift,tiktok,{i % 50 + 1},,,Mia,n{i}"
        for i in range(count)
    ]
    return "date,type,platform,units,amount,currency,creator,note\n" + "\n".join(rows) + "\n"


def rates(count: int) -> str:
    rows = [f"USD,EUR,0.9{i},2026-11-20,r{i}" for i in range(count)]
    return "base,quote,rate,as_of,source\n" + "\n".join(rows) + "\n"


def catalog(count: int) -> str:
    bundles = [
        {
            "units": i + 1,
            "price": f"{i % 900 + 1}.99",
            "currency": "USD",
            "channel": "web",
            "region": "US",
            "source": "gen",
            "observed": "2026-11-25",
        }
        for i in range(count)
    ]
    platform = {"id": "tiktok", "name": "TikTok", "unit": "Coins", "domains": ["tiktok.com"]}
    return json.dumps(
        {"format": 1, "version": "2026-11-25", "platforms": [{**platform, "bundles": bundles}]}
    )


def _refused_quickly(tmp_path: Path, name: str, text: str, words: str) -> None:
    data = tmp_path / "d"
    assert run_cli("bundles", data_dir=data, now=NOW).code == 0
    before = snapshot(data)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    began = time.monotonic()
    line = assert_refused_cleanly(run_cli("import", str(path), data_dir=data, now=NOW))
    assert time.monotonic() - began < 8, line
    assert words in line, line
    assert snapshot(data) == before


def test_one_event_past_the_limit_is_refused_naming_it(tmp_path: Path) -> None:
    _refused_quickly(tmp_path, "x.ics", ics(MAX_EVENTS + 1), f"at most {MAX_EVENTS:,}")


def test_a_calendar_of_tiny_events_under_the_size_limit_is_refused_at_once(
    tmp_path: Path,
) -> None:
    tiny = "BEGIN:VEVENT\r\nUID:{i}\r\nDTSTART:20261201T200000Z\r\nEND:VEVENT\r\n"
    body = "".join(tiny.format(i=i) for i in range(MAX_BYTES // 70))
    text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n"
    assert MAX_BYTES * 0.7 < len(text) < MAX_BYTES
    _refused_quickly(tmp_path, "x.ics", text, f"at most {MAX_EVENTS:,}")


def test_a_ledger_one_row_past_the_limit_is_refused_naming_it(tmp_path: Path) -> None:
    _refused_quickly(tmp_path, "x.csv", ledger(MAX_ROWS + 1), f"at most {MAX_ROWS:,}")


def test_a_49_mb_ledger_is_refused_at_once(tmp_path: Path) -> None:
    text = ledger(NEAR_50_MB // 48)
    assert len(text) < 50 * 1024 * 1024
    _refused_quickly(tmp_path, "x.csv", text, f"at most {MAX_ROWS:,}")


def test_a_rates_file_past_the_limit_is_refused_naming_it(tmp_path: Path) -> None:
    _refused_quickly(tmp_path, "x.csv", rates(MAX_RATE_ROWS + 1), f"at most {MAX_RATE_ROWS:,}")


def test_a_catalog_past_either_limit_is_refused_naming_it(tmp_path: Path) -> None:
    _refused_quickly(
        tmp_path, "x.json", catalog(MAX_CATALOG_ITEMS + 1), f"at most {MAX_CATALOG_ITEMS:,}"
    )
    text = catalog(MAX_CATALOG_ITEMS // 2) + " " * MAX_CATALOG_BYTES
    _refused_quickly(tmp_path / "2", "x.json", text, "at most 2 MB")


@pytest.mark.parametrize(
    "name,make,limit",
    [
        ("x.ics", ics, MAX_EVENTS),
        ("x.csv", ledger, MAX_ROWS),
        ("x.json", catalog, MAX_CATALOG_ITEMS),
    ],
    ids=["calendar", "ledger", "catalog"],
)
def test_a_file_at_the_limit_imports_within_30_s_and_500_mb(tmp_path: Path, name, make, limit):
    path = tmp_path / name
    path.write_text(make(limit), encoding="utf-8")
    done = run_cli("import", str(path), data_dir=tmp_path / "d", now=NOW, timeout=30)
    assert done.code == 0, (done.code, done.stderr[-500:])
    assert f"{limit}" in done.stdout.replace(",", ""), done.stdout


def one_event(size: int) -> str:
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20261201T200000Z\r\n"
    tail = "SUMMARY:Big\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    return f"{head}DESCRIPTION:{'x' * (size - len(head) - len(tail) - 14)}\r\n{tail}"


def test_a_49_mb_calendar_of_one_event_is_refused_at_once(tmp_path: Path) -> None:
    _refused_quickly(tmp_path, "x.ics", one_event(NEAR_50_MB), f"at most {MAX_BYTES // 2**20} MB")


def test_a_calendar_just_under_the_size_limit_imports_within_the_limits(tmp_path: Path) -> None:
    path = tmp_path / "x.ics"
    path.write_text(one_event(MAX_BYTES - 1), encoding="utf-8")
    assert path.stat().st_size == MAX_BYTES - 1
    done = run_cli("import", str(path), data_dir=tmp_path / "d", now=NOW)
    assert done.code == 0, (done.code, done.stderr[-500:])
