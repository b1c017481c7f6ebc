"""Keyboard shortcuts for the main actions, and Help ▸ Keyboard shortcuts that lists them.

Keys follow each platform's conventions through ``QKeySequence.StandardKey`` where one exists
(New, Find, Back, Forward): Ctrl+N on Windows and Linux is Cmd+N on macOS, and Back is
Alt+Left on Windows and Linux but Cmd+[ on macOS. Check a link is Ctrl+L, the browsers' key
for the address bar; not Ctrl+K, which a text field on Linux takes to delete to the line's end.
The list is read from the window's own actions, so it can never disagree with the keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMenu, QWidget

    from companion.ui.shell.main_window import MainWindow

# (attribute on the window, page, action there, label, key). A string key is a fixed key on
# every platform; a StandardKey follows the platform's convention.
_CONTEXT = "Shortcuts"
ACTIONS = [
    (
        "log_action",
        "budget",
        "log_purchase",
        QT_TRANSLATE_NOOP("Shortcuts", "&Log a purchase…"),
        "New",
    ),
    (
        "event_action",
        "calendar",
        "add_event",
        QT_TRANSLATE_NOOP("Shortcuts", "Add a li&ve…"),
        "Ctrl+Shift+N",
    ),
    ("check_action", "links", "check", QT_TRANSLATE_NOOP("Shortcuts", "Check a lin&k…"), "Ctrl+L"),
    ("find_action", "bundles", "find", QT_TRANSLATE_NOOP("Shortcuts", "&Search bundles…"), "Find"),
]
STEPS = [
    (
        "previous_action",
        "previous",
        QT_TRANSLATE_NOOP("Shortcuts", "&Previous month or week"),
        "Back",
    ),
    ("next_action", "next", QT_TRANSLATE_NOOP("Shortcuts", "&Next month or week"), "Forward"),
]
# Keys of no menu item, listed so they can be found: (keys, what they do).
_OTHER_KEYS = [
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+1 to Ctrl+6"),
        QT_TRANSLATE_NOOP("Shortcuts", "Show a section, in the sidebar's order"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next or previous control, out of tables too"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Alt+underlined letter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Press that button or go to that field"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Arrow keys"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move between days in the calendar grid"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Page Up, Page Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "Four weeks back or on in the calendar grid"),
    ),
]


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def sequence(key: str) -> QKeySequence:
    """A standard key by its name ("Quit"), or a sequence like "Ctrl+1"."""
    # Imported here, as everywhere in this module: menus are built before the first page, keys
    # after it (install), and importing the class builds PySide's enums for it.
    from PySide6.QtGui import QKeySequence

    standard = getattr(QKeySequence.StandardKey, key, None)
    return QKeySequence(standard) if standard is not None else QKeySequence(key)


def build(window: MainWindow, file_menu: QMenu, view_menu: QMenu, help_menu: QMenu) -> None:
    """Add the actions to the menus; their keys come later, with :func:`install`."""
    first = file_menu.actions()[0]  # Import…: the main actions go above it
    for attr, page, action, label, _key in ACTIONS:
        item = QAction(_tr(label), window)
        item.triggered.connect(lambda _=False, p=page, a=action: window.open_action(p, a))
        file_menu.insertAction(first, item)
        window.shortcut_actions[attr] = item
    file_menu.insertSeparator(first)
    view_menu.addSeparator()
    for attr, action, label, _key in STEPS:
        item = QAction(_tr(label), window)
        item.triggered.connect(lambda _=False, a=action: window.open_action("calendar", a))
        view_menu.addAction(item)
        window.shortcut_actions[attr] = item
    shortcuts = QAction(QCoreApplication.translate("Shortcuts", "&Keyboard shortcuts"), window)
    shortcuts.triggered.connect(lambda: _show_dialog(window))
    help_menu.insertAction(help_menu.actions()[0], shortcuts)
    window.shortcut_actions["shortcuts"] = shortcuts


def _show_dialog(window: MainWindow) -> None:
    # Its own module: the dialog's classes (and PySide's enums for them) load when it opens,
    # not with the window.
    from companion.ui.shell.shortcuts_dialog import ShortcutsDialog

    ShortcutsDialog(window).exec()


def install(window: MainWindow) -> None:
    for attr, *_rest, key in ACTIONS:
        window.shortcut_actions[attr].setShortcut(sequence(key))
    for attr, _action, _label, key in STEPS:
        window.shortcut_actions[attr].setShortcut(sequence(key))
    # GNOME's key for an app's shortcuts window.
    window.shortcut_actions["shortcuts"].setShortcut(sequence("Ctrl+?"))


def listed(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for every action of ``window`` that has a key, then the others."""
    from PySide6.QtGui import QKeySequence

    rows = []
    for action in window.findChildren(QAction):
        keys = action.shortcuts()
        if not keys or not action.text():
            continue
        what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        what = what.rstrip("…").rstrip(".")
        native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((what, native))
    rows.sort(key=lambda r: r[0].casefold())
    return rows + [(_tr(what), _tr(keys)) for keys, what in _OTHER_KEYS]
