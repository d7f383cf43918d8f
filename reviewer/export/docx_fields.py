"""Raw WordprocessingML that python-docx has no API for: fields, shading, borders.

Kept in one place so the writer reads as prose and the XML tricks are tested once.
Fields are written as complex fields (begin / instruction / separate / result /
end) with a cached result, so a viewer that does not compute fields still shows
something sensible (a page number; the brief's contents page, ``docx_toc``).
"""

from __future__ import annotations

import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from reviewer.export import docx_xml

_FLD_CHAR_TYPE, _DIRTY = qn("w:fldCharType"), qn("w:dirty")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str | None) -> str:
    """Characters XML cannot hold become spaces (keeping note offsets valid)."""
    return _NOT_XML.sub(" ", text or "")


def add_text(
    paragraph: Paragraph,
    text: str,
    bold: bool = False,
    italic: bool = False,
    colour: str | RGBColor | None = None,
) -> Run:
    """Add a run of plain text, bold, italic or coloured (``colour``: "595959");
    python-docx's ``add_run`` inspects every character, and its run properties are
    slow to set (``docx_xml``)."""
    if "\t" in text or "\n" in text or "\r" in text:
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if colour:
            run.font.color.rgb = RGBColor.from_string(str(colour))
        return run
    r = docx_xml.run(paragraph._p, text, bold, italic, str(colour) if colour else None)
    return Run(r, paragraph)


def tag_colour(colour: str | None) -> str | None:
    """A tag's colour as Word writes it ("#c0392b" → "C0392B"); None when it is not one."""
    if colour and re.fullmatch(r"#?[0-9a-fA-F]{6}", colour):
        return colour.lstrip("#").upper()
    return None


def field_runs(p, instruction: str, result: str, dirty: bool = False) -> list:
    """Append a complex field's five runs (begin, instruction, separate, result, end)
    to the ``w:p`` ``p``; its ``w:r`` elements.  ``result`` is plain text."""
    sub, R = docx_xml.SubElement, docx_xml.R

    def char(kind: str):
        r = sub(p, R)
        sub(r, docx_xml.FLD_CHAR, {_FLD_CHAR_TYPE: kind})
        return r

    begin = char("begin")
    if dirty:
        begin[0].set(_DIRTY, "true")
    instr = sub(p, R)
    sub(instr, docx_xml.INSTR_TEXT, {docx_xml.XML_SPACE: "preserve"}).text = f" {instruction} "
    separate = char("separate")
    shown = docx_xml.run(p, result)
    return [begin, instr, separate, shown, char("end")]


def add_field(
    paragraph: Paragraph, instruction: str, result: str, dirty: bool = False
) -> list[Run]:
    """Append a complex field; ``result`` (plain text) is what shows until the field is
    updated."""
    return [Run(r, paragraph) for r in field_runs(paragraph._p, instruction, result, dirty)]


def add_page_x_of_y(
    paragraph: Paragraph, prefix: str = "Page ", middle: str = " of ", suffix: str = ""
) -> None:
    """ "Page 3 of 12" (or "第3页，共12页": the words around the numbers given)."""
    paragraph.add_run(prefix)
    add_field(paragraph, "PAGE", "1")
    paragraph.add_run(middle)
    add_field(paragraph, "NUMPAGES", "1")
    if suffix:
        paragraph.add_run(suffix)


def ask_to_update_fields(settings_element) -> None:
    """Make Word offer to update the fields when the file opens."""
    insert_ordered(settings_element, _el("w:updateFields", val="true"))


# Schema order of the children we add (ECMA-376); Word rejects misordered XML.
_ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
    "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
    "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "trPr": "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader "
    "tblCellSpacing jc hidden ins del trPrChange",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize "
    "tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
    "tblDescription tblPrChange",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
    "tcFitText vAlign hideMark headers cellIns cellDel cellMerge tcPrChange",
    "settings": "updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids "
    "m:mathPr attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats "
    "doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown smartTagType "
    "sl:schemaLibrary shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator",
}


def insert_ordered(parent, child):
    """Put ``child`` (replacing one with its tag) where the schema sequence wants it."""
    seq = [t if ":" in t else f"w:{t}" for t in _ORDER[etree.QName(parent).localname].split()]
    names = [qn(t) for t in seq]
    existing = parent.find(child.tag)
    if existing is not None:
        parent.remove(existing)
    parent.insert_element_before(child, *seq[names.index(child.tag) + 1 :])
    return child


def _el(tag: str, **attrs: str) -> BaseOxmlElement:
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    return el


def shade(element_pr, fill: str) -> None:
    """Background fill on a paragraph (pPr) or table cell (tcPr)."""
    insert_ordered(element_pr, _el("w:shd", val="clear", color="auto", fill=fill))


def border(paragraph_pr, side: str, colour: str, size_eighths: int = 18, space: int = 6):
    """One border line on a paragraph (``side`` is top, left, bottom or right)."""
    borders = paragraph_pr.find(qn("w:pBdr"))
    if borders is None:
        borders = insert_ordered(paragraph_pr, OxmlElement("w:pBdr"))
    line = _el(f"w:{side}", val="single", sz=str(size_eighths), space=str(space), color=colour)
    order = [qn(f"w:{t}") for t in ("top", "left", "bottom", "right", "between", "bar")]
    after = [c for c in borders if order.index(c.tag) > order.index(line.tag)]
    if after:
        after[0].addprevious(line)
    else:
        borders.append(line)


def field_instructions(element) -> list[str]:
    """Every field instruction under an element (for tests and checks)."""
    return [" ".join((t.text or "").split()) for t in element.iter(qn("w:instrText"))]
