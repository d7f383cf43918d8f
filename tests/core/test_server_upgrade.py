"""The same Alembic migrations make and upgrade a team workspace's schema: a database
left at an earlier revision is brought to head on opening, its rows kept and made
searchable (the search column is filled for the paragraphs already there)."""

from alembic import command
from sqlalchemy import create_engine, text

from reviewer.storage.db import alembic_config, head_revision
from reviewer.storage.server import sqlalchemy_url
from reviewer.workspace import Workspace


def test_a_database_at_0006_is_upgraded_with_its_rows_kept_and_searchable(pg_url):
    engine = create_engine(sqlalchemy_url(pg_url))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
        conn.execute(
            text(
                "INSERT INTO document (id, uid, title, kind, format, file_name, sha256, "
                "imported_at, version) VALUES (1, 'd1', 'Écoles rurales', 'submission', 'txt', "
                "'e.txt', 'abc', now(), 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO paragraph (id, document_id, seq, kind, text, changed_since_review) "
                "VALUES (1, 1, 0, 'body', 'Les écoles rurales manquent d''enseignants.', false)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO note (id, uid, paragraph_id, author, body, created_at, updated_at) "
                "VALUES (1, 'n1', 1, 'Ana', 'à vérifier', now(), now())"
            )
        )
    engine.dispose()
    with Workspace.open(pg_url, author="Ana") as ws:
        with ws.read() as s:
            assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                head_revision()
            )
        [note] = ws.notes(1)
        assert note.body == "à vérifier" and note.revision == 1
        assert [h.paragraph_id for h in ws.search("ecoles")] == [1]
        assert [h.paragraph_id for h in ws.search('"rurales manquent"')] == [1]
        ws.add_tag(1, "Education")
        assert [h.action for h in ws.history(paragraph_id=1)] == ["tag added"]
