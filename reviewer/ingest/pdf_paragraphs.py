"""Paragraphs rebuilt from the body lines of all pages, in reading order.

A new paragraph starts at a hanging label ("1.", "(a)", "115.3", "II."), a vertical
gap wider than the document's usual line spacing, a change of type size or weight,
or a first-line indent after a short line.  At a page or column break the text
continues the open paragraph unless the new row is labelled, styled differently, or
the last row ended a sentence short of the margin.

Numbers of four digits ("1001.") are labels only where they carry on the document's
numbering, so that a line opening with a year ("2015. The …") stays text; and "(a)"
opening a line right after "paragraph 15" is the rest of that reference, not a list
item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewer.ingest.pdf_lines import Line, PageText
from reviewer.ingest.pdf_metrics import commonest
from reviewer.ingest.pdf_text import MARK_OPEN, ends_sentence, marker, strip_markers
from reviewer.ingest.text_clean import (
    continues_reference,
    ends_with_reference,
    heading_like,
    section_label,
)
from reviewer.vocabulary import ParagraphKind

_BULLETS = "\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\uf0b7\u2013\u2014-"
_INLINE_LABEL_RE = re.compile(
    r"\s*(?:"
    r"(?P<num>\d{1,4}(?:\.\d{1,3}){0,2})\.\s+(?=\S)"
    r"|(?P<sub>\d{1,3}\.\d{1,3})\s+(?=[A-Z])"
    r"|(?P<list>\([a-z]{1,4}\)|\(\d{1,2}\))\s+(?=\S)"
    r"|(?P<head>[IVXL]{1,6}|[A-Z])\.\s+(?=[A-Z\d\"“‘'(])"
    r"|(?P<bullet>[" + re.escape(_BULLETS) + r"])\s+(?=\S)"
    r")"
)
_ROMAN_HEADING_RE = re.compile(r"\s*(?P<head>[IVXL]{1,6})\s+(?=[A-Z])")
_CLAUSE_END = (".", ";", ",", ":", "!", "?", ")", "\u201d", '"')


@dataclass
class Para:
    rows: list[Line] = field(default_factory=list)
    label: str | None = None
    label_kind: str | None = None  # num, sub, list, head, bullet
    label_bold: bool = False
    lead_text: str = ""  # first row text with an inline label removed
    right: float = 0.0
    cont_x: float | None = None
    soft_head: tuple[str, int] | None = None  # "A. Introduction" in body type: label, cut

    @property
    def first(self) -> Line:
        return self.rows[0]

    @property
    def last(self) -> Line:
        return self.rows[-1]

    @property
    def chars(self) -> int:
        return sum(r.chars for r in self.rows)

    @property
    def bold(self) -> bool:
        chars = self.chars
        return chars > 0 and sum(r.bold for r in self.rows) * 10 >= chars * 6

    @property
    def italic(self) -> bool:
        chars = self.chars
        return chars > 0 and sum(r.italic for r in self.rows) * 10 >= chars * 8

    @property
    def font(self) -> str:
        """The font of most of its characters (the first of equals)."""
        rows = self.rows
        if len(rows) == 1:
            return rows[0].font
        fonts: dict[str, int] = {}
        for r in rows:
            fonts[r.font] = fonts.get(r.font, 0) + r.chars
        return commonest(fonts, "")

    @property
    def size(self) -> float:
        """The type size of most of its characters (the first of equals)."""
        rows = self.rows
        if len(rows) == 1:
            return rows[0].size
        sizes: dict[float, int] = {}
        for r in rows:
            sizes[r.size] = sizes.get(r.size, 0) + r.chars
        return commonest(sizes, 0.0)

    def add(self, row: Line) -> None:
        if self.rows:
            if self.cont_x is None:
                self.cont_x = row.x0
        self.rows.append(row)
        if row.x1 > self.right:  # max(), without the call
            self.right = row.x1


def classify_label(label: str) -> tuple[str | None, str]:
    """'12.' → ('12', 'num'); '115.3' → ('115.3', 'sub'); '(a)' → ('(a)', 'list')."""
    label = label.strip()
    if label and label[0] in _BULLETS and len(label) == 1:
        return None, "bullet"
    if label.startswith("(") or label.endswith(")"):
        return label, "list"
    core = label[:-1] if label.endswith(".") else label
    if core.isdigit():
        return core, "num"
    if core.replace(".", "").isdigit():
        return core, "sub"
    return core, "head"


class _Builder:
    def __init__(self, body_size: float, leading: float):
        self.body = body_size
        self.ratio = leading / body_size
        self.paras: list[Para] = []
        self.last_num: int | None = None  # the last paragraph number seen

    def _carries_on(self, number: str) -> bool:
        """Is ``number`` a paragraph number here?  Four digits must carry on the
        numbering ("999." → "1000."); "2015. The …" opening a line is a year."""
        if len(number) < 4:
            return True
        last = self.last_num
        return last is not None and 0 < int(number) - last <= 3

    def _label_match(self, text: str) -> re.Match[str] | None:
        m = _INLINE_LABEL_RE.match(text)
        if (
            m is not None
            and m.lastgroup == "num"
            and not self._carries_on(m.group("num").partition(".")[0])
        ):
            return None
        return m

    def _row_label(self, row: Line) -> str | None:
        """The row's hanging label, put back into its text when it is not one."""
        label = row.label
        if label and label[:4].isdigit() and not self._carries_on(label.partition(".")[0]):
            row.text = label + " " + row.text
            row.label = None
            row.text_x0 = row.x0
            return None
        return label

    def _inline_label(self, para: Para, row: Line) -> None:
        text = row.text
        m = self._label_match(text)
        if m is None and row.is_bold and row.size >= self.body * 1.1:
            m = _ROMAN_HEADING_RE.match(text)
        if m is None:
            return
        group = m.lastgroup
        if group is None:  # never: every alternative is a named group
            return
        styled = row.is_bold or row.size >= self.body * 1.1
        if group == "head" and not styled:
            # "J. Smith said …" opens a sentence; "A. Introduction" standing alone
            # is a section heading, as in a text file or a Word document
            head = section_label(strip_markers(text).strip())
            if head is not None:
                para.soft_head = (head[0], m.end())
            return
        if group == "num" and "." in m.group("num"):
            group = "sub"  # "115.3. Ratify …"
        value = m.group(group)
        para.label_kind = "head" if group == "head" else group
        para.label = None if group == "bullet" else value
        para.lead_text = text[m.end() :]

    def _start(self, row: Line) -> Para:
        para = Para()
        para.add(row)
        para.lead_text = row.text
        label = self._row_label(row)
        if label:
            para.label, para.label_kind = classify_label(label)
            para.label_bold = row.label_bold
        else:
            self._inline_label(para, row)
            para.label_bold = row.is_bold
        if para.label_kind == "num" and para.label and para.label.isdigit():
            self.last_num = int(para.label)
        self.paras.append(para)
        return para

    def _looks_labelled(self, row: Line) -> bool:
        if self._row_label(row):
            return True
        m = self._label_match(row.text)
        return m is not None and m.lastgroup != "bullet"

    def _reference_goes_on(self, para: Para, row: Line) -> bool:
        """Does ``row`` finish a reference: "… paragraph 15" + "(a) of the annex"?"""
        label, text = row.label, row.text
        if label:
            if label[0] != "(" or label[-1] != ")":
                return False
        elif text[:1] != "(" and not (text[:1].isspace() and text.lstrip()[:1] == "("):
            return False  # nearly every row: no "(" to begin with
        last = para.last
        if label:
            if not ends_with_reference(strip_markers(last.text)):
                return False
        elif not continues_reference(strip_markers(last.text), text):
            return False
        if row.page == last.page and row.base >= last.base - 2.0:
            # on the same page and column only without a paragraph gap
            return row.base - last.base <= self.ratio * max(row.size, last.size) * 1.3
        return True

    def _continues_across(self, para: Para, row: Line) -> bool:
        """After a page or column break: does ``row`` carry on ``para``?"""
        if self._looks_labelled(row) or self._label_match(row.text):
            return False
        if para.label_kind == "head" or abs(row.size - para.size) > 1.0:
            return False
        if row.is_bold != para.bold:
            return False
        last = para.last
        if not ends_sentence(last.text):
            return True
        full = last.x1 >= para.right - 2.0 * last.size and len(para.rows) > 1
        if para.cont_x is not None and row.x0 > para.cont_x + 3.0:
            return False
        return full

    def _breaks(self, para: Para, prev: Line, row: Line) -> bool:
        """Within one page and column: does ``row`` start a new paragraph?"""
        if row.label is not None and self._row_label(row):
            return True
        size = max(prev.size, row.size)
        delta = row.base - prev.base
        if delta > self.ratio * size * 1.3:
            return True
        if abs(row.size - prev.size) > 1.0 and row.chars > 3:
            return True
        short = prev.x1 < para.right - 3.0 * size
        wide = delta > self.ratio * size * 1.1
        # (the position tests first: they are cheap and rule out nearly every row)
        if (short or wide) and row.is_bold != prev.is_bold:
            return True
        if wide and row.is_italic != prev.is_italic:
            return True  # (not after any short line: italic runs inside paragraphs)
        if row.x0 >= prev.x0 + 0.8 * size and short and ends_sentence(prev.text):
            return True
        if row.x0 <= prev.x0 - 0.8 * size:
            m = self._label_match(row.text)
            if m is not None and m.lastgroup != "bullet":
                return True  # an outdented "10. We …" opening a paragraph
        return False

    def feed(self, row: Line) -> None:
        if row.lead is not None:  # a marker opening a body line is an inline one
            row.text = marker(row.lead) + row.text
            row.lead = None
        para = self.paras[-1] if self.paras else None
        if para is None:
            self._start(row)
            return
        prev = para.rows[-1]
        label = row.label
        # (_reference_goes_on's first test, before the call: nearly every row fails it)
        if label:
            ref = label[0] == "("
        else:
            head = row.text[:1]
            ref = head == "(" or (head.isspace() and row.text.lstrip()[:1] == "(")
        if ref and self._reference_goes_on(para, row):
            if row.label:  # a hanging "(a)" set off by a gap: text after all
                row.text = row.label + " " + row.text
                row.label = None
            para.add(row)
        elif row.page != prev.page or row.base < prev.base - 2.0:
            if self._continues_across(para, row):
                para.add(row)
            else:
                self._start(row)
        elif self._breaks(para, prev, row):
            self._start(row)
        else:
            para.add(row)


