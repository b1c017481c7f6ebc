"""shiboken's support modules are compiled once and kept, like our own bytecode."""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.ui import shiboken_cache
from companion.ui.shiboken_cache import Kept, kept, patterns_when_used

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _writes_bytecode(monkeypatch: pytest.MonkeyPatch) -> None:
    """As an installed app does (the suite may run with PYTHONDONTWRITEBYTECODE)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


# A fresh interpreter imports PySide6 through the cache, as `companion` does, and reports
# what it reused and what PySide says about a call with the wrong arguments (a message its
# support modules write, through the signature parser they carry).
# "plain": PySide imported as any program does, none of this module involved.
START = """
import json, sys
from companion.ui import shiboken_cache
cache = sys.argv[1]
if cache == "plain":
    import shiboken6
    stats = shiboken_cache.Kept()
else:
    stats = shiboken_cache.import_pyside(None if cache == "-" else shiboken_cache.Path(cache))
from PySide6.QtCore import QObject
try:
    QObject().setObjectName(5)
except TypeError as exc:
    said = str(exc)
print(json.dumps({
    "hits": stats.hits, "compiled": stats.compiled, "deferred": stats.deferred, "said": said,
}))
"""


def _start(cache: Path | str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", START, str(cache) if cache else "-"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout.splitlines()[-1])


def test_the_second_start_compiles_none_of_shibokens_files(tmp_path: Path) -> None:
    cache = tmp_path / "support.bin"
    first = _start(cache)
    assert first["hits"] == 0
    assert len(first["compiled"]) >= 10, first  # loader, parser, mapping, feature, ...
    assert all(name.startswith("shibokensupport/") for name in first["compiled"])
    assert cache.stat().st_size > 0
    second = _start(cache)
    assert second["compiled"] == []
    assert second["hits"] == len(first["compiled"])
    # The kept code does what compiling it does: PySide's own message, word for word. The
    # signature parser wrote it with its pattern, deferred and compiled when it was needed.
    plain = _start("plain")
    assert plain["deferred"] == 0 and "Supported signatures" in plain["said"]
    assert first["deferred"] >= 1 and second["deferred"] == first["deferred"]
    assert second["said"] == first["said"] == plain["said"]
    assert _start(None)["said"] == plain["said"]


def _compile_fake(source: bytes, name: str = "shibokensupport/fake.py") -> dict:
    namespace: dict = {}
    exec(compile(source, name, "exec"), namespace)
    return namespace


def test_a_changed_source_is_compiled_again_and_kept(tmp_path: Path) -> None:
    cache = tmp_path / "support.bin"
    with kept(cache) as stats:
        assert _compile_fake(b"VALUE = 1\n")["VALUE"] == 1
    assert (stats.hits, stats.compiled) == (0, ["shibokensupport/fake.py"])
    with kept(cache) as stats:
        assert _compile_fake(b"VALUE = 1\n")["VALUE"] == 1
    assert (stats.hits, stats.compiled) == (1, [])
    with kept(cache) as stats:  # a PySide upgrade changed the file: its old code is not used
        assert _compile_fake(b"VALUE = 2\n")["VALUE"] == 2
    assert (stats.hits, stats.compiled) == (0, ["shibokensupport/fake.py"])
    with kept(cache) as stats:
        assert _compile_fake(b"VALUE = 2\n")["VALUE"] == 2
    assert stats.hits == 1


ANNOTATED = b"def f(x: NameDefinedNowhere) -> None:\n    pass\n"
# The same compile() called from code without `from __future__ import annotations`.
WITHOUT_FUTURE = "code = compile(source, name, 'exec')"


@pytest.mark.parametrize("name", ["shibokensupport/annotated.py", "<other>"])
def test_compile_takes_the_callers_future_imports_not_ours(tmp_path: Path, name: str) -> None:
    """compile() inherits `from __future__` imports from the frame that calls it; shiboken's
    importer has `annotations`. Through the cache, each caller still gets its own."""
    cache = tmp_path / "support.bin"
    for _ in range(2):  # compiled, then (for shiboken's name) served from the file
        with kept(cache):
            _compile_fake(ANNOTATED, name)  # this module has the future import: no NameError
            plain: dict = {"source": ANNOTATED, "name": name}
            exec(builtins.compile(WITHOUT_FUTURE, "<caller>", "exec", dont_inherit=True), plain)
            with pytest.raises(NameError, match="NameDefinedNowhere"):
                exec(plain["code"], {})


def test_compile_is_itself_again_after_leaving_even_on_an_error(tmp_path: Path) -> None:
    real = builtins.compile
    with pytest.raises(RuntimeError), kept(tmp_path / "support.bin"):
        assert builtins.compile is not real
        raise RuntimeError("import failed")
    assert builtins.compile is real
    assert not (tmp_path / "support.bin").exists()  # nothing compiled, nothing written


HEADER = shiboken_cache._HEADER


def _damaged(good: bytes) -> dict[str, bytes]:
    import marshal
    from importlib.util import MAGIC_NUMBER

    head = len(HEADER) + len(MAGIC_NUMBER)
    other_python = bytes([MAGIC_NUMBER[0] ^ 1]) + MAGIC_NUMBER[1:]
    table = marshal.loads(good[head + 4 :])  # the same keys, so each would be looked up
    return {
        "empty": b"",
        "cut short": good[: len(good) // 2],
        "one byte changed": good[:-5] + bytes([good[-5] ^ 0xFF]) + good[-4:],
        "another python": HEADER + other_python + good[head:],
        "another layout": HEADER[:-1] + b"\x02" + good[len(HEADER) :],
        "not ours": b"\x00" * 64,
        "a list, not a table": good[:head] + _crc_body([1, 2, 3]),
        "a table of another shape": good[:head] + _crc_body({key: 5 for key in table}),
        "source, not code": good[:head]
        + _crc_body({key: (source, source) for key, (source, _) in table.items()}),
    }


def _crc_body(value: object) -> bytes:
    import binascii
    import marshal

    body = marshal.dumps(value)
    return binascii.crc32(body).to_bytes(4, "little") + body


DAMAGE = [
    "empty",
    "cut short",
    "one byte changed",
    "another python",
    "another layout",
    "not ours",
    "a list, not a table",
    "a table of another shape",
    "source, not code",
]


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_file_is_ignored_and_written_again(tmp_path: Path, damage: str) -> None:
    cache = tmp_path / "support.bin"
    with kept(cache):
        _compile_fake(b"VALUE = 3\n")
    cache.write_bytes(_damaged(cache.read_bytes())[damage])
    with kept(cache) as stats:
        assert _compile_fake(b"VALUE = 3\n")["VALUE"] == 3
    assert stats.compiled == ["shibokensupport/fake.py"]
    with kept(cache) as stats:
        _compile_fake(b"VALUE = 3\n")
    assert stats.hits == 1


def test_nothing_is_written_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    with kept(tmp_path / "support.bin") as stats:
        assert _compile_fake(b"VALUE = 4\n")["VALUE"] == 4
    assert stats.compiled and not (tmp_path / "support.bin").exists()


def test_a_folder_that_cannot_be_written_costs_only_the_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with kept(blocker / "support.bin") as stats:
        assert _compile_fake(b"VALUE = 5\n")["VALUE"] == 5
    assert stats.compiled
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_it_lives_beside_our_bytecode_and_follows_pythons_prefix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = Path(shiboken_cache.__file__)
    path = shiboken_cache.default_path()
    assert path is not None
    assert path.parent == module.parent / "__pycache__"
    assert path.name.startswith("shiboken_cache.") and path.suffix == ".shibokensupport"
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "prefix"))
    moved = shiboken_cache.default_path()
    assert moved is not None and moved.is_relative_to(tmp_path / "prefix")


def test_code_compiled_for_python_dash_o_is_kept_apart(tmp_path: Path) -> None:
    cache = tmp_path / "support.bin"
    source = b"assert False, 'checked'\n"
    run = sys.flags.optimize  # what compile()'s default of -1 means in this interpreter
    other = 1 if run == 0 else 0
    with kept(cache):
        exec(compile(source, "shibokensupport/fake.py", "exec", optimize=other), {})
    # Not the code compiled for the other level:
    with kept(cache) as stats, pytest.raises(AssertionError, match="checked"):
        exec(compile(source, "shibokensupport/fake.py", "exec"), {})
    assert (stats.hits, stats.compiled) == (0, ["shibokensupport/fake.py"])
    with kept(cache) as stats:
        with pytest.raises(AssertionError, match="checked"):
            exec(compile(source, "shibokensupport/fake.py", "exec", optimize=run), {})
        exec(compile(source, "shibokensupport/fake.py", "exec", optimize=other), {})
    assert (stats.hits, stats.compiled) == (2, [])


def test_a_hostile_table_never_ends_the_start(tmp_path: Path) -> None:
    """shiboken's importer ends the process on any exception from compile(): a file with a
    sound header and CRC around a table of another shape must be ignored, not obeyed."""
    cache = tmp_path / "support.bin"
    assert _start(cache)["compiled"]
    for damage in ("a table of another shape", "source, not code"):
        cache.write_bytes(_damaged(cache.read_bytes())[damage])
        started = _start(cache)  # check=True: a process ended by shiboken fails the test
        assert started["hits"] == 0 and len(started["compiled"]) >= 10


def test_calls_compile_refuses_are_refused_the_same(tmp_path: Path) -> None:
    real = builtins.compile
    for bad in ({"flags": None}, {"dont_inherit": "yes"}, {"optimize": "2"}):
        with pytest.raises(TypeError) as theirs:
            real("1", "shibokensupport/x.py", "exec", **bad)
        with kept(tmp_path / "support.bin"), pytest.raises(TypeError) as ours:
            compile("1", "shibokensupport/x.py", "exec", **bad)
        assert str(ours.value) == str(theirs.value), bad


def test_an_ast_asked_for_is_given_and_not_kept(tmp_path: Path) -> None:
    import ast

    with kept(tmp_path / "support.bin") as stats:
        tree = compile(b"VALUE = 6\n", "shibokensupport/fake.py", "exec", ast.PyCF_ONLY_AST)
    assert isinstance(tree, ast.Module)
    assert stats.compiled == [] and not (tmp_path / "support.bin").exists()


def test_a_compile_no_python_code_calls_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A thread started on compile() itself has no Python frame to inherit flags from."""
    import _thread
    import time

    errors: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", errors.append)
    with kept(tmp_path / "support.bin") as stats:
        _thread.start_new_thread(builtins.compile, (b"VALUE = 7\n", "shibokensupport/t.py", "exec"))
        deadline = time.monotonic() + 10
        while not (stats.compiled or errors) and time.monotonic() < deadline:
            time.sleep(0.01)
    assert errors == []
    assert stats.compiled == ["shibokensupport/t.py"]


