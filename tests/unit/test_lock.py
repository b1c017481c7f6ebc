"""The spending lock: keychain only, slow salted hash, rate-limited guesses, honest failures."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import keyring
import pytest
from keyring.backends import fail

from companion.core.budget import lock
from companion.core.store import secrets
from companion.core.store.paths import database_path

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)


def test_turning_the_lock_on_keeps_only_a_hash_in_the_keychain(db, memory_keyring, data_dir):
    lock.enable(db, "tulip-42")
    stored = memory_keyring.store[(secrets.SERVICE, lock.SECRET_NAME)]
    assert stored.startswith("scrypt$") and "tulip-42" not in stored
    assert lock.state(db).enabled
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = database_path(data_dir).read_bytes()
    assert b"tulip-42" not in raw and stored.encode() not in raw  # never in the database
    lock.verify(db, "tulip-42", now=NOW)


def test_wrong_passcodes_are_rate_limited(db) -> None:
    lock.enable(db, "tulip-42")
    for _ in range(lock.FREE_ATTEMPTS - 1):
        with pytest.raises(lock.LockError, match="not the passcode"):
            lock.verify(db, "nope", now=NOW)
    with pytest.raises(lock.LockError, match="not the passcode"):
        lock.verify(db, "nope", now=NOW)
    with pytest.raises(lock.LockError, match="wait 31 s"):
        lock.verify(db, "tulip-42", now=NOW)  # even the right one waits
    later = NOW + timedelta(seconds=31)
    with pytest.raises(lock.LockError, match="not the passcode"):
        lock.verify(db, "nope", now=later)
    with pytest.raises(lock.LockError, match="wait 61 s"):
        lock.verify(db, "tulip-42", now=later)  # the wait doubles
    lock.verify(db, "tulip-42", now=later + timedelta(seconds=61))
    with pytest.raises(lock.LockError, match="not the passcode"):
        lock.verify(db, "nope", now=later + timedelta(seconds=62))  # a fresh count after success


def test_turning_it_off_needs_the_passcode(db) -> None:
    lock.enable(db, "tulip-42")
    with pytest.raises(lock.LockError):
        lock.disable(db, "wrong", now=NOW)
    assert lock.is_on(db)
    lock.disable(db, "tulip-42", now=NOW)
    assert not lock.is_on(db)
    assert secrets.get_secret(lock.SECRET_NAME) is None


def test_short_passcodes_are_refused(db) -> None:
    with pytest.raises(lock.LockError, match="at least 4"):
        lock.enable(db, "123")
    assert not lock.is_on(db)


def test_no_keychain_means_no_lock_and_says_why(db) -> None:
    keyring.set_keyring(fail.Keyring())
    st = lock.state(db)
    assert not st.keychain_ok
    assert "GNOME Keyring" in st.problem
    with pytest.raises(secrets.KeychainUnavailable):
        lock.enable(db, "tulip-42")
    assert not lock.is_on(db)


def test_a_vanished_keychain_entry_is_reported_not_dropped(db, memory_keyring) -> None:
    lock.enable(db, "tulip-42")
    memory_keyring.store.clear()
    st = lock.state(db)
    assert st.enabled
    assert "missing from the keychain" in st.problem
    lock.disable(db, None, now=NOW)  # the fan may reset it once told
    assert not lock.is_on(db)


def test_a_locked_keychain_is_a_clear_error(db, memory_keyring, monkeypatch) -> None:
    from keyring.errors import KeyringLocked

    def locked(*_args: object) -> None:
        raise KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "set_password", locked)
    with pytest.raises(secrets.KeychainUnavailable, match="locked"):
        lock.enable(db, "tulip-42")
    assert not lock.is_on(db)
