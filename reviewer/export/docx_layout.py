"""How many pages a brief takes, and where each heading falls: a model of the layout.

Word and LibreOffice lay a document out only when it is opened, so a brief cannot
ask them how long it is.  This walks the brief's own WordprocessingML the way they
set it: the styles' font sizes, line spacing and spacing before and after; lines
broken word by word with Calibri's widths (``docx_metrics``) at the width a
paragraph or table cell gives; table rows kept whole with the header row repeated;
headings kept with what follows; page breaks.  It answers with a page count (the
export dialog's estimate) and the page of each bookmarked heading (the contents
page's numbers, until Word recomputes them).

It is a model: measured against LibreOffice's own count for briefs of different
sizes, it lands within a few per cent (see ``tests/core/test_brief_layout.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from reviewer.export.docx_lines import Lines
from reviewer.export.docx_props import (
    TWIPS,
    ParaProps,
    Styles,
    child_on,
    child_val,
    merge_ppr,
    merge_rpr,
    qn,
)

LINE_HEIGHT = 1.2207  # Calibri: a single line is 1.22 em (its ascent plus descent)
DEFAULT_CELL_MARGIN = 108 / TWIPS  # Word's 0.19 cm left and right in a table cell
ROW_BORDER = 1.0  # a row's border line, in points (the brief's table style)
HEADER_BORDER = 2.25  # the style's heavier line under the header row
TAB_PT = 36.0

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _R, _T, _TAB, _BR = (_W + t for t in ("p", "tbl", "r", "t", "tab", "br"))
_HYPERLINK, _FLD, _BOOKMARK = _W + "hyperlink", _W + "fldChar", _W + "bookmarkStart"
_PPR, _RPR, _NAME, _FLD_TYPE = _W + "pPr", _W + "rPr", _W + "name", _W + "fldCharType"
_PSTYLE, _VAL = _W + "pStyle", _W + "val"


@dataclass
class Layout:
    pages: int
    headings: dict[str, int] = field(default_factory=dict)  # bookmark name → page


@dataclass
class _Block:
    heights: list[float]  # line heights, or one row height per table row
    before: float = 0.0
    after: float = 0.0
    keep_next: bool = False
    break_before: bool = False
    bookmarks: tuple[str, ...] = ()
    header: float = 0.0  # a table's repeated header row
    rows: bool = False  # a table: its rows are never split
    slack: float = 0.0  # the extra leading of a line, which may hang below the last line


def _paragraph(
    p, styles: Styles, width: float, widths: dict | None = None
) -> tuple[ParaProps, list[float], list[str]]:
    """The paragraph's properties, its line heights at ``width`` points and its
    bookmarks; ``widths`` keeps the words' widths from one paragraph to the next."""
    ppr = p.find(_PPR)
    style = None if ppr is None else ppr.find(_PSTYLE)
    style_id = None if style is None else style.get(_VAL)
    if ppr is None or (len(ppr) == 1 and style is not None):  # its style's, as they are
        pp = styles.paragraph_props(style_id)
    else:
        props = dict(styles.props(style_id))
        merge_ppr(props, ppr)
        pp = ParaProps(**props)
    widths = {} if widths is None else widths
    lines = Lines(max(width - pp.indent, 36.0))
    marks = [b.get(_NAME) for b in p.iter(_BOOKMARK)]
    in_field = False  # between a field's begin and separate: its instruction
    for r in _runs(p):
        size, bold = pp.size, pp.bold
        children = iter(r)
        for child in children:
            tag = child.tag
            if tag == _RPR:  # the run's own size and weight, first in it
                run: dict[str, Any] = {"size": size, "bold": bold}
                merge_rpr(run, child)
                size, bold = run["size"], run["bold"]
                continue
            if tag == _FLD:
                kind = child.get(_FLD_TYPE)
                in_field = kind == "begin" or (in_field and kind != "separate")
            elif in_field:
                continue
            elif tag == _T:
                lines.text(child.text or "", size, bold, widths)
            elif tag == _TAB:
                lines.add(TAB_PT, size, False)
            elif tag == _BR:
                lines.new_line()
    if pp.exact is not None:
        heights = [pp.exact] * len(lines.sizes)
    else:
        heights = [(s or pp.size) * LINE_HEIGHT * pp.line for s in lines.sizes]
    return pp, heights, [m for m in marks if m]


def _runs(p) -> Iterator:
    for child in p:
        if child.tag == _R:
            yield child
        elif child.tag == _HYPERLINK or child.tag in (_W + "smartTag", _W + "ins"):
            yield from _runs(child)


def _cell_margins(tbl) -> float:
    mar = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}")
    if mar is None:
        return 2 * DEFAULT_CELL_MARGIN
    total = 0.0
    for side in ("left", "right", "start", "end"):
        el = mar.find(qn(f"w:{side}"))
        if el is not None:
            total += int(el.get(qn("w:w"), "0")) / TWIPS
    return total or 2 * DEFAULT_CELL_MARGIN


def _table(tbl, styles: Styles, widths: dict, rows: dict | None = None) -> _Block:
    """A table's rows' heights; ``rows`` keeps each row's height by its XML and the
    column widths (the brief's tables repeat their header row, and a recommendation's
    row wherever it is cited)."""
    grid = [int(g.get(qn("w:w"))) / TWIPS for g in tbl.iter(qn("w:gridCol"))]
    margins = _cell_margins(tbl)
    heights, header = [], 0.0
    # the brief's styled tables draw a line under each row and over the first; the
    # cover's plain table none
    border = ROW_BORDER if tbl.find(f"{qn('w:tblPr')}/{qn('w:tblStyle')}") is not None else 0.0
    rows = {} if rows is None else rows
    shape = (tuple(grid), margins)
    for n, tr in enumerate(tbl.findall(qn("w:tr"))):
        key = (etree.tostring(tr), shape)
        tallest = rows.get(key)
        if tallest is None:
            tallest = rows[key] = _row(tr, grid, margins, styles, widths)
        is_header = bool(child_on(tr.find(qn("w:trPr")), "w:tblHeader"))
        height = tallest + (HEADER_BORDER if is_header and border else border)
        if is_header:
            header += height
        heights.append(height + (border if n == 0 else 0.0))
    return _Block(heights, header=header, rows=True)


