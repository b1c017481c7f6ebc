"""Dark mode: readable in both schemes, chosen in Settings, and followed while the app runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gui_helpers import spend
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from companion.core.budget import budget
from companion.core.calendar.creators import PALETTE as CREATOR_COLOURS
from companion.ui import style
from companion.ui.shell import theme
from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.outlined import OutlinedStyle
from companion.ui.shell.pages import page_specs

R = QPalette.ColorRole
AA = 4.5  # WCAG 2 level AA for body text

# Every text colour the app draws, on every background it draws it on.
PALETTE_PAIRS = [
    (R.WindowText, R.Window),  # labels on the window
    (R.WindowText, R.AlternateBase),  # sidebar names
    (R.Text, R.Base),  # fields, tables, cards, the month grid
    (R.Text, R.AlternateBase),  # alternate table rows
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),  # selection, today's date, the banner
    (R.PlaceholderText, R.Base),  # secondary text in cards; other months' days
    (R.PlaceholderText, R.Window),  # secondary text on pages
    (R.PlaceholderText, R.AlternateBase),
    (R.Link, R.Base),
    (R.Link, R.Window),
    (R.ToolTipText, R.ToolTipBase),
]


@pytest.fixture
def appearance(qapp):
    """The app's appearance, put back to the platform's afterwards for the other tests."""
    # Earlier tests' windows are closed but only deleted at the next event loop turn; alive,
    # they would redraw for a flip here from a database already closed.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield lambda choice: theme.install(qapp, choice)
    found = theme.current()
    if found is not None:
        qapp.styleHints().unsetColorScheme()
        found.setParent(None)
        found.deleteLater()
    qapp.setPalette(QPalette())
    if isinstance(qapp.style(), OutlinedStyle):
        qapp.setStyle("Fusion")
    QApplication.processEvents()


def _pairs(dark: bool) -> list[tuple[str, QColor, QColor]]:
    pal = style.palette_for(dark)
    out = [(f"{fg.name}/{bg.name}", pal.color(fg), pal.color(bg)) for fg, bg in PALETTE_PAIRS]
    for name, tones in style.TOKENS.items():
        t = tones[dark]
        for where, bg in (
            ("own tint", QColor(t.bg)),  # banners
            ("Base", pal.color(R.Base)),  # cards
            ("Window", pal.color(R.Window)),  # state words and field errors on a page
        ):
            out.append((f"token {name} on {where}", QColor(t.fg), bg))
    base = pal.color(R.Base)
    for c in CREATOR_COLOURS:  # month grid chips: a creator's colour tinted over the base
        out.append((f"chip {c}", pal.color(R.Text), style.over(QColor(c), 70, base)))
        out.append(
            (f"other month chip {c}", pal.color(R.PlaceholderText), style.over(QColor(c), 35, base))
        )
    return out


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_pair_is_readable(dark: bool) -> None:
    poor = [
        f"{what}: {style.contrast(fg, bg):.2f}"
        for what, fg, bg in _pairs(dark)
        if style.contrast(fg, bg) < AA
    ]
    assert poor == []


def test_contrast_is_the_wcag_ratio() -> None:
    assert style.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert style.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    # Fusion's own light highlight fails with white text: why the app ships its palette.
    assert style.contrast(QColor("#ffffff"), QColor("#308cc6")) < AA


def test_no_colour_is_written_outside_the_style_module() -> None:
    root = Path(style.__file__).parent
    literal = re.compile(r"""["']#[0-9a-fA-F]{3,8}\b|Qt\.GlobalColor\.(?!transparent)\w+""")
    found = [
        f"{path.relative_to(root)}:{n}"
        for path in sorted(root.rglob("*.py"))
        if path.name != "style.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert found == []


def test_dark_choice_turns_the_window_and_tokens_dark(qtbot, ctx, appearance) -> None:
    window = MainWindow(ctx, page_specs(tray_available=False), keeps_running_in_tray=lambda: False)
    qtbot.addWidget(window)
    window.show()
    appearance("light")
    QApplication.processEvents()
    light_sidebar = window.sidebar.grab().toImage().pixelColor(3, window.sidebar.height() - 3)
    assert not style.is_dark()
    assert style.tone("over") == style.TOKENS["over"][0]

    appearance("dark")
    QApplication.processEvents()
    assert style.is_dark()
    assert style.tone("over") == style.TOKENS["over"][1]
    # The sidebar's sheet reads palette(alternate-base): re-read, not the light one kept.
    dark_sidebar = window.sidebar.grab().toImage().pixelColor(3, window.sidebar.height() - 3)
    assert light_sidebar.lightness() > 200
    assert dark_sidebar.name() == style.PALETTES[R.AlternateBase][1]


def test_a_budget_warning_recolours_when_the_scheme_flips(qtbot, ctx, appearance) -> None:
    appearance("light")
    ctx.settings.set("time_zone", "UTC")
    budget.set_budget(ctx.db, "overall", "monthly", "10", "USD", now=ctx.clock())
    spend(ctx, "10.01")
    window = MainWindow(ctx, page_specs(tray_available=False), keeps_running_in_tray=lambda: False)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("budget")
    QApplication.processEvents()
    light_over, dark_over = style.TOKENS["over"]
    assert light_over.bg in page.alert_banner.styleSheet()

    appearance("dark")  # as the desktop turning dark at sunset would, with the page open
    QApplication.processEvents()
    assert dark_over.bg in page.alert_banner.styleSheet()
    assert light_over.bg not in page.alert_banner.styleSheet()


def test_system_choice_follows_the_desktop_live(qapp, appearance) -> None:
    got = appearance("system")
    got._on_system_change(Qt.ColorScheme.Light)
    assert not style.is_dark()
    # What Qt emits when the desktop changes scheme.
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert style.is_dark()
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not style.is_dark()


def test_a_chosen_scheme_ignores_the_desktop(qapp, appearance) -> None:
    appearance("light")
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not style.is_dark()


def test_settings_offers_system_light_and_dark_and_applies_at_once(qtbot, ctx, appearance) -> None:
    from companion.ui.shell.settings_page import SettingsPage

    appearance("system")
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert [page.appearance.itemData(i) for i in range(page.appearance.count())] == [
        "system",
        "light",
        "dark",
    ]
    page.appearance.setCurrentIndex(page.appearance.findData("dark"))
    assert ctx.settings.get("appearance") == "dark"
    assert style.is_dark()
    page.appearance.setCurrentIndex(page.appearance.findData("light"))
    assert ctx.settings.get("appearance") == "light"
    assert not style.is_dark()


def test_an_unknown_appearance_is_refused_by_name(ctx) -> None:
    from companion.core.errors import InputError

    with pytest.raises(InputError, match="'sepia' is not an appearance"):
        ctx.settings.set("appearance", "sepia")


def test_the_reports_chart_follows_the_scheme(qtbot, ctx, appearance) -> None:
    from PySide6.QtCharts import QChart

    from companion.ui.budget.reports_view import ReportsView

    appearance("light")
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    view.reload()
    assert view.chart.theme() == QChart.ChartTheme.ChartThemeLight
    appearance("dark")
    view.reload()
    assert view.chart.theme() == QChart.ChartTheme.ChartThemeDark


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_control_edges_stand_out_from_the_window(dark: bool) -> None:
    pal = style.palette_for(dark)
    edge = QColor(style.OUTLINE[dark])
    for around in (R.Window, R.Base, R.AlternateBase):
        assert style.contrast(edge, pal.color(around)) >= 3.0, around.name  # WCAG 1.4.11


def test_a_check_box_has_a_visible_edge_in_the_dark(qtbot, appearance) -> None:
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    appearance("dark")
    box = QCheckBox("Warn me")
    qtbot.addWidget(box)
    box.resize(200, 30)
    image = box.grab().toImage()
    option = QStyleOptionButton()
    option.initFrom(box)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    edge = image.pixelColor(indicator.left(), indicator.center().y())
    window = style.palette_for(True).color(R.Window)
    assert style.contrast(edge, window) >= 3.0


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_focused_control_has_a_ring_that_stands_out(qtbot, appearance, dark) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    appearance("dark" if dark else "light")
    box = QWidget()
    qtbot.addWidget(box)
    column = QVBoxLayout(box)
    first, second = QPushButton("Log a purchase"), QPushButton("Check a link")
    column.addWidget(first)
    column.addWidget(second)
    box.show()
    box.activateWindow()
    qtbot.waitExposed(box)
    second.setFocus()
    QApplication.processEvents()
    assert second.hasFocus()
    window = style.palette_for(dark).color(R.Window)
    ring = QColor(style.FOCUS[dark])
    assert style.contrast(ring, window) >= 3.0
    y = second.height() // 2
    focused = second.grab().toImage().pixelColor(1, y)
    unfocused = first.grab().toImage().pixelColor(1, y)
    assert style.contrast(focused, ring) < 1.3  # the ring is drawn at the edge
    assert style.contrast(unfocused, ring) > 1.5  # and only on the focused one


def test_outlines_added_after_the_first_page_keep_the_dark_palette(qapp, appearance) -> None:
    # The app's start: the palette now, the outlined style once the first page is painted.
    qapp.setStyle("Fusion")
    theme.install(qapp, "dark", outline=False)
    assert not isinstance(qapp.style(), OutlinedStyle)
    dark_window = style.palette_for(True).color(R.Window)
    assert qapp.palette().color(R.Window) == dark_window
    theme.outline_controls(qapp)
    assert isinstance(qapp.style(), OutlinedStyle)
    assert qapp.palette().color(R.Window) == dark_window
    assert qapp.palette().color(R.Base) == style.palette_for(True).color(R.Base)
