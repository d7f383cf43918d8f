"""Right-to-left PDFs read in logical order (reviewer/ingest/pdf_bidi.py).

Three producers of the same Arabic submission (tests/fixtures/languages/submissions.py):
LibreOffice printing the .docx (glyphs in logical order, lam-alef as one glyph split by
MuPDF), PyMuPDF's HTML layout (presentation forms, mirrored brackets mapped to what they
look like), and a file written here glyph by glyph from left to right, as a producer
writing visual order does.  Each paragraph and footnote must read as the .docx's own
text; the boxes stay where the text is printed; left-to-right PDFs never take the
right-to-left path.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import pymupdf
import pytest

from reviewer.ingest import parse_bytes
from reviewer.ingest.model import ParsedDocument
from reviewer.ingest.pdf import parse_pdf
from reviewer.ingest.pdf_bidi import RTL_RE
from reviewer.ingest.pdf_lines import read_page
from tests.conftest import FIXTURES

LANG = FIXTURES / "languages"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_HARAKAT_RE = re.compile("[\u064b-\u065f\u0670]")


def norm(text: str) -> str:
    """As a reader compares Arabic: presentation forms as letters, without the short
    vowel marks (a word processor places them over a neighbouring glyph), spaces
    folded."""
    return " ".join(_HARAKAT_RE.sub("", unicodedata.normalize("NFKC", text)).split())


@cache
def parsed(name: str) -> ParsedDocument:
    path = LANG / name
    return parse_bytes(path.read_bytes(), path.name)


def visual_order_pdf(source: Path) -> bytes:
    """``source`` written again as a visual-order producer writes Arabic (text shaped
    to presentation forms, then reversed): each printed word as one string of the
    glyphs MuPDF read, left to right, in DejaVu Sans."""
    src = pymupdf.open(source)
    out = pymupdf.open()
    font = pymupdf.Font(fontfile=str(DEJAVU))
    for page in src:
        new = out.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_font(fontname="dv", fontbuffer=font.buffer)
        # presentation forms as the glyphs are ("ﻻ" one glyph), as a shaper gives them
        flags = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_PRESERVE_WHITESPACE
        raw = page.get_text("rawdict", flags=flags | pymupdf.TEXT_COLLECT_VECTORS)
        glyphs = []
        for b in raw["blocks"]:
            if b["type"] == 3:
                x0, y0, x1, y1 = b["bbox"]
                new.draw_line((x0, (y0 + y1) / 2), (x1, (y0 + y1) / 2), width=0.5)
                continue
            for ln in b.get("lines", []):
                for s in ln["spans"]:
                    for c in s["chars"]:
                        y = round(c["origin"][1])
                        glyphs.append((y, s["size"], c["bbox"][0], c["bbox"][2], c["c"]))
        glyphs.sort()
        run: list[tuple] = []
        for g in glyphs + [(-1.0, 0.0, 0.0, 0.0, "")]:
            # a run per word (each word where it is printed: lines are justified)
            if run and (g[:2] != run[-1][:2] or g[4].isspace() or run[-1][4].isspace()):
                y, size, x0 = run[0][:3]
                new.insert_text((x0, y), "".join(r[4] for r in run), fontname="dv", fontsize=size)
                run = []
            run.append(g)
    return out.tobytes()


def docx_texts(doc: ParsedDocument) -> tuple[dict[str | None, str], list[str]]:
    paras = {p.label: norm(p.text) for p in doc.paragraphs if p.label}
    return paras, [norm(f.text) for f in doc.footnotes]


@pytest.mark.parametrize("name", ["submission-ar.pdf", "submission-ar-html.pdf", "visual"])
def test_each_paragraph_and_note_reads_as_the_docx_writes_it(name):
    if name == "visual":
        if not DEJAVU.exists():
            pytest.skip("DejaVu Sans is not installed")
        data = visual_order_pdf(LANG / "submission-ar-html.pdf")
        doc = parse_pdf(data, "visual-order.pdf")
    else:
        doc = parsed(name)
    want_paras, want_notes = docx_texts(parsed("submission-ar.docx"))
    got_paras, got_notes = docx_texts(doc)
    assert got_paras == want_paras
    assert got_notes == want_notes
    assert not any(RTL_RE.search(p.text) and "\ufe70" <= max(p.text) for p in doc.paragraphs)
    # the citations a reviewer looks for, whole and in their order
    body = {p.label: p.text for p in doc.paragraphs}
    assert "التوصية 28.294" in body["2"]
    assert "28.270 و28.271 و28.274" in body["3"]
    assert "(A/HRC/40/6، الفقرات 28.45 إلى 28.49)" in body["4"]
    assert "٢٨٫٢٨٧" in body["5"] and "٢٨٫٥" in body["1"]
    # the markers stand where the notes are called: after the number they follow
    [ref] = [p for p in doc.paragraphs if p.label == "2"][0].markers
    assert body["2"][: ref.offset].endswith("28.294")


def test_the_title_and_the_organisation_open_the_document():
    doc = parsed("submission-ar-html.pdf")
    assert norm(doc.title) == norm(parsed("submission-ar.docx").title)
    first, second = doc.paragraphs[0], doc.paragraphs[1]
    assert first.kind == "title" and norm(first.text) == norm(doc.title)
    assert norm(second.text) == "الشبكة العربية لحقوق المرأة والطفل"


@pytest.mark.parametrize("name", ["submission-ar.pdf", "submission-ar-html.pdf"])
def test_boxes_are_where_the_text_is_printed(name):
    """A right-to-left page is mirrored while its paragraphs are built; the boxes the
    reading pane highlights are given back in the page's own coordinates."""
    doc = parsed(name)
    with pymupdf.open(LANG / name) as pdf:
        page = pdf[0]
        width = page.rect.width
        for p in doc.paragraphs:
            [(_n, x0, y0, x1, y1)] = p.boxes
            assert 0 <= x0 < x1 <= width
            assert x1 > width * 0.8  # right-to-left paragraphs start at the right margin
            printed = norm(page.get_text("text", clip=pymupdf.Rect(x0, y0, x1, y1)))
            # the paragraph's words are printed inside its box (MuPDF's own order may
            # reverse a lam-alef)
            words = set(re.findall(r"[\u0600-\u06ff]{3,}", norm(p.text)))
            inside = set(re.findall(r"[\u0600-\u06ff]{3,}", printed))
            inside |= {w[::-1] for w in inside}
            assert len(words & inside) >= 0.8 * len(words), p.text[:40]


