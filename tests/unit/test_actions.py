"""The money rules, decided once in core/budget/actions.py: every guarded change either goes
through or raises the question the fan must answer, and changes nothing until answered."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from companion.core.budget import actions, budget, ledger, lock
from companion.core.budget.actions import Answers, NeedsConfirmation, NeedsPasscode, NeedsRate
from companion.core.store import backup
from companion.core.store.settings import Settings

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
UTC = ZoneInfo("UTC")
PASS = "tulip-42"
OK = Answers(confirmed=True, passcode=PASS)


def purchase(
    db,
    amount: str = "4.99",
    *,
    units: int = 330,
    platform: str = "tiktok",
    currency: str = "USD",
    when: datetime = NOW - timedelta(hours=1),
) -> ledger.Entry:
    return ledger.make_purchase(
        db,
        platform=platform,
        units=units,
        amount=amount,
        currency=currency,
        when=when,
        now=NOW,
        zone=UTC,
        home="USD",
    )


def gift(db, units: int, creator: str = "Mia Sings") -> ledger.Entry:
    return ledger.make_gift(
        db,
        platform="tiktok",
        units=units,
        creator=creator,
        when=NOW - timedelta(minutes=5),
        now=NOW,
        zone=UTC,
        home="USD",
    )


@pytest.fixture
def fan(db):
    """A fan in UTC with a $50 monthly budget."""
    Settings(db).set("time_zone", "UTC")
    Settings(db).set("home_currency", "USD")
    budget.set_budget(db, "overall", "monthly", "50", "USD", now=NOW)
    return db


def spent(db) -> int:
    return budget.spent_in(db, "overall", *budget.period_bounds("monthly", NOW, UTC, 0), "USD")


# -- logging -----------------------------------------------------------------------------------
def test_within_budget_saves_without_a_question(fan) -> None:
    done = actions.log_entry(fan, purchase(fan, "49.99"), now=NOW)
    assert done.result.id is not None and spent(fan) == 4999


def test_exactly_the_limit_is_not_over_one_cent_more_is(fan) -> None:
    actions.log_entry(fan, purchase(fan, "50.00"), now=NOW)
    with pytest.raises(NeedsConfirmation) as asked:
        actions.log_entry(fan, purchase(fan, "0.01"), now=NOW)
    assert asked.value.over[0].spent == 5001
    assert ledger.count(fan) == 1  # nothing saved until the fan says yes


def test_over_budget_asks_then_saves_when_confirmed(fan) -> None:
    entry = purchase(fan, "60")
    with pytest.raises(NeedsConfirmation):
        actions.log_entry(fan, entry, now=NOW)
    done = actions.log_entry(fan, entry, Answers(confirmed=True), now=NOW)
    assert spent(fan) == 6000
    assert [a.threshold for a in done.alerts] == [50, 80, 100]


def test_over_budget_with_the_lock_needs_the_passcode_too(fan) -> None:
    lock.enable(fan, PASS)
    entry = purchase(fan, "60")
    with pytest.raises(NeedsPasscode):
        actions.log_entry(fan, entry, Answers(confirmed=True), now=NOW)
    with pytest.raises(lock.LockError):
        actions.log_entry(fan, entry, Answers(confirmed=True, passcode="wrong"), now=NOW)
    assert ledger.count(fan) == 0
    actions.log_entry(fan, entry, OK, now=NOW)
    assert ledger.count(fan) == 1


def test_a_back_dated_purchase_is_judged_in_its_own_month(fan) -> None:
    last_month = NOW - timedelta(days=30)
    with pytest.raises(NeedsConfirmation) as asked:
        actions.log_entry(fan, purchase(fan, "60", when=last_month), now=NOW)
    assert asked.value.over[0].period_start.month == 10
    actions.log_entry(fan, purchase(fan, "60", when=last_month), Answers(confirmed=True), now=NOW)
    assert spent(fan) == 0  # this month is untouched


def test_a_gift_that_takes_a_creator_budget_over_asks(fan) -> None:
    budget.set_budget(fan, "creator:Mia Sings", "weekly", "5", "USD", now=NOW)
    actions.log_entry(fan, purchase(fan, "10.00", units=1000), now=NOW)  # 1 cent a coin
    lock.enable(fan, PASS)
    with pytest.raises(NeedsConfirmation) as asked:
        actions.log_entry(fan, gift(fan, 700), now=NOW)  # $7 of a $5 budget
    assert asked.value.over[0].budget.scope == "creator:Mia Sings"
    with pytest.raises(NeedsPasscode):
        actions.log_entry(fan, gift(fan, 700), Answers(confirmed=True), now=NOW)


def test_alerts_name_only_the_budgets_the_entry_touched(fan) -> None:
    budget.set_budget(fan, "creator:Mia Sings", "weekly", "5", "USD", now=NOW)
    actions.log_entry(fan, purchase(fan, "10.00", units=1000), now=NOW)
    # Mia's budget passes 80 % while the overall one has alerts still to come.
    done = actions.log_entry(fan, gift(fan, 450), now=NOW)
    assert {a.budget.scope for a in done.alerts} == {"creator:Mia Sings"}
    done = actions.log_entry(fan, purchase(fan, "20.00"), now=NOW)
    assert {a.budget.scope for a in done.alerts} == {"overall"}


# -- rates -------------------------------------------------------------------------------------
def test_a_purchase_with_no_rate_asks_for_one_instead_of_escaping(fan) -> None:
    entry = purchase(fan, "40.00", currency="EUR")
    assert entry.home_minor is None
    with pytest.raises(NeedsRate) as asked:
        actions.log_entry(fan, entry, now=NOW)
    assert (asked.value.source, asked.value.target) == ("EUR", "USD")
    with pytest.raises(NeedsConfirmation):  # 40 EUR at 1.5 is $60: over the $50 budget
        actions.log_entry(fan, entry, Answers(rates={("EUR", "USD"): Decimal("1.5")}), now=NOW)
    done = actions.log_entry(
        fan, entry, Answers(confirmed=True, rates={("EUR", "USD"): Decimal("1.5")}), now=NOW
    )
    assert (done.result.home_minor, done.result.rate) == (6000, "1.5")
    assert spent(fan) == 6000


def test_with_no_budget_an_unpriced_purchase_needs_no_rate(db) -> None:
    Settings(db).set("home_currency", "USD")
    done = actions.log_entry(db, purchase(db, "40", currency="EUR"), now=NOW)
    assert done.result.home_minor is None


def test_changing_the_home_currency_keeps_purchases_counting(fan) -> None:
    actions.log_entry(fan, purchase(fan, "30.00"), now=NOW)
    with pytest.raises(NeedsRate):
        actions.set_home_currency(fan, "EUR", now=NOW)
    actions.set_home_currency(fan, "EUR", Answers(rates={("EUR", "USD"): Decimal("2")}), now=NOW)
    euro = ledger.make_purchase(
        fan,
        platform="tiktok",
        units=330,
        amount="15.00",
        currency="EUR",
        when=NOW - timedelta(minutes=1),
        now=NOW,
        zone=UTC,
        home="EUR",
    )
    with pytest.raises(NeedsConfirmation):  # $30 + 15 EUR x 2 = $60 of $50
        actions.log_entry(fan, euro, now=NOW)


def test_changing_the_home_currency_under_the_lock_needs_the_passcode(fan) -> None:
    lock.enable(fan, PASS)
    rates = {("EUR", "USD"): Decimal("1.1")}
    with pytest.raises(NeedsPasscode):
        actions.set_home_currency(fan, "EUR", Answers(rates=rates), now=NOW)
    assert Settings(fan).get("home_currency") == "USD"
    actions.set_home_currency(fan, "EUR", Answers(rates=rates, passcode=PASS), now=NOW)
    assert Settings(fan).get("home_currency") == "EUR"


# -- edit, delete, undo --------------------------------------------------------------------------
def test_editing_one_dollar_into_five_hundred_is_spending(fan) -> None:
    lock.enable(fan, PASS)
    saved = actions.log_entry(fan, purchase(fan, "1.00"), now=NOW).result
    with pytest.raises(NeedsConfirmation):
        actions.edit_entry(fan, saved.id, purchase(fan, "500"), now=NOW)
    with pytest.raises(NeedsPasscode):
        actions.edit_entry(fan, saved.id, purchase(fan, "500"), Answers(confirmed=True), now=NOW)
    assert ledger.get(fan, saved.id).amount_minor == 100


def test_editing_down_or_deleting_under_the_lock_needs_the_passcode(fan) -> None:
    saved = actions.log_entry(fan, purchase(fan, "30.00"), now=NOW).result
    lock.enable(fan, PASS)
    with pytest.raises(NeedsPasscode, match="taking spending out"):
        actions.edit_entry(fan, saved.id, purchase(fan, "1.00"), now=NOW)
    with pytest.raises(NeedsPasscode):
        actions.delete_entries(fan, [saved.id], now=NOW)
    assert spent(fan) == 3000
    gone = actions.delete_entries(fan, [saved.id], Answers(passcode=PASS), now=NOW).result
    assert ledger.count(fan) == 0
    actions.undo_delete(fan, gone, now=NOW)  # putting spending back is not loosening
    assert spent(fan) == 3000


def test_without_the_lock_deleting_needs_nothing(fan) -> None:
    saved = actions.log_entry(fan, purchase(fan, "30.00"), now=NOW).result
    actions.delete_entries(fan, [saved.id], now=NOW)
    assert ledger.count(fan) == 0


def test_deleting_an_entry_of_a_closed_period_is_not_loosening(fan) -> None:
    old = actions.log_entry(fan, purchase(fan, "10", when=NOW - timedelta(days=40)), now=NOW).result
    lock.enable(fan, PASS)
    actions.delete_entries(fan, [old.id], now=NOW)  # last month's figures guard nothing now


def test_undo_that_goes_over_budget_asks(fan) -> None:
    first = actions.log_entry(fan, purchase(fan, "40.00"), now=NOW).result
    gone = actions.delete_entries(fan, [first.id], now=NOW).result
    actions.log_entry(fan, purchase(fan, "40.00"), now=NOW)
    with pytest.raises(NeedsConfirmation):
        actions.undo_delete(fan, gone, now=NOW)


# -- budgets -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("change", "guarded"),
    [
        (lambda db, b, a: actions.set_budget(db, "overall", "monthly", "50.01", a, now=NOW), True),
        (lambda db, b, a: actions.set_budget(db, "overall", "monthly", "50", a, now=NOW), False),
        (lambda db, b, a: actions.set_budget(db, "overall", "monthly", "49", a, now=NOW), False),
        (lambda db, b, a: actions.set_budget(db, "overall", "weekly", "999", a, now=NOW), False),
        (
            lambda db, b, a: actions.set_budget(
                db, "overall", "monthly", "50", a, thresholds="1000", now=NOW
            ),
            True,
        ),
        (
            lambda db, b, a: actions.set_budget(
                db, "overall", "monthly", "50", a, thresholds="25,50,80,100", now=NOW
            ),
            False,
        ),
        (lambda db, b, a: actions.pause_budget(db, b.id, True, a, now=NOW), True),
        (lambda db, b, a: actions.remove_budget(db, b.id, a, now=NOW), True),
    ],
    ids=["raise", "same", "lower", "new", "thresholds-1000", "add-threshold", "pause", "remove"],
)
def test_the_lock_guards_loosening_a_budget(fan, change, guarded) -> None:
    lock.enable(fan, PASS)
    b = budget.find(fan, "overall", "monthly")
    before = budget.budgets(fan)
    if guarded:
        with pytest.raises(NeedsPasscode):
            change(fan, b, Answers())
        assert budget.budgets(fan) == before
        change(fan, b, Answers(passcode=PASS))
    else:
        change(fan, b, Answers())


def test_resuming_a_paused_budget_is_free(fan) -> None:
    b = budget.find(fan, "overall", "monthly")
    actions.pause_budget(fan, b.id, True, now=NOW)
    lock.enable(fan, PASS)
    actions.pause_budget(fan, b.id, False, now=NOW)
    assert not budget.get(fan, b.id).paused


# -- imports and restores ------------------------------------------------------------------------
def test_a_ledger_import_over_budget_asks_and_saves_nothing_until_answered(fan) -> None:
    lock.enable(fan, PASS)
    entries = [purchase(fan, "30"), purchase(fan, "30")]
    with pytest.raises(NeedsConfirmation):
        actions.import_ledger(fan, entries, now=NOW)
    with pytest.raises(NeedsPasscode):
        actions.import_ledger(fan, entries, Answers(confirmed=True), now=NOW)
    assert ledger.count(fan) == 0
    assert actions.import_ledger(fan, entries, OK, now=NOW).result == 2


def test_restoring_a_backup_from_before_the_lock_needs_the_passcode(fan, data_dir, tmp_path):
    before_lock = backup.export_backup(fan, tmp_path / "old.sqlite")
    lock.enable(fan, PASS)
    with pytest.raises(NeedsPasscode, match="without the spending lock"):
        actions.restore_backup(fan, data_dir, before_lock, now=NOW)
    assert lock.is_on(fan) and budget.budgets(fan)
    actions.restore_backup(fan, data_dir, before_lock, Answers(passcode=PASS), now=NOW)


def test_restoring_a_backup_with_the_lock_and_the_same_budgets_is_free(fan, data_dir, tmp_path):
    lock.enable(fan, PASS)
    same = backup.export_backup(fan, tmp_path / "same.sqlite")
    actions.restore_backup(fan, data_dir, same, now=NOW)


def test_restoring_a_backup_without_a_budget_needs_the_passcode(fan, data_dir, tmp_path):
    lock.enable(fan, PASS)
    taken = backup.export_backup(fan, tmp_path / "b.sqlite")
    conn = sqlite3.connect(taken)
    conn.execute("DELETE FROM budgets")
    conn.commit()
    conn.close()
    with pytest.raises(NeedsPasscode, match="no monthly budget"):
        actions.restore_backup(fan, data_dir, taken, now=NOW)


# -- the lock itself -----------------------------------------------------------------------------
def test_turning_the_lock_off_needs_the_passcode(fan) -> None:
    lock.enable(fan, PASS)
    with pytest.raises(NeedsPasscode):
        actions.lock_off(fan, now=NOW)
    with pytest.raises(lock.LockError):
        actions.lock_off(fan, Answers(passcode="nope"), now=NOW)
    assert lock.is_on(fan)
    actions.lock_off(fan, Answers(passcode=PASS), now=NOW)
    assert not lock.is_on(fan)


# -- the asking loop ---------------------------------------------------------------------------
class Scripted:
    def __init__(self, confirm: bool = True, passcodes=(PASS,), rate: str | None = None):
        self.answer, self.codes, self.given = confirm, list(passcodes), rate
        self.asked: list[str] = []

    def confirm(self, q):
        self.asked.append("confirm")
        return self.answer

    def passcode(self, q, error):
        self.asked.append(f"passcode:{error}")
        return self.codes.pop(0) if self.codes else None

    def rate(self, q):
        self.asked.append("rate")
        return Decimal(self.given) if self.given else None


def test_drive_asks_each_question_once_and_retries_a_wrong_passcode(fan) -> None:
    lock.enable(fan, PASS)
    asker = Scripted(passcodes=["wrong", PASS])
    done = actions.drive(lambda a: actions.log_entry(fan, purchase(fan, "60"), a, now=NOW), asker)
    assert done is not None and ledger.count(fan) == 1
    assert asker.asked == ["confirm", "passcode:None", "passcode:that is not the passcode"]


def test_drive_returns_none_and_saves_nothing_when_the_fan_declines(fan) -> None:
    asker = Scripted(confirm=False)
    assert (
        actions.drive(lambda a: actions.log_entry(fan, purchase(fan, "60"), a, now=NOW), asker)
        is None
    )
    assert ledger.count(fan) == 0


def test_a_rate_given_for_a_declined_purchase_is_not_kept(fan) -> None:
    from companion.core.money import rates

    entry = purchase(fan, "40.00", currency="EUR")
    with pytest.raises(NeedsConfirmation):
        actions.log_entry(fan, entry, Answers(rates={("EUR", "USD"): Decimal("1.5")}), now=NOW)
    assert rates.all_rates(fan) == []
