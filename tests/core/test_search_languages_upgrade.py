"""Migration 0012 (search in every UN language: the vocabulary, the second index of
CJK pieces) on workspaces made before it: a released workspace file brought to 0011
with paragraphs in French and Chinese indexed as 0011 indexed them (and one still
owed), and a team database taken back to 0011 with its rows; both searchable in
every language once opened, the indexes whole."""

from __future__ import annotations

import shutil
import sqlite3

from alembic import command
from sqlalchemy import create_engine, text

from reviewer.storage.db import alembic_config, head_revision
from reviewer.storage.server import sqlalchemy_url
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.core.index_check import index_is_whole

RELEASED = FIXTURES / "workspaces" / "upr-reviewer-0.1.0-schema-0007.sqlite"
TEXTS = [
    "Le droit à l'éducation est garanti par la loi.",
    "国家尊重和保障人权和基本自由。",
]
OWED = "政府加大了对农村地区教育的支持力度。"


def test_a_released_workspace_at_0011_searches_every_language(tmp_path):
    path = tmp_path / "w.sqlite"
    shutil.copy(RELEASED, path)
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(cfg, "0011")
    con = sqlite3.connect(path)
    doc = con.execute("SELECT min(id) FROM document").fetchone()[0]
    for i, body in enumerate([*TEXTS, OWED]):
        con.execute(
            "INSERT INTO paragraph(document_id, seq, kind, text) VALUES (?, ?, 'body', ?)",
            (doc, 1000 + i, body),
        )
    # what 0011's index steps did for the first two (the last is still owed)
    con.execute(
        "INSERT INTO paragraph_fts(rowid, text) SELECT p.id, p.text FROM paragraph_fts_pending q "
        "JOIN paragraph p ON p.id = q.id WHERE p.text != ?",
        (OWED,),
    )
    con.execute(
        "DELETE FROM paragraph_fts_pending WHERE id IN (SELECT id FROM paragraph WHERE text != ?)",
        (OWED,),
    )
    con.commit()
    con.close()
    with Workspace.open(path, author="ana") as ws:
        ws.background_indexing = True
        with ws.read() as s:
            assert (
                s.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == head_revision()
            )
            # the migration filled the second index for the paragraph indexed
            held = s.execute(text("SELECT count(*) FROM paragraph_fts_cjk")).scalar()
        assert held == 1
        assert [h.snippet for h in ws.search("人权")] == ["国家尊重和保障\x02人权\x03和基本自由。"]
        assert ws.search("教育") == []  # owed: not indexed yet
        droit = {h.paragraph_id for h in ws.search("droits")}
        assert droit and droit == {h.paragraph_id for h in ws.search("droit")}
        ws.index_pending()
        index_is_whole(ws)
        assert len(ws.search("教育")) == 1
        # the released rows still found as before
        assert [h.label for h in ws.search('"South-South"')][:1] == ["6"]


def test_a_team_database_back_at_0011_is_upgraded_searchable(pg_url, tmp_path):
    languages = tmp_path / "languages.txt"
    languages.write_text("Notes\n\n" + "\n\n".join(TEXTS) + "\n", "utf-8")
    with Workspace.open(pg_url, author="ana") as ws:
        ws.import_file(languages)
        ws.import_file(FIXTURES / "languages" / "submission-zh.docx")
    engine = create_engine(sqlalchemy_url(pg_url))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011")
        columns = conn.execute(
            text(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = "
                "'paragraph' AND column_name = 'search_cjk'"
            )
        ).scalar()
        assert columns == 0
        # a paragraph written at 0011 (its trigger's function: version 2)
        conn.execute(
            text(
                "INSERT INTO paragraph(id, document_id, seq, kind, text) SELECT "
                "(SELECT max(id) + 1 FROM paragraph), min(id), 999, 'body', :t FROM document"
            ),
            {"t": OWED},
        )
    engine.dispose()
    with Workspace.open(pg_url, author="ana") as ws:
        with ws.read() as s:
            assert (
                s.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == head_revision()
            )
        ws.index_pending()
        index_is_whole(ws)
        snippets = {h.snippet for h in ws.search("人权")}
        assert "国家尊重和保障\x02人权\x03和基本自由。" in snippets
        assert "本报告根据\x02人权\x03理事会第5/1号决议附件第15(c)段编写，共28页。" in snippets
        assert "政府加大了对\x02农村\x03地区教育的支持力度。" in {
            h.snippet for h in ws.search("农村")
        }  # the paragraph written at 0011, indexed by the steps
        droit = {h.paragraph_id for h in ws.search("droits")}
        assert droit and droit == {h.paragraph_id for h in ws.search("droit")}
