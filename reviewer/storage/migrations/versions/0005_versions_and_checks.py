"""versions and checks: a document's earlier versions, what each paragraph continues,
and the check findings a drafter dismissed

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

- ``document.version`` (1 for every document so far) and, on an earlier version kept
  readable, ``document.version_of_id`` (the live document it is an earlier version
  of; NULL for every live document) and ``document.superseded_at``.  A document's id
  stays the id of its latest version: importing a new version moves the old
  paragraphs to a new row that is the earlier version.
- ``paragraph.previous_id``: the paragraph of the previous version this one continues
  (NULL in a first version and for an added paragraph), ``paragraph.change`` (how:
  unchanged, edited, moved, split, merged, added) and
  ``paragraph.changed_since_review`` (its text changed after a person's work on it).
- ``check_dismissal``: a finding of the draft check a person dismissed for a
  document, by the finding's stable key.
"""

import sqlalchemy as sa
from alembic import op

from reviewer.storage.fts import FTS_V1_CREATE, FTS_V1_DROP

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("version_of_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("superseded_at", sa.DateTime(), nullable=True))
        batch.create_index(batch.f("ix_document_version_of_id"), ["version_of_id"], unique=False)
        batch.create_foreign_key(
            "fk_document_version_of_id_document",
            "document",
            ["version_of_id"],
            ["id"],
            ondelete="CASCADE",
        )
    with op.batch_alter_table("paragraph") as batch:
        batch.add_column(sa.Column("previous_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("change", sa.String(length=16), nullable=True))
        batch.add_column(
            sa.Column(
                "changed_since_review", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch.create_foreign_key(
            "fk_paragraph_previous_id_paragraph",
            "paragraph",
            ["previous_id"],
            ["id"],
            ondelete="SET NULL",
        )
    _restore_search_triggers()
    op.create_table(
        "check_dismissal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_by", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("document_id", "key", name="uq_check_dismissal"),
    )


def downgrade() -> None:
    op.drop_table("check_dismissal")
    with op.batch_alter_table("paragraph") as batch:
        batch.drop_constraint("fk_paragraph_previous_id_paragraph", type_="foreignkey")
        batch.drop_column("changed_since_review")
        batch.drop_column("change")
        batch.drop_column("previous_id")
    _restore_search_triggers()
    with op.batch_alter_table("document") as batch:
        batch.drop_constraint("fk_document_version_of_id_document", type_="foreignkey")
        batch.drop_index(batch.f("ix_document_version_of_id"))
        batch.drop_column("superseded_at")
        batch.drop_column("version_of_id")
        batch.drop_column("version")


def _restore_search_triggers() -> None:
    """SQLite's batch mode copies ``paragraph`` into a new table, and its triggers (the
    search index's) go with the old one: made again here, the index itself kept (its
    rows are the paragraphs' ids, unchanged by the copy)."""
    if op.get_bind().dialect.name != "sqlite":
        return
    triggers = [sql for sql in FTS_V1_CREATE if sql.startswith("CREATE TRIGGER")]
    for sql in FTS_V1_DROP:
        if sql.startswith("DROP TRIGGER"):
            op.execute(sql)
    for sql in triggers:
        op.execute(sql)
