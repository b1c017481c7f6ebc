"""The interface language: our Qt Linguist translations, Qt's own for standard dialogs (the
buttons of a QMessageBox, QFileDialog), the layout direction, and the locale numbers, money and
dates are formatted in.

The ``.ts`` files in ``resources/i18n`` are the source. The frozen build (build.spec) carries
their ``.qm``, compiled by lrelease at build time. A pip install (wheel or ``pip install -e .``)
carries only the ``.ts``: compiling at install time would need PySide6 inside setuptools'
isolated build environment (a second Qt download for every build), so instead the first start
in a language compiles it with the lrelease that the installed PySide6 wheel ships, into the
data folder (``i18n/``), and reuses that file for as long as the ``.ts`` is unchanged.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox

from companion.core.store.paths import resource
from companion.core.store.settings import LANGUAGES

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators

# Qt asks every installed translator for this string and lays the interface out right-to-left
# when it reads "RTL": each .ts translates it ("LTR", or "RTL" in Arabic), and the test of the
# translations checks that an RTL language says so.
QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")


def resolve(choice: str, system: str | None = None) -> str:
    """The shipped language for a setting: itself, or for "" the system's ("de_AT" -> "de",
    "pt_PT" -> "pt_BR"), English when the app does not speak it."""
    if choice in LANGUAGES:
        return choice
    name = system if system is not None else QLocale.system().name()
    if name in LANGUAGES:
        return name
    language = name.split("_")[0]
    for code in LANGUAGES:
        if code.split("_")[0] == language:
            return code
    return "en"


def locale_for(choice: str, system: str | None = None) -> QLocale:
    """The locale of the chosen language; the system's own when it speaks that language, so a
    fan in Austria with German keeps Austrian formats."""
    code = resolve(choice, system)
    name = system if system is not None else QLocale.system().name()
    if name.split("_")[0] == code.split("_")[0] and "_" in name:
        return QLocale(name)
    return QLocale(code)


def install(app: QApplication, choice: str, cache_dir: Path) -> str:
    """Load the translations for ``choice`` ("" = the system's); returns the language used."""
    from companion.core import formats
    from companion.core.money import money

    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = resolve(choice)
    locale = locale_for(choice)
    QLocale.setDefault(locale)
    # Babel's formats for this locale kept by the last start, if any: the first page then
    # needs none of Babel's data (companion.core.formats).
    money.set_display_locale(locale.name(), parsed=formats.activate(cache_dir, locale.name()))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{code}", qt_dir), (f"qtbase_{code.split('_')[0]}", qt_dir)]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            break
    ours = compiled(code, cache_dir)
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            # Installed last, so it is asked first; its QT_LAYOUT_DIRECTION entry ("RTL" in
            # Arabic) turns the whole interface right-to-left.
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load %s", ours)
    app.setLayoutDirection(locale.textDirection())
    return code


def compiled(code: str, cache_dir: Path) -> Path | None:
    """The .qm for ``code``: shipped next to the .ts, or compiled once into ``cache_dir``."""
    ts = resource("i18n", f"companion_{code}.ts")
    shipped = ts.with_suffix(".qm")
    if shipped.is_file():
        return shipped
    if not ts.is_file():
        return None
    # Only a checkout or a pip install compiles (the frozen app ships its .qm), and only once:
    # subprocess and the packaging helpers stay out of every other start. A CRC names the
    # compiled file: it only has to change when the .ts does, and hashlib would load OpenSSL's
    # libcrypto (3 MB resident) for it.
    import zlib

    source = ts.read_bytes()
    digest = f"{zlib.crc32(source):08x}{len(source):x}"
    out = cache_dir / f"companion_{code}-{digest}.qm"
    if out.is_file():
        return out
    import subprocess

    from companion import packaging

    tool = packaging.lrelease()
    if tool is None:
        log.warning("no lrelease to compile %s: the interface stays in English", ts.name)
        return None
    cache_dir.mkdir(parents=True, exist_ok=True)
    for stale in cache_dir.glob(f"companion_{code}-*.qm"):
        stale.unlink(missing_ok=True)
    try:
        subprocess.run(
            [str(tool), "-silent", str(ts), "-qm", str(out)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed on %s: %s", ts.name, exc)
        return None
    return out if out.is_file() else None


def language_box(current: str) -> QComboBox:
    """The Language choice of Settings and the welcome: the system's, then each shipped
    language by its own name. Item data is the setting's value."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QComboBox

    box = QComboBox()
    system = LANGUAGES[resolve("")]
    box.addItem(
        QCoreApplication.translate("Language", "System language ({name})").format(name=system), ""
    )
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(current)))
    box.setAccessibleName(QCoreApplication.translate("Language", "Language"))
    return box


def restart_note() -> str:
    from PySide6.QtCore import QCoreApplication

    # Pages build their text once; switching live would mean rebuilding every one of them.
    return QCoreApplication.translate(
        "Language", "The new language is used the next time Fan Companion starts."
    )


def translate_in_mro(obj: object, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``tr`` for a class built from mixins: lupdate files each string under the class whose
    code holds it (``BudgetEditing``), while Qt looks it up under the object's own class
    (``BudgetPage``). Try each class of the object in turn, the object's own first."""
    from PySide6.QtCore import QCoreApplication

    for cls in type(obj).__mro__:
        if cls.__module__.startswith("PySide6"):
            break
        found = QCoreApplication.translate(cls.__name__, text, disambiguation, n)
        if found != text and not (n >= 0 and found == text.replace("%n", str(n))):
            return found
    return QCoreApplication.translate(type(obj).__name__, text, disambiguation, n)
