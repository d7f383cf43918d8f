"""WordprocessingML elements made directly, for what a brief makes element by element
(the cover's paragraphs, the contents page, fields, a comment's anchors on runs).

python-docx's object layer makes each element by parsing its prefixed name, and puts
each child in place by looking, one by one, for every element that may follow it in
the schema (a paragraph style: some thirty look-ups); a brief writes hundreds of
thousands of elements, and that was most of its time.  These make the same elements
(the same tags, attributes and order, so the same XML) with lxml directly, as
children of the element they belong to: python-docx reads them back as its own (its
element classes come with the document).  The body itself is written as text and
parsed many paragraphs at a time (``docx_blocks``).
"""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{" + W_NS + "}"
P, PPR, PSTYLE, R, RPR, T = (W + t for t in ("p", "pPr", "pStyle", "r", "rPr", "t"))
BOLD, ITALIC, COLOR = W + "b", W + "i", W + "color"
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


__all__ = [
    "BOOKMARK_END",
    "BOOKMARK_START",
    "FLD_CHAR",
    "HYPERLINK",
    "INSTR_TEXT",
    "P",
    "R",
    "T",
    "VAL",
    "paragraph_before",
    "run",
    "text_element",
]
