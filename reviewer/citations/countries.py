"""States by ISO 3166-1 alpha-3 code, and how often a text names each of them.

``countries.txt`` gives every UN member and observer State its code, its UN name
(as ``states.txt`` writes it) and a compact name for display ("Iran" for "Iran
(Islamic Republic of)").  ``mentions`` counts the States a text names, reading
every name in one pass of one compiled pattern.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from reviewer.citations.inflected import inflected_mentions
from reviewer.citations.states import canonical_state, state_names

MENTION_LANGUAGES = ("fr", "es", "ru", "zh")

_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-", "\u00a0": " "}
)


@dataclass(frozen=True)
class Country:
    code: str
    name: str  # the UN name, as states.txt writes it
    display: str
    other_names: tuple[str, ...]


def _read(file_name: str) -> list[str]:
    text = resources.files("reviewer.citations").joinpath(file_name).read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, Country], tuple[str, ...]]:
    """The countries by code, and the names that are not States (read as a whole)."""
    countries: dict[str, Country] = {}
    not_states: list[str] = []
    for line in _read("countries.txt"):
        fields = [field.strip() for field in line.split(" | ")]
        if fields[0] == "-":
            not_states.append(fields[1])
            continue
        code, name, display, *rest = fields
        others = tuple(n.strip() for n in rest[0].split(";") if n.strip()) if rest else ()
        countries[code] = Country(code, name, display, others)
    return countries, tuple(not_states)


def _countries() -> dict[str, Country]:
    return _data()[0]


def _key(name: str) -> str:
    name = unicodedata.normalize("NFC", name).translate(_QUOTES)
    return re.sub(r"\s+", " ", name).strip().casefold()


def _short(name: str) -> str:
    """'Bolivia (Plurinational State of)' → 'Bolivia'."""
    return name.split(" (", 1)[0]


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """states.txt's "old name = current name" lines, as written: alias → canonical."""
    text = resources.files("reviewer.citations").joinpath("states.txt").read_text("utf-8")
    aliases: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#") and " = " in line:
            alias, canonical = (part.strip() for part in line.split(" = ", 1))
            aliases[alias] = canonical
    return aliases


@lru_cache(maxsize=1)
def _names() -> dict[str, str | None]:
    """Every name a text may use, as written → ISO3 code (None: names no State)."""
    names: dict[str, str | None] = {}
    by_name: dict[str, str] = {}
    for country in _countries().values():
        for name in (country.name, country.display, *country.other_names):
            for form in (name, _short(name)):
                names.setdefault(form, country.code)
        by_name[country.name] = country.code
        for other in country.other_names:
            by_name.setdefault(other, country.code)
    for alias, canonical in _aliases().items():
        code = by_name.get(canonical)
        if code:
            for form in (alias, _short(alias)):
                names.setdefault(form, code)
    # The UN's names in French, Spanish, Russian and Chinese (states_*.txt), as written;
    # ``mentions`` reads Russian and Arabic text through ``inflected`` instead (declined
    # names, glued prefixes), so the Cyrillic names here serve ``iso3``.
    for language in MENTION_LANGUAGES:
        for code, written in state_names(language).items():
            for name in written:
                if name[0].islower():  # "ex-République …": no scan of every "e"
                    continue
                for form in (name, _short(name)):
                    names.setdefault(form, code)
    for name in _data()[1]:
        names[name] = None
    return names


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    """Folded name (any case, either apostrophe) → code, for ``iso3``."""
    return {_key(name): code for name, code in _names().items() if code}


def iso3(name: str | None) -> str | None:
    """'Slovenia', "people's republic of china", 'Turkey', 'SVN' → 'SVN', 'CHN', 'TUR', 'SVN'.

    Takes any name or alias ``canonical_state`` takes (any case, inverted forms),
    the display names and other names of countries.txt, and an ISO3 code itself.
    """
    if not name or not name.strip():
        return None
    code = name.strip().upper()
    if code in _countries():
        return code
    lookup = _lookup()
    found = lookup.get(_key(name))
    if found:
        return found
    canonical = canonical_state(name)
    return lookup.get(_key(canonical)) if canonical else None


def state_name(code: str | None) -> str | None:
    """'IRN' → 'Iran (Islamic Republic of)': the UN name, as states.txt writes it."""
    country = _countries().get(code.strip().upper()) if code else None
    return country.name if country else None


def display_name(code: str | None) -> str | None:
    """'IRN' → 'Iran': the compact name."""
    country = _countries().get(code.strip().upper()) if code else None
    return country.display if country else None


