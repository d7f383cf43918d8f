"""kept counts: per document its paragraphs, reviewed marks and confirmed links; per
recommendation the paragraphs citing it; kept by triggers

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

- ``document_count`` (one row per document row, every version's) and
  ``recommendation_count`` (one per recommendation), filled here from the rows
  there are, then kept by triggers on ``document``, ``recommendation``,
  ``paragraph`` and ``link`` (``reviewer.storage.counts``, version 1): the
  documents pane, the reviews and the registry read one row per thing shown
  instead of counting every paragraph and link.
- SQLite: row triggers.  PostgreSQL: statement triggers over the rows each
  statement touched, and SECURITY DEFINER functions (searching the workspace's
  schema alone), so a reviewer's login needs no grant on the count tables; the
  team's roles are granted SELECT on them here (``team init`` grants every table).
- A later migration that rebuilds ``document``, ``recommendation``, ``paragraph``
  or ``link`` on SQLite (a batch copy) drops their triggers with the old table: it
  creates ``SQLITE_V1_CREATE`` again (a test compares the triggers at head).
"""

import sqlalchemy as sa
from alembic import op

from reviewer.storage.counts import (
    FILL_V1,
    PG_V1_DROP,
    SQLITE_V1_CREATE,
    SQLITE_V1_DROP,
    pg_v1_create,
)

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

GROUPS = ("upr_readers", "upr_reviewers", "upr_editors")  # reviewer.storage.roles


def upgrade() -> None:
    op.create_table(
        "document_count",
        sa.Column("document_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("paragraphs", sa.Integer(), server_default="0", nullable=False),
        sa.Column("reviewed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("links", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id"),
    )
    op.create_table(
        "recommendation_count",
        sa.Column("recommendation_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("paragraphs", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["recommendation_id"], ["recommendation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("recommendation_id"),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # no colleague's write between counting and the triggers (SQLite's write lock
        # is the whole file's already)
        op.execute(
            "LOCK TABLE document, recommendation, paragraph, link IN SHARE ROW EXCLUSIVE MODE"
        )
    for sql in FILL_V1:
        op.execute(sql)
    if bind.dialect.name != "postgresql":
        for sql in SQLITE_V1_CREATE:
            op.execute(sql)
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    for sql in pg_v1_create(schema):
        op.execute(sql)
    groups = ", ".join(f"'{g}'" for g in GROUPS)
    op.execute(
        "DO $$ DECLARE g text; BEGIN FOR g IN SELECT rolname FROM pg_roles WHERE rolname IN "
        f"({groups}) LOOP EXECUTE format('GRANT SELECT ON document_count, "
        "recommendation_count TO %I', g); END LOOP; END $$"
    )


def downgrade() -> None:
    drops = PG_V1_DROP if op.get_bind().dialect.name == "postgresql" else SQLITE_V1_DROP
    for sql in drops:
        op.execute(sql)
    op.drop_table("recommendation_count")
    op.drop_table("document_count")
