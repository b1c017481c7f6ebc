"""The spending lock: a passcode held only in the OS keychain, as a salted scrypt hash.

The database records only *that* the lock is on (so a vanished keychain entry is reported, not
silently treated as "no lock") and the failed-attempt counter that rate-limits guesses.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
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


def disable(db: Database, passcode: str | None, *, now: datetime) -> None:
    """Turn the lock off. Needs the passcode, unless the keychain entry is already gone."""
    st = state(db)
    if not st.enabled:
        return
    if st.keychain_ok and not st.problem:
        verify(db, passcode or "", now=now)
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


def verify(db: Database, passcode: str, *, now: datetime) -> None:
    """Raise LockError unless ``passcode`` is right; after 3 misses, wait longer each time."""
    blocked = _meta(db, "lock_blocked_until")
    if blocked and now < datetime.fromisoformat(blocked):
        wait = int((datetime.fromisoformat(blocked) - now).total_seconds()) + 1
        raise LockError(f"passcode: too many wrong tries; wait {wait} s and try again")
    stored = secrets.get_secret(SECRET_NAME)
    if not stored:
        raise LockBroken(state(db).problem or "The passcode is missing from the keychain.")
    if _matches(passcode or "", stored):
        with db.atomic():
            _reset_failures(db)
        return
    failures = int(_meta(db, "lock_failures") or 0) + 1
    with db.atomic():
        _set_meta(db, "lock_failures", str(failures))
        if failures >= FREE_ATTEMPTS:
            delay = min(BASE_DELAY * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY)
            _set_meta(db, "lock_blocked_until", (now + delay).isoformat())
    raise LockError("passcode: that is not the passcode")


def _reset_failures(db: Database) -> None:
    _set_meta(db, "lock_failures", None)
    _set_meta(db, "lock_blocked_until", None)
