"""Opening a web page only after the fan has seen where it really goes (the link checker)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from companion.core.links import links
from companion.ui import words
from companion.ui.links.verdict_view import describe


def open_checked(parent: QWidget | None, url: str) -> bool:
    """Show the full host and the verdict, then open in the system browser on confirmation."""
    verdict = links.check_url(url)
    # A creator's channel on the platform's own site is fine to watch: only paying needs an
    # official purchase page, and the dialog says which this is.
    safe = verdict.is_official or verdict.on_site
    icon = QMessageBox.Icon.Question if safe else QMessageBox.Icon.Warning
    box = QMessageBox(icon, QCoreApplication.translate("links", "Open link?"), "", parent=parent)
    box.setText(
        QCoreApplication.translate("links", "This opens <b>{host}</b> in your browser.").format(
            host=verdict.host or url
        )
    )
    reasons = "\n".join(words.said(r) for r in verdict.reasons)
    box.setInformativeText(f"{describe(verdict)}.\n{reasons}\n\n{url}")
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(
        QMessageBox.StandardButton.Open if safe else QMessageBox.StandardButton.Cancel
    )
    if box.exec() != QMessageBox.StandardButton.Open:
        return False
    QDesktopServices.openUrl(QUrl(url))
    return True
