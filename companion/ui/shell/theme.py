"""Light or dark: the system's scheme, followed while the app runs, or the fan's own choice.

Settings ▸ Appearance offers System, Light and Dark. The app installs its own palette for the
scheme in use (``style.PALETTES``): the platform's palette is not always readable (Fusion's
light highlight fails 4.5:1 with white text), and on X11 without a desktop portal Qt has no
dark palette at all. Where Qt 6.8+ can tell the platform, the choice is passed on too, so the
native title bar matches. Widgets re-read their colours through ``style.themed_css`` and
``style.on_scheme_change``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from companion.ui import style

CHOICES = ("system", "light", "dark")
_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


class Appearance(QObject):
    """The scheme in force for one application, and the choice it came from."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("companion-appearance")
        self.app = app
        self.choice = "system"
        # Read before ours replaces it: with no scheme from the platform (X11 without a
        # portal), the desktop's own palette is the only word on whether it is dark.
        self._platform_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self._system = app.styleHints().colorScheme()
        style.scheme_watch()  # watching before the first flip, so none is missed
        app.styleHints().colorSchemeChanged.connect(self._on_system_change)

    def system_is_dark(self) -> bool:
        if self._system != Qt.ColorScheme.Unknown:
            return self._system == Qt.ColorScheme.Dark
        return self._platform_dark

    def scheme(self) -> str:
        """``"light"`` or ``"dark"``: what the window shows now."""
        if self.choice in _SCHEMES:
            return self.choice
        return "dark" if self.system_is_dark() else "light"

    def choose(self, choice: str) -> None:
        self.choice = choice if choice in CHOICES else "system"
        hints = self.app.styleHints()
        if self.choice in _SCHEMES:
            hints.setColorScheme(_SCHEMES[self.choice])
        else:
            hints.unsetColorScheme()
            self._system = hints.colorScheme()
        self._install()

    def _install(self) -> None:
        self.app.setPalette(style.palette_for(self.scheme() == "dark"))
        style.scheme_watch().check()

    def _on_system_change(self, scheme: Qt.ColorScheme) -> None:
        # While the fan's own choice is in force, the change Qt reports is that choice
        # echoed back, not the desktop's: unsetColorScheme reads the desktop's again later.
        if self.choice == "system":
            self._system = scheme
            self._install()


def install(app: QApplication, choice: str, *, outline: bool = True) -> Appearance:
    """Apply ``choice`` ("system", "light" or "dark") to ``app``; again replaces it. The app's
    start passes ``outline=False`` and calls ``outline_controls`` once the first page is up."""
    if outline:
        outline_controls(app)
    found = app.findChild(Appearance, "companion-appearance")
    appearance = found if found is not None else Appearance(app)
    appearance.choose(choice)
    return appearance


def current() -> Appearance | None:
    app = QApplication.instance()
    return app.findChild(Appearance, "companion-appearance") if app is not None else None


def outline_controls(app: QApplication) -> None:
    """Wrap Fusion (what Linux gets) in ``outlined.OutlinedStyle``; native styles draw their
    own. Its own module: importing it, and its first paint, build PySide's Python classes for
    QStyle and every QStyleOption and widget class a paint hands it, 20 ms at start-up."""
    from companion.ui.shell.outlined import OutlinedStyle

    current = app.style()
    if current.name().lower() == "fusion" and not isinstance(current, OutlinedStyle):
        app.setStyle(OutlinedStyle("Fusion"))
