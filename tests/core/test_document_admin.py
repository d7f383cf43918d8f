"""Removing a document and bringing it back; renaming it and editing its details.

Real workspaces with the CANGO submission (a new version of it made with python-docx),
China's thematic list and the Slovenian stakeholder summary: every table is read
before removing and after bringing back, and must be the same.
"""

from __future__ import annotations

import shutil

import pytest

from reviewer.storage.models import PassageTag
from reviewer.workspace import BadInput, Conflict, NotFound, Workspace
from tests.conftest import FIXTURES
from tests.core.version_helpers import edit_words, load, save
from tests.dump import dump

CANGO = FIXTURES / "cango"
CANGO_DOCX = CANGO / "cango-upr4-submission.docx"
CHINA_LIST = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
SVN_SUMMARY = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf"


def hits(ws: Workspace, words: str) -> set[int]:
    return {h.document_id for h in ws.search(words, limit=500)}


@pytest.fixture
def worked(tmp_path, location) -> tuple[Workspace, int, int]:
    """China's list, the CANGO submission in two versions with a person's work on it
    (a tag, a passage tag, a note, a reviewed mark, a link by hand, a rejected link, a
    dismissed check finding), and another document that must stay as it is."""
    ws = Workspace.open(location, "Ana")
    ws.import_file(CHINA_LIST)
    first = ws.import_file(CANGO_DOCX)
    doc = load()
    edit_words(doc, 5, "contribution made", "efforts made")
    v2 = ws.import_file(save(doc, tmp_path / "v2" / CANGO_DOCX.name))
    assert v2.version == 2 and v2.document_id == first.document_id
    other = ws.import_file(SVN_SUMMARY)
    cango = ws.document(first.document_id)
    assert cango is not None
    p, q = cango.paragraphs[4], cango.paragraphs[6]
    ws.add_tag(p.id, "climate")
    ws.add_tag(other_paragraph(ws, other.document_id), "climate")
    ws.add_note(p.id, "ask about the follow-up")
    ws.set_reviewed(q.id)
    ws.link(q.id, "A/HRC/40/6", "28.2")
    cited = next(lk for lk in cango.paragraphs[3].links)
    ws.set_link_status(cited.id, "rejected")
    ws.dismiss_finding(first.document_id, "word-limit")
    with ws.write() as s:
        s.add(PassageTag(paragraph_id=p.id, tag_id=1, start=0, end=5, created_by="Ana"))
    return ws, first.document_id, other.document_id


def other_paragraph(ws: Workspace, document_id: int) -> int:
    detail = ws.document(document_id)
    assert detail is not None
    return detail.paragraphs[2].id


def test_remove_takes_everything_and_restore_brings_back_every_row(worked):
    ws, doc_id, other_id = worked
    before = dump(ws)
    searched = hits(ws, "CANGO")
    assert doc_id in searched and len(ws.versions(doc_id)) == 2

    summary = ws.removal_summary(doc_id)
    assert (summary.paragraphs, summary.footnotes, summary.versions) == (32, 22, 1)
    assert (summary.tags, summary.notes, summary.reviewed, summary.dismissed) == (2, 1, 1, 1)
    assert summary.links == 2  # by hand, and the citation a person rejected
    assert not summary.registry

    removed = ws.remove_document(doc_id)
    assert removed.summary == summary
    # a file is copied before; a team database is its administrator's to back up
    assert (removed.backup is not None and removed.backup.is_file()) or ws.server
    assert ws.get_document(doc_id) is None
    assert all(d.id != doc_id and d.version_of != doc_id for d in ws.documents())
    gone = dump(ws)
    for table in ("paragraph", "footnote", "note", "paragraph_tag", "passage_tag"):
        assert len(gone[table]) < len(before[table]), table
    assert gone["check_dismissal"] == []
    assert gone["recommendation"] == before["recommendation"]  # the registry stays
    assert doc_id not in hits(ws, "CANGO")
    assert [t.paragraphs for t in ws.tags()] == [1]  # the other document's tag stays

    assert ws.restore_document(removed) == doc_id
    assert dump(ws) == before
    assert hits(ws, "CANGO") == searched
    assert len(ws.versions(doc_id)) == 2
    assert ws.document(other_id) is not None


