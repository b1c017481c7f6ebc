"""Every form parser answers any text with a value or a clear InputError, never a crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.calendar import schedule
from companion.core.errors import InputError
from companion.core.money import money, rates
from companion.core.store.parsing import parse_count
from companion.core.store.settings import SETTINGS, coerce

texts = st.text(max_size=40) | st.sampled_from(
    ["", " ", "1e309", "NaN", "-0", "0.001", "１２３", "12,5", "∞", "0x10", "1_000", "4.99"]
)


def _either(fn, *args) -> None:
    try:
        fn(*args)
    except InputError as exc:
        assert str(exc)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["USD", "JPY", "KWD"]))
def test_amounts(text: str, currency: str) -> None:
    _either(money.parse_amount, text, currency)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_units_rates_dates_and_walls(text: str) -> None:
    _either(parse_count, text)
    _either(rates.parse_rate, text)
    _either(schedule.parse_wall, text)
    _either(schedule.zone_named, text)
    _either(schedule._reminders, text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(SETTINGS)), texts)
def test_settings(key: str, text: str) -> None:
    _either(coerce, SETTINGS[key], text)
