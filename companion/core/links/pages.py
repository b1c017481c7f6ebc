"""Which pages on an official domain are official, which are anyone's, and which forward elsewhere.

A big platform's domain hosts much that the platform does not vouch for: Google Sites, Docs,
Forms and Apps Script pages anyone can make, profiles, channels and bots, and open redirects that
forward to any site. The official list therefore names pages (a host and a path), and a link on
an official domain is official only when it is one of them.

Patterns are ``host/path``: the host without ``www.`` or ``m.``; a path ending in ``*`` is a
prefix, any other path must match whole (a trailing slash aside). Paths compare without case, as
the platforms' own routers do (``t.me/premiumbot`` is @PremiumBot).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

_MOBILE_PREFIXES = ("www.", "m.", "mobile.")


def site_host(host: str) -> str:
    """The host as the patterns name it: ``www.tiktok.com`` and ``m.tiktok.com`` are tiktok.com."""
    host = host.lower().rstrip(".")
    for prefix in _MOBILE_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix) :]
    return host


@dataclass(frozen=True)
class PagePattern:
    host: str
    path: str
    prefix: bool

    @classmethod
    def parse(cls, text: str) -> PagePattern:
        host, _, path = text.strip().lower().partition("/")
        path = "/" + path
        prefix = path.endswith("*")
        path = path.rstrip("*")
        if host.startswith("*."):
            return cls(host, path, prefix)
        return cls(site_host(host), path, prefix)

    def matches(self, host: str, path: str) -> bool:
        if self.host.startswith("*."):
            if not (host.endswith(self.host[1:]) and host != self.host[2:]):
                return False
        elif host != self.host:
            return False
        path = path.lower() or "/"
        if self.prefix:
            return path.startswith(self.path)
        return path.rstrip("/") == self.path.rstrip("/")

    def __str__(self) -> str:
        return f"{self.host}{self.path}{'*' if self.prefix else ''}"


@dataclass(frozen=True)
class Redirect:
    """An address on an official domain that forwards to another: where to find the target."""

    at: PagePattern
    param: str | None  # the query parameter holding the target; None: the rest of the path

    def target(self, host: str, path: str, query: str) -> str | None:
        if not self.at.matches(host, path):
            return None
        if self.param is None:
            rest = path[len(self.at.path) :].lstrip("/")
            if not rest:
                return None
            return rest if "://" in rest else "https://" + rest
        values = parse_qs(query, keep_blank_values=False).get(self.param)
        if not values:
            return None
        target = unquote(values[0]).strip()
        return target or None


def first_match(patterns: tuple[PagePattern, ...], host: str, path: str) -> PagePattern | None:
    return next((p for p in patterns if p.matches(host, path)), None)


def split_target(url: str) -> tuple[str, str, str]:
    """(site host, path, query) of an address already judged well-formed."""
    parts = urlsplit(url.replace("\\", "/"))
    return site_host(parts.hostname or ""), parts.path or "/", parts.query