def test_a_document_imported_since_in_its_place_stops_the_restore_and_changes_nothing(location):
    ws = Workspace.open(location, "Ana")
    ws.import_file(CHINA_LIST)
    doc_id = ws.import_file(CANGO_DOCX).document_id
    removed = ws.remove_document(doc_id)
    taker = ws.import_file(SVN_SUMMARY)
    # SQLite gives the free document id again; on both, the new paragraphs take the
    # free paragraph ids (numbered from the highest there, as the import numbers them)
    assert taker.document_id == doc_id or ws.server
    before = dump(ws)
    with pytest.raises(Conflict) as err:
        ws.restore_document(removed)
    message = str(err.value)
    assert (
        f"document {taker.document_id} (“{taker.title}”), written since, took its place" in message
    )
    assert ws.server or (removed.backup is not None and removed.backup.name in message)
    assert dump(ws) == before


def test_the_same_file_imported_again_stops_the_restore(tmp_path, location):
    ws = Workspace.open(location, "Ana")
    removed = ws.remove_document(ws.import_file(CANGO_DOCX).document_id)
    copy = tmp_path / "copy" / "renamed.docx"
    copy.parent.mkdir()
    shutil.copy(CANGO_DOCX, copy)
    again = ws.import_file(copy)
    before = dump(ws)
    with pytest.raises(Conflict) as err:
        ws.restore_document(removed)
    assert f"its file was imported again, as document {again.document_id}" in str(err.value)
    assert dump(ws) == before


def test_a_registry_document_goes_and_its_recommendations_stay(location):
    ws = Workspace.open(location, "Ana")
    listed = ws.import_file(CHINA_LIST)
    cango = ws.import_file(CANGO_DOCX).document_id
    before = dump(ws)
    recs = len(ws.recommendations())
    summary = ws.removal_summary(listed.document_id)
    assert summary.registry and summary.recommendations == listed.recommendations > 0
    removed = ws.remove_document(listed.document_id)
    assert len(ws.recommendations()) == recs
    cited = ws.document(cango)
    assert cited is not None and any(p.links for p in cited.paragraphs)
    ws.restore_document(removed)
    assert dump(ws) == before


def test_a_review_left_empty_is_forgotten_and_comes_back(location):
    ws = Workspace.open(location, "Ana")
    doc_id = ws.import_file(CANGO_DOCX).document_id
    review = ws.get_document(doc_id).review
    assert review is not None and review in [r.review for r in ws.reviews()]
    before = dump(ws)
    removed = ws.remove_document(doc_id)
    assert review not in [r.review for r in ws.reviews()]
    ws.restore_document(removed)
    assert dump(ws) == before
    assert ws.get_document(doc_id).review == review


def test_only_a_document_of_its_own_is_removed(worked):
    ws, doc_id, _ = worked
    earlier = ws.versions(doc_id)[0].document_id
    with pytest.raises(BadInput, match=f"remove or edit document {doc_id}"):
        ws.remove_document(earlier)
    with pytest.raises(NotFound):
        ws.remove_document(9999)
    assert ws.delete_document(9999) is None


def test_rename_and_edit_details_and_put_them_back(worked):
    ws, doc_id, _ = worked
    was = ws.document_details(doc_id)
    before = ws.edit_document(doc_id, title="  CANGO   submission ")
    assert before == was
    assert ws.get_document(doc_id).title == "CANGO submission"
    assert any(h.document_title == "CANGO submission" for h in ws.search("CANGO"))
    ws.edit_document(doc_id, organisation="", kind="other")
    now = ws.document_details(doc_id)
    assert (now.title, now.organisation, now.kind) == ("CANGO submission", None, "other")
    assert ws.document_details(doc_id).edited == ("title", "organisation", "kind")
    ws.edit_document(
        doc_id, title=was.title, organisation=was.organisation or "", kind=was.kind, edited=()
    )
    assert ws.document_details(doc_id) == was
    changes = ws.take_changes()
    assert changes.documents


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"title": "   "}, "needs a title"),
        ({"kind": "novel"}, "not a kind"),
        ({"kind": "wg_report"}, "importing that file"),
    ],
)
def test_details_a_document_cannot_have(worked, kwargs, message):
    ws, doc_id, _ = worked
    before = dump(ws)
    with pytest.raises(BadInput, match=message):
        ws.edit_document(doc_id, **kwargs)
    assert dump(ws) == before


