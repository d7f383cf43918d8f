"""UN member and observer States, and the "(State)" endings of recommendations.

Recommendations end with the recommending State(s) in parentheses, and State names
can hold parentheses of their own ("Bolivia (Plurinational State of)"), so a
trailing group is only taken as a State when the name is on the UN list.

The UN writes its reports in six languages, so a State is known by its official short
name in each (``states_fr.txt``, ``states_es.txt``, ``states_zh.txt``,
``states_ar.txt``, ``states_ru.txt``: "(Inde)", "（印度）", "(الهند)", "(Индия)"), every
one of them folded to the English name ``states.txt`` gives.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

from reviewer.citations.fold import fold

_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "ё": "е", "Ё": "Е"}
)
# Arabic is written with or without short vowels and tatweel, and with any hamza on alif.
_ARABIC_FOLDS: dict[int, str | None] = {c: None for c in range(0x064B, 0x0653)}
_ARABIC_FOLDS.update({0x0640: None, ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا"})
_ARABIC = str.maketrans(_ARABIC_FOLDS)
_DASH = re.compile(r"\s*[-\u2010\u2011\u2013\u2014]\s*")
LANGUAGES = ("fr", "es", "zh", "ar", "ru")  # besides English (states.txt)


def _key(name: str) -> str:
    name = fold(unicodedata.normalize("NFC", name)).translate(_QUOTES)
    if not name.isascii():
        name = _DASH.sub("-", name.translate(_ARABIC))
    return re.sub(r"\s+", " ", name).strip().casefold()


def _read_lines(file_name: str) -> list[str]:
    text = resources.files("reviewer.citations").joinpath(file_name).read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _english_by_code() -> dict[str, str]:
    """ISO3 code → the English UN name (countries.txt's second field)."""
    out = {}
    for line in _read_lines("countries.txt"):
        fields = [f.strip() for f in line.split(" | ")]
        if fields[0] != "-":
            out[fields[0]] = fields[1]
    return out


@cache
def state_names(language: str) -> dict[str, tuple[str, ...]]:
    """ISO3 code → the UN's official short name in ``language`` and the other names
    its table lists ("fr": {"CHN": ("Chine",), "TUR": ("Türkiye", "Turquie"), …})."""
    if language not in LANGUAGES:
        raise ValueError(f"no table of State names in {language!r}")
    return {code: names for code, (names, _) in _language_table(language).items()}


@cache
def _language_table(language: str) -> dict[str, tuple[tuple[str, ...], dict[str, str]]]:
    """ISO3 code → (names, {name: English name}) for the names a table ties to another
    English name than the code's: "Pays-Bas = Netherlands", the UN's name until 2023,
    which states.txt keeps as a State of its own."""
    out: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {}
    for line in _read_lines(f"states_{language}.txt"):
        code, name, *rest = (f.strip() for f in line.split(" | "))
        names, targets = [name], {}
        for other in (n.strip() for n in rest[0].split(";")) if rest else ():
            if not other:
                continue
            other, _, english = (part.strip() for part in other.partition(" = "))
            names.append(other)
            if english:
                targets[other] = english
        out[code] = (tuple(names), targets)
    return out


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
    english = _english_by_code()
    for language in LANGUAGES:
        for code, (names, targets) in _language_table(language).items():
            for name in names:
                table.setdefault(_key(name), targets.get(name, english[code]))
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


@lru_cache(maxsize=1)
def _english_keys() -> frozenset[str]:
    """Folded names of states.txt alone (English names and their aliases)."""
    keys = set()
    for line in _read_lines("states.txt"):
        keys.add(_key(line.split(" = ", 1)[0]))
    return frozenset(keys)


def is_english_name(name: str) -> bool:
    """Is ``name`` one of the English names (or their aliases) of states.txt?"""
    return _key(name) in _english_keys()


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


# "India and Peru", "Inde et Pérou", "India y Perú", "Индия и Перу", "印度、秘鲁", "印度和秘鲁",
# "الهند وبيرو": only tried on a part that is not itself a name ("Trinité-et-Tobago").
_AND = re.compile(r"\s+(?:and|et|y|e|и)\s+|\s*[、和及]\s*|\s+و\s*")
_LEADING_AND = re.compile(r"^(?:and|et|y|e|и)\s+|^و\s*")


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
        elif ch in ",;、" and depth == 0:
            parts.append(inner[start:i])
            start = i + 1
    parts.append(inner[start:])
    names: list[str] = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if canonical_state(part):
            names.append(part)
            continue
        part = _LEADING_AND.sub("", part)
        if canonical_state(part):
            names.append(part)
            continue
        pieces = [p.strip() for p in _AND.split(part) if p.strip()]
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
    punctuation after them are removed.  Full-width brackets and punctuation count
    as theirs ("……（印度）；").
    """
    original = text
    text = fold(text)  # one character for one: a prefix of it is a prefix of the original
    rest = text.rstrip()
    states: list[str] = []
    while True:
        trimmed = rest.rstrip(" \t\n;.,。")
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
        return original.strip(), ()
    rest = rest.rstrip(" ,")
    return original[: len(rest)], tuple(states)
