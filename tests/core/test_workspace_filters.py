"""Reading-pane filters and look-ups over a workspace with the real CANGO submission."""

import pytest

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

CANGO = FIXTURES / "cango" / "cango-upr4-submission.md"


@pytest.fixture
def ws(location):
    w = Workspace.open(location, author="tester")
    done, failed = w.import_files([CANGO])
    # the same submission as text, kept a document of its own (not its next version)
    more, failed_too = w.import_files([CANGO.with_suffix(".txt")], new_document=True)
    done += more
    assert not failed and not failed_too and len(done) == 2
    yield w
    w.close()


def _by_label(ws, doc_id):
    return {p.label: p for p in ws.paragraphs(ws.paragraph_ids(doc_id)) if p.label}


def test_no_filter_lists_every_paragraph_in_reading_order(ws):
    docs = ws.documents()
    expected = ws.paragraph_ids(docs[0].id) + ws.paragraph_ids(docs[1].id)
    assert ws.paragraph_ids_filtered() == expected
    assert ws.paragraph_ids_filtered(document_id=docs[1].id) == ws.paragraph_ids(docs[1].id)


def test_filter_by_tag_name_or_id_and_document(ws):
    doc1, doc2 = (d.id for d in ws.documents())
    p1, p2 = _by_label(ws, doc1), _by_label(ws, doc2)
    ws.add_tag(p1["2"].id, "women")
    ws.add_tag(p1["6"].id, "women")
    ws.add_tag(p2["6"].id, "women")
    ws.add_tag(p1["6"].id, "climate")
    assert ws.paragraph_ids_filtered(tag="women") == [p1["2"].id, p1["6"].id, p2["6"].id]
    assert ws.paragraph_ids_filtered(document_id=doc1, tag="women") == [p1["2"].id, p1["6"].id]
    climate = next(t for t in ws.tags() if t.name == "climate")
    assert ws.paragraph_ids_filtered(tag=climate.id) == [p1["6"].id]
    assert ws.paragraph_ids_filtered(tag="nothing") == []


def test_filter_by_recommendation_skips_rejected_links(ws):
    doc1 = ws.documents()[0].id
    p = _by_label(ws, doc1)
    rec = ws.recommendation("A/HRC/40/6", "28.294").recommendation
    both = ws.paragraph_ids_filtered(recommendation_id=rec.id)
    assert p["2"].id in both and len(both) == 2
    assert ws.paragraph_ids_filtered(document_id=doc1, recommendation_id=rec.id) == [p["2"].id]
    link = next(lk for lk in ws.paragraph(p["2"].id).links if lk.number == "28.294")
    ws.set_link_status(link.id, "rejected")
    assert ws.paragraph_ids_filtered(document_id=doc1, recommendation_id=rec.id) == []


def test_filter_by_note_and_reviewed_both_ways(ws):
    doc1 = ws.documents()[0].id
    p = _by_label(ws, doc1)
    all_ids = ws.paragraph_ids(doc1)
    ws.add_note(p["3"].id, "check the 2021 figures")
    ws.set_reviewed(p["1"].id, True)
    ws.set_reviewed(p["3"].id, True)
    assert ws.paragraph_ids_filtered(document_id=doc1, has_note=True) == [p["3"].id]
    assert p["3"].id not in ws.paragraph_ids_filtered(document_id=doc1, has_note=False)
    assert len(ws.paragraph_ids_filtered(document_id=doc1, has_note=False)) == len(all_ids) - 1
    assert ws.paragraph_ids_filtered(document_id=doc1, unreviewed=False) == [p["1"].id, p["3"].id]
    unrev = ws.paragraph_ids_filtered(document_id=doc1, unreviewed=True)
    assert len(unrev) == len(all_ids) - 2 and p["1"].id not in unrev
    combined = ws.paragraph_ids_filtered(document_id=doc1, has_note=True, unreviewed=True)
    assert combined == []


def test_footnote_markers_give_offsets_inside_the_text(ws):
    doc1 = ws.documents()[0].id
    p = _by_label(ws, doc1)
    markers = ws.footnote_markers([p["2"].id, p["3"].id, p["4"].id])
    assert p["4"].id not in markers
    ((offset, marker, fid),) = markers[p["2"].id]
    assert marker == "1" and fid == p["2"].footnotes[0].id
    assert p["2"].text[:offset].endswith("28.294")
    assert [m for _, m, _ in markers[p["3"].id]] == ["2", "3"]
    assert ws.footnote_markers([]) == {}


def test_note_by_uid_survives_delete_and_restore(ws):
    pid = _by_label(ws, ws.documents()[0].id)["2"].id
    note = ws.add_note(pid, "first thought")
    assert ws.note_by_uid(note.uid) == note
    gone = ws.delete_note(note.id)
    assert ws.note_by_uid(note.uid) is None
    back = ws.add_note(pid, gone.body, uid=gone.uid, created_at=gone.created_at)
    assert ws.note_by_uid(note.uid).id == back.id
