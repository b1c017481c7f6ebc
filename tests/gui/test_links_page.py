"""The Official links page: grouped channels, the checker, confirm-before-open, user links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from companion.core.links import links
from companion.ui.links.links_page import COL_TITLE, URL_ROLE, LinksPage


@pytest.fixture
def page(qtbot, ctx) -> LinksPage:
    widget = LinksPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toString()))
    return urls


def _item_for(page: LinksPage, url: str):
    for i in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(i)
        for j in range(group.childCount()):
            if group.child(j).data(COL_TITLE, URL_ROLE) == url:
                return group.child(j)
    raise AssertionError(f"{url} not listed")


def test_channels_are_grouped_by_platform(page) -> None:
    groups = [
        page.tree.topLevelItem(i).text(COL_TITLE) for i in range(page.tree.topLevelItemCount())
    ]
    assert groups == ["TikTok", "Twitch", "YouTube", "Instagram", "Facebook", "Telegram", "Kick"]
    assert _item_for(page, "https://www.tiktok.com/coin").text(1) == "www.tiktok.com"
    assert page.unverified.isHidden()


def test_pasting_a_scam_link_shows_why(qtbot, page) -> None:
    qtbot.keyClicks(page.url_input, "https://tiktok-coins.shop/free")
    qtbot.keyClick(page.url_input, Qt.Key.Key_Return)
    assert page.verdict_view.isVisible()
    assert page.verdict_view.verdict.verdict == "suspicious"
    assert "Suspicious" in page.verdict_view.badge.text()
    assert "borrows the name TikTok" in page.verdict_view.reasons.text()


def test_open_asks_first_and_cancel_opens_nothing(page, opened, monkeypatch) -> None:
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    page.tree.setCurrentItem(_item_for(page, "https://www.tiktok.com/coin"))
    page.open_button.click()
    assert "www.tiktok.com" in shown[0]  # the full host is shown before anything opens
    assert opened == []


def test_open_after_confirming_uses_the_system_browser(page, opened, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Open)
    page.tree.setCurrentItem(_item_for(page, "https://t.me/PremiumBot"))
    page.open_button.click()
    assert opened == ["https://t.me/PremiumBot"]


def test_copy_puts_the_link_on_the_clipboard(page) -> None:
    page.tree.setCurrentItem(_item_for(page, "https://www.twitch.tv/bits"))
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == "https://www.twitch.tv/bits"


def test_adding_a_link_labels_it_and_checks_it(qtbot, page, ctx, monkeypatch) -> None:
    from companion.ui.links.link_dialog import AddLinkDialog

    def fill_and_save(dialog: AddLinkDialog) -> int:
        qtbot.keyClicks(dialog.url, "https://www.twitch.tv/mystreamer")
        qtbot.keyClicks(dialog.title_edit, "My streamer")
        dialog._on_save()
        return dialog.result()

    monkeypatch.setattr(AddLinkDialog, "exec", fill_and_save)
    page.add_button.click()
    item = _item_for(page, "https://www.twitch.tv/mystreamer")
    assert "added by you" in item.text(COL_TITLE)
    assert item.parent().text(COL_TITLE) == "Twitch"
    assert "On the platform's own site, but not a purchase page" in item.text(2)
    assert [link.title for link in links.user_links(ctx.db)] == ["My streamer"]


def test_the_add_dialog_explains_a_missing_name_next_to_the_field(qtbot, ctx, page) -> None:
    from companion.ui.links.link_dialog import AddLinkDialog

    dialog = AddLinkDialog(ctx, page.official, page.checker, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.url, "https://kick.com/")
    assert dialog.verdict_view.verdict.verdict == "official"  # checked while typing
    dialog._on_save()
    assert not dialog.title_error.isHidden()
    assert "name" in dialog.title_error.text()
    assert links.user_links(ctx.db) == []


def test_removing_a_user_link(page, ctx, monkeypatch) -> None:
    links.add_user_link(ctx.db, "https://kick.com/someone", "Someone", now=ctx.clock())
    page.reload()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.tree.setCurrentItem(_item_for(page, "https://kick.com/someone"))
    assert page.remove_button.isEnabled()
    page.remove_button.click()
    assert links.user_links(ctx.db) == []
