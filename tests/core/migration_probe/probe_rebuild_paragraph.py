"""A test-only migration on top of the real head: the kind of change that hurts most.

It rebuilds ``paragraph`` (Alembic's batch copy-and-move, as any column change on
SQLite does: the search index's triggers go with the old table and are made again)
under the FTS triggers and the foreign keys of links, notes and tags,
then adds and fills a table; killed anywhere, the file must still open whole.
"""

import sqlalchemy as sa
from alembic import op

from reviewer.storage.counts import SQLITE_V1_CREATE, SQLITE_V1_DROP
from reviewer.storage.db import head_revision
from reviewer.storage.fts_index import FTS_V2_DROP_TRIGGERS, FTS_V2_TRIGGERS

revision = "probe_9001"
down_revision = head_revision()  # the real head, whatever it is today
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the table's triggers go with the old table: the search index's and the kept
    # counts' are made again after it
    for stmt in FTS_V2_DROP_TRIGGERS + SQLITE_V1_DROP:
        op.execute(stmt)
    with op.batch_alter_table("paragraph", recreate="always") as batch:
        batch.add_column(sa.Column("probe", sa.Integer(), nullable=True))
    op.execute("UPDATE paragraph SET probe = length(text)")
    op.create_table(
        "probe_words",
        sa.Column("paragraph_id", sa.Integer(), sa.ForeignKey("paragraph.id"), nullable=False),
        sa.Column("word", sa.Text(), nullable=False),
    )
    op.execute(
        "INSERT INTO probe_words SELECT id, substr(text, 1, instr(text || ' ', ' ')) FROM paragraph"
    )
    # the index stands: the paragraphs keep their ids
    for stmt in FTS_V2_TRIGGERS + SQLITE_V1_CREATE:
        op.execute(stmt)


def downgrade() -> None:
    raise NotImplementedError("test-only migration")
