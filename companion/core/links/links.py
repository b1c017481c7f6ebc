"""The official purchase channels: the shipped list (checksum-verified) and links the fan adds."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.core.errors import InputError
from companion.core.links.linkcheck import LinkChecker, PlatformDomains, Verdict
from companion.core.links.pages import PagePattern, Redirect
from companion.core.store.paths import resource

if TYPE_CHECKING:
    from sqlite_utils import Database

# The SHA-256 of resources/official_links.json as released. Changing that file means changing this
# constant in the same commit (a test checks they agree), so an edited copy on disk is noticed.
OFFICIAL_LINKS_SHA256 = "4ad5716ac6deb3f054fa6300fab6199c3f0358727a0c3609dd2ede41205e00e1"
OFFICIAL_LINKS_FILE = "official_links.json"
MAX_TITLE = 200


@dataclass(frozen=True)
class Channel:
    platform: str
    url: str
    title: str
    purpose: str
    source: str
    checked: str


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    domains: tuple[str, ...]
    brands: tuple[str, ...]
    channels: tuple[Channel, ...]
    pages: tuple[str, ...] = ()
    user_content: tuple[str, ...] = ()
    words: tuple[str, ...] = ()

    def domains_for_checker(self, kind: str) -> PlatformDomains:
        return PlatformDomains(
            self.id,
            self.name,
            self.domains,
            self.brands,
            pages=tuple(PagePattern.parse(p) for p in self.pages),
            user_content=tuple(PagePattern.parse(p) for p in self.user_content),
            words=self.words,
            kind=kind,
        )


@dataclass(frozen=True)
class OfficialList:
    platforms: tuple[Platform, ...]
    verified: bool
    problem: str | None = None
    # The payment and app-store sites a fan pays through: official too, and imitated as much.
    payments: tuple[Platform, ...] = ()
    redirects: tuple[Redirect, ...] = ()

    def platform(self, platform_id: str) -> Platform | None:
        return next((p for p in self.platforms if p.id == platform_id), None)

    def checker(self) -> LinkChecker:
        return LinkChecker(
            [
                *(p.domains_for_checker("platform") for p in self.platforms),
                *(p.domains_for_checker("payment") for p in self.payments),
            ],
            trusted=self.verified,
            redirects=self.redirects,
        )


@dataclass(frozen=True)
class UserLink:
    id: int
    platform: str | None
    url: str
    title: str
    note: str
    added_at: str


def parse_official_list(data: Any) -> tuple[Platform, ...]:
    """Validate the list's structure; errors name the JSON path (``platforms[2].domains``)."""
    if not isinstance(data, dict):
        raise InputError("official links: the file must hold a JSON object")
    return _parse_platforms(data, "platforms", required=True)


def parse_payments(data: dict[str, Any]) -> tuple[Platform, ...]:
    return _parse_platforms(data, "payments", required=False)


def parse_redirects(data: dict[str, Any]) -> tuple[Redirect, ...]:
    entries = data.get("redirects") or []
    if not isinstance(entries, list):
        raise InputError("redirects: must be a list")
    found = []
    for i, entry in enumerate(entries):
        where = f"redirects[{i}]"
        if not isinstance(entry, dict):
            raise InputError(f"{where}: must be an object")
        param = entry.get("param")
        if param is not None and (not isinstance(param, str) or not param.strip()):
            raise InputError(f"{where}.param: must be text or null")
        found.append(Redirect(PagePattern.parse(_text(entry, "at", where)), param))
    return tuple(found)


