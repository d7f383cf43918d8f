"""Word-level differences between two texts, and finding a noted span again.

A difference is a list of ``(op, text)`` runs, ``op`` one of "equal", "delete",
"insert": the "equal" and "delete" runs joined give the old text exactly, the "equal"
and "insert" runs the new one, so a window can show either with the changes marked.
Texts are cut into words, runs of spaces and single punctuation marks, compared with
difflib, and the changed runs gathered so that a sentence rewritten reads as one
deletion and one insertion, not a comb of single words.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

EQUAL, DELETE, INSERT = "equal", "delete", "insert"

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_WORDS = re.compile(r"\S+")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """The runs turning ``old`` into ``new`` (see the module's docstring)."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    pieces: list[tuple[str, str, str]] = []  # (op, old text, new text)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        pieces.append((EQUAL if tag == "equal" else "change", "".join(a[i1:i2]), "".join(b[j1:j2])))
    # a lone space (or a word of one or two letters) kept between two changes reads
    # better as part of them
    for k in range(1, len(pieces) - 1):
        kind, x, _ = pieces[k]
        if kind == EQUAL and pieces[k - 1][0] != EQUAL and pieces[k + 1][0] != EQUAL:
            if not x.strip() or len(x.strip()) <= 2:
                pieces[k] = ("change", x, x)
    out: list[tuple[str, str]] = []
    dels: list[str] = []
    ins: list[str] = []

    def flush() -> None:
        if dels and "".join(dels):
            out.append((DELETE, "".join(dels)))
        if ins and "".join(ins):
            out.append((INSERT, "".join(ins)))
        dels.clear()
        ins.clear()

    for kind, x, y in pieces:
        if kind == EQUAL:
            flush()
            if out and out[-1][0] == EQUAL:
                out[-1] = (EQUAL, out[-1][1] + x)
            else:
                out.append((EQUAL, x))
        else:
            dels.append(x)
            ins.append(y)
    flush()
    return out


def trim_ends(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The difference of one part of a split paragraph: the old text that went to the
    other parts (deleted runs at either end) left out."""
    start, end = 0, len(runs)
    while start < end and runs[start][0] == DELETE:
        start += 1
    while end > start and runs[end - 1][0] == DELETE:
        end -= 1
    return runs[start:end]


def anchor_span(old_text: str, start: int, end: int, new_text: str) -> tuple[int, int] | None:
    """Where the words ``old_text[start:end]`` stand in ``new_text``, or None when they are
    no longer there.  Found as they were, else with any spacing between the words; of
    several places, the one nearest to where they stood (in proportion to the length)."""
    noted = old_text[start:end]
    if not noted.strip():
        return None
    spans = []
    at = new_text.find(noted)
    while at >= 0:
        spans.append((at, at + len(noted)))
        at = new_text.find(noted, at + 1)
    if not spans:
        pattern = r"\s+".join(re.escape(w) for w in _WORDS.findall(noted))
        spans = [(m.start(), m.end()) for m in re.finditer(pattern, new_text)]
    if not spans:
        return None
    expected = start * len(new_text) / max(len(old_text), 1)
    return min(spans, key=lambda s: (abs(s[0] - expected), s[0]))
