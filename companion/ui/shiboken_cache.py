"""Import PySide6 without compiling shiboken's support modules again on every start.

shiboken6 carries its Python support package (``shibokensupport``: the signature loader,
its parser, the ``__feature__`` switch) as a zip inside its library, and its importer
compiles each of the 13 files from source every time a process imports it: about 110 M
instructions, 9 to 11 ms on the 2-core machine, before the first window can show. PySide's
own answer (``SBK_EMBED=0``) writes the files into the shared PySide6 install, which an app
must not touch. This keeps the compiled code the way Python keeps ours: next to our own
bytecode (``__pycache__``, or ``sys.pycache_prefix``), written only where Python would write
bytecode, and used only for the exact source, flags and interpreter it was compiled from.
Anything wrong with the file (missing, truncated, another Python, a table of another shape)
means compiling as PySide does, and the file is written again. Nothing here may raise while
shiboken imports: its importer turns any exception into the end of the process.

A frozen app needs none of this: PyInstaller's analysis puts these modules in its archive,
compiled, and shiboken's importer never compiles them there.

Both kinds of start also defer the regular expressions those modules compile at import
(:func:`patterns_when_used`): three of them, about 7 ms, for the stub generator and the
signature parser, which a normal run of the app never uses."""

from __future__ import annotations
import __future__

import binascii
import builtins
import marshal
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import partial, reduce
from pathlib import Path
from types import CodeType
from typing import Any

PREFIX = "shibokensupport/"  # how shiboken's importer names the files it compiles
_HEADER = b"FCsb\x01"  # ours, and the table's layout (1: (name, flags, level) -> (source, code))
# What a caller's ``from __future__`` imports add to a compile() it makes: CPython's PyCF_MASK.
# nested_scopes and generators are always on; their flags are not among them.
_FUTURE_FLAGS = reduce(
    lambda a, b: a | b,
    (
        getattr(__future__, name).compiler_flag
        for name in __future__.all_feature_names
        if name not in ("nested_scopes", "generators")
    ),
)


class Kept:
    """What one start found: files served from the cache, and files it had to compile."""

    def __init__(self) -> None:
        self.hits = 0
        self.compiled: list[str] = []
        self.deferred = 0  # regular expressions left to be compiled when first used


def default_path() -> Path | None:
    """Beside this module's own bytecode, where Python puts it (None when frozen)."""
    if not __file__.endswith(".py"):
        return None  # a frozen app: its modules have no __pycache__
    from importlib.util import cache_from_source

    return Path(cache_from_source(__file__)).with_suffix(".shibokensupport")


def import_pyside(path: Path | None) -> Kept:
    """Import shiboken6 (what every PySide6 module imports first) with the cache at ``path``."""
    with kept(path) as stats, patterns_when_used(stats):
        import shiboken6  # noqa: F401
    return stats


@contextmanager
def kept(path: Path | None) -> Iterator[Kept]:
    """While inside, ``compile`` of a ``shibokensupport/`` file is answered from ``path`` when
    the same source was compiled the same way before; on leaving, what was compiled is kept."""
    from importlib.util import MAGIC_NUMBER

    stats = Kept()
    known = _read(path, MAGIC_NUMBER) if path is not None else {}
    fresh: dict[tuple[str, int, int], tuple[bytes, object]] = {}
    real = builtins.compile

    def compile_(
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **kw: Any,
    ) -> Any:
        if type(flags) is not int or type(dont_inherit) not in (bool, int):
            # Refused by compile() itself, before anything is inherited: its own error.
            return real(source, filename, mode, flags, dont_inherit, optimize, **kw)
        if not dont_inherit:
            # What compile() itself would inherit from the frame calling it, not from ours
            # (nothing, when no Python code calls it).
            with suppress(ValueError):
                flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
        if (
            kw
            or mode != "exec"
            or type(optimize) is not int
            or not isinstance(source, bytes)
            or not isinstance(filename, str)
            or not filename.startswith(PREFIX)
        ):
            return real(source, filename, mode, flags, True, optimize, **kw)
        # -1 is "as this interpreter runs" (python -O compiles differently): keyed as that.
        key = (filename, flags, sys.flags.optimize if optimize == -1 else optimize)
        hit = known.get(key)
        if hit is not None and hit[0] == source:
            stats.hits += 1
            return hit[1]
        code = real(source, filename, mode, flags, True, optimize)
        if isinstance(code, CodeType):  # not an AST (flags asking for one)
            fresh[key] = (source, code)
            stats.compiled.append(filename)
        return code

    builtins.compile = compile_
    try:
        yield stats
    finally:
        builtins.compile = real
    if fresh and path is not None and not sys.dont_write_bytecode:
        _write(path, MAGIC_NUMBER, {**known, **fresh})


