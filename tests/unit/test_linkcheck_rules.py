"""The link checker's rules, pinned one by one: the exact words a fan reads, every kind of
one-letter typo, ports, shorteners, local-file links and the limits on length."""

from __future__ import annotations

import pytest

from companion.core.links import links
from companion.core.links.linkcheck import (
    MAX_URL_LENGTH,
    NOT_OFFICIAL,
    OFFICIAL,
    SUSPICIOUS,
    LinkChecker,
    PlatformDomains,
    Verdict,
)

check = links.check_url

BACKSLASH = (
    "It contains a backslash, a trick that makes browsers open a different site than the one "
    "you read."
)


def never_open(scheme: str) -> str:
    return (
        f"It is a '{scheme}:' link, which runs code or opens local data instead of a website. "
        "Never open it."
    )


# (url, verdict, platform, host shown, reasons in the order the fan reads them)
EXACT = [
    (
        "https://www.tiktok.com/coin",
        "official",
        "tiktok",
        "www.tiktok.com",
        ("tiktok.com/coin is an official TikTok purchase or help page, opened over https.",),
    ),
    (
        "https://ｔｉｋｔｏｋ.com/coin",
        "official",
        "tiktok",
        "tiktok.com",
        ("tiktok.com/coin is an official TikTok purchase or help page, opened over https.",),
    ),
    (
        "https://tiktok.com/\\x",
        "suspicious",
        "tiktok",
        "tiktok.com",
        (BACKSLASH,),
    ),
    (
        "https://evil.example\\@tiktok.com",
        "suspicious",
        None,
        "evil.example",
        (BACKSLASH,),
    ),
    (
        "https://a@b@evil.example/",
        "suspicious",
        None,
        "evil.example",
        ("Everything before '@' is a disguise: this link really opens evil.example.",),
    ),
    (
        "https://tiktok.com:99999/",
        "not_official",
        "tiktok",
        "tiktok.com",
        (
            "tiktok.com belongs to TikTok, but the link is not safe as written.",
            "The port number after ':' is not valid.",
        ),
    ),
    (
        "https://tiktok.com:80/coin",
        "not_official",
        "tiktok",
        "tiktok.com",
        (
            "tiktok.com belongs to TikTok, but the link is not safe as written.",
            "It uses the unusual port 80; official pages never do.",
        ),
    ),
    ("https://:443/", "not_official", None, None, ("It has no site name.",)),
    (
        "https://[bad/",
        "not_official",
        None,
        None,
        ("It is not a valid web address (Invalid IPv6 URL).",),
    ),
    (
        "https://exa mple.com",
        "not_official",
        None,
        "exa mple.com",
        (
            "It contains spaces or invisible control characters.",
            "'exa mple.com' contains characters not allowed in site names.",
        ),
    ),
    (
        "https://tiktok.com.free-coins.xyz/login",
        "suspicious",
        "tiktok",
        "tiktok.com.free-coins.xyz",
        (
            "It uses the name TikTok but the site is free-coins.xyz, which TikTok does not own.",
            'It uses the bait words "free coins": no platform gives away its currency.',
        ),
    ),
    (
        "https://tiktok-free-coins.shop",
        "suspicious",
        "tiktok",
        "tiktok-free-coins.shop",
        (
            "'tiktok-free-coins' borrows the name TikTok, but the site is tiktok-free-coins.shop.",
            'It uses the bait words "free coins": no platform gives away its currency.',
        ),
    ),
    (
        "https://you.tube.com",
        "suspicious",
        "youtube",
        "you.tube.com",
        ("It uses the name YouTube but the site is tube.com, which YouTube does not own.",),
    ),
    (
        "https://tіktok.com/coin",
        "suspicious",
        "tiktok",
        "tіktok.com",
        (
            "tіktok.com uses international letters that can imitate ordinary ones.",
            "'tіktok' imitates 'tiktok' with look-alike letters, on tіktok.com.",
        ),
    ),
    (
        "https://tíktok.com",
        "suspicious",
        "tiktok",
        "tíktok.com",
        (
            "tíktok.com uses international letters that can imitate ordinary ones.",
            "'tíktok' imitates 'tiktok' with look-alike letters, on tíktok.com.",
        ),
    ),
    (
        "https://tіktokcoins.com",
        "suspicious",
        "tiktok",
        "tіktokcoins.com",
        (
            "tіktokcoins.com uses international letters that can imitate ordinary ones.",
            "'tіktokcoins' imitates 'tiktok' with look-alike letters, on tіktokcoins.com.",
        ),
    ),
    (
        "https://free-coins-generator.net/tiktok",
        "suspicious",
        None,
        "free-coins-generator.net",
        ('It uses the bait words "free coins": no platform gives away its currency.',),
    ),
    (
        "http://www.tiktok.com/coin",
        "not_official",
        "tiktok",
        "www.tiktok.com",
        (
            "tiktok.com belongs to TikTok, but the link is not safe as written.",
            "It uses 'http:' instead of https:, so anyone on the network could change the page.",
        ),
    ),
    (
        "www.tiktok.com/coin",
        "not_official",
        "tiktok",
        "www.tiktok.com",
        (
            "tiktok.com belongs to TikTok, but the link is not safe as written.",
            "It does not start with https://, so it is not a secure web page.",
        ),
    ),
    (
        "javascript",
        "not_official",
        None,
        "javascript",
        (
            "It does not start with https://, so it is not a secure web page.",
            "javascript is a public suffix, not a site anyone owns.",
        ),
    ),
    (
        "https://xn--tktok-5ve.com",
        "suspicious",
        "tiktok",
        "tkаtok.com",
        (
            "tkаtok.com uses international letters that can imitate ordinary ones.",
            "'tktok' is one letter away from 'tiktok' (TikTok): a typo-squatting site.",
        ),
    ),
    (
        "https://XN--TKTOK-5VE.com",
        "suspicious",
        "tiktok",
        "tkаtok.com",
        (
            "tkаtok.com uses international letters that can imitate ordinary ones.",
            "'tktok' is one letter away from 'tiktok' (TikTok): a typo-squatting site.",
        ),
    ),
    (
        "https://k1ck.com",
        "suspicious",
        "kick",
        "k1ck.com",
        ("'k1ck' imitates 'kick' with look-alike letters, on k1ck.com.",),
    ),
    (
        "https://kick-coins.com",
        "suspicious",
        "kick",
        "kick-coins.com",
        ("'kick-coins' borrows the name Kick, but the site is kick-coins.com.",),
    ),
    (
        "https://kickstarter.com",
        "not_official",
        None,
        "kickstarter.com",
        ("kickstarter.com is not one of the official sites of any platform in the list.",),
    ),
    (
        "https://www.bit.ly/x",
        "suspicious",
        None,
        "www.bit.ly",
        ("bit.ly is a link shortener: the real destination is hidden.",),
    ),
    (
        "https://shop.tw1tch.shop",
        "suspicious",
        "twitch",
        "shop.tw1tch.shop",
        ("'tw1tch' imitates 'twitch' with look-alike letters, on tw1tch.shop.",),
    ),
    (
        "https://a..b.com",
        "not_official",
        None,
        "a..b.com",
        ("'a..b.com' is not a valid site name (empty part between dots).",),
    ),
    (
        "https://ex_ample.com",
        "not_official",
        None,
        "ex_ample.com",
        ("ex_ample.com is not one of the official sites of any platform in the list.",),
    ),
    (
        "vbscript:msgbox(1)",
        "suspicious",
        None,
        None,
        (never_open("vbscript"),),
    ),
    (
        "blob:https://x.example/1",
        "suspicious",
        None,
        None,
        (never_open("blob"),),
    ),
    (
        "FILE:///etc/passwd",
        "suspicious",
        None,
        None,
        (never_open("file"),),
    ),
    (
        "javascript:alert('https://x')",
        "suspicious",
        None,
        None,
        (never_open("javascript"),),
    ),
    (
        "https://[::1]/",
        "not_official",
        None,
        "::1",
        ("It points at a bare IP address (::1) instead of a named site.",),
    ),
    (
        "https://127.0.0.1/",
        "not_official",
        None,
        "127.0.0.1",
        ("It points at a bare IP address (127.0.0.1) instead of a named site.",),
    ),
]


