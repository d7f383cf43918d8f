"""Continuity's text handling: folding, stems, treaty names and the token sets
``continuity`` compares (see its docstring for what each step does and why)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from reviewer.citations.countries import iso3

# Treaties and standards, written out or as acronyms → one token.  Longer, more
# specific names first: an optional protocol's name holds its treaty's.
_TREATIES: tuple[tuple[str, str], ...] = (
    ("OP-CAT", r"optional protocol to the convention against torture|\bop-?cat\b"),
    (
        "OP-ICESCR",
        r"optional protocol to the (?:international )?covenant on economic,? social and "
        r"cultural rights|\bop-?icescr\b",
    ),
    (
        "OP2-ICCPR",
        r"second optional protocol to the international covenant on civil and political "
        r"rights|\bop2-?iccpr\b",
    ),
    (
        "OP-ICCPR",
        r"(?:first )?optional protocol to the international covenant on civil and "
        r"political rights|\bop1?-?iccpr\b",
    ),
    (
        "OP-CEDAW",
        r"optional protocol to the convention on the elimination of all forms of "
        r"discrimination against women|\bop-?cedaw\b",
    ),
    (
        "OPSC",
        r"optional protocol to the convention on the rights of the child on the sale of "
        r"children[\w ,]*|\bopsc\b",
    ),
    ("OPAC", r"optional protocol [\w ]{0,60}?children in armed conflict|\bopac\b"),
    (
        "OPIC",
        r"optional protocol [\w ]{0,60}?(?:rights of the child|crc)[\w ]{0,20}?"
        r"communications? procedure|\bop3-?crc\b|\bopic\b",
    ),
    ("OP-CRPD", r"optional protocol to the convention on the rights of persons with disabilities"),
    (
        "ICRMW",
        r"\bicrmw\b|migrant workers and (?:the )?members of their famil(?:y|ies)"
        r"|convention on (?:the protection of the rights of all |the rights of )?migrant workers",
    ),
    ("CED", r"\bced\b|\bicppced\b|enforced disappearances?"),
    ("CAT", r"convention against torture|\bcat\b"),
    ("ICESCR", r"covenant on economic,? social and cultural rights|\bicescr\b"),
    ("ICCPR", r"covenant on civil and political rights|\biccpr\b"),
    ("CRPD", r"convention on the rights of persons with disabilities|\bcrpd\b"),
    (
        "CEDAW",
        r"convention on the elimination of all forms of discrimination against women|\bcedaw\b",
    ),
    ("ICERD", r"convention on the elimination of all forms of racial discrimination|\bicerd\b"),
    ("CRC", r"convention on the rights of the child|\bcrc\b"),
    (
        "ISTANBUL",
        r"istanbul convention|convention on preventing and combating violence against women "
        r"and domestic violence",
    ),
    ("ROME-STATUTE", r"rome statute"),
    ("STATELESS-1961", r"convention on the reduction of statelessness"),
    ("STATELESS-1954", r"convention relating to the status of stateless persons"),
    ("PARIS-PRINCIPLES", r"paris principles"),
    (
        "NHRI",
        r"national human rights institutions?|\bnhris?\b|(?:human rights )?ombuds(?:man|person)"
        r"(?:'s office)?(?: for human rights)?",
    ),
)
# How the words the phrases below become are shown in a reason.
_SHOWN = {"samesex": "same-sex", "oppositesex": "opposite-sex"}
# Words the UPR uses for one thing: written one way before matching.
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\bsame[- ]sex\b|\bhomosexual\b|\bgay and lesbian\b", " samesex "),
        (r"\bopposite[- ]sex\b|\bheterosexual\b", " oppositesex "),
        (r"\bfamily violence\b", " domestic violence "),
        (r"\btrafficking in (?:human beings|persons)\b|\bhuman trafficking\b", " trafficking "),
    )
)
# One pass over the text: where two names start at one place, the first listed wins.
_TREATY_RE = re.compile(
    "|".join(f"(?P<t{i}>{pattern})" for i, (_, pattern) in enumerate(_TREATIES))
)
_TREATY_NAMES = frozenset(name for name, _ in _TREATIES)
# ILO conventions by number: "ILO Convention 189", "… Convention, 1962 (No. 118)".
_ILO = re.compile(r"\bilo\b[^;]{0,200}")
_ILO_WORDS = re.compile(r"\bilo\b|\bconventions?\b")
_ILO_NUMBER = re.compile(r"(?:convention\s*(?:no\.?\s*)?|\(no\.?\s*|\bc)(\d{2,3})\b")

_STOP = frozenset(
    """
    a about above according accordance after again against all also an and any are as at
    called so-called throughout
    be been being both but by can could do does each either especially for from further
    has have having he her his how if in including into is it its itself more most must
    no nor not of on or other particular particularly order regard regarding same shall
    should so such than that the their them there these they this those through thus to
    under until upon very was were what when where whether which while who whom why will
    with within without would
    accelerate adopt adopting advance aimed aiming all appropriate bring carry
    consider considering continue continued country concrete done effective effectively
    efforts effort enhance ensure ensuring establish expedite fully further fulfil
    government implement implementing implementation improve increase intensify
    measure measures make making necessary new possibility proceed promote pursue
    redouble relevant seek step steps strengthen strengthening support take taking
    undertake up view well work working
    """.split()
)
_IRREGULAR = {
    "children": "child",
    "women": "woman",
    "men": "man",
    "people": "person",
    "persons": "person",
    "girls": "girl",
    "boys": "boy",
    "romani": "roma",
    "roms": "roma",
    "homosexual": "samesex",
    "gay": "samesex",
    "lesbian": "samesex",
    "lgbti": "lgbt",
    "lgbtiq": "lgbt",
}
_SUFFIXES = (
    "ational",
    "ations",
    "ation",
    "ments",
    "ment",
    "ities",
    "ity",
    "ings",
    "ing",
    "ence",
    "ance",
    "ies",
    "ied",
    "ers",
    "ure",
    "ed",
    "er",
    "es",
    "al",
    "ly",
    "s",
    "e",
)
STEM_LENGTH = 6

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_GROUP = re.compile(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)")


def fold(text: str) -> str:
    """Case and accents folded, quotes straightened: 'Côte d’Ivoire' → "cote d'ivoire"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("\u2019", "'").replace("\u2018", "'").casefold()


