"""``merge OTHER``: offline work on a copy comes back into the team's workspace.

The team's workspace (a file, then a PostgreSQL database: ``location``) holds real
documents with work on them; a laptop takes a copy (``copy --to``), both go on
working, and the laptop's copy is merged back.  What the laptop added arrives;
notes both edited keep both texts; links both decided keep the later decision and
the earlier in the history; what the team removed meanwhile stays removed; merging
again changes nothing; a bad copy is refused with the team's workspace unchanged.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reviewer.workspace import Workspace, WorkspaceError, copy_workspace, merge_workspace
from tests.conftest import FIXTURES
from tests.core.transfer_helpers import CANGO_DOCX, CANGO_MD, CHINA_LIST, dump, worked
from tests.core.version_helpers import edit_words, load, save

SVN_LIST = FIXTURES / "un" / "Slovenia-UPR2-thematic-list-A_HRC_28_15.docx"
SVN_NATIONAL = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"


@pytest.fixture
def copies(tmp_path, location):
    """(team, laptop, ids): the team's workspace with work, and a copy of it."""
    team = Workspace.open(location, "Ana")
    ids = worked(team, tmp_path)
    copy_workspace(team, tmp_path / "laptop.sqlite")
    laptop = Workspace.open(tmp_path / "laptop.sqlite", "Ben")
    yield team, laptop, ids
    laptop.close()
    team.close()


def paragraph(ws: Workspace, document_id: int, k: int):
    doc = ws.document(document_id)
    assert doc is not None
    return doc.paragraphs[k]


def link_of(ws: Workspace, paragraph_id: int, number: str):
    row = ws.paragraph(paragraph_id)
    assert row is not None
    return next(lk for lk in row.links if lk.number == number)


def test_offline_work_comes_in_and_merging_again_changes_nothing(copies):
    team, laptop, ids = copies
    # the laptop: a registry document, a new tag, a passage, notes, a link by hand, a
    # decision on a cited link, a reviewed mark
    laptop.import_file(SVN_LIST)
    new_doc = laptop.import_file(SVN_NATIONAL).document_id
    r = paragraph(laptop, ids["cango"], 8)
    laptop.add_tag(r.id, "offline")
    laptop.add_tag(paragraph(laptop, new_doc, 3).id, "offline")
    laptop.add_passage_tag(r.id, "climate", 2, 12)
    laptop.add_note(r.id, "written on the train")
    laptop.add_note(ids["q"], "second thoughts", start=0, end=4)
    laptop.link(r.id, "A/HRC/40/6", "28.5")
    cited = link_of(laptop, ids["cited"], ids["cited_number"])  # rejected by Ana
    laptop.set_link_status(cited.id, "confirmed")
    laptop.set_reviewed(r.id)
    # the team meanwhile: work of its own, which stays
    team.add_note(ids["p"], "the team's own note")
    before_tags = {t.name for t in team.tags()}

    report = merge_workspace(team, laptop.location)
    assert report.added["documents"] == 2 and report.added["paragraphs"] > 10
    assert report.added["recommendations"] > 50  # Slovenia's list came with its document
    assert report.added["tags"] == 1 and report.added["paragraph_tags"] == 2
    assert report.added["passage_tags"] == 1 and report.added["notes"] == 2
    assert report.added["links"] >= 1 and report.added["reviewed"] == 1
    assert report.updated["links"] == 1  # Ana rejected it before the copy: no conflict
    assert report.added["history"] > 5
    assert report.conflicts == [] and report.skipped == []
    # a file is copied first (File › Restore from backup… undoes the merge)
    assert (report.backup is not None and report.backup.is_file()) or team.server

    assert {t.name for t in team.tags()} == before_tags | {"offline"}
    assert team.get_document(ids["cango"]) is not None
    assert {d.file for d in laptop.documents()} <= {d.file for d in team.documents()}
    notes = {n.body: n for n in team.notes()}
    assert notes["written on the train"].author == "Ben"
    assert notes["second thoughts"].paragraph_id == ids["q"]
    assert "the team's own note" in notes
    r_team = team.paragraph(r.id)  # one copy of the other: same ids for the same rows
    assert r_team is not None and r_team.reviewed
    assert link_of(team, r.id, "28.5").status == "confirmed"
    assert link_of(team, ids["cited"], ids["cited_number"]).status == "confirmed"
    assert any(h.action == "merged" for h in team.history(limit=None))
    assert team.search("Slovenia", limit=5)

    after = dump(team)
    again = merge_workspace(team, laptop.location)
    assert not again.changed
    assert again.added == dict.fromkeys(again.added, 0)
    assert again.updated == dict.fromkeys(again.updated, 0) and again.conflicts == []
    assert dump(team) == after
    # ids given by the merge never meet those the workspace gives next
    team.add_note(r.id, "after the merge")
    team.add_tag(r.id, "after")
    assert team.import_file(CANGO_MD).paragraphs > 10


