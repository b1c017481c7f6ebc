"""The visual language every page uses: spacing, type sizes, colour roles and states.

Spacing (px, before Qt's scale factor): ``GAP`` between controls, ``SECTION`` between groups,
``CARD_PAD`` inside a card. Type: page titles at 1.5× the body font (``page_title``), section
titles at 1.15× bold (``section_title``), secondary text in the palette's placeholder colour.

Colours come from the palette (window, base, alternate-base, highlight, placeholder-text) or
from the named state tokens below, each with a light and a dark value picked from the
application palette's window lightness, so a dark desktop theme never gets light-theme reds.
The two palettes themselves are named here too (``PALETTES``): ``ui/shell/theme.py`` installs
the one the fan's scheme calls for. No page writes a colour literal; a test holds every text
and background pair to WCAG AA contrast (4.5:1) in both schemes.

A scheme can change while the app runs (the desktop turns dark at sunset, or the fan picks
Dark in Settings): :func:`themed_css` re-applies a widget's style sheet, and
:func:`on_scheme_change` calls back, whenever the application palette flips between light and
dark.

States: ``ok`` (on track), ``near`` (close to a limit: amber), ``over`` (past a limit: red,
bold, with an icon-free word so it never relies on colour alone), ``info`` (neutral news, the
highlight colour). A banner for ``over`` looks different from ``info`` in tone and weight.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, TypeVar, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    # Only named in a bound: importing the class builds PySide's enums for it at start-up.
    from PySide6.QtWidgets import QAbstractItemView

_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly

GAP = 8
SECTION = 16
CARD_PAD = 12
RADIUS = 8


class Tone(NamedTuple):
    fg: str  # text and bar chunk
    bg: str  # banner / card tint


# name -> (light, dark)
TOKENS: dict[str, tuple[Tone, Tone]] = {
    "ok": (Tone("#1e7d3a", "#e6f4ea"), Tone("#81c995", "#1f3326")),
    "near": (Tone("#9a5b00", "#fef3e0"), Tone("#fdd663", "#3a3120")),
    "over": (Tone("#b3261e", "#fdecea"), Tone("#f28b82", "#3c2020")),
    "info": (Tone("#0b57d0", "#e8f0fe"), Tone("#a8c7fa", "#1f2a3c")),
    "paused": (Tone("#5f6368", "#f1f3f4"), Tone("#9aa0a6", "#2a2b2e")),
}


_R = QPalette.ColorRole
# role -> (light, dark). Highlight is dark enough in both for white text on it (sidebar,
# today's date); placeholder text is secondary text, so it must be readable too, not faint.
PALETTES: dict[QPalette.ColorRole, tuple[str, str]] = {
    _R.Window: ("#f6f5f4", "#242424"),
    _R.WindowText: ("#1f1f1f", "#f1f1f1"),
    _R.Base: ("#ffffff", "#1e1e1e"),
    _R.AlternateBase: ("#f1f1f1", "#2c2c2c"),
    _R.Text: ("#1f1f1f", "#f1f1f1"),
    _R.Button: ("#ededed", "#333333"),
    _R.ButtonText: ("#1f1f1f", "#f1f1f1"),
    _R.Highlight: ("#1a5fb4", "#1a5fb4"),
    _R.HighlightedText: ("#ffffff", "#ffffff"),
    _R.PlaceholderText: ("#5f6368", "#a8abb0"),
    _R.Link: ("#0b57d0", "#8ab4f8"),
    _R.LinkVisited: ("#7b1fa2", "#d7aefb"),
    _R.ToolTipBase: ("#ffffff", "#2c2c2c"),
    _R.ToolTipText: ("#1f1f1f", "#f1f1f1"),
    _R.BrightText: ("#ffffff", "#ffb4ab"),
    _R.Light: ("#ffffff", "#3c3c3c"),
    _R.Midlight: ("#e3e3e3", "#353535"),
    _R.Mid: ("#b8b8b8", "#505050"),
    _R.Dark: ("#9f9f9f", "#161616"),
    _R.Shadow: ("#767676", "#000000"),
}
# The edge of a check box, radio button or text field: Fusion draws it from the window colour
# made darker, which on a dark window is darker still and vanishes. WCAG 1.4.11 asks 3:1 of
# a control's boundary against what is around it.
OUTLINE = ("#767676", "#8f8f8f")
# The ring around the control that has keyboard focus: 3:1 against the window and the
# base too (WCAG 2.4.11), which Fusion's ring, the highlight made darker, is not on dark.
FOCUS = ("#1a5fb4", "#8ab4f8")
# Disabled controls are exempt from the contrast rule (WCAG 1.4.3) but must still look off.
DISABLED_TEXT = ("#8f8f8f", "#7a7a7a")


def palette_for(dark: bool) -> QPalette:
    """The whole palette of one scheme, from :data:`PALETTES`."""
    pick = 1 if dark else 0
    palette = QPalette()
    for role, values in PALETTES.items():
        palette.setColor(role, QColor(values[pick]))
    off = QColor(DISABLED_TEXT[pick])
    for role in (_R.WindowText, _R.Text, _R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, off)
    return palette


def is_dark(widget: QWidget | None = None) -> bool:
    """Whether the application's scheme is dark.

    Asked of the application, not of ``widget``: a tinted banner's own style sheet changes its
    palette, and a light banner in a dark window must still pick the dark tokens.
    """
    del widget  # callers say which widget asks; the answer is the application's
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def tone(name: str, widget: QWidget | None = None) -> Tone:
    light, dark = TOKENS[name]
    return dark if is_dark(widget) else light


def colour(name: str, widget: QWidget | None = None) -> QColor:
    return QColor(tone(name, widget).fg)


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(fg: QColor, bg: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def over(top: QColor, alpha: int, bottom: QColor) -> QColor:
    """``top`` painted at ``alpha`` (0-255) over an opaque ``bottom``: what the eye sees."""
    k = alpha / 255
    return QColor.fromRgbF(
        top.redF() * k + bottom.redF() * (1 - k),
        top.greenF() * k + bottom.greenF() * (1 - k),
        top.blueF() * k + bottom.blueF() * (1 - k),
    )


class _SchemeWatch(QObject):
    """Tells when the application palette flips between light and dark.

    ``ui/shell/theme.py`` installs every palette and calls :meth:`check` after each; an event
    filter on the application would see every event of every widget, all day, to catch one.
    """

    flipped = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("companion-scheme-watch")
        self._dark = is_dark()

    def check(self) -> None:
        dark = is_dark()
        if dark != self._dark:
            self._dark = dark
            self.flipped.emit()


def scheme_watch() -> _SchemeWatch:
    app = cast("QApplication", QApplication.instance())
    found = app.findChild(_SchemeWatch, "companion-scheme-watch")
    return found if found is not None else _SchemeWatch(app)


class _Restyler(QObject):
    """Lives as the widget's child, so the connection ends when the widget does."""

    def __init__(self, widget: QWidget, make: Callable[[], str]) -> None:
        super().__init__(widget)
        self.make = make
        scheme_watch().flipped.connect(self.restyle)

    def restyle(self) -> None:
        widget = cast("QWidget", self.parent())
        # The same text again is a no-op to Qt, and palette(...) in a sheet is read when the
        # sheet is applied: clear it first so the new palette is read.
        widget.setStyleSheet("")
        widget.setStyleSheet(self.make())


