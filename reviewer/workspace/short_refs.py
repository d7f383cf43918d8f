"""Short numbers ("recommendations 30–31") read against a report: resolving them into
links, and undoing that before they are read another way.  Both run inside the
caller's write transaction (``Review.resolve_short_references`` and
``Review.unresolve_short_references`` are their public faces)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewer.reviews.shortnum import Numbering, choose, read, reading_label
from reviewer.storage.models import Citation, Document, Link, Paragraph, Recommendation
from reviewer.vocabulary import CitationKind, LinkOrigin, LinkStatus
from reviewer.workspace.registry_store import insert_if_absent
from reviewer.workspace.reviews import effective_report, report_numbering


def resolve_short(s: Session, author: str, document_id: int | None = None) -> int:
    """Links made for short numbers that now read certainly (see the method's doc)."""
    made = 0
    q = (
        select(Citation, Paragraph.document_id)
        .join(Paragraph, Paragraph.id == Citation.paragraph_id)
        .where(Citation.kind == CitationKind.SHORT, Citation.recommendation_id.is_(None))
    )
    if document_id is not None:
        q = q.where(Paragraph.document_id == document_id)
    by_doc: dict[int, list[Citation]] = {}
    for cit, doc_id in s.execute(q).all():
        by_doc.setdefault(doc_id, []).append(cit)
    numberings: dict[str, Numbering] = {}
    for doc_id, cits in by_doc.items():
        doc = s.get(Document, doc_id)
        if doc is None:
            continue
        report, _ = effective_report(s, doc)
        if report is None:
            continue
        if report not in numberings:
            numberings[report] = report_numbering(s, report)
        n = numberings[report]
        choice = choose(n, [c.number for c in cits], doc.short_reading)
        if not choice.certain:
            continue
        # read through an order a person accepted: "inferred", with that order
        detail = reading_label(n, choice.reading or "") if choice.chosen else None
        for cit in cits:
            full = read(n, cit.number, choice.reading)
            rec = None
            if full is not None:
                rec = s.scalar(
                    select(Recommendation).where(
                        Recommendation.symbol == report, Recommendation.number == full
                    )
                )
            if rec is None:
                continue
            cit.symbol = report
            cit.recommendation_id = rec.id
            made += insert_if_absent(
                s,
                Link,
                ("paragraph_id", "recommendation_id"),
                paragraph_id=cit.paragraph_id,
                recommendation_id=rec.id,
                origin=LinkOrigin.INFERRED if detail else cit.origin,
                status=LinkStatus.CONFIRMED,
                detail=detail,
                created_by=author,
            )
    return made


def unresolve_short(s: Session, document_id: int) -> int:
    """Links removed when a document's short numbers are un-read (see the method's doc)."""
    removed = 0
    cits = s.scalars(
        select(Citation)
        .join(Paragraph, Paragraph.id == Citation.paragraph_id)
        .where(
            Paragraph.document_id == document_id,
            Citation.kind == CitationKind.SHORT,
            Citation.recommendation_id.is_not(None),
        )
    ).all()
    pairs = {(c.paragraph_id, c.recommendation_id) for c in cits}
    for c in cits:
        c.recommendation_id = None
        c.symbol = None
    s.flush()
    for pid, rid in pairs:
        other = s.scalar(
            select(func.count(Citation.id)).where(
                Citation.paragraph_id == pid, Citation.recommendation_id == rid
            )
        )
        if other:
            continue
        link = s.scalar(select(Link).where(Link.paragraph_id == pid, Link.recommendation_id == rid))
        if (
            link is not None
            and link.status == LinkStatus.CONFIRMED
            and link.origin not in (LinkOrigin.MANUAL, LinkOrigin.SUGGESTION)
        ):
            s.delete(link)
            removed += 1
    return removed