def test_both_edited_one_note_keeps_both_texts(copies):
    team, laptop, ids = copies
    note = next(n for n in team.notes(ids["p"]) if "follow-up" in n.body)
    team.update_note(note.id, "the team's text", base_revision=note.revision)
    theirs = next(n for n in laptop.notes(ids["p"]) if n.uid == note.uid)
    laptop.update_note(theirs.id, "the laptop's later text", base_revision=theirs.revision)

    report = merge_workspace(team, laptop.location)
    [conflict] = report.conflicts
    assert conflict.kind == "notes" and "laptop's later text" in conflict.kept
    assert "team's text" in conflict.other and "beside" in conflict.other
    bodies = [n.body for n in team.notes(ids["p"])]
    assert "the laptop's later text" in bodies and "the team's text" in bodies
    kept = next(n for n in team.notes(ids["p"]) if n.uid == note.uid)
    assert kept.body == "the laptop's later text"

    after = dump(team)
    assert not merge_workspace(team, laptop.location).changed
    assert dump(team) == after
    # the other way round: the laptop takes the team's merged state, nothing lost there
    back = merge_workspace(laptop, team.location)
    assert back.conflicts == []
    assert {n.body for n in laptop.notes(ids["p"])} >= set(bodies)


def test_the_team_edited_later_keeps_its_text_and_the_laptops_beside(copies):
    team, laptop, ids = copies
    theirs = next(n for n in laptop.notes(ids["p"]) if "follow-up" in n.body)
    laptop.update_note(theirs.id, "the laptop's text", base_revision=theirs.revision)
    note = next(n for n in team.notes(ids["p"]) if n.uid == theirs.uid)
    team.update_note(note.id, "the team's later text", base_revision=note.revision)

    report = merge_workspace(team, laptop.location)
    [conflict] = report.conflicts
    assert "team's later text" in conflict.kept and "laptop's text" in conflict.other
    assert report.updated["notes"] == 0 and report.added["notes"] == 0
    kept = next(n for n in team.notes(ids["p"]) if n.uid == note.uid)
    assert kept.body == "the team's later text"
    assert "the laptop's text" in {n.body for n in team.notes(ids["p"])}
    assert not merge_workspace(team, laptop.location).changed


def test_an_edit_on_one_side_only_is_no_conflict(copies):
    team, laptop, ids = copies
    theirs = next(n for n in laptop.notes(ids["p"]) if "follow-up" in n.body)
    laptop.update_note(theirs.id, "only the laptop edited", base_revision=theirs.revision)
    report = merge_workspace(team, laptop.location)
    assert report.conflicts == [] and report.updated["notes"] == 1
    assert any(n.body == "only the laptop edited" for n in team.notes(ids["p"]))
    assert len(team.notes(ids["p"])) == len(laptop.notes(ids["p"]))


def test_both_decided_one_link_the_later_wins_and_the_earlier_is_in_the_history(copies):
    team, laptop, ids = copies
    mine = link_of(team, ids["q"], "28.2")  # Ana's link by hand, confirmed
    team.set_link_status(mine.id, "rejected")
    laptop.set_link_status(link_of(laptop, ids["q"], "28.2").id, "suggested")

    report = merge_workspace(team, laptop.location)
    [conflict] = report.conflicts
    assert conflict.kind == "links" and conflict.kept.startswith("suggested")
    assert conflict.other.startswith("rejected") and "history" in conflict.other
    assert report.updated["links"] == 1
    assert link_of(team, ids["q"], "28.2").status == "suggested"
    decided = [
        h.detail.get("status")
        for h in team.history(paragraph_id=ids["q"], limit=None)
        if h.action == "link decided"
    ]
    assert "rejected" in decided and "suggested" in decided

    after = dump(team)
    assert not merge_workspace(team, laptop.location).changed
    assert dump(team) == after


