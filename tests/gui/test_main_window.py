"""The main window: sidebar pages, close-to-tray, quit, the one-time tray notice."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.pages import page_specs

PAGES = ["Home", "Bundles", "Budget", "Calendar", "Official links", "Settings"]


def make_window(qtbot, ctx, *, tray: bool) -> MainWindow:
    window = MainWindow(ctx, page_specs(tray_available=tray), keeps_running_in_tray=lambda: tray)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_sidebar_lists_the_four_capabilities_and_settings(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx, tray=False)
    titles = [window.sidebar.item(i).toolTip() for i in range(window.sidebar.count())]
    assert titles == PAGES
    assert window.current_page_key() == "home"


def test_choosing_a_page_shows_it(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx, tray=False)
    with qtbot.waitSignal(window.page_changed) as signal:
        window.sidebar.setCurrentRow(5)
    assert signal.args == ["settings"]
    assert window.stack.currentWidget().widget() is window.page("settings")
    assert window.page("settings").objectName() == "page-settings"


def test_close_with_a_tray_hides_and_tells_the_user_once(qtbot, ctx, notifier) -> None:
    window = make_window(qtbot, ctx, tray=True)
    quits: list[bool] = []
    window.quit_requested.connect(lambda: quits.append(True))
    window.close()
    assert not window.isVisible()
    assert quits == []
    assert len(notifier.messages) == 1
    assert "tray" in notifier.messages[0][1]
    window.bring_to_front()
    assert window.isVisible()
    window.close()
    assert len(notifier.messages) == 1  # only the first time, remembered in the database
    assert ctx.settings.get("tray_notice_shown") is True


def test_close_without_a_tray_quits(qtbot, ctx, notifier) -> None:
    window = make_window(qtbot, ctx, tray=False)
    with qtbot.waitSignal(window.quit_requested):
        window.close()
    assert notifier.messages == []


def test_quit_from_the_menu_quits_even_with_a_tray(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx, tray=True)
    with qtbot.waitSignal(window.quit_requested):
        window.quit_action.trigger()
    assert not window.isVisible()
    assert QApplication.instance() is not None


def test_a_narrow_window_keeps_the_sidebar_to_icons(qtbot, ctx) -> None:
    from PySide6.QtCore import Qt

    window = make_window(qtbot, ctx, tray=False)
    window.resize(1100, 600)
    assert window.sidebar.item(0).text() == "Home"
    window.resize(800, 600)
    assert window.sidebar.item(0).text() == ""
    assert window.sidebar.width() == MainWindow.SIDEBAR_NARROW
    assert window.sidebar.item(0).data(Qt.ItemDataRole.AccessibleTextRole) == "Home"
    assert window.sidebar.item(0).toolTip() == "Home"


def test_a_section_chosen_by_an_assistive_tool_is_shown(qtbot, ctx) -> None:
    """Switch access and AT-SPI's Selection select an item without moving the current row
    (the .ci/atspi check drives the window that way)."""
    window = make_window(qtbot, ctx, tray=False)
    calendar = next(i for i, s in enumerate(window._specs) if s.key == "calendar")
    window.sidebar.item(calendar).setSelected(True)
    assert window.current_page_key() == "calendar"
    assert window.stack.currentIndex() == calendar