def test_opening_the_window_imports_pyside_through_the_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from companion.cli import main as cli
    from companion.ui.shell import app, preflight

    calls: list[str] = []
    monkeypatch.setattr(preflight, "check", lambda: None)
    monkeypatch.setattr(shiboken_cache, "import_pyside", lambda path: calls.append(f"cache {path}"))
    monkeypatch.setattr(app, "run_gui", lambda *a, **k: calls.append("window") or 0)
    assert cli.main([]) == 0
    assert calls == [f"cache {shiboken_cache.default_path()}", "window"]


# What shiboken's modules do with the patterns they compile: keep a method, use another later.
PATTERNED = b"""
import re
WORDS = re.compile(r"(?P<word>[a-z]+)(?P<digits>[0-9]*)", re.IGNORECASE)
FIND = WORDS.finditer
"""


def _counting_compile(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import re

    real, seen = re.compile, []

    def counting(pattern: str, flags: int = 0) -> re.Pattern:
        seen.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    return seen


def test_a_pattern_shibokens_files_compile_is_compiled_when_first_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import re

    compiled = _counting_compile(monkeypatch)
    stats = Kept()
    with patterns_when_used(stats):
        module = _compile_fake(PATTERNED)
    assert (stats.deferred, compiled) == (1, [])  # the import compiled nothing
    words, real = module["WORDS"], re.compile(module["WORDS"].pattern, re.IGNORECASE)
    text = "Bits100 and Coins 7stars"
    assert [m.groups() for m in module["FIND"](text)] == [m.groups() for m in real.finditer(text)]
    assert len(compiled) == 2  # ours at the first call, then `real` above
    # Everything else a pattern offers, the same as the compiled pattern's:
    assert isinstance(words, re.Pattern)
    assert re.sub(words, r"\g<digits>", text) == real.sub(r"\g<digits>", text)
    assert words.split(text) == real.split(text)
    assert (words.groups, words.groupindex, words.flags) == (
        real.groups,
        real.groupindex,
        real.flags,
    )
    assert repr(words) == repr(real) and words == real and hash(words) == hash(real)
    with pytest.raises(AttributeError):
        words.no_such_method  # noqa: B018
    assert len(compiled) == 2  # compiled once, however often it is used


def test_only_shibokens_patterns_wait_and_compile_is_itself_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import re

    before = re.compile
    stats = Kept()
    with pytest.raises(RuntimeError), patterns_when_used(stats):
        assert type(re.compile("[a-z]+")) is re.Pattern  # ours, and anyone else's: at once
        assert type(_compile_fake(PATTERNED, "<app>")["WORDS"]) is re.Pattern
        with pytest.raises(re.error):
            re.compile("(unclosed")
        raise RuntimeError("import failed")
    assert re.compile is before and stats.deferred == 0
