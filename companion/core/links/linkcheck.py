"""The offline link checker: official, suspicious or not official, with every reason in words.

Hosts are normalised with IDNA/UTS-46 (``idna``), registrable domains come from the Public Suffix
List snapshot bundled with ``publicsuffixlist`` (never fetched), and look-alike letters are
folded with the Unicode TR39 confusables data from ``confusable_homoglyphs``.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import SplitResult, urlsplit

OFFICIAL, SUSPICIOUS, NOT_OFFICIAL = "official", "suspicious", "not_official"
MAX_URL_LENGTH = 2048
MIN_FUZZY_BRAND = 5  # shorter brands ("kick") match whole words only: one edit away is too common

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
        }


@dataclass(frozen=True)
class PlatformDomains:
    """What the checker needs to know about one platform."""

    id: str
    name: str
    domains: tuple[str, ...]
    brands: tuple[str, ...]


@dataclass
class _Findings:
    rejected: list[str] = field(default_factory=list)
    suspicious: list[str] = field(default_factory=list)
    impersonates: str | None = None


class LinkChecker:
    """Checks URLs against a set of platforms' official domains.

    ``trusted=False`` (the shipped list failed its checksum) never answers "official".
    """

    def __init__(self, platforms: Iterable[PlatformDomains], *, trusted: bool = True) -> None:
        self.platforms = {p.id: p for p in platforms}
        self.trusted = trusted
        self._official = {d: p for p in self.platforms.values() for d in p.domains}
        self._brands = {b: p for p in self.platforms.values() for b in p.brands}

    def check(self, url: object) -> Verdict:
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
        platform = self._official.get(registrable) if registrable else None
        if host is not None and ascii_host is not None and registrable and platform is None:
            self._lookalikes(host, ascii_host, registrable, text, found)
        if platform is not None and not found.rejected and not found.suspicious:
            if not self.trusted:
                found.rejected.append(
                    "The app's list of official sites was changed after it shipped, so no link "
                    "can be confirmed. Reinstall Fan Companion to restore it."
                )
            else:
                return Verdict(
                    raw,
                    OFFICIAL,
                    platform.id,
                    host,
                    (f"{registrable} is {platform.name}'s official domain, opened over https.",),
                )
        if platform is not None and not found.suspicious:
            found.rejected.insert(
                0, f"{registrable} belongs to {platform.name}, but the link is not safe as written."
            )
        elif registrable and not found.suspicious and not found.rejected:
            found.rejected.append(
                f"{registrable} is not one of the official sites of any platform in the list."
            )
        owner = platform.id if platform else found.impersonates
        return self._verdict(raw, owner, host, found)

    def _verdict(
        self, raw: str, platform: str | None, host: str | None, found: _Findings
    ) -> Verdict:
        verdict = SUSPICIOUS if found.suspicious else NOT_OFFICIAL
        reasons = tuple(found.suspicious + found.rejected)
        return Verdict(_shorten(raw), verdict, platform, host, reasons)

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

    def _lookalikes(
        self, host: str, ascii_host: str, registrable: str, url: str, found: _Findings
    ) -> None:
        labels = host.split(".")
        depth = registrable.count(".") + 1
        site = ".".join(labels[-depth:])  # the registrable domain as the fan would read it
        name_label = labels[-depth]
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
        candidates = [*labels, joined] if joined not in labels else labels
        for label in candidates:
            why, platform = self._imitates(label, is_name=label in (name_label, joined))
            if why and platform:
                found.impersonates = found.impersonates or platform.id
                found.suspicious.append(why.format(label=label, name=platform.name, site=site))
                break
        words = re.sub(r"[^a-z0-9]+", " ", url.lower())
        bait = _BAIT.search(words)
        if bait:
            found.suspicious.append(
                f'It uses the bait words "{bait.group(0)}": no platform gives away its currency.'
            )

    def _imitates(self, label: str, *, is_name: bool) -> tuple[str | None, PlatformDomains | None]:
        skeletons = {_skeleton(label), *_ascii_folds(label)} - {label}
        for brand, platform in self._brands.items():
            why = _brand_match(label, skeletons, brand, is_name=is_name)
            if why:
                return why.replace("{brand}", brand), platform
        return None, None


def _brand_match(label: str, skeletons: set[str], brand: str, *, is_name: bool) -> str | None:
    """Why ``label`` imitates ``brand``, or None. Messages are formatted by the caller."""
    for skeleton in skeletons:
        if (
            skeleton == brand
            or _contains_brand(skeleton, brand)
            or (is_name and len(brand) >= MIN_FUZZY_BRAND and _one_edit_apart(skeleton, brand))
        ):
            return "'{label}' imitates '{brand}' with look-alike letters, on {site}."
    if label == brand:
        return "It uses the name {name} but the site is {site}, which {name} does not own."
    if _contains_brand(label, brand):
        return "'{label}' borrows the name {name}, but the site is {site}."
    if is_name and len(brand) >= MIN_FUZZY_BRAND and _one_edit_apart(label, brand):
        return "'{label}' is one letter away from '{brand}' ({name}): a typo-squatting site."
    return None


_ASCII_LOOKALIKES = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("lc", "k"), ("ii", "u"))
_DIGIT_LOOKALIKES = str.maketrans("013457", "oleast")


def _ascii_folds(label: str) -> set[str]:
    """Read an ASCII label the way a quick eye does: rn→m, vv→w, 0→o, 1→l (or i)."""
    if not label.isascii():
        return set()
    folded = label.translate(_DIGIT_LOOKALIKES)
    for seq, letter in _ASCII_LOOKALIKES:
        folded = folded.replace(seq, letter)
    folds = {folded}
    if "1" in label:
        folds.add(label.replace("1", "i").translate(_DIGIT_LOOKALIKES))
    return folds


def _contains_brand(label: str, brand: str) -> bool:
    if brand not in label:
        return False
    return len(brand) >= MIN_FUZZY_BRAND or brand in re.split(r"[^a-z]+", label)


def _one_edit_apart(a: str, b: str) -> bool:
    """One substitution, insertion, deletion or adjacent swap (optimal string alignment)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[i:] == long_[i + 1 :]


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


def _skeleton(label: str) -> str:
    """TR39-style skeleton: strip accents, fold each non-ASCII look-alike to its Latin letter."""
    if label.isascii():
        return label
    folded = []
    for ch in unicodedata.normalize("NFKD", label):
        if unicodedata.combining(ch):
            continue
        folded.append(ch if ch.isascii() else _latin_lookalike(ch))
    return "".join(folded).lower()


@cache
def _latin_lookalike(ch: str) -> str:
    from confusable_homoglyphs.confusables import confusables_data

    for glyph in confusables_data.get(ch, ()):
        candidate = glyph["c"]
        if len(candidate) == 1 and candidate.isascii() and candidate.isalnum():
            return candidate.lower()
    return ch


def _shorten(url: str, limit: int = 200) -> str:
    return url if len(url) <= limit else url[:limit] + "…"
