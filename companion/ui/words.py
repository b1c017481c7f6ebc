"""Words for values stored in English ("weekly"), shown in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Marked here so lupdate sees them; the database keeps the English keys.
_PERIODS = {
    "weekly": str(QT_TRANSLATE_NOOP("words", "weekly")),
    "monthly": str(QT_TRANSLATE_NOOP("words", "monthly")),
}


def period(name: str) -> str:
    return QCoreApplication.translate("words", _PERIODS.get(name, name))
