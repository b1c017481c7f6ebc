"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and a memory keyring."""

from __future__ import annotations

import os
import time

# Before anything imports Qt: tests need no screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from datetime import datetime, timezone
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

# The machine's language, locale and zone must change nothing (CI runs the suite under others):
# every default that the app derives from them (home currency, number format, week start, zone)
# is derived from these instead. Tests that exercise the derivation set their own.
for _name in ("LANGUAGE", "LC_ALL", "LC_MONETARY", "LC_NUMERIC", "LC_TIME", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"  # on every machine; babel reads it as en_US
os.environ["TZ"] = "UTC"
if hasattr(time, "tzset"):  # Unix only
    time.tzset()

FIXED_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict, so no test touches the real OS keychain."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder; the real user folders are pointed away too, just in case."""
    folder = tmp_path / "data"
    monkeypatch.setenv("COMPANION_DATA_DIR", str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return folder


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def fixed_now() -> datetime:
    return FIXED_NOW


@pytest.fixture
def db(data_dir: Path):
    from companion.core.data import open_store

    database = open_store(data_dir, now=FIXED_NOW)
    yield database
    database.close()