def test_the_team_decided_later_keeps_its_decision(copies):
    team, laptop, ids = copies
    laptop.set_link_status(link_of(laptop, ids["q"], "28.2").id, "suggested")
    team.set_link_status(link_of(team, ids["q"], "28.2").id, "rejected")
    report = merge_workspace(team, laptop.location)
    [conflict] = report.conflicts
    assert conflict.kept.startswith("rejected") and conflict.other.startswith("suggested")
    assert report.updated["links"] == 0
    assert link_of(team, ids["q"], "28.2").status == "rejected"
    entries = [h for h in team.history(paragraph_id=ids["q"], limit=None)]
    assert any(h.detail.get("status") == "suggested" and h.author == "Ben" for h in entries)
    assert not merge_workspace(team, laptop.location).changed


def test_what_the_team_removed_after_the_copy_stays_removed(copies):
    team, laptop, ids = copies
    note = next(n for n in team.notes(ids["p"]) if "follow-up" in n.body)
    team.delete_note(note.id)
    team.remove_tag(ids["p"], "climate")
    team.set_reviewed(ids["q"], False)
    team.unlink(link_of(team, ids["q"], "28.2").id)
    laptop.add_note(ids["p"], "new on the laptop")

    report = merge_workspace(team, laptop.location)
    assert report.added["notes"] == 1
    assert {s.kind for s in report.skipped} == {"notes", "paragraph_tags", "reviewed", "links"}
    assert all("removed here" in s.why for s in report.skipped)
    assert [n.body for n in team.notes(ids["p"])] == ["new on the laptop"]
    q = team.paragraph(ids["q"])
    assert q is not None and not q.reviewed and all(lk.number != "28.2" for lk in q.links)


def test_a_document_removed_here_is_not_brought_back(copies):
    team, laptop, ids = copies
    summary = laptop.document(ids["summary"])
    assert summary is not None
    laptop.add_note(summary.paragraphs[5].id, "on a document the team removed")
    team.remove_document(ids["summary"])
    report = merge_workspace(team, laptop.location)
    assert team.get_document(ids["summary"]) is None
    assert len(team.documents()) == len(laptop.documents()) - 1
    assert report.added["documents"] == report.added["notes"] == 0
    said = {s.kind: s for s in report.skipped}
    assert "removed here" in said["documents"].why
    assert said["notes"].what == "1 note" and "not here" in said["notes"].why
    assert said["paragraph_tags"].what == "1 tagged paragraph"
    assert all(
        h.paragraph_id is not None for h in team.history(limit=None) if h.action == "note added"
    )
    assert not merge_workspace(team, laptop.location).changed


def test_a_cancelled_merge_changes_nothing(copies):
    team, laptop, ids = copies
    laptop.add_note(ids["p"], "not yet")
    laptop.import_file(CANGO_MD)
    before = dump(team)
    steps: list[str] = []

    def progress(done: int, total: int, what: str) -> bool:
        steps.append(what)
        return what != "notes"  # cancelled once documents and tags have landed

    with pytest.raises(WorkspaceError, match="cancelled; nothing was changed"):
        merge_workspace(team, laptop.location, progress=progress)
    assert "documents" in steps and dump(team) == before


def test_work_on_a_version_the_team_superseded_follows_to_the_latest(copies, tmp_path):
    team, laptop, ids = copies
    doc = load()
    edit_words(doc, 5, "contribution made", "efforts made")  # version 2, as the team's
    edit_words(doc, 5, "efforts made", "many efforts made")
    team.import_file(save(doc, tmp_path / "v3" / CANGO_DOCX.name))
    assert len(team.versions(ids["cango"])) == 3
    laptop.add_tag(ids["q"], "offline")  # a paragraph the new version keeps as it was
    laptop.add_note(ids["q"], "written before version 3")
    laptop.set_reviewed(paragraph(laptop, ids["cango"], 9).id)

    report = merge_workspace(team, laptop.location)
    assert report.added["paragraph_tags"] == 1 and report.added["notes"] == 1
    assert report.added["reviewed"] == 1 and report.conflicts == []
    latest = team.document(ids["cango"])
    assert latest is not None
    q = next(p for p in latest.paragraphs if p.label == team.paragraph(ids["q"]).label)
    assert q.id != ids["q"] and "offline" in {t.name for t in q.tags}
    assert "written before version 3" in {n.body for n in team.notes(q.id)}
    assert latest.paragraphs[9].reviewed
    assert not merge_workspace(team, laptop.location).changed


