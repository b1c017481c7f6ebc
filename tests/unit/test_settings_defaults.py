"""The settings' system defaults, worked out the quick way, answer as Babel does."""

from __future__ import annotations

import babel
import pytest

from companion.core.money import money
from companion.core.store import settings

# The app's languages with their usual territories, and locales whose weeks differ.
LOCALES = [
    "en_US",
    "en_GB",
    "en_001",
    "de_DE",
    "es_MX",
    "pt_BR",
    "pt_PT",
    "id_ID",
    "fr_FR",
    "fr_CA",
    "ar_EG",
    "ar_SA",
    "ar_AE",
    "fa_IR",
    "he_IL",
    "hi_IN",
    "ja_JP",
    "ps_AF",
    "ru_RU",
]


@pytest.mark.parametrize("name", LOCALES)
def test_a_locales_own_first_day_of_the_week_is_babels(name: str) -> None:
    own = settings._own_first_week_day(name)
    assert own is not None  # the quick way answers for these...
    assert own == babel.Locale.parse(name).first_week_day  # ...and the same


@pytest.mark.parametrize("name", ["de", "en", "ar", "sr_Latn"])
def test_a_locale_that_only_inherits_its_week_is_left_to_babel(name: str) -> None:
    # These files say nothing of the week themselves: the quick way does not guess.
    own = settings._own_first_week_day(name)
    assert own is None or own == babel.Locale.parse(name).first_week_day


def test_an_unknown_locale_file_is_left_to_babel() -> None:
    assert settings._own_first_week_day("xx_NOWHERE") is None


@pytest.mark.parametrize(("name", "day"), [("en_US", 6), ("de_DE", 0), ("ar_EG", 5)])
def test_the_week_start_default_follows_the_display_locale(name: str, day: int) -> None:
    money.set_display_locale(name)
    try:
        assert settings._locale_week_start() == day == babel.Locale.parse(name).first_week_day
    finally:
        money.set_display_locale(None)
