"""``companion doctor``: check that this installation works, without opening a window."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from companion.cli.context import EXIT_ENVIRONMENT, EXIT_OK, Context, emit_json, say


def register(subs: argparse._SubParsersAction, common: Callable[..., None]) -> None:
    p = subs.add_parser(
        "doctor",
        help="check the installation: data, catalog, keychain, time zones",
        description="Open the data folder, check the database, load the catalog and the "
        "official links, and report the keychain. Exits 0 when the app can run, 3 when a check "
        "failed.",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    common(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    import sys
    from zoneinfo import ZoneInfo

    from companion import __version__
    from companion.core.bundles import store as bundles
    from companion.core.links import links
    from companion.core.store import backup, secrets
    from companion.core.store.paths import database_path, resources_dir

    db = ctx.db
    keychain = secrets.keychain_status()
    official = links.shipped_list()
    ZoneInfo("America/New_York")  # tzdata is there (Windows has no system zone database)
    report = {
        "version": __version__,
        "python": sys.version.split()[0],
        "frozen": bool(getattr(sys, "frozen", False)),
        "data_dir": str(ctx.data_dir),
        "database": str(database_path(ctx.data_dir)),
        "database_ok": backup.quick_check(db) is None,
        "resources": str(resources_dir()),
        "platforms": len(bundles.platforms(db)),
        "bundles": len(bundles.bundles(db, today=ctx.now().date())),
        "official_links_verified": official.verified,
        "keychain": keychain.backend if keychain.available else None,
        "keychain_problem": keychain.reason or None,
    }
    if args.json:
        emit_json(report)
    else:
        for key, value in report.items():
            say(f"{key:<24} {value}")
    if not report["database_ok"]:
        print("companion: error: the database failed its check", file=sys.stderr)
        return EXIT_ENVIRONMENT
    return EXIT_OK
