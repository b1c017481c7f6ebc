"""Command line: no arguments opens the window; subcommands script the same core functions.

Exit codes: 0 success, 1 a negative answer (e.g. a link that is not official), 2 bad input or
usage, 3 the environment failed (database locked, read-only, disk full, corrupt), 4 a bug (the
traceback is in the log file).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from companion import __version__
from companion.cli.context import (
    EXIT_BUG,
    EXIT_ENVIRONMENT,
    EXIT_USAGE,
    Context,
    printable,
    say,
    utc_now,
)
from companion.core.errors import InputError, describe_environment_error
from companion.core.store import paths


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line, the same as our other usage errors."""

    def error(self, message: str) -> NoReturn:
        line = printable(f"companion: error: {message} (see 'companion --help')", one_line=True)
        self.exit(EXIT_USAGE, line + "\n")


def _common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS lets --data-dir go before or after the subcommand without one clobbering the other.
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="use this data folder instead of the default (also COMPANION_DATA_DIR)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help="use a throwaway data folder filled with sample data",
    )


Handler = Callable[[argparse.Namespace, Context], int]


def _global_parser(*, add_help: bool = True) -> argparse.ArgumentParser:
    """The options that work without a subcommand (opening the window)."""
    parser = _Parser(
        add_help=add_help,
        prog="companion",
        description="Fan Companion: bundles, budget, calendar and official links for fans who "
        "gift on live streams. Run without a command to open the window.",
        epilog="Exit codes: 0 ok, 1 negative answer, 2 bad input or usage, 3 environment "
        "problem (locked, read-only, full or corrupt database), 4 internal error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _common(parser)
    parser.add_argument(
        "--minimised",
        action="store_true",
        help="start in the tray without opening the window (used at login)",
    )
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--idle-probe", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    return parser


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The full parser, or with ``command`` one that knows only that command (it parses that
    command's arguments the same, and is built in a fraction of the time)."""
    parser = _global_parser()
    subs = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    from companion.cli import commands

    for register in commands.registrars(command):
        register(subs, _common)
    return parser


def _run_command(args: argparse.Namespace, data_dir: Path, clock: Callable[[], datetime]) -> int:
    ctx = Context(data_dir, clock)
    try:
        handler: Handler = args.handler
        return handler(args, ctx)
    finally:
        ctx.close()


def _demo_dir(now: datetime) -> Path:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="companion-demo-"))
    from companion.core.data import open_store
    from companion.core.demo import seed_demo

    db = open_store(folder, now=now)
    try:
        seed_demo(db, now=now)
    finally:
        db.close()
    return folder


# The subcommands' names, known without importing them (the window's start-up path must not);
# commands.COMMANDS says which module registers each (tests/unit/test_cli_lazy.py).
COMMAND_NAMES = frozenset(
    [
        "bundles",
        "plan",
        "rates",
        "events",
        "import",
        "export",
        "doctor",
        "budget",
        "log",
        "ledger",
        "lock",
        "check-link",
        "settings",
    ]
)


def _openable(arg: str) -> bool:
    """A web or file URL, or a file that exists: a mistyped command stays a usage error."""
    scheme = arg.split(":", 1)[0].lower() if ":" in arg else ""
    return scheme in ("http", "https", "file") or (not arg.startswith("-") and Path(arg).is_file())


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line. Opening the window needs only the global options, so the full
    parser (the subcommands, about 45 ms to build) is made only when a command is given.

    ``companion FILE`` or ``companion URL`` (what the desktop's "Open with" runs) opens the
    window with that file or link; ``targets`` holds them.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    known, rest = _global_parser(add_help=False).parse_known_args(argv)
    known.targets = []
    if {"-h", "--help"} & set(argv):
        return build_parser().parse_args(argv)
    if rest and rest[0] not in COMMAND_NAMES and all(_openable(r) for r in rest):
        known.command = None
        known.targets = rest
        return known
    if not rest:
        known.command = None
        return known
    return build_parser(rest[0] if rest[0] in COMMAND_NAMES else None).parse_args(argv)


def main(argv: Sequence[str] | None = None, *, clock: Callable[[], datetime] = utc_now) -> int:
    """Run ``companion ARGV``. ``clock`` is the one source of "now" for every command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for i, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:  # bytes that are not UTF-8 reach us as lone surrogates
            say(
                f"companion: error: argument {i} is not valid UTF-8 text "
                f"('{arg.encode('utf-8', 'replace').decode()}')",
                file=sys.stderr,
                one_line=True,
            )
            return EXIT_USAGE
    args = parse(argv)
    demo = getattr(args, "demo", False)
    data_dir: Path | None = None
    try:
        data_dir = (
            _demo_dir(clock()) if demo else paths.resolve_data_dir(getattr(args, "data_dir", None))
        )
        if args.command is None:
            # Before anything imports PySide6: a missing system library would otherwise be an
            # ImportError or Qt's abort with a misleading hint (the module is Qt-free).
            from companion.ui.shell.preflight import check

            problem = check()
            if problem is not None:
                say(f"companion: error: {problem}", file=sys.stderr, one_line=True)
                return EXIT_ENVIRONMENT
            import gc

            # What start-up allocates (modules, PySide's enums, the widgets) lives as long as
            # the app: collecting it as it arrives is work the first page waits for. run_gui
            # turns collection back on once that page is up.
            gc.disable()
            try:
                from companion.ui import shiboken_cache

                shiboken_cache.import_pyside(shiboken_cache.default_path())
                from companion.ui.shell.app import run_gui

                return run_gui(
                    data_dir,
                    demo=demo,
                    startup_probe=args.startup_probe,
                    idle_probe=args.idle_probe,
                    minimised=args.minimised,
                    targets=args.targets,
                )
            finally:
                gc.enable()
        return _run_command(args, data_dir, clock)
    except KeyboardInterrupt:
        return 130
    except BaseException as exc:
        if isinstance(exc, SystemExit):
            raise
        message = describe_environment_error(exc, data_dir)
        if message is not None:
            say(f"companion: error: {message}", file=sys.stderr, one_line=True)
            code = getattr(exc, "exit_code", None)  # e.g. a declined question: a "no", exit 1
            if code is not None:
                return int(code)
            return EXIT_USAGE if isinstance(exc, InputError) else EXIT_ENVIRONMENT
        return _report_bug(exc, data_dir)
    finally:
        if demo and data_dir is not None:
            import shutil

            shutil.rmtree(data_dir, ignore_errors=True)


def _report_bug(exc: BaseException, data_dir: Path | None) -> int:
    import logging

    from companion.core.store.logs import setup_logging

    log_path = setup_logging(data_dir) if data_dir else None
    logging.getLogger("companion.cli.main").error("unexpected error", exc_info=exc)
    where = f"; details are in {log_path}" if log_path else ""
    say(
        f"companion: internal error: {type(exc).__name__}: {exc}{where}",
        file=sys.stderr,
        one_line=True,
    )
    return EXIT_BUG


__all__ = ["main", "parse"]
