"""The visual language every page uses: spacing, type sizes, colour roles and states.

Spacing (px, before Qt's scale factor): ``GAP`` between controls, ``SECTION`` between groups,
``CARD_PAD`` inside a card. Type: page titles at 1.5× the body font (``page_title``), section
titles at 1.15× bold (``section_title``), secondary text in the palette's placeholder colour.

Colours come from the palette (window, base, alternate-base, highlight, placeholder-text) or
from the named state tokens below, each with a light and a dark value picked from the
palette's window lightness, so a dark desktop theme never gets light-theme reds. No page
writes a colour literal.

States: ``ok`` (on track), ``near`` (close to a limit: amber), ``over`` (past a limit: red,
bold, with an icon-free word so it never relies on colour alone), ``info`` (neutral news, the
highlight colour). A banner for ``over`` looks different from ``info`` in tone and weight.
"""

from __future__ import annotations

from typing import NamedTuple, TypeVar

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

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


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone(name: str, widget: QWidget | None = None) -> Tone:
    light, dark = TOKENS[name]
    return dark if is_dark(widget) else light


def colour(name: str, widget: QWidget | None = None) -> QColor:
    return QColor(tone(name, widget).fg)


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


V = TypeVar("V", bound=QAbstractItemView)


def leaves_on_tab(view: V) -> V:
    """Tab and Shift+Tab move focus out of the view instead of from cell to cell."""
    view.setTabKeyNavigation(False)
    return view
