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


class Steady:
    """A monotonic clock the test moves; ``boot`` changes as a reboot would."""

    def __init__(self) -> None:
        self.boot, self.t = "boot-1", 1000.0

    def __call__(self) -> tuple[str, float]:
        return self.boot, self.t


def test_wrong_passcodes_are_rate_limited(db) -> None:
    lock.enable(db, "tulip-42")
    clock = Steady()
    for _ in range(lock.FREE_ATTEMPTS - 1):
        with pytest.raises(lock.LockError, match="not the passcode"):
            lock.verify(db, "nope", now=NOW, steady=clock)
    with pytest.raises(lock.LockError, match="not the passcode"):
        lock.verify(db, "nope", now=NOW, steady=clock)
    with pytest.raises(lock.LockError, match="wait 31 s"):
        lock.verify(db, "tulip-42", now=NOW, steady=clock)  # even the right one waits
    clock.t += 29.5
    with pytest.raises(lock.LockError, match="wait 1 s"):
        lock.verify(db, "tulip-42", now=NOW, steady=clock)  # half a second short still waits
    clock.t += 0.5
    with pytest.raises(lock.LockError, match="not the passcode"):
        lock.verify(db, "nope", now=NOW, steady=clock)  # exactly 30 s later: a guess again
    with pytest.raises(lock.LockError, match="wait 61 s"):
        lock.verify(db, "tulip-42", now=NOW, steady=clock)  # the wait doubles
    clock.t += 60
    lock.verify(db, "tulip-42", now=NOW, steady=clock)
    with pytest.raises(lock.LockError, match="not the passcode"):
        lock.verify(db, "nope", now=NOW, steady=clock)  # a fresh count after success


def test_moving_the_wall_clock_does_not_shorten_the_wait(db) -> None:
    lock.enable(db, "tulip-42")
    clock = Steady()
    for _ in range(lock.FREE_ATTEMPTS):
        with pytest.raises(lock.LockError, match="not the passcode"):
            lock.verify(db, "nope", now=NOW, steady=clock)
    # The fan sets the system clock a day ahead: the wall time says the wait is long over.
    with pytest.raises(lock.LockError, match="wait 31 s"):
        lock.verify(db, "tulip-42", now=NOW + timedelta(days=1), steady=clock)


def test_after_a_reboot_the_wait_starts_again_rather_than_being_skipped(db) -> None:
    lock.enable(db, "tulip-42")
    clock = Steady()
    for _ in range(lock.FREE_ATTEMPTS):
        with pytest.raises(lock.LockError):
            lock.verify(db, "nope", now=NOW, steady=clock)
    clock.boot, clock.t = "boot-2", 5.0  # a new boot: the monotonic clock starts near zero
    with pytest.raises(lock.LockError, match="wait 31 s"):
        lock.verify(db, "tulip-42", now=NOW, steady=clock)
    clock.t += 30
    lock.verify(db, "tulip-42", now=NOW, steady=clock)


def test_parallel_wrong_guesses_are_counted_one_by_one(data_dir) -> None:
    import threading

    from companion.core.data import open_store

    first = open_store(data_dir, now=NOW)
    lock.enable(first, "tulip-42")
    first.close()
    clock = Steady()
    answers: list[str] = []
    start = threading.Barrier(20)

    def guess() -> None:
        db = open_store(data_dir, now=NOW)
        try:
            start.wait()
            lock.verify(db, "nope", now=NOW, steady=clock)
        except lock.LockError as exc:
            answers.append(str(exc))
        finally:
            db.close()

    threads = [threading.Thread(target=guess) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum("not the passcode" in a for a in answers) == lock.FREE_ATTEMPTS
    assert sum("wait" in a for a in answers) == 20 - lock.FREE_ATTEMPTS


def test_changing_the_passcode_needs_the_old_one(db, memory_keyring) -> None:
    lock.enable(db, "tulip-42")
    with pytest.raises(lock.LockError, match="not the passcode"):
        lock.change_passcode(db, "nope", "rose-77", now=NOW, steady=Steady())
    with pytest.raises(lock.LockError, match="at least"):
        lock.change_passcode(db, "tulip-42", "abc", now=NOW, steady=Steady())
    lock.change_passcode(db, "tulip-42", "rose-77", now=NOW, steady=Steady())
    lock.verify(db, "rose-77", now=NOW, steady=Steady())
    with pytest.raises(lock.LockError):
        lock.verify(db, "tulip-42", now=NOW, steady=Steady())


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
