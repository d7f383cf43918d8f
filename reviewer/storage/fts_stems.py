"""Which forms of a word are the same word: per language, for search's word forms.

``fts_terms.forms`` reads a bare word's candidate forms from the index's own terms;
this module says which of them are forms of the word, language by language:

- French, Spanish, Russian: the Snowball stemmers (``droits`` and ``droit``,
  ``derechos`` and ``derecho``, ``права`` and ``право``).
- English: Snowball's (Porter 2) stem AND a light stem of inflections only (plural
  ``-s``/``-es``/``-ies``, ``-ed``, ``-ing``, a final ``e``): Porter 2 also takes off
  derivational endings, so alone it made ``national`` find ``nation`` and
  ``Nations`` ("United Nations" is in most paragraphs of a UN report).  Both must
  agree: ``rights``/``right``, ``states``/``stated``/``state``, not ``statement``.
- Arabic: a light stemmer (after Larkey's light10): the conjunctions و ف, the article
  ال with the prepositions before it (وال فال بال كال لل), one preposition ب ك ل
  (as a second reading: ``بلدان`` may be ب + لدان, so a word has up to two stems), and
  the common suffixes (ها ان ات ون ين يه ية ه ة ي هم هن كم).  No letter is
  normalised, so every form of a stem starts with one of the prefixes and the stem
  itself: the index's terms are looked up by those starts (``arabic_starts``).
  Snowball's Arabic stemmer was measured and left aside: of the 140 words of
  tests/fixtures/languages/submission-ar.txt, 16 have a Snowball stem that is not
  the start of the word after any of those prefixes (it normalises letters, strips
  more), so their forms could not be read by range; the light stems make as many
  groups of forms there (12), with التوصيات/توصيات, لحقوق/حقوق and منظمة/منظمات
  that Snowball keeps apart.

Which languages apply to a term: the languages of the documents that hold it
(``paragraph_fts_terms.langs``, a mask of ``BITS``, kept by the index steps:
``reviewer.storage.fts_languages``); a term of a document whose language is not
told (``UNKNOWN``) or of another script's document takes the workspace's languages of
its script, and when none is known, all of them.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import snowballstemmer

# one bit per language in ``paragraph_fts_terms.langs``
BITS = {"en": 1, "fr": 2, "es": 4, "ru": 8, "ar": 16, "zh": 32}
UNKNOWN = 64  # a document whose language could not be told
SCRIPTS = {"latin": ("en", "fr", "es"), "cyrillic": ("ru",), "arabic": ("ar",)}
SNOWBALL = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian"}


def bit(language: str | None) -> int:
    return BITS.get(language or "", UNKNOWN)


def latin(ch: str) -> bool:
    o = ord(ch)
    return o < 0x250 or 0x1E00 <= o <= 0x1EFF


def _arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3"


def script_of(word: str) -> str | None:
    """The script whose languages stem ``word`` (letters only), or None."""
    if not word.isalpha():
        return None
    if all(latin(ch) for ch in word):
        return "latin"
    if all("\u0400" <= ch <= "\u04ff" for ch in word):
        return "cyrillic"
    if all(_arabic_letter(ch) for ch in word):
        return "arabic"
    return None


def term_languages(mask: int, script: str, present: tuple[str, ...]) -> tuple[str, ...]:
    """The languages whose forms a term of ``script`` is taken in: those of the
    documents holding it (``mask``) among ``present`` (the workspace's languages of
    that script, or all of them), and ``present`` whole when a document holding it
    is of no told language of that script."""
    own = tuple(lang for lang in present if mask & BITS[lang])
    others = mask & ~sum(BITS[lang] for lang in SCRIPTS[script])
    return present if others or not mask else own


# ------------------------------------------------------------------ Snowball

_LOCAL = threading.local()


def _snowball(language: str) -> snowballstemmer.stemmer:
    # a stemmer keeps state while it works: one per thread (searches run off the
    # window's thread)
    held = getattr(_LOCAL, "stemmers", None)
    if held is None:
        held = _LOCAL.stemmers = {}
    found = held.get(language)
    if found is None:
        # imported when first needed (its every language's stemmer: about 20 ms), not
        # when the window starts
        import snowballstemmer

        found = held[language] = snowballstemmer.stemmer(SNOWBALL[language])
    return found


@lru_cache(maxsize=200_000)
def stem(language: str, word: str) -> str:
    """A word's Snowball stem (Arabic: its first light stem)."""
    if language == "ar":
        return arabic_stems(word)[0]
    return str(_snowball(language).stemWord(word))


