"""Search in every UN language: word forms by stemming, Chinese words inside runs.

The word index (FTS5's ``unicode61``, PostgreSQL's ``upr_search``) holds every run of
letters and digits as it is written: it does not stem, and a run of Chinese
characters (a whole clause: Chinese has no spaces) is one token.  Two additions
make it search every UN language without indexing anything more per word:

- Word forms, at query time.  A word typed alone (no quotes, no ``*``) in Latin,
  Cyrillic or Arabic script also finds the forms the index holds that are the same
  word in a language of the documents holding them (``reviewer.storage.fts_stems``):
  ``droits`` finds ``droit``, ``derechos`` ``derecho``, ``права`` ``право``,
  ``rights`` ``right``, ``حقوق`` ``الحقوق``; in a workspace of English documents
  ``state`` does not find ``statement`` (French's stem of both is ``stat``).  The
  forms are read from the index's own vocabulary (``paragraph_fts_terms``, kept by
  the index steps with the languages of the documents holding each term), only the
  terms that start as the stem does (``starts_of``), each stemmed once (cached).  A
  word with no other form runs the very query it ran before.  A "quoted" word, a
  phrase and a ``prefix*`` are taken as typed.
- Full-width forms (``Ａ／ＨＲＣ／４０／６`` in a Chinese text) are their ASCII
  characters, in the index and in the query (``fold_width``).
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
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from reviewer.errors import BadQuery
from reviewer.storage.fts_stems import (
    SCRIPTS,
    arabic_starts,
    latin,
    same_word,
    script_of,
    stem,
    term_languages,
)

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
    for phrase, word in _TOKEN.findall(fold_width(query)):
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

# Full-width forms (U+FF01-FF5E) and the ideographic space, as NFKC folds them: the
# ASCII character each stands for.  SQLite's tokenizer keeps ``Ａ`` apart from
# ``A``; the index steps and the query fold them first (PostgreSQL's ``unaccent``
# does).  Each is one character for one, a letter or digit for a letter or digit
# and a separator for a separator, so the index's tokens stand where the text's do.
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
FULL_WIDTH_CLASS = "\uff01-\uff5e\u3000"
_FULL_WIDTH = re.compile(f"[{FULL_WIDTH_CLASS}]")


def fold_width(text: str) -> str:
    """``text`` with full-width forms as ASCII (NFKC on those characters only)."""
    return text.translate(_WIDTH) if _FULL_WIDTH.search(text) else text


def index_fold(word: str) -> str:
    """A word as SQLite's ``unicode61 remove_diacritics 2`` holds it: case folded,
    diacritics dropped from Latin letters only (Cyrillic й, Greek accents stay)."""
    out = []
    for ch in fold_width(word).lower():
        if latin(ch) and ord(ch) >= 0x80:
            base = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in base if not unicodedata.combining(c)))
        else:
            out.append(ch)
    return "".join(out)


def stemmers_for(word: str, present: Iterable[str] = ()) -> tuple[str, ...]:
    """The languages whose forms of ``word`` are looked for: those of its script the
    workspace's documents are written in (``present``), all of them when none is
    known; none when it is taken as typed."""
    script = script_of(word) if len(word) >= MIN_LENGTH else None
    if script is None:
        return ()
    languages = SCRIPTS[script]
    known = tuple(lang for lang in languages if lang in set(present))
    return known or languages


def stems(word: str, present: Iterable[str] = ()) -> dict[str, str]:
    return {lang: stem(lang, word) for lang in stemmers_for(word, present)}


def prefix_of(word: str, present: Iterable[str] = ()) -> str | None:
    """The start every other form of ``word`` is looked up by (Latin and Cyrillic
    scripts): what the word and its stems share, less a letter (a stemmer may change
    a stem's last letter: happy, happi), at least three letters; None when the word
    is taken as typed."""
    found = stems(word, present)
    if not found:
        return None
    shared = os.path.commonprefix([word, *found.values()])
    shortest = min(len(s) for s in found.values())
    cut = shared[: max(MIN_LENGTH, shortest - 1)]
    return cut if len(cut) >= MIN_LENGTH else None


def starts_of(word: str, present: Iterable[str] = ()) -> list[str]:
    """The starts the index's terms are read by for the other forms of ``word``."""
    if script_of(word) == "arabic":
        return arabic_starts(word) if stemmers_for(word) else []
    start = prefix_of(word, present)
    return [] if start is None else [start]


def same_stem(word: str, term: str, languages: Iterable[str]) -> bool:
    """Is ``term`` a form of ``word`` in one of ``languages``?"""
    return any(same_word(lang, word, term) for lang in languages)


# the index's terms starting with any of the starts given, each with the mask of the
# languages of the documents holding it (``fts_stems.BITS``)
Lookup = Callable[[list[str]], Iterable[tuple[str, int]]]


def forms(word: str, lookup: Lookup, present: Iterable[str] = ()) -> list[str]:
    """The other forms of ``word`` (folded as the index holds words) among the terms
    ``lookup`` reads from the index's vocabulary, each taken in the languages of the
    documents holding it (``present``: the workspace's languages); sorted."""
    present = tuple(present)
    languages = stemmers_for(word, present)
    starts = starts_of(word, present)
    if not languages or not starts:
        return []
    script = script_of(word)
    assert script is not None
    found = {
        t
        for t, mask in lookup(starts)
        if t != word
        and t.startswith(tuple(starts))
        and len(t) >= MIN_LENGTH
        and script_of(t) == script
        and same_stem(word, t, term_languages(mask, script, languages))
    }
    return sorted(found)


def upper_bound(prefix: str) -> str:
    """The least string after every string starting with ``prefix``."""
    return prefix + "\U0010ffff"