def test_a_colleagues_own_workspace_merges_by_content(tmp_path, location):
    """Not a copy: the same files imported on each side (other ids and uids)."""
    team = Workspace.open(location, "Ana")
    colleague = Workspace.open(tmp_path / "colleague.sqlite", "Cem")
    colleague.import_file(CANGO_MD)  # imported in another order: other ids
    for ws in (team, colleague):
        ws.import_file(CHINA_LIST)
    team_doc = team.import_file(CANGO_MD).document_id
    first = next(d for d in colleague.documents() if d.file == CANGO_MD.name)
    theirs = colleague.document(first.id)
    assert theirs is not None and first.id != team_doc
    cited = next(p for p in theirs.paragraphs if p.links)
    colleague.set_link_status(cited.links[0].id, "rejected")
    colleague.add_tag(cited.id, "torture")
    colleague.add_note(cited.id, "Cem's reading")

    report = merge_workspace(team, colleague.location)
    assert report.added["documents"] == 0 and report.added["notes"] == 1
    assert report.updated["links"] == 1 and report.conflicts == []  # Ana never decided it
    detail = team.document(team_doc)
    assert detail is not None
    mine = next(p for p in detail.paragraphs if p.seq == cited.seq)
    assert [lk.status for lk in mine.links if lk.number == cited.links[0].number] == ["rejected"]
    assert [t.name for t in mine.tags] == ["torture"]
    assert not merge_workspace(team, colleague.location).changed
    colleague.close()
    team.close()


def test_a_bad_other_copy_is_refused_and_nothing_changes(copies, tmp_path):
    team, _laptop, _ids = copies
    before = dump(team)
    text = tmp_path / "notes.txt"
    text.write_text("not a workspace at all\n" * 40)
    foreign = tmp_path / "foreign.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE mine (x)")
    con.commit()
    con.close()
    cases = {
        tmp_path / "missing.sqlite": "no such file",
        text: "not a workspace",
        foreign: "belongs to no workspace",
        tmp_path: "folder",
        team.location: "the workspace itself",
    }
    for other, says in cases.items():
        with pytest.raises(WorkspaceError, match=says):
            merge_workspace(team, other)
    assert not (tmp_path / "missing.sqlite").exists()
    assert dump(team) == before


def test_a_server_copy_merges_into_a_laptop_file(tmp_path, pg_url):
    team = Workspace.open(pg_url, "Ana")
    ids = worked(team, tmp_path)
    laptop_file = tmp_path / "laptop.sqlite"
    copy_workspace(team, laptop_file)
    laptop = Workspace.open(laptop_file, "Ben")
    team.add_note(ids["q"], "written at the office")
    team.add_tag(ids["q"], "office")
    report = merge_workspace(laptop, pg_url)
    assert report.source == pg_url and report.added["notes"] == 1
    assert report.added["tags"] == 1 and report.added["paragraph_tags"] == 1
    assert "written at the office" in {n.body for n in laptop.notes(ids["q"])}
    assert not merge_workspace(laptop, pg_url).changed
    laptop.close()
    team.close()


def test_an_older_programs_file_is_merged_without_being_changed(tmp_path):
    """A copy at an older schema is upgraded in a temporary copy, never in place."""
    older = sorted((FIXTURES / "workspaces").glob("*.sqlite"))
    if not older:
        pytest.skip("no workspace of an earlier release among the fixtures")
    source = tmp_path / older[0].name
    source.write_bytes(older[0].read_bytes())
    untouched = source.read_bytes()
    with Workspace.open(tmp_path / "team.sqlite", "Ana") as team:
        report = merge_workspace(team, source)
        assert report.source == str(source) and report.added["documents"] >= 1
        assert len(team.documents()) == report.added["documents"]
    assert source.read_bytes() == untouched
    assert not Path(str(source) + "-wal").exists()