@pytest.mark.parametrize(
    "rel",
    [
        "languages/submission-ru.pdf",
        "languages/submission-es.pdf",
        "languages/submission-zh.pdf",
        "un/languages/China-UPR3-A_HRC_40_6-wg-report-excerpt-fr.pdf",
        "cango/cango-upr4-submission.pdf",
    ],
)
def test_left_to_right_pages_never_take_the_right_to_left_path(rel):
    with pymupdf.open(FIXTURES / rel) as pdf:
        for i, page in enumerate(pdf):
            pt = read_page(page, i + 1)
            assert all(ln.mirror == 0.0 for ln in pt.lines)


def test_a_russian_pdf_reads_as_its_docx():
    pdf = parsed("submission-ru.pdf")
    docx = parsed("submission-ru.docx")
    assert docx_texts(pdf) == docx_texts(docx)


HEBREW_FONT_DIR = Path("/usr/share/fonts/truetype/noto")


def test_a_hebrew_page_reads_in_logical_order(tmp_path):
    """The same reading for Hebrew (no joining letters, no presentation forms), laid
    out by PyMuPDF's HTML engine: a heading, a justified paragraph of several lines
    with numbers, a symbol and Latin words inside."""
    if not (HEBREW_FONT_DIR / "NotoSansHebrew-Regular.ttf").exists():
        pytest.skip("Noto Sans Hebrew is not installed")
    heading = "דוח על זכויות האדם"
    body = (
        "הממשלה יישמה את ההמלצה 28.294 של הדוח A/HRC/40/6 בשנת 2019, ואת ההמלצות "
        "28.270 ו-28.271 בנושא חינוך (ראו Human Rights Council, פסקאות 28.45 עד 28.49); "
        "הארגון ממשיך לעקוב אחר יישום ההמלצות בכל המחוזות של המדינה ובכל הערים הגדולות."
    )
    css = (
        "@font-face {font-family: he; src: url(NotoSansHebrew-Regular.ttf);} "
        "* {font-family: he;} h1 {font-size: 15pt;} p {font-size: 11pt; text-align: justify;}"
    )
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_htmlbox(
        pymupdf.Rect(72, 72, 523, 500),
        f'<h1 dir="rtl">{heading}</h1><p dir="rtl">{body}</p>',
        css=css,
        archive=pymupdf.Archive(str(HEBREW_FONT_DIR)),
    )
    parsed_doc = parse_pdf(doc.tobytes(), "he.pdf")
    texts = [p.text for p in parsed_doc.paragraphs]
    assert texts == [heading, body]
    assert len(parsed_doc.paragraphs[1].boxes) == 1
