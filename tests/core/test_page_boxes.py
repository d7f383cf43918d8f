"""Where each PDF paragraph stands on its pages (``ParsedParagraph.boxes``).

Checked against the PDF itself on the whole layout family of the fixtures (an NGO
submission printed from Word, UN reports of several sessions): every paragraph has
a box on its first and last page, and PyMuPDF's own words inside the box of its
first page begin as the paragraph does.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pymupdf
import pytest

from reviewer.ingest import parse_bytes
from reviewer.ingest.model import ParsedDocument
from reviewer.vocabulary import ParagraphKind

FIXTURES = Path(__file__).parent.parent / "fixtures"
PDFS = [
    "cango/cango-upr4-submission.pdf",
    "un/Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf",
    "un/Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf",
    "un/Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf",
    "un/Slovenia-UPR4-A_HRC_59_15_Add.1-responses.pdf",
    "un/Norway-UPR2-A_HRC_27_3-wg-report.pdf",
]
_WORD = re.compile(r"\w+")


@cache
def parsed(rel: str) -> ParsedDocument:
    path = FIXTURES / rel
    return parse_bytes(path.read_bytes(), path.name)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _words_in(page: pymupdf.Page, box) -> list[str]:
    """The page's words whose middle lies inside ``box``, in reading order."""
    _page, x0, y0, x1, y1 = box
    rect = pymupdf.Rect(x0, y0, x1, y1) + (-0.6, -0.6, 0.6, 0.6)  # the 0.1 pt rounding
    out: list[str] = []
    for wx0, wy0, wx1, wy1, word, *_ in page.get_text("words", sort=True):
        if pymupdf.Point((wx0 + wx1) / 2, (wy0 + wy1) / 2) in rect:
            out.extend(_words(word))
    return out


@pytest.mark.parametrize("rel", PDFS)
def test_every_paragraph_has_a_box_on_its_pages(rel):
    doc = parsed(rel)
    assert doc.paragraphs
    for p in doc.paragraphs:
        pages = [b[0] for b in p.boxes]
        assert pages == sorted(set(pages)), p  # one box per page, in order
        assert pages[0] == p.page_start and pages[-1] == p.page_end, p
        for page, x0, y0, x1, y1 in p.boxes:
            assert 1 <= page <= (doc.pages or 0)
            assert 0 <= x0 < x1 and 0 <= y0 < y1, p
            for v in (x0, y0, x1, y1):
                assert round(v, 1) == v  # rounded to 0.1 pt


@pytest.mark.parametrize("rel", PDFS)
def test_a_box_holds_the_first_words_of_its_paragraph(rel):
    """The first words of each body paragraph are among the words PyMuPDF finds in its
    box (footnote markers and labels aside), and ``search_for`` finds the first long
    word inside the box."""
    doc = parsed(rel)
    checked = 0
    with pymupdf.open(FIXTURES / rel) as pdf:
        for p in doc.paragraphs:
            if p.kind != ParagraphKind.BODY:
                continue
            first = p.boxes[0]
            page = pdf[first[0] - 1]
            inside = _words_in(page, first)
            head = _words(p.text)[:3]
            assert head, p
            for w in head:
                assert w in inside, (rel, p.seq, w, p.text[:80], inside[:30])
            long = next((w for w in _WORD.findall(p.text) if len(w) >= 6), None)
            if long is not None and long.lower() in inside[:40]:
                box = pymupdf.Rect(first[1:]) + (-0.6, -0.6, 0.6, 0.6)
                hits = page.search_for(long)
                assert any(box.contains(h) or box.intersects(h) for h in hits), (rel, p.seq)
            checked += 1
    assert checked >= 5


def test_boxes_of_other_pages_do_not_reach_into_this_one():
    """A paragraph running over a page break has a box on each page, each inside its
    own page, and the text on the second page starts where the first page stopped."""
    doc = parsed("cango/cango-upr4-submission.pdf")
    spanning = [p for p in doc.paragraphs if p.page_end != p.page_start]
    assert spanning
    with pymupdf.open(FIXTURES / "cango/cango-upr4-submission.pdf") as pdf:
        for p in spanning:
            assert len(p.boxes) >= 2
            for page, _x0, _y0, x1, y1 in p.boxes:
                rect = pdf[page - 1].rect
                assert x1 <= rect.width + 0.1 and y1 <= rect.height + 0.1
            words = _words(p.text)
            on_first = _words_in(pdf[p.boxes[0][0] - 1], p.boxes[0])
            on_next = _words_in(pdf[p.boxes[1][0] - 1], p.boxes[1])
            assert on_first and on_next
            # the second box holds the words that follow those of the first
            assert on_next[0] in words[len(on_first) - 5 : len(on_first) + 15]


def test_word_and_text_files_have_no_boxes():
    for rel in ("cango/cango-upr4-submission.docx", "cango/cango-upr4-submission.txt"):
        doc = parsed(rel)
        assert doc.paragraphs and all(p.boxes == () for p in doc.paragraphs)
