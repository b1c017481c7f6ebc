"""Settings are typed, validated on write and persisted."""

from __future__ import annotations

import pytest

from companion.core.errors import InputError
from companion.core.money import money
from companion.core.store.settings import Settings


def test_defaults_before_anything_is_saved(db) -> None:
    settings = Settings(db)
    assert money.is_currency(settings.get("home_currency"))
    assert settings.get("reminder_lead_minutes") == 10
    assert settings.get("start_minimised") is False


def test_values_are_validated_and_normalised_on_write(db) -> None:
    settings = Settings(db)
    assert settings.set("home_currency", " eur ") == "EUR"
    assert settings.set("reminder_lead_minutes", "30") == 30
    assert settings.set("start_minimised", "yes") is True
    assert Settings(db).get("home_currency") == "EUR"


@pytest.mark.parametrize(
    ("key", "value", "complaint"),
    [
        ("home_currency", "EURO", "ISO 4217"),
        ("home_currency", "", "ISO 4217"),
        ("reminder_lead_minutes", "-5", "at least 0"),
        ("reminder_lead_minutes", "ten", "whole number"),
        ("reminder_lead_minutes", 10_081, "at most"),
        ("start_minimised", "maybe", "yes or no"),
        ("no_such_setting", "1", "unknown setting"),
    ],
)
def test_bad_values_are_refused_with_the_field_named(db, key, value, complaint) -> None:
    settings = Settings(db)
    with pytest.raises(InputError, match=complaint) as caught:
        settings.set(key, value)
    assert key in str(caught.value)
    assert db["settings"].count == 0


def test_system_currency_follows_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LC_ALL", "ja_JP.UTF-8")
    assert money.system_currency() == "JPY"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert money.system_currency() == "EUR"


def test_start_minimised_can_be_read_before_the_database_is_opened(db, data_dir) -> None:
    from companion.core.store.paths import database_path
    from companion.core.store.settings import read_before_open

    assert read_before_open(database_path(data_dir), "start_minimised") == {
        "start_minimised": False
    }
    Settings(db).set("start_minimised", True)
    assert read_before_open(database_path(data_dir), "start_minimised") == {"start_minimised": True}


def test_the_window_reads_its_early_settings_together_and_a_bad_one_alone_is_default(
    db, data_dir
) -> None:
    from companion.core.store.paths import database_path
    from companion.core.store.settings import read_before_open

    Settings(db).set("language", "fr")
    Settings(db).set("start_minimised", True)
    # Written by something else than the app (a hand edit, an older version): not a scheme.
    db.execute("UPDATE settings SET value = ? WHERE key = 'appearance'", ['"purple"'])
    if not db.execute("SELECT 1 FROM settings WHERE key = 'appearance'").fetchone():
        db.execute("INSERT INTO settings (key, value) VALUES ('appearance', '\"purple\"')")
    early = read_before_open(database_path(data_dir), "language", "appearance", "start_minimised")
    assert early == {"language": "fr", "appearance": "system", "start_minimised": True}


def test_reading_early_from_a_missing_or_broken_file_gives_the_default(tmp_path) -> None:
    from companion.core.store.settings import read_before_open

    missing = read_before_open(tmp_path / "nothing.sqlite3", "start_minimised", "language")
    assert missing == {"start_minimised": False, "language": ""}
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 50)
    assert read_before_open(junk, "start_minimised") == {"start_minimised": False}
