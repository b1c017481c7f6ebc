"""The look-alike corpus: dnstwist's generators over every domain with official pages, each
variant dressed the way scam registrations are (scam words, separators, ``www-``, plurals, cheap
TLDs). Deterministic: the same dnstwist version gives the same list, so figures compare across
runs. Shared by tests/unit/test_scam_corpus.py and bench/linkcheck.py."""

from __future__ import annotations

import warnings
from functools import cache

from companion.core.links import links

# Scam words and TLDs seen in public blocklists' gifting scams (REFERENCE.md's scam patterns).
WORDS = (
    "gift", "free-coins", "login", "verify", "support", "promo", "bonus", "coins", "recharge",
    "official", "help", "giveaway", "topup", "secure", "wallet", "claim", "rewards", "app",
)  # fmt: skip
TLDS = (
    "com", "xyz", "icu", "ml", "cc", "shop", "top", "club", "online", "site", "live", "tk", "ru",
    "co.uk", "com.br", "net",
)  # fmt: skip
DRESSES = (
    "{v}", "{v}-{w}", "{w}-{v}", "{v}{w}", "{w}{v}", "www-{v}", "{v}s", "{v}-{w}-{w2}",
    "{w}.{v}-{w2}",
)  # fmt: skip


def official_domains() -> list[str]:
    """Registrable domains that hold at least one official page (not user-content-only ones)."""
    shipped = links.shipped_list()
    found = []
    for platform in (*shipped.platforms, *shipped.payments):
        for page in platform.pages:
            host = page.split("/", 1)[0]
            domain = next((d for d in platform.domains if f".{host}".endswith(f".{d}")), None)
            if domain and domain not in found:
                found.append(domain)
    return found


@cache
def lookalikes() -> tuple[str, ...]:
    """Every dnstwist variant of every official domain, dressed as a scam host."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dnstwist is a test tool; its own warnings are not ours
        import dnstwist

    owned = {d for p in links.shipped_list().platforms for d in p.domains}
    owned |= {d for p in links.shipped_list().payments for d in p.domains}
    hosts = []
    for domain in official_domains():
        fuzzer = dnstwist.Fuzzer(domain)
        fuzzer.generate()
        variants = sorted(
            p["domain"]
            for p in fuzzer.permutations()
            if p["fuzzer"] != "*original" and p["domain"] not in owned
        )
        for i, variant in enumerate(variants):
            name = variant.rsplit(".", 1)[0] if variant.count(".") == 1 else variant.split(".")[0]
            dress = DRESSES[i % len(DRESSES)]
            word, word2 = WORDS[i % len(WORDS)], WORDS[(i * 7 + 3) % len(WORDS)]
            label = dress.format(v=name, w=word, w2=word2)
            hosts.append(variant if dress == "{v}" else f"{label}.{TLDS[i % len(TLDS)]}")
    return tuple(hosts)


def legitimate() -> list[tuple[str, bool]]:
    """(url, must be official) from tests/real/scam/legitimate.txt."""
    from pathlib import Path

    path = Path(__file__).parents[1] / "real" / "scam" / "legitimate.txt"
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            rows.append((line.split()[-1], line.startswith("official ")))
    return rows
