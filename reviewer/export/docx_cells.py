"""Small helpers of the brief's Word layout: table cells, widths, note spans, words."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from reviewer.export.brief_names import position_word as position_word
from reviewer.export.docx_blocks import is_rtl
from reviewer.export.docx_fields import add_text, clean, insert_ordered
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


def mark_right_to_left(doc) -> int:
    """Make every paragraph of ``doc`` whose text reads right to left (``is_rtl``) a
    right-to-left paragraph (``w:bidi``, its runs ``w:rtl``): those python-docx wrote
    (a title, the cover's table, the footer) in a document written in Arabic.  Those
    written as text (``docx_blocks``) are already; returns how many were changed."""
    changed = 0
    parts = [doc.element.body] + [s.footer._element for s in doc.sections]
    for part in parts:
        for p in part.iter(qn("w:p")):
            ppr = p.find(qn("w:pPr"))
            if ppr is not None and ppr.find(qn("w:bidi")) is not None:
                continue
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            if not is_rtl(text):
                continue
            insert_ordered(p.get_or_add_pPr(), OxmlElement("w:bidi"))
            for r in p.iter(qn("w:r")):
                r.get_or_add_rPr().append(OxmlElement("w:rtl"))
            changed += 1
    return changed


def initials(name: str) -> str:
    parts = [w for w in re.split(r"[\s._-]+", name) if w]
    return "".join(w[0] for w in parts[:3]).upper() or "R"
