"""The spending lock: a passcode held only in the OS keychain, as a salted scrypt hash.

The database records only *that* the lock is on (so a vanished keychain entry is reported, not
silently treated as "no lock") and the failed-attempt counter that rate-limits guesses.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.errors import InputError, StoreError
from companion.core.store import secrets

if TYPE_CHECKING:
    from sqlite_utils import Database

SECRET_NAME = "spending-lock"
MIN_LENGTH = 4
FREE_ATTEMPTS = 3
BASE_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(hours=1)
# scrypt cost: ~50 ms on a laptop, deliberately slow for guessing, fine for a person.
N, R, P = 2**14, 8, 1


class LockError(InputError):
    """Wrong passcode, too many attempts, or a passcode that is too short."""


class LockBroken(StoreError):
    """The lock is on but its keychain entry is gone or unreadable."""


@dataclass(frozen=True)
class LockState:
    enabled: bool  # the fan turned the lock on
    keychain_ok: bool  # a usable keychain exists
    problem: str  # why the lock cannot be used or changed, in words; "" when fine


def _meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _set_meta(db: Database, key: str, value: str | None) -> None:
    if value is None:
        db.table("meta").delete_where("key = ?", [key])
    else:
        db.table("meta").upsert({"key": key, "value": value}, pk="key")


def hash_passcode(passcode: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(passcode.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    enc = base64.b64encode
    return f"scrypt${N}${R}${P}${enc(salt).decode()}${enc(digest).decode()}"


def _matches(passcode: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        actual = hashlib.scrypt(
            passcode.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=32,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, base64.b64decode(digest))


def state(db: Database) -> LockState:
    enabled = _meta(db, "lock_enabled") == "1"
    keychain = secrets.keychain_status()
    if not keychain.available:
        problem = keychain.reason
        if enabled:
            problem = (
                "The spending lock is on, but the keychain that holds its passcode "
                "cannot be reached. " + keychain.reason
            )
        return LockState(enabled, False, problem)
    if enabled:
        try:
            stored = secrets.get_secret(SECRET_NAME)
        except secrets.KeychainUnavailable as exc:
            return LockState(True, False, str(exc))
        if not stored:
            return LockState(
                True,
                True,
                "The spending lock is on, but its passcode is missing "
                "from the keychain (it may have been deleted). Turn the lock off "
                "and on again to set a new passcode.",
            )
    return LockState(enabled, True, "")


def enable(db: Database, passcode: str) -> None:
    """Turn the lock on. Refused, with the reason, when no usable keychain exists."""
    if len(passcode or "") < MIN_LENGTH:
        raise LockError(f"passcode: use at least {MIN_LENGTH} characters")
    st = state(db)
    if not st.keychain_ok:
        raise secrets.KeychainUnavailable(st.problem)
    if st.enabled and not st.problem:
        raise LockError("lock: the spending lock is already on")
    secrets.set_secret(SECRET_NAME, hash_passcode(passcode))
    with db.atomic():
        _set_meta(db, "lock_enabled", "1")
        _reset_failures(db)


def disable(
    db: Database, passcode: str | None, *, now: datetime, steady: Steady | None = None
) -> None:
    """Turn the lock off. Needs the passcode, unless the keychain entry is already gone."""
    st = state(db)
    if not st.enabled:
        return
    if st.keychain_ok and not st.problem:
        verify(db, passcode or "", now=now, steady=steady or steady_clock)
    elif st.keychain_ok:
        pass  # the entry vanished: the fan may reset the lock (the problem was reported)
    else:
        raise LockBroken(st.problem)
    if st.keychain_ok:
        secrets.delete_secret(SECRET_NAME)
    with db.atomic():
        _set_meta(db, "lock_enabled", None)
        _reset_failures(db)


def is_on(db: Database) -> bool:
    return _meta(db, "lock_enabled") == "1"


Steady = Callable[[], tuple[str, float]]


def _boot_key() -> str:
    """Which boot of the machine this is. Linux names it; elsewhere the boot instant stands
    in, rounded to the minute: setting the wall clock changes it, which only restarts a wait."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return str(round((time.time() - time.monotonic()) / 60))


def steady_clock() -> tuple[str, float]:
    """(boot, seconds) from the system's monotonic clock, which no setting in any app moves."""
    return _boot_key(), time.monotonic()


def _remaining(db: Database, steady: Steady) -> float:
    """Seconds left of the wait after wrong guesses. Measured on the monotonic clock, so moving
    the wall clock forward skips nothing; after a reboot (or a changed boot key) the wait
    starts again in full rather than being guessed."""
    until = _meta(db, "lock_wait_until")
    if not until:
        return 0.0
    boot, start, length = until.split("|")
    current_boot, now = steady()
    if current_boot != boot or now < float(start):
        _set_meta(db, "lock_wait_until", f"{current_boot}|{now}|{length}")
        return float(length)
    return float(start) + float(length) - now


def verify(db: Database, passcode: str, *, now: datetime, steady: Steady = steady_clock) -> None:
    """Raise LockError unless ``passcode`` is right; after 3 misses, wait longer each time.

    Each guess is judged inside one immediate (write-locked) transaction, so guesses made in
    parallel are counted one after another and cannot all slip in before the first failure
    is recorded. ``now`` (wall time) only words the message.
    """
    wrong = False
    wait = 0.0
    with _immediate(db):
        wait = _remaining(db, steady)
        if wait <= 0:
            stored = secrets.get_secret(SECRET_NAME)
            if not stored:
                raise LockBroken(state(db).problem or "The passcode is missing from the keychain.")
            if _matches(passcode or "", stored):
                _reset_failures(db)
                return
            wrong = True
            failures = int(_meta(db, "lock_failures") or 0) + 1
            _set_meta(db, "lock_failures", str(failures))
            if failures >= FREE_ATTEMPTS:
                delay = min(BASE_DELAY * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY)
                boot, mono = steady()
                _set_meta(db, "lock_wait_until", f"{boot}|{mono}|{delay.total_seconds()}")
                _set_meta(db, "lock_blocked_until", (now + delay).isoformat())
    # Raised after the commit: the failure counted above must stay counted.
    if wrong:
        raise LockError("passcode: that is not the passcode")
    raise LockError(f"passcode: too many wrong tries; wait {int(wait) + 1} s and try again")


def change_passcode(
    db: Database, old: str, new: str, *, now: datetime, steady: Steady = steady_clock
) -> None:
    """Set a new passcode after the current one is verified."""
    if len(new or "") < MIN_LENGTH:
        raise LockError(f"passcode: use at least {MIN_LENGTH} characters")
    verify(db, old, now=now, steady=steady)
    secrets.set_secret(SECRET_NAME, hash_passcode(new))


@contextmanager
def _immediate(db: Database) -> Iterator[None]:
    """A write transaction taken up front (BEGIN IMMEDIATE), or a savepoint inside one."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def _reset_failures(db: Database) -> None:
    _set_meta(db, "lock_failures", None)
    _set_meta(db, "lock_blocked_until", None)
    _set_meta(db, "lock_wait_until", None)
