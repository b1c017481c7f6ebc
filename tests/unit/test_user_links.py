"""Links the fan adds are validated, saved with the checker's view, and removable."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from companion.core.errors import InputError
from companion.core.links import links


def test_a_user_link_is_saved_and_checked(db, fixed_now) -> None:
    link, verdict = links.add_user_link(
        db, "https://www.twitch.tv/somestreamer", "My streamer", note="Fridays", now=fixed_now
    )
    # A channel is on Twitch's own site, but it is not a page to buy from.
    assert (verdict.verdict, verdict.on_site) == ("not_official", True)
    assert link.platform == "twitch"  # worked out from the link
    assert links.user_links(db) == [link]
    assert link.added_at.startswith("2026-11-25")


def test_a_suspicious_link_can_be_kept_and_stays_suspicious(db, fixed_now) -> None:
    link, verdict = links.add_user_link(
        db, "https://tiktok-coins.shop", "Seen in a comment", now=fixed_now
    )
    assert verdict.verdict == "suspicious"
    assert links.check_url(links.user_links(db)[0].url).verdict == "suspicious"
    links.delete_user_link(db, link.id)
    assert links.user_links(db) == []


@pytest.mark.parametrize(
    ("url", "title", "platform", "complaint"),
    [
        ("", "x", None, "url:"),
        ("https://a.example", "  ", None, "title:"),
        ("https://a.example", "x" * 201, None, "title:"),
        ("https://a.example", "x", "myspace", "platform:"),
        ("https://a.example/" + "a" * 3000, "x", None, "url:"),
    ],
)
def test_bad_user_links_are_refused_and_nothing_is_saved(
    db, url, title, platform, complaint
) -> None:
    with pytest.raises(InputError, match=complaint):
        links.add_user_link(
            db, url, title, platform=platform, now=datetime(2026, 11, 25, tzinfo=timezone.utc)
        )
    assert links.user_links(db) == []
