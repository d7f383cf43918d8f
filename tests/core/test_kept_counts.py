"""The counts the database keeps (migration 0008) agree with counting the rows again,
after every way the program writes rows, on both engines: imports, new versions,
reviewed marks, links made, decided and removed, a removal and its undo, a copy
to another engine, a merge, and plain SQL deleting and moving rows with cascades."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text

from reviewer.storage.counts import (
    COUNTS,
    PG_V1_TRIGGERS,
    SQLITE_V1_TRIGGERS,
    drift,
)
from reviewer.vocabulary import ACTIVE_STATUSES
from reviewer.workspace import Workspace, copy_workspace, merge_workspace
from tests.conftest import FIXTURES
from tests.core.transfer_helpers import CANGO_DOCX, worked
from tests.core.version_helpers import edit_words, load, save


def no_drift(ws: Workspace) -> None:
    with ws.read() as s:
        assert drift(s) == []


def kept(ws: Workspace, table: str, row_id: int) -> tuple:
    key = "document_id" if table == "document_count" else "recommendation_id"
    with ws.read() as s:
        return tuple(s.execute(text(f"SELECT * FROM {table} WHERE {key} = {row_id}")).one())[1:]


@pytest.fixture
def ws(tmp_path, location):
    w = Workspace.open(location, "Ana")
    yield w
    w.close()


def test_the_counts_follow_a_persons_work_and_new_versions(ws, tmp_path):
    ids = worked(ws, tmp_path)
    no_drift(ws)
    cango = ws.document(ids["cango"])
    assert cango is not None
    confirmed = sum(1 for p in cango.paragraphs for lk in p.links if lk.status == "confirmed")
    assert kept(ws, "document_count", ids["cango"]) == (len(cango.paragraphs), 1, confirmed)
    # the earlier version keeps its own row: the work followed the new paragraphs
    [earlier] = [v for v in ws.versions(ids["cango"]) if not v.latest]
    assert kept(ws, "document_count", earlier.document_id)[:2] == (earlier.paragraphs, 0)
    q = ws.paragraph(ids["q"])
    assert q is not None
    rec = next(lk for lk in q.links if lk.number == "28.2").recommendation_id
    assert kept(ws, "recommendation_count", rec) == (1,)
    ws.set_reviewed(ids["q"], False)
    ws.set_reviewed(ids["p"])
    link = next(lk for lk in q.links if lk.number == "28.2")
    ws.set_link_status(link.id, "rejected")
    assert kept(ws, "recommendation_count", rec) == (0,)
    no_drift(ws)
    ws.set_link_status(link.id, "confirmed")
    ws.unlink(link.id)
    no_drift(ws)
    assert kept(ws, "recommendation_count", rec) == (0,)
    # a third version: the marks and links move again, the earlier rows keep theirs
    doc = load()
    edit_words(doc, 5, "contribution made", "efforts made")
    edit_words(doc, 6, "the", "a")
    v3 = ws.import_file(save(doc, tmp_path / "v3" / CANGO_DOCX.name))
    assert v3.version == 3
    no_drift(ws)
    assert kept(ws, "document_count", ids["cango"])[1] == 1  # p's mark followed


def test_a_removal_and_its_undo_leave_the_counts_as_they_were(ws, tmp_path):
    ids = worked(ws, tmp_path)
    with ws.read() as s:
        before = {t: s.execute(text(f"SELECT * FROM {t} ORDER BY 1")).all() for t in COUNTS.tables}
    removed = ws.remove_document(ids["cango"])
    no_drift(ws)
    assert ws.restore_document(removed) == ids["cango"]
    no_drift(ws)
    with ws.read() as s:
        after = {t: s.execute(text(f"SELECT * FROM {t} ORDER BY 1")).all() for t in COUNTS.tables}
    assert after == before


def test_a_copy_to_the_other_engine_and_a_merge_back_count_once(tmp_path, location):
    with Workspace.open(location, "Ana") as team:
        ids = worked(team, tmp_path)
        copy_workspace(team, tmp_path / "laptop.sqlite")
        with Workspace.open(tmp_path / "laptop.sqlite", "Ben") as laptop:
            no_drift(laptop)
            assert kept(laptop, "document_count", ids["cango"]) == kept(
                team, "document_count", ids["cango"]
            )
            ws_q = laptop.paragraph(ids["q"])
            assert ws_q is not None
            laptop.set_reviewed(ids["p"])
            laptop.link(ids["p"], "A/HRC/40/6", "28.5")
            laptop.import_file(FIXTURES / "un" / "Slovenia-UPR2-thematic-list-A_HRC_28_15.docx")
            merge_workspace(team, laptop.location)
        no_drift(team)
        assert kept(team, "document_count", ids["cango"])[1] == 2
        merge_workspace(team, str(tmp_path / "laptop.sqlite"))  # again: nothing new
        no_drift(team)


def test_plain_sql_deletes_and_moves_with_their_cascades(ws, tmp_path):
    """What no method does today but the database allows: the counts still agree."""
    ids = worked(ws, tmp_path)
    cango = ws.document(ids["cango"])
    summary = ws.document(ids["summary"])
    assert cango is not None and summary is not None
    [earlier] = [v.document_id for v in ws.versions(ids["cango"]) if not v.latest]
    linked = [p.id for p in cango.paragraphs if any(lk.status == "confirmed" for lk in p.links)]
    steps = [
        # links decided by a statement touching many rows, then back
        "UPDATE link SET status = 'suggested' WHERE id % 2 = 0",
        "UPDATE link SET status = 'confirmed' WHERE status = 'suggested'",
        # reviewed marks in bulk; a paragraph moved to another document's row
        "UPDATE paragraph SET reviewed_at = CURRENT_TIMESTAMP WHERE id % 3 = 0",
        f"UPDATE paragraph SET document_id = {earlier}, seq = seq + 100000 WHERE id = {linked[0]}",
        f"UPDATE paragraph SET document_id = {ids['summary']}, seq = seq + 200000, "
        f"reviewed_at = NULL WHERE id = {linked[1]}",
        # links moved to another paragraph and another recommendation
        f"UPDATE link SET paragraph_id = {summary.paragraphs[0].id} WHERE paragraph_id = "
        f"{linked[2]} AND status = 'confirmed'",
        # a paragraph with links deleted (its links go by cascade)
        f"DELETE FROM paragraph WHERE id = {linked[3]}",
        # the earlier version made the latest for a moment, and back
        f"UPDATE document SET version_of_id = NULL WHERE id = {earlier}",
        f"UPDATE document SET version_of_id = {ids['cango']} WHERE id = {earlier}",
        # a recommendation deleted with its links
        "DELETE FROM recommendation WHERE id IN (SELECT recommendation_id FROM link "
        "WHERE status = 'confirmed' ORDER BY id LIMIT 1)",
        # a whole document with its earlier version, paragraphs and links, by cascade
        f"DELETE FROM document WHERE id = {ids['cango']}",
    ]
    for sql in steps:
        with ws.write() as s:
            s.execute(text(sql))
        with ws.read() as s:
            assert drift(s) == [], sql
    with ws.read() as s:
        gone = s.execute(
            text(f"SELECT count(*) FROM document_count WHERE document_id = {earlier}")
        ).scalar()
    assert gone == 0


def test_the_triggers_are_all_there_at_head(ws):
    with ws.read() as s:
        if ws.server:
            names = s.execute(
                text("SELECT tgname FROM pg_trigger WHERE tgname LIKE 'upr_count_%'")
            ).scalars()
            assert sorted(names) == sorted(PG_V1_TRIGGERS)
        else:
            names = s.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                    "AND name LIKE 'upr_count_%'"
                )  # fmt: skip
            ).scalars()
            assert sorted(names) == sorted(SQLITE_V1_TRIGGERS)


def test_the_triggers_count_the_statuses_the_program_counts():
    # the triggers and the fill of migration 0008 name 'confirmed': a change of the
    # active statuses needs a migration counting them again
    assert tuple(ACTIVE_STATUSES) == ("confirmed",)


def test_a_schema_0007_workspace_gets_its_counts(tmp_path):
    path = tmp_path / "w.sqlite"
    shutil.copy(FIXTURES / "workspaces" / "upr-reviewer-0.1.0-schema-0007.sqlite", path)
    with Workspace.open(path, "today") as ws:
        no_drift(ws)
        with ws.read() as s:
            docs = s.execute(text("SELECT count(*), sum(paragraphs) FROM document_count")).one()
            recs = s.execute(text("SELECT count(*), sum(paragraphs) FROM recommendation_count"))
            assert tuple(docs) == (3, 162)
            assert tuple(recs.one()) == (346, 11)
        ws.set_reviewed(ws.document(1).paragraphs[0].id)  # the triggers work on it
        no_drift(ws)
