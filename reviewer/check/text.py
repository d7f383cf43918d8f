"""Small text helpers of the rules: words as Word counts them, sentences, stable keys."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from reviewer.words import Listing

# Chinese, Japanese and Korean characters: Word counts each as a word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_ALNUM = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile(r"(?<=[.!?;])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_SPACES = re.compile(r"\s+")


def word_count(text: str) -> int:
    """Words as a word processor counts them: runs between spaces that hold a letter
    or digit ("A/HRC/40/6," is one), and each CJK character."""
    n = 0
    for token in text.split():
        cjk = len(_CJK.findall(token))
        if cjk:
            n += cjk + (1 if _ALNUM.search(_CJK.sub("", token)) else 0)
        elif _ALNUM.search(token):
            n += 1
    return n


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def sentence_at(text: str, at: int | None) -> str:
    """The sentence holding offset ``at``; a footnote marker just after a full stop
    belongs to the sentence it ends."""
    if at is None:
        return text
    for start, end in sentence_spans(text):
        if start <= at <= end:
            return text[start:end]
    return text


def normalise(text: str) -> str:
    """Whitespace folded, NFC: what two copies of one paragraph share."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def short_hash(text: str) -> str:
    """Eight hex digits naming a text (case and spacing ignored), for finding keys."""
    return hashlib.sha1(normalise(text).casefold().encode("utf-8")).hexdigest()[:8]


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def listing(items: list[str], limit: int) -> Listing:
    """'a, b, c and 4 more' (a ``Listing``: in English as a text, in a report's
    language when it is written)."""
    return Listing(tuple(items), limit)
