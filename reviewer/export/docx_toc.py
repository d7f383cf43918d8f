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
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from reviewer.export.docx_fields import clean
from reviewer.export.docx_xml import (
    BOOKMARK_END,
    BOOKMARK_START,
    FLD_CHAR,
    HYPERLINK,
    ID,
    INSTR_TEXT,
    NAME,
    PPR,
    PSTYLE,
    VAL,
    XML_SPACE,
    P,
    R,
    SubElement,
    T,
    W,
)

TOC_STYLES = ("TOC1", "TOC2")  # Word's built-in "toc 1", "toc 2"
NO_HEADINGS = "This brief has no headings to list."
_FLD_CHAR_TYPE, _TAB, _ANCHOR, _HISTORY = W + "fldCharType", W + "tab", W + "anchor", W + "history"


def _fld(parent, kind: str) -> None:
    r = SubElement(parent, R)
    SubElement(r, FLD_CHAR, {_FLD_CHAR_TYPE: kind})


def _instr(parent, text: str) -> None:
    r = SubElement(parent, R)
    SubElement(r, INSTR_TEXT, {XML_SPACE: "preserve"}).text = f" {text} "


def _text_run(parent, text: str, tab: bool = False):
    """A run under ``parent``: ``text`` (its spaces kept), or a tab."""
    r = SubElement(parent, R)
    if tab:
        SubElement(r, _TAB)
    else:
        SubElement(r, T, {XML_SPACE: "preserve"}).text = text
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
    empty: str = NO_HEADINGS  # what the contents say of a brief without headings
    entries: list[tuple[int, str, str]] = field(default_factory=list)  # level, text, mark
    _next_id: int = 1
    _numbers: list[tuple[str, Any]] = field(default_factory=list)  # mark, its w:t

    def bookmark(self, paragraph: Paragraph, name: str | None = None) -> str:
        """Wrap the paragraph's text in a (hidden, "_") bookmark; its name."""
        bid, name = self.new_mark(name)
        p = paragraph._p
        start = p.makeelement(BOOKMARK_START, {ID: str(bid), NAME: name})
        ppr = p.find(PPR)
        if ppr is not None:
            ppr.addnext(start)
        else:
            p.insert(0, start)
        SubElement(p, BOOKMARK_END, {ID: str(bid)})
        return name

    def new_mark(self, name: str | None = None) -> tuple[int, str]:
        """A bookmark's id and name (hidden, "_"), for a paragraph written as text
        (``docx_blocks.paragraph``)."""
        bid = self._next_id
        self._next_id += 1
        return bid, name or f"_Toc{bid:08d}"

    def entry(self, level: int, text: str) -> tuple[int, str] | None:
        """``heading`` for a paragraph written as text: the bookmark to put on it when
        the contents list it."""
        if level > self.levels:
            return None
        mark = self.new_mark()
        self.entries.append((level, clean(text), mark[1]))
        return mark

    def write(self, after: Paragraph) -> None:
        """The TOC field, with one paragraph per heading, after ``after``."""
        instruction = f'TOC \\o "1-{self.levels}" \\h \\z \\u'
        anchor = after._p
        if not self.entries:
            p = anchor.makeelement(P, {})
            _fld(p, "begin")
            _instr(p, instruction)
            _fld(p, "separate")
            _text_run(p, self.empty)
            _fld(p, "end")
            anchor.addnext(p)
            return
        for i, (level, text, mark) in enumerate(self.entries):
            p = anchor.makeelement(P, {})
            style = TOC_STYLES[min(level, len(TOC_STYLES)) - 1]
            SubElement(SubElement(p, PPR), PSTYLE, {VAL: style})
            if i == 0:
                _fld(p, "begin")
                _instr(p, instruction)
                _fld(p, "separate")
            link = SubElement(p, HYPERLINK, {_ANCHOR: mark, _HISTORY: "1"})
            _text_run(link, text)
            _text_run(link, "", tab=True)
            _fld(link, "begin")
            _instr(link, f"PAGEREF {mark} \\h")
            _fld(link, "separate")
            number = _text_run(link, "1")
            _fld(link, "end")
            self._numbers.append((mark, number[0]))
            if i == len(self.entries) - 1:
                _fld(p, "end")
            anchor.addnext(p)
            anchor = p

    def set_pages(self, pages: dict[str, int]) -> None:
        """The page of each heading (the layout's), as the entries' cached numbers."""
        for mark, t in self._numbers:
            if mark in pages:
                t.text = str(pages[mark])


def hyperlink_to(paragraph: Paragraph, mark: str, text: str) -> Run:
    """A link inside the brief to a bookmark, at the end of ``paragraph``; its run."""
    link = SubElement(paragraph._p, HYPERLINK, {_ANCHOR: mark, _HISTORY: "1"})
    return Run(_text_run(link, clean(text)), paragraph)


__all__ = ["Contents", "NO_HEADINGS", "TOC_STYLES", "add_toc_styles", "hyperlink_to"]
