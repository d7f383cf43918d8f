"""paragraph lookups that do not read the whole table: the paragraphs continuing a
given one, and paragraphs of a given length

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

- ``ix_paragraph_previous_id``: removing a document (or an earlier version) sets
  ``previous_id`` to NULL in the paragraphs that continued its paragraphs (the
  foreign key's ``ON DELETE SET NULL``); without an index each removed paragraph
  read the whole table (minutes at a million paragraphs).
- ``ix_paragraph_text_length`` on ``length(text)``: an import looks for documents
  holding its longest paragraphs word for word (``workspace.same_text``); by their
  lengths first, a handful of rows, instead of comparing every paragraph's text.

Both engines: plain ``CREATE INDEX`` (an expression index on SQLite 3.9+ and
PostgreSQL alike); no table is rebuilt, so the triggers stay as they are.
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_paragraph_previous_id ON paragraph (previous_id)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_paragraph_text_length ON paragraph (length(text))")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_paragraph_text_length")
    op.execute("DROP INDEX IF EXISTS ix_paragraph_previous_id")
