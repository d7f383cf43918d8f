"""search's word forms in the languages of the documents, full-width forms folded

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02

``reviewer.storage.fts_languages`` tells how search uses them:

- both engines: ``paragraph_fts_documents`` (each document's language, told here
  from its first paragraphs, then by the index steps) and
  ``paragraph_fts_terms.langs`` (for each term, the languages of the documents
  holding it: filled here from every indexed paragraph, kept by the index steps);
- SQLite: the word index takes full-width forms (``Ａ／ＨＲＣ``) folded to ASCII, as
  PostgreSQL's does: what ``paragraph_fts_gone`` lists is taken out as it was
  indexed, and every indexed paragraph with such a form is indexed again, folded.

Going back indexes those paragraphs as written again and drops what was added.
"""

from alembic import op

from reviewer.storage.fts_languages import (
    PG_V4_CREATE,
    SQLITE_V4_CREATE,
    V4_DROP,
    fold_catch_up,
    languages_catch_up,
)

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    server = op.get_bind().dialect.name == "postgresql"
    for sql in PG_V4_CREATE if server else SQLITE_V4_CREATE:
        op.execute(sql)
    if not server:
        fold_catch_up(op.get_bind())
    languages_catch_up(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        fold_catch_up(op.get_bind(), fold=False)
    for sql in V4_DROP:
        op.execute(sql)
