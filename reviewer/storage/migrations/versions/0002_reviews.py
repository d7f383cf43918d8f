"""reviews: every document belongs to a State's review in a cycle

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

Adds ``review`` (one State in one cycle, "CHN-4"), ``review_report`` (the report
symbols known to belong to a review) and, on ``document``, the review it belongs
to, how that was decided, and the chosen reading of its short numbers.  Then the
reviews of what the workspace already holds are made from what its documents say
(``reviewer.reviews.backfill``), in the same transaction as the schema change.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=3), nullable=False),
        sa.Column("cycle", sa.Integer(), nullable=False),
        sa.Column("session", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("dated_by", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "review_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("symbol", sa.String(length=64), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["review_id"], ["review.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("symbol"),
    )
    op.create_index(
        op.f("ix_review_report_review_id"), "review_report", ["review_id"], unique=False
    )
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("review_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("review_status", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("review_reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("short_reading", sa.String(length=16), nullable=True))
        batch.create_index(batch.f("ix_document_review_id"), ["review_id"], unique=False)
        batch.create_foreign_key(
            "fk_document_review_id_review", "review", ["review_id"], ["id"], ondelete="SET NULL"
        )

    # The data step: reviews for the documents and reports already in the workspace.
    from reviewer.reviews.backfill import backfill

    backfill(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.drop_constraint("fk_document_review_id_review", type_="foreignkey")
        batch.drop_index(batch.f("ix_document_review_id"))
        batch.drop_column("short_reading")
        batch.drop_column("review_reason")
        batch.drop_column("review_status")
        batch.drop_column("review_id")
    op.drop_index(op.f("ix_review_report_review_id"), table_name="review_report")
    op.drop_table("review_report")
    op.drop_table("review")
