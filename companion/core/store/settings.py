"""Declarative settings stored in the database, validated on every write."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from companion.core.errors import InputError

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from sqlite_utils import Database

    from companion.core.store.ready import ReadConnection


class Setting(NamedTuple):
    key: str
    kind: type
    default: Callable[[], Any]
    label: str
    minimum: int | None = None
    maximum: int | None = None
    check: Callable[[Any], str | None] | None = None
    user_visible: bool = True


def _system_currency() -> str:
    from companion.core.money.money import system_currency

    return system_currency()


def _system_zone() -> str:
    try:
        from companion.core.store.system_zone import local_zone_name  # tzlocal's answer

        name = local_zone_name()
    except Exception:  # tzlocal raises its own errors on odd systems; UTC is a safe default
        name = None
    return name if name and _zone_problem(name) is None else "UTC"


def _zone_problem(value: str) -> str | None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return f"'{value}' is not a time zone name like Europe/Paris or America/New_York"
    return None


def _locale_week_start() -> int:
    from companion.core import formats
    from companion.core.money.money import display_locale

    kept = formats.active(display_locale())
    if kept is not None:
        return kept.week_start
    import babel

    try:
        locale = babel.Locale.parse(display_locale())
        own = _own_first_week_day(str(locale))
        return own if own is not None else int(locale.first_week_day)
    except (ValueError, babel.UnknownLocaleError):
        return 0


def _own_first_week_day(name: str) -> int | None:
    """The first day of the week as the locale's own CLDR file states it, or None when only
    a parent does. Babel's ``first_week_day`` would load and merge the root and language files
    first (~25 ms of a ``companion budget``) for a value the locale's own file overrides; almost
    every locale with a territory states it (tests hold the two equal)."""
    import pickle

    from babel import localedata

    try:
        # Babel's own data, read the way Babel reads it (localedata.load).
        with open(localedata.resolve_locale_filename(name), "rb") as file:
            data = pickle.load(file)
    except (OSError, ValueError, pickle.UnpicklingError, EOFError):
        return None
    week = data.get("week_data") if isinstance(data, dict) else None
    day = week.get("first_day") if isinstance(week, dict) else None
    return day if isinstance(day, int) else None


# The interface languages that ship (resources/i18n/companion_<code>.ts), by their own names:
# a fan looks for the name of their language as they write it.
LANGUAGES = {
    "en": "English",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "id": "Bahasa Indonesia",
    "de": "Deutsch",
    "fr": "Français",
    "ar": "العربية",
}


def _language_problem(value: str) -> str | None:
    if value and value not in LANGUAGES:
        return (
            f"'{value}' is not a language of the app ({', '.join(LANGUAGES)}; empty: the system's)"
        )
    return None


APPEARANCES = ("system", "light", "dark")


def _appearance_problem(value: str) -> str | None:
    if value not in APPEARANCES:
        return f"'{value}' is not an appearance ({', '.join(APPEARANCES)})"
    return None


def _currency_problem(value: str) -> str | None:
    from companion.core.money.money import is_currency

    if not is_currency(value):
        return f"'{value}' is not an ISO 4217 currency code (for example USD, EUR, JPY)"
    return None


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(
            "home_currency",
            str,
            _system_currency,
            "Home currency",
            check=_currency_problem,
        ),
        Setting(
            "reminder_lead_minutes",
            int,
            lambda: 10,
            "Default reminder lead time (minutes)",
            minimum=0,
            maximum=7 * 24 * 60,
        ),
        Setting("start_minimised", bool, lambda: False, "Start minimised to the tray"),
        Setting(
            "backups_to_keep", int, lambda: 5, "Automatic backups to keep", minimum=1, maximum=100
        ),
        Setting("time_zone", str, _system_zone, "Your time zone", check=_zone_problem),
        Setting(
            "week_starts_on",
            int,
            _locale_week_start,
            "First day of the week (0 = Monday)",
            minimum=0,
            maximum=6,
        ),
        # Opt-in: reading the clipboard is the fan's choice (Settings explains what it does).
        Setting("clipboard_guard", bool, lambda: False, "Warn about copied scam links"),
        # Empty: the system's language. Read before the window is built (see read_before_open).
        Setting("language", str, lambda: "", "Interface language", check=_language_problem),
        # Light or dark, or the system's (followed live). Read before the window is built too.
        Setting("appearance", str, lambda: "system", "Light or dark", check=_appearance_problem),
        Setting(
            "tray_notice_shown",
            bool,
            lambda: False,
            "Told the user about the tray",
            user_visible=False,
        ),
        # Without a system tray, closing the window would stop reminders: the fan is asked once
        # (background_asked) and the answer lives in Settings.
        Setting(
            "keep_running_without_tray",
            bool,
            lambda: False,
            "Keep reminders running after the window closes (no tray)",
        ),
        Setting(
            "background_asked",
            bool,
            lambda: False,
            "Asked whether to keep running without a tray",
            user_visible=False,
        ),
        Setting(
            "welcome_shown",
            bool,
            lambda: False,
            "Showed the first-run welcome",
            user_visible=False,
        ),
        # Comma-separated platform ids the fan said they use (the welcome asks): Home shows
        # their wallets even before anything is logged.
        Setting("platforms_used", str, lambda: "", "Platforms you use", user_visible=False),
    )
}

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def coerce(setting: Setting, value: Any) -> Any:
    """Turn ``value`` (possibly text typed on a command line) into the setting's type, or raise."""
    key = setting.key
    if setting.kind is bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise InputError(f"{key}: expected yes or no, got '{value}'")
    if setting.kind is int:
        if isinstance(value, bool):
            raise InputError(f"{key}: expected a whole number, got '{value}'")
        try:
            number = int(str(value).strip()) if not isinstance(value, int) else value
        except ValueError:
            raise InputError(f"{key}: expected a whole number, got '{value}'") from None
        if setting.minimum is not None and number < setting.minimum:
            raise InputError(f"{key}: must be at least {setting.minimum}, got {number}")
        if setting.maximum is not None and number > setting.maximum:
            raise InputError(f"{key}: must be at most {setting.maximum}, got {number}")
        return number
    text = str(value).strip()
    if key == "home_currency":
        text = text.upper()
    if setting.check and (problem := setting.check(text)):
        raise InputError(f"{key}: {problem}")
    return text


