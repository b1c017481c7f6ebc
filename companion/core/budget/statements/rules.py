"""Which statement lines are gifting spending, and on which platform.

The shipped rules are resources/import_rules.json; a copy named import_rules.json in the data
folder replaces them, so the fan can edit them without touching the app.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from companion.core.errors import InputError

RULES_FILE = "import_rules.json"
_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Case, spaces and punctuation dropped: banks write 'GOOGLE *YouTube' and 'GOOGLE*YOUTUBE'."""
    return _NOT_ALNUM.sub("", text.casefold())


@dataclass(frozen=True)
class Rule:
    platform: str
    pattern: str
    words: tuple[str, ...]
    unless: tuple[tuple[str, ...], ...] = ()

    def matches(self, flat: str) -> bool:
        return all(w in flat for w in self.words) and not any(
            all(w in flat for w in words) for words in self.unless
        )


class Rules:
    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self._cache: dict[str, str | None] = {}

    def platform(self, payee: str, memo: str = "") -> str | None:
        flat = normalise(f"{payee} {memo}")
        if flat not in self._cache:
            self._cache[flat] = next((r.platform for r in self.rules if r.matches(flat)), None)
        return self._cache[flat]


def parse_rules(text: str, where: str = RULES_FILE) -> Rules:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}, line {exc.lineno}: not valid JSON ({exc.msg})") from None
    items = data.get("rules") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise InputError(f"{where}: $.rules must be a list of rules")
    out: list[Rule] = []
    for i, item in enumerate(items):
        path = f"{where}: $.rules[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("platform"), str):
            raise InputError(f"{path}: each rule needs a 'platform'")
        patterns = item.get("patterns")
        if not isinstance(patterns, list) or not patterns:
            raise InputError(f"{path}.patterns: a list of patterns is needed")
        unless = item.get("unless", [])
        if not isinstance(unless, list):
            raise InputError(f"{path}.unless: a list of patterns is needed")
        excluded = tuple(_words(p, f"{path}.unless[{j}]") for j, p in enumerate(unless))
        for j, pattern in enumerate(patterns):
            words = _words(pattern, f"{path}.patterns[{j}]")
            out.append(Rule(item["platform"].strip().lower(), pattern, words, excluded))
    return Rules(out)


def _words(pattern: object, where: str) -> tuple[str, ...]:
    words = tuple(w for w in (normalise(p) for p in str(pattern).split()) if w)
    if not isinstance(pattern, str) or not words:
        raise InputError(f"{where}: a pattern needs at least one word")
    return words


def load_rules(data_dir: Path | None = None) -> Rules:
    """The fan's own rules when they have a copy in the data folder, else the shipped ones."""
    from companion.core.store.paths import resource

    own = data_dir / RULES_FILE if data_dir is not None else None
    path = own if own is not None and own.is_file() else resource(RULES_FILE)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the import rules ({exc})") from None
    return parse_rules(text, str(path))
