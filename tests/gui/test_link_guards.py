"""Guarding the fan where scam links reach them: the clipboard, the tray, a link dropped on the
window. The clipboard is Qt's real one (offscreen platform)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from companion.core.links import links
from companion.ui.links.clipboard_guard import ClipboardGuard, copied_link
from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.pages import page_specs


@pytest.fixture
def guard(qapp, ctx, notifier):
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    made = ClipboardGuard(
        clipboard,
        links.default_checker,
        notifier.notify,
        lambda: ctx.settings.get("clipboard_guard"),
    )
    yield clipboard
    clipboard.dataChanged.disconnect(made._on_changed)
    clipboard.clear()


def copy(qtbot, clipboard, text: str) -> None:
    clipboard.setText(text)
    qtbot.wait(10)  # some platforms announce the change on the next turn of the event loop


def test_the_guard_is_off_until_the_fan_turns_it_on(qtbot, ctx, guard, notifier) -> None:
    assert ctx.settings.get("clipboard_guard") is False
    copy(qtbot, guard, "https://twltch-gift.com/free")
    assert notifier.messages == []


def test_a_copied_look_alike_warns_and_says_why(qtbot, ctx, guard, notifier) -> None:
    ctx.settings.set("clipboard_guard", True)
    copy(qtbot, guard, "https://twltch-gift.com/claim")
    assert len(notifier.messages) == 1
    title, message = notifier.messages[0]
    assert title == "The link you copied is not official"
    assert "twltch-gift.com" in message
    assert "'twltch' is one letter away from 'twitch'" in message


@pytest.mark.parametrize(
    "text",
    [
        "https://www.tiktok.com/coin",  # official
        "https://www.twitch.tv/somestreamer",  # a creator's channel on Twitch's own site
        "https://en.wikipedia.org/wiki/Twitch",  # an ordinary site
        "see you at the stream tonight, tiktok-coins.shop is a scam",  # not a link
        "",
    ],
)
def test_official_ordinary_or_not_a_link_stays_quiet(qtbot, ctx, guard, notifier, text) -> None:
    ctx.settings.set("clipboard_guard", True)
    copy(qtbot, guard, text)
    assert notifier.messages == []


def test_a_bare_host_is_read_as_a_link() -> None:
    assert copied_link("  www-teiegram.icu ") == "https://www-teiegram.icu"
    assert copied_link("two words") is None
    assert copied_link("x" * 3000 + ".com") is None


@pytest.fixture
def window(qtbot, ctx):
    made = MainWindow(ctx, page_specs(tray_available=False))
    qtbot.addWidget(made)
    return made


def drop(window: MainWindow, data: QMimeData) -> None:
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_a_link_dropped_on_the_window_is_checked_not_opened(window) -> None:
    data = QMimeData()
    data.setUrls([QUrl("https://twltchs.tv/bits")])
    drop(window, data)
    page = window.page("links")
    assert window.current_page_key() == "links"
    assert page.verdict_view.verdict.verdict == "suspicious"
    assert page.url_input.text() == "https://twltchs.tv/bits"


def test_dropped_text_holding_a_link_is_checked(window) -> None:
    data = QMimeData()
    data.setText("lnstagram-verlfled-help.ml")
    drop(window, data)
    assert window.page("links").verdict_view.verdict.platform == "instagram"


def test_the_tray_check_puts_a_copied_link_through_the_checker(window) -> None:
    QGuiApplication.clipboard().setText("https://t.me/FreeTelegramStarsGeneratorBot")
    window.check_a_link()
    assert window.page("links").verdict_view.verdict.verdict == "suspicious"


def test_the_tray_menu_offers_check_a_link(qapp) -> None:
    from companion.ui.shell.tray import Tray

    tray = Tray()
    seen: list[bool] = []
    tray.check_link_requested.connect(lambda: seen.append(True))
    assert "Check a link…" in [a.text() for a in tray.menu.actions()]
    tray.check_action.trigger()
    assert seen == [True]


def test_settings_turns_the_guard_on_and_says_what_it_does(qtbot, ctx) -> None:
    from companion.ui.shell.settings_page import SettingsPage

    page = SettingsPage(ctx, tray_available=True)
    qtbot.addWidget(page)
    assert not page.clipboard_guard.isChecked()
    page.clipboard_guard.setChecked(True)
    assert ctx.settings.get("clipboard_guard") is True


def test_the_official_links_page_says_why_no_coin_site_is_listed(qtbot, ctx) -> None:
    from companion.ui.links.links_page import LinksPage

    page = LinksPage(ctx)
    qtbot.addWidget(page)
    assert "Third-party coin sites are not listed" in page.why_no_resellers.text()
