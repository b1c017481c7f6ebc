"""build.spec's size helpers: the trimmed ICU and Babel data still do what the app needs."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from companion import packaging

PYSIDE_LIB = None
if sys.platform.startswith("linux"):
    import PySide6

    PYSIDE_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
linux_only = pytest.mark.skipif(
    PYSIDE_LIB is None or not any(PYSIDE_LIB.glob("libicudata.so.*")),
    reason="the PySide6 wheel bundles ICU on Linux only",
)


def icu_library() -> Path:
    return next(PYSIDE_LIB.glob("libicudata.so.*"))  # type: ignore[union-attr]


def items(package: bytes) -> dict[str, bytes]:
    header = struct.unpack_from("<H", package, 0)[0]
    count = struct.unpack_from("<I", package, header)[0]
    toc = [struct.unpack_from("<II", package, header + 4 + 8 * i) for i in range(count)]
    ends = [start for _, start in toc[1:]] + [len(package) - header]
    out = {}
    for (name_at, start), end in zip(toc, ends, strict=True):
        name_start = header + name_at
        name = package[name_start : package.index(b"\0", name_start)].decode()
        out[name] = package[header + start : header + end]
    return out


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/coll/root.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/coll/de.res", False),
        ("icudt73l/nfc.nrm", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/ibm-1252_P100-2000.cnv", False),
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/metadata.res", True),
        ("icudt73l/de_CH.res", False),
        ("icudt73l/zone/en.res", True),
        ("icudt73l/zone/pool.res", True),
        ("icudt73l/zone/fr.res", False),
        ("icudt73l/metaZones.res", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/likelySubtags.res", True),
        ("icudt73l/brkitr/word.brk", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/rfc3491.spp", False),
        ("icudt73l/uts46.nrm", False),
        ("icudt73l/curr/en.res", False),
        ("icudt73l/unit/pool.res", False),
        ("icudt73l/lang/en.res", False),
        ("icudt73l/region/pool.res", False),
    ],
)
def test_icu_items_kept_are_the_ones_qt_can_reach(name, kept) -> None:
    assert packaging.icu_item_wanted(name) is kept


@linux_only
def test_qt_calls_only_the_icu_functions_the_trimmed_data_serves() -> None:
    # What icu_item_wanted keeps follows from this list: a Qt that starts calling, say, break
    # iterators (ubrk_*) needs their data back.
    qt = [*PYSIDE_LIB.glob("libQt6*.so.*"), *PYSIDE_LIB.parent.glob("plugins/*/*.so")]  # type: ignore[union-attr]
    called = set()
    for path in qt:
        called |= {n for n in packaging._Elf(path.read_bytes()).imported() if n.endswith("_73")}
    assert any(n.startswith("ucol_open") for n in called)  # the reading works
    assert {n for n in called if not n.startswith(packaging.ICU_API_QT_CALLS)} == set()


@linux_only
def test_the_trimmed_icu_package_keeps_its_items_byte_for_byte() -> None:
    found = packaging._Elf(icu_library().read_bytes()).symbol(r"icudt\d+_dat")
    assert found is not None
    _, package = found
    trimmed = packaging.trim_icu_package(package)
    before, after = items(package), items(trimmed)
    assert len(trimmed) < len(package) / 5
    assert list(after) == sorted(after)  # ICU binary-searches the table
    assert set(after) == {n for n in before if packaging.icu_item_wanted(n)}
    for name, blob in after.items():
        assert blob.rstrip(b"\0") == before[name].rstrip(b"\0")


def test_a_file_that_is_not_an_icu_package_is_refused() -> None:
    with pytest.raises(ValueError, match="ICU"):
        packaging.trim_icu_package(b"\x20\x00\xda\x27" + b"\0" * 60)


@linux_only
@pytest.mark.skipif(not (shutil.which("as") and shutil.which("ld")), reason="needs binutils")
def test_qt_runs_on_the_trimmed_icu_library(tmp_path) -> None:
    built, why = packaging.build_icu_library(icu_library(), tmp_path)
    assert built is not None, why
    assert built.stat().st_size < icu_library().stat().st_size / 5
    probe = (
        "import os\n"
        "from PySide6.QtCore import QCollator, QLocale, QTimeZone\n"
        "trimmed = os.environ.get('TRIMMED_ICU')\n"
        "assert not trimmed or trimmed in open('/proc/self/maps').read(), 'not loaded'\n"
        "c = QCollator(QLocale('en_US'))\n"
        "print(sorted(['zebra', 'Émilie', 'emma', 'apple'], key=c.sortKey))\n"
        "print(QTimeZone(b'Europe/Paris').isValid(), QLocale('tr_TR').toUpper('i'))\n"
        "T, N = QTimeZone.TimeType, QTimeZone.NameType\n"
        "for zone in (b'Europe/Paris', b'America/Sao_Paulo', b'Asia/Kolkata'):\n"
        "    tz = QTimeZone(zone)\n"
        "    for kind in (T.StandardTime, T.DaylightTime):\n"
        "        for name in (N.LongName, N.ShortName, N.OffsetName):\n"
        "            print(tz.displayName(kind, name, QLocale('en_US')))\n"
        "print(QLocale('ja_JP').toUpper('straße'), QLocale('de_DE').toLower('ÄÖ'))\n"
    )

    def run(**env: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", probe],
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()

    trimmed = run(LD_LIBRARY_PATH=str(tmp_path), TRIMMED_ICU=str(tmp_path))
    assert trimmed[:2] == ["['apple', 'Émilie', 'emma', 'zebra']", "True İ"]
    assert "Central European Standard Time" in trimmed
    assert trimmed == run()  # what Qt gets from ICU is what it gets from the full data


@linux_only
def test_libraries_only_dropped_plugins_linked_are_found() -> None:
    core = next(PYSIDE_LIB.glob("libQt6Core.so.*"))  # type: ignore[union-attr]
    charts = next(PYSIDE_LIB.glob("libQt6Charts.so.*"))  # type: ignore[union-attr]
    icu = [p for p in PYSIDE_LIB.glob("libicu*.so.*") if p.name.count(".") == 2]
    binaries = [
        (f"PySide6/Qt/lib/{core.name}", str(core), "BINARY"),
        *[(p.name, str(p), "BINARY") for p in icu],  # linked by QtCore: kept
        (charts.name, str(charts), "BINARY"),  # linked by nothing here: dropped
        ("_cffi_backend.so", str(charts), "EXTENSION"),  # imported, never a candidate
    ]
    assert packaging.unneeded_libraries(binaries) == {charts.name}


BABEL_PROBE = """
import datetime, decimal, json, sys
import babel, babel.dates, babel.localedata, babel.numbers
babel.localedata._dirname = sys.argv[1]  # before any locale is loaded (they are cached)
when = datetime.datetime(2026, 11, 30, 13, 5, tzinfo=datetime.timezone.utc)
out = []
for name in ["en_US", "de_DE", "fr_CA", "ar_EG", "ja_JP", "hi_IN", "pt_BR", "ru_RU", "es_419"]:
    for code in ("USD", "EUR", "JPY", "KWD"):
        out.append(babel.numbers.format_currency(decimal.Decimal("-1234.5"), code, locale=name))
    out.append(babel.Locale.parse(name).first_week_day)
    # every call ui/dates.py makes
    out += [
        babel.dates.format_date(when, "full", locale=name),
        babel.dates.format_skeleton("MMMEd", when, locale=name),
        babel.dates.format_skeleton("MMMd", when, locale=name),
        babel.dates.format_time(when, "short", tzinfo=when.tzinfo, locale=name),
        str(babel.dates.get_datetime_format("short", locale=name)),
        babel.dates.format_datetime(when, "short", tzinfo=when.tzinfo, locale=name),
    ]
