"""Right-to-left in briefs: a paragraph whose text is Arabic (or whose strong
right-to-left letters dominate) is written with ``w:bidi`` in its paragraph
properties and ``w:rtl`` in its runs; every other paragraph as before."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from reviewer.export import BriefOptions, export_brief
from reviewer.export import docx_blocks as xml
from reviewer.workspace import Workspace

NETWORK_AR = """**تقرير مقدم من شبكة حقوق المرأة إلى مجلس حقوق الإنسان**

1. لا تزال النساء في المناطق الريفية يفتقرن إلى المساعدة القانونية، والمحاكم بعيدة عن \
القرى، ولم تنفذ التوصية 28.294 بعد.

2. The Network welcomes the new law on domestic violence and asks for its funding \
(A/HRC/40/6, para. 28.294).
"""
NOTE_AR = "يجب التحقق من مصدر هذه الأرقام قبل الاجتماع."


@pytest.mark.parametrize(
    ("value", "rtl"),
    [
        ("لا تزال النساء في المناطق الريفية يفتقرن إلى المساعدة القانونية (28.294).", True),
        ("Ratify the Convention against Torture (Peru).", False),
        ("The word سلام means peace in Arabic, and the report says so.", False),
        ("שלום עליכם, ברוכים הבאים", True),  # Hebrew: right-to-left letters only
        ("28.294 (2019)", False),
        ("", False),
    ],
)
def test_which_text_reads_right_to_left(value, rtl):
    assert xml.is_rtl(value) is rtl


def test_a_right_to_left_paragraph_is_written_so():
    block = xml.paragraph(xml.run("سلام ") + xml.run("عليكم", bold=True), "Body", after=3, rtl=True)
    [p] = xml.parse([block])
    ppr = p.find(qn("w:pPr"))
    assert [c.tag for c in ppr] == [qn("w:pStyle"), qn("w:bidi"), qn("w:spacing")]  # schema order
    runs = p.findall(qn("w:r"))
    assert len(runs) == 2
    assert all(r.find(qn("w:rPr")).find(qn("w:rtl")) is not None for r in runs)
    assert [c.tag for c in runs[1].find(qn("w:rPr"))] == [qn("w:b"), qn("w:rtl")]
    # a left-to-right paragraph is as it always was
    assert (
        xml.paragraph(xml.run("peace"), "Body")
        == '<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t>peace</w:t></w:r></w:p>'
    )


def _paragraphs(path):
    """(text, bidi, runs marked rtl, runs) of each body paragraph with text."""
    out = []
    for p in docx.Document(str(path)).paragraphs:
        if not p.text.strip():
            continue
        ppr = p._p.pPr
        bidi = ppr is not None and ppr.find(qn("w:bidi")) is not None
        runs = [r for r in p._p.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
        marked = sum(
            1
            for r in runs
            if r.find(qn("w:rPr")) is not None and r.find(qn("w:rPr")).find(qn("w:rtl")) is not None
        )
        out.append((p.text, bidi, marked, len(runs)))
    return out


def test_a_brief_writes_arabic_paragraphs_right_to_left(tmp_path):
    source = tmp_path / "network-ar.md"
    source.write_text(NETWORK_AR, encoding="utf-8")
    with Workspace.open(tmp_path / "w.sqlite", author="Mei Lin") as ws:
        result = ws.import_file(source)
        paragraphs = ws.document(result.document_id).paragraphs
        for p in paragraphs:
            ws.add_tag(p.id, "women")
        ws.add_note(paragraphs[1].id, NOTE_AR)
        export_brief(ws, tmp_path / "brief.docx", BriefOptions())
    written = _paragraphs(tmp_path / "brief.docx")
    arabic = [w for w in written if w[0].startswith("لا تزال النساء")]
    assert arabic and all(bidi and marked == runs for _, bidi, marked, runs in arabic)
    [note] = [w for w in written if NOTE_AR in w[0]]
    assert note[1] and note[2] == note[3]  # the note's label and its text, right to left
    english = [w for w in written if w[0].startswith("The Network welcomes")]
    assert english and not any(bidi or marked for _, bidi, marked, _ in english)
    # the cover's table of documents: the Arabic title's cell right to left, the rest not
    doc = docx.Document(str(tmp_path / "brief.docx"))
    cells = {c.text: c for t in doc.tables for row in t.rows for c in row.cells}
    title = next(c for text, c in cells.items() if text.startswith("تقرير مقدم"))
    assert title.paragraphs[0]._p.pPr.find(qn("w:bidi")) is not None
    assert all(r.find(qn("w:rPr")).find(qn("w:rtl")) is not None for r in title._tc.iter(qn("w:r")))
    assert cells["Submission"].paragraphs[0]._p.pPr.find(qn("w:bidi")) is None
    headings = [
        w for w in written if w[0] in ("Paragraph 1", "Paragraph 2", "Linked recommendations")
    ]
    assert headings and not any(bidi for _, bidi, _, _ in headings)
