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

from companion.core.links import variants
from companion.core.links.pages import PagePattern, Redirect, first_match, site_host

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
            return Verdict(raw, NOT_OFFICIAL, None, None, ("The address is empty.",))
        if len(text) > MAX_URL_LENGTH:
            return Verdict(
                _shorten(raw),
                NOT_OFFICIAL,
                None,
                None,
                (
                    f"The address is {len(text):,} characters long; real purchase pages are far "
                    "shorter, and an address that long is hiding something.",
                ),
            )
        found = _Findings()
        if _HIDDEN.search(text):
            found.rejected.append("It contains spaces or invisible control characters.")
        if "\\" in text:
            found.suspicious.append(
                "It contains a backslash, a trick that makes browsers open a different site "
                "than the one you read."
            )
        parts = _split(text, found)
        if parts is None:
            return self._verdict(raw, None, None, found)
        host, ascii_host, registrable = self._host(parts, found)
        owners = self._owners.get(registrable, []) if registrable else []
        if host is not None and ascii_host is not None and registrable and not owners:
            self._lookalikes(host, ascii_host, registrable, found)
        bait = _BAIT.search(re.sub(r"[^a-z0-9]+", " ", text.lower()))
        if bait:
            found.suspicious.append(
                f'It uses the bait words "{bait.group(0)}": no platform gives away its currency.'
            )
        if not owners or ascii_host is None:
            if registrable and not found.suspicious and not found.rejected:
                found.rejected.append(
                    f"{registrable} is not one of the official sites of any platform in the list."
                )
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
                found.rejected.append("It forwards through too many sites to follow.")
                return self._verdict(raw, owner.id, host, found)
            inner = self.check(target, _depth=depth + 1)
            lead = (
                f"{site}{redirect.at.path} only forwards to another address, so the link is "
                f"judged by where it leads: {inner.host or 'an address that is not valid'}."
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
                found.rejected.append(
                    "The app's list of official sites was changed after it shipped, so no link "
                    "can be confirmed. Reinstall Fan Companion to restore it."
                )
                return self._verdict(raw, platform.id, host, found, on_site=True)
            what = "purchase or help page" if platform.kind == "platform" else "payment page"
            return Verdict(
                raw,
                OFFICIAL,
                platform.id,
                host,
                (f"{site}{path} is an official {platform.name} {what}, opened over https.",),
                on_site=True,
            )
        if user is not None:
            self._user_content(site, path, user, found)
        elif clean:
            found.rejected.append(
                f"{site} belongs to {owner.name}, but {path} is not one of its purchase or help "
                "pages (it may be a channel, a profile or another page)."
            )
        if not found.suspicious and not clean:
            found.rejected.insert(
                0, f"{site} belongs to {owner.name}, but the link is not safe as written."
            )
        return self._verdict(
            raw, (user or owner).id, host, found, on_site=clean and not found.suspicious
        )

    def _user_content(self, site: str, path: str, owner: PlatformDomains, found: _Findings) -> None:
        found.rejected.append(
            f"{site}{path.rstrip('/')} is a page anyone can make on {owner.name} (a profile, "
            f"channel, bot or shared document); {owner.name} does not vouch for what it says."
        )
        for segment in re.split(r"[/?#=&.]+", path.lower()):
            hit = self._imitates(segment)
            if hit and hit[2].id != owner.id:
                platform = hit[2]
                found.impersonates = found.impersonates or platform.id
                found.suspicious.append(
                    f"'{segment}' names {platform.name} on a page anyone can make: {platform.name}"
                    " does not sell through other people's pages."
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
            found.suspicious.append(
                f"Everything before '@' is a disguise: this link really opens {shown}."
            )
        try:
            port = parts.port
        except ValueError:
            found.rejected.append("The port number after ':' is not valid.")
            port = None
        if port not in (None, 443):
            found.rejected.append(f"It uses the unusual port {port}; official pages never do.")
        host = (parts.hostname or "").rstrip(".")
        if not host:
            found.rejected.append("It has no site name.")
            return None, None, None
        if _is_ip(host):
            found.rejected.append(
                f"It points at a bare IP address ({host}) instead of a named site."
            )
            return host, None, None
        ascii_host, display = _normalise(host, found)
        if ascii_host is None:
            return display, None, None
        registrable = _psl().privatesuffix(ascii_host)
        if registrable is None:
            found.rejected.append(f"{display} is a public suffix, not a site anyone owns.")
        return display, ascii_host, registrable

    def _lookalikes(self, host: str, ascii_host: str, registrable: str, found: _Findings) -> None:
        labels = host.split(".")
        depth = registrable.count(".") + 1
        site = ".".join(labels[-depth:])  # the registrable domain as the fan would read it
        if registrable in SHORTENERS:
            found.suspicious.append(
                f"{registrable} is a link shortener: the real destination is hidden."
            )
        if not host.isascii() or "xn--" in ascii_host:
            found.suspicious.append(
                f"{host} uses international letters that can imitate ordinary ones."
            )
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
        return f"'{label}' imitates '{part}' with look-alike letters, on {site}."
    if kind == variants.TYPO:
        brand = next(
            (b for b in platform.brands if variants.one_edit_apart(part, b)), platform.brands[0]
        )
        return f"'{part}' is one letter away from '{brand}' ({name}): a typo-squatting site."
    if label == part:
        return f"It uses the name {name} but the site is {site}, which {name} does not own."
    return f"'{label}' borrows the name {name}, but the site is {site}."


def _split(text: str, found: _Findings) -> SplitResult | None:
    lowered = text.lower()
    scheme = lowered.split(":", 1)[0] if ":" in lowered else ""
    if scheme in {"javascript", "data", "vbscript", "file", "blob"}:
        found.suspicious.append(
            f"It is a '{scheme}:' link, which runs code or opens local data instead of a "
            "website. Never open it."
        )
        return None
    candidate = text
    if "://" not in text:
        found.rejected.append("It does not start with https://, so it is not a secure web page.")
        candidate = "https://" + text
    # Browsers (WHATWG URL) read "\" as "/" in web addresses; so must we, or we would name
    # a different site than the one that opens.
    candidate = candidate.replace("\\", "/")
    try:
        parts = urlsplit(candidate)
    except ValueError as exc:
        found.rejected.append(f"It is not a valid web address ({exc}).")
        return None
    if "://" in text and parts.scheme.lower() != "https":
        found.rejected.append(
            f"It uses '{parts.scheme}:' instead of https:, so anyone on the network could "
            "change the page."
        )
    return parts


def _normalise(host: str, found: _Findings) -> tuple[str | None, str]:
    """(ASCII form for the suffix list, form to show). ASCII hosts skip the slow idna path."""
    labels = host.split(".")
    if any(not label for label in labels):
        found.rejected.append(f"'{host}' is not a valid site name (empty part between dots).")
        return None, host
    if host.isascii() and "xn--" not in host:
        if not re.fullmatch(r"[a-z0-9_-]+(\.[a-z0-9_-]+)*", host):
            found.rejected.append(f"'{host}' contains characters not allowed in site names.")
            return None, host
        return host, host
    import idna

    try:
        ascii_host = idna.encode(host, uts46=True).decode("ascii")
        display = idna.decode(ascii_host)
    except (idna.IDNAError, UnicodeError) as exc:
        found.suspicious.append(
            f"'{host}' is not a valid international site name ({exc}); real sites never are."
        )
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
