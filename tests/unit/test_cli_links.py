"""``companion check-link``: verdicts, JSON shape and exit codes."""

from __future__ import annotations

import json

from cli_run import run


def test_all_official_exits_0(capsys) -> None:
    code, out, _ = run(
        capsys, "check-link", "https://www.tiktok.com/coin", "https://t.me/PremiumBot"
    )
    assert code == 0
    assert out.count("OFFICIAL") == 2


def test_any_not_official_exits_1_with_json(capsys) -> None:
    code, out, _ = run(
        capsys, "check-link", "https://www.tiktok.com/coin", "https://tiktok-coins.shop", "--json"
    )
    assert code == 1
    data = json.loads(out)
    assert [d["verdict"] for d in data] == ["official", "suspicious"]
    assert set(data[1]) == {"url", "verdict", "platform", "host", "reasons", "on_platform_site"}
    assert data[1]["platform"] == "tiktok"
    assert data[1]["host"] == "tiktok-coins.shop"
    assert data[1]["reasons"]


def test_no_url_is_a_usage_error(capsys) -> None:
    code, _, err = run(capsys, "check-link")
    assert code == 2
    assert "URL" in err


def test_junk_gets_a_verdict_not_a_crash(capsys) -> None:
    code, out, err = run(capsys, "check-link", "javascript:alert(1)", "", "\x07", "--json")
    assert code == 1
    assert [d["verdict"] for d in json.loads(out)] == ["suspicious", "not_official", "not_official"]
    assert err == ""