# ------------------------------------------------------------------ English

_DOUBLE = ("bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")


def _undouble(w: str) -> str:
    return w[:-1] if w.endswith(_DOUBLE) else w


@lru_cache(maxsize=200_000)
def english_light(word: str) -> str:
    """An English word less its inflection (lower case): plural, past, -ing, final e."""
    w = word
    if len(w) > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("es") and w.endswith(("ses", "xes", "zes", "ches", "shes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    elif len(w) > 4 and w.endswith("eed"):
        w = w[:-1]
    elif len(w) > 4 and w.endswith("ed") and any(c in "aeiouy" for c in w[:-2]):
        w = _undouble(w[:-2])
    elif len(w) > 5 and w.endswith("ing") and any(c in "aeiouy" for c in w[:-3]):
        w = _undouble(w[:-3])
    return w[:-1] if len(w) > 2 and w.endswith("e") else w


# ------------------------------------------------------------------ Arabic

AR_CONJUNCTIONS = ("و", "ف")
AR_ARTICLES = ("وال", "فال", "بال", "كال", "لل", "ال")  # light10's, longest first
AR_PREPOSITIONS = ("ب", "ك", "ل")
AR_SUFFIXES = ("ها", "هم", "هن", "كم", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")


def _ar_suffixes(w: str) -> str:
    for suffix in AR_SUFFIXES:  # each once, in order (light10)
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            w = w[: -len(suffix)]
    return w


@lru_cache(maxsize=200_000)
def arabic_stems(word: str) -> tuple[str, ...]:
    """A word's light stems, the likeliest first: the conjunction and the article (with
    the prepositions joined to it) taken off; and, where a first letter may be a
    conjunction or a preposition or the word's own (وفقا, بلدان), the readings with
    it kept and taken off (each leaving three letters or more)."""
    found: list[str] = []
    for w in (word[1:], word) if len(word) >= 4 and word.startswith(AR_CONJUNCTIONS) else (word,):
        article = next((a for a in AR_ARTICLES if w.startswith(a) and len(w) - len(a) >= 2), "")
        if article:
            found.append(_ar_suffixes(w[len(article) :]))
            continue
        found.append(_ar_suffixes(w))
        if w.startswith(AR_PREPOSITIONS) and len(w) >= 4:
            found.append(_ar_suffixes(w[1:]))
    return tuple(dict.fromkeys(found))


# every start a form of a stem may have: conjunction, then article or preposition
AR_PREFIXES = tuple(
    dict.fromkeys(
        c + p
        for c in ("", *AR_CONJUNCTIONS)
        for p in ("", *AR_ARTICLES, *AR_PREPOSITIONS)
        if not (c and p.startswith(AR_CONJUNCTIONS))
    )
)


def arabic_starts(word: str) -> list[str]:
    """The starts the index's terms are read by for the other forms of ``word``."""
    return [p + s for s in arabic_stems(word) if len(s) >= 2 for p in AR_PREFIXES]


# ------------------------------------------------------------------ the same word


def same_word(language: str, word: str, term: str) -> bool:
    """Is ``term`` a form of ``word`` in ``language`` (both as the index holds them)?"""
    if language == "ar":
        return not set(arabic_stems(word)).isdisjoint(arabic_stems(term))
    if stem(language, word) != stem(language, term):
        return False
    return language != "en" or english_light(word) == english_light(term)