print(json.dumps(out))
"""


def test_trimmed_babel_locales_format_money_and_dates_the_same(tmp_path) -> None:
    import babel.localedata

    source = Path(babel.localedata._dirname)
    trimmed = tmp_path / "locale-data"
    trimmed.mkdir()
    for path in source.glob("*.dat"):
        (trimmed / path.name).write_bytes(packaging.trim_babel_locale(path.read_bytes()))
    assert (
        sum(p.stat().st_size for p in trimmed.glob("*.dat"))
        < sum(p.stat().st_size for p in source.glob("*.dat")) / 3
    )

    def formatted(folder: Path) -> str:
        done = subprocess.run(
            [sys.executable, "-c", BABEL_PROBE, str(folder)],
            check=False,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert formatted(trimmed) == formatted(source)


def test_the_installers_start_menu_shortcut_carries_the_toasts_app_id() -> None:
    # Windows shows a toast only for an app id that a Start-menu shortcut carries.
    from companion.ui.shell.library_notify import app_id

    script = Path(__file__).parents[2] / "packaging" / "windows" / "fan-companion.iss"
    shortcut = next(
        line for line in script.read_text(encoding="utf-8").splitlines()
        if line.startswith('Name: "{autoprograms}')
    )  # fmt: skip
    assert f'AppUserModelID: "{app_id("win32")}"' in shortcut


ROOT = Path(__file__).parents[2]
WAYLAND_GRAPHICS = "PySide6/Qt/plugins/wayland-graphics-integration-client"


@pytest.mark.parametrize(
    ("dest", "unused"),
    [
        ("icalendar/tests/calendars/issue_114.ics", True),
        ("icalendar/py.typed", False),
        ("resources/screenshots/home.png", True),
        ("resources\\screenshots\\home.png", True),
        ("resources/i18n/companion_es.ts", True),
        ("resources/i18n/companion_es.qm", False),
        ("resources/icons/png/companion-256.png", False),
        ("resources/linux/io.github.fan_companion.desktop", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libwl-shell-plugin.so", True),
        ("PySide6/Qt/lib/libQt6WlShellIntegration.so.6", True),
        ("libQt6WlShellIntegration.so.6", True),
        (f"{WAYLAND_GRAPHICS}/libqt-plugin-wayland-egl.so", False),
        (f"{WAYLAND_GRAPHICS}/libdmabuf-server.so", True),
        ("PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ],
)
def test_files_left_out_of_the_bundle(dest, unused) -> None:
    assert packaging.unused_file(dest) is unused


def test_every_resource_the_app_reads_stays_in_the_bundle() -> None:
    # Icons (SVG through QtSvg, the window's PNG), the catalogues and the desktop files.
    kept = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "screenshots" not in p.parts and p.suffix != ".ts"
    ]
    assert any(name.endswith(".svg") for name in kept)
    assert [name for name in kept if packaging.unused_file(name)] == []


def test_only_the_top_level_copies_of_the_systems_libraries_are_named() -> None:
    from companion.ui.shell import preflight

    binaries = [
        ("libglib-2.0.so.0", "/usr/lib/libglib-2.0.so.0", "BINARY"),
        ("libdbus-1.so.3", "/usr/lib/libdbus-1.so.3", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),  # often missing: kept
        ("libstdc++.so.6", "/usr/lib/libstdc++.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/wheel/libQt6Core.so.6", "BINARY"),
        ("PySide6/libX11.so.6", "/elsewhere/libX11.so.6", "BINARY"),  # not PyInstaller's copy
        ("libX11.so.6", "/usr/lib/libX11.so.6", "EXTENSION"),
    ]
    assert packaging.system_copies(binaries, preflight.GUI_LIBRARIES) == {
        "libglib-2.0.so.0",
        "libdbus-1.so.3",
    }
    # The xcb utility libraries stay bundled: none of them is taken from the system.
    assert not set(preflight.XCB_LIBRARIES) & set(preflight.GUI_LIBRARIES)


def test_the_zipped_tzdata_serves_zoneinfo_with_no_system_database(tmp_path) -> None:
    import tzdata

    package = Path(tzdata.__file__).parent
    built = packaging.zip_package(package, tmp_path / "tzdata.zip")
    again = packaging.zip_package(package, tmp_path / "again" / "tzdata.zip")
    assert built.read_bytes() == again.read_bytes()  # the same package, the same bytes
    probe = (
        "import sys, zoneinfo, datetime\n"
        f"sys.path.insert(0, {str(built)!r})\n"
        "zoneinfo.reset_tzpath(to=[])\n"
        "import tzdata\n"
        f"assert tzdata.__file__.startswith({str(built)!r}), tzdata.__file__\n"
        "when = datetime.datetime(2024, 7, 1, 12, tzinfo=zoneinfo.ZoneInfo('Asia/Kolkata'))\n"
        "print(when.utcoffset(), 'America/New_York' in zoneinfo.available_timezones())\n"
        "from companion.core.calendar import vtimezone\n"
        "print(vtimezone._zone_bytes('Europe/Paris')[:4])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONTZPATH": ""},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["5:30:00 True", "b'TZif'"]


@linux_only
def test_qt_libraries_nothing_kept_links_are_found_in_the_folders_named() -> None:
    lib = "PySide6/Qt/lib/"
    core = next(PYSIDE_LIB.glob("libQt6Core.so.*"))  # type: ignore[union-attr]
    gui = next(PYSIDE_LIB.glob("libQt6Gui.so.*"))  # type: ignore[union-attr]
    network = next(PYSIDE_LIB.glob("libQt6Network.so.*"))  # type: ignore[union-attr]
    dbus = next(PYSIDE_LIB.glob("libQt6DBus.so.*"))  # type: ignore[union-attr]
    icu = [p for p in PYSIDE_LIB.glob("libicu*.so.*") if p.name.count(".") == 2]
    binaries = [
        ("PySide6/QtGui.abi3.so", str(PYSIDE_LIB.parents[1] / "QtGui.abi3.so"), "EXTENSION"),  # type: ignore[union-attr]
        *[(lib + p.name, str(p), "BINARY") for p in (core, gui, network, dbus, *icu)],
        (network.name, str(network), "BINARY"),  # PyInstaller's copy, later made a link
        (dbus.name, lib + dbus.name, "SYMLINK"),
    ]
    assert packaging.unneeded_libraries(binaries) == {network.name}  # Qt's folder not looked in
    dropped = packaging.unneeded_libraries(binaries, under=[lib])
    # QtGui links Gui, Core, DBus and ICU, not Network: both its copies go
    assert dropped == {lib + network.name, network.name}
    kept = packaging.without_libraries(binaries, dropped)
    assert [dest for dest, _, _ in kept if "Network" in dest] == []
    assert len(kept) == len(binaries) - 2
    link = (dbus.name, lib + dbus.name, "SYMLINK")
    assert link not in packaging.without_libraries(binaries, {lib + dbus.name})  # links go too
