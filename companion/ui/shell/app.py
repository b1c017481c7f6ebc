"""Start the GUI: single instance, database, main window, tray, crash handling."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from companion import APP_ID, APP_NAME, DESKTOP_ID, __version__
from companion.ui import qt_hook

qt_hook.lighten()  # before the modules below are imported: each would fill linecache
from companion.core.errors import describe_environment_error  # noqa: E402
from companion.ui.shell import first_paint  # noqa: E402
from companion.ui.shell.data_care import (  # noqa: E402
    IntegrityCheck,
    backup_in_background,
    recover_damaged,
)


def make_application(argv: list[str] | None = None) -> QApplication:
    # Stubs type instance() as QCoreApplication; in this process it is always a QApplication.
    app = cast("QApplication | None", QApplication.instance())
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    # The shipped desktop file's id, so the desktop groups our windows under its entry.
    app.setDesktopFileName(DESKTOP_ID)
    # Closing the window must not quit while the tray keeps us alive; MainWindow decides.
    app.setQuitOnLastWindowClosed(False)
    # Qt's pixmap cache keeps a 10-30 s timer running for as long as it holds anything, so an
    # idle window woke 3 times a minute (bench/idle.py). What it saves here is drawing a few
    # gradients and 22 px icons again on a repaint: cheaper than waking all day in the tray.
    from PySide6.QtGui import QPixmapCache

    QPixmapCache.setCacheLimit(0)
    return app


def show_error(title: str, message: str, parent=None) -> None:  # noqa: ANN001
    # Here, not at the top: importing a dialog class builds PySide's enums for it, at start-up.
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, message)


def install_excepthook(log_path: Path | None) -> None:
    """Environment errors become a plain dialog; bugs a crash dialog that points at the log."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        import logging
        import traceback

        log = logging.getLogger("companion.ui")
        message = describe_environment_error(exc)
        if message is not None:
            log.warning("environment error: %s", message)
            show_error(APP_NAME, message, QApplication.activeWindow())
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        where = (
            f"The details were saved to:\n{log_path}"
            if log_path
            else "No log file could be written."
        )
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(APP_NAME)
        box.setText("Something went wrong inside Fan Companion. Your saved data is safe.")
        box.setInformativeText(where + "\n\nPlease include that file if you report the problem.")
        box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
        box.exec()

    sys.excepthook = hook


def run_gui(
    data_dir: Path,
    *,
    demo: bool = False,
    startup_probe: bool = False,
    idle_probe: float | None = None,
    minimised: bool = False,
    targets: Sequence[str] = (),
) -> int:
    """Show the window shell first, then open the database and fill the pages.

    The shell (sidebar, tray) needs no data, so it paints while sqlite-utils and the pages load:
    the window appears about as fast as a bare Qt window would.
    """
    from companion.core.store.paths import ensure_data_dir

    app = make_application()
    try:
        ensure_data_dir(data_dir)
    except OSError as exc:
        show_error(APP_NAME, describe_environment_error(exc) or str(exc))
        return 3

    from companion.ui.shell.single_instance import SingleInstance

    guard = SingleInstance(data_dir)
    if not guard.acquire():
        # Another Fan Companion owns this data folder: bring it forward and step aside.
        guard.notify_running(targets=targets)
        return 0
    session = _Session(app, data_dir, demo=demo, startup_probe=startup_probe, minimised=minimised)
    if idle_probe:
        QTimer.singleShot(int(idle_probe * 1000), session.report_idle)
    guard.activated.connect(session.window.bring_to_front)
    guard.open_requested.connect(session.open_target)
    for target in targets:
        session.open_target(target)
    # Once the first page is up: a later launch waits for it (notify_running asks again).
    session.after_content.append(guard.listen)
    session.after_content.append(collect_from_now_on)
    from companion.core import formats_babel

    # Babel's formats for the next start's first page, checked against Babel.
    session.after_content.append(formats_babel.refresh)
    try:
        return app.exec()
    finally:
        guard.release()
        session.close()


def collect_from_now_on() -> None:
    """Turn the garbage collector back on (main() turns it off for start-up), leaving out
    what start-up built: the modules, classes and widgets that live as long as the app, which
    every full collection would otherwise walk again."""
    import gc

    gc.freeze()
    gc.enable()


