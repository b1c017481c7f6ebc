"""CLI subcommands, one module per capability; each exposes ``register(subparsers, common)``."""

from __future__ import annotations

from companion.commands import settings_cmd

REGISTRARS = [settings_cmd.register]