def _parse_platforms(data: dict[str, Any], key: str, *, required: bool) -> tuple[Platform, ...]:
    entries = data.get(key)
    if entries is None and not required:
        return ()
    if not isinstance(entries, list) or (required and not entries):
        raise InputError(f"{key}: must be a non-empty list")
    platforms = []
    for i, entry in enumerate(entries):
        where = f"{key}[{i}]"
        if not isinstance(entry, dict):
            raise InputError(f"{where}: must be an object")
        pid, name = _text(entry, "id", where), _text(entry, "name", where)
        domains = _text_list(entry, "domains", where)
        brands = _text_list(entry, "brands", where)
        channels = []
        for j, ch in enumerate(entry.get("channels") or []):
            cw = f"{where}.channels[{j}]"
            if not isinstance(ch, dict):
                raise InputError(f"{cw}: must be an object")
            channels.append(
                Channel(
                    pid,
                    _text(ch, "url", cw),
                    _text(ch, "title", cw),
                    _text(ch, "purpose", cw),
                    _text(ch, "source", cw),
                    _text(ch, "checked", cw),
                )
            )
        platforms.append(
            Platform(
                pid,
                name,
                domains,
                brands,
                tuple(channels),
                pages=_optional_list(entry, "pages", where),
                user_content=_optional_list(entry, "user_content", where),
                words=_optional_list(entry, "words", where),
            )
        )
    return tuple(platforms)


def _optional_list(obj: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    return _text_list(obj, key, where) if obj.get(key) not in (None, []) else ()


def _text(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{where}.{key}: must be non-empty text")
    return value.strip()


def _text_list(obj: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = obj.get(key)
    if not isinstance(value, list) or not value:
        raise InputError(f"{where}.{key}: must be a non-empty list of text")
    for k, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise InputError(f"{where}.{key}[{k}]: must be non-empty text")
    return tuple(item.strip().lower() for item in value)


def load_official_list(path: Path | None = None) -> OfficialList:
    """Read the shipped list and check it against the released checksum."""
    path = path or resource(OFFICIAL_LINKS_FILE)
    raw = path.read_bytes()
    verified = hashlib.sha256(raw).hexdigest() == OFFICIAL_LINKS_SHA256
    problem = None
    if not verified:
        problem = (
            f"{path} was changed after Fan Companion shipped it, so its links are shown as "
            "unverified and no link can be confirmed official. Reinstall the app to repair it."
        )
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from None
    platforms = parse_official_list(data)
    return OfficialList(platforms, verified, problem, parse_payments(data), parse_redirects(data))


@cache
def shipped_list() -> OfficialList:
    return load_official_list()


@cache
def default_checker() -> LinkChecker:
    return shipped_list().checker()


def check_url(url: str) -> Verdict:
    return default_checker().check(url)


# -- links the fan adds ------------------------------------------------------------------------
def add_user_link(
    db: Database,
    url: str,
    title: str,
    *,
    platform: str | None = None,
    note: str = "",
    now: datetime,
) -> tuple[UserLink, Verdict]:
    """Save a link the fan trusts, with the checker's verdict on it (saved whatever it says)."""
    url, title = (url or "").strip(), (title or "").strip()
    if not url:
        raise InputError("url: enter the address of the link")
    if len(url) > 2048:
        raise InputError("url: the address is too long (over 2,048 characters)")
    if not title:
        raise InputError("title: give the link a name")
    if len(title) > MAX_TITLE:
        raise InputError(f"title: keep it under {MAX_TITLE} characters")
    if platform is not None and shipped_list().platform(platform) is None:
        raise InputError(f"platform: unknown platform '{platform}'")
    verdict = check_url(url)
    stamp = now.isoformat(timespec="seconds")
    with db.atomic():
        table = db.table("user_links")
        table.insert(
            {
                "platform": platform or verdict.platform,
                "url": url,
                "title": title,
                "note": note.strip(),
                "added_at": stamp,
            }
        )
        link_id = table.last_rowid
        assert link_id is not None  # the insert above set it
    row = db.table("user_links").get(link_id)
    return UserLink(**row), verdict


def user_links(db: Database) -> list[UserLink]:
    return [
        UserLink(**row) for row in db.table("user_links").rows_where(order_by="platform, title")
    ]


def delete_user_link(db: Database, link_id: int) -> None:
    with db.atomic():
        db.table("user_links").delete_where("id = ?", [link_id])
