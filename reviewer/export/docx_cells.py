"""Small helpers of the brief's Word layout: table cells, widths, note spans, words."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from docx.shared import Cm

from reviewer.export.brief_names import position_word as position_word
from reviewer.export.docx_fields import add_text, clean
from reviewer.export.docx_style import GREY
from reviewer.vocabulary import LinkOrigin, LinkStatus
from reviewer.words import Words

GREY_HEX = str(GREY)
TABLE_TEXT_STYLE_ID = "BriefTableText"  # docx_style adds "Brief Table Text"


def _cell_text(cell, text: str, bold: bool = False, colour=None):
    para = cell.paragraphs[0]
    para._p.style = TABLE_TEXT_STYLE_ID
    run = add_text(para, clean(text))
    if bold:
        run.bold = True
    if colour is not None:
        run.font.color.rgb = colour
    return para


def _widths(table, cm: list[float] | tuple[float, ...]) -> None:
    table.autofit = False
    for col, w in zip(table.columns, cm, strict=True):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cm, strict=True):
            cell.width = Cm(w)


def _span(note, text: str) -> tuple[int, int] | None:
    """The note's character span of ``text``, when it has one that fits."""
    s, e = note.span_start, note.span_end
    if s is not None and e is not None and 0 <= s < e <= len(text):
        return s, e
    return None


def _utc(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


def _plural(n: int, word: str) -> str:
    if n == 1:
        return f"1 {word}"
    plural = word[:-1] + "ies" if word.endswith("y") else word + "s"
    return f"{n} {plural}"


def link_note(lk, w: Words | None = None) -> str:
    """How a link came to be, when a reader should know: "accepted suggestion"."""
    w = w or Words()
    if lk.status == LinkStatus.SUGGESTED:
        return w("link.suggested")
    if lk.origin == LinkOrigin.SUGGESTION:
        return w("link.accepted")
    if lk.origin == LinkOrigin.INFERRED:
        return w("link.inferred")
    return ""


def initials(name: str) -> str:
    parts = [w for w in re.split(r"[\s._-]+", name) if w]
    return "".join(w[0] for w in parts[:3]).upper() or "R"
