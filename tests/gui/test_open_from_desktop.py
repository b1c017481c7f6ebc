"""``companion FILE`` / ``companion URL`` (the desktop's "Open with"): the window opens the file
or checks the link, and a second launch hands them to the running app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from companion.cli.main import parse
from companion.core.budget import ledger
from companion.core.imports import target_kind
from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.pages import page_specs
from companion.ui.shell.single_instance import SingleInstance


@pytest.mark.parametrize(
    ("target", "kind", "value"),
    [
        ("https://www.twitch.tv/bits", "link", "https://www.twitch.tv/bits"),
        ("HTTP://tiktok-coins.shop", "link", "HTTP://tiktok-coins.shop"),
        ("file:///home/zo%C3%AB/My%20Calendar.ics", "file", "/home/zoë/My Calendar.ics"),
        ("/tmp/ledger.csv", "file", "/tmp/ledger.csv"),
    ],
)
def test_what_a_target_is(target, kind, value) -> None:
    assert target_kind(target) == (kind, value)


def test_the_command_line_takes_files_and_links_but_not_typos(tmp_path: Path) -> None:
    sheet = tmp_path / "ledger.csv"
    sheet.write_text("date,type,platform,units,amount,currency,creator,note\n")
    args = parse(["--data-dir", str(tmp_path), str(sheet), "https://kick.com/x"])
    assert args.command is None and args.targets == [str(sheet), "https://kick.com/x"]
    assert parse(["file:///tmp/x.ics"]).targets == ["file:///tmp/x.ics"]
    with pytest.raises(SystemExit) as refused:
        parse(["bugdet"])  # a mistyped command is still a usage error, not a file to open
    assert refused.value.code == 2


def test_a_link_goes_to_the_checker_not_the_browser(qtbot, ctx) -> None:
    window = MainWindow(ctx, page_specs(tray_available=False), keeps_running_in_tray=lambda: False)
    qtbot.addWidget(window)
    window.open_target("https://tiktok-coins.shop/free")
    assert window.current_page_key() == "links"
    page = window.page("links")
    assert page.url_input.text() == "https://tiktok-coins.shop/free"
    assert page.verdict_view.verdict is not None
    assert page.verdict_view.verdict.verdict != "official"


def test_a_ledger_file_is_imported_under_the_usual_rules(qtbot, ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    sheet = tmp_path / "ledger.csv"
    sheet.write_text(
        "date,type,platform,units,amount,currency,creator,note\n"
        "2026-11-20,purchase,tiktok,330,4.99,USD,,\n"
    )
    window = MainWindow(ctx, page_specs(tray_available=False), keeps_running_in_tray=lambda: False)
    qtbot.addWidget(window)
    window.open_target(sheet.as_uri())
    assert ledger.count(ctx.db) == 1


def test_a_second_launch_hands_its_files_to_the_first(qtbot, qapp, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    first, second = SingleInstance(data_dir), SingleInstance(data_dir)
    try:
        assert first.acquire()
        first.listen()
        assert not second.acquire()
        got: list[str] = []
        first.open_requested.connect(got.append)
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert second.notify_running(targets=["/tmp/a b.ics", "https://kick.com/x"])
        qtbot.waitUntil(lambda: len(got) == 2, timeout=3000)
        assert got == ["/tmp/a b.ics", "https://kick.com/x"]
    finally:
        first.release()
        second.release()