def test_a_registry_documents_kind_stays(worked):
    ws, _, _ = worked
    listed = next(d for d in ws.documents() if d.kind == "thematic_list")
    with pytest.raises(BadInput, match="registry"):
        ws.edit_document(listed.id, kind="submission")
    ws.edit_document(listed.id, title="China's list")
    assert ws.get_document(listed.id).title == "China's list"


def test_removing_an_edited_document_brings_back_its_edits(worked):
    ws, doc_id, _ = worked
    ws.edit_document(doc_id, title="Renamed")
    before = dump(ws)
    removed = ws.remove_document(doc_id)
    assert removed.summary.title == "Renamed"
    ws.restore_document(removed)
    assert dump(ws) == before


def test_a_review_made_again_since_is_the_one_it_comes_back_to(tmp_path, location):
    ws = Workspace.open(location, "Ana")
    doc_id = ws.import_file(CANGO_DOCX).document_id
    review = ws.get_document(doc_id).review
    # a later document, with citations and links of its own, in another review
    later = ws.import_file(
        redraft(tmp_path, "later.docx", "contribution made", "efforts made"), new_document=True
    )
    ws.set_document_review(later.document_id, "SVN-2")
    removed = ws.remove_document(doc_id)
    assert review not in [r.review for r in ws.reviews()]
    again = ws.import_file(redraft(tmp_path, "again.docx", "We", "Again, we"), new_document=True)
    assert ws.get_document(again.document_id).review == review  # made again, another id
    ws.restore_document(removed)
    assert ws.get_document(doc_id).review == review
    assert [r.review for r in ws.reviews()].count(review) == 1
    assert next(r for r in ws.reviews() if r.review == review).documents == 2


def redraft(tmp_path, name: str, old: str, new: str):
    doc = load()
    edit_words(doc, 5, old, new)
    return save(doc, tmp_path / name)


def test_a_new_version_keeps_the_details_a_person_set_and_takes_the_rest(tmp_path, location):
    ws = Workspace.open(location, "Ana")
    first = ws.import_file(CANGO_DOCX)
    filed = ws.get_document(first.document_id)
    ws.edit_document(first.document_id, title="CANGO — 4th cycle, draft")
    assert ws.document_details(first.document_id).edited == ("title",)
    # the same text set again marks nothing
    ws.edit_document(first.document_id, organisation=filed.organisation or "")
    assert ws.document_details(first.document_id).edited == ("title",)

    v2 = ws.import_file(redraft(tmp_path / "v2", CANGO_DOCX.name, "contribution made", "x made"))
    assert v2.version == 2 and v2.document_id == first.document_id
    now = ws.get_document(first.document_id)
    assert now.title == "CANGO — 4th cycle, draft"  # the person's title stays
    assert now.organisation == filed.organisation  # the file's organisation, as before
    earlier = next(v for v in ws.versions(first.document_id) if v.version == 1)
    assert ws.get_document(earlier.document_id).title == "CANGO — 4th cycle, draft"

    # undoing the rename (the details before, marks and all): the next version takes
    # the file's title again
    before = ws.edit_document(first.document_id, organisation="Another NGO")
    assert set(ws.document_details(first.document_id).edited) == {"title", "organisation"}
    ws.edit_document(
        first.document_id,
        title=filed.title,
        organisation=before.organisation or "",
        edited=(),
    )
    assert ws.document_details(first.document_id).edited == ()
    v3 = ws.import_file(redraft(tmp_path / "v3", CANGO_DOCX.name, "contribution made", "y made"))
    assert v3.version == 3
    assert ws.get_document(first.document_id).title == filed.title
