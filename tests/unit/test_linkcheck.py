"""The link checker: official sites pass, scams and look-alikes are caught, junk never crashes."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.links import links
from companion.core.links.linkcheck import NOT_OFFICIAL, OFFICIAL, SUSPICIOUS
from companion.core.store.paths import resource

check = links.check_url

OFFICIAL_URLS = [
    ("https://www.tiktok.com/coin", "tiktok"),
    ("https://tiktok.com/coin?lang=en", "tiktok"),
    ("https://TikTok.COM./coin", "tiktok"),  # mixed case and a trailing dot are the same site
    ("https://m.tiktok.com/", "tiktok"),
    ("https://www.twitch.tv/bits", "twitch"),
    ("https://www.youtube.com/live/abc", "youtube"),
    ("https://support.google.com/youtube/answer/9178363", "youtube"),
    ("https://www.facebook.com/stars", "facebook"),
    ("https://www.instagram.com/", "instagram"),
    ("https://t.me/PremiumBot", "telegram"),
    ("https://telegram.org/faq", "telegram"),
    ("https://www.tiktok.com:443/coin", "tiktok"),
]

SCAM_URLS = [
    ("https://tiktok.com@evil.example/coin", None, "disguise"),
    ("https://tіktok.com/coin", "tiktok", "look-alike"),  # Cyrillic і
    ("https://tiktók.com", "tiktok", "look-alike"),
    ("https://xn--tktok-5ve.com", "tiktok", "international"),
    ("https://tlktok.com", "tiktok", "one letter away"),
    ("https://tiktokk.com", "tiktok", "borrows the name"),
    ("https://twtich.tv", "twitch", "one letter away"),
    ("https://tiktok-coins.shop", "tiktok", "borrows the name"),
    ("https://tiktok.com.free-coins.xyz/login", "tiktok", "does not own"),
    ("https://tiktokcoins.ai", "tiktok", "borrows the name"),
    ("https://tiktok.shop", "tiktok", "does not own"),
    ("https://you.tube.com", "youtube", "does not own"),
    ("https://t1kt0k.com", "tiktok", "look-alike"),
    ("https://free-coins-generator.net/tiktok", None, "bait words"),
    ("https://cheapcoins.example/buy", None, "bait words"),
    ("https://bit.ly/3xYz", None, "shortener"),
    ("https://t.co/abc", None, "shortener"),
    ("javascript:alert(document.cookie)", None, "Never open it"),
    ("data:text/html;base64,PHNjcmlwdD4=", None, "Never open it"),
    ("https://evil.example\\@tiktok.com", None, "backslash"),
]

NOT_OFFICIAL_URLS = [
    ("http://www.tiktok.com/coin", "http:"),
    ("www.tiktok.com/coin", "https://"),
    ("https://tiktok.com:8443/coin", "port 8443"),
    ("https://93.184.216.34/coin", "IP address"),
    ("https://0x7f.1/", "IP address"),
    ("https://[::1]/", "IP address"),
    ("https://example.com", "not one of the official sites"),
    ("https://kickstarter.com", "not one of the official sites"),
    ("https://co.uk", "public suffix"),
    ("", "empty"),
    ("   ", "empty"),
    ("https://exa mple.com", "spaces"),
    ("https://tiktok.com/\x00coin", "control characters"),
    ("https://a..b.com", "empty part"),
    ("https://" + "a" * 10_000 + ".com", "characters long"),
]


@pytest.mark.parametrize(("url", "platform"), OFFICIAL_URLS)
def test_official_urls_are_official(url: str, platform: str) -> None:
    verdict = check(url)
    assert verdict.verdict == OFFICIAL, verdict.reasons
    assert verdict.platform == platform
    assert verdict.reasons


@pytest.mark.parametrize(("url", "platform", "reason"), SCAM_URLS)
def test_scams_and_lookalikes_are_suspicious(url: str, platform: str | None, reason: str) -> None:
    verdict = check(url)
    assert verdict.verdict == SUSPICIOUS, verdict.reasons
    assert verdict.platform == platform
    assert any(reason in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(("url", "reason"), NOT_OFFICIAL_URLS)
def test_rejected_urls_say_why(url: str, reason: str) -> None:
    verdict = check(url)
    assert verdict.verdict == NOT_OFFICIAL, verdict.reasons
    assert any(reason in r for r in verdict.reasons), verdict.reasons


def test_the_host_is_normalised_for_display() -> None:
    assert check("https://WWW.TikTok.com./coin").host == "www.tiktok.com"
    assert check("https://xn--tktok-5ve.com").host == "tkаtok.com"


def test_a_very_long_url_is_shortened_in_the_answer() -> None:
    verdict = check("https://example.com/" + "x" * 20_000)
    assert len(verdict.url) < 300


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_verdict_never_an_exception(text: str) -> None:
    verdict = check(text)
    assert verdict.verdict in {OFFICIAL, SUSPICIOUS, NOT_OFFICIAL}
    assert verdict.reasons


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["https://", "http://", "", "HTTPS://", "javascript:"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.sampled_from(["tiktok.com", "twitch.tv", "evil.example", "", "xn--zz.com"]),
)
def test_url_shaped_junk_never_crashes(scheme: str, middle: str, tail: str) -> None:
    verdict = check(f"{scheme}{middle}{tail}")
    assert verdict.verdict in {OFFICIAL, SUSPICIOUS, NOT_OFFICIAL}


def test_shipped_list_matches_its_released_checksum() -> None:
    raw = resource(links.OFFICIAL_LINKS_FILE).read_bytes()
    assert hashlib.sha256(raw).hexdigest() == links.OFFICIAL_LINKS_SHA256
    shipped = links.load_official_list()
    assert shipped.verified
    assert {p.id for p in shipped.platforms} == {
        "tiktok",
        "twitch",
        "youtube",
        "instagram",
        "facebook",
        "telegram",
        "kick",
    }
    for platform in shipped.platforms:
        for channel in platform.channels:
            assert check(channel.url).verdict == OFFICIAL, channel.url


def test_an_altered_list_is_unverified_and_confirms_nothing(tmp_path: Path) -> None:
    copy = tmp_path / "official_links.json"
    shutil.copy(resource(links.OFFICIAL_LINKS_FILE), copy)
    copy.write_text(
        copy.read_text().replace('"kick.com"', '"kick.com", "evil.example"'), encoding="utf-8"
    )
    altered = links.load_official_list(copy)
    assert not altered.verified
    assert "changed after" in altered.problem
    checker = altered.checker()
    assert checker.check("https://evil.example/").verdict == NOT_OFFICIAL
    assert checker.check("https://www.tiktok.com/coin").verdict == NOT_OFFICIAL


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        ("[]", "JSON object"),
        ('{"platforms": []}', "platforms: must be a non-empty list"),
        ('{"platforms": [{"id": "x"}]}', "platforms[0].name"),
        (
            '{"platforms": [{"id": "x", "name": "X", "domains": "x.com", "brands": ["x"]}]}',
            "platforms[0].domains",
        ),
        ("{not json", "not valid JSON"),
    ],
)
def test_a_malformed_list_names_the_problem(tmp_path: Path, content: str, complaint: str) -> None:
    bad = tmp_path / "official_links.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(links.InputError, match=complaint.replace("[", r"\[").replace("]", r"\]")):
        links.load_official_list(bad)
