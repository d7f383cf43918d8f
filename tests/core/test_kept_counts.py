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
)
from reviewer.storage.counts_drift import drift
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


def test_a_link_action_says_which_recommendations_it_touched(ws, tmp_path):
    from sqlalchemy import delete

    from reviewer.storage.models import Link
    from reviewer.workspace import Changes

    ids = worked(ws, tmp_path)
    ws.take_changes()
    made = ws.link(ids["p"], "A/HRC/40/6", "28.5")
    changes = ws.take_changes()
    assert changes.recommendations == {made.recommendation_id} and changes.registry_rows_only
    ws.set_link_status(made.id, "rejected")
    ws.unlink(made.id)
    changes = ws.take_changes()
    assert changes.recommendations == {made.recommendation_id} and changes.registry_rows_only
    # a number the registry lacks enters it: the registry is read whole
    ws.link(ids["p"], "A/HRC/40/6", "28.999")
    assert not ws.take_changes().registry_rows_only
    with ws.write() as s:  # which links a statement deleted is not known here
        s.execute(delete(Link).where(Link.status == "rejected"))
    changes = ws.take_changes()
    assert changes.all_recommendations and not changes.registry_rows_only
    assert Changes.of_tables(["link"]).all_recommendations
    assert not Changes.of_tables(["note"]).all_recommendations
    assert Changes.everything().all_recommendations
    both = Changes(links=True, recommendations=frozenset({1})) | Changes(
        links=True, recommendations=frozenset({2})
    )
    assert both.recommendations == {1, 2} and both.as_dict()["recommendations"] == [1, 2]


def test_a_team_database_at_0007_gets_its_counts_and_its_roles_use_them(pg_cluster):
    """Upgraded with rows and roles in place: the counts filled, a reader reads them, a
    reviewer's marks and links keep them (the triggers' functions are the owner's)."""
    from alembic import command
    from sqlalchemy import create_engine

    from reviewer.storage.db import alembic_config
    from reviewer.storage.roles import team_sql
    from reviewer.storage.server import sqlalchemy_url

    db = pg_cluster.new_database()
    try:
        owner = pg_cluster.url(db)
        engine = create_engine(sqlalchemy_url(owner))
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0007")
            conn.execute(text(
                "INSERT INTO document (id, uid, title, kind, format, file_name, sha256, "
                "imported_at, version) VALUES (1, 'd1', 'Schools', 'submission', 'txt', "
                "'s.txt', 'abc', now(), 1);"
                "INSERT INTO paragraph (id, document_id, seq, kind, text, changed_since_review, "
                "reviewed_at) VALUES (1, 1, 0, 'body', 'Rural schools lack teachers.', false, "
                "now()), (2, 1, 1, 'body', 'Water.', false, NULL);"
                "INSERT INTO recommendation (id, uid, symbol, number, sort_key, states, "
                "position, themes, affected_persons, created_at, updated_at) VALUES (1, 'r1', "
                "'A/HRC/40/6', '28.2', 0, '[]', 'unknown', '[]', '[]', now(), now());"
                "INSERT INTO link (id, uid, paragraph_id, recommendation_id, origin, status, "
                "created_at, updated_at) VALUES (1, 'l1', 1, 1, 'manual', 'confirmed', now(), "
                "now());"
                "SELECT setval(pg_get_serial_sequence(t, 'id'), 2) FROM unnest(ARRAY["
                "'document', 'paragraph', 'recommendation', 'link']) AS t;"
            ))  # fmt: skip
        engine.dispose()
        pg_cluster.sql(team_sql(), db)  # the roles, granted the tables of 0007
        suffix = db[-6:]
        for login, group in (("rd", "upr_readers"), ("rv", "upr_reviewers")):
            pg_cluster.sql(f"CREATE ROLE {login}_{suffix} LOGIN; GRANT {group} TO {login}_{suffix}")
        Workspace.open(owner, "Owner").close()  # the owner's program upgrades it
        with Workspace.open(pg_cluster.url(db, user=f"rd_{suffix}")) as reader:
            [doc] = reader.documents()
            assert (doc.paragraphs, doc.reviewed) == (2, 1)
            [rec] = reader.recommendations()
            assert rec.paragraph_count == 1
            no_drift(reader)
        with Workspace.open(pg_cluster.url(db, user=f"rv_{suffix}"), "Rita") as reviewer:
            reviewer.set_reviewed(2)
            reviewer.unlink(1)
            reviewer.link(2, "A/HRC/40/6", "28.2")
            reviewer.link(2, "A/HRC/40/6", "28.3")  # a number it enters in the registry
            [doc] = reviewer.documents()
            assert (doc.paragraphs, doc.reviewed) == (2, 2)
            assert {r.number: r.paragraph_count for r in reviewer.recommendations()} == {
                "28.2": 1,
                "28.3": 1,
            }
            no_drift(reviewer)
    finally:
        pg_cluster.drop_database(db)


def test_a_file_copied_to_a_team_database_counts_once(tmp_path, pg_url):
    with Workspace.open(tmp_path / "laptop.sqlite", "Ana") as laptop:
        ids = worked(laptop, tmp_path)
        copy_workspace(laptop, pg_url)
        with laptop.read() as s:
            mine = {
                t: s.execute(text(f"SELECT * FROM {t} ORDER BY 1")).all() for t in COUNTS.tables
            }
    with Workspace.open(pg_url, "Ben") as team:
        no_drift(team)
        with team.read() as s:
            theirs = {
                t: s.execute(text(f"SELECT * FROM {t} ORDER BY 1")).all() for t in COUNTS.tables
            }
        assert theirs == mine
        team.set_reviewed(ids["p"])  # and they go on counting
        no_drift(team)