def build_paragraphs(pages: list[PageText], body_size: float, leading: float) -> list[Para]:
    builder = _Builder(body_size, leading)
    feed = builder.feed
    for page in pages:
        for ln in page.lines:
            if ln.role:
                continue
            text = ln.text
            if MARK_OPEN in text:
                text = strip_markers(text)
            if not text or text.isspace():
                continue
            feed(ln)
    for para in builder.paras:
        if para.soft_head is not None and len(para.rows) == 1 and para.label is None:
            para.label, cut = para.soft_head
            para.label_kind = "head"
            para.lead_text = para.first.text[cut:]
    return builder.paras


def _styled_heading(para: Para, body_size: float, body_font: str, text: str) -> bool:
    """A short unlabelled paragraph in body size set in italic or in another face than
    the body text: the UN's lowest sub-headings ("Right to health", "Independent
    Expert on …"), whose fonts are often subsets with no style in their names."""
    if len(para.rows) > 2 or len(text) > 200 or text.endswith(_CLAUSE_END):
        return False
    if text[:1] in "[(":
        return False  # "[English, French and Spanish only]"
    if any(r.spread for r in para.rows):
        return False  # a table row in another face, not a heading
    if abs(para.size - body_size) > 0.6:
        return False
    if not (para.italic or (body_font and para.font != body_font)):
        return False
    return heading_like(text, 200)