@pytest.mark.parametrize(("url", "verdict", "platform", "host", "reasons"), EXACT)
def test_the_fan_reads_these_exact_reasons(url, verdict, platform, host, reasons) -> None:
    got = check(url)
    assert (got.verdict, got.platform, got.host, got.reasons) == (
        verdict,
        platform,
        host,
        reasons,
    )
    assert got.url == url


@pytest.mark.parametrize(
    "url",
    [
        "https://tiktok.com:80/coin",
        "https://tiktok.com:8443/coin",
        "https://tiktok.com:8080/",
        "https://tiktok.com:1/",
        "https://tiktok.com:444/",
    ],
)
def test_https_on_any_port_but_443_is_never_official(url: str) -> None:
    got = check(url)
    assert got.verdict == NOT_OFFICIAL
    port = url.split(":")[2].split("/", maxsplit=1)[0]
    assert f"It uses the unusual port {port}; official pages never do." in got.reasons


@pytest.mark.parametrize(
    "url", ["https://tiktok.com:443/coin", "https://tiktok.com/coin", "https://tiktok.com:/coin"]
)
def test_the_https_port_itself_is_fine(url: str) -> None:
    assert check(url).verdict == OFFICIAL


@pytest.mark.parametrize(
    ("label", "brand", "kind"),
    [
        ("tktok", "tiktok", "deletion"),
        ("tiktk", "tiktok", "deletion at the end"),
        ("youtub", "youtube", "deletion of the last letter"),
        ("twich", "twitch", "deletion"),
        ("tikttok", "tiktok", "insertion"),
        ("twittch", "twitch", "insertion"),
        ("yooutube", "youtube", "insertion"),
        ("tlktok", "tiktok", "substitution"),
        ("twitcb", "twitch", "substitution of the last letter"),
        ("youtobe", "youtube", "substitution"),
        ("titkok", "tiktok", "adjacent swap"),
        ("tikotk", "tiktok", "adjacent swap"),
        ("iktok", "tiktok", "deletion of the first letter"),
        ("wtitch", "twitch", "adjacent swap of the first letters"),
    ],
)
def test_one_edit_of_any_kind_is_a_typo_squat(label: str, brand: str, kind: str) -> None:
    got = check(f"https://{label}.com/")
    assert got.verdict == SUSPICIOUS, kind
    assert got.platform == brand
    name = {"tiktok": "TikTok", "twitch": "Twitch", "youtube": "YouTube"}[brand]
    assert got.reasons == (
        f"'{label}' is one letter away from '{brand}' ({name}): a typo-squatting site.",
    ), kind


