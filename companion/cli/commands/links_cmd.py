"""``companion check-link URL...``: the offline link checker."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from companion.cli.context import EXIT_NEGATIVE, EXIT_OK, Context, emit_json, say

LABELS = {"official": "OFFICIAL", "suspicious": "SUSPICIOUS", "not_official": "NOT OFFICIAL"}


def register(subs: argparse._SubParsersAction, common: Callable[..., None]) -> None:
    p = subs.add_parser(
        "check-link",
        help="say whether links are official purchase pages (offline)",
        description="Check each URL against the official purchase sites, offline. Exit 0 when "
        "every URL is official, 1 when any is not.",
    )
    p.add_argument("urls", nargs="+", metavar="URL")
    p.add_argument("--json", action="store_true", help="print JSON")
    common(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.links.links import check_url, shipped_list

    problem = shipped_list().problem
    if problem:
        import sys

        say(f"companion: warning: {problem}", file=sys.stderr)
    verdicts = [check_url(url) for url in args.urls]
    if args.json:
        emit_json([v.to_json() for v in verdicts])
    else:
        for v in verdicts:
            say(f"{LABELS[v.verdict]:<13} {v.url}")
            for reason in v.reasons:
                say(f"    - {reason}")
    return EXIT_OK if all(v.is_official for v in verdicts) else EXIT_NEGATIVE
