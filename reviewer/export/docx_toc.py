"""The contents page, written out in full: a TOC field whose cached result already
lists the headings, each a link to its bookmark with a PAGEREF page number.

Word shows a field's cached result until the field is updated, and LibreOffice
imports it as its own index with that content, so the contents page reads right the
moment the brief is opened, in either, and in a PDF made from it.  The page numbers
come from the layout model (``docx_layout``); LibreOffice recomputes PAGEREF fields
as it lays the pages out, and Word's "Update Field" rebuilds the whole table from
the headings as usual (the field's instruction is Word's own).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from reviewer.export.docx_fields import clean

TOC_STYLES = ("TOC1", "TOC2")  # Word's built-in "toc 1", "toc 2"
NO_HEADINGS = "This brief has no headings to list."


def _fld(kind: str) -> BaseOxmlElement:
    r = OxmlElement("w:r")
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    r.append(el)
    return r


def _instr(text: str) -> BaseOxmlElement:
    r = OxmlElement("w:r")
    el = OxmlElement("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = f" {text} "
    r.append(el)
    return r


def _text_run(text: str, tab: bool = False) -> BaseOxmlElement:
    r = OxmlElement("w:r")
    if tab:
        r.append(OxmlElement("w:tab"))
    else:
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
    return r


def add_toc_styles(doc, text_width_cm: float) -> None:
    """ "toc 1" and "toc 2": a dotted leader to the page number at the right margin."""
    for level, style_id in enumerate(TOC_STYLES, start=1):
        st = doc.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        st.element.set(qn("w:styleId"), style_id)
        st.base_style = doc.styles["Normal"]
        st.font.size = Pt(10.5 if level == 1 else 10)
        st.font.bold = level == 1 or None
        pf = st.paragraph_format
        pf.space_before = Pt(4 if level == 1 else 0)
        pf.space_after = Pt(1)
        pf.left_indent = Cm(0.6 * (level - 1))
        pf.right_indent = Cm(0.8)  # long titles wrap before the page numbers
        pf.tab_stops.add_tab_stop(Cm(text_width_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


@dataclass
class Contents:
    """Headings as they are written, then the table of them with their pages."""

    levels: int = 2
    entries: list[tuple[int, str, str]] = field(default_factory=list)  # level, text, mark
    _next_id: int = 1
    _numbers: list[tuple[str, Any]] = field(default_factory=list)  # mark, its w:t

    def bookmark(self, paragraph: Paragraph, name: str | None = None) -> str:
        """Wrap the paragraph's text in a (hidden, "_") bookmark; its name."""
        bid = self._next_id
        self._next_id += 1
        name = name or f"_Toc{bid:08d}"
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(bid))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(bid))
        p = paragraph._p
        ppr = p.find(qn("w:pPr"))
        if ppr is not None:
            ppr.addnext(start)
        else:
            p.insert(0, start)
        p.append(end)
        return name

    def heading(self, paragraph: Paragraph, level: int, text: str) -> None:
        if level <= self.levels:
            self.entries.append((level, clean(text), self.bookmark(paragraph)))

    def write(self, after: Paragraph) -> None:
        """The TOC field, with one paragraph per heading, after ``after``."""
        instruction = f'TOC \\o "1-{self.levels}" \\h \\z \\u'
        anchor = after._p
        if not self.entries:
            p = OxmlElement("w:p")
            for el in (_fld("begin"), _instr(instruction), _fld("separate")):
                p.append(el)
            p.append(_text_run(NO_HEADINGS))
            p.append(_fld("end"))
            anchor.addnext(p)
            return
        for i, (level, text, mark) in enumerate(self.entries):
            p = OxmlElement("w:p")
            ppr = OxmlElement("w:pPr")
            style = OxmlElement("w:pStyle")
            style.set(qn("w:val"), TOC_STYLES[min(level, len(TOC_STYLES)) - 1])
            ppr.append(style)
            p.append(ppr)
            if i == 0:
                for el in (_fld("begin"), _instr(instruction), _fld("separate")):
                    p.append(el)
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), mark)
            link.set(qn("w:history"), "1")
            link.append(_text_run(text))
            link.append(_text_run("", tab=True))
            link.append(_fld("begin"))
            link.append(_instr(f"PAGEREF {mark} \\h"))
            link.append(_fld("separate"))
            number = _text_run("1")
            link.append(number)
            link.append(_fld("end"))
            p.append(link)
            self._numbers.append((mark, number.find(qn("w:t"))))
            if i == len(self.entries) - 1:
                p.append(_fld("end"))
            anchor.addnext(p)
            anchor = p

    def set_pages(self, pages: dict[str, int]) -> None:
        """The page of each heading (the layout's), as the entries' cached numbers."""
        for mark, t in self._numbers:
            if mark in pages:
                t.text = str(pages[mark])


def hyperlink_to(paragraph: Paragraph, mark: str, text: str) -> Run:
    """A link inside the brief to a bookmark, at the end of ``paragraph``; its run."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), mark)
    link.set(qn("w:history"), "1")
    r = _text_run(clean(text))
    link.append(r)
    paragraph._p.append(link)
    return Run(r, paragraph)


__all__ = ["Contents", "NO_HEADINGS", "TOC_STYLES", "add_toc_styles", "hyperlink_to"]