def _read(path: Path, magic: bytes) -> dict:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    head = len(_HEADER) + len(magic) + 4
    if data[: len(_HEADER) + len(magic)] != _HEADER + magic:
        return {}  # not ours, or another Python's bytecode
    body = data[head:]
    if int.from_bytes(data[head - 4 : head], "little") != binascii.crc32(body):
        return {}  # cut short or damaged: marshal is not meant to read either
    try:
        table = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return {}
    return table if _shaped(table) else {}


def _shaped(table: object) -> bool:
    """Every entry is what :func:`kept` stores: shiboken's importer gets nothing else."""
    return isinstance(table, dict) and all(
        type(key) is tuple
        and len(key) == 3
        and type(key[0]) is str
        and type(key[1]) is int
        and type(key[2]) is int
        and type(value) is tuple
        and len(value) == 2
        and type(value[0]) is bytes
        and type(value[1]) is CodeType
        for key, value in table.items()
    )


def _write(path: Path, magic: bytes, table: dict) -> None:
    try:
        body = marshal.dumps(table)
    except ValueError:
        return  # not reached: only code objects are stored
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as fh:
            fh.write(_HEADER + magic + binascii.crc32(body).to_bytes(4, "little") + body)
        os.replace(temporary, path)  # a reader sees the old file or the whole new one
    except OSError:
        # Read-only install: every start compiles, as PySide does without us.
        with suppress(OSError):
            temporary.unlink(missing_ok=True)


@contextmanager
def patterns_when_used(stats: Kept) -> Iterator[None]:
    """While inside, ``re.compile`` called from a ``shibokensupport/`` file gives a pattern
    that is compiled the first time it is used.

    shiboken's stub generator (``pyi_generator``) and signature parser build their patterns
    from a three-deep tower of nested brackets, 6,000 characters each; each takes 2.5 ms to
    compile, at every import. The stub generator serves PySide's ``.pyi`` tool; the parser
    reads a signature when one is asked for, as when an error message lists them."""
    real = re.compile

    def compile_(pattern: Any, flags: Any = 0) -> Any:
        try:
            caller = sys._getframe(1).f_code.co_filename
        except ValueError:  # no Python caller
            caller = ""
        if not caller.startswith(PREFIX) or not isinstance(pattern, str):
            return real(pattern, flags)
        stats.deferred += 1
        return _Deferred(real, pattern, flags)

    re.compile = compile_
    try:
        yield
    finally:
        re.compile = real


class _Deferred:
    """A pattern compiled the first time it is used. It passes ``isinstance(x, re.Pattern)``
    (through ``__class__``), so ``re.sub(deferred, ...)`` treats it as the compiled pattern and
    calls its methods; a method taken before the first use (``self._finditer =
    pattern.finditer``, as the parser does) compiles only when called."""

    __slots__ = ("_args", "_compile", "_pattern")

    def __init__(self, compile_: Any, pattern: str, flags: Any) -> None:
        self._compile, self._args, self._pattern = compile_, (pattern, flags), None

    @property
    def __class__(self) -> type:  # pyright: ignore[reportIncompatibleMethodOverride]
        return re.Pattern

    def compiled(self) -> Any:
        if self._pattern is None:
            self._pattern = self._compile(*self._args)
        return self._pattern

    def __getattr__(self, name: str) -> Any:
        if callable(getattr(re.Pattern, name)):  # AttributeError as a pattern raises it
            return partial(_call, self, name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __eq__(self, other: object) -> bool:
        return self.compiled() == (other.compiled() if isinstance(other, _Deferred) else other)

    def __hash__(self) -> int:
        return hash(self.compiled())


def _call(deferred: _Deferred, name: str, /, *args: Any, **kwargs: Any) -> Any:
    return getattr(deferred.compiled(), name)(*args, **kwargs)
