"""CLI subcommands, one module per capability; each exposes ``register(subparsers, common)``.

The modules are imported on demand: a command builds only its own parser, so
``companion budget`` does not pay for importing and building the other twelve.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

# In the order ``companion --help`` lists them.
MODULES = (
    "bundles_cmd",
    "budget_cmd",
    "ledger_cmd",
    "events_cmd",
    "doctor_cmd",
    "links_cmd",
    "io_cmd",
    "settings_cmd",
)
# Each command and the module that registers it (tests/unit/test_cli_lazy.py keeps this true).
COMMANDS = {
    "bundles": "bundles_cmd",
    "plan": "bundles_cmd",
    "rates": "bundles_cmd",
    "budget": "budget_cmd",
    "log": "budget_cmd",
    "lock": "budget_cmd",
    "ledger": "ledger_cmd",
    "events": "events_cmd",
    "doctor": "doctor_cmd",
    "check-link": "links_cmd",
    "import": "io_cmd",
    "export": "io_cmd",
    "settings": "settings_cmd",
}


def registrars(command: str | None = None) -> list[Callable[..., Any]]:
    """Every module's ``register``, or only the one that registers ``command``."""
    names = MODULES if command is None else (COMMANDS[command],)
    return [importlib.import_module(f"{__name__}.{name}").register for name in names]
