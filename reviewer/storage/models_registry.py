"""The recommendation registry's rows: one recommendation per (report symbol, number),
what each source document says of it, its text in each UN language's edition, and
its likely predecessors in the State's earlier cycles.

Part of ``reviewer.storage.models`` (which imports this module, so ``Base.metadata``
holds these tables and every name is importable from there too).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reviewer.storage.models import Base, new_uid, utcnow
from reviewer.vocabulary import LinkStatus, Position


class Recommendation(Base):
    __tablename__ = "recommendation"
    __table_args__ = (UniqueConstraint("symbol", "number", name="uq_recommendation_symbol_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    symbol: Mapped[str] = mapped_column(String(64))
    number: Mapped[str] = mapped_column(String(32))
    sort_key: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str | None] = mapped_column(Text)
    states: Mapped[list] = mapped_column(JSON, default=list)
    state_under_review: Mapped[str | None] = mapped_column(Text)
    cycle: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[str] = mapped_column(String(16), default=Position.UNKNOWN)
    position_source: Mapped[str | None] = mapped_column(Text)
    themes: Mapped[list] = mapped_column(JSON, default=list)
    affected_persons: Mapped[list] = mapped_column(JSON, default=list)
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class RecommendationSource(Base):
    """What each document said about a recommendation, so conflicts keep their source."""

    __tablename__ = "recommendation_source"

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), index=True
    )
    source_kind: Mapped[str] = mapped_column(String(32))
    text: Mapped[str | None] = mapped_column(Text)
    states: Mapped[list] = mapped_column(JSON, default=list)
    position: Mapped[str | None] = mapped_column(String(16))
    conflict: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    recommendation: Mapped[Recommendation] = relationship()


class RecommendationText(Base):
    """A recommendation's text in one of the UN's languages (en, fr, es, …).

    The UN publishes each thematic list and Working Group report in six languages;
    an edition read after the first adds its text here, never a second registry row.
    ``recommendation.text`` stays the first edition's text (the one every reader
    shows); its language's row holds the same text."""

    __tablename__ = "recommendation_text"
    __table_args__ = (
        UniqueConstraint("recommendation_id", "language", name="uq_recommendation_text_language"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE")
    )
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)

    recommendation: Mapped[Recommendation] = relationship()


class Predecessor(Base):
    """A recommendation of an earlier cycle that a later one likely repeats, for the same
    State: suggested by matching (score, reason), confirmed or rejected by a person.

    A person's decision is kept whatever a later matching finds (``decided_by``).
    """

    __tablename__ = "predecessor"
    __table_args__ = (
        UniqueConstraint("recommendation_id", "predecessor_id", name="uq_predecessor_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE")
    )
    predecessor_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    score: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str | None] = mapped_column(Text)  # the words and States that matched
    status: Mapped[str] = mapped_column(String(16), default=LinkStatus.SUGGESTED)
    created_by: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
