"""Copy and merge as the team's members do them: logins of the editors' and the
reviewers' roles (``team_sql``), not the database's owner.

An editor copies a laptop's workspace into the empty team database the owner made,
and the team works on after it (new ids never meet the copied ones: the sequences
were drawn on without the owner's rights); a reviewer merges a laptop's review work
but not its new documents (an editor's), which leave the team database as it was.
"""

from __future__ import annotations

import uuid

import pytest

from reviewer.storage.roles import team_sql
from reviewer.workspace import ReadOnly, Workspace, copy_workspace, merge_workspace
from tests.core.transfer_helpers import CANGO_MD, CHINA_LIST, SVN_SUMMARY, dump


@pytest.fixture
def team_db(pg_cluster):
    """(owner's URL, editor's URL, reviewer's URL) of a new team database, its schema
    made by the owner and the roles granted, no rows."""
    name = pg_cluster.new_database()
    owner = pg_cluster.url(name)
    Workspace.open(owner, "Admin").close()
    pg_cluster.sql(team_sql(), name)
    editor, reviewer = f"ed_{uuid.uuid4().hex[:8]}", f"rev_{uuid.uuid4().hex[:8]}"
    pg_cluster.sql(f"CREATE ROLE {editor} LOGIN IN ROLE upr_editors")
    pg_cluster.sql(f"CREATE ROLE {reviewer} LOGIN IN ROLE upr_reviewers")
    yield owner, pg_cluster.url(name, user=editor), pg_cluster.url(name, user=reviewer)
    pg_cluster.drop_database(name)
    pg_cluster.sql(f"DROP ROLE IF EXISTS {editor}")
    pg_cluster.sql(f"DROP ROLE IF EXISTS {reviewer}")


def test_an_editor_copies_in_and_a_reviewer_merges_work_only(tmp_path, team_db):
    owner, editor_url, reviewer_url = team_db
    laptop = Workspace.open(tmp_path / "laptop.sqlite", "Ben")
    doc_id = laptop.import_file(CANGO_MD).document_id
    doc = laptop.document(doc_id)
    assert doc is not None
    p = doc.paragraphs[3].id
    laptop.add_tag(p, "first")
    laptop.add_note(p, "before the team had it")

    copy_workspace(laptop, editor_url)
    editor = Workspace.open(editor_url, "Edna")
    assert editor.role == "editor" and dump(editor) == dump(laptop)
    assert editor.add_note(p, "the team's").id > max(n.id for n in laptop.notes())
    assert editor.import_file(CHINA_LIST).document_id > doc_id  # the sequences moved on

    # the laptop goes on: review work, and a document of its own
    laptop.add_note(p, "on the train")
    laptop.add_tag(p, "second")
    reviewer = Workspace.open(reviewer_url, "Rita")
    assert reviewer.role == "reviewer"
    before = dump(editor)
    report = merge_workspace(reviewer, laptop.location)
    assert report.added["notes"] == 1 and report.added["tags"] == 1
    assert report.added["documents"] == 0

    laptop.import_file(SVN_SUMMARY)
    with pytest.raises(ReadOnly, match="editors' role"):
        merge_workspace(reviewer, laptop.location)
    assert dump(editor) == dump(reviewer) != before
    after = dump(editor)
    report = merge_workspace(editor, laptop.location)
    assert report.added["documents"] == 1 and dump(editor) != after
    for ws in (laptop, editor, reviewer):
        ws.close()