def paragraph_kind(para: Para, body_size: float, text: str, body_font: str = "") -> ParagraphKind:
    """HEADING, BODY or LIST_ITEM (titles are chosen by the caller)."""
    if "......" in text or ". . . . . ." in text or "\u2026\u2026" in text:
        return ParagraphKind.BODY  # a table-of-contents entry, not the heading itself
    big = para.size >= body_size * 1.12
    kind = para.label_kind
    if kind == "list" or kind == "bullet":
        return ParagraphKind.LIST_ITEM
    if kind == "sub":
        return ParagraphKind.BODY
    if kind == "num":
        if para.label_bold and para.bold and len(text) <= 250:
            return ParagraphKind.HEADING
        if big and len(text) <= 250:
            return ParagraphKind.HEADING
        if len(para.rows) <= 3 and len(text) <= 200 and not text.endswith(_CLAUSE_END):
            return ParagraphKind.HEADING  # "3. General comments made by other stakeholders"
        return ParagraphKind.BODY
    if kind == "head":
        if para.bold or big:
            return ParagraphKind.HEADING
        if len(text) <= 200 and not text.rstrip().endswith((".", ";", ",")):
            return ParagraphKind.HEADING
        return ParagraphKind.BODY
    if (para.bold or big) and len(text) <= 300 and len(para.rows) <= 5:
        if text.rstrip().endswith((";", ",")):
            return ParagraphKind.BODY  # a bold recommendation or list entry, not a heading
        return ParagraphKind.HEADING
    if kind is None and _styled_heading(para, body_size, body_font, text):
        return ParagraphKind.HEADING
    return ParagraphKind.BODY
