"""A table of contents folded into one block.

UN reports open with a contents page whose entries ("I. Introduction ........ 1–5 3")
would otherwise become labelled body paragraphs, repeating every section label of
the report.  A run of at least three entries with dot leaders, together with the
short lines between them ("Annexes") and the column heads over them ("Paragraphs
Page"), becomes one unlabelled body paragraph, an entry a line, leaders left out.
"""

from __future__ import annotations

import re

from reviewer.ingest.model import MarkerRef
from reviewer.ingest.pdf_paragraphs import Para
from reviewer.vocabulary import ParagraphKind

_LEADER_RE = re.compile(r"(?:\.[ \u00a0]?){4,}|(?:\u2026[ \u00a0]?){2,}|(?:_[ \u00a0]?){6,}")
_LEADER_END_RE = re.compile(
    r"(?:(?:\.[ \u00a0]?){4,}|(?:\u2026[ \u00a0]?){2,}|(?:_[ \u00a0]?){6,})$"
)
# what may follow the leader: paragraph and page numbers, "1–5 3", "iv", "12-14"
_NUMBER_RE = re.compile(r"[\d\u2013\u2014,()-]+|[ivxlc]{1,6}|[IVXLC]{1,6}")
_COLUMN_HEAD_RE = re.compile(r"(?:paragraphs?|paras?\.?|pages?|page\(s\))(?:\s+pages?)?", re.I)
_LEADER_HINTS = ("....", ". . . .", "\u2026\u2026", "______")
_MIN_ENTRIES = 3
_MAX_GAP = 2  # short lines in a row that may stand between two entries


def is_entry(text: str) -> bool:
    """Does ``text`` read as a contents entry: words, a dot leader, numbers?"""
    words = text.split()
    while words and _NUMBER_RE.fullmatch(words[-1]):
        words.pop()  # the page and paragraph numbers
    if not words:
        return False
    tail = " ".join(words[-12:])
    m = _LEADER_END_RE.search(tail)
    return m is not None and m.start() > 0


def _entry_line(para: Para, text: str) -> str:
    label = para.label
    prefix = ""
    if label:
        prefix = f"{label}. " if para.label_kind in ("head", "num") else f"{label} "
    return prefix + " ".join(_LEADER_RE.sub(" ", text).split())


def _short(para: Para, text: str) -> bool:
    return len(text) <= 160 and len(para.rows) <= 2


def fold_contents(
    paras: list[Para],
    texts: list[str],
    refs: list[tuple[MarkerRef, ...]],
    kinds: list[ParagraphKind],
) -> None:
    """Replace each run of contents entries by one paragraph, in place."""
    if not any(hint in t for t in texts for hint in _LEADER_HINTS):
        return  # the common case: no leaders at all
    entries = [any(h in t for h in _LEADER_HINTS) and is_entry(t) for t in texts]
    i = 0
    while i < len(texts):
        if not entries[i]:
            i += 1
            continue
        start, end, count = i, i, 1
        k = i + 1
        while k < len(texts):
            if entries[k]:
                end, count = k, count + 1
                k += 1
                continue
            ahead = [j for j in range(k, min(k + _MAX_GAP + 1, len(texts))) if entries[j]]
            if ahead and all(_short(paras[j], texts[j]) for j in range(k, ahead[0])):
                k = ahead[0]
                continue
            break
        while start > 0 and _COLUMN_HEAD_RE.fullmatch(texts[start - 1].strip()):
            start -= 1  # "Paragraphs Page" over the entries
        if count < _MIN_ENTRIES:
            i = end + 1
            continue
        lines = [
            _entry_line(paras[j], texts[j])
            for j in range(start, end + 1)
            if not _COLUMN_HEAD_RE.fullmatch(texts[j].strip())
        ]
        block = Para(rows=[r for j in range(start, end + 1) for r in paras[j].rows])
        block.lead_text = block.first.text
        paras[start : end + 1] = [block]
        texts[start : end + 1] = ["\n".join(lines)]
        refs[start : end + 1] = [()]
        kinds[start : end + 1] = [ParagraphKind.BODY]
        entries[start : end + 1] = [False]
        i = start + 1