def test_a_typo_of_the_site_name_is_caught_behind_a_subdomain() -> None:
    got = check("https://shop.tlktok.com/coins")
    assert got.verdict == SUSPICIOUS
    assert got.reasons == (
        "'tlktok' is one letter away from 'tiktok' (TikTok): a typo-squatting site.",
    )


def test_a_broken_international_name_is_suspicious_and_says_so() -> None:
    got = check("https://xn--.com/")
    assert got.verdict == SUSPICIOUS
    (reason,) = got.reasons
    assert reason.startswith("'xn--.com' is not a valid international site name (")
    assert reason.endswith("); real sites never are.")


@pytest.mark.parametrize(
    ("label", "why"),
    [
        ("kittok", "a swap of letters that are not side by side is two edits"),
        ("tuktak", "two substitutions"),
        ("twch", "two deletions"),
        ("tiktkoo", "a swap plus an insertion"),
        ("youtubbee", "two insertions"),
    ],
)
def test_two_edits_are_not_one(label: str, why: str) -> None:
    got = check(f"https://{label}.com/")
    assert got.verdict == NOT_OFFICIAL, why
    assert got.reasons == (
        f"{label}.com is not one of the official sites of any platform in the list.",
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://www.bit.ly/abc",
        "https://WWW.TinyURL.com/abc",
        "https://m.t.co/x",
        "https://www.t.ly/x",
    ],
)
def test_a_shortener_behind_www_is_still_a_shortener(url: str) -> None:
    got = check(url)
    assert got.verdict == SUSPICIOUS
    assert any("is a link shortener: the real destination is hidden." in r for r in got.reasons)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "file://C:/Users/fan/coins.html", "FILE:///x", "File:x"]
)
def test_file_links_are_flagged_with_a_reason(url: str) -> None:
    got = check(url)
    assert got.verdict == SUSPICIOUS
    assert got.reasons == (
        "It is a 'file:' link, which runs code or opens local data instead of a website. "
        "Never open it.",
    )


