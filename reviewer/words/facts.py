"""What the core tells a person in English (the CLI's text and JSON) that the window
says again in its own language: a ``Fact``.

A ``Fact`` is a ``str`` reading in English, exactly as before, that also keeps its key
and arguments (an argument may itself be a ``Fact``: "“Tag” on {where}" with the
paragraph said by another).  The window has a template of its own for each key,
marked for Qt's translation (``ui/core_facts.py``), and writes the sentence with
``tr()``; a key it does not know shows the English text.  ``as_dict()`` gives the key
and arguments for a JSON reader (added beside the English text, never instead of it).

The English templates are registered by the module that says them (``templates``):
``{name}`` an argument; ``{name:ordinal}`` a number written "3rd"; a template given
as (one, other) is chosen by the argument ``n``.  A text stored in English (a
document's review reason, kept in the workspace) is read back into its fact by
``read_back``, from the same templates.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from typing import Any

Template = str | tuple[str, str]

ENGLISH: dict[str, Template] = {}  # every key registered, with its English template


def templates(table: Mapping[str, Template]) -> Mapping[str, Template]:
    """Register a module's English templates (a key registered twice is a bug)."""
    for key, template in table.items():
        if ENGLISH.get(key, template) != template:
            raise ValueError(f"the fact {key} is registered twice, differently")
        ENGLISH[key] = template
    return table


def english_ordinal(n: int) -> str:
    """1 → '1st', 2 → '2nd', 11 → '11th', 21 → '21st'."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


class _English(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> Any:
        if format_spec == "ordinal":
            return english_ordinal(int(value))
        return super().format_field(value, format_spec)


_FORMAT = _English()


def choose(template: Template, args: Mapping[str, Any]) -> str:
    """The template, its plural form chosen by ``n`` when it has two."""
    if isinstance(template, tuple):
        return template[0] if args.get("n") == 1 else template[1]
    return template


class Fact(str):
    """English text with its key and arguments kept (``fact(key, **args)``)."""

    key: str
    args: tuple[tuple[str, Any], ...]

    def __new__(cls, key: str, args: Mapping[str, Any]):
        english = _FORMAT.format(choose(ENGLISH[key], args), **args)
        obj = super().__new__(cls, english)
        obj.key = key
        obj.args = tuple(args.items())
        return obj

    @property
    def arguments(self) -> dict[str, Any]:
        return dict(self.args)

    def as_dict(self) -> dict[str, Any]:
        """{"key": …, "args": {…}} (an argument that is a fact, the same way)."""
        return {"key": self.key, "args": {k: as_data(v) for k, v in self.args}}

    def __reduce__(self):
        return (Fact, (self.key, dict(self.args)))


def fact(key: str, /, **args: Any) -> Fact:
    """The registered ``key`` said with ``args``."""
    return Fact(key, args)


def as_data(value: Any) -> Any:
    """A fact as its key and arguments; anything else as it is (for JSON)."""
    return value.as_dict() if isinstance(value, Fact) else value


# -- reading a stored English text back -------------------------------------------------

_FIELD = re.compile(r"\{(\w+)(?::(\w+))?\}")
_patterns: dict[tuple[str, int], re.Pattern[str]] = {}


def _pattern(key: str, form: int) -> re.Pattern[str]:
    found = _patterns.get((key, form))
    if found is None:
        template = ENGLISH[key]
        text = template if isinstance(template, str) else template[form]
        out, at = [], 0
        for m in _FIELD.finditer(text):
            out.append(re.escape(text[at : m.start()]))
            name, spec = m.group(1), m.group(2)
            if spec == "ordinal":
                out.append(rf"(?P<{name}>\d+)(?:st|nd|rd|th)")
            elif name == "n":
                out.append(rf"(?P<{name}>\d+)")
            else:
                out.append(rf"(?P<{name}>.+?)")
            at = m.end()
        out.append(re.escape(text[at:]))
        found = _patterns[(key, form)] = re.compile("".join(out), re.S)
    return found


def read_back(text: str, keys: Iterable[str]) -> Fact | None:
    """The fact among ``keys`` whose English is ``text`` (its arguments as the text
    has them: numbers as ``int``), else None."""
    for key in keys:
        forms = 2 if isinstance(ENGLISH[key], tuple) else 1
        for form in range(forms):
            m = _pattern(key, form).fullmatch(text)
            if m is None:
                continue
            args: dict[str, Any] = {
                k: int(v) if v.isdigit() and _is_number(key, k) else v
                for k, v in m.groupdict().items()
            }
            said = fact(key, **args)
            if said == text:  # the same words again: this is the fact
                return said
    return None


def _is_number(key: str, name: str) -> bool:
    template = ENGLISH[key]
    texts = template if isinstance(template, tuple) else (template,)
    return name == "n" or any(f"{{{name}:ordinal}}" in t for t in texts)


__all__ = ["ENGLISH", "Fact", "as_data", "english_ordinal", "fact", "read_back", "templates"]
