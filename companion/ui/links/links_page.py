"""Official links: the curated purchase channels, the fan's own links, and the link checker."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.core.links import links
from companion.core.links.linkcheck import OFFICIAL, Verdict
from companion.ui import style
from companion.ui.links.verdict_view import VerdictView, describe
from companion.ui.shell.context import AppContext
from companion.ui.shell.widgets import page_title

URL_ROLE = Qt.ItemDataRole.UserRole
USER_LINK_ROLE = Qt.ItemDataRole.UserRole + 1
COL_TITLE, COL_HOST, COL_PURPOSE, COL_CHECKED = range(4)


class LinksPage(QWidget):
    """Everything opens only after the fan has seen the full host and confirmed."""

    link_opened = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.official = links.shipped_list()
        self.checker = links.default_checker()
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Official links")))

        self.unverified = QLabel(self.official.problem or "")
        self.unverified.setWordWrap(True)
        style.themed_css(
            self.unverified, lambda: f"color: {style.tone('over').fg}; font-weight: bold;"
        )
        self.unverified.setVisible(not self.official.verified)
        layout.addWidget(self.unverified)

        intro = QLabel(
            self.tr(
                "Buy only through these official channels. Paste any link below to check it "
                "before you pay — the check runs on your computer, nothing is sent anywhere."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.why_no_resellers = QLabel(
            self.tr(
                "Third-party coin sites are not listed, however cheap or well reviewed: they ask "
                "for your account login, and a platform can ban an account topped up through them."
            )
        )
        self.why_no_resellers.setWordWrap(True)
        layout.addWidget(self.why_no_resellers)

        row = QHBoxLayout()
        self.url_input = QLineEdit()
        self.url_input.setPlaceholderText(self.tr("Paste a link, e.g. https://www.tiktok.com/coin"))
        self.url_input.setAccessibleName(self.tr("Link to check"))
        self.url_input.setClearButtonEnabled(True)
        self.url_input.returnPressed.connect(self._on_check)
        self.check_button = QPushButton(self.tr("&Check link"))
        self.check_button.clicked.connect(self._on_check)
        row.addWidget(self.url_input, 1)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.verdict_view = VerdictView()
        layout.addWidget(self.verdict_view)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Official purchase channels"))
        self.tree.setHeaderLabels(
            [self.tr("Channel"), self.tr("Site"), self.tr("What it is for"), self.tr("Checked")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_HOST, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PURPOSE, QHeaderView.ResizeMode.Stretch)
        # Narrow windows scroll sideways rather than cut the column titles.
        header.setMinimumSectionSize(
            header.fontMetrics().horizontalAdvance(self.tr("What it is for")) + 16
        )
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self._on_open())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)

        layout.addLayout(self._build_buttons())
        self.reload()

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open…"))
        self.copy_button = QPushButton(self.tr("Cop&y link"))
        self.add_button = QPushButton(self.tr("&Add my own link…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.open_button.clicked.connect(self._on_open)
        self.copy_button.clicked.connect(self._on_copy)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        for b in (self.open_button, self.copy_button, self.add_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        return buttons

    # -- list ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for platform in self.official.platforms:
            group = QTreeWidgetItem([platform.name])
            font = group.font(COL_TITLE)
            font.setBold(True)
            group.setFont(COL_TITLE, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            groups[platform.id] = group
            self.tree.addTopLevelItem(group)
            for ch in platform.channels:
                title = (
                    ch.title
                    if self.official.verified
                    else self.tr("{t} (unverified)").format(t=ch.title)
                )
                item = QTreeWidgetItem([title, QUrl(ch.url).host(), ch.purpose, ch.checked])
                item.setData(COL_TITLE, URL_ROLE, ch.url)
                item.setToolTip(COL_TITLE, ch.url)
                item.setToolTip(
                    COL_PURPOSE, self.tr("{p}\nSource: {s}").format(p=ch.purpose, s=ch.source)
                )
                group.addChild(item)
        mine = links.user_links(self.ctx.db)
        for link in mine:
            verdict = self.checker.check(link.url)
            parent = groups.get(link.platform or "")
            if parent is None:
                parent = groups.setdefault("", QTreeWidgetItem([self.tr("Other links")]))
                if parent.treeWidget() is None:
                    self.tree.addTopLevelItem(parent)
            label = self.tr("{title} — added by you").format(title=link.title)
            item = QTreeWidgetItem(
                [
                    label,
                    verdict.host or "",
                    f"{describe(verdict)}. {link.note}".strip(),
                    link.added_at[:10],
                ]
            )
            item.setData(COL_TITLE, URL_ROLE, link.url)
            item.setData(COL_TITLE, USER_LINK_ROLE, link.id)
            item.setToolTip(COL_TITLE, link.url)
            if verdict.verdict != OFFICIAL:
                item.setForeground(COL_PURPOSE, style.colour("over"))
            parent.addChild(item)
        self.tree.expandAll()
        self._update_buttons()

    def selected_url(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(COL_TITLE, URL_ROLE) if item else None

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        has_url = bool(item and item.data(COL_TITLE, URL_ROLE))
        self.open_button.setEnabled(has_url)
        self.copy_button.setEnabled(has_url)
        self.remove_button.setEnabled(bool(item and item.data(COL_TITLE, USER_LINK_ROLE)))

    # -- actions ---------------------------------------------------------------------------
    def start_action(self, action: str) -> None:
        """Home's "Check a link": the field ready for a paste."""
        if action == "check":
            self.url_input.setFocus()
            self.url_input.selectAll()

    def check(self, url: str) -> Verdict:
        verdict = self.checker.check(url)
        self.verdict_view.show_verdict(verdict)
        return verdict

    def _on_check(self) -> None:
        self.check(self.url_input.text())

    def _on_copy(self) -> None:
        url = self.selected_url()
        if url:
            QGuiApplication.clipboard().setText(url)

    def _on_open(self) -> None:
        url = self.selected_url()
        if url:
            self.open_url(url)

    def open_url(self, url: str) -> bool:
        """Ask first, showing the full host and the verdict; open in the system browser."""
        from companion.ui.links.links_flow import open_checked

        if not open_checked(self, url):
            return False
        self.link_opened.emit(url)
        return True

    def _on_add(self) -> None:
        from companion.ui.links.link_dialog import AddLinkDialog

        dialog = AddLinkDialog(self.ctx, self.official, self.checker, self)
        if dialog.exec():
            self.reload()

    def _on_remove(self) -> None:
        item = self.tree.currentItem()
        link_id = item.data(COL_TITLE, USER_LINK_ROLE) if item else None
        if item is None or not link_id:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove link?"),
            self.tr("Remove “{title}” from your links?").format(title=item.text(COL_TITLE)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            links.delete_user_link(self.ctx.db, int(link_id))
            self.reload()
