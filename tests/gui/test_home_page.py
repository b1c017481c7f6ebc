"""Home: empty states that lead somewhere, lives with a countdown, budget cards, quick actions."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from companion.core import home
from companion.core.budget import budget, ledger
from companion.core.calendar import creators, schedule
from companion.ui.home import budget_card, home_page
from companion.ui.home.home_page import HomePage, countdown
from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.pages import page_specs
from companion.ui.shell.widgets import EmptyState

UTC = ZoneInfo("UTC")


@pytest.fixture
def make_page(qtbot, ctx):
    ctx.settings.set("time_zone", "UTC")

    def make() -> HomePage:
        page = HomePage(ctx)
        qtbot.addWidget(page)
        page.resize(900, 700)
        page.show()
        return page

    return make


def _buttons(widget) -> dict[str, QPushButton]:
    return {b.text().replace("&", ""): b for b in widget.findChildren(QPushButton)}


def test_an_empty_home_says_what_goes_where_and_offers_the_action(make_page) -> None:
    page = make_page()
    empties = {e.title.text() for e in page.findChildren(EmptyState)}
    assert empties == {"No lives in the next two weeks", "No budget yet", "Nothing bought yet"}
    asked: list[tuple[str, str]] = []
    page.navigate.connect(lambda key, action: asked.append((key, action)))
    buttons = _buttons(page)
    for text in ("Add a creator…", "Add a budget…", "Log a purchase…"):
        buttons[text].click()
    assert asked == [home_page.CREATORS, home_page.ADD_BUDGET, home_page.LOG_PURCHASE]


def test_quick_actions_lead_to_their_page_and_action(make_page) -> None:
    page = make_page()
    asked: list[tuple[str, str]] = []
    page.navigate.connect(lambda key, action: asked.append((key, action)))
    for b in (page.log_button, page.plan_button, page.check_button):
        b.click()
    assert asked == [("budget", "log_purchase"), ("bundles", "plan"), ("links", "check")]


@pytest.mark.parametrize(
    ("start_in", "text"),
    [
        (timedelta(minutes=-10), "live now"),
        (timedelta(seconds=30), "in 1 min"),
        (timedelta(minutes=59), "in 59 min"),
        (timedelta(hours=1), "in 1 h 00 min"),
        (timedelta(hours=23, minutes=59), "in 23 h 59 min"),
        (timedelta(hours=24), "in 1 day 0 h"),
        (timedelta(days=3, hours=5), "in 3 days 5 h"),
    ],
)
def test_countdown_words(start_in, text, fixed_now) -> None:
    start = fixed_now + start_in
    assert countdown(start, start + timedelta(hours=1), fixed_now) == text


def _live(ctx, title, start, *, url="", favourite=True):
    who = creators.save_creator(
        ctx.db,
        name=title + " host",
        zone="UTC",
        platform="twitch" if url else None,
        profile_url=url,
        favourite=favourite,
        now=ctx.clock(),
    )
    row = schedule.build_event_row(
        ctx.db,
        title=title,
        start=start,
        zone="UTC",
        duration_min=60,
        creator_id=who.id,
        home_zone=UTC,
        now=ctx.clock(),
    )
    schedule.save_event(ctx.db, row, now=ctx.clock())


def test_next_lives_count_down_from_the_injected_clock(make_page, ctx, monkeypatch) -> None:
    _live(ctx, "Karaoke", "2026-11-25T13:30", url="https://www.twitch.tv/mia")
    _live(ctx, "Cooking", "2026-11-25T11:45")  # started 15 minutes ago
    page = make_page()
    texts = [label.text() for label in page.findChildren(QLabel, "countdown")]
    assert texts == ["live now", "in 1 h 30 min"]
    opened: list[str] = []
    monkeypatch.setattr(
        "companion.ui.links.links_flow.open_checked", lambda parent, url: opened.append(url)
    )
    streams = [b for b in page.findChildren(QPushButton) if b.text() == "Open stream…"]
    assert [b.isEnabled() for b in streams] == [False, True]  # no profile link, nothing to open
    streams[1].click()
    assert opened == ["https://www.twitch.tv/mia"]  # through the link checker's question


def _spend(ctx, amount: str) -> None:
    entry = ledger.make_purchase(
        ctx.db,
        platform="tiktok",
        units=100,
        amount=amount,
        currency="USD",
        when=ctx.clock() - timedelta(hours=1),
        now=ctx.clock(),
        zone=UTC,
        home="USD",
    )
    ledger.add(ctx.db, entry)


@pytest.mark.parametrize(
    ("spent", "state", "words"),
    [
        ("10.00", home.NEAR, "100.0% · $10.00 of $10.00 · $0.00 left"),
        ("10.01", home.OVER, "100.1% · $10.01 of $10.00 · $0.01 over"),
    ],
)
def test_budget_cards_show_state_bar_and_figures(make_page, ctx, spent, state, words) -> None:
    budget.set_budget(ctx.db, "overall", "monthly", "10", "USD", now=ctx.clock())
    _spend(ctx, spent)
    page = make_page()
    (card,) = page.budget_cards
    assert card.state == state
    assert card.bar.value() == 100
    assert card.figures.text() == words
    assert card.state_label.text() == budget_card.STATE_WORDS[state]
    assert "Nov 30" in card.projection.text()  # the last day of the period


def test_a_budget_card_on_track(make_page, ctx) -> None:
    budget.set_budget(ctx.db, "overall", "monthly", "100", "USD", now=ctx.clock())
    _spend(ctx, "10.00")
    page = make_page()
    (card,) = page.budget_cards
    assert (card.state, card.bar.value()) == (home.OK, 10)
    assert card.state_label.text() == "On track"


def test_wallets_and_alerts_fill_their_cards(make_page, ctx) -> None:
    budget.set_budget(ctx.db, "overall", "monthly", "10", "USD", now=ctx.clock())
    _spend(ctx, "6.00")
    budget.check_thresholds(ctx.db, now=ctx.clock(), zone=UTC, week_start=0)
    page = make_page()
    texts = [label.text() for label in page.alerts.findChildren(QLabel)]
    assert "Nov 25, 12:00\u202fPM · Overall, monthly: passed 50%" in texts
    wallet_texts = [label.text() for label in page.wallets.findChildren(QLabel)]
    assert "100 Coins" in wallet_texts


def test_home_updates_when_shown_again(make_page, ctx) -> None:
    page = make_page()
    assert not page.budget_cards
    budget.set_budget(ctx.db, "overall", "monthly", "10", "USD", now=ctx.clock())
    page.hide()
    page.show()
    assert len(page.budget_cards) == 1


def test_the_window_opens_on_home_and_quick_actions_open_the_dialog(
    qtbot, ctx, monkeypatch
) -> None:
    from companion.ui.budget.budget_page import BudgetPage
    from companion.ui.calendar.calendar_page import CalendarPage

    logged: list[str] = []
    added: list[bool] = []
    monkeypatch.setattr(BudgetPage, "log", lambda self, kind, prefill=None: logged.append(kind))
    monkeypatch.setattr(CalendarPage, "_on_add", lambda self: added.append(True))
    window = MainWindow(ctx, page_specs(tray_available=False))
    qtbot.addWidget(window)
    window.show()
    assert window.current_page_key() == "home"
    page = window.page("home")
    page.log_button.click()
    assert window.current_page_key() == "budget"
    qtbot.waitUntil(lambda: logged == ["purchase"])
    window.show_page("home")
    _buttons(page)["Add a live…"].click()
    qtbot.waitUntil(lambda: added == [True])
    assert window.current_page_key() == "calendar"
    page.check_button.click()
    assert window.current_page_key() == "links"


def test_a_narrow_home_stacks_its_cards(qtbot, make_page, ctx) -> None:
    budget.set_budget(ctx.db, "overall", "monthly", "10", "USD", now=ctx.clock())
    budget.set_budget(ctx.db, "overall", "weekly", "5", "USD", now=ctx.clock())
    page = make_page()
    page.resize(1000, 700)
    assert page._budget_columns == 2
    page.resize(380, 700)
    assert page._budget_columns == 1
    first, second = page.budget_cards
    qtbot.waitUntil(lambda: second.geometry().top() > first.geometry().bottom())


def test_the_window_never_opens_larger_than_the_screen(qtbot, ctx) -> None:
    window = MainWindow(ctx, page_specs(tray_available=False))
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
    assert window.minimumWidth() <= room.width() and window.minimumHeight() <= room.height()


def test_every_common_task_opens_its_form_in_one_click_from_home(qtbot, ctx, monkeypatch):
    """Log, budget, add a creator, add a live: one click on Home opens the form, then fill
    it and save (3 steps); plan and check a link put the cursor in the field."""
    from companion.ui.budget.budget_dialogs import BudgetDialog, EntryDialog
    from companion.ui.calendar.event_dialogs import CreatorDialog, EventDialog

    opened: list[str] = []
    for cls in (BudgetDialog, EntryDialog, CreatorDialog, EventDialog):
        monkeypatch.setattr(cls, "exec", lambda self, n=cls.__name__: opened.append(n) or 0)
    budget.set_budget(ctx.db, "overall", "monthly", "10", "USD", now=ctx.clock())
    _live(ctx, "Karaoke", "2026-11-25T20:00")
    window = MainWindow(ctx, page_specs(tray_available=False))
    qtbot.addWidget(window)
    window.show()
    home_page_ = window.page("home")
    for button, dialog in (
        (home_page_.log_button, "EntryDialog"),
        (home_page_.add_budget_button, "BudgetDialog"),
        (home_page_.add_creator_button, "CreatorDialog"),
        (home_page_.add_live_button, "EventDialog"),
    ):
        window.show_page("home")
        button.click()
        qtbot.waitUntil(lambda d=dialog: opened[-1:] == [d])
    window.show_page("home")
    home_page_.check_button.click()
    links = window.page("links")
    qtbot.waitUntil(lambda: window.focusWidget() is links.url_input)


def test_a_live_now_stands_out_until_it_ends(make_page, ctx) -> None:
    from companion.ui import style

    _live(ctx, "Cooking", "2026-11-25T11:45")  # started 15 minutes ago, ends at 12:45
    _live(ctx, "Karaoke", "2026-11-25T13:30")
    page = make_page()
    now_on, coming = page.findChildren(QLabel, "countdown")
    assert [now_on.text(), coming.text()] == ["live now", "in 1 h 30 min"]
    assert style.tone("ok", page).fg in now_on.styleSheet()
    assert "bold" in now_on.styleSheet()
    assert coming.styleSheet() == ""
    start = ctx.clock()
    ctx.clock = lambda: start + timedelta(hours=1)  # Cooking is over, Karaoke not yet on
    page._tick()
    assert now_on.text() != "live now"
    assert [now_on.styleSheet(), coming.styleSheet()] == ["", ""]
