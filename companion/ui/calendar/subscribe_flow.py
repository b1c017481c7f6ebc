"""Subscribing to a creator's schedule and refreshing subscriptions, behind the Calendar
page's buttons (downloads on a worker thread)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from companion.core.calendar import subscriptions
from companion.core.errors import InputError
from companion.core.store.settings import prefs
from companion.ui import words

if TYPE_CHECKING:
    from companion.ui.calendar.calendar_page import CalendarPage


def subscribe(page: CalendarPage) -> None:
    url, ok = QInputDialog.getText(
        page,
        page.tr("Subscribe to a schedule"),
        page.tr(
            "Paste the address of a creator's schedule (.ics).\n\n"
            "Twitch: on the channel, open the Schedule tab and use its Export button; the "
            "link starts with https://api.twitch.tv/helix/schedule/icalendar?broadcaster_id=\n"
            "Google Calendar: the calendar's settings, "
            "\u201cPublic address in iCal format\u201d.\n"
            "Other sites: look for \u201cSubscribe\u201d, \u201cwebcal://\u201d "
            "or an .ics link.\n\n"
            "Calendar address:"
        ),
    )
    if not ok or not url.strip():
        return
    try:
        sub_id = subscriptions.add_subscription(
            page.ctx.db,
            url,
            url,
            now=page.ctx.clock(),
            creator_id=page.creator_filter.currentData() or None,
        )
    except InputError as exc:
        QMessageBox.warning(page, page.tr("Subscribe"), words.problem(exc))
        return
    refresh(page, [sub_id])


def refresh_all(page: CalendarPage) -> None:
    subs = [s["id"] for s in subscriptions.subscriptions(page.ctx.db)]
    if not subs:
        QMessageBox.information(
            page,
            page.tr("Schedules"),
            page.tr("No subscriptions yet. Use Subscribe… with a schedule's .ics address."),
        )
        return
    refresh(page, subs)


def refresh(page: CalendarPage, ids: list[int]) -> None:
    """Download on a worker thread, behind a progress dialog: the window stays responsive
    however slow the server is (each download also has its own deadline)."""
    from PySide6.QtCore import QEventLoop, QThread
    from PySide6.QtWidgets import QProgressDialog

    from companion.ui.calendar.refresh_worker import RefreshWorker

    dialog = QProgressDialog(page.tr("Refreshing schedules…"), page.tr("Cancel"), 0, len(ids), page)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    worker = RefreshWorker(
        page.ctx.data_dir, ids, page.ctx.clock(), prefs(page.ctx.db).zone, fetch=page.fetch
    )
    outcome: list[str] = []
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.progress.connect(dialog.setValue)
    worker.finished.connect(outcome.append)
    worker.finished.connect(thread.quit)
    dialog.canceled.connect(worker.cancel)
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    page._refresh_thread = thread  # kept alive while it runs
    thread.start()
    if thread.isRunning():
        loop.exec()
    thread.wait()
    dialog.close()
    QMessageBox.information(page, page.tr("Schedules"), "".join(outcome))
    page._changed()