def _row(tr, grid: list[float], margins: float, styles: Styles, widths: dict) -> float:
    """The height of a table row's tallest cell."""
    col, tallest = 0, 0.0
    for tc in tr.findall(qn("w:tc")):
        span = int(child_val(tc.find(qn("w:tcPr")), "w:gridSpan") or 1)
        width = sum(grid[col : col + span]) if grid else 200.0
        col += span
        h = 0.0
        for p in tc.findall(_P):
            pp, lines, _ = _paragraph(p, styles, width - margins, widths)
            h += pp.before + sum(lines) + pp.after
        tallest = max(tallest, h)
    return tallest


def _blocks(body, styles: Styles, width: float) -> Iterator[_Block]:
    widths: dict = {}  # each word's width, measured once per size
    rows: dict = {}  # each table row's height, measured once per column widths
    for el in body:
        if el.tag == _P:
            pp, lines, marks = _paragraph(el, styles, width, widths)
            yield _Block(
                lines,
                before=pp.before,
                after=pp.after + pp.border,
                keep_next=pp.keep_next,
                break_before=pp.break_before,
                bookmarks=tuple(marks),
                slack=(lines[0] * (1 - 1 / pp.line)) if pp.exact is None and pp.line > 1 else 0,
            )
        elif el.tag == _TBL:
            yield _table(el, styles, widths, rows)


def _page_box(body) -> tuple[float, float]:
    """(text width, text height) in points, from the body's section properties."""
    sect = body.find(qn("w:sectPr"))
    size = sect.find(qn("w:pgSz")) if sect is not None else None
    mar = sect.find(qn("w:pgMar")) if sect is not None else None
    w = int(size.get(qn("w:w"))) / TWIPS if size is not None else 595.3
    h = int(size.get(qn("w:h"))) / TWIPS if size is not None else 841.9
    if mar is not None:

        def m(side):
            return abs(int(mar.get(qn(f"w:{side}"), "1440"))) / TWIPS

        return w - m("left") - m("right"), h - m("top") - m("bottom")
    return w - 144, h - 144


def estimate(doc, stop: Callable[[], bool] | None = None) -> Layout:
    """Lay ``doc`` (a python-docx Document) out on its pages; ``stop()`` returning
    True gives up early (the dialog moved on to other choices)."""
    body = doc.element.body
    width, height = _page_box(body)
    styles = Styles(doc.styles.element)
    blocks = _blocks(body, styles, width)  # measured as they are placed
    pager = _Pager(height)
    block, i = next(blocks, None), 0
    while block is not None:
        if stop is not None and i % 200 == 0 and stop():
            break
        following = next(blocks, None)  # a heading keeps with what follows it
        pager.place(block, following)
        block, i = following, i + 1
    return Layout(pager.page, pager.headings)


class _Pager:
    def __init__(self, height: float):
        self.height = height
        self.page = 1
        self.y = 0.0
        self.last_after = 0.0
        self.headings: dict[str, int] = {}

    def new_page(self) -> None:
        self.page += 1
        self.y = 0.0
        self.last_after = 0.0

    def _need(self, block: _Block, gap: float) -> float:
        """The room a block's first line (a table's header and first row) takes."""
        if block.rows:
            return gap + block.header + (block.heights[1] if len(block.heights) > 1 else 0.0)
        # two lines at the foot of the page and two on the next, or the whole paragraph
        lines = block.heights[:2] if len(block.heights) > 3 else block.heights
        return max(gap, block.before) + sum(lines)

    def place(self, block: _Block, following: _Block | None) -> None:
        if block.break_before and self.y > 0:
            self.new_page()
        if block.keep_next and following is not None and self.y > 0 and not block.rows:
            need = max(self.last_after, block.before) + sum(block.heights)
            need += self._need(following, block.after)
            if self.y + need > self.height:
                self.new_page()
        for name in block.bookmarks:
            self.headings[name] = self.page
        if block.rows:
            self._rows(block)
            return
        # LibreOffice keeps the larger of the space after one paragraph and before the next
        if self.y > 0 or block.break_before:
            self.y += max(self.last_after, block.before)
        lines = block.heights
        i = 0
        while i < len(lines):
            room = self.height - self.y
            fit = 0
            while i + fit < len(lines) and lines[i + fit] - block.slack <= room:
                room -= lines[i + fit]
                fit += 1
            left = len(lines) - i - fit
            if left and len(lines) - i > 1:  # widow and orphan control: two lines at least
                if left == 1:
                    fit -= 1
                if fit < 2 and self.y > 0:
                    fit = 0
            if fit == 0 and self.y == 0:
                fit = 1  # a line taller than the page still goes somewhere
            self.y += sum(lines[i : i + fit])
            i += fit
            if i < len(lines):
                self.new_page()
        self.last_after = block.after

    def _rows(self, block: _Block) -> None:
        self.y += self.last_after
        first = self._need(block, 0.0)  # the header row stays with the first row
        if self.y > 0 and self.y + first > self.height:
            self.new_page()
        for h in block.heights:
            if self.y + h > self.height and self.y > 0:
                self.new_page()
                self.y += block.header
            self.y += h
        self.last_after = 0.0


__all__ = ["Layout", "Styles", "estimate"]
