"""The shipped catalog's version, read without importing the catalog's parser."""

from __future__ import annotations

import json


def shipped_version() -> str:
    # Reading the version alone keeps start-up from validating the whole file when nothing changed.
    from companion.core.store.paths import resource

    with open(resource("catalog.json"), encoding="utf-8") as fh:
        return str(json.load(fh).get("version", ""))
