"""The offline link checker: official, suspicious or not official, with every reason in words.

Hosts are normalised with IDNA/UTS-46 (``idna``), registrable domains come from the Public Suffix
List snapshot bundled with ``publicsuffixlist`` (never fetched), and look-alike letters are
folded with the Unicode TR39 confusables data from ``confusable_homoglyphs``.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import SplitResult, urlsplit

from companion.core.links import reasons as why
from companion.core.links import variants
from companion.core.links.pages import PagePattern, Redirect, first_match, site_host
from companion.core.said import say

OFFICIAL, SUSPICIOUS, NOT_OFFICIAL = "official", "suspicious", "not_official"
MAX_URL_LENGTH = 2048
MAX_REDIRECTS = 3  # a redirect to a redirect to ...: judged up to this depth, then refused

SHORTENERS = frozenset(
    [
        "bit.ly",
        "tinyurl.com",
        "t.co",
        "goo.gl",
        "ow.ly",
        "is.gd",
        "buff.ly",
        "cutt.ly",
        "rebrand.ly",
        "shorturl.at",
        "rb.gy",
        "tiny.cc",
        "s.id",
        "v.gd",
        "lnkd.in",
        "t.ly",
        "bl.ink",
        "short.io",
        "soo.gd",
        "qr.ae",
        "adf.ly",
        "shorte.st",
        "linktr.ee",
        "tiny.one",
        "urlz.fr",
        "x.gd",
    ]
)
_BAIT = re.compile(
    r"free ?(coin|bit|star|diamond|gift|gem|jewel|token|point)s?|"
    r"(cheap|unlimited|discount) ?(coin|bit|star|diamond|gem|jewel)s?|"
    r"generator|hacks?|cheats?|(coin|bit|star)s? ?(adder|glitch)"
)


# Spaces, control characters, zero-width and bidi marks (Unicode categories Z* and C*).
_HIDDEN = re.compile(
    r"[\s\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)


@dataclass(frozen=True)
class Verdict:
    url: str
    verdict: str
    platform: str | None
    host: str | None
    reasons: tuple[str, ...]
    # On a platform's own site, over https, with no trick: a creator's channel is, though it is
    # not an official *purchase* page. Watching a stream needs this; paying needs OFFICIAL.
    on_site: bool = False

    @property
    def is_official(self) -> bool:
        return self.verdict == OFFICIAL

    def to_json(self) -> dict[str, object]:
        return {
            "url": self.url,
            "verdict": self.verdict,
            "platform": self.platform,
            "host": self.host,
            "reasons": list(self.reasons),
            "on_platform_site": self.on_site,
        }


@dataclass(frozen=True)
class PlatformDomains:
    """What the checker needs to know about one platform."""

    id: str
    name: str
    domains: tuple[str, ...]
    brands: tuple[str, ...]
    # Official pages on those domains; None: every page (a list without pages, as tests build).
    pages: tuple[PagePattern, ...] | None = None
    user_content: tuple[PagePattern, ...] = ()
    words: tuple[str, ...] = ()  # brands that count only as a whole word ("apple")
    kind: str = "platform"  # or "payment": a payment or app-store site


@dataclass
class _Findings:
    rejected: list[str] = field(default_factory=list)
    suspicious: list[str] = field(default_factory=list)
    impersonates: str | None = None


class LinkChecker:
    """Checks URLs against a set of platforms' official domains and pages.

    ``trusted=False`` (the shipped list failed its checksum) never answers "official".
    """

    def __init__(
        self,
        platforms: Iterable[PlatformDomains],
        *,
        trusted: bool = True,
        redirects: Iterable[Redirect] = (),
    ) -> None:
        self.platforms = {p.id: p for p in platforms}
        self.trusted = trusted
        self.redirects = tuple(redirects)
        self._owners: dict[str, list[PlatformDomains]] = {}
        for p in self.platforms.values():
            for d in p.domains:
                self._owners.setdefault(d, []).append(p)
        self._brands = [
            *((b, p, False) for p in self.platforms.values() for b in p.brands),
            *((w, p, True) for p in self.platforms.values() for w in p.words),
        ]
        self._memo: dict[str, tuple[str, str, PlatformDomains] | None] = {}

    def check(self, url: object, *, _depth: int = 0) -> Verdict:
        raw = url if isinstance(url, str) else ""
        text = raw.strip()
        if not text:
            return Verdict(raw, NOT_OFFICIAL, None, None, (say(why.EMPTY),))
        if len(text) > MAX_URL_LENGTH:
            return Verdict(
                _shorten(raw),
                NOT_OFFICIAL,
                None,
                None,
                (say(why.TOO_LONG, length=f"{len(text):,}"),),
            )
        found = _Findings()
        if _HIDDEN.search(text):
            found.rejected.append(say(why.HIDDEN))
        if "\\" in text:
            found.suspicious.append(say(why.BACKSLASH))
        parts = _split(text, found)
        if parts is None:
            return self._verdict(raw, None, None, found)
        host, ascii_host, registrable = self._host(parts, found)
        owners = self._owners.get(registrable, []) if registrable else []
        if host is not None and ascii_host is not None and registrable and not owners:
            self._lookalikes(host, ascii_host, registrable, found)
        bait = _BAIT.search(re.sub(r"[^a-z0-9]+", " ", text.lower()))
        if bait:
            found.suspicious.append(say(why.BAIT, words=bait.group(0)))
        if not owners or ascii_host is None:
            if registrable and not found.suspicious and not found.rejected:
                found.rejected.append(say(why.UNLISTED, site=registrable))
            return self._verdict(raw, found.impersonates, host, found)
        return self._on_owned_domain(raw, parts, host, ascii_host, owners, found, _depth)

    def _on_owned_domain(
        self,
        raw: str,
        parts: SplitResult,
        host: str | None,
        ascii_host: str,
        owners: list[PlatformDomains],
        found: _Findings,
        depth: int,
    ) -> Verdict:
        site, path = site_host(ascii_host), parts.path or "/"
        owner = owners[0]
        clean = not found.rejected and not found.suspicious
        for redirect in self.redirects:
            target = redirect.target(site, path, parts.query)
            if target is None:
                continue
            if depth >= MAX_REDIRECTS:
                found.rejected.append(say(why.TOO_MANY_HOPS))
                return self._verdict(raw, owner.id, host, found)
            inner = self.check(target, _depth=depth + 1)
            page = f"{site}{redirect.at.path}"
            lead = (
                say(why.FORWARDS, page=page, target=inner.host)
                if inner.host
                else say(why.FORWARDS_NOWHERE, page=page)
            )
            verdict = inner.verdict if clean or inner.verdict == SUSPICIOUS else NOT_OFFICIAL
            if verdict == OFFICIAL and not self.trusted:
                verdict = NOT_OFFICIAL
            reasons = (*found.suspicious, lead, *inner.reasons, *found.rejected)
            return Verdict(_shorten(raw), verdict, inner.platform, inner.host, reasons)
        page_of = next(
            (p for p in self.platforms.values() if p.pages and first_match(p.pages, site, path)),
            None,
        )
        user = None
        if page_of is None:
            user = next((p for p in owners if first_match(p.user_content, site, path)), None)
        open_list = next((p for p in owners if p.pages is None), None)
        if user is None and (page_of is not None or open_list is not None) and clean:
            platform = page_of or open_list
            assert platform is not None
            if not self.trusted:
                found.rejected.append(say(why.LIST_CHANGED))
                return self._verdict(raw, platform.id, host, found, on_site=True)
            official = why.OFFICIAL_PAGE if platform.kind == "platform" else why.OFFICIAL_PAYMENT
            because = say(official, page=f"{site}{path}", platform=platform.name)
            return Verdict(raw, OFFICIAL, platform.id, host, (because,), on_site=True)
        if user is not None:
            self._user_content(site, path, user, found)
        elif clean:
            found.rejected.append(say(why.OTHER_PAGE, site=site, owner=owner.name, path=path))
        if not found.suspicious and not clean:
            found.rejected.insert(0, say(why.NOT_SAFE_AS_WRITTEN, site=site, owner=owner.name))
        return self._verdict(
            raw, (user or owner).id, host, found, on_site=clean and not found.suspicious
        )

    def _user_content(self, site: str, path: str, owner: PlatformDomains, found: _Findings) -> None:
        page = f"{site}{path.rstrip('/')}"
        found.rejected.append(say(why.ANYONE_CAN_MAKE, page=page, owner=owner.name))
        for segment in re.split(r"[/?#=&.]+", path.lower()):
            hit = self._imitates(segment)
            if hit and hit[2].id != owner.id:
                platform = hit[2]
                found.impersonates = found.impersonates or platform.id
                found.suspicious.append(
                    say(why.NAMES_ON_USER_PAGE, word=segment, platform=platform.name)
                )
                return

    def _verdict(
        self,
        raw: str,
        platform: str | None,
        host: str | None,
        found: _Findings,
        *,
        on_site: bool = False,
    ) -> Verdict:
        verdict = SUSPICIOUS if found.suspicious else NOT_OFFICIAL
        reasons = tuple(found.suspicious + found.rejected)
        return Verdict(_shorten(raw), verdict, platform, host, reasons, on_site)

    # -- host ------------------------------------------------------------------------------
    def _host(
        self, parts: SplitResult, found: _Findings
    ) -> tuple[str | None, str | None, str | None]:
        """(host as shown, its ASCII form, its registrable domain); None where unknown."""
        netloc = parts.netloc
        if "@" in netloc:
            shown = netloc.rsplit("@", 1)[1]
            found.suspicious.append(say(why.AT_DISGUISE, site=shown))
        try:
            port = parts.port
        except ValueError:
            found.rejected.append(say(why.BAD_PORT_NUMBER))
            port = None
        if port not in (None, 443):
            found.rejected.append(say(why.ODD_PORT, port=port))
        host = (parts.hostname or "").rstrip(".")
        if not host:
            found.rejected.append(say(why.NO_SITE))
            return None, None, None
        if _is_ip(host):
            found.rejected.append(say(why.BARE_IP, address=host))
            return host, None, None
        ascii_host, display = _normalise(host, found)
        if ascii_host is None:
            return display, None, None
        registrable = _psl().privatesuffix(ascii_host)
        if registrable is None:
            found.rejected.append(say(why.PUBLIC_SUFFIX, site=display))
        return display, ascii_host, registrable

    def _lookalikes(self, host: str, ascii_host: str, registrable: str, found: _Findings) -> None:
        labels = host.split(".")
        depth = registrable.count(".") + 1
        site = ".".join(labels[-depth:])  # the registrable domain as the fan would read it
        if registrable in SHORTENERS:
            found.suspicious.append(say(why.SHORTENER, site=registrable))
        if not host.isascii() or "xn--" in ascii_host:
            found.suspicious.append(say(why.INTERNATIONAL, site=host))
        # Each label on its own, plus the owner's labels run together: "you.tube.com" spells
        # "youtube" across the dots.
        joined = "".join(labels[: len(labels) - depth + 1])
        candidates = [*labels[:-1], joined] if joined not in labels else labels[:-1]
        for label in candidates or labels:
            hit = self._imitates(label)
            if hit is None:
                continue
            kind, part, platform = hit
            found.impersonates = platform.id
            found.suspicious.append(_why(kind, label, part, platform, site))
            return

    def _imitates(self, label: str) -> tuple[str, str, PlatformDomains] | None:
        # Labels repeat ("www", "shop", the same site checked twice); their reading doesn't change.
        if label in self._memo:
            return self._memo[label]
        reading = variants.Reading(label)
        found = None
        for brand, platform, whole_word in self._brands:
            hit = reading.imitates(brand, whole_word=whole_word)
            if hit:
                found = hit[0], hit[1] if hit[0] == variants.TYPO else brand, platform
                break
        if len(self._memo) >= 4096:
            self._memo.clear()
        self._memo[label] = found
        return found


def _why(kind: str, label: str, part: str, platform: PlatformDomains, site: str) -> str:
    name = platform.name
    if kind == variants.LOOKALIKE:
        return say(why.LOOKALIKE, label=label, brand=part, site=site)
    if kind == variants.TYPO:
        brand = next(
            (b for b in platform.brands if variants.one_edit_apart(part, b)), platform.brands[0]
        )
        return say(why.TYPO, label=part, brand=brand, platform=name)
    if label == part:
        return say(why.USES_NAME, platform=name, site=site)
    return say(why.BORROWS_NAME, label=label, platform=name, site=site)


def _split(text: str, found: _Findings) -> SplitResult | None:
    lowered = text.lower()
    scheme = lowered.split(":", 1)[0] if ":" in lowered else ""
    if scheme in {"javascript", "data", "vbscript", "file", "blob"}:
        found.suspicious.append(say(why.RUNS_CODE, scheme=scheme))
        return None
    candidate = text
    if "://" not in text:
        found.rejected.append(say(why.NO_HTTPS_PREFIX))
        candidate = "https://" + text
    # Browsers (WHATWG URL) read "\" as "/" in web addresses; so must we, or we would name
    # a different site than the one that opens.
    candidate = candidate.replace("\\", "/")
    try:
        parts = urlsplit(candidate)
    except ValueError as exc:
        found.rejected.append(say(why.NOT_AN_ADDRESS, detail=exc))
        return None
    if "://" in text and parts.scheme.lower() != "https":
        found.rejected.append(say(why.PLAIN_HTTP, scheme=parts.scheme))
    return parts


def _normalise(host: str, found: _Findings) -> tuple[str | None, str]:
    """(ASCII form for the suffix list, form to show). ASCII hosts skip the slow idna path."""
    labels = host.split(".")
    if any(not label for label in labels):
        found.rejected.append(say(why.EMPTY_LABEL, site=host))
        return None, host
    if host.isascii() and "xn--" not in host:
        if not re.fullmatch(r"[a-z0-9_-]+(\.[a-z0-9_-]+)*", host):
            found.rejected.append(say(why.BAD_CHARACTERS, site=host))
            return None, host
        return host, host
    import idna

    try:
        ascii_host = idna.encode(host, uts46=True).decode("ascii")
        display = idna.decode(ascii_host)
    except (idna.IDNAError, UnicodeError) as exc:
        found.suspicious.append(say(why.BAD_IDN, site=host, detail=exc))
        return None, host
    return ascii_host, display


def _is_ip(host: str) -> bool:
    if not (host[0].isdigit() or host[0] == "[" or ":" in host):
        return False
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        # Browsers also read 0x7f.1 or 2130706433 as IPv4 addresses.
        return bool(re.fullmatch(r"(0x[0-9a-f]+|\d+)(\.(0x[0-9a-f]+|\d+)){0,3}", host))


@cache
def _psl():  # noqa: ANN202 - PublicSuffixList
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()  # the snapshot bundled with the package; it never goes online


def _shorten(url: str, limit: int = 200) -> str:
    return url if len(url) <= limit else url[:limit] + "…"
