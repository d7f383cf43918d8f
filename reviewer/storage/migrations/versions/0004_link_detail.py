"""link detail: what a suggested or inferred link rests on

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Adds ``link.detail``: for a link the suggestion ranking made (origin ``suggestion``),
the paragraph's words that matched the recommendation ("women, participation,
public"); for one read through an accepted numbering (origin ``inferred``), the
order it was read by.  Empty for every link made before, which need none.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("link") as batch:
        batch.add_column(sa.Column("detail", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("link") as batch:
        batch.drop_column("detail")
