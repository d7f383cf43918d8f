"""predecessors: a recommendation's likely forerunners in the State's earlier cycles

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

Adds ``predecessor``: a recommendation of cycle N and one of cycle N−1 or N−2 of the
same State that it likely repeats, with the matching's score and reason, and its
status (suggested, confirmed, rejected) with who decided and when.  Suggestions are
made when a registry import brings a State's second cycle, or on demand
(``Workspace.suggest_predecessors``); an upgraded workspace gets them the same way.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "predecessor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("predecessor_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.Text(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["predecessor_id"], ["recommendation.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["recommendation_id"], ["recommendation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("recommendation_id", "predecessor_id", name="uq_predecessor_pair"),
        sa.UniqueConstraint("uid"),
    )
    op.create_index(
        op.f("ix_predecessor_predecessor_id"), "predecessor", ["predecessor_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_predecessor_predecessor_id"), table_name="predecessor")
    op.drop_table("predecessor")
