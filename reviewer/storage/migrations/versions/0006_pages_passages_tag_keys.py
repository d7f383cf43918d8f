"""pages, passages and tag keys: where a paragraph sits on its pages, tags on part of
a paragraph, and the order and keys of tags

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

- ``paragraph.boxes``: the areas of the source pages a paragraph was read from, as
  ``[[page, x0, y0, x1, y1], ...]`` in PDF points (page numbers from 1).  NULL for
  paragraphs of Word and text files and for every paragraph imported before; a
  document imported again gets them.
- ``document.source_path``: where the file was imported from (an absolute path on
  the importing machine), so the page view can show the original and the system
  viewer open it; the file found there is trusted only if its SHA-256 is the
  document's.  NULL for documents imported before (a re-import fills it).
- ``document.edited``: the details a person set by hand ("title,organisation,kind",
  any of them), which a new version of the document keeps instead of taking the new
  file's.  NULL: every detail is the file's.
- ``passage_tag``: a tag on a passage of a paragraph (``start``, ``end`` character
  offsets into its text), with uid, author and time like every row a person makes.
  A whole-paragraph tag stays a ``paragraph_tag``.
- ``tag.position`` (the order tags are listed in; NULL sorts by name after the
  ordered ones) and ``tag.shortcut`` (the key 1-9 that toggles it; NULL for none).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE ADD COLUMN: no batch copy of the paragraph table (its search
    # triggers stay as they are)
    op.add_column("paragraph", sa.Column("boxes", sa.JSON(), nullable=True))
    op.add_column("document", sa.Column("source_path", sa.Text(), nullable=True))
    op.add_column("document", sa.Column("edited", sa.String(length=64), nullable=True))
    op.add_column("tag", sa.Column("position", sa.Integer(), nullable=True))
    op.add_column("tag", sa.Column("shortcut", sa.Integer(), nullable=True))
    op.create_table(
        "passage_tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("paragraph_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["paragraph_id"], ["paragraph.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["tag_id"], ["tag.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
        sa.UniqueConstraint("paragraph_id", "tag_id", "start", "end", name="uq_passage_tag_span"),
    )
    op.create_index(
        op.f("ix_passage_tag_paragraph_id"), "passage_tag", ["paragraph_id"], unique=False
    )
    op.create_index(op.f("ix_passage_tag_tag_id"), "passage_tag", ["tag_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_passage_tag_tag_id"), table_name="passage_tag")
    op.drop_index(op.f("ix_passage_tag_paragraph_id"), table_name="passage_tag")
    op.drop_table("passage_tag")
    with op.batch_alter_table("tag") as batch:
        batch.drop_column("shortcut")
        batch.drop_column("position")
    op.drop_column("paragraph", "boxes")
    op.drop_column("document", "edited")
    op.drop_column("document", "source_path")
