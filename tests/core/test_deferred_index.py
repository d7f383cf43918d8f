"""Search indexing after the rows are stored (reviewer.storage.fts_index,
reviewer.workspace.indexing): a document is usable at once and found once indexed; the
index stays what a rebuild would make through removals, undos, ids used again, new
versions and merges; an indexing cut short (a crash) is finished at the next open."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from reviewer.cli import main as cli
from reviewer.storage.fts_index import GONE, PENDING
from reviewer.workspace import Workspace, copy_workspace, merge_workspace
from tests.conftest import FIXTURES
from tests.core.index_check import index_is_whole

ROOT = Path(__file__).resolve().parents[2]
NATIONAL = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"
SUMMARY = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf"
CANGO = FIXTURES / "cango" / "cango-upr4-submission.pdf"
CANGO_TXT = FIXTURES / "cango" / "cango-upr4-submission.txt"
CHINESE = FIXTURES / "languages" / "submission-zh.docx"


def test_a_document_is_usable_at_once_and_searchable_once_indexed(location):
    with Workspace.open(location, author="ana") as ws:
        ws.background_indexing = True  # as the window: it runs the steps itself
        r = ws.import_file(NATIONAL)
        backlog = ws.index_backlog()
        assert (backlog.paragraphs, backlog.documents) == (r.paragraphs, 1)
        assert "1 document is still being indexed" in backlog.note()
        # listed, readable, taggable before any indexing
        assert [d.id for d in ws.documents()] == [r.document_id]
        detail = ws.document(r.document_id)
        assert len(detail.paragraphs) == r.paragraphs
        assert ws.add_tag(detail.paragraphs[3].id, "education")
        assert ws.search("Slovenia") == []  # not found yet: nothing indexed
        steps = list(ws.index_steps(batch=50))
        assert sum(steps) == r.paragraphs and len(steps) == -(-r.paragraphs // 50)
        assert not ws.index_backlog().owed and ws.index_backlog().note() == ""
        hits = ws.search("Slovenia", limit=500)
        assert hits and {h.document_id for h in hits} == {r.document_id}
        index_is_whole(ws)


def test_an_import_elsewhere_is_searchable_when_it_returns(location):
    with Workspace.open(location, author="ana") as ws:
        r = ws.import_file(SUMMARY)
        assert not ws.index_owed()
        assert r.document_id in {h.document_id for h in ws.search("Slovenia")}
        index_is_whole(ws)


def test_removals_undos_reused_ids_and_versions_keep_the_index_whole(location, tmp_path):
    with Workspace.open(location, author="ana") as ws:
        ws.background_indexing = True
        a = ws.import_file(NATIONAL)
        # removed before it was ever indexed: nothing to take out of the index
        removed = ws.remove_document(a.document_id)
        assert not ws.index_backlog().paragraphs
        ws.restore_document(removed)  # its paragraphs come back owed
        assert ws.index_backlog().paragraphs == a.paragraphs
        ws.index_pending()
        index_is_whole(ws)
        b = ws.import_file(CANGO)
        ws.index_pending()
        # an indexed document removed, and its ids taken again before the index
        # catches up: the old entries go out before the new ones come in
        ws.remove_document(b.document_id)
        c = ws.import_file(CANGO_TXT)
        assert ws.search("CANGO") == []  # neither the removed text nor the new one
        ws.index_pending()
        index_is_whole(ws)
        assert {h.document_id for h in ws.search("CANGO")} == {c.document_id}
        # a paragraph's text changed in place (as a repair script would)
        with ws.write() as s:
            s.execute(
                text(
                    "UPDATE paragraph SET text = 'zanzibar' WHERE id = (SELECT min(id) FROM paragraph)"
                )
            )
        ws.index_pending()
        index_is_whole(ws)
        assert len(ws.search("zanzibar")) == 1
        # a new version of a document: the old version's paragraphs stay searchable
        # under its own id, the new ones come in
        edited = tmp_path / CANGO_TXT.name
        edited.write_text(
            CANGO_TXT.read_text("utf-8").replace("founded in 1992", "founded in 1993"), "utf-8"
        )
        v = ws.import_file(edited, as_version_of=c.document_id)
        assert v.version == 2
        ws.index_pending()
        index_is_whole(ws)
        assert ws.search("1993")


def test_cjk_pieces_follow_removals_changes_and_reused_ids(location, tmp_path):
    """The second index (CJK pieces) is kept by the same steps, with the same care."""
    with Workspace.open(location, author="ana") as ws:
        ws.background_indexing = True
        a = ws.import_file(CHINESE)
        assert ws.search("妇女") == []  # not indexed yet
        ws.index_pending()
        index_is_whole(ws)
        found = {h.document_id for h in ws.search("妇女")}
        assert found == {a.document_id}
        # removed once indexed, its ids taken again by other CJK text before a step
        ws.remove_document(a.document_id)
        other = tmp_path / "other.txt"
        other.write_text("另一份文件\n\n1. 国家尊重和保障人权。\n\n2. 教育和妇女。\n", "utf-8")
        b = ws.import_file(other)
        assert ws.search("妇女") == [] and ws.search("人权") == []
        ws.index_pending()
        index_is_whole(ws)
        assert {h.document_id for h in ws.search("人权")} == {b.document_id}
        assert [h.label for h in ws.search("妇女")] == ["2"]
        # a paragraph's text changed in place: the old pieces out, the new ones in
        with ws.write() as s:
            s.execute(
                text(
                    "UPDATE paragraph SET text = '言论自由' WHERE id = (SELECT min(id) FROM "
                    "paragraph WHERE text LIKE '%人权%')"
                )
            )
        ws.index_pending()
        index_is_whole(ws)
        assert ws.search("人权") == [] and len(ws.search("自由")) == 1
        # and CJK text replaced by text with none
        with ws.write() as s:
            s.execute(text("UPDATE paragraph SET text = 'freedom' WHERE text = '言论自由'"))
        ws.index_pending()
        index_is_whole(ws)
        assert ws.search("自由") == [] and len(ws.search("freedom")) == 1


def _index_pages(ws: Workspace) -> list:
    with ws.read() as s:
        return s.execute(text("SELECT id, block FROM paragraph_fts_data ORDER BY id")).all()


def test_the_window_s_own_writes_never_write_to_the_index(tmp_path):
    """Tagging, reviewed marks, removing a document and its undo (the window's writes,
    made on its GUI thread) leave FTS5's pages as they are: no segment flushed, no
    merge; the index steps (in the background) take it all in."""
    with Workspace.open(tmp_path / "w.sqlite", author="ana") as ws:
        ws.background_indexing = True
        a = ws.import_file(NATIONAL)
        b = ws.import_file(CANGO)
        ws.index_pending()
        before = _index_pages(ws)
        first = ws.document(a.document_id).paragraphs[0].id
        ws.add_tag(first, "education")
        ws.set_reviewed(first)
        removed = ws.remove_document(b.document_id)
        ws.restore_document(removed)
        assert _index_pages(ws) == before
        assert ws.index_backlog().removed == b.paragraphs
        ws.index_pending()
        assert _index_pages(ws) != before
        index_is_whole(ws)


def test_a_merged_copy_is_indexed_with_the_rest(tmp_path):
    other = tmp_path / "other.sqlite"
    with Workspace.open(other, author="bo") as ws:
        ws.import_file(SUMMARY)
    with Workspace.open(tmp_path / "w.sqlite", author="ana") as ws:
        ws.background_indexing = True
        ws.import_file(NATIONAL)
        merge_workspace(ws, other, backup=False)
        assert ws.index_backlog().documents == 2
        ws.index_pending()
        index_is_whole(ws)
        assert len({h.document_id for h in ws.search("Slovenia", limit=500)}) == 2


def test_a_copy_of_a_workspace_is_searchable_when_made(location, tmp_path):
    with Workspace.open(tmp_path / "source.sqlite", author="ana") as ws:
        ws.background_indexing = True
        ws.import_file(NATIONAL)  # owed here: the copy takes in every paragraph
        copy_workspace(ws, location)
    with Workspace.open(location, author="ana") as copy:
        assert not copy.index_owed()
        index_is_whole(copy)
        copy.background_indexing = True  # (no indexing before this search)
        assert copy.search("Slovenia")


_CRASH = """
import os, sys
from reviewer.workspace import Workspace
ws = Workspace.open(sys.argv[1], author="ana")
ws.background_indexing = True
ws.import_file(sys.argv[2])
steps = ws.index_steps(batch=40)
next(steps)  # one step done, then the process dies
os._exit(9)
"""


def test_an_indexing_cut_short_is_finished_at_the_next_open(tmp_path):
    path = tmp_path / "w.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", _CRASH, str(path), str(NATIONAL)], env=env)
    assert run.returncode == 9
    with Workspace.open(path, author="ana") as ws:
        backlog = ws.index_backlog()
        assert backlog.documents == 1 and 0 < backlog.paragraphs < 146
        assert ws.search("Slovenia")  # a search elsewhere than the window settles first
        assert not ws.index_owed()
        index_is_whole(ws)


def test_the_command_line_import_is_searchable_right_after(tmp_path, capsys):
    path = tmp_path / "w.sqlite"
    assert cli(["--workspace", str(path), "import", str(NATIONAL), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"imported", "errors"}
    assert data["imported"][0]["paragraphs"] == 146
    con = sqlite3.connect(path)
    assert con.execute(f"SELECT count(*) FROM {PENDING}").fetchone()[0] == 0
    con.close()
    assert cli(["--workspace", str(path), "search", "Slovenia", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)


def test_the_schema_0007_workspace_upgrades_with_its_index_whole(tmp_path):
    path = tmp_path / "w.sqlite"
    shutil.copy(FIXTURES / "workspaces" / "upr-reviewer-0.1.0-schema-0007.sqlite", path)
    with Workspace.open(path, author="ana") as ws:
        assert not ws.index_owed()  # the index 0007 kept is complete
        index_is_whole(ws)
        assert [h.label for h in ws.search("South-South")][:1] == ["6"]
        ws.background_indexing = True
        r = ws.import_file(SUMMARY)
        assert ws.index_backlog().paragraphs == r.paragraphs
    con = sqlite3.connect(path)
    triggers = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    assert PENDING in triggers["paragraph_fts_ai"] and GONE in triggers["paragraph_fts_ad"]
    con.close()
    with Workspace.open(path, author="ana") as ws:  # what the crashed window left
        ws.index_pending()
        index_is_whole(ws)


def test_going_back_before_schema_0009_catches_the_index_up(tmp_path):
    from alembic import command
    from alembic.script import ScriptDirectory

    from reviewer.storage.db import alembic_config

    path = tmp_path / "w.sqlite"
    with Workspace.open(path, author="ana") as ws:
        ws.background_indexing = True
        a = ws.import_file(CANGO)
        ws.index_pending()
        ws.remove_document(a.document_id)  # an entry to take out
        ws.import_file(NATIONAL)  # paragraphs to put in
        assert ws.index_backlog().removed and ws.index_backlog().paragraphs
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    below = ScriptDirectory.from_config(cfg).get_revision("0009").down_revision
    command.upgrade(cfg, "head")  # (already there)
    command.downgrade(cfg, "0009")  # any later migration undone first
    command.downgrade(cfg, str(below))
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert PENDING not in tables and GONE not in tables
    con.execute("INSERT INTO paragraph_fts(paragraph_fts, rank) VALUES('integrity-check', 1)")
    con.execute(
        "INSERT INTO paragraph(document_id, seq, kind, text) SELECT document_id, 999, kind, 'kilimanjaro' FROM paragraph LIMIT 1"
    )
    assert (
        con.execute(
            "SELECT count(*) FROM paragraph_fts WHERE paragraph_fts MATCH 'kilimanjaro'"
        ).fetchone()[0]
        == 1
    )
    con.close()


@pytest.mark.parametrize("owed", [False, True])
def test_pending_paragraphs_of_a_team_workspace_are_indexed_by_steps(pg_workspace_url, owed):
    with Workspace.open(pg_workspace_url, author="ana") as ws:
        ws.background_indexing = owed
        r = ws.import_file(CANGO)
        with ws.read() as s:
            empty = s.execute(text("SELECT count(*) FROM paragraph WHERE search IS NULL")).scalar()
        assert empty == (r.paragraphs if owed else 0)
        ws.index_pending()
        index_is_whole(ws)
        assert ws.search("CANGO")
