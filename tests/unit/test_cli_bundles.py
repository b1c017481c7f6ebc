"""``companion bundles``, ``plan`` and ``import``: documented JSON shapes and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import run


def test_bundles_json(capsys) -> None:
    code, out, _ = run(capsys, "bundles", "--platform", "twitch", "--json")
    assert code == 0
    rows = json.loads(out)
    assert set(rows[0]) == {
        "platform",
        "channel",
        "region",
        "units",
        "bonus_units",
        "price",
        "currency",
        "source",
        "observed",
    }
    assert rows[0] | {"source": None, "observed": None} == {
        "platform": "twitch",
        "channel": "web",
        "region": "US",
        "units": 100,
        "bonus_units": 0,
        "price": "1.40",
        "currency": "USD",
        "source": None,
        "observed": None,
    }


def test_bundles_filtered_by_channel(capsys) -> None:
    code, out, _ = run(capsys, "bundles", "--platform", "tiktok", "--channel", "web", "--json")
    assert code == 0
    assert {r["channel"] for r in json.loads(out)} == {"web"}


def test_plan_json(capsys) -> None:
    code, out, _ = run(capsys, "plan", "twitch", "1000", "--json")
    assert code == 0
    assert json.loads(out) == {
        "platform": "twitch",
        "channel": None,
        "target_units": 1000,
        "total_units": 1000,
        "total_price": "14.00",
        "currency": "USD",
        "items": [{"units": 500, "bonus_units": 0, "price": "7.00", "count": 2}],
    }


def test_plan_of_gifts_in_text(capsys) -> None:
    code, out, _ = run(capsys, "plan", "tiktok", "10", "--gift", "Lion")
    assert code == 0
    assert "10 × Lion" in out
    assert "reaches the creator" in out


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (("plan", "myspace", "10"), "unknown platform"),
        (("plan", "tiktok", "0"), "must be > 0"),
        (("plan", "tiktok", "1.5"), "not a whole number"),
        (("plan", "kick", "10"), "no KICKs"),
        (("plan", "tiktok", "10", "--gift", "Dragon"), "no gift"),
    ],
)
def test_plan_errors_exit_2_with_one_line(capsys, args, complaint) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert complaint in err
    assert err.count("\n") == 1


def test_import_a_catalog_and_a_bad_one(capsys, tmp_path: Path) -> None:
    good = tmp_path / "mine.json"
    good.write_text(
        json.dumps(
            {
                "platforms": [
                    {
                        "id": "kick",
                        "bundles": [
                            {"units": 100, "price": "1.09", "currency": "USD", "region": "US"}
                        ],
                    }
                ]
            }
        )
    )
    assert run(capsys, "import", str(good))[0] == 0
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "platforms": [
                    {
                        "id": "kick",
                        "bundles": [
                            {"units": 200, "price": "2.00", "currency": "USD"},
                            {"units": 300, "price": "-1", "currency": "USD"},
                        ],
                    }
                ]
            }
        )
    )
    code, _, err = run(capsys, "import", str(bad))
    assert code == 2
    assert "platforms[0].bundles[1].price: must be > 0" in err
    _, out, _ = run(capsys, "bundles", "--platform", "kick", "--json")
    assert [r["units"] for r in json.loads(out)] == [100]  # the bad file added nothing


def test_export_then_import_round_trips(capsys, tmp_path: Path) -> None:
    target = tmp_path / "catalog.json"
    assert run(capsys, "export", str(target))[0] == 0
    code, out, _ = run(capsys, "import", str(target))
    assert code == 0
    assert "Imported 0 bundle(s)" in out


def test_rates_command_and_csv_import(capsys, tmp_path: Path) -> None:
    assert run(capsys, "rates", "USD/EUR", "0.92", "--as-of", "2026-11-20")[0] == 0
    csv = tmp_path / "rates.csv"
    csv.write_text("base,quote,rate,as_of,source\nUSD,JPY,151.2,2026-11-20,bank\n")
    assert run(capsys, "import", str(csv))[0] == 0
    _, out, _ = run(capsys, "rates", "--json")
    assert {r["quote"] for r in json.loads(out)} == {"EUR", "JPY"}


def test_the_cli_offers_the_catalogs_channels() -> None:
    from companion.cli.commands.bundles_cmd import CHANNELS as CLI_CHANNELS
    from companion.core.bundles.catalog import CHANNELS

    assert CLI_CHANNELS == CHANNELS
