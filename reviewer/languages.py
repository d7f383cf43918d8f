"""Which of the six UN languages a text is written in.

The UN publishes every report in Arabic, Chinese, English, French, Russian and
Spanish, and OHCHR takes stakeholder submissions in all six.  What depends on the
language (the words a search stems, the citations' wording, a recommendation's text
kept per language) asks ``detect``.

By script first: Han characters (Chinese), Arabic letters, Cyrillic letters; among
the Latin-script languages by their commonest short words, each language's own (words
two of them share, such as "en", "la" or "que", count for neither).  A text too short
or too mixed to tell gives None: the caller keeps its default (the document's
language, or no stemming).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

LANGUAGES = ("en", "fr", "es", "zh", "ar", "ru")  # the UN's six, in ISO 639-1

# each language's commonest words that neither of the two others writes
_WORDS = {
    "en": "the of and to is that for with on by as are be which its this from have has "
    "was were will been their or an it not should shall",
    "fr": "le les des du et est une dans pour qui sur au aux par pas ne ce cette ses "
    "été sont leur leurs avec il elle ont doit être également",
    "es": "el los las del y es una por con para su sus al lo como más fue ha han ser "
    "está están debe sobre entre también",
}
_OWN = {lang: frozenset(words.split()) for lang, words in _WORDS.items()}
_LATIN_WORD = re.compile(r"[a-zà-öø-ÿ]+")
# Spelling only one of the three writes, each a vote like an own word: Spanish "ñ",
# the acute accent on a, i, o, u ("cooperación", "climático") and "-ciones"; French
# "ç", "œ", "è", "ê", "-eaux".  A short Spanish sentence may hold no own word but
# "Sur-Sur" (French "sur"): "La cooperación Sur-Sur en materia de cambio climático".
_SPELLING = {
    "es": re.compile(r"[ñáíóú]|ciones\b"),
    "fr": re.compile(r"[çœèê]|eaux\b"),
}

_MIN_WORDS = 2  # own words needed before a Latin-script text is told
_MIN_SHARE = 0.3  # of a text's letters, the share a script needs to decide


def _script_counts(text: str) -> tuple[int, int, int, int]:
    han = arabic = cyrillic = latin = 0
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            if ch.isalpha():
                latin += 1
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
            han += 1
        elif 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
            arabic += 1
        elif 0x0400 <= o <= 0x04FF:
            cyrillic += 1
        elif ch.isalpha() and o <= 0x024F:
            latin += 1
    return han, arabic, cyrillic, latin


def detect(text: str) -> str | None:
    """The UN language ``text`` is written in ("en", "fr", "es", "zh", "ar", "ru"),
    or None when it cannot be told."""
    han, arabic, cyrillic, latin = _script_counts(text)
    letters = han + arabic + cyrillic + latin
    if not letters:
        return None
    # a Han character counts as three letters (a Chinese word is one or two of them)
    weighted = {"zh": han * 3, "ar": arabic, "ru": cyrillic, "latin": latin}
    script = max(weighted, key=lambda k: weighted[k])
    if weighted[script] < _MIN_SHARE * sum(weighted.values()):
        return None
    if script != "latin":
        return script
    lowered = text.lower()
    counts = Counter(
        lang for word in _LATIN_WORD.findall(lowered) for lang, own in _OWN.items() if word in own
    )
    for lang, spelling in _SPELLING.items():
        counts[lang] += len(spelling.findall(lowered))
    counts = +counts  # drop languages with no vote
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2) + [("", 0)]
    runner_up = rest[0][1]
    if n < _MIN_WORDS or n < 2 * runner_up:
        return None
    return best


def detect_many(texts: Iterable[str], sample: int = 40) -> str | None:
    """The language of a document from its paragraphs: each of the first ``sample``
    paragraphs that can be told votes; the majority, if there is one."""
    votes = Counter(
        lang for lang in (detect(t) for _, t in zip(range(sample), texts, strict=False)) if lang
    )
    if not votes:
        return None
    (best, n), *rest = votes.most_common(2) + [("", 0)]
    return best if n > rest[0][1] else None
