"""Shows one checker verdict: a coloured badge and every reason in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from companion.core.links.linkcheck import OFFICIAL, SUSPICIOUS, Verdict
from companion.ui import style, words
from companion.ui.shell.widgets import announce

# The state token of each verdict: official is good news, a scam is a hard stop, and a page
# that is merely not a purchase page is a caution.
TONES = {OFFICIAL: "ok", SUSPICIOUS: "over", "not_official": "near"}


def verdict_title(verdict: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        OFFICIAL: QCoreApplication.translate("verdict", "Official"),
        SUSPICIOUS: QCoreApplication.translate("verdict", "Suspicious — do not pay here"),
    }.get(verdict, QCoreApplication.translate("verdict", "Not official"))


def describe(verdict: Verdict) -> str:
    """The badge: a channel on the platform's own site is neither official nor a scam."""
    from PySide6.QtCore import QCoreApplication

    if verdict.verdict == "not_official" and verdict.on_site:
        return QCoreApplication.translate(
            "verdict", "On the platform's own site, but not a purchase page"
        )
    return verdict_title(verdict.verdict)


class VerdictView(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.badge = QLabel()
        font = self.badge.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.badge.setFont(font)
        self.host = QLabel()
        self.host.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.badge)
        layout.addWidget(self.host)
        layout.addWidget(self.reasons)
        self.verdict: Verdict | None = None
        self.hide()

    def show_verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        state = TONES.get(verdict.verdict, "near")
        style.themed_css(
            self,
            lambda: f"#verdict {{ border: 2px solid {style.tone(state).fg}; border-radius: 6px; }}",
        )
        style.themed_css(self.badge, lambda: f"color: {style.tone(state).fg};")
        self.badge.setText(describe(verdict))
        self.host.setText(self.tr("Site: {host}").format(host=verdict.host or "—"))
        reasons = [words.said(r) for r in verdict.reasons]
        # A right-to-left mark first: a reason that opens with a site name would otherwise
        # make its whole line left to right in an Arabic window.
        mark = "\u200f" if self.isRightToLeft() else ""
        self.reasons.setText("\n".join(f"{mark}• {r}" for r in reasons))
        self.setAccessibleDescription(f"{describe(verdict)}. " + " ".join(reasons))
        announce(self, self.accessibleDescription(), urgent=verdict.verdict == SUSPICIOUS)
        self.show()
