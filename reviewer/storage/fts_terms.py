"""Search in every UN language: word forms by stemming, Chinese words inside runs.

The word index (FTS5's ``unicode61``, PostgreSQL's ``upr_search``) holds every run of
letters and digits as it is written: it does not stem, and a run of Chinese
characters (a whole clause: Chinese has no spaces) is one token.  Two additions
make it search every UN language without indexing anything more per word:

- Word forms, at query time.  A word typed alone (no quotes, no ``*``) in Latin or
  Cyrillic script also finds the forms the index holds that the Snowball stemmers
  of its script reduce to the same stem: ``droits`` finds ``droit``, ``derechos``
  ``derecho``, ``права`` ``право``, ``rights`` ``right``.  The forms are read from
  the index's own vocabulary (SQLite: an ``fts5vocab`` table; PostgreSQL: a table
  of its terms kept by the index steps), only the terms that start as the stem
  does (``prefix_of``), each stemmed once (cached).  A word with no other form
  runs the very query it ran before.  A "quoted" word, a phrase and a ``prefix*``
  are taken as typed.
- Chinese, Japanese and Korean: a second, small index holds, for the paragraphs
  with such characters only, each run's overlapping two-character pieces (and its
  last character alone): ``cjk_grams``.  A word of those characters is searched
  there as the phrase of its pieces (``cjk_query``): ``人权`` is found inside
  ``保障人权和基本自由``.  One character alone is searched as a piece's prefix.

``parse`` reads the query language (words ANDed, "phrases", ``prefix*``, ``OR``)
exactly as ``fts.build_match`` does, term by term, for both engines.
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from reviewer.errors import BadQuery

_TOKEN = re.compile(r'"([^"]+)"|(\S+)')
_WORD = re.compile(r"[^\W_]+")

# Han (with extensions and compatibility ideographs), kana, Hangul: letters only (the
# word index's tokenizer takes the rest of those blocks, a middle dot, for a space)
CJK_CLASS = (
    "\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f"
)
_CJK_RUN = re.compile(f"[{CJK_CLASS}]+")
_CJK_ONLY = re.compile(f"[{CJK_CLASS}]+")
# between two runs' pieces in the second index: a token no query holds, so a phrase
# of pieces never spans two runs
RUN_BREAK = "x"

LATIN_STEMMERS = ("english", "french", "spanish")
CYRILLIC_STEMMERS = ("russian",)
MIN_LENGTH = 3  # shorter words are taken as typed
MAX_FORMS = 3000  # terms read from the vocabulary for one word, at most


class QueryError(BadQuery):
    """A search query with nothing to search for."""


@dataclass(frozen=True)
class Term:
    """One term of a query: its text as typed (without quotes or ``*``), its words
    (letters and digits, as the index splits them), and how it was written."""

    text: str
    words: tuple[str, ...]
    prefix: bool = False
    quoted: bool = False

    @property
    def cjk_words(self) -> tuple[str, ...]:
        return tuple(w for w in self.words if is_cjk(w))

    @property
    def other_words(self) -> tuple[str, ...]:
        return tuple(w for w in self.words if not is_cjk(w))

    @property
    def stemmed(self) -> bool:
        """Is this term looked for in all its forms (a word alone, typed bare)?"""
        return not self.quoted and not self.prefix and len(self.words) == 1 and not self.cjk_words


# a term's other forms in an index (``fts.vocabulary``, ``pg_search.vocabulary``)
Forms = Callable[[Term], list[str]]


def parse(query: str) -> list[list[Term]]:
    """The query as FTS5 reads ``build_match``'s expression: groups ORed, each the
    terms it ANDs.  ``OR`` between two terms is OR; any other ``OR`` is the word."""
    groups: list[list[Term]] = [[]]
    after_term = False
    for phrase, word in _TOKEN.findall(query):
        if not phrase and word == "OR" and after_term:
            groups.append([])
            after_term = False
            continue
        prefix = not phrase and word.endswith("*") and len(word) > 1
        raw = phrase or (word.rstrip("*") if prefix else word)
        raw = raw.replace('"', " ").strip()
        words = tuple(_WORD.findall(raw))
        if not words:
            continue
        groups[-1].append(Term(raw, words, prefix, bool(phrase)))
        after_term = True
    groups = [g for g in groups if g]
    if not groups:
        raise QueryError(f"nothing to search for in {query!r}")
    return groups


# ------------------------------------------------------------------ CJK


def is_cjk(word: str) -> bool:
    """A word of Chinese, Japanese or Korean characters only."""
    return bool(_CJK_ONLY.fullmatch(word))


def has_cjk(text: str) -> bool:
    return _CJK_RUN.search(text) is not None


def _run_pieces(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def cjk_grams(text: str) -> str | None:
    """What the second index holds of ``text``: each run's two-character pieces in
    order and its last character, runs apart (``RUN_BREAK``); None without any."""
    runs = _CJK_RUN.findall(text)
    if not runs:
        return None
    return f" {RUN_BREAK} ".join(" ".join(_run_pieces(r)) for r in runs)


MAX_POSITION = 16383  # PostgreSQL's last position in a tsvector
MAX_POSITIONS = 256  # and how many one lexeme keeps


def cjk_tsvector(grams: str) -> str:
    """``cjk_grams`` as a tsvector's text (PostgreSQL): each piece at its position,
    as the word index's phrase search counts them."""
    at: dict[str, list[int]] = {}
    for i, piece in enumerate(grams.split(), start=1):
        found = at.setdefault(piece, [])
        if len(found) < MAX_POSITIONS:
            found.append(min(i, MAX_POSITION))
    return " ".join(f"'{k}':{','.join(map(str, dict.fromkeys(v)))}" for k, v in at.items())


