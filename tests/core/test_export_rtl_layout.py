"""What the program writes in Arabic is laid out right to left, not only its
paragraphs: the brief's and the check report's tables mirrored (``w:bidiVisual``),
their sections right to left, Arabic runs in a font that has Arabic letters (the
complex-script font ``w:cs``: Arial; Calibri has none) and marked ``w:rtl``, the
annotated draft's comments right to left, the coverage workbook's sheets right to
left.  Read from the files' XML; the same in English stays left to right."""

from __future__ import annotations

import html
import re
import zipfile

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from reviewer.export import (
    BriefOptions,
    annotate_draft,
    export_brief,
    export_check_report,
    export_coverage,
)
from reviewer.export.docx_cells import STRUCTURE_STYLES
from reviewer.export.docx_style import COMPLEX_FONT
from tests.core.brief_helpers import build
from tests.core.test_check import faulty_draft

ARABIC = "\u0600-\u06ff"


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    ws = build(tmp_path_factory.mktemp("rtl") / "ws.sqlite", thematic=True)
    yield ws
    ws.close()


def _tables_mirrored(doc) -> list[bool]:
    return [t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in doc.tables]


def _complex_fonts(doc) -> set[str | None]:
    return {f.get(qn("w:cs")) for f in doc.styles.element.iter(qn("w:rFonts"))}


# the run properties' order in the schema (CT_RPr) where the exports write them
_RPR_ORDER = [qn(f"w:{t}") for t in ("rStyle", "rFonts", "b", "i", "color", "sz", "rtl", "lang")]


def _out_of_order(doc) -> list[list[str]]:
    """Run properties whose children break the schema's order (Word may refuse them)."""
    bad = []
    for part in (doc.element.body, doc.styles.element):
        for rpr in part.iter(qn("w:rPr")):
            ranks = [_RPR_ORDER.index(c.tag) for c in rpr if c.tag in _RPR_ORDER]
            if ranks != sorted(ranks):
                bad.append([c.tag.split("}")[1] for c in rpr])
    return bad


def _arabic_runs(doc):
    arabic = re.compile(f"[{ARABIC}]")
    body = doc.element.body
    return [r for r in body.iter(qn("w:r")) if arabic.search("".join(r.itertext()))]


@pytest.mark.parametrize("group_by", ["document", "recommendation"])
def test_an_arabic_brief_mirrors_its_tables_and_writes_arabic_in_an_arabic_font(
    ws, tmp_path, group_by
):
    path = tmp_path / f"ar-{group_by}.docx"
    export_brief(ws, path, BriefOptions(language="ar", group_by=group_by))
    doc = docx.Document(str(path))
    assert len(doc.tables) >= 2 and all(_tables_mirrored(doc))
    assert all(s._sectPr.find(qn("w:bidi")) is not None for s in doc.sections)
    assert _complex_fonts(doc) == {COMPLEX_FONT}
    runs = _arabic_runs(doc)
    assert runs and all(r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None for r in runs)
    assert _out_of_order(doc) == []
    # headings and the contents stand at the right whatever their text ("A/HRC/40/6")
    structure = [p for p in doc.paragraphs if p.style.style_id in STRUCTURE_STYLES]
    if group_by == "recommendation":
        assert any(p.text.startswith("A/HRC/40/6") for p in structure)
    assert structure and all(p._p.pPr.find(qn("w:bidi")) is not None for p in structure)

    english = tmp_path / f"en-{group_by}.docx"
    export_brief(ws, english, BriefOptions(language="en", group_by=group_by))
    doc = docx.Document(str(english))
    assert doc.tables and not any(_tables_mirrored(doc))
    assert all(s._sectPr.find(qn("w:bidi")) is None for s in doc.sections)


def test_the_arabic_check_report_and_annotated_draft_read_right_to_left(ws, tmp_path):
    draft = faulty_draft(tmp_path)
    report = ws.check_file(draft)
    out = tmp_path / "check-ar.docx"
    export_check_report(report, out, author="Mei Lin", language="ar")
    doc = docx.Document(str(out))
    assert doc.tables and all(_tables_mirrored(doc))
    assert _complex_fonts(doc) == {COMPLEX_FONT}
    # the title names the draft's English title after an Arabic word: right to left
    title = doc.paragraphs[0]
    assert title.text.startswith("فحص المشروع: ") and "Human Rights" in title.text
    assert title._p.pPr.find(qn("w:bidi")) is not None
    assert _out_of_order(doc) == []

    annotated = tmp_path / "annotated-ar.docx"
    annotate_draft(report, draft, annotated, language="ar")
    comments = docx.Document(str(annotated)).comments
    said = [p for c in comments for p in c.paragraphs if p.text]
    assert said and all(p._p.pPr.find(qn("w:bidi")) is not None for p in said)
    with zipfile.ZipFile(annotated) as z:
        parts = [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
        xml = {n: z.read(n).decode() for n in parts}
    # w:rtl before w:lang, as the schema orders run properties (Word may refuse otherwise)
    assert not [n for n, x in xml.items() if re.search(r"<w:lang [^>]*/><w:rtl/>", x)]
    english = tmp_path / "annotated-en.docx"
    annotate_draft(report, draft, english, language="en")
    plain = [p for c in docx.Document(str(english)).comments for p in c.paragraphs]
    assert all(p._p.pPr is None or p._p.pPr.find(qn("w:bidi")) is None for p in plain)


def test_the_arabic_coverage_workbook_reads_right_to_left(ws, tmp_path):
    out = tmp_path / "coverage-ar.xlsx"
    export_coverage(ws, out, "CHN-4", language="ar")
    wb = openpyxl.load_workbook(out)
    assert len(wb.worksheets) == 4
    assert all(sh.sheet_view.rightToLeft for sh in wb.worksheets)
    with zipfile.ZipFile(out) as z:  # the streamed Paragraphs sheet too, in its XML
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert all(b'rightToLeft="1"' in z.read(n) for n in sheets)
    english = tmp_path / "coverage-en.xlsx"
    export_coverage(ws, english, "CHN-4", language="en")
    assert not any(sh.sheet_view.rightToLeft for sh in openpyxl.load_workbook(english).worksheets)


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", ("Page ", " of ")), ("fr", ("Page ", " sur ")), ("ar", ("الصفحة ", " من "))],
)
def test_the_coverage_workbook_prints_its_page_footer_in_its_language(
    ws, tmp_path, language, words
):
    out = tmp_path / f"coverage-{language}.xlsx"
    export_coverage(ws, out, "CHN-4", language=language)
    with zipfile.ZipFile(out) as z:  # every sheet, the streamed one too
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        xml = [html.unescape(z.read(n).decode()) for n in sheets]  # &#1575; and the like
    footers = [m.group(1) for x in xml for m in re.finditer(r"<oddFooter>(.*?)</oddFooter>", x)]
    page, of = words
    assert len(footers) == 4
    assert all(f"&A — {page}&P{of}&N" in f for f in footers), footers
