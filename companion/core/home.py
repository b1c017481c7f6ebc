"""What the Home page shows, read from the capabilities' own queries (no rules of its own).

Qt-free so the figures a fan sees first can be tested without a window: the next lives of
favourite creators, each budget's state, wallets and the latest alerts.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from sqlite_utils import Database

    from companion.core.budget.budget import Status
    from companion.core.calendar.schedule import Agenda

# How far ahead Home looks for lives: a fortnight covers weekly shows twice.
LIVES_AHEAD = timedelta(days=14)
LIVES_FIRST_LOOK = timedelta(days=1)
# A budget is "near" its limit from this share on, or when its pace says it will go over.
NEAR_PERCENT = 80

OK, NEAR, OVER, PAUSED = "ok", "near", "over", "paused"


def next_lives(db: Database, now: datetime, zone: ZoneInfo, limit: int = 5) -> list[Agenda]:
    """The next ``limit`` lives not yet over, favourite creators' first.

    With no favourite (or none of them live soon) every creator's lives count, so a new fan
    still sees what is coming rather than an empty card.
    """
    from companion.core.calendar import window

    version = window.calendar_version(db)
    remembered = _remembered(db, version, now, zone, limit)
    if remembered is not None:
        return remembered
    has_favourites = db.execute(
        "SELECT EXISTS (SELECT 1 FROM creators WHERE favourite = 1)"
    ).fetchone()[0]
    # The next day first: the first page is built from this, and a day of every series is a
    # fraction of a fortnight's. Everything past it starts later than everything in it, so
    # once the day holds ``limit`` of what is shown, the fortnight would add none of them.
    # With favourites, only their events are read: everyone else's are shown only when no
    # favourite is live in the fortnight.
    favourites: list[Agenda] = []
    upcoming: list[Agenda] = []
    for span in (LIVES_FIRST_LOOK, LIVES_AHEAD):
        if has_favourites:
            favourites = [
                a
                for a in window.favourites_occurrences(db, now, now + span, home_zone=zone)
                if a.occurrence.end > now
            ]
            if len(favourites) >= limit:
                break
        else:
            upcoming = [
                a
                for a in window.occurrences(db, now, now + span, home_zone=zone)
                if a.occurrence.end > now
            ]
            if len(upcoming) >= limit:
                break
    if has_favourites and not favourites:
        upcoming = [
            a
            for a in window.occurrences(db, now, now + LIVES_AHEAD, home_zone=zone)
            if a.occurrence.end > now
        ]
    shown = favourites if has_favourites else upcoming
    if version is not None and len(shown) >= limit:
        _remember(db, version, now, zone, limit, bool(has_favourites), shown)
    return (favourites or upcoming)[:limit]


# Which events made Home's list, so that the next start parses those few rather than every
# event (the first page waits for this). The list at a later moment is the list remembered,
# less what has ended since, followed by what comes after it: so while the calendar has not
# changed, the remembered events' own occurrences up to the last one shown, still running,
# are the first of the new list, as long as there are ``limit`` of them.
_MEMO = "home_lives"


def _remember(
    db: Database,
    version: str,
    now: datetime,
    zone: ZoneInfo,
    limit: int,
    favourites_only: bool,
    shown: list[Agenda],
) -> None:
    import json

    last = shown[limit - 1].occurrence.start_utc
    # Every event with an occurrence up to the last one shown: ties at that start included.
    ids = sorted({a.event.id for a in shown if a.occurrence.start_utc <= last})
    memo = json.dumps(
        {
            "version": version,
            "zone": zone.key,
            "limit": limit,
            "favourites": favourites_only,
            "from": now.isoformat(),
            "last": last.isoformat(),
            "events": ids,
        }
    )
    if db.execute("SELECT query_only FROM pragma_query_only").fetchone()[0]:
        # The start-up integrity check has not passed yet: kept until it has (app start).
        db.__dict__["_companion_lives_memo"] = memo
        return
    db.__dict__.pop("_companion_lives_memo", None)
    _write_memo(db, memo)


def save_remembered_lives(db: Database) -> None:
    """Write what ``next_lives`` remembered while writes were refused (the check passed)."""
    memo = db.__dict__.pop("_companion_lives_memo", None)
    if memo is not None:
        _write_memo(db, memo)


def _write_memo(db: Database, memo: str) -> None:
    from companion.core.store.lazydb import upsert

    row = db.execute("SELECT value FROM meta WHERE key = ?", [_MEMO]).fetchone()
    if row is None or row[0] != memo:  # an unchanged memo leaves the file untouched
        upsert(db, "meta", {"key": _MEMO, "value": memo}, "key")


def _remembered(
    db: Database, version: str | None, now: datetime, zone: ZoneInfo, limit: int
) -> list[Agenda] | None:
    """``next_lives`` from the remembered events, or None when they cannot be trusted to be
    the first (the calendar changed, time went back, or too few are left)."""
    import json

    from companion.core.calendar import window

    row = db.execute("SELECT value FROM meta WHERE key = ?", [_MEMO]).fetchone()
    if row is None or version is None:
        return None
    try:
        memo = json.loads(row[0])
        valid = (
            memo["version"] == version
            and memo["zone"] == zone.key
            and memo["limit"] == limit
            and datetime.fromisoformat(memo["from"]) <= now
        )
        last = datetime.fromisoformat(memo["last"])
        ids = [int(i) for i in memo["events"]]
    except (ValueError, KeyError, TypeError):
        return None  # an older or damaged memo: work it out again
    if not valid:
        return None
    items = [
        a
        for a in window.occurrences_among(
            window.parsed_subset(db, ids), now, now + LIVES_AHEAD, home_zone=zone
        )
        if a.occurrence.end > now
        and a.occurrence.start_utc <= last
        and (not memo["favourites"] or (a.creator is not None and a.creator.favourite))
    ]
    return items[:limit] if len(items) >= limit else None


def budget_state(status: Status) -> str:
    """``over`` past the limit, ``near`` from NEAR_PERCENT or when the pace goes over, else ok.

    Exactly at the limit is not over: the same line the over-budget question draws.
    """
    b = status.budget
    if b.paused:
        return PAUSED
    if status.spent > b.limit_minor:
        return OVER
    if b.limit_minor > 0 and (
        status.spent * 100 >= NEAR_PERCENT * b.limit_minor or status.projected > b.limit_minor
    ):
        return NEAR
    return OK


class WalletLine(NamedTuple):
    platform: str
    name: str
    unit: str
    balance: int


def wallet_lines(db: Database, platforms_used: tuple[str, ...] = ()) -> list[WalletLine]:
    """Each platform's balance; the platforms the fan said they use appear even at zero."""
    from companion.core.budget.wallets import wallets

    # Names and units only: bundles.store's Platform (payouts, the catalogue) is not needed here.
    known = {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, name, unit FROM platforms")}
    balances = {w.platform: w.balance for w in wallets(db)}
    ids = list(balances) + [p for p in platforms_used if p not in balances and p in known]
    out = []
    for pid in ids:
        name, unit = known.get(pid, (pid, ""))
        out.append(WalletLine(pid, name, unit, balances.get(pid, 0)))
    return out


class AlertLine(NamedTuple):
    fired_at: datetime
    label: str
    period: str
    threshold: int


def latest_alerts(db: Database, limit: int = 5) -> list[AlertLine]:
    """The budget thresholds most recently crossed, newest first."""
    from companion.core.budget import budget

    by_id = {b.id: b for b in budget.budgets(db)}
    rows = db.execute(
        "SELECT budget_id, threshold, fired_at FROM budget_alerts "
        "ORDER BY fired_at DESC, threshold DESC LIMIT ?",
        [limit],
    ).fetchall()
    out = []
    for budget_id, threshold, fired_at in rows:
        b = by_id.get(budget_id)
        if b is not None:
            out.append(AlertLine(datetime.fromisoformat(fired_at), b.label, b.period, threshold))
    return out


def platforms_used(text: str) -> tuple[str, ...]:
    """The ``platforms_used`` setting (comma-separated ids) as a tuple."""
    return tuple(p for p in (part.strip() for part in (text or "").split(",")) if p)


# Paths on a platform's site that are pages, not people (tiktok.com/coin, twitch.tv/directory).
_NOT_HANDLES = {
    "coin",
    "coins",
    "directory",
    "search",
    "watch",
    "live",
    "channel",
    "c",
    "user",
    "help",
    "login",
    "signup",
    "settings",
    "explore",
    "profile.php",
    "gaming",
    "shorts",
    "videos",
}


class Profile(NamedTuple):
    platform: str
    handle: str
    url: str


def profile_from_url(url: str) -> Profile:
    """A creator's platform and handle from their profile link, on the platform's official
    domain only (the link checker decides): ``https://www.tiktok.com/@mia`` -> tiktok, mia."""
    from urllib.parse import urlsplit

    from companion.core.errors import InputError
    from companion.core.links.links import check_url

    clean = (url or "").strip()
    if not clean:
        raise InputError("profile_url: paste the creator's profile link")
    if "://" not in clean:
        clean = "https://" + clean
    verdict = check_url(clean)
    if not verdict.on_site or verdict.platform is None:
        reason = verdict.reasons[0] if verdict.reasons else "not an official site"
        raise InputError(f"profile_url: {reason}")
    parts = [p for p in urlsplit(clean).path.split("/") if p]
    if parts and parts[0] in ("c", "channel", "user") and len(parts) > 1:
        parts = parts[1:]  # youtube.com/c/name
    handle = parts[0].lstrip("@") if parts else ""
    if not handle or handle.lower() in _NOT_HANDLES:
        raise InputError(f"profile_url: {verdict.host} does not name a creator here")
    return Profile(verdict.platform, handle, clean)
