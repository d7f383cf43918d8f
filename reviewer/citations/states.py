"""UN member and observer States, and the "(State)" endings of recommendations.

Recommendations end with the recommending State(s) in parentheses, and State names
can hold parentheses of their own ("Bolivia (Plurinational State of)"), so a
trailing group is only taken as a State when the name is on the UN list.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " "})


def _key(name: str) -> str:
    name = unicodedata.normalize("NFC", name).translate(_QUOTES)
    return re.sub(r"\s+", " ", name).strip().casefold()


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Map of folded name → canonical UN name (aliases included)."""
    table: dict[str, str] = {}
    text = resources.files("reviewer.citations").joinpath("states.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if " = " in line:
            alias, canonical = (part.strip() for part in line.split(" = ", 1))
            table[_key(alias)] = canonical
        else:
            table[_key(line)] = line
    return table


def all_states() -> list[str]:
    """Canonical names, sorted."""
    return sorted(set(_table().values()))


def canonical_state(name: str) -> str | None:
    """The canonical UN name for ``name`` (any case, curly or straight quotes), or None."""
    key = _key(name)
    found = _table().get(key)
    if found is None and key.startswith("the "):
        found = _table().get(key[4:])
    return found


def _split_names(inner: str) -> list[str] | None:
    """'Chile, Mexico and Peru' → the three names, if every one is a State."""
    whole = canonical_state(inner)
    if whole:
        return [inner.strip()]
    parts = [p for p in re.split(r"\s*(?:,|;|\band\b)\s*", inner) if p.strip()]
    if len(parts) < 2 or not all(canonical_state(p) for p in parts):
        return None
    return [p.strip() for p in parts]


def _trailing_group(text: str) -> tuple[int, str] | None:
    """Start index and content of a balanced (...) group ending ``text``."""
    if not text.endswith(")"):
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth -= 1
            if depth == 0:
                return i, text[i + 1 : -1]
    return None


def split_trailing_states(text: str) -> tuple[str, tuple[str, ...]]:
    """Split "Continue … (India);" into ("Continue …", ("India",)).

    Takes every trailing parenthesised group that names States, so "(Uruguay) (Mali)"
    gives both.  Names are kept as the document writes them (whitespace folded).
    The returned text keeps its wording; only the State groups and the final
    punctuation after them are removed.
    """
    rest = text.rstrip()
    states: list[str] = []
    while True:
        trimmed = rest.rstrip(" \t\n;.,")
        group = _trailing_group(trimmed)
        if group is None:
            break
        start, inner = group
        names = _split_names(re.sub(r"\s+", " ", inner))
        if names is None:
            break
        states[:0] = names
        rest = trimmed[:start].rstrip()
    if not states:
        return text.strip(), ()
    return rest.rstrip(" ,"), tuple(states)
