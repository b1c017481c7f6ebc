"""Subscriptions to a schedule's .ics address (a Twitch channel's, say), refreshed only when
the fan asks. Offline, the last copy stays and the fan is told so."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from companion.core.budget.ledger import utc_text
from companion.core.calendar.ics import MAX_BYTES, import_ics
from companion.core.errors import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database

Fetcher = Callable[[str], bytes]


def fetch_url(url: str, timeout: float = 15.0) -> bytes:
    """Download a calendar (only ever when the fan asks for a refresh)."""
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "FanCompanion/1 (calendar)"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read(MAX_BYTES + 1)


def add_subscription(
    db: Database, url: str, name: str, *, creator_id: int | None, now: datetime
) -> int:
    clean = (url or "").strip()
    if clean.lower().startswith("webcal://"):
        clean = "https://" + clean[len("webcal://") :]
    if not clean.lower().startswith("https://"):
        raise InputError("url: use an https:// (or webcal://) calendar address")
    if len(clean) > 2048:
        raise InputError("url: the address is too long")
    if db.execute("SELECT 1 FROM subscriptions WHERE url = ?", [clean]).fetchone():
        raise InputError("url: you are already subscribed to this calendar")
    with db.atomic():
        table = db.table("subscriptions")
        table.insert(
            {
                "url": clean,
                "name": (name or clean).strip()[:200],
                "creator_id": creator_id,
                "created_at": utc_text(now),
            }
        )
        assert table.last_rowid is not None  # the insert above set it
        return int(table.last_rowid)


def subscriptions(db: Database) -> list[dict[str, Any]]:
    return list(db.table("subscriptions").rows_where(order_by="name"))


def refresh(
    db: Database, sub_id: int, *, now: datetime, home_zone: ZoneInfo, fetch: Fetcher = fetch_url
) -> str:
    """Fetch and import a subscription. Offline, the last copy stays and the reply says so."""
    sub = next(iter(db.table("subscriptions").rows_where("id = ?", [sub_id])), None)
    if sub is None:
        raise InputError(f"subscription {sub_id} does not exist")
    try:
        body = fetch(sub["url"])
    except OSError as exc:
        reason = getattr(exc, "reason", None) or exc
        when = sub["last_fetched"][:16].replace("T", " ") if sub["last_fetched"] else None
        kept = f"the copy from {when} UTC is kept" if when else "there is no earlier copy"
        status = f"offline or unreachable ({reason}); {kept}"
        with db.atomic():
            db.table("subscriptions").update(sub_id, {"last_status": status})
        return f"Could not reach {sub['name']}: {status}."
    report = import_ics(
        db,
        body,
        source=f"subscription:{sub_id}",
        now=now,
        home_zone=home_zone,
        creator_id=sub["creator_id"],
        prune=True,
    )
    with db.atomic():
        db.table("subscriptions").update(
            sub_id,
            {
                "last_fetched": utc_text(now),
                "body": body.decode("utf-8", "replace"),
                "last_status": "ok",
            },
        )
    return f"{sub['name']}: {report.summary()}"
