"""Babel's formats kept for the first page (companion.core.formats) write exactly what Babel
writes, in every language the app ships; a file that is not sound is never used; a stale one is
found and rewritten after the start that used it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel import numbers

from companion.core import formats, formats_babel
from companion.core.money import money
from companion.core.store import settings
from companion.ui import dates

# The locales the shipped languages resolve to (i18n.locale_for), with regional variants a
# fan's system gives them: each writes dates, groups and money its own way.
LOCALES = [
    "en_US", "en_GB", "en_IN", "es_ES", "es_MX", "pt_BR", "id_ID",
    "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CA", "ar_EG", "ar_SA",
]  # fmt: skip


@pytest.fixture(autouse=True)
def _babel_again() -> Iterator[None]:
    yield
    formats.deactivate()
    formats._asked.clear()
    money.set_display_locale(None)


def _written(folder: Path, requested: str) -> dict:
    data = formats_babel.build(requested)
    assert data is not None
    path = formats.path_for(folder, requested)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return data


def _first_page(moments: list[datetime], amounts: list[int], codes: list[str]) -> list[str]:
    """Everything the first page formats, through the functions it calls."""
    out = [str(settings._locale_week_start())]
    for t in moments:
        out += [
            dates.long_day(t),
            dates.long_day(t.date()),
            dates.short_day(t),
            dates.short_day(t.date()),
            dates.day_month(t.date()),
            dates.clock(t),
            dates.short_day_time(t),
            dates.day_month_time(t),
        ]
    for value in amounts:
        out.append(money.format_number(value))
        out += [money.format_money(value, code) for code in codes]
    return out


def _fresh_process(code: str) -> list[str]:
    """What ``code`` prints in a new interpreter, where nothing of Babel is loaded yet."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.splitlines()


@pytest.mark.parametrize("requested", LOCALES)
def test_kept_formats_write_what_babel_writes(tmp_path: Path, requested: str) -> None:
    _written(tmp_path, requested)
    zone = ZoneInfo("America/New_York")
    # Every day of a year (each weekday in each month, a leap day, both DST changes), at times
    # that pass midnight, noon and both halves of the day.
    start = datetime(2028, 1, 1, tzinfo=zone)
    moments = [
        start + timedelta(days=d, hours=h, minutes=m)
        for d in range(366)
        for h, m in [((d * 7) % 24, (d * 13) % 60)]
    ] + [start.replace(hour=h, minute=m) for h in (0, 11, 12, 23) for m in (0, 1, 59)]
    amounts = [0, 1, -1, 5, 99, 100, 999, 1000, -1000, 123456, 99999999, -987654321, 10**15]
    codes = [*sorted(numbers.list_currencies()), "XYZ"]  # and one no one knows

    parsed = formats.activate(tmp_path, requested)
    assert parsed is not None
    money.set_display_locale(requested, parsed=parsed)
    kept = _first_page(moments, amounts, codes)
    formats.deactivate()
    babel = _first_page(moments, amounts, codes)
    assert kept == babel


def test_a_locale_with_fields_it_does_not_write_keeps_nothing(tmp_path: Path) -> None:
    # Taiwanese times say the part of the day in words ("B"), Thai dates the Buddhist era.
    assert formats_babel.build("zh_TW") is None
    assert formats_babel.build("th_TH") is None
    assert formats_babel.build("xx_NOWHERE") is None
    formats.activate(tmp_path, "zh_TW")
    assert not formats_babel.refresh()
    assert not formats.path_for(tmp_path, "zh_TW").exists()


def test_the_sample_check_refuses_a_pack_that_differs_from_babel() -> None:
    data = formats_babel.build("de_DE")
    assert data is not None
    assert formats_babel.agrees(formats.Pack(data))
    data["symbols"]["group"] = ","  # German groups with "."
    assert not formats_babel.agrees(formats.Pack(data))


def test_a_start_with_kept_formats_loads_no_babel(tmp_path: Path) -> None:
    _written(tmp_path, "fr_FR")
    code = (
        "import sys\n"
        "from datetime import datetime\n"
        "from pathlib import Path\n"
        "from zoneinfo import ZoneInfo\n"
        "from companion.core import formats\n"
        "from companion.core.money import money\n"
        "from companion.core.store import settings\n"
        "from companion.ui import dates\n"
        f"parsed = formats.activate(Path({str(tmp_path)!r}), 'fr_FR')\n"
        "money.set_display_locale('fr_FR', parsed=parsed)\n"
        "t = datetime(2026, 11, 29, 18, 5, tzinfo=ZoneInfo('Europe/Paris'))\n"
        "print(dates.long_day(t), dates.short_day_time(t), dates.day_month_time(t),"
        " money.format_money(123456, 'EUR'), money.format_number(-1234567),"
        " settings._locale_week_start(), sep='|')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel'))\n"
    )
    out = _fresh_process(code)
    assert out[1] == "[]"
    t = datetime(2026, 11, 29, 18, 5, tzinfo=ZoneInfo("Europe/Paris"))
    money.set_display_locale("fr_FR")
    assert out[0].split("|") == [
        dates.long_day(t),
        dates.short_day_time(t),
        dates.day_month_time(t),
        money.format_money(123456, "EUR"),
        money.format_number(-1234567),
        str(settings._locale_week_start()),
    ]
    assert out[0].startswith("dimanche 29 novembre 2026|")