def test_an_address_exactly_at_the_length_limit_is_still_checked() -> None:
    at_limit = "https://example.com/" + "x" * (MAX_URL_LENGTH - len("https://example.com/"))
    assert len(at_limit) == MAX_URL_LENGTH
    assert "characters long" not in " ".join(check(at_limit).reasons)
    over = at_limit + "x"
    got = check(over)
    assert got.verdict == NOT_OFFICIAL
    assert got.reasons == (
        "The address is 2,049 characters long; real purchase pages are far shorter, and an "
        "address that long is hiding something.",
    )


def test_a_long_address_is_cut_to_200_characters_in_the_answer() -> None:
    exactly = "https://example.com/" + "x" * 180
    assert check(exactly).url == exactly  # 200 characters: shown whole
    longer = exactly + "y"
    assert check(longer).url == exactly + "…"


@pytest.mark.parametrize("value", [None, 42, b"https://tiktok.com"])
def test_anything_but_text_is_an_empty_address(value: object) -> None:
    got = check(value)
    assert (got.url, got.verdict, got.reasons) == ("", NOT_OFFICIAL, ("The address is empty.",))


def test_a_verdict_as_json_has_every_field() -> None:
    got = check("https://tiktok.com/coin")
    assert got.to_json() == {
        "url": "https://tiktok.com/coin",
        "verdict": OFFICIAL,
        "platform": "tiktok",
        "host": "tiktok.com",
        "reasons": [
            "tiktok.com/coin is an official TikTok purchase or help page, opened over https."
        ],
        "on_platform_site": True,
    }
    assert isinstance(got, Verdict)
    assert got.is_official


VIMEO = PlatformDomains("vimeo", "Vimeo", ("vimeo.com",), ("vimeo",))


def test_a_checker_trusts_its_list_unless_told_otherwise() -> None:
    assert LinkChecker([VIMEO]).check("https://vimeo.com/").verdict == OFFICIAL
    untrusted = LinkChecker([VIMEO], trusted=False).check("https://vimeo.com/")
    assert untrusted.verdict == NOT_OFFICIAL
    assert untrusted.reasons == (
        "The app's list of official sites was changed after it shipped, so no link can be "
        "confirmed. Reinstall Fan Companion to restore it.",
    )


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        # Five letters is the shortest brand that typos and substrings are checked for.
        ("https://vimoe.com", "'vimoe' is one letter away from 'vimeo' (Vimeo)"),
        ("https://vimeocoins.com", "'vimeocoins' borrows the name Vimeo"),
        ("https://v1meo.net", "'v1meo' imitates 'vimeo' with look-alike letters"),
        # Read as "vimeu" (1 for i), which is one letter from the brand.
        ("https://v1meu.net", "'v1meu' imitates 'vimeo' with look-alike letters"),
    ],
)
def test_a_five_letter_brand_is_guarded_against_typos(url: str, reason: str) -> None:
    got = LinkChecker([VIMEO]).check(url)
    assert got.verdict == SUSPICIOUS
    assert got.platform == "vimeo"
    assert reason in got.reasons[0]


def test_a_four_letter_brand_matches_whole_words_only() -> None:
    short = LinkChecker([PlatformDomains("kick", "Kick", ("kick.com",), ("kick",))])
    assert short.check("https://kickstarter.com").verdict == NOT_OFFICIAL
    assert short.check("https://kik.com").verdict == NOT_OFFICIAL  # one edit: too common
    assert short.check("https://kick-coins.com").verdict == SUSPICIOUS
