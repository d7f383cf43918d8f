"""SQLAlchemy models of a workspace.

Every row a person makes (links, tags, notes) carries a uid, an author and
timestamps so two reviewers' workspaces can later be merged without matching on
names.  The schema itself is owned by the Alembic migrations; these classes must
agree with them (a test compares the two).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from reviewer.vocabulary import DocumentKind, LinkStatus, ParagraphKind


def new_uid() -> str:
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Review(Base):
    """One State's review in one cycle, named ``ISO3-cycle`` ("CHN-4", "SVN-1")."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    state: Mapped[str] = mapped_column(String(3))  # ISO 3166-1 alpha-3
    cycle: Mapped[int] = mapped_column(Integer)
    session: Mapped[int | None] = mapped_column(Integer)  # of the UPR Working Group
    year: Mapped[int | None] = mapped_column(Integer)
    dated_by: Mapped[str | None] = mapped_column(Text)  # what told the session
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ReviewReport(Base):
    """A report symbol known to belong to a review: its WG report or the responses."""

    __tablename__ = "review_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    symbol: Mapped[str] = mapped_column(String(64), unique=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16))  # ReportRole
    source: Mapped[str] = mapped_column(String(16))  # ReportSource: how it is known


class Document(Base):
    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    title: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32), default=DocumentKind.SUBMISSION)
    format: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    pages: Mapped[int | None] = mapped_column(Integer)
    symbol: Mapped[str | None] = mapped_column(String(64))
    report_symbol: Mapped[str | None] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str | None] = mapped_column(Text)
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("review.id", ondelete="SET NULL"), index=True
    )
    review_status: Mapped[str | None] = mapped_column(String(16))  # ReviewStatus
    review_reason: Mapped[str | None] = mapped_column(Text)  # what it was told from
    short_reading: Mapped[str | None] = mapped_column(String(16))  # "121", "running"
    # versions (migration 0005): the id stays the latest version's; an earlier version
    # is a row of its own pointing at it
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    version_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime)
    # where the file was imported from (migration 0006); trusted only if its SHA-256
    # is this document's
    source_path: Mapped[str | None] = mapped_column(Text)
    # the details a person set by hand, "title,organisation,kind" (migration 0006): a
    # new version keeps them
    edited: Mapped[str | None] = mapped_column(String(64))

    paragraphs: Mapped[list[Paragraph]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Paragraph.seq"
    )
    footnotes: Mapped[list[Footnote]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Footnote.seq"
    )


class Paragraph(Base):
    __tablename__ = "paragraph"
    __table_args__ = (Index("ix_paragraph_document_seq", "document_id", "seq", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    label: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16), default=ParagraphKind.BODY)
    text: Mapped[str] = mapped_column(Text)
    page_start: Mapped[int | None] = mapped_column(Integer)
    page_end: Mapped[int | None] = mapped_column(Integer)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    reviewed_by: Mapped[str | None] = mapped_column(Text)
    # versions (migration 0005): the previous version's paragraph this one continues,
    # how ("unchanged", "edited", "moved", "split", "merged", "added"), and whether
    # its text changed after a person's work on it
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("paragraph.id", ondelete="SET NULL"),
        index=True,  # migration 0010
    )
    change: Mapped[str | None] = mapped_column(String(16))
    changed_since_review: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    # where it was read from (migration 0006): [[page, x0, y0, x1, y1], ...] in PDF
    # points, pages from 1; None for Word and text files
    boxes: Mapped[list | None] = mapped_column(JSON(none_as_null=True))  # None: SQL NULL

    document: Mapped[Document] = relationship(back_populates="paragraphs")


# paragraphs of a given length, found without reading every text (migration 0010:
# an import's look for a document holding its longest paragraphs, ``same_text``)
Index("ix_paragraph_text_length", func.length(Paragraph.text))


class Footnote(Base):
    __tablename__ = "footnote"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    marker: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)

    document: Mapped[Document] = relationship(back_populates="footnotes")


