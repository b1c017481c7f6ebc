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
        "notifications": notifications(sys.platform),
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


def notifications(platform: str) -> str:
    """Which native notifications this installation can send. A frozen app missing its
    backend would fall back to the tray without a word; here it is named (the Windows and
    macOS smoke tests look for "missing")."""
    if platform.startswith("linux"):
        import shutil

        # The D-Bus notifier sends through gdbus (companion/ui/shell/desktop_notify.py).
        return "D-Bus (gdbus)" if shutil.which("gdbus") else "missing: gdbus (libglib2.0-bin)"
    if platform in ("win32", "darwin"):
        try:
            from desktop_notifier.main import get_backend_class

            return f"desktop-notifier ({get_backend_class().__name__})"
        except Exception as exc:  # ImportError in a build that left it out, or the platform's
            return f"missing: desktop-notifier ({exc})"
    return "tray or banner only"
