"""Sentences the core says to the fan, in English, that the window can say in the fan's language.

The core never imports Qt, so it cannot translate; it can remember what it said. A
:class:`Said` is the English sentence (a ``str``, so the CLI, logs, JSON and tests read it as
before) that also keeps its template and values. ``companion.ui.words.said`` looks the
template up in the Qt translations and fills the values in, so a whole sentence is translated
with its word order, never pieced together.

Templates are marked with :func:`QT_TRANSLATE_NOOP` under this name because lupdate finds
translatable strings by that call, whoever defines it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context  # for lupdate; the window translates under the same context (CONTEXT)
    return text


CONTEXT = "core"


class Said(str):
    """An English sentence that remembers the template and the values it was made from."""

    __slots__ = ("template", "values")
    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Said:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = values
        return made

    def __reduce__(self):  # noqa: ANN204 - pickling keeps the template (worker threads)
        return (_remake, (self.template, self.values))


def _remake(template: str, values: dict[str, object]) -> Said:
    return Said(template, **values)


def say(template: str, **values: object) -> Said:
    return Said(template, **values)
