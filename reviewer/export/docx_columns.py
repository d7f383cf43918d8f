"""Column widths that never break a word: each column at least as wide as its longest
word, set in the table's own font size, plus the cell's margins.

A table is drawn at the width of the text (fixed layout, so Word and LibreOffice keep
the widths given).  Each column starts from its preferred share; a column whose
longest word does not fit takes room from the columns that can spare it, the
widest text column first.  Only a table whose words together cannot fit at all (a
very long web address) is left to wrap inside a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from reviewer.export.docx_metrics import text_width_pt

PT_PER_CM = 72 / 2.54
CELL_MARGINS_PT = 2 * 108 / 20  # Word's default 0.19 cm left and right
SAFETY_PT = 2.0  # rounding to twips, kerning and a bold fallback font
TABLE_TEXT_PT = 9.0  # "Brief Table Text"

# a line may break after a space, a hyphen or a dash; a "word" is what lies between (a
# slash is taken as part of the word: "A/HRC/40/6" is best kept whole)
_WORDS = re.compile(r"[^\s\-\u2010-\u2014]*[\-\u2010-\u2014]?")


@lru_cache(maxsize=8192)  # a recommendation's text comes back in every table citing it
def longest_word_pt(text: str, size_pt: float, bold: bool = False) -> float:
    """The width of the widest unbreakable piece of ``text``, in points."""
    widest = 0.0
    for word in _WORDS.findall(text):
        if word:
            widest = max(widest, text_width_pt(word, size_pt, bold))
    return widest


def minimum_cm(pieces: Iterable[tuple[str, float, bool]]) -> float:
    """The narrowest a column may be for its cells' (text, size, bold) pieces."""
    widest = max((longest_word_pt(t, s, b) for t, s, b in pieces), default=0.0)
    return (widest + CELL_MARGINS_PT + SAFETY_PT) / PT_PER_CM


def fit(preferred: Sequence[float], minimum: Sequence[float], total: float) -> list[float]:
    """Widths (cm) that add up to ``total``, each at least its minimum when they can.

    ``preferred`` is scaled to ``total`` first; a column under its minimum grows, and
    the room comes from the others in proportion to what they have above theirs.
    """
    scale = total / sum(preferred)
    widths = [p * scale for p in preferred]
    need = sum(max(m - w, 0.0) for w, m in zip(widths, minimum, strict=True))
    if need <= 1e-9:
        return widths
    spare = [max(w - m, 0.0) for w, m in zip(widths, minimum, strict=True)]
    if sum(spare) + 1e-9 < need:  # the words cannot all fit: share by minimum
        floor = sum(minimum)
        return [m * total / floor for m in minimum]
    take = need / sum(spare)
    return [
        max(w, m) if w < m else w - s * take for w, m, s in zip(widths, minimum, spare, strict=True)
    ]


def fits(minimum: Sequence[float], total: float) -> bool:
    return sum(minimum) <= total + 1e-9


def column_minimums(header: list[str], rows: list) -> list[float]:
    """Each column's narrowest width (cm): its longest word in the header (bold) or in
    any cell, at the size each piece of text is set in."""
    out = []
    for col, name in enumerate(header):
        pieces = [(name, TABLE_TEXT_PT, True)]
        for row in rows:
            pieces.extend(
                (span.text, span.size_pt or TABLE_TEXT_PT, span.bold) for span in row[col]
            )
        out.append(minimum_cm(pieces))
    return out


__all__ = ["column_minimums", "fit", "fits", "longest_word_pt", "minimum_cm", "TABLE_TEXT_PT"]
