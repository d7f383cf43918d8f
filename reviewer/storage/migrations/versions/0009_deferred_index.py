"""search indexing deferred: a write notes what the index must take in, the index
takes it in afterwards, in steps

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

The search index no longer tokenizes a paragraph in the transaction that writes it
(``reviewer.storage.fts_index``):

- SQLite: tables ``paragraph_fts_pending`` (paragraphs the index does not hold yet)
  and ``paragraph_fts_gone`` (entries of removed or changed paragraphs still to take
  out, with the text indexed); the three triggers on ``paragraph`` (version 2) fill
  them instead of writing to ``paragraph_fts``.  The index as it stands is complete
  (version 1 kept it so): nothing is owed after the upgrade.
- PostgreSQL: table ``paragraph_fts_pending``; the trigger's function leaves
  ``paragraph.search`` empty and notes the paragraph there.

Going back catches up first (everything owed is indexed), then restores version 1.
"""

from alembic import op

from reviewer.storage.fts import FTS_V1_CREATE
from reviewer.storage.fts_index import (
    FTS_V2_CATCH_UP,
    FTS_V2_DROP_TABLES,
    FTS_V2_DROP_TRIGGERS,
    FTS_V2_TABLES,
    FTS_V2_TRIGGERS,
    PG_V1_FUNCTION,
    PG_V2_CATCH_UP,
    PG_V2_CREATE,
    PG_V2_DROP,
)

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for sql in PG_V2_CREATE:
            op.execute(sql)
        return
    for sql in FTS_V2_TABLES + FTS_V2_DROP_TRIGGERS + FTS_V2_TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for sql in PG_V2_CATCH_UP + (PG_V1_FUNCTION,) + PG_V2_DROP:
            op.execute(sql)
        return
    for sql in FTS_V2_DROP_TRIGGERS + FTS_V2_CATCH_UP + FTS_V2_DROP_TABLES:
        op.execute(sql)
    for sql in FTS_V1_CREATE:
        if sql.startswith("CREATE TRIGGER"):
            op.execute(sql)