class _Session:
    """One run of the GUI: the shell now, the data on the first turn of the event loop."""

    def __init__(
        self,
        app: QApplication,
        data_dir: Path,
        *,
        demo: bool,
        startup_probe: bool,
        minimised: bool = False,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        from companion.core.store.paths import database_path
        from companion.core.store.settings import read_before_open
        from companion.ui.shell.library_notify import fallback_chain
        from companion.ui.shell.main_window import MainWindow
        from companion.ui.shell.notify import Banner
        from companion.ui.shell.pages import page_specs

        self.app, self.data_dir, self.demo, self.probe = app, data_dir, demo, startup_probe
        first_paint.hold()  # until the first page is painted (_load)
        from companion.ui.shell.context import utc_now

        self.clock = clock or utc_now  # the machine's, but tests pass their own
        from companion.ui.shell import i18n

        early = read_before_open(
            database_path(data_dir), "language", "appearance", "start_minimised"
        )
        # Before the first widget: every string is translated when it is built.
        i18n.install(app, early["language"], data_dir / "i18n")
        from companion.ui.shell import theme

        # The outlines wait for the first page: see _load.
        theme.install(app, early["appearance"], outline=False)
        self.db = None
        self.to_check: Path | None = None  # the live file, while its check runs on a thread
        self._pending: list[str] = []
        # Run once the first page with the fan's data is on screen, before anything else.
        self.after_content: list[Callable[[], object]] = []
        self.tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            from companion.ui.shell.tray import Tray

            self.tray = Tray(app)
            self.tray.show()
        banner = Banner()
        # Linux: D-Bus notifications; Windows, macOS: desktop-notifier (both put first once the
        # first page is up, _connect_desktop_notifications); then tray, then banner.
        self.notifier = fallback_chain(self.tray.icon if self.tray else None, banner)
        self.desktop_notifier = None
        from companion.ui.shell.background import Background

        self.background = Background(
            lambda: self.window.ctx.settings if self.window.ctx else None, lambda: self.window
        )
        self.window = MainWindow(
            None,
            page_specs(tray_available=self.tray is not None),
            keeps_running_in_tray=lambda: self.tray is not None and self.tray.is_shown(),
            keeps_running_in_background=lambda: (
                self.tray is None and self.background.keep_running_on_close()
            ),
            banner=banner,
            demo=demo,
        )
        self.window.quit_requested.connect(app.quit)
        if self.tray is not None:
            self.tray.open_requested.connect(self.window.bring_to_front)
            self.tray.check_link_requested.connect(self.window.check_a_link)
            self.tray.quit_requested.connect(self.window.request_quit)
        minimised = self.tray is not None and (minimised or early["start_minimised"])
        if not minimised:
            self.window.show()
            app.processEvents()  # paint the shell now, before the slower loading below
        if startup_probe:
            print(f"shown {time.time():.6f}", flush=True)
        QTimer.singleShot(0, self._load)

    def _load(self) -> None:
        from companion.core.store.logs import setup_logging
        from companion.ui.shell.context import AppContext

        log_path = setup_logging(self.data_dir)
        try:
            self.db = self._open_checked()
        except Exception as exc:
            message = describe_environment_error(exc)
            if message is None:
                raise
            show_error(APP_NAME, message, self.window)
            self.app.exit(3)
            return
        if self.db is None:
            self.app.exit(3)
            return
        install_excepthook(log_path)
        ctx = AppContext(
            db=self.db,
            data_dir=self.data_dir,
            notifier=self.notifier,
            clock=self.clock,
            demo=self.demo,
        )
        ctx.open_page = self._open_page
        self.window.attach(ctx)
        if self.window.isVisible() or self.probe:
            self.app.processEvents()  # the first page, with the fan's data, painted now
        if self.probe:
            print(f"content {time.time():.6f}", flush=True)
            if os.environ.get("COMPANION_PROBE_EXIT") == "content":
                os._exit(0)  # bench/startup.py --instructions counts up to here, nothing after
        # Before any input is read: the loop has not run since the page was painted.
        self.window.install_shortcuts()
        first_paint.release()  # the window and its page follow their size from now on
        from companion.ui.shell import theme

        # Edges and focus rings matter from the first key or click on; painting through the
        # Python style before the first page cost it 20 ms (theme.outline_controls).
        theme.outline_controls(self.app)
        for call in self.after_content:
            call()
        self.after_content.clear()
        if self.to_check is not None:
            # Nothing is written until the check passes (the connection is query-only).
            self._check = IntegrityCheck(self.to_check, self.app)
            self._check.done.connect(lambda problem: self._checked(problem, ctx))
            self._check.start()
        else:
            # The next turn of the loop, so the fan sees their data first: the reminder
            # catch-up expands a fortnight of every series.
            QTimer.singleShot(0, lambda: self._after_content(ctx))

    def _checked(self, problem: str | None, ctx) -> None:  # noqa: ANN001 - AppContext
        from companion.core.data import allow_writes
        from companion.core.store.settings import Settings

        if self.db is None:
            return  # closed while the check ran
        if problem is None:
            allow_writes(self.db)
            self._after_content(ctx)
            return
        # Found while the first page was on screen, before anything was written: the same
        # recovery as at open, then every page shows the recovered data.
        self.db.close()
        self.db = recover_damaged(
            self.window, self.data_dir, f"the data file is damaged ({problem})", now=self.clock()
        )
        if self.db is None:
            self.app.exit(3)
            return
        ctx.db, ctx.settings = self.db, Settings(self.db)
        ctx.budget_undo.clear()
        self.window.refresh_pages()
        self._after_content(ctx)

    def _after_content(self, ctx) -> None:  # noqa: ANN001 - AppContext
        from companion.core import home
        from companion.ui.calendar.reminder_scheduler import ReminderScheduler

        home.save_remembered_lives(ctx.db)  # what Home worked out before writes were allowed
        self._connect_desktop_notifications()  # before anything below can notify

        self.scheduler = ReminderScheduler(ctx, self.app)
        ctx.scheduler = self.scheduler
        self._guard_clipboard(ctx)
        first_run = not ctx.settings.get("welcome_shown")
        if first_run and not (self.demo or self.probe) and self.window.isVisible():
            QTimer.singleShot(0, self.window.show_welcome)
        self.scheduler.start()
        self._maintenance = QTimer(self.app)
        self._maintenance.setInterval(30 * 60 * 1000)
        self._maintenance.timeout.connect(lambda: self._daily_backup(ctx))
        self._maintenance.start()
        self._first_backup = QTimer(self.app)
        self._first_backup.setSingleShot(True)
        self._first_backup.timeout.connect(lambda: self._daily_backup(ctx))
        self._first_backup.start(5000)
        for target in self._pending:
            QTimer.singleShot(0, lambda t=target: self.open_target(t))
        self._pending.clear()
        if self.probe:
            # Through the window: Qt's quit() closes windows, and a close without a tray asks.
            QTimer.singleShot(0, self.window.request_quit)

    def _connect_desktop_notifications(self) -> None:
        from companion.ui.shell.library_notify import connect_native

        self.desktop_notifier = connect_native(self.notifier, self.app)
        if self.desktop_notifier is not None:
            self.desktop_notifier.activated.connect(self.window.bring_to_front)

    def _guard_clipboard(self, ctx) -> None:  # noqa: ANN001 - AppContext
        from companion.ui.links.clipboard_guard import SETTING, ClipboardGuard

        def checker():  # noqa: ANN202 - a LinkChecker
            from companion.core.links import links

            return links.default_checker()

        self.clipboard_guard = ClipboardGuard(
            self.app.clipboard(),
            checker,
            self.notifier.notify,
            lambda: bool(ctx.settings.get(SETTING)),
            self.app,
        )

    def _open_checked(self):  # noqa: ANN202 - sqlite_utils.Database or None
        """Open with quick_check; a damaged file is moved aside and a backup offered."""
        import sqlite3

        from companion.core.data import open_store_check_later
        from companion.core.store import backup

        pending = backup.pending_recovery(self.data_dir)
        if pending is not None:  # closed last time without choosing: ask again
            return recover_damaged(self.window, self.data_dir, pending[1], now=self.clock())
        try:
            db, self.to_check = open_store_check_later(self.data_dir, now=self.clock())
            return db
        except backup.DamagedDatabase as exc:
            problem = str(exc)
        except sqlite3.DatabaseError as exc:
            if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF not in (11, 26):
                raise
            problem = f"the data file is damaged ({exc})"
        return recover_damaged(self.window, self.data_dir, problem, now=self.clock())

    def _open_page(self, key: str) -> None:
        self.window.bring_to_front()
        self.window.show_page(key)

    def open_target(self, target: str) -> None:
        """Open a handed-over file or link once the data is loaded (now, or after _load)."""
        if self.db is None:
            self._pending.append(target)
            return
        self.window.bring_to_front()
        self.window.open_target(target)

    def report_idle(self) -> None:
        """For bench/run.py: memory and timer wake-ups after sitting idle, then quit."""
        import gc

        wakeups = getattr(getattr(self, "scheduler", None), "wakeups", -1)
        collector = f"gc={'on' if gc.isenabled() else 'off'} frozen={gc.get_freeze_count()}"
        print(f"idle rss_kb={_rss_kb()} wakeups={wakeups} {collector}", flush=True)
        self.window.request_quit()

    def _daily_backup(self, ctx) -> None:  # noqa: ANN001 - AppContext
        self._backup_thread = backup_in_background(
            self.data_dir, keep=ctx.settings.get("backups_to_keep"), now=ctx.clock()
        )

    def close(self) -> None:
        first_paint.forget()
        for timer in ("_maintenance", "_first_backup"):
            if getattr(self, timer, None) is not None:
                getattr(self, timer).stop()
        if getattr(self, "_backup_thread", None) is not None:
            self._backup_thread.join(timeout=60)  # a copy half-written is worth the wait
        if getattr(self, "scheduler", None) is not None:
            self.scheduler.stop()
        if getattr(self, "clipboard_guard", None) is not None:
            self.clipboard_guard.deleteLater()  # it reads the settings on every copy
        if self.db is not None:
            self.db.close()
            self.db = None


def _rss_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource  # not on Windows; the bench runs on Linux and macOS

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak
