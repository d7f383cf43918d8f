"""search in every UN language: the index's vocabulary, and a second index of CJK
characters' pieces

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

``reviewer.storage.fts_terms`` tells how search uses them:

- SQLite: ``paragraph_fts_terms`` (the words the index holds, each once, read by
  range when a bare word's other forms are looked up; filled here from the index's
  own vocabulary, kept by the index steps) and ``paragraph_fts_cjk`` (FTS5: the
  two-character pieces of the CJK runs of every paragraph the word index holds that
  has such characters; filled here, kept by the index steps afterwards).
- PostgreSQL: ``paragraph_fts_terms`` (the words the index holds, filled here from
  the tsvectors, kept by the index steps), ``paragraph.search_cjk`` (the pieces, at
  their positions, under a GIN index; filled here) and version 3 of the trigger's
  function (it empties ``search_cjk`` with ``search``).

The word index and its triggers are left as they are: nothing is re-indexed.
Going back drops what was added (and version 2 of the function).
"""

from alembic import op

from reviewer.storage.fts import FTS_V3_CREATE, FTS_V3_DROP
from reviewer.storage.fts_index import PG_V2_FUNCTION, PG_V3_FUNCTION, cjk_catch_up
from reviewer.storage.pg_search import PG_V3_CREATE, PG_V3_DROP

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    server = op.get_bind().dialect.name == "postgresql"
    for sql in (*PG_V3_CREATE, PG_V3_FUNCTION) if server else FTS_V3_CREATE:
        op.execute(sql)
    cjk_catch_up(op.get_bind())


def downgrade() -> None:
    server = op.get_bind().dialect.name == "postgresql"
    for sql in (PG_V2_FUNCTION, *PG_V3_DROP) if server else FTS_V3_DROP:
        op.execute(sql)
