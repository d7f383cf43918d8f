"""The look of a brief: page, fonts, styles, footer and document properties.

Starts from python-docx's default template (its built-in Heading and table styles
are real Word styles, so the navigation pane and "Table Style Options" work) and
adjusts it.  Fonts are set explicitly rather than through the theme: the template's
theme maps East Asian text to a Japanese font, which draws Chinese characters with
Japanese glyph forms, so every ``w:rFonts`` gets a Chinese ``w:eastAsia`` font.
Calibri has no Arabic letters: the complex-script font (``w:cs``, which Word and
LibreOffice use for Arabic runs) is Arial, Word's own for Arabic text, whose Arabic
glyphs every Windows and Mac has (LibreOffice substitutes a font with Arabic).
"""

from __future__ import annotations

from datetime import UTC, datetime

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

from reviewer.export import docx_fields as fields
from reviewer.export.brief import PAPERS
from reviewer.words import LOCALES, RTL, Words

LATIN_FONT = "Calibri"
CJK_FONT = "Microsoft YaHei"  # on every Windows since Vista; Word on a Mac substitutes
CJK_FALLBACK = "SimSun"
COMPLEX_FONT = "Arial"  # w:cs: Arabic (Calibri has none)
RECOMMENDATION_TABLE_STYLE = "Light Grid Accent 1"
DARK = RGBColor(0x1F, 0x38, 0x64)
ACCENT = RGBColor(0x2E, 0x5C, 0x8A)
GREY = RGBColor(0x59, 0x59, 0x59)
NOTE_BORDER = "E0A800"
NOTE_FILL = "FFF8E1"
SIDE_MARGIN_CM = 2.2
TEXT_WIDTH = Cm(21.0 - 2 * SIDE_MARGIN_CM)  # A4 less the margins below


def text_width_cm(paper: str = "A4") -> float:
    """The width of the text on a page of ``paper`` (between the margins)."""
    return PAPERS[paper][0] - 2 * SIDE_MARGIN_CM


# (name, base, size pt, bold, italic, colour, space before, space after, keep with next)
PARAGRAPH_STYLES = (
    ("Brief Subtitle", "Normal", 14, False, False, ACCENT, 0, 18, False),
    ("Brief Meta", "Normal", 9, False, False, GREY, 0, 8, False),
    ("Brief Label", "Normal", 9, True, False, ACCENT, 8, 3, True),
    ("Brief Table Text", "Normal", 9, False, False, None, 1, 1, False),
    ("Brief Note", "Normal", 9.5, False, False, None, 3, 3, False),
    ("Brief Hint", "Normal", 9, False, True, GREY, 0, 6, False),
    ("Brief Refer", "Normal", 9.5, False, True, GREY, 0, 6, False),
)


def new_document(
    title: str,
    author: str | None,
    created: datetime,
    subject: str,
    paper: str = "A4",
    update_fields: bool = True,
    w: Words | None = None,
):
    """A document on ``paper`` with the brief's styles; ``author`` None leaves the
    file's author empty.  ``update_fields`` makes Word offer to update the fields on
    open (a brief writes its contents page in full and need not ask)."""
    w = w or Words()
    doc = docx.Document()
    _page(doc, paper)
    _fonts(doc, w.lang)
    _styles(doc)
    _footer(doc, title, paper, w)
    _properties(doc, title, author or "", created, subject, w)
    if update_fields:
        fields.ask_to_update_fields(doc.settings.element)
    return doc


def _page(doc, paper: str = "A4") -> None:
    section = doc.sections[0]
    width, height = PAPERS[paper]
    section.page_width, section.page_height = Cm(width), Cm(height)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(SIDE_MARGIN_CM))
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    section.footer_distance = Cm(1.0)


def _set_fonts(rfonts, latin: str = LATIN_FONT) -> None:
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi"):
        rfonts.set(qn(attr), latin)
    rfonts.set(qn("w:cs"), COMPLEX_FONT)
    rfonts.set(qn("w:eastAsia"), CJK_FONT)


