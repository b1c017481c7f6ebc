"""``companion events`` and .ics import/export from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import run

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:weekly@test\r\nDTSTART;TZID=America/New_York:20261027T200000\r\n"
    "DTEND;TZID=America/New_York:20261027T220000\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:Karaoke\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture
def imported(capsys, tmp_path: Path) -> Path:
    path = tmp_path / "karaoke.ics"
    path.write_text(ICS)
    assert run(capsys, "settings", "time_zone", "Europe/Paris")[0] == 0
    code, out, _ = run(capsys, "import", str(path))
    assert (code, out.strip()) == (0, "Imported 1 new and updated 0 event(s).")
    return path


def test_events_json_across_a_dst_change(capsys, imported) -> None:
    code, out, _ = run(capsys, "events", "--from", "2026-10-27", "--to", "2026-11-04", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["local_start"] for r in rows] == ["2026-10-27T20:00:00", "2026-11-03T20:00:00"]
    assert rows[0] == {
        "uid": "weekly@test",
        "title": "Karaoke",
        "creator": None,
        "start": "2026-10-28T01:00:00+01:00",
        "end": "2026-10-28T03:00:00+01:00",
        "zone": "America/New_York",
        "local_start": "2026-10-27T20:00:00",
        "all_day": False,
    }
    assert rows[1]["start"] == "2026-11-04T02:00:00+01:00"  # New York fell back on 1 Nov


def test_dates_are_inclusive_in_the_fans_zone(capsys, imported) -> None:
    _, out, _ = run(capsys, "events", "--from", "2026-10-28", "--to", "2026-10-28", "--json")
    assert [r["title"] for r in json.loads(out)] == ["Karaoke"]  # 01:00 on the 28th in Paris
    _, out, _ = run(capsys, "events", "--from", "2026-10-27", "--to", "2026-10-27", "--json")
    assert json.loads(out) == []


def test_reimporting_updates_instead_of_duplicating(capsys, imported) -> None:
    _code, out, _ = run(capsys, "import", str(imported))
    assert out.strip() == "Imported 0 new and updated 1 event(s)."


def test_export_writes_vtimezone(capsys, imported, tmp_path: Path) -> None:
    out_file = tmp_path / "out.ics"
    assert run(capsys, "export", str(out_file))[0] == 0
    text = out_file.read_text()
    assert "BEGIN:VTIMEZONE" in text and "TZID:America/New_York" in text


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (("events", "--from", "tomorrow"), "not a date"),
        (("events", "--from", "2026-12-05", "--to", "2026-12-01"), "ends before it starts"),
    ],
)
def test_bad_ranges_exit_2(capsys, args, complaint) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert complaint in err


def test_binary_junk_named_ics_exits_2(capsys, tmp_path: Path) -> None:
    junk = tmp_path / "junk.ics"
    junk.write_bytes(bytes(range(256)) * 20)
    code, _, err = run(capsys, "import", str(junk))
    assert code == 2
    assert "not an iCalendar" in err or "binary" in err
