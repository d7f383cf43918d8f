"""WordprocessingML elements made directly, for the parts of a brief written per paragraph.

python-docx's object layer makes each element by parsing its prefixed name, and puts
each child in place by looking, one by one, for every element that may follow it in
the schema (a paragraph style: some thirty look-ups); a brief writes a few hundred
thousand elements, and that was most of its time.  These make the same elements (the
same tags, attributes and order, so the same XML) with lxml directly, as children of
the element they belong to: python-docx reads them back as its own (its element
classes come with the document).
"""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{" + W_NS + "}"
P, PPR, PSTYLE, R, RPR, T = (W + t for t in ("p", "pPr", "pStyle", "r", "rPr", "t"))
BOLD, ITALIC, COLOR, SPACING, PAGE_BREAK_BEFORE = (
    W + t for t in ("b", "i", "color", "spacing", "pageBreakBefore")
)
FLD_CHAR, INSTR_TEXT, HYPERLINK = W + "fldChar", W + "instrText", W + "hyperlink"
BOOKMARK_START, BOOKMARK_END = W + "bookmarkStart", W + "bookmarkEnd"
VAL, ID, NAME = W + "val", W + "id", W + "name"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
SubElement = etree.SubElement


def paragraph_before(anchor, style_id: str | None = None):
    """A new ``w:p`` (in style ``style_id``) just before ``anchor``."""
    p = anchor.makeelement(P, {})
    if style_id:
        SubElement(SubElement(p, PPR), PSTYLE, {VAL: style_id})
    anchor.addprevious(p)
    return p


def text_element(parent, text: str, tag: str = T):
    """A ``w:t`` under ``parent``, keeping its spaces when it starts or ends with one (as
    python-docx's ``add_t`` does)."""
    t = SubElement(parent, tag)
    t.text = text
    if len(text.strip()) < len(text):
        t.set(XML_SPACE, "preserve")
    return t


def run(
    p,
    text: str = "",
    bold: bool = False,
    italic: bool = False,
    colour: str | None = None,
):
    """A run of plain text (no tab or line break) at the end of ``p``; ``colour`` is
    six hex digits.  Its properties in the schema's order: bold, italic, colour."""
    r = SubElement(p, R)
    if bold or italic or colour:
        rpr = SubElement(r, RPR)
        if bold:
            SubElement(rpr, BOLD)
        if italic:
            SubElement(rpr, ITALIC)
        if colour:
            SubElement(rpr, COLOR, {VAL: colour})
    if text:
        text_element(r, text)
    return r


def twips(points: float) -> str:
    return str(round(points * 20))


def paragraph_properties(p):
    """The paragraph's ``w:pPr``, made first in it when it has none."""
    ppr = p.find(PPR)
    if ppr is None:
        ppr = p.makeelement(PPR, {})
        p.insert(0, ppr)
    return ppr


__all__ = [
    "BOOKMARK_END",
    "BOOKMARK_START",
    "FLD_CHAR",
    "HYPERLINK",
    "INSTR_TEXT",
    "P",
    "PAGE_BREAK_BEFORE",
    "R",
    "SPACING",
    "T",
    "VAL",
    "paragraph_before",
    "paragraph_properties",
    "run",
    "text_element",
    "twips",
]
