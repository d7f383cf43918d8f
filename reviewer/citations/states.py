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


@lru_cache(maxsize=1)
def _spaceless_table() -> dict[str, str]:
    """Folded name without any space → canonical name, for names that stay unambiguous."""
    table: dict[str, str] = {}
    clashes: set[str] = set()
    for key, canonical in _table().items():
        bare = key.replace(" ", "")
        if table.get(bare, canonical) != canonical:
            clashes.add(bare)
        table[bare] = canonical
    return {k: v for k, v in table.items() if k not in clashes}


def all_states() -> list[str]:
    """Canonical names, sorted."""
    return sorted(set(_table().values()))


_INVERTED = re.compile(r"^((?:[\w'’-]+\s+)+of(?:\s+the)?)\s+(.+)$")


def canonical_state(name: str) -> str | None:
    """The canonical UN name for ``name`` (any case, curly or straight quotes), or None.

    Also takes the inverted forms some lists use ("Islamic Republic of Iran"), and names
    split by stray spaces ("Sierra Le one", "Bolivia (Plurinational S tate of)") when the
    name without its spaces is a known one.
    """
    key = _key(name)
    if not key:
        return None
    found = _table().get(key)
    if found is None and key.startswith("the "):
        found = _table().get(key[4:])
    if found is None:
        m = _INVERTED.match(re.sub(r"\s+", " ", name).strip())
        if m:
            found = _table().get(_key(f"{m.group(2)} ({m.group(1)})"))
    if found is None and " " in key:
        # stray spaces from a PDF ("Sierra Le one", "Iran (Islamic Republic of )"): only
        # when the name without any space is a known name without any space
        found = _spaceless_table().get(key.replace(" ", ""))
    return found


def _split_names(inner: str) -> list[str] | None:
    """'Senegal, Sierra Leone, Venezuela (Bolivarian Republic of) and Peru' → the names.

    Commas inside a name's own parentheses do not split; None unless every part is
    a State.
    """
    inner = re.sub(r"\s+", " ", inner).strip()
    if canonical_state(inner):
        return [inner]
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(inner):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch in ",;" and depth == 0:
            parts.append(inner[start:i])
            start = i + 1
    parts.append(inner[start:])
    names: list[str] = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        part = re.sub(r"^and\s+", "", part)
        if canonical_state(part):
            names.append(part)
            continue
        pieces = [p.strip() for p in re.split(r"\s+and\s+", part) if p.strip()]
        if len(pieces) < 2 or not all(canonical_state(p) for p in pieces):
            return None
        names.extend(pieces)
    return names or None


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
        names = _split_names(inner)
        if names is None:
            break
        states[:0] = names
        rest = trimmed[:start].rstrip()
    if not states:
        return text.strip(), ()
    return rest.rstrip(" ,"), tuple(states)
