"""The main window: a sidebar of pages, a notification banner, close-to-tray."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

# No ``Qt`` namespace import here: building its enums costs ~45 ms, paid after the first paint.
from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME, __version__
from companion.ui import style
from companion.ui.shell import first_paint
from companion.ui.shell.icons import icon
from companion.ui.shell.notify import Banner

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from companion.ui.shell.context import AppContext


_ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole, without building Qt's enums


class PageSpec(NamedTuple):
    key: str
    title: str
    icon: str
    factory: Callable[[AppContext], QWidget]


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    """The one local file or web link being dropped, or None (several, or none, are refused).
    A link goes to the checker (:meth:`MainWindow.open_target`), never to a browser."""
    data = event.mimeData()
    urls = data.urls() if data.hasUrls() else []
    if len(urls) == 1:
        url = urls[0]
        if url.isLocalFile():
            return url.toLocalFile()
        return url.toString() if url.scheme().lower() in ("http", "https") else None
    if not urls and data.hasText():
        from companion.ui.links.clipboard_guard import copied_link

        return copied_link(data.text())
    return None


class MainWindow(QMainWindow):
    """Pages are built the first time they are shown, which keeps start-up fast.

    The window can be shown before the database is open (``ctx`` None): the shell paints at
    once and :meth:`attach` fills in the pages when the data is ready.
    """

    quit_requested = Signal()
    page_changed = Signal(str)

    def __init__(
        self,
        ctx: AppContext | None,
        pages: list[PageSpec],
        *,
        keeps_running_in_tray: Callable[[], bool] = lambda: False,
        keeps_running_in_background: Callable[[], bool] = lambda: False,
        banner: Banner | None = None,
        demo: bool = False,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self._specs = pages
        self._built: dict[str, QWidget] = {}
        self.shortcut_actions: dict[str, QAction] = {}  # filled by shortcuts.build
        self._keeps_running_in_tray = keeps_running_in_tray
        self._keeps_running_in_background = keeps_running_in_background  # no tray: background.py
        self._quitting = False
        # Qt adds " — Fan Companion" (the application's display name) itself: saying it here
        # too doubled it in demo mode.
        title = self.tr("Demo data, not saved") if demo else APP_NAME
        self.setWindowTitle(title)
        self.setWindowIcon(icon("companion"))
        self._fit_to_screen(QSize(1100, 720), QSize(760, 480))
        self.setAcceptDrops(True)  # a file dropped on the window is imported as by File ▸ Import

        # Each widget is made inside the window it ends up in: moving a styled widget into a
        # new parent polishes it and its children again (5 M instructions at start-up).
        central = QWidget()
        self.setCentralWidget(central)
        self.sidebar = QListWidget(central)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(2)
        # Narrow from the start on a small screen: its style is set once, not twice.
        self._compact = self.width() < self.COMPACT_BELOW
        self.sidebar.setFixedWidth(self.SIDEBAR_NARROW if self._compact else self.SIDEBAR_WIDE)
        style.themed_css(self.sidebar, self._sidebar_css)
        content = QWidget(central)
        self.stack = QStackedWidget(content)
        for spec in pages:
            item = QListWidgetItem(icon(spec.icon), "" if self._compact else spec.title)
            item.setToolTip(spec.title)
            item.setData(_ACCESSIBLE_TEXT_ROLE, spec.title)  # the name, even icons-only
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the real page on first show
        self.banner = banner or Banner()

        column = QVBoxLayout(content)
        column.setContentsMargins(12, 12, 12, 12)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(content, 1)
        self._build_menus()

        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        # Assistive tools (switch access, voice control, AT-SPI's Selection) select an item
        # without moving the current row: the section must follow the selection too.
        self.sidebar.itemSelectionChanged.connect(self._follow_selection)
        # Light to dark or back: pages redraw what they coloured from their data (budget
        # states, verdicts, charts); fixed style sheets follow by themselves (style.themed_css).
        style.on_scheme_change(self, self.refresh_pages)
        self._fit_sidebar()
        # A start paints its first page before anything here follows the size: see first_paint.
        first_paint.later(self._follow_size)
        self.sidebar.setCurrentRow(0)
        if ctx is not None:
            self.install_shortcuts()

    # Below this width the sidebar shows icons only (names in tooltips): at 800 px, or at 2x
    # scale on a laptop screen, the pages need its room more than the words.
    COMPACT_BELOW = 960
    SIDEBAR_WIDE, SIDEBAR_NARROW = 190, 56

    def _sidebar_css(self) -> str:
        # Icons only, the pill must fit 56 px: 6 px margins, a 2 px ring, the 22 px icon.
        pad = "8px 6px" if self._compact else "8px 10px"
        return (
            "#sidebar { border: none; background: palette(alternate-base); padding-top: 8px;"
            # The selected pill shows where focus is (a ring inside it while the sidebar has
            # focus); the view's own focus rectangle ignored the pill's margins.
            " outline: none; }"
            f"#sidebar::item {{ padding: {pad}; border-radius: 6px; margin: 0 6px;"
            " border: 2px solid transparent; }"
            "#sidebar::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            "#sidebar::item:selected:focus { border-color: palette(highlighted-text); }"
            # Icons-only is narrow: never a sideways scroll bar under the icons.
            "#sidebar QScrollBar:horizontal { height: 0px; }"
        )

    def _fit_sidebar(self) -> None:
        compact = self.width() < self.COMPACT_BELOW
        if compact != self._compact:
            self._compact = compact
            self.sidebar.setFixedWidth(self.SIDEBAR_NARROW if compact else self.SIDEBAR_WIDE)
            for i, spec in enumerate(self._specs):
                self.sidebar.item(i).setText("" if compact else spec.title)
            style.themed_css(self.sidebar, self._sidebar_css)

    def _follow_size(self) -> None:
        first_paint.Watch(self, resized=self._fit_sidebar)
        self._fit_sidebar()  # the window may have been resized while nothing watched

    def _fit_to_screen(self, wanted: QSize, minimum: QSize) -> None:
        """Never larger than the screen: at 2x scale on a small screen the default size (and
        even the minimum) would put half the window, and its buttons, off screen."""
        screen = self.screen()
        room = screen.availableGeometry().size() if screen is not None else wanted
        self.setMinimumSize(minimum.boundedTo(room))
        self.resize(wanted.boundedTo(room))

    # -- pages -----------------------------------------------------------------------------
    def attach(self, ctx: AppContext) -> None:
        """The data is ready: build the page on screen (its keys follow, install_shortcuts)."""
        self.ctx = ctx
        self._on_row_changed(self.sidebar.currentRow())

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built if needed (tests and menu actions use this)."""
        index = next(i for i, s in enumerate(self._specs) if s.key == key)
        return self._ensure_built(index)

    def show_page(self, key: str) -> QWidget:
        index = next(i for i, s in enumerate(self._specs) if s.key == key)
        self.sidebar.setCurrentRow(index)
        return self._ensure_built(index)

    def open_action(self, key: str, action: str = "") -> QWidget:
        """Show page ``key`` and start ``action`` there (open a dialog, focus a field)."""
        page = self.show_page(key)
        start = getattr(page, "start_action", None)
        if action and callable(start):
            from PySide6.QtCore import QTimer

            # After the switch has painted, so the dialog opens over the page it belongs to.
            QTimer.singleShot(0, lambda: start(action))
        return page

    def current_page_key(self) -> str:
        return self._specs[self.sidebar.currentRow()].key

    def _ensure_built(self, index: int) -> QWidget:
        spec = self._specs[index]
        if self.ctx is None:
            placeholder = self.stack.widget(index)  # still loading: the empty placeholder
            assert placeholder is not None  # every sidebar row has a page in the stack
            return placeholder
        if spec.key not in self._built:
            page = spec.factory(self.ctx)
            page.setObjectName(f"page-{spec.key}")
            # A window smaller than a page (800 px, or 2x scale on a laptop) scrolls the page
            # instead of growing past the screen's edge or squeezing its text.
            holder = QScrollArea()
            holder.setObjectName(f"scroll-{spec.key}")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(page)
            old = self.stack.widget(index)
            assert old is not None  # every sidebar row has a page in the stack
            self.stack.insertWidget(index, holder)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._built[spec.key] = page
            navigate = getattr(page, "navigate", None)
            if navigate is not None:  # Home's buttons lead to other pages
                navigate.connect(self.open_action)
        return self._built[spec.key]

    def _follow_selection(self) -> None:
        chosen = self.sidebar.selectedItems()
        if chosen and self.sidebar.row(chosen[0]) != self.sidebar.currentRow():
            self.sidebar.setCurrentRow(self.sidebar.row(chosen[0]))

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self._ensure_built(row)
        self.stack.setCurrentIndex(row)
        # Shown, the page has its size: one that lays itself out by width does so now, and
        # not only on its next resize (a start watches resizes only after the first page).
        fit = getattr(page, "fit", None)
        if callable(fit):
            fit()
        self.page_changed.emit(self._specs[row].key)

    # -- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.triggered.connect(self._on_import)
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.triggered.connect(self._on_export)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.triggered.connect(self.request_quit)
        self.file_menu.addAction(self.quit_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        self._page_actions = []
        for spec in self._specs:
            action = QAction(spec.title, self)
            action.triggered.connect(lambda _=False, k=spec.key: self.show_page(k))
            view.addAction(action)
            self._page_actions.append(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.welcome_action = QAction(self.tr("&Welcome…"), self)
        self.welcome_action.triggered.connect(self.show_welcome)
        help_menu.addAction(self.welcome_action)
        about = QAction(self.tr("&About Fan Companion"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)
        from companion.ui.shell import shortcuts

        shortcuts.build(self, self.file_menu, view, help_menu)

    def install_shortcuts(self) -> None:
        """The menus' keys. A start calls it once the first page is up: the first QKeySequence
        builds PySide's enums for it, which the first page need not wait for."""
        from companion.ui.shell import shortcuts

        self.quit_action.setShortcut(shortcuts.sequence("Quit"))
        for i, action in enumerate(self._page_actions):
            action.setShortcut(shortcuts.sequence(f"Ctrl+{i + 1}"))
        shortcuts.install(self)

    def refresh_pages(self) -> None:
        """Data changed behind the pages' backs (an import): rebuild what they show."""
        for page in self._built.values():
            reload = getattr(page, "reload", None)
            if callable(reload):
                reload()

    def _on_import(self) -> None:
        if self.ctx is None:
            return
        from companion.ui.shell.file_actions import import_interactively

        if import_interactively(self, self.ctx):
            self.refresh_pages()

    def open_target(self, target: str) -> None:
        """A file or link handed to the app (``companion FILE``, "Open with", a second launch):
        a link goes to the checker, never straight to a browser; a file is imported with the
        usual questions."""
        if self.ctx is None:
            return
        from companion.core.imports import target_kind

        kind, value = target_kind(target)
        if kind == "link":
            page = self.show_page("links")
            page.url_input.setText(value)  # type: ignore[attr-defined]
            page.check(value)  # type: ignore[attr-defined]
            return
        from companion.ui.shell.file_actions import import_interactively

        if import_interactively(self, self.ctx, value):
            self.refresh_pages()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.ctx is not None and _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        target = _dropped_file(event)
        if self.ctx is None or target is None:
            return
        event.acceptProposedAction()
        self.open_target(target)

    def _on_export(self) -> None:
        if self.ctx is not None:
            from companion.ui.shell.file_actions import export_interactively

            export_interactively(self, self.ctx)

    def show_welcome(self) -> None:
        """The first-run welcome; also from Help, any time."""
        if self.ctx is None:
            return
        from companion.ui.home.welcome import WelcomeDialog

        WelcomeDialog(self.ctx, self).exec()
        self.refresh_pages()

    def _on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Fan Companion"),
            self.tr(
                "<h3>Fan Companion {version}</h3><p>Bundles, budget, calendar and official "
                "links for fans who gift on live streams. Works offline; your data stays in "
                "<code>{folder}</code>.</p>"
            ).format(version=__version__, folder=self.ctx.data_dir if self.ctx else "…"),
        )

    # -- window lifecycle ------------------------------------------------------------------
    def check_a_link(self) -> None:
        """The tray's "Check a link…": the window, the checker, and a copied link ready in it."""
        self.bring_to_front()
        if self.ctx is None:
            return
        from PySide6.QtGui import QGuiApplication

        from companion.ui.links.clipboard_guard import copied_link

        link = copied_link(QGuiApplication.clipboard().text())
        if link is not None:
            self.open_target(link)
        else:
            self.open_action("links", "check")

    def bring_to_front(self) -> None:
        from PySide6.QtCore import Qt

        self.show()
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.raise_()
        self.activateWindow()

    def request_quit(self) -> None:
        self._quitting = True
        self.close()
        self.quit_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self._keeps_running_in_tray():
            event.ignore()
            self.hide()
            self._tell_once_about_tray()
            return
        if not self._quitting and self._keeps_running_in_background():
            event.ignore()
            self.hide()
            return
        event.accept()
        if not self._quitting:
            self._quitting = True
            self.quit_requested.emit()

    def _tell_once_about_tray(self) -> None:
        if self.ctx is None:
            return
        settings = self.ctx.settings
        if settings.get("tray_notice_shown"):
            return
        self.ctx.notifier.notify(
            APP_NAME,
            self.tr(
                "Still running in the tray so reminders can reach you. "
                "Choose Quit from the tray menu to stop it."
            ),
        )
        settings.set("tray_notice_shown", True)
