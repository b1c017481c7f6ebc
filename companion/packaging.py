"""Build-time helpers for build.spec: keeping data the app never reads out of the frozen folder.

Never imported by the app itself (so PyInstaller does not bundle it); tests cover it directly.

- ICU: Qt links ICU, whose data library is 31 MB of collation tailorings, legacy code pages,
  break dictionaries and locale names. The app uses none of them (Babel formats its numbers and
  Python's zoneinfo does its time zones), so the data package is rebuilt with the root collation,
  the Unicode tables and English zone names only; Qt falls back to the root data for the rest.
- Babel: each locale file carries names of every language, territory, unit and time zone. Only
  number, currency, calendar and week data are read by the app.
- System libraries that only the dropped Qt plugins needed are dropped with them, and so are
  PyInstaller's copies of the ones every Linux desktop has (the preflight's GUI_LIBRARIES).
- Files no code opens: a library's tests, the screenshots, translation sources beside their .qm,
  Qt plugins for car dashboards, kiosks and touch keyboards.
- tzdata: one zip on sys.path instead of 600 tiny files.
"""

from __future__ import annotations

import pickle
import re
import shutil
import struct
import subprocess
import zipfile
from collections.abc import Iterable
from pathlib import Path

# -- ELF (Linux) ----------------------------------------------------------------------------------


class _Elf:
    """The few parts of a 64-bit little-endian ELF file this needs: sections and dynamic data."""

    def __init__(self, data: bytes) -> None:
        if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
            raise ValueError("not a 64-bit little-endian ELF file")
        self.data = data
        (shoff,) = struct.unpack_from("<Q", data, 0x28)
        entsize, count = struct.unpack_from("<HH", data, 0x3A)
        self.sections = [
            struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * entsize) for i in range(count)
        ]  # name, type, flags, addr, offset, size, link, info, addralign, entsize

    def _string(self, section: int, offset: int) -> str:
        start = self.sections[section][4] + offset
        return self.data[start : self.data.index(b"\0", start)].decode("utf-8", "replace")

    def needed(self) -> list[str]:
        out = []
        for _, kind, _, _, offset, size, link, _, _, _ in self.sections:
            if kind == 6:  # SHT_DYNAMIC
                for pos in range(offset, offset + size, 16):
                    tag, value = struct.unpack_from("<qQ", self.data, pos)
                    if tag == 1:  # DT_NEEDED
                        out.append(self._string(link, value))
        return out

    def imported(self) -> set[str]:
        """The names of the symbols it takes from other libraries (undefined dynamic ones)."""
        out = set()
        for _, kind, _, _, offset, size, link, _, _, entsize in self.sections:
            if kind == 11:  # SHT_DYNSYM
                for pos in range(offset, offset + size, entsize or 24):
                    name_at, _, _, shndx = struct.unpack_from("<IBBH", self.data, pos)
                    if shndx == 0 and name_at:
                        out.add(self._string(link, name_at))
        return out

    def symbol(self, pattern: str) -> tuple[str, bytes] | None:
        """The first exported symbol whose name matches, with the bytes it covers."""
        for _, kind, _, _, offset, size, link, _, _, entsize in self.sections:
            if kind != 11:  # SHT_DYNSYM
                continue
            for pos in range(offset, offset + size, entsize or 24):
                name_at, _, _, shndx, value, length = struct.unpack_from("<IBBHQQ", self.data, pos)
                name = self._string(link, name_at)
                if re.fullmatch(pattern, name) and 0 < shndx < len(self.sections):
                    section = self.sections[shndx]
                    start = value - section[3] + section[4]
                    return name, self.data[start : start + length]
        return None


def elf_needed(path: Path) -> list[str] | None:
    """The libraries an ELF file links (DT_NEEDED), or None when it is not one this reads."""
    try:
        return _Elf(path.read_bytes()).needed()
    except (OSError, ValueError, struct.error, IndexError):
        return None


