"""Budgets: periods in the fan's own zone and week, status and pace, thresholds that fire once.

Scopes: ``overall`` and ``platform:<id>`` count money paid for purchases; ``creator:<name>``
counts the value of gifts sent to that creator.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

from companion.core.budget.instants import utc_text
from companion.core.errors import InputError
from companion.core.money.money import check_currency, parse_amount
from companion.core.said import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.budget.ledger import Entry
    from companion.core.store.ready import ReadConnection


PERIODS = ("weekly", "monthly")
DEFAULT_THRESHOLDS = (50, 80, 100)
# What the fan is told about a budget they typed (companion.core.said: translatable).
_ONE_SCOPE = QT_TRANSLATE_NOOP("core", "choose a platform or a creator, not both")
_NAME = QT_TRANSLATE_NOOP("core", "give the creator's name")
_NOT_PERCENT = QT_TRANSLATE_NOOP("core", "'{text}' is not a whole percent")
_PERCENT_RANGE = QT_TRANSLATE_NOOP("core", "{value} must be between 1 and 1000")

# Planned spending on upcoming live events: (db, scope, start, end, home) -> minor units.
PlannedSpend = Callable[["Database | ReadConnection", str, datetime, datetime, str], int]


def _calendar_planned(
    db: Database | ReadConnection, scope: str, start: datetime, end: datetime, home: str
) -> int:
    from companion.core.calendar.planned import plans_spending

    # Asked first, apart: with nothing planned the calendar's modules are never imported.
    if not plans_spending(db):
        return 0
    from companion.core.calendar.schedule import planned_spend

    return planned_spend(db, scope, start, end, home)


planned_spend_sources: list[PlannedSpend] = [_calendar_planned]


# Budgets, statuses and alerts are NamedTuples, not dataclasses: importing dataclasses (inspect,
# ast, dis) and building three frozen dataclasses were ~10 ms of every ``companion budget``.
class Budget(NamedTuple):
    """A limit on spending in one scope over each week or month."""

    id: int
    scope: str
    period: str
    limit_minor: int
    currency: str
    thresholds: tuple[int, ...]
    paused: bool

    @property
    def label(self) -> str:
        if self.scope == "overall":
            return "Overall"
        kind, _, name = self.scope.partition(":")
        return f"{name} ({kind})"


class Status(NamedTuple):
    """Where a budget stands in its current period."""

    budget: Budget
    period_start: datetime  # aware, in the fan's zone
    period_end: datetime  # exclusive
    spent: int
    planned: int  # upcoming planned spending in the rest of the period
    projected: int  # end-of-period spend at the current pace, plus planned
    thresholds_crossed: tuple[int, ...]

    @property
    def remaining(self) -> int:
        return self.budget.limit_minor - self.spent

    @property
    def percent(self) -> Decimal:
        if self.budget.limit_minor <= 0:
            return Decimal(0)
        # Floor, never round: $39.98 of $50 is 79.9 %, so the bar never shows "80.0 %" while the
        # 80 % alert (which compares exact amounts) has not fired.
        exact = Decimal(self.spent) * 100 / self.budget.limit_minor
        return exact.quantize(Decimal("0.1"), rounding=ROUND_FLOOR)


class Alert(NamedTuple):
    """A threshold a budget has just crossed."""

    budget: Budget
    threshold: int
    status: Status


# -- periods -----------------------------------------------------------------------------------
def period_bounds(
    period: str, now: datetime, zone: ZoneInfo, week_start: int
) -> tuple[datetime, datetime]:
    """[start, end) of the period containing ``now``, at local midnights (DST-correct)."""
    today = now.astimezone(zone).date()
    if period == "weekly":
        first = today - timedelta(days=(today.weekday() - week_start) % 7)
        last = first + timedelta(days=7)
    elif period == "monthly":
        first = today.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1)
    else:
        raise InputError(f"period: must be weekly or monthly, not '{period}'")
    return _midnight(first, zone), _midnight(last, zone)


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    # Midnight can be skipped by a DST change (e.g. America/Havana): fold onto the real instant.
    local = datetime.combine(day, time(0), zone)
    return local.astimezone(timezone.utc).astimezone(zone)


# -- budgets -----------------------------------------------------------------------------------
def scope_for(platform: str | None = None, creator: str | None = None) -> str:
    if platform and creator:
        raise InputError(say(_ONE_SCOPE), field="scope")
    if platform:
        return f"platform:{platform}"
    if creator:
        name = creator.strip()
        if not name:
            raise InputError(say(_NAME), field="creator")
        return f"creator:{name}"
    return "overall"


def budgets(db: Database | ReadConnection, *, include_paused: bool = True) -> list[Budget]:
    rows = db.execute(
        "SELECT id, scope, period, limit_minor, currency, thresholds, paused FROM budgets"
        + ("" if include_paused else " WHERE paused = 0")
        + " ORDER BY scope = 'overall' DESC, scope, period"
    ).fetchall()
    return [
        Budget(id_, scope, period, limit, currency, tuple(json.loads(thresholds)), bool(paused))
        for id_, scope, period, limit, currency, thresholds, paused in rows
    ]


def find(db: Database, scope: str, period: str) -> Budget | None:
    return next((b for b in budgets(db) if b.scope == scope and b.period == period), None)


def get(db: Database, budget_id: int) -> Budget:
    found = next((b for b in budgets(db) if b.id == budget_id), None)
    if found is None:
        raise InputError(f"budget {budget_id} does not exist")
    return found


def parse_thresholds(text: object) -> tuple[int, ...]:
    if text is None or text == "":
        return DEFAULT_THRESHOLDS
    parts = text if isinstance(text, (list, tuple)) else str(text).replace("%", "").split(",")
    values = []
    for part in parts:
        try:
            value = int(str(part).strip())
        except ValueError:
            raise InputError(say(_NOT_PERCENT, text=part), field="thresholds") from None
        if not 1 <= value <= 1000:
            raise InputError(say(_PERCENT_RANGE, value=value), field="thresholds")
        values.append(value)
    return tuple(sorted(set(values)))


def needs_passcode_to_set(db: Database, scope: str, period: str, limit_minor: int) -> bool:
    """Raising a limit is what the spending lock guards; a new or lower limit is free."""
    old = find(db, scope, period)
    return old is not None and limit_minor > old.limit_minor


def set_budget(
    db: Database,
    scope: str,
    period: str,
    limit: object,
    currency: str,
    *,
    thresholds: object = None,
    now: datetime,
) -> Budget:
    """Create or change the budget for ``scope`` and ``period`` (lock checks are the caller's)."""
    if period not in PERIODS:
        raise InputError(f"period: must be weekly or monthly, not '{period}'")
    cur = check_currency(currency)
    limit_minor = parse_amount(limit, cur, "limit")
    marks = parse_thresholds(thresholds)
    old = find(db, scope, period)
    row = {
        "scope": scope,
        "period": period,
        "limit_minor": limit_minor,
        "currency": cur,
        "thresholds": json.dumps(
            list(marks if thresholds is not None or old is None else old.thresholds)
        ),
        "paused": 0,
        "created_at": utc_text(now),
    }
    with db.atomic():
        if old is None:
            db.table("budgets").insert(row)
        else:
            row.pop("created_at")
            db.table("budgets").update(old.id, row)
    result = find(db, scope, period)
    assert result is not None
    return result


def remove_budget(db: Database, budget_id: int) -> None:
    with db.atomic():
        db.table("budget_alerts").delete_where("budget_id = ?", [budget_id])
        db.table("budgets").delete(budget_id)


def set_paused(db: Database, budget_id: int, paused: bool) -> None:
    get(db, budget_id)
    with db.atomic():
        db.table("budgets").update(budget_id, {"paused": int(paused)})


# -- status ------------------------------------------------------------------------------------
def spent_in(
    db: Database | ReadConnection, scope: str, start: datetime, end: datetime, home: str
) -> int:
    """What counts against a budget of ``scope`` in [start, end), in the budget's currency.

    Entries priced in another currency (the fan changed the home currency, or an entry was
    logged before any rate was kept) are converted with the kept rate rather than dropped:
    money never escapes a budget because of its currency.
    """
    kind, _, name = scope.partition(":")
    if kind == "creator":
        where, args = "kind = 'gift' AND creator = ?", [name]
    elif kind == "platform":
        where, args = "kind = 'purchase' AND platform = ?", [name]
    else:
        where, args = "kind = 'purchase'", []
    scan = f"FROM ledger WHERE {where} AND occurred_at >= ? AND occurred_at < ?"
    params = [*args, utc_text(start), utc_text(end), home]
    # Entries in the budget's own currency (nearly all) are summed apart from the rest:
    # grouping every entry by currency (a temporary B-tree) cost more than reading them, 2/3
    # of a monthly status at 1M rows; the group of the others is usually empty.
    (own,) = db.execute(
        f"SELECT SUM(COALESCE(home_minor, amount_minor)) {scan} "
        "AND COALESCE(home_currency, currency) = ?",
        params,
    ).fetchone()
    total = int(own) if own is not None else 0
    rows = db.execute(
        "SELECT COALESCE(home_currency, currency), SUM(COALESCE(home_minor, amount_minor)) "
        f"{scan} AND COALESCE(home_currency, currency) IS NOT ? GROUP BY 1",
        params,
    ).fetchall()
    book = None
    for currency, minor in rows:
        if currency is None or minor is None:
            continue
        if book is None:
            from companion.core.money.rates import RateBook

            book = RateBook.load(db, end)
        converted = book.convert(int(minor), currency, home)
        if converted.converted:
            total += converted.minor
    return total


def status(
    db: Database | ReadConnection,
    budget: Budget,
    *,
    now: datetime,
    zone: ZoneInfo,
    week_start: int,
    extra: int = 0,
    with_planned: bool = True,
) -> Status:
    """Where ``budget`` stands now; ``extra`` adds a purchase not yet saved (for the warning).
    ``with_planned`` False leaves the calendar unread (planned 0, the projection at the pace
    alone), for callers that show neither."""
    start, end = period_bounds(budget.period, now, zone, week_start)
    spent = spent_in(db, budget.scope, start, end, budget.currency) + extra
    sources = planned_spend_sources if with_planned else ()
    planned = sum(src(db, budget.scope, now, end, budget.currency) for src in sources)
    # In UTC: subtracting two datetimes of one zone would ignore a DST change between them.
    elapsed = (now.astimezone(timezone.utc) - start.astimezone(timezone.utc)).total_seconds()
    length = (end.astimezone(timezone.utc) - start.astimezone(timezone.utc)).total_seconds()
    pace = int(Decimal(spent) * Decimal(length) / Decimal(max(elapsed, 3600)))
    projected = max(spent, min(pace, spent * 1000)) + planned
    crossed = tuple(
        t for t in budget.thresholds if budget.limit_minor and spent * 100 >= t * budget.limit_minor
    )
    return Status(budget, start, end, spent, planned, projected, crossed)


def statuses(
    db: Database | ReadConnection, *, now: datetime, zone: ZoneInfo, week_start: int
) -> list[Status]:
    return [status(db, b, now=now, zone=zone, week_start=week_start) for b in budgets(db)]


def applies_to(budget: Budget, entry: Entry) -> bool:
    kind, _, name = budget.scope.partition(":")
    if kind == "creator":
        return entry.kind == "gift" and entry.creator == name
    if entry.kind != "purchase":
        return False
    return kind == "overall" or entry.platform == name


def over_budget(
    db: Database, entry: Entry, *, now: datetime, zone: ZoneInfo, week_start: int
) -> list[Status]:
    """The budgets ``entry`` would take past 100 % (with their new figures), before saving it."""
    out = []
    for b in budgets(db, include_paused=False):
        if not applies_to(b, entry) or entry.home_currency != b.currency:
            continue
        # A back-dated entry counts in its own period (ends are exclusive), not in today's.
        start, end = period_bounds(b.period, now, zone, week_start)
        at = now if start <= entry.when < end else entry.when
        after = status(db, b, now=at, zone=zone, week_start=week_start, extra=entry.home_minor or 0)
        if after.spent > b.limit_minor:
            out.append(after)
    return out


def check_thresholds(
    db: Database,
    *,
    now: datetime,
    zone: ZoneInfo,
    week_start: int,
    only: Collection[int] | None = None,
) -> list[Alert]:
    """New threshold crossings this period, each recorded so it fires only once. ``only``
    limits the check to the budgets a change touched, so saving a TikTok purchase never
    announces a creator budget's old news."""
    alerts = []
    with db.atomic():
        for b in budgets(db, include_paused=False):
            if only is not None and b.id not in only:
                continue
            st = status(db, b, now=now, zone=zone, week_start=week_start)
            key = utc_text(st.period_start)
            fired = {
                r[0]
                for r in db.execute(
                    "SELECT threshold FROM budget_alerts WHERE budget_id = ? AND period_start = ?",
                    [b.id, key],
                )
            }
            for t in st.thresholds_crossed:
                if t in fired:
                    continue
                db.table("budget_alerts").insert(
                    {
                        "budget_id": b.id,
                        "period_start": key,
                        "threshold": t,
                        "fired_at": utc_text(now),
                    }
                )
                alerts.append(Alert(b, t, st))
    return alerts
