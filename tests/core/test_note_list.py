"""Every note at once (``Workspace.all_notes``), with its document, label, pages and
the passage it is on: on the real CANGO submission (PDF, so paragraphs have pages)."""

import pytest

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

CANGO_PDF = FIXTURES / "cango" / "cango-upr4-submission.pdf"
CANGO_MD = FIXTURES / "cango" / "cango-upr4-submission.md"


@pytest.fixture
def ws(location):
    with Workspace.open(location, author="Ana") as w:
        done, failed = w.import_files([CANGO_PDF])
        assert not failed
        more, failed = w.import_files([CANGO_MD], new_document=True)
        assert not failed
        yield w


def _by_label(ws, doc_id):
    return {p.label: p for p in ws.paragraphs(ws.paragraph_ids(doc_id)) if p.label}


def test_all_notes_say_where_they_are(ws):
    pdf, md = (d.id for d in ws.documents())
    a, b = _by_label(ws, pdf), _by_label(ws, md)
    first = ws.add_note(a["6"].id, "Check the carbon figures")
    words = "Chinese government"
    start = a["6"].text.index(words)
    ws.author = "Ben"
    on_passage = ws.add_note(a["6"].id, "Which year?", span=(start, start + len(words)))
    other = ws.add_note(b["2"].id, "Same point in the Markdown copy")

    rows = ws.all_notes()
    assert [r.id for r in rows] == [first.id, on_passage.id, other.id]
    r = rows[0]
    assert (r.document_id, r.label, r.author, r.body) == (pdf, "6", "Ana", first.body)
    assert r.document_title == ws.get_document(pdf).title
    assert r.pages == a["6"].pages and r.pages.startswith("p")  # a PDF's paragraph: pages
    assert r.quote is None
    assert rows[1].quote == words and (rows[1].span_start, rows[1].span_end) == (
        start,
        start + len(words),
    )
    assert rows[2].pages == ""  # Markdown: no pages

    assert [n.id for n in ws.all_notes(author="Ben")] == [on_passage.id, other.id]
    assert [n.id for n in ws.all_notes(document_id=md)] == [other.id]
    assert [n.id for n in ws.all_notes(words="CARBON check")] == [first.id]
    assert ws.all_notes(words="100%") == []  # LIKE's wildcards are plain characters
    # offsets are characters, as Python counts them, after curly quotes too
    text = a["5"].text
    end = len(text) - 1
    start = text.index("”") + 1
    ws.add_note(a["5"].id, "after the quotes", span=(start, end))
    assert ws.all_notes(words="quotes")[0].quote == text[start:end]


def test_all_notes_of_one_review(ws):
    pdf, md = ws.documents()
    assert pdf.review == "CHN-4"
    ws.set_document_review(md.id, "CHN-3")  # the copy put in the previous review by hand
    mine = ws.add_note(_by_label(ws, pdf.id)["2"].id, "in CHN-4")
    theirs = ws.add_note(_by_label(ws, md.id)["2"].id, "in CHN-3")
    assert [(n.id, n.review) for n in ws.all_notes(review="CHN-4")] == [(mine.id, "CHN-4")]
    assert [(n.id, n.review) for n in ws.all_notes(review="CHN-3")] == [(theirs.id, "CHN-3")]
    assert len(ws.all_notes()) == 2
