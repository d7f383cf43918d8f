"""The workspace file: schema from migrations, pragmas, FTS in step, refusals."""

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from reviewer.storage.counts import COUNTS
from reviewer.storage.db import WorkspaceError, head_revision, open_database
from reviewer.storage.fts import QueryError, build_match
from reviewer.storage.models import Base, Document, Paragraph
from reviewer.workspace import Workspace, waiting_for_locks


def test_new_workspace_has_head_schema_and_pragmas(tmp_path):
    engine, backup = open_database(tmp_path / "w.sqlite")
    assert backup is None
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


# SQLite's reflection cannot read an expression index (length(text), migration 0010):
# test_paragraph_lookups checks that one by the query plans instead
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression")
def test_models_agree_with_migrations(tmp_path):
    engine, _ = open_database(tmp_path / "w.sqlite")
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "include_name": lambda n, t, p: not (t == "table" and n.startswith("paragraph_fts"))
            },
        )
        # the kept counts' tables are the triggers', apart from the rows' (``counts``)
        assert compare_metadata(ctx, [Base.metadata, COUNTS]) == []
    engine.dispose()


def test_refuses_workspace_from_newer_program(tmp_path):
    path = tmp_path / "w.sqlite"
    engine, _ = open_database(path)
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    with pytest.raises(WorkspaceError, match="newer version"):
        open_database(path)


def test_refuses_a_file_that_is_not_a_workspace(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("hello, not a database")
    with pytest.raises(WorkspaceError, match="not a UPR Reviewer workspace"):
        open_database(path)
    assert path.read_text() == "hello, not a database"


def test_locked_workspace_gives_clear_error_and_changes_nothing(tmp_path):
    path = tmp_path / "w.sqlite"
    Workspace.open(path).close()
    with waiting_for_locks(0.2):
        ws = Workspace.open(path, author="t")
    holder = sqlite3.connect(path, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(WorkspaceError, match="locked by another program"):
            ws.create_tag("urgent")
    finally:
        holder.rollback()
        holder.close()
    assert ws.tags() == []
    ws.close()


def test_fts_follows_inserts_updates_and_deletes(tmp_path):
    ws = Workspace.open(tmp_path / "w.sqlite", author="t")
    with ws.write() as s:
        doc = Document(title="d", format="txt", file_name="d.txt", sha256="0" * 64)
        s.add(doc)
        s.flush()
        s.add(Paragraph(document_id=doc.id, seq=0, text="South-South cooperation on ill-treatment"))
    assert [h.label for h in ws.search("ill-treatment")] == [None]
    with ws.write() as s:
        p = s.query(Paragraph).one()
        p.text = "nothing about that any more"
    assert ws.search("ill-treatment") == []
    assert len(ws.search("any more")) == 1
    with ws.write() as s:
        s.delete(s.query(Paragraph).one())
    assert ws.search("nothing") == []
    ws.close()


@pytest.mark.parametrize(
    "query, expected",
    [
        ("ill-treatment", '"ill-treatment"'),
        ("women rights", '"women" "rights"'),
        ('"South-South cooperation"', '"South-South cooperation"'),
        ("educat*", '"educat"*'),
        ("women OR girls", '"women" OR "girls"'),
        ('AND "', None),
    ],
)
def test_build_match_quotes_every_term(query, expected):
    if expected is None:
        assert build_match(query) == '"AND"'
    else:
        assert build_match(query) == expected


def test_build_match_rejects_empty():
    with pytest.raises(QueryError):
        build_match('  " * ')
