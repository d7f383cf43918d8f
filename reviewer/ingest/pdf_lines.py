"""Text lines of one PDF page, from a single ``get_text("dict")`` pass.

Each visual row becomes one :class:`Line`: spans are joined, superscript footnote
markers are cut out (inline ones kept as ``\\x00n\\x01`` in the text, one that opens
the line kept apart as ``lead``), and a hanging paragraph number set off by a tab
("1." … "Since the …") becomes ``label``.  Drawn thin horizontal lines are kept too:
the short one above the footnotes is how Word and the UN lay them out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pymupdf

from reviewer.ingest.pdf_bidi import RTL_RE, logical_page
from reviewer.ingest.pdf_columns import column_order
from reviewer.ingest.pdf_text import marker

# No TEXT_PRESERVE_LIGATURES: "ﬁ" comes out as "fi".  No TEXT_PRESERVE_IMAGES: images
# are never read, and skipping them is faster.  TEXT_DEHYPHENATE is left out on
# purpose: it does not change "dict" output (lines still end in "-"), and where it
# acts it drops real hyphens too; pdf_text repairs breaks conservatively instead.
# TEXT_COLLECT_VECTORS adds drawn lines to the same pass (no get_drawings() call).
TEXT_FLAGS = (
    pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP | pymupdf.TEXT_COLLECT_VECTORS
)

_MARKER_RE = re.compile(r"(?:\d{1,3}(?:\s*,\s*\d{1,3})*|[*\u2020\u2021\u00a7]{1,3})")
# A hanging label standing alone before a tab stop.
LABEL_SEGMENT_RE = re.compile(
    r"(?:\d{1,4}\.|\d{1,3}\.\d{1,3}\.?|\d{1,3}\.\d{1,3}\.\d{1,3}\.?|\([a-z]{1,4}\)|\(\d{1,2}\)"
    r"|[a-z]\)|[IVXL]{1,6}\.|[A-Z]\.|[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2013\u2014\-\u00b7])"
)


class Line:
    """One visual row of text on a page (several dict lines may make one row)."""

    __slots__ = (
        "page", "x0", "y0", "x1", "y1", "base", "size", "bold", "italic", "font", "chars",
        "text", "lead", "label", "label_bold", "text_x0", "role", "spread", "mirror",
    )  # fmt: skip

    def __init__(self, page: int):
        self.page = page
        self.x0 = self.y0 = self.x1 = self.y1 = self.base = self.size = 0.0
        self.bold = 0  # characters in bold type
        self.italic = 0  # characters in italic type (by flag or font name)
        self.font = ""  # the font of the line's main span
        self.chars = 0  # non-blank characters
        self.text = ""
        self.lead: str | None = None  # footnote marker opening the line
        self.label: str | None = None  # hanging label set off before a tab stop
        self.label_bold = False
        self.text_x0 = 0.0  # where the text after the label starts
        self.role = ""  # "", "furniture", "note", "masthead"
        self.spread = False  # pieces set far apart on one baseline: table cells
        # right-to-left page mirrored about this x (pdf_bidi); 0: as printed
        self.mirror = 0.0

    @property
    def is_bold(self) -> bool:
        return self.chars > 0 and self.bold * 10 >= self.chars * 6

    @property
    def is_italic(self) -> bool:
        return self.chars > 0 and self.italic * 10 >= self.chars * 8

    def __repr__(self) -> str:  # for test failures
        return f"Line(p{self.page} x{self.x0:.0f} y{self.base:.0f} s{self.size:.1f} {self.text!r})"


@dataclass
class PageText:
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # x0, y, x1
    sideways: bool = False  # all text on the page runs sideways


# Symbol-font bullets arrive as private-use code points; other private-use text
# (barcodes, dingbats) means nothing to a reader and is dropped.
_PUA_BULLETS = str.maketrans(
    {
        "\uf0b7": "\u2022",
        "\uf0a7": "\u25aa",
        "\uf076": "\u2022",
        "\uf0d8": "\u2022",
        "\uf0fc": "\u2022",
        "\uf02d": "-",
    }
)
_PUA_RE = re.compile("[\ue000-\uf8ff]")
_RULE_CHARS = "_=~.-\u2013\u2014*"
_RULE_TEXT_RE = re.compile(r"\s*[_=~.\-\u2013\u2014*]{3,}\s*")


def _is_marker_span(span: dict, text: str, dom_size: float, dom_base: float) -> bool:
    if not _MARKER_RE.fullmatch(text):
        return False
    size = span["size"]
    if size >= dom_size * 0.9:
        return False
    if span["flags"] & 1:
        return True
    raised = dom_base - span["origin"][1] > dom_size * 0.12
    if raised:
        return True
    # "resolution 16/21*" prints the star small on the baseline
    return text[0] in "*\u2020\u2021\u00a7" and size <= dom_size * 0.8


def _is_bold(span: dict) -> bool:
    return bool(span["flags"] & 16) or "Bold" in span["font"]


def _is_italic(span: dict) -> bool:
    font = span["font"]
    return bool(span["flags"] & 2) or "Italic" in font or "Oblique" in font


def _span_label(spans: list[dict]) -> tuple[str | None, bool, float]:
    """A hanging label printed in its own span and set off by a tab: "115.100⇥Take…"."""
    first = None
    for i, s in enumerate(spans):
        if s["text"].strip():
            first = i
            break
    if first is None or first + 1 >= len(spans):
        return None, False, 0.0
    s, nxt = spans[first], spans[first + 1]
    head = s["text"].strip()
    if not LABEL_SEGMENT_RE.fullmatch(head) or not nxt["text"].strip():
        return None, False, 0.0
    if s["text"].lstrip() != head and not s["text"].lstrip().startswith(head):
        return None, False, 0.0
    if nxt["bbox"][0] - s["bbox"][2] < 0.4 * s["size"] and not s["text"].endswith("\t"):
        return None, False, 0.0
    return head, _is_bold(s), nxt["bbox"][0]


# Font name → (name without a subset prefix, bold by name, italic by name): a
# document uses a few fonts on thousands of lines.
_FACES: dict[str, tuple[str, bool, bool]] = {}


def _face(font: str) -> tuple[str, bool, bool]:
    face = (
        font[7:] if font[6:7] == "+" else font,  # "ABCDEF+Calibri": a subset
        "Bold" in font,
        "Italic" in font or "Oblique" in font,
    )
    _FACES[font] = face
    return face


def _make_line(dline: dict, page: int) -> Line | None:
    spans = dline["spans"]
    lead = None
    if len(spans) == 1:  # the common case, kept cheap
        dom = spans[0]
        text = dom["text"]
        chars = len(text.strip())
        if not chars:
            return None
        font = dom["font"]
        face = _FACES.get(font)
        if face is None:
            face = _face(font)
        flags = dom["flags"]
        bold = chars if flags & 16 or face[1] else 0  # _is_bold, _is_italic
        italic = chars if flags & 2 or face[2] else 0
    else:
        dom = None
        dom_n = chars = bold = italic = 0
        for s in spans:
            n = len(s["text"].strip())
            if n:
                chars += n
                if _is_bold(s):
                    bold += n
                if _is_italic(s):
                    italic += n
                if n > dom_n:
                    dom, dom_n = s, n
        if dom is None:
            return None
        dom_size = dom["size"]
        dom_base = dom["origin"][1]
        parts: list[str] = []
        have_text = False
        for s in spans:
            t = s["text"]
            st = t.strip()
            if st and s is not dom and _is_marker_span(s, st, dom_size, dom_base):
                name = "".join(st.split())
                if have_text:
                    # "submissions¹ for": a space the marker span carries is kept,
                    # after the marker, which belongs to the word before it
                    space = " " if t != st else ""
                    parts.append(marker(name) + space)
                elif lead is None:
                    lead = name
                else:
                    lead += "," + name
                chars -= len(st)
                if _is_italic(s):
                    italic -= len(st)
                continue
            if st:
                have_text = True
            parts.append(t)
        text = "".join(parts)
        font = dom["font"]
        face = _FACES.get(font)
        if face is None:
            face = _face(font)
    label: str | None = None
    label_bold, text_x0 = False, 0.0  # read only when a label is found
    if len(spans) > 1 and lead is None:
        label, label_bold, text_x0 = _span_label(spans)
    if label is not None:
        text = text.lstrip()[len(label) :]
    rtl = 0.0
    if not text.isascii():
        top = max(text)
        if top >= "\ue000" and _PUA_RE.search(text):
            text = _PUA_RE.sub("", text.translate(_PUA_BULLETS))
            if not text.strip():
                return None
        if top >= "\u0590" and RTL_RE.search(text):
            rtl = 1.0  # read_page reads the page again, and sets the mirror
    head = text[:1]
    if head.isspace():
        head = text.lstrip()[:1]
    if head in _RULE_CHARS and _RULE_TEXT_RE.fullmatch(text):
        return None  # "____________" closing the notes
    x0, y0, x1, y1 = dline["bbox"]
    line = _new_line(Line)  # every slot set once here (Line.__init__ would set it twice)
    line.page = page
    line.x0, line.y0, line.x1, line.y1 = x0, y0, x1, y1
    line.base = dom["origin"][1]
    line.size = dom["size"]
    line.bold = bold if bold < chars else chars
    line.italic = 0 if italic < 0 else italic if italic < chars else chars
    line.font = face[0]
    line.chars = chars
    line.text = text
    line.lead = lead
    line.label = label
    line.label_bold = label_bold
    line.text_x0 = x0 if label is None else text_x0
    line.role = ""
    line.spread = False
    line.mirror = rtl
    return line


_new_line = object.__new__


def _raised_marker(mark: Line, ln: Line) -> bool:
    """Is ``mark`` a lone footnote number standing raised just before/after ``ln``?"""
    if mark.label is not None or mark.lead is not None or mark.size >= ln.size * 0.9:
        return False
    rise = ln.base - mark.base
    if not (0.1 * ln.size <= rise <= 0.7 * ln.size):
        return False
    if not _MARKER_RE.fullmatch(mark.text.strip()):
        return False
    if mark.x0 < ln.x0:  # before: must touch the start of ln
        return -1.0 <= ln.x0 - mark.x1 <= ln.size
    return -1.0 <= mark.x0 - ln.x1 <= ln.size  # after: must touch its end


def _merge_rows(lines: list[Line]) -> list[Line]:
    """Join lines standing on one baseline, left to right: "1." + "Since the …"."""
    rows: list[Line] = []
    prev: Line | None = None  # rows[-1]
    for ln in lines:
        if prev is None:
            rows.append(ln)
            prev = ln
            continue
        ln_size, prev_size = ln.size, prev.size
        # (the size test first: it is _raised_marker's first and rules out nearly all)
        if prev_size < ln_size * 0.9 and _raised_marker(prev, ln):
            # a superscript MuPDF set on a line of its own, opening this one
            ln.lead = "".join(prev.text.split())
            ln.x0 = min(ln.x0, prev.x0)
            rows[-1] = prev = ln
            continue
        if ln_size < prev_size * 0.9 and _raised_marker(ln, prev):
            prev.text = prev.text.rstrip() + marker("".join(ln.text.split()))
            prev.x1 = max(prev.x1, ln.x1)
            continue
        size = prev_size if prev_size > ln_size else ln_size  # max(), without the call
        if abs(ln.base - prev.base) <= 0.3 * size and ln.x0 >= prev.x1 - 1.0 and ln.lead is None:
            gap = ln.x0 - prev.x1
            head = prev.text.strip()
            if (
                prev.label is None
                and prev.text_x0 == prev.x0
                and gap >= 0.4 * size
                and LABEL_SEGMENT_RE.fullmatch(head)
            ):
                prev.label = head
                prev.label_bold = prev.is_bold
                prev.text = ln.text
                prev.text_x0 = ln.x0
                prev.chars, prev.bold, prev.italic = ln.chars, ln.bold, ln.italic
                prev.size, prev.base, prev.font = ln.size, ln.base, ln.font
            else:
                sep = ""
                if (
                    gap > 0.15 * size
                    and not prev.text.endswith(" ")
                    and not ln.text.startswith(" ")
                ):
                    sep = " "
                prev.text = prev.text + sep + ln.text
                if gap > 1.5 * size:
                    prev.spread = True
                prev.chars += ln.chars
                prev.bold += ln.bold
                prev.italic += ln.italic
                if ln.chars > prev.chars - ln.chars:
                    prev.size = ln.size
                    prev.font = ln.font
            prev.x1 = max(prev.x1, ln.x1)
            prev.y0 = min(prev.y0, ln.y0)
            prev.y1 = max(prev.y1, ln.y1)
            continue
        rows.append(ln)
        prev = ln
    return rows


def _fill(pt: PageText, d: dict, mirror: float) -> bool:
    """Lines and rules of a ``dict`` page into ``pt``; True if a line holds
    right-to-left text (read again by :func:`read_page`)."""
    number = pt.number
    blocks = []
    sideways: list[Line] = []
    rtl = False
    for b in d["blocks"]:
        btype = b["type"]
        if btype == 0:
            lines = []
            for dl in b["lines"]:
                ln = _make_line(dl, number)
                if ln is None:
                    continue
                if ln.mirror:  # (set by _make_line when the line reads right to left)
                    rtl = True
                    ln.mirror = mirror
                elif mirror:
                    ln.mirror = mirror
                if dl["dir"][0] < 0.99:  # rotated: margin notes, stamps, table heads
                    sideways.append(ln)
                else:
                    lines.append(ln)
            if lines:
                blocks.append((b["bbox"], lines))
        elif btype == 3:
            x0, y0, x1, y1 = b["bbox"]
            if y1 - y0 <= 2.5 and x1 - x0 >= 15:
                pt.rules.append((x0, (y0 + y1) / 2, x1))
    if not blocks and sideways:
        # a page printed sideways (a landscape table): keep its text, line by line
        pt.sideways = True
        pt.lines = sideways
        return rtl
    ordered = column_order(blocks, pt.width)
    flat = [ln for _bbox, lines in ordered for ln in lines]
    pt.lines = _merge_rows(flat)
    return rtl


def read_page(page: pymupdf.Page, number: int) -> PageText:
    tp = page.get_textpage(flags=TEXT_FLAGS)
    d = page.get_text("dict", textpage=tp, sort=True)
    pt = PageText(number, d["width"], d["height"])
    if _fill(pt, d, 0.0):
        # right-to-left text: the page again, glyph by glyph, each row in reading order
        raw = page.get_text("rawdict", textpage=tp, sort=True)
        logical, mirror = logical_page(raw)
        pt = PageText(number, d["width"], d["height"])
        _fill(pt, logical, mirror)
    return pt
