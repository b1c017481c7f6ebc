"""The system's time zone read without tzlocal answers as tzlocal does, or leaves it to tzlocal.

Each case is a made-up root folder (tzlocal reads the same files under any root); the zones
themselves come from this machine's zone files, as they do for tzlocal.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from companion.core.store import system_zone
from companion.core.store.system_zone import UNSURE, usual_zone_name

PARIS = Path("/usr/share/zoneinfo/Europe/Paris")
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not PARIS.is_file(), reason="Linux zone files"
)


@pytest.fixture(autouse=True)
def _no_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TZ", raising=False)  # the suite sets TZ; these cases are about files


def tzlocal_says(root: Path) -> str | None:
    from tzlocal.unix import _get_localzone_name

    return _get_localzone_name(str(root))


def _root(tmp_path: Path, *, link: str | None = None, named: str | None = None) -> Path:
    root = tmp_path / "root"
    (root / "etc").mkdir(parents=True)
    if link is not None:
        (root / "etc" / "localtime").symlink_to(link)
    if named is not None:
        (root / "etc" / "timezone").write_text(named, encoding="ascii")
    return root


@pytest.mark.parametrize(
    ("link", "named", "expected"),
    [
        (str(PARIS), None, "Europe/Paris"),  # systemd: the link alone
        (None, "Europe/Paris\n", "Europe/Paris"),  # /etc/timezone alone
        (str(PARIS), "Europe/Paris\n", "Europe/Paris"),  # Debian and Ubuntu: both, agreeing
        (str(PARIS), "\n", "Europe/Paris"),  # an empty /etc/timezone says nothing
        (None, "/Europe/Paris/\n", "Europe/Paris"),  # slashes around the name are dropped
        (None, None, None),  # nothing configured
        ("/nowhere/Europe/Paris", None, None),  # a broken link
    ],
)
def test_the_usual_setups_are_read_as_tzlocal_reads_them(
    tmp_path: Path, link: str | None, named: str | None, expected: str | None
) -> None:
    root = _root(tmp_path, link=link, named=named)
    assert usual_zone_name(str(root)) == expected == tzlocal_says(root)


def test_a_copied_zone_file_is_no_name(tmp_path: Path) -> None:
    root = _root(tmp_path)
    (root / "etc" / "localtime").write_bytes(PARIS.read_bytes())
    assert usual_zone_name(str(root)) is None is tzlocal_says(root)


def test_a_link_outside_the_zone_folder_is_named_by_its_tail(tmp_path: Path) -> None:
    zones = tmp_path / "zones" / "Europe"
    zones.mkdir(parents=True)
    (zones / "Paris").write_bytes(PARIS.read_bytes())
    (zones / "Nowhere").write_bytes(PARIS.read_bytes())
    root = _root(tmp_path, link=str(zones / "Paris"))
    assert usual_zone_name(str(root)) == "Europe/Paris" == tzlocal_says(root)
    # A tail no zone has: tzlocal finds no name, and neither does the quick reading.
    (root / "etc" / "localtime").unlink()
    (root / "etc" / "localtime").symlink_to(zones / "Nowhere")
    assert usual_zone_name(str(root)) is None is tzlocal_says(root)


@pytest.mark.parametrize(
    "named",
    [
        "America/New_York\n",  # disagrees with the link: tzlocal warns and picks
        "Europe/Paris # set by hand\n",  # comments and hosts: tzlocal's own parsing
        "Europe/Paris\nEurope/Berlin\n",  # several lines
    ],
)
def test_anything_unusual_is_left_to_tzlocal(tmp_path: Path, named: str) -> None:
    root = _root(tmp_path, link=str(PARIS), named=named)
    assert usual_zone_name(str(root)) is UNSURE
    assert tzlocal_says(root) is not None  # ...which has an answer of its own


@pytest.mark.parametrize(
    "other", ["etc/sysconfig/clock", "etc/conf.d/clock", "var/db/zoneinfo", "system/bin/getprop"]
)
def test_other_systems_settings_are_left_to_tzlocal(tmp_path: Path, other: str) -> None:
    root = _root(tmp_path, link=str(PARIS))
    (root / other).parent.mkdir(parents=True, exist_ok=True)
    (root / other).write_text('ZONE="Europe/Paris"\n', encoding="ascii")
    assert usual_zone_name(str(root)) is UNSURE


def test_a_tz_variable_is_left_to_tzlocal(tmp_path: Path) -> None:
    root = _root(tmp_path, link=str(PARIS))
    assert usual_zone_name(str(root), {"TZ": "Asia/Tokyo"}) is UNSURE


def test_this_machine_reads_the_same_either_way() -> None:
    from tzlocal.unix import _get_localzone_name

    quick = usual_zone_name()
    assert quick is UNSURE or quick == _get_localzone_name()


def test_an_unsure_reading_asks_tzlocal(monkeypatch: pytest.MonkeyPatch) -> None:
    import tzlocal

    monkeypatch.setattr(system_zone, "usual_zone_name", lambda: UNSURE)
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Asia/Tokyo")
    assert system_zone.local_zone_name() == "Asia/Tokyo"


def test_the_tzdata_package_is_consulted_when_zone_files_lack_a_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ZoneInfo falls back to the tzdata package: a tail only it has is left to tzlocal.
    fake = tmp_path / "tzdata-zoneinfo"
    (fake / "zones").mkdir(parents=True)
    (fake / "zones" / "Paris").write_bytes(PARIS.read_bytes())
    target = tmp_path / "zones" / "Paris"
    target.parent.mkdir()
    target.write_bytes(PARIS.read_bytes())
    monkeypatch.setattr(system_zone, "_tzdata_dirs", lambda: [str(fake)])
    root = _root(tmp_path, link=str(target))
    assert usual_zone_name(str(root)) is UNSURE
