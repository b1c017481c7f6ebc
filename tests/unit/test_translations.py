"""Every string marked for translation in companion/ has a finished translation in every shipped
language, with the same placeholders; a string added to the code without one fails here.

The marked strings are read the way translators get them: pyside6-lupdate over the current
sources, into a temporary file (the shipped .ts files are not touched)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from companion.core.store.settings import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SHIPPED = [code for code in LANGUAGES if code != "en"]
# Qt's plural forms per language (what lrelease expects in a numerus translation).
FORMS = {"en": 2, "es": 2, "pt_BR": 2, "de": 2, "fr": 2, "id": 1, "ar": 6}
RTL = {"ar"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d")


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("pyside6-lupdate is not installed next to this Python (PySide6 provides it)")
    return found


Key = tuple[str, str]  # (context, source)


def _messages(ts: Path) -> dict[Key, ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def marked(tmp_path_factory) -> dict[Key, bool]:
    """(context, source) -> is it a plural (%n) message, for every string marked in the code."""
    out = tmp_path_factory.mktemp("lupdate") / "current.ts"
    sources = sorted(str(p) for p in (ROOT / "companion").rglob("*.py"))
    subprocess.run([_lupdate(), "-silent", *sources, "-ts", str(out)], check=True, timeout=120)
    found = {key: m.get("numerus") == "yes" for key, m in _messages(out).items()}
    assert len(found) > 400  # lupdate really read the sources
    return found


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not all(_forms(message))
    )


def test_every_language_of_the_setting_ships_a_translation_file() -> None:
    assert sorted(p.stem.removeprefix("companion_") for p in I18N.glob("*.ts")) == sorted(LANGUAGES)


@pytest.mark.parametrize("code", SHIPPED)
def test_every_marked_string_is_translated(code, marked) -> None:
    shipped = _messages(I18N / f"companion_{code}.ts")
    missing = [key for key in marked if key not in shipped]
    unfinished = [key for key in marked if key in shipped and _unfinished(shipped[key])]
    assert not missing, f"{code}: no translation yet (run .ci/i18n, then translate): {missing}"
    assert not unfinished, f"{code}: unfinished translations: {unfinished}"


@pytest.mark.parametrize("code", [*SHIPPED, "en"])
def test_translations_keep_every_placeholder(code, marked) -> None:
    wrong = []
    for key, message in _messages(I18N / f"companion_{code}.ts").items():
        if key not in marked or key[1] == "QT_LAYOUT_DIRECTION":
            continue
        want = Counter(PLACEHOLDER.findall(key[1]))
        forms = _forms(message)
        if message.get("numerus") == "yes":
            assert len(forms) == FORMS[code], f"{code}: {key} needs {FORMS[code]} plural forms"
        for form in forms:
            if Counter(PLACEHOLDER.findall(form)) != want:
                wrong.append((key, form))
    assert not wrong, f"{code}: placeholders dropped or changed: {wrong}"


@pytest.mark.parametrize("code", SHIPPED)
def test_a_mnemonic_stays_a_mnemonic(code, marked) -> None:
    def mnemonics(text: str) -> int:
        return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))

    lost = [
        (key, form)
        for key, message in _messages(I18N / f"companion_{code}.ts").items()
        if key in marked and mnemonics(key[1]) == 1
        for form in _forms(message)
        if mnemonics(form) != 1
    ]
    assert not lost, f"{code}: Alt+letter lost: {lost}"


def test_english_ships_the_plural_forms_of_every_count(marked) -> None:
    shipped = _messages(I18N / "companion_en.ts")
    plural = [key for key, numerus in marked.items() if numerus]
    assert plural, "the code has %n strings"
    assert [key for key in plural if key not in shipped or _unfinished(shipped[key])] == []


@pytest.mark.parametrize("code", SHIPPED)
def test_layout_direction_follows_the_script(code) -> None:
    message = _messages(I18N / f"companion_{code}.ts")[("QGuiApplication", "QT_LAYOUT_DIRECTION")]
    assert _forms(message) == ["RTL" if code in RTL else "LTR"]


def _first_strong(text: str) -> str | None:
    import unicodedata

    # Rich-text tags are not shown; a placeholder holds a site, a name or a number.
    for ch in PLACEHOLDER.sub("x", re.sub(r"<[^>]*>", "", text.replace("&", ""))):
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return kind
    return None


@pytest.mark.parametrize("code", sorted(RTL))
def test_a_right_to_left_sentence_reads_right_to_left(code) -> None:
    """A line's direction is its first strong letter's: an Arabic sentence that opens with a
    site name or a quoted word needs a right-to-left mark first, or the line runs backwards."""
    backwards = []
    for key, message in _messages(I18N / f"companion_{code}.ts").items():
        if key[1][:1].isspace():
            continue  # a piece that goes inside another line (" + 5 bonus") takes its direction
        for form in _forms(message):
            # Each line and each rich-text paragraph has its own direction.
            for line in re.split(r"\n|<br>|<p>|<h\d>", form):
                arabic = any(unicodedata_bidi(ch) in ("R", "AL") for ch in line)
                if arabic and not line.startswith("\u200f") and _first_strong(line) == "L":
                    backwards.append((key[1], line))
    assert backwards == []


def unicodedata_bidi(ch: str) -> str:
    import unicodedata

    return unicodedata.bidirectional(ch)
