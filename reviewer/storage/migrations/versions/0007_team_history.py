"""team workspaces: a history of review actions, note revisions, and (on PostgreSQL)
full-text search and change notifications

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

- ``history``: every review action with its reviewer and time (tags and passage tags
  added or removed, notes written, edited or deleted, reviewed marks, links made,
  decided or removed, documents imported or removed), one row per action, written in
  the action's own transaction.
- ``note.revision``: 1 when written, one more at each edit; an edit made from an
  older revision (a colleague saved in between) is kept beside the note, not over it.
- PostgreSQL only: ``paragraph.search`` (a tsvector kept by a trigger, GIN-indexed,
  made as FTS5 makes its tokens: ``reviewer.storage.pg_search``), and a statement
  trigger on every table that notifies channel ``upr_reviewer`` so open windows
  show a colleague's work.  SQLite keeps its FTS5 table; another process's commits
  show through ``PRAGMA data_version``.
"""

import sqlalchemy as sa
from alembic import op

from reviewer.storage.pg_search import (
    NOTIFY_FUNCTION_V1,
    SEARCH_V1_DROP,
    notify_trigger,
    search_v1_create,
)

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# the tables at this revision; a later migration adding a table adds its trigger
TABLES_V1 = (
    "review",
    "review_report",
    "document",
    "paragraph",
    "footnote",
    "footnote_ref",
    "recommendation",
    "recommendation_source",
    "citation",
    "link",
    "check_dismissal",
    "tag",
    "paragraph_tag",
    "passage_tag",
    "note",
    "predecessor",
    "history",
)


def upgrade() -> None:
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("paragraph_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("uid", sa.String(length=32), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["paragraph_id"], ["paragraph.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_history_at"), "history", ["at"], unique=False)
    op.create_index(op.f("ix_history_paragraph_id"), "history", ["paragraph_id"], unique=False)
    op.create_index(op.f("ix_history_document_id"), "history", ["document_id"], unique=False)
    op.add_column("note", sa.Column("revision", sa.Integer(), nullable=False, server_default="1"))
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema = bind.exec_driver_sql(
        "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'"
    ).scalar_one()
    icu = bool(
        bind.exec_driver_sql("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'").first()
    )
    for sql in search_v1_create(schema.strip('"'), icu):
        op.execute(sql)
    op.execute(NOTIFY_FUNCTION_V1)
    for table in TABLES_V1:
        op.execute(notify_trigger(table)[0])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES_V1:
            op.execute(notify_trigger(table)[1])
        op.execute("DROP FUNCTION IF EXISTS upr_notify()")
        for sql in SEARCH_V1_DROP:
            op.execute(sql)
    with op.batch_alter_table("note") as batch:
        batch.drop_column("revision")
    op.drop_index(op.f("ix_history_document_id"), table_name="history")
    op.drop_index(op.f("ix_history_paragraph_id"), table_name="history")
    op.drop_index(op.f("ix_history_at"), table_name="history")
    op.drop_table("history")
