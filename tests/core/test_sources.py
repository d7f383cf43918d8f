"""Page boxes stored at import, the file a document came from, and what importing the
same file again fills in (documents imported before boxes were kept)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from reviewer.errors import BadInput
from reviewer.ingest import parse_bytes
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.core.cli_helpers import cli

CANGO_PDF = FIXTURES / "cango" / "cango-upr4-submission.pdf"
CANGO_DOCX = FIXTURES / "cango" / "cango-upr4-submission.docx"
SVN_NATIONAL = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"


@pytest.fixture
def ws(tmp_path):
    w = Workspace.open(tmp_path / "w.sqlite", author="Ana")
    yield w
    w.close()


def _raw(ws, sql, *args):
    con = sqlite3.connect(ws.path)
    try:
        rows = con.execute(sql, args).fetchall()
        con.commit()
        return rows
    finally:
        con.close()


def test_a_pdf_import_stores_the_boxes_and_where_the_file_is(ws, tmp_path):
    copy = tmp_path / "in" / CANGO_PDF.name
    copy.parent.mkdir()
    shutil.copy(CANGO_PDF, copy)
    r = ws.import_file(copy)
    detail = ws.document(r.document_id)
    assert detail.document.source_path == str(copy.resolve())
    parsed = parse_bytes(CANGO_PDF.read_bytes(), CANGO_PDF.name)
    assert [p.boxes for p in detail.paragraphs] == [p.boxes for p in parsed.paragraphs]
    assert all(p.boxes for p in detail.paragraphs)
    spanning = next(p for p in detail.paragraphs if p.page_end != p.page_start)
    assert [b[0] for b in spanning.boxes] == [spanning.page_start, spanning.page_end]
    assert ws.paragraph(spanning.id).boxes == spanning.boxes
    src = ws.source_file(r.document_id)
    assert src.found and src.path == str(copy.resolve()) and src.format == "pdf"


def test_word_documents_have_no_boxes_but_a_source(ws):
    r = ws.import_file(CANGO_DOCX)
    detail = ws.document(r.document_id)
    assert all(p.boxes == () for p in detail.paragraphs)
    assert _raw(ws, "SELECT count(*) FROM paragraph WHERE boxes IS NOT NULL") == [(0,)]
    assert detail.document.source_path == str(CANGO_DOCX.resolve())


def test_bytes_record_no_source(ws):
    r = ws.import_bytes(CANGO_PDF.read_bytes(), CANGO_PDF.name)
    assert ws.get_document(r.document_id).source_path is None
    assert ws.source_file(r.document_id).status == "unrecorded"
    assert all(p.boxes for p in ws.document(r.document_id).paragraphs)  # boxes all the same


def test_importing_again_fills_missing_boxes_and_moves_the_source(ws, tmp_path):
    r = ws.import_file(CANGO_PDF)
    before = ws.document(r.document_id).paragraphs
    # as a document imported before migration 0006: no boxes, no path; and one
    # paragraph whose stored text is not what the file reads now keeps none
    _raw(ws, "UPDATE paragraph SET boxes = NULL")
    _raw(ws, "UPDATE document SET source_path = NULL")
    _raw(ws, "UPDATE paragraph SET text = text || ' (edited)' WHERE id = ?", before[5].id)
    assert ws.source_file(r.document_id).status == "unrecorded"
    ws.take_changes()

    moved = tmp_path / "elsewhere" / "renamed.pdf"
    moved.parent.mkdir()
    shutil.copy(CANGO_PDF, moved)
    again = ws.import_file(moved)
    assert again.duplicate and again.document_id == r.document_id
    after = ws.document(r.document_id)
    assert after.document.source_path == str(moved.resolve())
    for old, new in zip(before, after.paragraphs, strict=True):
        assert new.boxes == (() if old.id == before[5].id else old.boxes)
    changes = ws.take_changes()
    assert changes.documents and before[0].id in changes.paragraphs
    assert before[5].id not in changes.paragraphs

    # a third import from the same place changes nothing
    ws.import_file(moved)
    assert not ws.take_changes()


def test_a_released_workspace_gets_boxes_by_importing_the_file_again(tmp_path):
    """A workspace written by 0.1.0 (before boxes): its national report of Slovenia
    takes boxes for the paragraphs read the same way today."""
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "workspaces" / "upr-reviewer-0.1.0.sqlite", path)
    with Workspace.open(path, author="today") as ws:
        doc = next(d for d in ws.documents() if d.format == "pdf")
        assert doc.source_path is None
        assert not any(p.boxes for p in ws.document(doc.id).paragraphs)
        r = ws.import_file(SVN_NATIONAL)
        assert r.duplicate and r.document_id == doc.id
        paras = ws.document(doc.id).paragraphs
        parsed = parse_bytes(SVN_NATIONAL.read_bytes(), SVN_NATIONAL.name).paragraphs
        same = [p for p in paras if p.seq < len(parsed) and parsed[p.seq].text == p.text]
        assert len(same) > len(paras) // 2
        assert all(p.boxes == parsed[p.seq].boxes for p in same)
        assert all(not p.boxes for p in paras if p not in same)
        assert ws.source_file(doc.id).found


def test_locate_accepts_only_the_file_that_was_imported(ws, tmp_path):
    copy = tmp_path / "a.pdf"
    shutil.copy(CANGO_PDF, copy)
    r = ws.import_file(copy)
    copy.unlink()
    assert ws.source_file(r.document_id).status == "missing"
    other = tmp_path / "other.pdf"
    shutil.copy(SVN_NATIONAL, other)
    with pytest.raises(BadInput, match="not the file"):
        ws.locate_source(r.document_id, other)
    assert ws.get_document(r.document_id).source_path == str(copy.resolve())
    # the same name with other content: "different"
    shutil.copy(SVN_NATIONAL, copy)
    assert ws.source_file(r.document_id).status == "different"
    found = tmp_path / "found" / "cango.pdf"
    found.parent.mkdir()
    shutil.copy(CANGO_PDF, found)
    src = ws.locate_source(r.document_id, found)
    assert src.found and ws.get_document(r.document_id).source_path == str(found.resolve())
    assert ws.source_file(r.document_id).found


def test_a_new_version_keeps_the_earlier_file_for_the_earlier_version(ws, tmp_path):
    first = tmp_path / "v1" / "submission.pdf"
    second = tmp_path / "v2" / "submission.pdf"
    first.parent.mkdir()
    second.parent.mkdir()
    shutil.copy(CANGO_PDF, first)
    shutil.copy(SVN_NATIONAL, second)
    r1 = ws.import_file(first)
    r2 = ws.import_file(second, as_version_of=r1.document_id)
    assert r2.document_id == r1.document_id and r2.version == 2
    earlier = next(v for v in ws.versions(r1.document_id) if v.version == 1)
    assert ws.get_document(r1.document_id).source_path == str(second.resolve())
    assert ws.source_file(earlier.document_id).path == str(first.resolve())
    assert ws.source_file(earlier.document_id).found


def test_the_document_command_gives_boxes(tmp_path, capsys):
    w = tmp_path / "w.sqlite"
    code, data, err = cli(capsys, w, "import", str(CANGO_PDF))
    assert code == 0, err
    doc_id = data["imported"][0]["document_id"]
    code, doc, err = cli(capsys, w, "document", str(doc_id))
    assert code == 0, err
    assert doc["source_path"] == str(CANGO_PDF.resolve())
    for p in doc["paragraphs"]:
        assert {"page_start", "page_end", "text", "label", "links"} <= set(p)
        assert p["boxes"] and all(len(b) == 5 for b in p["boxes"])
        assert p["boxes"][0][0] == p["page_start"] and p["boxes"][-1][0] == p["page_end"]
    code, hits, err = cli(capsys, w, "search", "South-South")
    assert hits and all(h["page_start"] and h["page_end"] for h in hits)
    # a Word file: no boxes, no pages (the same text in another format is imported as
    # a document of its own, with a warning)
    code, data, err = cli(capsys, w, "import", str(CANGO_DOCX))
    word = data["imported"][0]["document_id"]
    assert word != doc_id
    code, doc, err = cli(capsys, w, "document", str(word))
    assert doc["paragraphs"] and all(p["boxes"] == [] for p in doc["paragraphs"])
    code, hits, err = cli(capsys, w, "search", "South-South")
    assert {h["document_id"] for h in hits} == {doc_id, word}
    assert all((h["page_start"] is None) == (h["document_id"] == word) for h in hits)
