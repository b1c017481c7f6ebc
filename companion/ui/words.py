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


def said(text: str) -> str:
    """A sentence from the core (``companion.core.said.Said``) in the interface language.

    Anything else, or a translation whose placeholders no longer match, is shown as the core
    wrote it: English is better than a crash or a sentence with a hole in it.
    """
    from companion.core.said import CONTEXT, Said

    if not isinstance(text, Said):
        return text
    try:
        return QCoreApplication.translate(CONTEXT, text.template).format(**text.values)
    except (KeyError, IndexError, ValueError):
        return str(text)


def problem(exc: BaseException) -> str:
    """What a fan is told under a field: the message without the field's (English) name,
    in the interface language where the core marked it translatable."""
    message = getattr(exc, "message", None)
    if getattr(exc, "field", None) and isinstance(message, str):
        return said(message)
    return str(exc).split(": ", 1)[-1]
