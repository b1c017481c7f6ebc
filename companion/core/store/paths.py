"""Where the user's data lives and where shipped resources are found."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from companion import APP_ID

DATA_DIR_ENV = "COMPANION_DATA_DIR"
DB_FILENAME = "companion.sqlite3"


def default_data_dir() -> Path:
    """The per-user data folder, honouring ``COMPANION_DATA_DIR``."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """An explicit ``--data-dir`` wins over the environment, which wins over the default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    return default_data_dir().resolve()


def ensure_data_dir(path: Path) -> Path:
    """Create the data folder (private to the user on POSIX) if it does not exist."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


@cache  # it does not move while we run; resolving it is a stat per folder up to the root
def resources_dir() -> Path:
    """The shipped ``resources/`` folder, from a checkout, an install or a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    here = Path(__file__).resolve()
    # here is companion/core/store/paths.py: the checkout's root is four levels up.
    checkout = here.parents[3] / "resources"
    if checkout.is_dir():
        return checkout
    # An installed wheel carries the resources inside the package.
    return here.parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