def unneeded_libraries(
    binaries: Iterable[tuple[str, str, str]], under: Iterable[str] = ()
) -> set[str]:
    """Shared libraries that no kept binary links any more, directly or through another: those
    came in for plugins left out. Candidates are the top-level ones (PyInstaller's copies of
    system ones) and those in the folders ``under`` names (Qt's own, ``PySide6/Qt/lib/``)."""
    entries = list(binaries)
    folders = tuple(under)
    # Extension modules (kind EXTENSION) are imported, not linked: never candidates. One
    # library can be there twice (PySide6/Qt/lib/libQt6Gui.so.6 and PyInstaller's libQt6Gui.so.6
    # beside it, later made a link): by its name, both.
    candidates: dict[str, list[tuple[str, str]]] = {}
    for dest, src, kind in entries:
        if (
            kind == "BINARY"
            and ("/" not in dest or dest.startswith(folders))
            and not dest.startswith("libpython")
        ):
            candidates.setdefault(dest.rsplit("/", 1)[-1], []).append((dest, src))
    dests = {dest for pairs in candidates.values() for dest, _ in pairs}
    reached: set[str] = set()
    stack = [src for dest, src, kind in entries if dest not in dests and kind != "SYMLINK"]
    while stack:
        links = elf_needed(Path(stack.pop()))
        if links is None:
            return set()  # something this cannot read: keep everything
        for name in links:
            if name in candidates and name not in reached:
                reached.add(name)
                stack.extend(src for _, src in candidates[name])
    return {dest for name, pairs in candidates.items() if name not in reached for dest, _ in pairs}


def without_libraries(
    binaries: Iterable[tuple[str, str, str]], dropped: set[str]
) -> list[tuple[str, str, str]]:
    """``binaries`` less ``dropped`` and the links PyInstaller made to them."""
    return [
        (dest, src, kind)
        for dest, src, kind in binaries
        if dest not in dropped and not (kind == "SYMLINK" and src in dropped)
    ]


# -- Files the app never opens ------------------------------------------------------------------
# By their path in the bundle (lower case, forward slashes): a folder ends with "/".
UNUSED_FILES = (
    "icalendar/tests/",  # icalendar's own test calendars, collected with its data files
    "resources/screenshots/",  # pictures for the README and the store listings
    # Qt's input method for touch screens: it links QtQuick and QtQml, which are not bundled,
    # so Qt could never load it.
    "pyside6/qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    # Wayland "server buffers" are shared only by a Qt-based compositor with its own Qt
    # clients that ask for them (QtWaylandCompositor demos); windows draw through shm or EGL.
    "pyside6/qt/plugins/wayland-graphics-integration-client/libdmabuf-server.so",
    "pyside6/qt/plugins/wayland-graphics-integration-client/libdrm-egl-server.so",
    "pyside6/qt/plugins/wayland-graphics-integration-client/libshm-emulation-server.so",
    "pyside6/qt/plugins/wayland-graphics-integration-client/libvulkan-server.so",
    # Shells of car dashboards (IVI), kiosks (fullscreen-shell), Qt's own compositor (qt-shell)
    # and the wl_shell every compositor replaced by xdg-shell years ago: desktops speak
    # xdg-shell, which stays.
    "pyside6/qt/plugins/wayland-shell-integration/libivi-shell.so",
    "pyside6/qt/plugins/wayland-shell-integration/libfullscreen-shell-v1.so",
    "pyside6/qt/plugins/wayland-shell-integration/libqt-shell.so",
    "pyside6/qt/plugins/wayland-shell-integration/libwl-shell-plugin.so",
    "pyside6/qt/lib/libqt6wlshellintegration.so.6",  # linked by the wl-shell plugin only
    "libqt6wlshellintegration.so.6",  # PyInstaller's link to it
    # OpenGL on X11 (GLX, EGL): Qt loads one only for a window that draws with OpenGL, and
    # no window of the app does (no QOpenGLWidget, charts without useOpenGL); widgets paint
    # in software and reach X11 through libqxcb. Under Xvfb with qt.qpa.gl logging on, the
    # app never asks for one.
    "pyside6/qt/plugins/xcbglintegrations/",
)