def stem(word: str) -> str:
    """A light stem: irregular plurals mapped, one suffix cut, then the first letters."""
    word = _IRREGULAR.get(word, word)
    if len(word) > 4 and not word.isdigit():
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        if word.endswith("y"):
            word = word[:-1] + "i"
    return word[:STEM_LENGTH]


def is_treaty(token: str) -> bool:
    return token in _TREATY_NAMES or token.startswith("ILO-C")


def _is_states(inner: str) -> bool:
    parts = [p.strip() for p in re.split(r",|;|/|\band\b", inner) if p.strip()]
    return bool(parts) and all(iso3(p) is not None for p in parts)


def drop_state_groups(text: str) -> str:
    """'… joining (Algeria)/sign and ratify (Egypt) …' without '(Algeria)', '(Egypt)'."""
    return _GROUP.sub(lambda m: " " if _is_states(m.group(1)) else m.group(0), text)


@dataclass(frozen=True)
class Tokens:
    """A text's tokens: stems (and treaty tokens) with the word first seen for each."""

    words: dict[str, str]  # token → a word of the text it stands for
    treaties: frozenset[str]


def tokens(text: str, ignore: Iterable[str] = ()) -> Tokens:
    """The tokens a text is compared by.  ``ignore``: more words to drop (the State
    under review's name: every one of its recommendations may say it)."""
    return _tokens(text, tuple(ignore))


@lru_cache(maxsize=8192)
def _tokens(text: str, ignore: tuple[str, ...]) -> Tokens:
    folded = fold(drop_state_groups(text))
    for pattern, replacement in _PHRASES:
        folded = pattern.sub(replacement, folded)
    found: dict[str, str] = {}
    treaties: set[str] = set()
    for m in _TREATY_RE.finditer(folded):
        name = _TREATIES[int((m.lastgroup or "t0")[1:])][0]
        treaties.add(name)
        found.setdefault(name, name)
    folded = _TREATY_RE.sub(" ", folded)
    numbers = [n for m in _ILO.finditer(folded) for n in _ILO_NUMBER.findall(m.group(0))]
    for number in numbers:
        name = f"ILO-C{int(number)}"
        treaties.add(name)
        found.setdefault(name, name)
    if numbers:  # "ILO" and "convention" would only make two conventions look alike
        folded = _ILO_WORDS.sub(" ", folded)
    dropped = {fold(w) for phrase in ignore for w in _WORD.findall(phrase)}
    dropped = {w for w in dropped if len(w) >= 4}
    for m in _WORD.finditer(folded):
        word = m.group(0)
        if _CJK.search(word):  # no spaces between words: character pairs stand in
            for i in range(max(len(word) - 1, 1)):
                found.setdefault(word[i : i + 2], word[i : i + 2])
            continue
        for part in [word, *word.split("-")] if "-" in word else [word]:
            if part in _STOP or part in dropped or len(part) < 2 or part.isdigit():
                continue
            if dropped and part.startswith(tuple(dropped)):
                continue  # "slovenian" after "slovenia"
            found.setdefault(stem(part), _SHOWN.get(part, part))
    return Tokens(found, frozenset(treaties))
