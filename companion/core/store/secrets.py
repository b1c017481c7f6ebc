"""The OS keychain through ``keyring``. There is deliberately no plaintext fallback."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from companion import APP_ID
from companion.core.errors import StoreError

SERVICE = APP_ID
T = TypeVar("T")


class KeychainUnavailable(StoreError):
    """No usable keychain: the features that need one stay off."""


@dataclass(frozen=True)
class KeychainStatus:
    available: bool
    backend: str
    reason: str = ""


_INSTALL_HINT = (
    "Install and unlock a keychain: on Linux GNOME Keyring or KWallet (with the Secret Service "
    "running); on Windows and macOS the system keychain is used automatically."
)


def keychain_status() -> KeychainStatus:
    """Whether a real keychain backend is active (keyring's ``fail``/``null`` backends are not)."""
    import keyring
    from keyring.backends import fail, null

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # keyring's backend discovery can fail on broken D-Bus setups
        return KeychainStatus(
            False, "none", f"The keychain could not be reached ({exc}). " + _INSTALL_HINT
        )
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return KeychainStatus(False, name, "No keychain was found on this system. " + _INSTALL_HINT)
    return KeychainStatus(True, name)


def _call(action: str, func: Callable[..., T], *args: str) -> T:
    import keyring.errors

    status = keychain_status()
    if not status.available:
        raise KeychainUnavailable(status.reason)
    try:
        return func(*args)
    except keyring.errors.KeyringLocked:
        raise KeychainUnavailable(
            f"The keychain is locked, so the secret could not be {action}. Unlock it and retry."
        ) from None
    except keyring.errors.KeyringError as exc:
        raise KeychainUnavailable(f"The keychain refused to {action} the secret: {exc}") from None


def get_secret(name: str) -> str | None:
    import keyring

    return _call("read", keyring.get_password, SERVICE, name)


def set_secret(name: str, value: str) -> None:
    import keyring

    _call("store", keyring.set_password, SERVICE, name, value)


def delete_secret(name: str) -> None:
    import keyring
    import keyring.errors

    def delete(service: str, key: str) -> None:
        # Already gone is fine: deleting is idempotent.
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(service, key)

    _call("delete", delete, SERVICE, name)
