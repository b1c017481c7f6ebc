"""The Linux desktop files we ship pass the freedesktop and AppStream reference validators and
agree with each other (CI installs desktop-file-utils and appstream; elsewhere these skip)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

LINUX = Path(__file__).resolve().parents[2] / "resources" / "linux"
DESKTOP = next(LINUX.glob("*.desktop"))
METAINFO = next(LINUX.glob("*.metainfo.xml"))


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_the_desktop_file_is_valid() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_metainfo_is_valid() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_the_metainfo_launches_the_shipped_desktop_file() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("id") == DESKTOP.name.removesuffix(".desktop")


def test_the_desktop_file_opens_files_and_links() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].endswith("%U")
    mimes = set(filter(None, section["MimeType"].split(";")))
    # "Open with Fan Companion" for calendars, bank statements (OFX, Quicken's QFX and QIF under
    # both names file managers use) and CSV exports.
    assert {
        "text/calendar",
        "text/csv",
        "application/x-ofx",
        "application/vnd.intu.qfx",
        "application/qif",
        "application/x-qif",
    } <= mimes
    # The command the .deb puts on PATH (.ci/deb), which the metainfo says it provides.
    assert section["Exec"].split()[0] == "fan-companion"
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("provides/binary") == "fan-companion"


def test_the_metainfo_shows_the_real_screenshots_and_a_release() -> None:
    root = ET.parse(METAINFO).getroot()
    shots = [i.text or "" for i in root.iterfind("screenshots/screenshot/image")]
    names = sorted(s.rsplit("/", 1)[-1] for s in shots)
    shipped = sorted(p.name for p in (LINUX.parent / "screenshots").glob("*.png"))
    assert names == shipped and all(s.startswith("https://") for s in shots)
    assert root.find("releases/release/description") is not None
    assert root.find("content_rating[@type='oars-1.1']") is not None
