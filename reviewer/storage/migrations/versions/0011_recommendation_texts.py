"""a recommendation's text per UN language

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

- ``recommendation_text`` (recommendation_id, language, text; one row per
  recommendation and language, ``uq_recommendation_text_language``): the French or
  Spanish edition of a thematic list or Working Group report adds its texts to the
  rows the English one made (same symbol and number), instead of rows of its own.
  ``recommendation.text`` stays as it is: the first edition's text.
- Filled here with each recommendation's text as it stands, in the language it is
  written in (``reviewer.languages.detect``; English when a text is too short to
  tell: every registry reader before this revision read English documents only).

No table is rebuilt: the kept-count and search triggers stay as they are.  On a
team database the new table is granted as every table the schema's owner adds
(``team init``'s default privileges: readable by all, written by editors).
"""

import sqlalchemy as sa
from alembic import op

from reviewer.languages import detect

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

BATCH = 2000


def upgrade() -> None:
    op.create_table(
        "recommendation_text",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["recommendation_id"], ["recommendation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint(
            "recommendation_id", "language", name="uq_recommendation_text_language"
        ),
    )
    bind = op.get_bind()
    texts = sa.table(
        "recommendation_text",
        sa.column("recommendation_id", sa.Integer),
        sa.column("language", sa.String),
        sa.column("text", sa.Text),
    )
    rows = bind.execute(
        sa.text("SELECT id, text FROM recommendation WHERE text IS NOT NULL ORDER BY id")
    ).all()
    for i in range(0, len(rows), BATCH):
        batch = [
            {"recommendation_id": rid, "language": detect(text) or "en", "text": text}
            for rid, text in rows[i : i + BATCH]
            if text.strip()
        ]
        if batch:
            bind.execute(sa.insert(texts), batch)


def downgrade() -> None:
    op.drop_table("recommendation_text")
