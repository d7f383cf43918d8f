"""The brief's paragraphs written as text (``docx_blocks``) are the XML python-docx
writes for the same calls: each builder against python-docx's own API (or the
element-by-element code it replaced), compared canonically."""

import datetime as dt
import random

import docx
import pytest
from docx.shared import Pt, RGBColor
from lxml import etree

from reviewer.export import docx_blocks as xml
from reviewer.export.docx_comments import CommentWriter, comment_xml
from reviewer.export.docx_fields import add_field, add_text
from reviewer.export.docx_toc import Contents, hyperlink_to

PIECES = ["word", " ", "  ", "\t", "\n", "\r", "\r\n", "a&b", "<tag>", '"q"', "\u00a0", "中文", "’"]


def canon(el) -> bytes:
    return etree.tostring(el, method="c14n", exclusive=True)


def parsed(block: str):
    """The element a piece of text makes, parsed the way the brief parses it."""
    return xml.parse([block])[0]


def in_paragraph(runs: str):
    return parsed(f"<w:p>{runs}</w:p>")


def texts(rng: random.Random, n: int = 60) -> list[str]:
    out = ["", " ", "x", " lead", "trail ", "\t", "a\nb"]
    for _ in range(n):
        out.append("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6))))
    return out


@pytest.mark.parametrize(
    "bold,italic,colour", [(0, 0, None), (1, 0, None), (0, 1, "595959"), (1, 1, "C0392B")]
)
def test_a_run_is_what_add_run_writes(bold, italic, colour):
    doc = docx.Document()
    for text in texts(random.Random(7)):
        p = doc.add_paragraph()
        run = p.add_run(text)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        ours = in_paragraph(xml.run(text, bool(bold), bool(italic), colour))
        assert canon(ours) == canon(p._p), repr(text)
        # and what the element-by-element add_text writes
        q = doc.add_paragraph()
        add_text(q, text, bool(bold), bool(italic), colour)
        assert canon(q._p) == canon(p._p), repr(text)


@pytest.mark.parametrize(
    "style,before,after,new_page",
    [("BriefMeta", None, None, False), ("Heading1", None, None, True), ("BriefMeta", 4, None, False),
     ("BriefTableText", None, 2, False), ("Heading1", 22, None, False), (None, None, None, False)],
)  # fmt: skip
def test_a_paragraph_is_what_python_docx_writes(style, before, after, new_page):
    doc = docx.Document()
    p = doc.add_paragraph()
    if style:
        p._p.style = style
    if new_page:
        p.paragraph_format.page_break_before = True
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    p.add_run("The heading")
    contents = Contents()
    contents.bookmark(p)  # the contents' bookmark, then a named one outside it
    contents.bookmark(p, "_Par12")
    add_text(p, " and what came after")
    marks = [(1, "_Toc00000001"), (2, "_Par12")]
    ours = parsed(
        xml.paragraph(
            xml.run("The heading"),
            style,
            before,
            after,
            new_page,
            marks,
            xml.run(" and what came after"),
        )
    )
    assert canon(ours) == canon(p._p)


def test_a_reference_back_is_what_the_element_code_writes():
    doc = docx.Document()
    p = doc.add_paragraph()
    add_text(p, "See ")
    hyperlink_to(p, "_Par7", "¶ 6 under 28.45 & <more>")
    add_text(p, " (page ")
    add_field(p, "PAGEREF _Par7 \\h", "1")
    ours = in_paragraph(
        xml.run("See ")
        + xml.hyperlink("_Par7", "¶ 6 under 28.45 & <more>")
        + xml.run(" (page ")
        + xml.field("PAGEREF _Par7 \\h", "1")
    )
    assert canon(ours) == canon(p._p)


def test_comments_anchor_as_python_docx_anchors_them():
    """Three comments on pieces of one paragraph, two sharing their first and last
    piece: the ranges nest as ``mark_comment_range`` nests them, and the comments are
    the ones ``add_comment`` writes."""
    when = dt.datetime(2025, 3, 3, 9, 30, tzinfo=dt.UTC)
    notes = [
        ((0, 2), "whole & more\nsecond line", "Mei Lin", "ML"),
        ((0, 2), "the same words\tagain", "Ana <A>", "AA"),
        ((1, 1), "", 'O"Brien', "OB"),
    ]
    pieces = ["First words ", "the span", " and the rest."]
    doc = docx.Document()
    p = doc.add_paragraph()
    runs = [p.add_run(t) for t in pieces]
    for (a, b), body, author, ini in notes:
        doc.add_comment(runs[a : b + 1], text=body, author=author, initials=ini)
    theirs = list(doc.comments._comments_elm)
    for c in theirs:  # python-docx's own timestamp: ours is the note's
        c.set(etree.QName(c.nsmap["w"], "date").text, "2025-03-03T09:30:00Z")

    mine = docx.Document()
    writer = CommentWriter(mine)
    anchors = [
        (writer.comment(body, author, ini, when), a, b) for (a, b), body, author, ini in notes
    ]
    writer.flush()
    ours = in_paragraph(xml.commented([xml.run(t) for t in pieces], anchors))
    assert canon(ours) == canon(p._p)
    got = list(mine.comments._comments_elm)
    assert [canon(c) for c in got] == [canon(c) for c in theirs]
    assert canon(parsed_comment(comment_xml(0, *notes[0][1:], when))) == canon(theirs[0])


def parsed_comment(text: str):
    root = etree.fromstring(f'<w:comments xmlns:w="{xml.W_NS}">{text}</w:comments>')
    return root[0]
