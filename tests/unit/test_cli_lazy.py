"""A command builds only its own parser: the map from command to module must stay true."""

from __future__ import annotations

import argparse

from companion.cli import commands
from companion.cli.main import COMMAND_NAMES, _common, build_parser, parse


def _names(register) -> set[str]:
    parser = argparse.ArgumentParser()
    subs = parser.add_subparsers(dest="command")
    register(subs, _common)
    return set(subs.choices)


def test_every_command_is_registered_by_the_module_named_for_it() -> None:
    for name, module in commands.COMMANDS.items():
        (register,) = commands.registrars(name)
        assert register.__module__ == f"companion.cli.commands.{module}"
        assert name in _names(register)
    every = set().union(*(_names(r) for r in commands.registrars()))
    assert every == set(commands.COMMANDS) == COMMAND_NAMES


def test_the_full_parser_knows_every_command() -> None:
    parser = build_parser()
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(subs.choices) == set(commands.COMMANDS)


def test_one_command_parses_the_same_with_its_own_parser() -> None:
    argv = ["budget", "set", "--period", "weekly", "--limit", "5", "--data-dir", "/tmp/d"]
    assert vars(parse(argv)) | {"targets": []} == vars(build_parser().parse_args(argv)) | {
        "targets": []
    }