class FootnoteRef(Base):
    __tablename__ = "footnote_ref"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(
        ForeignKey("paragraph.id", ondelete="CASCADE"), index=True
    )
    footnote_id: Mapped[int] = mapped_column(
        ForeignKey("footnote.id", ondelete="CASCADE"), index=True
    )
    offset: Mapped[int] = mapped_column(Integer)


class Citation(Base):
    """A reference found in a paragraph (or its footnote), resolved or not.

    Unresolved short references ("recommendations 30–31") live here until the
    document's report is known; resolved ones point at their recommendation.
    """

    __tablename__ = "citation"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(
        ForeignKey("paragraph.id", ondelete="CASCADE"), index=True
    )
    footnote_id: Mapped[int | None] = mapped_column(ForeignKey("footnote.id", ondelete="CASCADE"))
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    symbol: Mapped[str | None] = mapped_column(String(64))
    number: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(String(24))
    recommendation_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation.id", ondelete="SET NULL"), index=True
    )


class Link(Base):
    __tablename__ = "link"
    __table_args__ = (UniqueConstraint("paragraph_id", "recommendation_id", name="uq_link_pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraph.id", ondelete="CASCADE"))
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    origin: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(16), default=LinkStatus.CONFIRMED)
    score: Mapped[float | None] = mapped_column(Float)
    # a suggestion's matched words; an inferred link's order (migration 0004)
    detail: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class CheckDismissal(Base):
    """A finding of the draft check a person dismissed for a document (migration 0005)."""

    __tablename__ = "check_dismissal"
    __table_args__ = (UniqueConstraint("document_id", "key", name="uq_check_dismissal"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(Text, unique=True)
    colour: Mapped[str | None] = mapped_column(String(16))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("tag.id", ondelete="SET NULL"))
    # the order tags are listed in and the key 1-9 that toggles one (migration 0006)
    position: Mapped[int | None] = mapped_column(Integer)
    shortcut: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ParagraphTag(Base):
    __tablename__ = "paragraph_tag"

    paragraph_id: Mapped[int] = mapped_column(
        ForeignKey("paragraph.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    created_by: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PassageTag(Base):
    """A tag on a passage of a paragraph: characters ``start`` to ``end`` of its text
    (migration 0006).  A tag on the whole paragraph is a ``ParagraphTag``."""

    __tablename__ = "passage_tag"
    __table_args__ = (
        UniqueConstraint("paragraph_id", "tag_id", "start", "end", name="uq_passage_tag_span"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    paragraph_id: Mapped[int] = mapped_column(
        ForeignKey("paragraph.id", ondelete="CASCADE"), index=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Note(Base):
    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    paragraph_id: Mapped[int] = mapped_column(
        ForeignKey("paragraph.id", ondelete="CASCADE"), index=True
    )
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    author: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # 1 when written, +1 at each edit: an edit made from an older revision is a
    # conflict, kept beside the note instead of over it (migration 0007)
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class History(Base):
    """One review action: who did what to which paragraph, and when (migration 0007).

    Written in the transaction of the action itself, so the history holds exactly
    what landed.  ``uid`` is the row acted on (a note's, a link's, a tag's);
    ``detail`` what a person needs to read the entry (the tag's name, the note's
    text before and after, the link's recommendation and its decision).
    ``document_id`` has no foreign key: a document's removal stays in its history.
    """

    __tablename__ = "history"
    # ids never given again (SQLite would reuse a removed document's): bringing the
    # document back puts its entries back under their own ids
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    author: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(32))
    paragraph_id: Mapped[int | None] = mapped_column(
        ForeignKey("paragraph.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int | None] = mapped_column(Integer, index=True)
    uid: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))


# the registry's own rows, in a module of their own, imported here: one metadata, and
# every model importable from this module
from reviewer.storage.models_registry import (  # noqa: E402, F401
    Predecessor,
    Recommendation,
    RecommendationSource,
    RecommendationText,
)