class Settings:
    """Typed access to the ``settings`` table; unknown keys and bad values raise InputError."""

    def __init__(self, db: Database | ReadConnection) -> None:
        # A ReadConnection (store.ready) reads as well; set() needs the Database.
        self._db = db

    @staticmethod
    def spec(key: str) -> Setting:
        try:
            return SETTINGS[key]
        except KeyError:
            known = ", ".join(sorted(k for k, s in SETTINGS.items() if s.user_visible))
            raise InputError(f"unknown setting '{key}' (known: {known})") from None

    def get(self, key: str) -> Any:
        setting = self.spec(key)
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return _default(key)
        try:
            return coerce(setting, _decode(row[0]))
        except (ValueError, InputError):
            # A damaged value falls back to the default rather than breaking start-up.
            return _default(key)

    def set(self, key: str, value: Any) -> Any:
        setting = self.spec(key)
        clean = coerce(setting, value)
        db = cast("Database", self._db)  # writing needs sqlite-utils' Database
        with db.atomic():
            db.table("settings").upsert({"key": key, "value": _encode(clean)}, pk="key")
        return clean

    def all(self) -> dict[str, Any]:
        return {key: self.get(key) for key, s in SETTINGS.items() if s.user_visible}


@cache
def _default(key: str) -> Any:
    return SETTINGS[key].default()


def read_before_open(db_path: Path, *keys: str) -> dict[str, Any]:
    """Read settings without migrating or importing sqlite-utils, through one connection.

    Only for the few settings needed before the window shows (its language, its scheme, start
    minimised), so the slower database start-up can run after the first paint. Any problem
    means "default", key by key: the real open that follows reports it properly.
    """
    import sqlite3
    from contextlib import suppress

    values = {key: _default(key) for key in keys}
    try:
        conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return values
    try:
        marks = ", ".join("?" * len(keys))
        rows = conn.execute(f"SELECT key, value FROM settings WHERE key IN ({marks})", keys)
        for key, text in rows.fetchall():
            with suppress(ValueError, InputError):  # this one stays the default
                values[key] = coerce(SETTINGS[key], _decode(text))
    except sqlite3.Error:
        pass
    finally:
        conn.close()
    return values


def _decode(text: str) -> Any:
    import json  # lazily: read_before_open runs before the first paint

    return json.loads(text)


def _encode(value: Any) -> str:
    import json

    return json.dumps(value)


class Prefs(NamedTuple):
    """The fan's frame of reference, read once per operation."""

    home: str
    zone: ZoneInfo
    week_start: int


def prefs(db: Database | ReadConnection) -> Prefs:
    from zoneinfo import ZoneInfo

    s = Settings(db)
    return Prefs(s.get("home_currency"), ZoneInfo(s.get("time_zone")), s.get("week_starts_on"))
