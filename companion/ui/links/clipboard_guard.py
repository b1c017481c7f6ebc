"""The clipboard guard: a copied link that imitates a platform or payment site gets a warning.

Opt-in (Settings, off by default). Scams reach fans as links in chats and comments; the moment
they copy one is the moment to say "this is not TikTok". The copied text is checked on this
computer by the same offline checker as everything else, and nothing is stored or sent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard

from companion.ui import words

if TYPE_CHECKING:
    from companion.core.links.linkcheck import LinkChecker, Verdict

SETTING = "clipboard_guard"
# One address and nothing else: a copied paragraph that mentions a site is not a link to check.
_LINK = re.compile(r"(?:https?://)?[^\s/?#@]+\.[a-z]{2,}[^\s]*", re.IGNORECASE)


def copied_link(text: str) -> str | None:
    """The link the clipboard holds, or None when it holds something else."""
    # Here: the guard is off by default, and the checker's modules and lists are 6 MB.
    from companion.core.links.linkcheck import MAX_URL_LENGTH

    text = text.strip()
    if not text or len(text) > MAX_URL_LENGTH or not _LINK.fullmatch(text):
        return None
    return text if "://" in text else "https://" + text


def warning_for(verdict: Verdict) -> str | None:
    """The warning to show, or None: only a link that names or imitates a platform or payment
    site and is not official warns (an ordinary site, or a creator's channel, stays quiet)."""
    from companion.core.links.linkcheck import OFFICIAL

    if verdict.verdict == OFFICIAL or verdict.platform is None or verdict.on_site:
        return None
    return words.said(verdict.reasons[0]) if verdict.reasons else None


class ClipboardGuard(QObject):
    def __init__(
        self,
        clipboard: QClipboard,
        checker: Callable[[], LinkChecker],
        notify: Callable[[str, str], object],
        enabled: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Made at the first link copied with the guard on: most fans never turn it on.
        self._clipboard, self._make_checker = clipboard, checker
        self._checker: LinkChecker | None = None
        self._notify, self._enabled = notify, enabled
        self._last: str | None = None
        clipboard.dataChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        if not self._enabled():
            return
        link = copied_link(self._clipboard.text(QClipboard.Mode.Clipboard))
        if link is None or link == self._last:  # some apps set the same text twice
            return
        self._last = link
        if self._checker is None:
            self._checker = self._make_checker()
        verdict = self._checker.check(link)
        reason = warning_for(verdict)
        if reason is None:
            return
        self._notify(
            self.tr("The link you copied is not official"),
            self.tr("{host}: {reason} Don't pay there.").format(
                host=verdict.host or link, reason=reason
            ),
        )