def _edit(data: dict, how: str) -> object:
    if how == "not json":
        return b"{ this is not json"
    if how == "a list":
        return []
    if how == "another version":
        data["version"] = 99
    elif how == "an era in a pattern":
        data["patterns"]["full"].append(["field", "G", 1])
    elif how == "eleven months":
        data["months"]["format"]["wide"].pop()
    elif how == "digits not a number":
        data["digits"]["USD"] = "2"
    elif how == "digits a bool":
        data["digits"]["USD"] = True
    elif how == "grouping zero":
        data["decimal"]["grouping"] = [0, 0]
    elif how == "another locale asked":
        data["requested"] = "de_DE"
    elif how == "too large":
        data["padding"] = "x" * (formats.MAX_BYTES + 1)
    # Sealed again, as the module would: what refuses the file is its shape, not the checksum.
    data["check"] = formats.checksum(data)
    return data


@pytest.mark.parametrize(
    "how",
    [
        "not json",
        "a list",
        "another version",
        "an era in a pattern",
        "eleven months",
        "digits not a number",
        "digits a bool",
        "grouping zero",
        "another locale asked",
        "too large",
    ],
)
def test_a_file_that_is_not_sound_is_not_used_and_is_rewritten(tmp_path: Path, how: str) -> None:
    data = _written(tmp_path, "en_US")
    path = formats.path_for(tmp_path, "en_US")
    edited = _edit(json.loads(path.read_text(encoding="utf-8")), how)
    path.write_bytes(edited if isinstance(edited, bytes) else json.dumps(edited).encode())

    assert formats.activate(tmp_path, "en_US") is None
    assert formats.active("en_US") is None
    money.set_display_locale("en_US")
    assert money.format_money(123456, "USD") == "$1,234.56"  # Babel answers

    assert formats_babel.refresh()
    assert json.loads(path.read_text(encoding="utf-8")) == data
    assert not list(tmp_path.glob("*.part"))


def test_a_file_another_babel_made_is_used_once_then_rewritten_and_switched_off(
    tmp_path: Path,
) -> None:
    # As after a Babel upgrade that renamed a month: the old Babel wrote a sound file, so the
    # start uses it; the check after the first page finds it differs, switches it off and
    # rewrites it.
    data = _written(tmp_path, "en_US")
    path = formats.path_for(tmp_path, "en_US")
    stale = json.loads(path.read_text(encoding="utf-8"))
    stale["months"]["format"]["wide"][10] = "Novembre"
    stale["made_by"] = "babel 2.0.0; fan-companion 0.0.1; pack 2"
    stale["check"] = formats.checksum(stale)
    path.write_text(json.dumps(stale), encoding="utf-8")

    money.set_display_locale("en_US", parsed=formats.activate(tmp_path, "en_US"))
    assert dates.long_day(date(2026, 11, 29)) == "Sunday, Novembre 29, 2026"
    assert formats_babel.refresh()
    assert formats.active("en_US") is None
    assert dates.long_day(date(2026, 11, 29)) == "Sunday, November 29, 2026"
    assert json.loads(path.read_text(encoding="utf-8")) == data
    # The next start uses the rewritten file; nothing to write after it.
    formats.activate(tmp_path, "en_US")
    assert formats.active("en_US") is not None
    assert not formats_babel.refresh()


def test_a_file_changed_since_it_was_written_is_never_used(tmp_path: Path) -> None:
    data = _written(tmp_path, "en_US")
    path = formats.path_for(tmp_path, "en_US")
    edited = json.loads(path.read_text(encoding="utf-8"))
    edited["months"]["format"]["wide"][10] = "Novembre"  # still sound, checksum not redone
    path.write_text(json.dumps(edited), encoding="utf-8")

    money.set_display_locale("en_US", parsed=formats.activate(tmp_path, "en_US"))
    assert formats.active("en_US") is None
    assert dates.long_day(date(2026, 11, 29)) == "Sunday, November 29, 2026"
    assert formats_babel.refresh()
    assert json.loads(path.read_text(encoding="utf-8")) == data


def test_after_a_start_with_this_babels_file_nothing_of_babels_data_loads(
    tmp_path: Path,
) -> None:
    """What keeps a start's memory down: Babel's CLDR data is read only when a page needs it."""
    _written(tmp_path, "fr_FR")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from companion.core import formats, formats_babel\n"
        f"print(formats.activate(Path({str(tmp_path)!r}), 'fr_FR'))\n"
        "print(formats_babel.refresh())\n"
        "from babel import localedata\n"
        "print(sorted(localedata._cache))\n"
    )
    out = _fresh_process(code)
    assert out == ["fr_FR", "False", "[]"]


def test_a_folder_that_cannot_be_written_costs_only_the_speed_up(tmp_path: Path) -> None:
    blocker = tmp_path / "i18n"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    formats.activate(blocker, "en_US")
    assert not formats_babel.refresh()  # logged, not raised
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"
    money.set_display_locale("en_US")
    assert money.format_money(500, "USD") == "$5.00"


def test_a_count_that_is_not_whole_goes_to_babel(tmp_path: Path) -> None:
    from decimal import Decimal

    _written(tmp_path, "de_DE")
    money.set_display_locale("de_DE", parsed=formats.activate(tmp_path, "de_DE"))
    assert formats.active("de_DE") is not None
    assert money.format_number(Decimal("1234.5")) == "1.234,5"  # type: ignore[arg-type]
    assert money.format_number(1234) == "1.234"


def test_another_locale_than_the_kept_one_goes_to_babel(tmp_path: Path) -> None:
    _written(tmp_path, "en_US")
    money.set_display_locale("en_US", parsed=formats.activate(tmp_path, "en_US"))
    assert formats.active("en_US") is not None
    assert money.format_money(123456, "EUR", locale="de_DE") == "1.234,56\xa0€"
    money.set_display_locale("de_DE")  # the fan picked German in Settings
    assert dates.day_month(date(2026, 11, 29)) == "29. Nov."
    assert money.format_number(1234567) == "1.234.567"
