"""Migration 0013 (word forms in the documents' languages, full-width forms folded) on
workspaces made before it: a released workspace file brought to 0012 with paragraphs
indexed as 0012 indexed them (one with full-width letters, one removed whose entry the
index still held, one still owed), and a team database taken back to 0012 with its
rows; once opened, the indexes whole (tests/core/index_check.py) and the searches
those of a workspace made today."""

from __future__ import annotations

import shutil
import sqlite3

from alembic import command
from sqlalchemy import create_engine, text

from reviewer.storage.db import alembic_config, head_revision
from reviewer.storage.fts_terms import cjk_grams
from reviewer.storage.server import sqlalchemy_url
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.core.index_check import index_is_whole

RELEASED = FIXTURES / "workspaces" / "upr-reviewer-0.1.0-schema-0007.sqlite"
WIDE = "我们建议政府继续努力消除性别歧视（Ａ／ＨＲＣ／４０／６，第２８．２８７段）。"
REMOVED = "见（Ａ／ＨＲＣ／４０／６）：已删除的段落。"
OWED = "The national human rights institution stated its position."


def _index_as_0012(con: sqlite3.Connection) -> None:
    """What 0012's index steps did with the paragraphs pending: the text as written
    into the index, its words into the vocabulary, its CJK pieces into the second."""
    con.execute(
        "INSERT INTO paragraph_fts(rowid, text) SELECT p.id, p.text FROM paragraph_fts_pending q "
        "JOIN paragraph p ON p.id = q.id"
    )
    con.execute(
        "CREATE VIRTUAL TABLE temp.b USING fts5(text, content='', detail=none, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    con.execute(
        "INSERT INTO temp.b(rowid, text) SELECT p.id, p.text FROM paragraph_fts_pending q "
        "JOIN paragraph p ON p.id = q.id"
    )
    con.execute("CREATE VIRTUAL TABLE temp.bv USING fts5vocab(temp, b, 'row')")
    con.execute("INSERT OR IGNORE INTO paragraph_fts_terms(term) SELECT term FROM temp.bv")
    rows = con.execute(
        "SELECT p.id, p.text FROM paragraph_fts_pending q JOIN paragraph p ON p.id = q.id"
    ).fetchall()
    con.executemany(
        "INSERT INTO paragraph_fts_cjk(rowid, grams) VALUES (?, ?)",
        [(pid, g) for pid, body in rows if (g := cjk_grams(body)) is not None],
    )
    con.execute("DELETE FROM paragraph_fts_pending")


def test_a_released_workspace_at_0012_folds_and_takes_its_languages(tmp_path):
    path = tmp_path / "w.sqlite"
    shutil.copy(RELEASED, path)
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(cfg, "0012")
    con = sqlite3.connect(path)
    doc = con.execute("SELECT min(id) FROM document").fetchone()[0]
    for i, body in enumerate([WIDE, REMOVED]):
        con.execute(
            "INSERT INTO paragraph(document_id, seq, kind, text) VALUES (?, ?, 'body', ?)",
            (doc, 1000 + i, body),
        )
    _index_as_0012(con)
    # removed once indexed: the index still holds its entry, as written (the trigger
    # lists it in paragraph_fts_gone), and one more owed
    con.execute("DELETE FROM paragraph WHERE text = ?", (REMOVED,))
    assert con.execute("SELECT count(*) FROM paragraph_fts_gone").fetchone()[0] == 1
    con.execute(
        "INSERT INTO paragraph(document_id, seq, kind, text) VALUES (?, 1002, 'body', ?)",
        (doc, OWED),
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
            languages = s.execute(
                text("SELECT DISTINCT language FROM paragraph_fts_documents")
            ).scalars()
            assert set(languages) == {"en"}  # the three English documents
        # found by its ASCII letters once the migration indexed it folded
        assert [h.snippet for h in ws.search("A/HRC/40/6") if "歧视" in h.snippet] == [
            "我们建议政府继续努力消除性别歧视（\x02Ａ／ＨＲＣ／４０／６\x03，第２８．２８７段）。"
        ]
        ws.index_pending()
        index_is_whole(ws)
        # English documents: English inflections only
        assert [h.snippet for h in ws.search("national") if "stated" in h.snippet] == [
            "The \x02national\x03 human rights institution stated its position."
        ]
        assert not [h for h in ws.search("nation", limit=-1) if "stated" in h.snippet]
        states = {h.paragraph_id for h in ws.search("state", limit=-1)}
        assert states == {h.paragraph_id for h in ws.search("States", limit=-1)}
        assert states >= {h.paragraph_id for h in ws.search("stated", limit=-1)}
        assert [h.label for h in ws.search('"South-South"')][:1] == ["6"]


def test_a_team_database_back_at_0012_is_upgraded(pg_url, tmp_path):
    french = tmp_path / "fr.txt"
    french.write_text(
        "Déclaration des organisations\n\n1. Les droits des femmes sont protégés.\n\n"
        "2. Le droit à l'éducation est garanti par la loi.\n",
        "utf-8",
    )
    with Workspace.open(pg_url, author="ana") as ws:
        ws.import_file(french)
        ws.import_file(FIXTURES / "languages" / "submission-zh.docx")
        ws.import_file(FIXTURES / "cango" / "cango-upr4-submission.docx")
    engine = create_engine(sqlalchemy_url(pg_url))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
        tables = conn.execute(
            text("SELECT count(*) FROM pg_tables WHERE tablename = 'paragraph_fts_documents'")
        ).scalar()
        assert tables == 0
    engine.dispose()
    with Workspace.open(pg_url, author="ana") as ws:
        with ws.read() as s:
            assert (
                s.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == head_revision()
            )
            languages = dict(
                s.execute(
                    text(
                        "SELECT d.title, l.language FROM paragraph_fts_documents l "
                        "JOIN document d ON d.id = l.document_id"
                    )
                ).all()
            )
        assert sorted(languages.values()) == ["en", "fr", "zh"]
        index_is_whole(ws)
        droit = {h.label for h in ws.search("droits") if "Déclaration" in h.document_title}
        assert droit == {"1", "2"}
        assert any("歧视" in h.snippet for h in ws.search("A/HRC/40/6"))