def themed_css(widget: QWidget, make: Callable[[], str]) -> None:
    """Apply ``make()`` as the widget's style sheet now and again whenever the scheme flips."""
    widget.setStyleSheet(make())
    restyler = widget.findChild(_Restyler, options=_DIRECT)
    if restyler is None:
        _Restyler(widget, make)
    else:
        restyler.make = make


class _Callback(QObject):
    def __init__(self, owner: QObject, fn: Callable[[], object]) -> None:
        super().__init__(owner)
        self.fn = fn
        scheme_watch().flipped.connect(self.call)

    def call(self) -> None:
        self.fn()


def on_scheme_change(owner: QObject, fn: Callable[[], object]) -> None:
    """Call ``fn`` whenever the scheme flips, for as long as ``owner`` lives."""
    _Callback(owner, fn)


def banner_css(object_name: str, state: str, widget: QWidget | None = None) -> str:
    """A rounded tinted strip; ``over`` is bold with a left rule so it is not mistaken for news."""
    t = tone(state, widget)
    weight = "bold" if state == "over" else "normal"
    rule = f"border-left: 4px solid {t.fg};" if state in ("over", "near") else ""
    return (
        f"#{object_name} {{ background: {t.bg}; color: {t.fg}; border-radius: {RADIUS}px;"
        f" padding: {GAP}px; font-weight: {weight}; {rule} }}"
    )


def bar_css(state: str, widget: QWidget | None = None) -> str:
    t = tone(state, widget)
    return (
        "QProgressBar { border: 1px solid palette(mid); border-radius: 4px;"
        " background: palette(base); text-align: center; min-height: 14px; }"
        f"QProgressBar::chunk {{ background: {t.fg}; border-radius: 3px; }}"
    )


def card_css(object_name: str) -> str:
    return (
        f"#{object_name} {{ background: palette(base); border: 1px solid palette(midlight);"
        f" border-radius: {RADIUS}px; }}"
    )


def secondary_css() -> str:
    return "color: palette(placeholder-text);"


V = TypeVar("V", bound="QAbstractItemView")


def leaves_on_tab(view: V) -> V:
    """Tab and Shift+Tab move focus out of the view instead of from cell to cell."""
    view.setTabKeyNavigation(False)
    return view
