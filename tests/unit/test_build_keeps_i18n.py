"""What the frozen build keeps for other languages: Qt's translations of the standard dialogs,
the input-method plugins (IME, compose keys) and our compiled translations."""

from __future__ import annotations

import ast
from pathlib import Path

from companion import packaging

ROOT = Path(__file__).resolve().parents[2]


def _keep():
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    wanted = {"UNUSED", "QT_LANGUAGES", "LOCALES", "keep"}
    nodes = [
        n
        for n in tree.body
        if (isinstance(n, ast.FunctionDef) and n.name in wanted)
        or (isinstance(n, ast.Assign) and getattr(n.targets[0], "id", None) in wanted)
    ]
    namespace: dict = {"packaging": packaging}  # keep() asks packaging.unused_file too
    exec(compile(ast.Module(body=nodes, type_ignores=[]), "build.spec", "exec"), namespace)
    return namespace["keep"]


def test_input_method_plugins_are_kept() -> None:
    keep = _keep()
    for plugin in (
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    ):
        assert keep((f"PySide6/Qt/plugins/platforminputcontexts/{plugin}", "", "BINARY"))


def test_qt_translations_of_the_interface_languages_are_kept() -> None:
    keep = _keep()
    for lang in ("es", "pt_BR", "de", "fr", "ar"):
        assert keep((f"PySide6/Qt/translations/qtbase_{lang}.qm", "", "DATA"))
    # the many languages the interface does not speak, and other Qt modules' catalogues, stay out
    assert not keep(("PySide6/Qt/translations/qtbase_ja.qm", "", "DATA"))
    assert not keep(("PySide6/Qt/translations/assistant_de.qm", "", "DATA"))


def test_every_shipped_ts_compiles(tmp_path) -> None:
    from PySide6.QtCore import QTranslator

    built = packaging.compile_translations(ROOT / "resources" / "i18n", tmp_path)
    assert {p.name for p in built} >= {"companion_ar.qm", "companion_pt_BR.qm", "companion_en.qm"}
    for qm in built:
        assert QTranslator().load(str(qm)), qm
