"""Small helpers of the brief's Word layout: table cells, widths, note spans, words."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from reviewer.export.brief_names import position_word as position_word
from reviewer.export.docx_blocks import has_rtl, is_rtl, starts_rtl
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


# the program's own structure: headings, contents, labels, whatever their text (a
# heading "A/HRC/40/6" of an Arabic brief stands at the right like the others)
STRUCTURE_STYLES = frozenset(
    ("Title", "Subtitle", "Heading1", "Heading2", "Heading3", "TOCHeading", "TOC1", "TOC2")
    + ("TOC3", "BriefSubtitle", "BriefMeta", "BriefLabel", "BriefRefer")
)


def _style(p) -> str | None:
    ps = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return None if ps is None else ps.get(qn("w:val"))


def mark_right_to_left(doc, ours: bool = False) -> int:
    """Lay out ``doc``, written in Arabic, right to left: every paragraph whose text
    reads right to left (``is_rtl``) or begins with an Arabic word (the program's own
    sentences, naming an English title) a right-to-left paragraph (``w:bidi``, its runs
    ``w:rtl``): those python-docx wrote (a title, the cover's table, the footer); those
    written as text (``docx_blocks``) are already; any other run with Arabic letters
    (a name in an English sentence) marked ``w:rtl``.  Every table mirrored (``w:bidiVisual``:
    its first column on the right) and every section right to left (``w:bidi``).
    ``ours``: every paragraph is the program's own sentence (``rtl_paragraph``).
    Headings, the contents and the brief's labels (``STRUCTURE_STYLES``) right to left
    whatever their text.
    Returns how many paragraphs were changed."""
    changed = 0
    parts = [doc.element.body] + [s.footer._element for s in doc.sections]
    for part in parts:
        for p in part.iter(qn("w:p")):
            changed += rtl_paragraph(p, ours, always=_style(p) in STRUCTURE_STYLES)
        for r in part.iter(qn("w:r")):
            rtl_run(r)
    for tbl in doc.element.body.iter(qn("w:tbl")):
        tpr = tbl.find(qn("w:tblPr"))
        if tpr is not None and tpr.find(qn("w:bidiVisual")) is None:
            insert_ordered(tpr, OxmlElement("w:bidiVisual"))
    for sect in doc.element.body.iter(qn("w:sectPr")):
        if sect.find(qn("w:bidi")) is None:
            sect.insert_element_before(
                OxmlElement("w:bidi"), "w:rtlGutter", "w:docGrid", "w:printerSettings",
                "w:sectPrChange",
            )  # fmt: skip
    return changed


def rtl_run(r) -> None:
    """Mark the run element ``r`` right to left (``w:rtl``) when it has Arabic letters."""
    rpr = r.find(qn("w:rPr"))
    if rpr is not None and rpr.find(qn("w:rtl")) is not None:
        return
    if has_rtl("".join(t.text or "" for t in r.iter(qn("w:t")))):
        r.get_or_add_rPr().get_or_add_rtl()  # in the schema's order (before w:lang)


def rtl_paragraph(p, ours: bool = False, always: bool = False) -> int:
    """Make the paragraph element ``p`` right to left when its text reads so and it is
    not yet (1), else leave it (0).  ``ours``: a sentence the program wrote in Arabic
    (a comment), right to left when it has an Arabic word anywhere (after a theme's
    English name); ``always``: a heading or label of the program's, whatever its text."""
    ppr = p.find(qn("w:pPr"))
    if ppr is not None and ppr.find(qn("w:bidi")) is not None:
        return 0
    text = "".join(t.text or "" for t in p.iter(qn("w:t")))
    if not (always or is_rtl(text) or starts_rtl(text) or (ours and has_rtl(text))):
        return 0
    insert_ordered(p.get_or_add_pPr(), OxmlElement("w:bidi"))
    for r in p.iter(qn("w:r")):
        r.get_or_add_rPr().get_or_add_rtl()  # in the schema's order (before w:lang)
    return 1


def initials(name: str) -> str:
    parts = [w for w in re.split(r"[\s._-]+", name) if w]
    return "".join(w[0] for w in parts[:3]).upper() or "R"