def unused_file(dest: str) -> bool:
    """Whether a file of the bundle (its path in the bundle) is one the app never opens."""
    name = dest.replace("\\", "/").lower()
    if name.startswith("resources/i18n/") and name.endswith(".ts"):
        # The translations' sources: build.spec ships each compiled .qm beside it (the build
        # fails without lrelease) and ui/shell/i18n.py reads the .qm when it is there.
        return True
    return any(
        name == path or (path.endswith("/") and name.startswith(path)) for path in UNUSED_FILES
    )


# The C++ and GCC runtimes: the manylinux policy (PEP 600) has every wheel take them from the
# system, and PySide6's and cryptography's do (PySide6 6.11 needs GLIBCXX_3.4.29, which every
# system with its glibc 2.34 has). A bundled older copy would even break the system's Mesa
# drivers, which need the system's newer one.
RUNTIME_LIBRARIES = frozenset({"libstdc++.so.6", "libgcc_s.so.1"})


def system_copies(binaries: Iterable[tuple[str, str, str]], provided: Iterable[str]) -> set[str]:
    """The top-level libraries of ``binaries`` (PyInstaller's copies of system ones) named in
    ``provided``: the ones to take from the system the app runs on instead."""
    names = set(provided)
    return {
        dest for dest, _, kind in binaries if "/" not in dest and kind == "BINARY" and dest in names
    }


def zip_package(package: Path, out: Path) -> Path:
    """A zip of an installed package folder (``tzdata/...`` inside), importable from sys.path:
    sorted entries with a fixed date, so the same package gives the same bytes."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(package.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                name = path.relative_to(package.parent).as_posix()
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, path.read_bytes())
    return out


# -- ICU -------------------------------------------------------------------------------------------
_LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
_SKELETON = {"root.res", "en.res", "res_index.res", "pool.res"}


# What Qt calls in ICU (the ICU functions its libraries import, held by a test): case mapping
# (u_strToUpper/Lower), collation (ucol_*), code pages (ucnv_*) and the calendar's time zone
# names (ucal_open, ucal_getTimeZoneDisplayName, ucal_getCanonicalTimeZoneID). No break
# iterators, stringprep or IDNA, number formats, unit, language, region or currency names.
ICU_API_QT_CALLS = ("u_strToUpper", "u_strToLower", "ucol_", "ucnv_", "ucal_", "UCNV_")
_ICU_UNREACHED_TREES = {"translit", "brkitr", "unit", "lang", "region", "curr", "rbnf"}
_ICU_UNREACHED_ITEMS = {
    "unames.icu",  # character names
    "confusables.cfu",  # spoof checks
    "uts46.nrm", "nfkc.nrm", "nfkc_cf.nrm",  # IDNA and stringprep (collation's NFC is built in)
    "units.res",  # unit conversions
}  # fmt: skip


def icu_item_wanted(name: str) -> bool:
    """Whether an ICU data item (``icudt73l/coll/root.res``) is kept."""
    parts = name.split("/")[1:]
    if len(parts) == 1:
        item = parts[0]
        if item.endswith((".cnv", ".spp")) or item in _ICU_UNREACHED_ITEMS:
            return False  # legacy code pages, stringprep profiles, the above
        stem, _, ext = item.rpartition(".")
        return ext != "res" or item in _SKELETON or not _LOCALE_ITEM.match(stem)
    tree, item = parts[0], parts[-1]
    if tree in _ICU_UNREACHED_TREES:
        return False
    return item in _SKELETON or (tree, item) in {("coll", "ucadata.icu"), ("zone", "tzdbNames.res")}


def trim_icu_package(data: bytes) -> bytes:
    """An ICU common data package (the ``CmnD`` format) with only the wanted items."""
    (header,) = struct.unpack_from("<H", data, 0)
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    (count,) = struct.unpack_from("<I", data, header)
    toc = [struct.unpack_from("<II", data, header + 4 + 8 * i) for i in range(count)]
    ends = [start for _, start in toc[1:]] + [len(data) - header]
    kept = []
    for (name_at, start), end in zip(toc, ends, strict=True):
        name_start = header + name_at
        name = data[name_start : data.index(b"\0", name_start)]
        if icu_item_wanted(name.decode("ascii")):
            kept.append((name, data[header + start : header + end]))
    # The table keeps ICU's sorted order (it binary-searches it); items stay 16-byte aligned.
    names = b"".join(name + b"\0" for name, _ in kept)
    table_size = 4 + 8 * len(kept)
    first = -(-(table_size + len(names)) // 16) * 16
    table, body = bytearray(struct.pack("<I", len(kept))), bytearray()
    name_pos, item_pos = table_size, first
    for name, blob in kept:
        table += struct.pack("<II", name_pos, item_pos)
        padded = blob + b"\0" * (-len(blob) % 16)
        body += padded
        name_pos += len(name) + 1
        item_pos += len(padded)
    gap = b"\0" * (first - table_size - len(names))
    return data[:header] + bytes(table) + names + gap + bytes(body)


def build_icu_library(original: Path, work: Path) -> tuple[Path | None, str]:
    """A copy of ICU's data library with the trimmed package, or None and the reason why not."""
    tools = [tool for tool in (shutil.which("as"), shutil.which("ld")) if tool]
    if len(tools) < 2:
        return None, "the assembler and linker (binutils) are not installed"
    try:
        found = _Elf(original.read_bytes()).symbol(r"icudt\d+_dat")
    except (OSError, ValueError, struct.error, IndexError) as exc:
        return None, f"cannot read {original.name}: {exc}"
    if found is None:
        return None, f"{original.name} has no icudt*_dat symbol"
    symbol, package = found
    work.mkdir(parents=True, exist_ok=True)
    (work / "icudata.dat").write_bytes(trim_icu_package(package))
    (work / "icudata.s").write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n"
        f'\t.incbin "{work / "icudata.dat"}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    out = work / original.name
    try:
        subprocess.run(
            [tools[0], "-o", str(work / "icudata.o"), str(work / "icudata.s")],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                tools[1],
                "-shared",
                "-soname",
                original.name,
                "-o",
                str(out),
                str(work / "icudata.o"),
            ],
            check=True,
            capture_output=True,
        )
    except subprocess.CalledProcessError as exc:
        return None, f"building the library failed: {exc.stderr.decode(errors='replace')[:200]}"
    return out, ""


