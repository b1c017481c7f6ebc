"""The main window: a sidebar of pages, a notification banner, close-to-tray."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

# No ``Qt`` namespace import here: building its enums costs ~45 ms, paid after the first paint.
from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME, __version__
from companion.ui.shell.icons import icon
from companion.ui.shell.notify import Banner

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from companion.ui.shell.context import AppContext


class PageSpec(NamedTuple):
    key: str
    title: str
    icon: str
    factory: Callable[[AppContext], QWidget]


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    """The one local file being dropped, or None (several files, or none, are refused)."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return urls[0].toLocalFile()


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
        banner: Banner | None = None,
        demo: bool = False,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self._specs = pages
        self._built: dict[str, QWidget] = {}
        self._keeps_running_in_tray = keeps_running_in_tray
        self._quitting = False
        title = APP_NAME + (self.tr(" — demo data, not saved") if demo else "")
        self.setWindowTitle(title)
        self.setWindowIcon(icon("companion"))
        self.resize(1100, 720)
        self.setMinimumSize(QSize(760, 480))
        self.setAcceptDrops(True)  # a file dropped on the window is imported as by File ▸ Import

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setSpacing(2)
        self.sidebar.setStyleSheet(
            "#sidebar { border: none; background: palette(alternate-base); padding-top: 8px; }"
            "#sidebar::item { padding: 8px 10px; border-radius: 6px; margin: 0 6px; }"
            "#sidebar::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget()
        for spec in pages:
            self.sidebar.addItem(QListWidgetItem(icon(spec.icon), spec.title))
            self.stack.addWidget(QWidget())  # replaced by the real page on first show
        self.banner = banner or Banner()

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 12, 12, 12)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(content, 1)
        self.setCentralWidget(central)
        self._build_menus()

        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        self.sidebar.setCurrentRow(0)
        if ctx is not None:
            self._install_shortcuts()

    # -- pages -----------------------------------------------------------------------------
    def attach(self, ctx: AppContext) -> None:
        """The data is ready: build the page on screen."""
        self.ctx = ctx
        self._install_shortcuts()
        self._on_row_changed(self.sidebar.currentRow())

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built if needed (tests and menu actions use this)."""
        index = next(i for i, s in enumerate(self._specs) if s.key == key)
        return self._ensure_built(index)

    def show_page(self, key: str) -> QWidget:
        index = next(i for i, s in enumerate(self._specs) if s.key == key)
        self.sidebar.setCurrentRow(index)
        return self._ensure_built(index)

    def current_page_key(self) -> str:
        return self._specs[self.sidebar.currentRow()].key

    def _ensure_built(self, index: int) -> QWidget:
        spec = self._specs[index]
        if self.ctx is None:
            return self.stack.widget(index)  # still loading: the empty placeholder
        if spec.key not in self._built:
            page = spec.factory(self.ctx)
            page.setObjectName(f"page-{spec.key}")
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._built[spec.key] = page
        return self._built[spec.key]

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self._ensure_built(row)
        self.stack.setCurrentWidget(page)
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
        about = QAction(self.tr("&About Fan Companion"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    def _install_shortcuts(self) -> None:
        # Deferred until after the first paint: the first QKeySequence builds every Qt enum,
        # which alone costs about as much as a third of a bare window's start-up.
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for i, action in enumerate(self._page_actions):
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))

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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.ctx is not None and _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if self.ctx is None or path is None:
            return
        event.acceptProposedAction()
        from companion.ui.shell.file_actions import import_interactively

        if import_interactively(self, self.ctx, path):
            self.refresh_pages()

    def _on_export(self) -> None:
        if self.ctx is not None:
            from companion.ui.shell.file_actions import export_interactively

            export_interactively(self, self.ctx)

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
