"""CLI subcommands, one module per capability; each exposes ``register(subparsers, common)``."""

from __future__ import annotations

from companion.cli.commands import (
    budget_cmd,
    bundles_cmd,
    doctor_cmd,
    events_cmd,
    io_cmd,
    ledger_cmd,
    links_cmd,
    settings_cmd,
)

REGISTRARS = [
    bundles_cmd.register,
    budget_cmd.register,
    ledger_cmd.register,
    events_cmd.register,
    doctor_cmd.register,
    links_cmd.register,
    io_cmd.register,
    settings_cmd.register,
]
