"""Every subcommand and option of ``companion``, fed hostile strings and numbers in-process:
the answer is an exit code and some text, never an internal error (exit 4) or an exception.

The argument lists are built from the real parser, so a new command or option is fuzzed as
soon as it exists.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest
from cli_run import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.cli.context import EXIT_BUG
from companion.cli.main import build_parser

HOSTILE = [
    "",
    " ",
    "-",
    "--",
    "0",
    "-1",
    "1e999999999",
    "1e-999999999",
    "9" * 5000,
    "NaN",
    "inf",
    "-0",
    "０.５",
    "１２３",
    "12,5",
    "4.99",
    "70",
    "tiktok",
    "USD",
    "USD/EUR",
    "EUR/USD",
    "9999-12-31",
    "0001-01-01",
    "2026-11-25",
    "2026-02-30",
    "\x1b[2J",
    "\u202eexe.txt",
    "\x00",
    "a\nb",
    "=cmd|' /C calc'!A0",
    "https://www.tiktok.com/coin",
    "http://xn--tktok-jua.com",
    "../../etc/passwd",
    "\ud800",  # a lone surrogate: what undecodable bytes become in argv
    "x" * 10_000,
]
values = st.sampled_from(HOSTILE) | st.text(max_size=30) | st.integers().map(str)


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(subs.choices)


SKIP_OPTIONS = {"--data-dir", "--demo", "-h", "--help"}


@st.composite
def argvs(draw: st.DrawFn, name: str, parser: argparse.ArgumentParser, tmp: Path) -> list[str]:
    argv = [name]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            if draw(st.booleans()):
                verb = draw(st.sampled_from(sorted(action.choices)))
                argv += draw(argvs(verb, action.choices[verb], tmp))[0:]
                return argv
            continue
        if action.option_strings or action.dest == "help":
            continue
        count = {None: 1, "?": draw(st.integers(0, 1)), "+": draw(st.integers(1, 3))}.get(
            action.nargs, draw(st.integers(0, 2))
        )
        for _ in range(count):
            if action.choices and draw(st.booleans()):
                argv.append(draw(st.sampled_from(sorted(action.choices))))
            elif action.dest == "file":
                # Files go to the test's own folder: the fuzzer must not write elsewhere.
                suffix = draw(st.sampled_from([".ics", ".csv", ".json", ".txt", "", ".sqlite"]))
                argv.append(str(tmp / f"f{draw(st.integers(0, 3))}{suffix}"))
            else:
                argv.append(draw(values))
    options = [
        a for a in parser._actions if a.option_strings and not set(a.option_strings) & SKIP_OPTIONS
    ]
    for action in draw(st.lists(st.sampled_from(options), max_size=4)) if options else []:
        argv.append(action.option_strings[0])
        if action.nargs != 0:
            if action.choices and draw(st.booleans()):
                argv.append(draw(st.sampled_from(sorted(action.choices))))
            else:
                argv.append(draw(values))
    return argv


COMMANDS = _subcommands()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_no_argument_makes_a_command_fail_inside(
    name: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch
) -> None:
    # Questions (over budget, passcodes) read an empty, non-terminal stdin: as from a script.
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(argvs(name, COMMANDS[name], tmp_path))
    def check(argv: list[str]) -> None:
        code, _out, err = run(capsys, *argv)
        assert code != EXIT_BUG, (argv, err[-500:])
        assert "Traceback" not in err, (argv, err[-500:])

    check()
