"""Words to terms: what the suggestion ranking compares.

A term is a lower-cased word, stemmed with the Snowball stemmer (the stemmer of
Lucene, Xapian and Sphinx; pure Python, no data to fetch) and cut to its first
``PREFIX`` letters, so that "ratify" and "ratification", "discrimination" and
"discriminatory" meet.  Function words and the boilerplate every recommendation
shares ("continue", "efforts", "ensure", "measures") are dropped: they say nothing
about which recommendation a paragraph speaks to.

The recommending States at the end of a recommendation ("… (India).") are not its
subject and are cut off before the text is indexed (``subject``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reviewer.storage.fts_stems import stem as snowball

PREFIX = 7  # letters a stem keeps: "discrimin" and "discriminatori" → "discrim"

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)

# English function words, and the UPR's own boilerplate.  Kept short on purpose:
# anything frequent that is not here is damped by its inverse document frequency.
STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on once
    only or other others our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t may might must shall upon within without
    whose whether via per etc e g ie i.e among amongst already yet still well even
    continue continues continued continuing further furthermore efforts effort ensure
    ensuring ensures take taking taken measures measure necessary including include
    includes included particular particularly relevant appropriate step steps recommend
    recommends recommended recommendation recommendations suggestion suggestions
    accordance regard regards view line lines order undertake strengthen strengthening
    consider considering possibility adopt adopting adopted implement implementing
    implementation promote promoting promotion country countries state states government
    governments level levels area areas field fields inter alia
    """.split()
)


@lru_cache(maxsize=65536)
def term(word: str) -> str:
    """The term one (lower-cased) word counts as."""
    stem = snowball("en", word)  # Snowball's English, imported when first needed
    if len(stem) > 4 and stem.endswith("i"):  # "ratifi" (ratify) meets "ratif" (ratification)
        stem = stem[:-1]
    return stem[:PREFIX]


def words(text: str) -> list[str]:
    """The content words of ``text``, lower-cased, in order (stop words out)."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group().lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) < 2 or w in STOP_WORDS:
            continue
        out.append(w)
    return out


def terms(text: str) -> list[str]:
    """The terms of ``text``, in order."""
    return list(_terms(text))


@lru_cache(maxsize=4096)
def _terms(text: str) -> tuple[str, ...]:
    # a paragraph is read as itself, as its neighbours' context and for the
    # document's boilerplate: once is enough
    return tuple(term(w) for w in words(text))


_FUNCTION_WORDS = frozenset(
    """a an and are as at be by for from has have in is it its of on or that the this
    to was were will with""".split()
)


def plain_terms(text: str) -> list[str]:
    """The words of ``text`` as they are (lower-cased, a few function words out): the
    plain BM25 the bench compares with."""
    return [w for m in _WORD.finditer(text) if (w := m.group().lower()) not in _FUNCTION_WORDS]


@lru_cache(maxsize=1024)
def _surface(text: str) -> tuple[tuple[str, str], ...]:
    out: dict[str, str] = {}
    for w in words(text):
        out.setdefault(term(w), w)
    return tuple(out.items())


def surface(text: str) -> dict[str, str]:
    """Each term of ``text`` → the word it stands for there (the first seen), to show
    a reader which words matched."""
    return dict(_surface(text))


# "(India)", "(Brunei Darussalam)", "(Algeria, Egypt)", "(Thailand)" at the end; also
# the first cycle's "(Algeria)/sign and ratify (Egypt)" inside a text.
_STATES_AT_END = re.compile(r"\s*\((?:[^()]{2,200})\)\s*[.;]?\s*$")


def subject(text: str) -> str:
    """A recommendation's text without the recommending States in brackets at its end."""
    text = text.strip()
    while True:
        cut = _STATES_AT_END.sub("", text)
        if cut == text:
            return text
        text = cut
