"""CLI subcommands, one module per capability; each exposes ``register(subparsers, common)``."""

from __future__ import annotations

from companion.commands import links_cmd, settings_cmd

REGISTRARS = [links_cmd.register, settings_cmd.register]