def _fonts(doc, language: str = "en") -> None:
    """Fonts, and the language the document's words are in (``w:lang``: a word
    processor proofs them in it; its ``w:bidi`` the one of right-to-left text)."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for rfonts in styles.iter(qn("w:rFonts")):
        _set_fonts(rfonts)
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
        if language in RTL:
            lang.set(qn("w:bidi"), LOCALES[language])
        elif language not in ("zh", "en"):
            lang.set(qn("w:val"), LOCALES[language])
    theme_lang = doc.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:eastAsia"), "zh-CN")
    _font_table(doc)


def _font_table(doc) -> None:
    """Describe the Chinese fonts (GB2312 charset) so Word substitutes sensibly if absent."""
    part = next(
        (r.target_part for r in doc.part.rels.values() if r.reltype.endswith("/fontTable")),
        None,
    )
    if part is None:
        return
    root = etree.fromstring(part.blob)
    w = root.nsmap.get("w") or "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    for name, alt, family in ((CJK_FONT, "微软雅黑", "swiss"), (CJK_FALLBACK, "宋体", "auto")):
        font = etree.SubElement(root, f"{{{w}}}font", {f"{{{w}}}name": name})
        etree.SubElement(font, f"{{{w}}}altName", {f"{{{w}}}val": alt})
        etree.SubElement(font, f"{{{w}}}charset", {f"{{{w}}}val": "86"})
        etree.SubElement(font, f"{{{w}}}family", {f"{{{w}}}val": family})
        etree.SubElement(font, f"{{{w}}}pitch", {f"{{{w}}}val": "variable"})
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _styles(doc) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    title = styles["Title"]
    title.font.size = Pt(26)
    title.font.color.rgb = DARK
    title.paragraph_format.space_after = Pt(10)
    for level, size, before, after, colour in (
        (1, 17, 0, 8, DARK),
        (2, 13, 16, 4, ACCENT),
        (3, 11, 10, 2, DARK),
    ):
        h = styles[f"Heading {level}"]
        h.font.size = Pt(size)
        h.font.color.rgb = colour
        h.paragraph_format.space_before = Pt(before)
        h.paragraph_format.space_after = Pt(after)
        h.paragraph_format.keep_with_next = True
    for name, base, points, bold, italic, rgb, space_before, space_after, keep in PARAGRAPH_STYLES:
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles[base]
        st.font.size = Pt(points)
        st.font.bold = bold or None
        st.font.italic = italic or None
        if rgb is not None:
            st.font.color.rgb = rgb
        pf = st.paragraph_format
        pf.space_before, pf.space_after = Pt(space_before), Pt(space_after)
        pf.keep_with_next = keep or None
        if name == "Brief Table Text":
            pf.line_spacing = 1.0
    note = styles["Brief Note"].paragraph_format
    note.left_indent = Cm(0.3)
    ppr = styles["Brief Note"].element.get_or_add_pPr()
    fields.shade(ppr, NOTE_FILL)
    fields.border(ppr, "left", NOTE_BORDER)


def _footer(doc, title: str, paper: str = "A4", w: Words | None = None) -> None:
    w = w or Words()
    style = doc.styles["Footer"]
    tabs = style.paragraph_format.tab_stops  # the template's are for US Letter
    tabs.clear_all()
    tabs.add_tab_stop(Cm(text_width_cm(paper)), WD_TAB_ALIGNMENT.RIGHT)
    p = doc.sections[0].footer.paragraphs[0]
    p.style = style
    short = title if len(title) <= 70 else title[:69] + "…"
    lead = p.add_run(short + "\t")
    lead.font.color.rgb = GREY
    fields.add_page_x_of_y(p, w("footer.page"), w("footer.of"), w("footer.end"))
    for run in p.runs:
        run.font.size = Pt(8.5)
    fields.border(p._p.get_or_add_pPr(), "top", "A6A6A6", size_eighths=4, space=4)


def _properties(
    doc, title: str, author: str, created: datetime, subject: str, w: Words | None = None
) -> None:
    w = w or Words()
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = subject
    cp.keywords = w("props.keywords")
    cp.comments = w("props.comments")
    cp.category = w("props.category")
    cp.language = LOCALES[w.lang]
    when = created.astimezone(UTC).replace(tzinfo=None)
    cp.created = when
    cp.modified = when
    cp.revision = 1
