"""Run in a child process (the screen and scale are fixed at QApplication start): open every
page, tab and the welcome dialog in a window fitted to the screen; print what is cut as JSON.

    python clipping_probe.py DATA_DIR (demo|empty)
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget

sys.path.insert(0, str(Path(__file__).parent))

from clipping import clipped

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


def main() -> None:
    data_dir, kind = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    from companion.core.data import open_store
    from companion.core.demo import seed_demo
    from companion.ui.home.welcome import WelcomeDialog
    from companion.ui.shell.context import AppContext
    from companion.ui.shell.main_window import MainWindow
    from companion.ui.shell.notify import Banner, BannerNotifier
    from companion.ui.shell.pages import page_specs

    db = open_store(data_dir, now=NOW)
    if kind == "demo":
        seed_demo(db, NOW)
    ctx = AppContext(db=db, data_dir=data_dir, notifier=BannerNotifier(Banner()), clock=lambda: NOW)
    window = MainWindow(ctx, page_specs(tray_available=False))
    window.show()
    screen = window.screen().availableGeometry()
    found: dict[str, object] = {
        "screen": [screen.width(), screen.height()],
        "window": [window.width(), window.height()],
    }

    def settle() -> None:
        for _ in range(4):
            app.processEvents()

    for spec in window._specs:
        window.show_page(spec.key)
        settle()
        page = window.page(spec.key)
        tabs = page.findChild(QTabWidget)
        for t in range(tabs.count() if tabs else 1):
            if tabs is not None:
                tabs.setCurrentIndex(t)
                settle()
            name = spec.key + (f"/{tabs.tabText(t).replace('&', '')}" if tabs else "")
            found[name] = clipped(window)
        found[f"{spec.key} window"] = [window.width(), window.height()]
    dialog = WelcomeDialog(ctx, window)
    dialog.show()
    settle()
    found["welcome"] = clipped(dialog)
    found["welcome size"] = [dialog.width(), dialog.height()]
    print(json.dumps(found))


if __name__ == "__main__":
    main()