def cjk_tsquery(word: str) -> str:
    """A CJK word as a tsquery's text: the phrase of its pieces, or a prefix."""
    pieces, prefix = cjk_query(word)
    if prefix:
        return f"'{pieces[0]}':*"
    return " <-> ".join(f"'{p}'" for p in pieces)


def cjk_query(word: str) -> tuple[list[str], bool]:
    """The pieces a CJK word is looked for as (a phrase), and whether it is one
    character (then a prefix of the pieces)."""
    if len(word) == 1:
        return [word], True
    return [word[i : i + 2] for i in range(len(word) - 1)], False


# ------------------------------------------------------------------ word forms


def _latin(ch: str) -> bool:
    o = ord(ch)
    return o < 0x250 or 0x1E00 <= o <= 0x1EFF


def index_fold(word: str) -> str:
    """A word as SQLite's ``unicode61 remove_diacritics 2`` holds it: case folded,
    diacritics dropped from Latin letters only (Cyrillic й, Greek accents stay)."""
    out = []
    for ch in word.lower():
        if _latin(ch) and ord(ch) >= 0x80:
            base = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in base if not unicodedata.combining(c)))
        else:
            out.append(ch)
    return "".join(out)


def stemmers_for(word: str) -> tuple[str, ...]:
    """The Snowball stemmers of a word's script (none: taken as typed)."""
    if len(word) < MIN_LENGTH or not word.isalpha():
        return ()
    if all(_latin(ch) for ch in word):
        return LATIN_STEMMERS
    if all("\u0400" <= ch <= "\u04ff" for ch in word):
        return CYRILLIC_STEMMERS
    return ()


_LOCAL = threading.local()


def _stemmer(language: str) -> snowballstemmer.stemmer:
    # a stemmer keeps state while it works: one per thread (searches run off the
    # window's thread)
    held = getattr(_LOCAL, "stemmers", None)
    if held is None:
        held = _LOCAL.stemmers = {}
    found = held.get(language)
    if found is None:
        found = held[language] = snowballstemmer.stemmer(language)
    return found


@lru_cache(maxsize=200_000)
def stem(language: str, word: str) -> str:
    return str(_stemmer(language).stemWord(word))


def stems(word: str) -> dict[str, str]:
    return {lang: stem(lang, word) for lang in stemmers_for(word)}


def prefix_of(word: str) -> str | None:
    """The start every other form of ``word`` is looked up by: what the word and its
    stems share, less a letter (a stemmer may change a stem's last letter: happy,
    happi), at least three letters; None when the word is taken as typed."""
    found = stems(word)
    if not found:
        return None
    shared = os.path.commonprefix([word, *found.values()])
    shortest = min(len(s) for s in found.values())
    cut = shared[: max(MIN_LENGTH, shortest - 1)]
    return cut if len(cut) >= MIN_LENGTH else None


def same_stem(word_stems: dict[str, str], term: str) -> bool:
    """Does ``term`` reduce to one of ``word_stems`` by the same stemmer?"""
    return any(stem(lang, term) == s for lang, s in word_stems.items()) if term.isalpha() else False


def forms(word: str, lookup: Callable[[str], Iterable[str]]) -> list[str]:
    """The other forms of ``word`` (folded as the index holds words) among the terms
    ``lookup(prefix)`` reads from the index's vocabulary; sorted."""
    start = prefix_of(word)
    if start is None:
        return []
    word_stems = stems(word)
    found = {
        t
        for t in lookup(start)
        if t != word and t.startswith(start) and stemmers_for(t) and same_stem(word_stems, t)
    }
    return sorted(found)


def upper_bound(prefix: str) -> str:
    """The least string after every string starting with ``prefix``."""
    return prefix + "\U0010ffff"
