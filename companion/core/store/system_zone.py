"""The computer's time zone name as tzlocal gives it, read without tzlocal in the usual case.

Importing tzlocal (with logging) and its look-ups (a failed zone key imports importlib.resources
to search tzdata) are ~10 ms of a ``companion budget`` that follows the system's zone. On Linux,
when the zone is set the usual way (``/etc/localtime`` a link into the zone files, perhaps
``/etc/timezone`` naming the same zone), the name is read here exactly as tzlocal reads it;
anything else (TZ, other distributions' files, a conflict, a doubt) is left to tzlocal.
tests/unit/test_system_zone.py holds the two equal.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import cast

# "Ask tzlocal": the usual reading cannot be sure of its answer.
UNSURE = object()

# Where tzlocal also looks (Android's Termux, BSD, CentOS/openSUSE, Gentoo): left to it.
_OTHER_CONFIGS = (
    "system/bin/getprop",
    "var/db/zoneinfo",
    "etc/sysconfig/clock",
    "etc/conf.d/clock",
)


def local_zone_name() -> str | None:
    """``tzlocal.get_localzone_name()``: the zone's name, or None when none is configured."""
    name = usual_zone_name()
    if name is not UNSURE:
        return cast("str | None", name)
    import tzlocal

    return tzlocal.get_localzone_name()


def usual_zone_name(root: str = "/", environ: Mapping[str, str] = os.environ) -> object:
    """What ``tzlocal.unix._get_localzone_name(root)`` answers, or UNSURE."""
    if not sys.platform.startswith("linux") or environ.get("TZ"):
        return UNSURE
    if any(os.path.lexists(os.path.join(root, p)) for p in _OTHER_CONFIGS):
        return UNSURE
    found = []
    for name in (_named(os.path.join(root, "etc/timezone")), _linked(root)):
        if name is UNSURE:
            return UNSURE
        if name is not None:
            found.append(name)
    if len(found) == 2 and _real_zone(root, found[0]) != _real_zone(root, found[1]):
        return UNSURE  # tzlocal warns and drops /etc/timezone, or raises
    return found[0] if found else None  # tzlocal keeps the first: /etc/timezone's


def _named(path: str) -> object:
    """The zone /etc/timezone names when it is one plain line; None when there is no file."""
    try:
        with open(path, encoding="ascii") as file:
            text = file.read().strip("/ \t\r\n")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return UNSURE
    if not text:
        return None
    if not text.isprintable() or " " in text or "#" in text:
        return UNSURE  # several lines, comments, host names: tzlocal's own parsing decides
    return text


def _linked(root: str) -> object:
    """The zone /etc/localtime links to, found as tzlocal finds it: the first tail of the
    link's target that ZoneInfo accepts."""
    link = os.path.join(root, "etc/localtime")
    if not (os.path.exists(link) and os.path.islink(link)):
        return None
    from zoneinfo import TZPATH, ZoneInfo

    tzdata = _tzdata_dirs()
    tail = os.path.realpath(link)
    start = tail.find("/") + 1
    while start != 0:
        tail = tail[start:]
        if any(os.path.isfile(os.path.join(d, tail)) for d in TZPATH):
            try:
                ZoneInfo(tail)
            except Exception:  # a damaged zone file: tzlocal's own handling decides
                return UNSURE
            return tail
        if tzdata is None or any(os.path.lexists(os.path.join(d, tail)) for d in tzdata):
            return UNSURE  # ZoneInfo would look in the tzdata package: let it
        start = tail.find("/") + 1
    return None


def _tzdata_dirs() -> list[str] | None:
    """The tzdata package's zone folders (ZoneInfo's fallback), without importing it; None
    when they cannot be told."""
    from importlib.util import find_spec

    try:
        spec = find_spec("tzdata")
    except (ImportError, ValueError):
        return None
    if spec is None:
        return []
    if not spec.submodule_search_locations:
        return None
    return [os.path.join(d, "zoneinfo") for d in spec.submodule_search_locations]


def _real_zone(root: str, name: str) -> str:
    # tzlocal's _get_unique_tzs: the zone file a name resolves to, as a name.
    zoneinfo_path = os.path.join(root, "usr", "share", "zoneinfo")
    depth = len(zoneinfo_path.split(os.path.sep))
    path = os.path.realpath(os.path.join(zoneinfo_path, *name.split("/")))
    return "/".join(path.split(os.path.sep)[depth:])
