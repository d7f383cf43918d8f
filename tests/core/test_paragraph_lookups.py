"""Two lookups on ``paragraph`` that must not read the whole table (migration 0010):
the paragraphs continuing a removed one (``previous_id``, set to NULL by the foreign
key) and an import's look for documents holding its longest paragraphs word for word
(by ``length(text)`` first).  Checked by the query plans SQLite makes for the very
statements the workspace sends, on a workspace upgraded from schema 0007, and by the
indexes on a team database."""

from __future__ import annotations

import shutil
import sqlite3

from sqlalchemy import inspect

from reviewer.workspace import Workspace
from reviewer.workspace.same_text import holding_texts
from tests.conftest import FIXTURES

CANGO = FIXTURES / "cango" / "cango-upr4-submission"


def _plan(path, sql: str, params) -> str:
    con = sqlite3.connect(path)
    try:
        rows = con.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    finally:
        con.close()
    return " | ".join(r[-1] for r in rows)


def test_an_upgraded_workspace_finds_same_texts_and_successors_by_index(tmp_path):
    path = tmp_path / "w.sqlite"
    shutil.copy(FIXTURES / "workspaces" / "upr-reviewer-0.1.0-schema-0007.sqlite", path)
    with Workspace.open(path, author="Ana") as ws:  # upgraded, backup made
        texts = [p.text for p in ws.document(1).paragraphs][:3]
        result = ws.import_file(CANGO.with_suffix(".pdf"))  # the .docx's text, as a PDF
        assert result.same_text is not None  # still found: the 0.1.0 workspace holds it
        statement = holding_texts(texts).compile(ws.engine, compile_kwargs={"literal_binds": True})
    plan = _plan(path, str(statement), ())
    assert "USING INDEX ix_paragraph_text_length" in plan, plan
    assert "SCAN paragraph" not in plan, plan
    # what the foreign key's ON DELETE SET NULL runs for each removed paragraph
    plan = _plan(path, "UPDATE paragraph SET previous_id = NULL WHERE previous_id = ?", (1,))
    assert "ix_paragraph_previous_id" in plan, plan


def test_a_team_database_has_the_same_indexes(pg_workspace_url):
    with Workspace.open(pg_workspace_url, author="Ana") as ws:
        names = {ix["name"] for ix in inspect(ws.engine).get_indexes("paragraph")}
        with ws.engine.connect() as conn:
            expr = conn.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_paragraph_text_length'"
            ).scalar()
    assert "ix_paragraph_previous_id" in names
    assert expr is not None and "length(text)" in expr


def test_a_new_workspace_has_them_too(tmp_path):
    path = tmp_path / "new.sqlite"
    Workspace.open(path, author="Ana").close()
    con = sqlite3.connect(path)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    con.close()
    assert {"ix_paragraph_previous_id", "ix_paragraph_text_length"} <= names