# -- Babel -----------------------------------------------------------------------------------------
# Display names and unit, interval and relative-time patterns: what the app never formats.
# (The skeletons stay: ui/dates.py writes "Mon, Nov 30" with format_skeleton.)
BABEL_UNUSED = frozenset(
    {
        "languages", "scripts", "territories", "variants", "meta_zones", "time_zones",
        "zone_formats", "unit_patterns", "unit_display_names", "compound_unit_patterns",
        "date_fields", "interval_formats", "currency_names_plural",
        "currency_unit_patterns", "compact_currency_formats", "compact_decimal_formats",
        "list_patterns", "day_period_rules",
    }
)  # fmt: skip


def trim_babel_locale(raw: bytes) -> bytes:
    """A Babel locale file with the unused tables emptied (still present, so lookups work)."""
    data = pickle.loads(raw)  # Babel's own file, from the build environment
    for key in BABEL_UNUSED & set(data):
        data[key] = {}
    return pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)


def lrelease() -> Path | None:
    """The lrelease binary inside the PySide6 wheel (no Qt module is imported to find it)."""
    import importlib.util
    import sys

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    base = Path(next(iter(spec.submodule_search_locations)))
    exe = "lrelease.exe" if sys.platform.startswith("win") else "lrelease"
    for candidate in (base / exe, base / "Qt" / "libexec" / exe, base / "Qt" / "bin" / exe):
        if candidate.is_file():
            return candidate
    return None


def compile_translations(source: Path, out: Path) -> list[Path]:
    """resources/i18n/companion_<lang>.ts -> out/companion_<lang>.qm, for the frozen build."""
    tool = lrelease()
    if tool is None:
        raise RuntimeError("lrelease not found: install PySide6 in the build environment")
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(source.glob("companion_*.ts")):
        qm = out / f"{ts.stem}.qm"
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
        built.append(qm)
    return built