def all_codes() -> list[str]:
    """Every State's ISO3 code, sorted."""
    return sorted(_countries())


# --- mentions --------------------------------------------------------------------
#
# All the names go into one pattern shaped as a trie (one branch per first letter,
# and so on), so the regex engine scans for the first letters alone and never tries
# two hundred names at a position.  At each node the longer names come before the
# name ending there, so the longest name wins: "Guinea-Bissau" over "Guinea".  The
# scan runs left to right, so a name that starts earlier takes the text first:
# "Democratic People's Republic of Korea" is read before "Republic of Korea" can be.

_APOSTROPHE = "['\u2019\u2018\u02bc]"
_HYPHEN = "[-\u2010\u2011]\\s*"  # "Guinea-\nBissau": a line break after the hyphen


def _atoms(name: str) -> list[str]:
    """A name as the regex pieces a trie is built of: letters, and tolerant joins."""
    atoms: list[str] = []
    for piece in re.findall(r"\s*\(|\)|\s+|['\u2019\u2018\u02bc]|[-\u2010\u2011]|.", name):
        if piece.endswith("("):
            atoms.append(r"\s*\(\s*")
        elif piece == ")":
            atoms.append(r"\s*\)")
        elif piece.isspace():
            atoms.append(r"\s+")
        elif re.fullmatch(_APOSTROPHE, piece):
            atoms.append(_APOSTROPHE)
        elif piece in "-\u2010\u2011":
            atoms.append(_HYPHEN)
        else:
            atoms.append(re.escape(piece))
    return atoms


_END = object()


def _is_cjk(atom: str) -> bool:
    return len(atom) == 1 and atom >= "\u2e80"


def _trie_pattern(node: dict, first: bool, cjk: bool = False) -> str:
    branches = []
    for atom in sorted(k for k in node if k is not _END):
        # After a name's first letter: no letter or digit just before it.  Chinese
        # writes no spaces: its names are read inside a run of characters ("中国政府").
        here = cjk or (first and _is_cjk(atom))
        start = r"(?<!\w.)" if first and not here else ""
        branches.append(atom + start + _trie_pattern(node[atom], False, here))
    if _END in node:
        branches.append("" if cjk else r"(?!\w)")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _script(ch: str) -> str:
    if "\u0400" <= ch <= "\u04ff":
        return "cyrillic"
    return "cjk" if _is_cjk(ch) else "latin"


@lru_cache(maxsize=3)
def _mention_pattern(script: str = "latin") -> re.Pattern[str]:
    """The names whose first letter is of one script.  One pattern per script, because
    a pattern led by Cyrillic and Han letters as well scans English text twice as slowly;
    each alone skips English text fast."""
    trie: dict = {}
    for name in _names():
        if _script(name[0]) != script:
            continue
        node = trie
        for atom in _atoms(name):
            node = node.setdefault(atom, {})
        node[_END] = True
    return re.compile(_trie_pattern(trie, True))


def _match_key(text: str) -> str:
    """A name as the text wrote it → the form it has in ``_names`` (for the lookup)."""
    text = text.translate(_QUOTES)
    text = re.sub(r"-\s+", "-", text)
    text = re.sub(r"\s*\(\s*", " (", text)
    text = re.sub(r"\s*\)", ")", text)
    return re.sub(r"\s+", " ", text)


@lru_cache(maxsize=1)
def _match_lookup() -> dict[str, str | None]:
    return {_match_key(name): code for name, code in _names().items()}


def mentions(text: str | None) -> Counter[str]:
    """How often each State is named in ``text``, by ISO3 code.

    Whole words, capitalised as the UN writes the name; curly or straight
    apostrophes and line breaks inside a name are fine.  "Bolivia" counts as
    "Bolivia (Plurinational State of)", and the longest name wins: "Papua New
    Guinea" is not also Guinea, nor "Nigeria" Niger, nor "South Sudan" Sudan.
    """
    counts: Counter[str] = Counter()
    if not text:
        return counts
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    lookup = _match_lookup()
    # The pattern has no groups: findall gives the names as written, few of them distinct.
    found = _mention_pattern().findall(text)
    if not text.isascii():
        found += _mention_pattern("cjk").findall(text)
        counts.update(inflected_mentions(text))  # Russian declined, Arabic with prefixes
    for written, times in Counter(found).items():
        code = lookup.get(written) or lookup.get(_match_key(written))
        if code:
            counts[code] += times
    return counts
