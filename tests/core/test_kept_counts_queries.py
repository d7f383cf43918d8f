"""The documents pane, the reviews and the registry read the kept counts and show what
counting every paragraph and link showed: the scanning queries they replaced are
kept here as the reference, and both are compared on real documents with a
person's work, versions, several reviews and a registry document."""

from __future__ import annotations

import pytest
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from reviewer.storage.models import (
    Document,
    Link,
    Paragraph,
    Recommendation,
    RecommendationSource,
    Review,
)
from reviewer.vocabulary import ACTIVE_STATUSES, REGISTRY_DOCUMENT_KINDS, SourceKind
from reviewer.workspace import DocumentRow, Workspace
from tests.conftest import FIXTURES
from tests.core.transfer_helpers import worked

SVN = FIXTURES / "un"


def scanned_documents(
    s: Session, doc_id: int | None = None, review_id: int | None = None
) -> list[DocumentRow]:
    """``queries._document_rows`` as it was before migration 0008: every paragraph
    counted, twice."""

    def paragraphs_per_document(*where: ColumnElement[bool]) -> dict[int, int]:
        q = select(Paragraph.document_id, func.count()).where(*where)
        if doc_id is not None:
            q = q.where(Paragraph.document_id == doc_id)
        return {d: n for d, n in s.execute(q.group_by(Paragraph.document_id))}

    counts = paragraphs_per_document()
    reviewed = paragraphs_per_document(Paragraph.reviewed_at.is_not(None))
    brought_q = (
        select(
            RecommendationSource.document_id,
            func.count(func.distinct(RecommendationSource.recommendation_id)),
        )
        .join(Document, Document.id == RecommendationSource.document_id)
        .where(
            Document.kind.in_(REGISTRY_DOCUMENT_KINDS),
            RecommendationSource.source_kind != SourceKind.FOOTNOTE,
        )
    )
    docs_q = select(Document, Review.code).outerjoin(Review, Review.id == Document.review_id)
    docs_q = docs_q.order_by(Document.id)
    if review_id is not None:
        docs_q = docs_q.where(Document.review_id == review_id)
    if doc_id is not None:
        brought_q = brought_q.where(RecommendationSource.document_id == doc_id)
        docs_q = docs_q.where(Document.id == doc_id)
    else:
        docs_q = docs_q.where(Document.version_of_id.is_(None))
    brought = {d: n for d, n in s.execute(brought_q.group_by(RecommendationSource.document_id))}
    return [
        DocumentRow(
            id=d.id, title=d.title, organisation=d.organisation, kind=d.kind, format=d.format,
            file=d.file_name, paragraphs=counts.get(d.id, 0), reviewed=reviewed.get(d.id, 0),
            pages=d.pages, symbol=d.symbol, report_symbol=d.report_symbol,
            imported_at=d.imported_at, recommendations=brought.get(d.id, 0), review=code,
            review_status=d.review_status, review_reason=d.review_reason,
            version=d.version or 1, version_of=d.version_of_id, superseded_at=d.superseded_at,
            source_path=d.source_path,
        )
        for d, code in s.execute(docs_q)
    ]  # fmt: skip


def scanned_citing(s: Session) -> dict[int, int]:
    """The registry's "¶" before 0008: paragraphs of latest versions with an active link."""
    counts = dict(
        s.execute(
            select(Link.recommendation_id, func.count(func.distinct(Link.paragraph_id)))
            .join(Paragraph, Paragraph.id == Link.paragraph_id)
            .join(Document, Document.id == Paragraph.document_id)
            .where(Link.status.in_(ACTIVE_STATUSES), Document.version_of_id.is_(None))
            .group_by(Link.recommendation_id)
        ).all()
    )
    return {rid: counts.get(rid, 0) for rid in s.scalars(select(Recommendation.id))}


def scanned_review_links(s: Session) -> dict[int, int]:
    return dict(
        s.execute(
            select(Document.review_id, func.count(Link.id))
            .join(Paragraph, Paragraph.document_id == Document.id)
            .join(Link, Link.paragraph_id == Paragraph.id)
            .where(
                Link.status.in_(ACTIVE_STATUSES),
                Document.review_id.is_not(None),
                Document.version_of_id.is_(None),
            )
            .group_by(Document.review_id)
        ).all()
    )


@pytest.fixture
def ws(tmp_path, location):
    w = Workspace.open(location, "Ana")
    ids = worked(w, tmp_path)
    for name in (
        "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf",
        "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf",
    ):
        w.import_file(SVN / name)
    # more work: marks and links on the summary, a suggestion confirmed
    summary = w.document(ids["summary"])
    assert summary is not None
    for p in summary.paragraphs[:5]:
        w.set_reviewed(p.id)
    w.link(summary.paragraphs[1].id, "A/HRC/40/6", "28.2")
    w.link(summary.paragraphs[3].id, "A/HRC/40/6", "28.7")
    yield w
    w.close()


def same_as_scanning(ws: Workspace) -> None:
    with ws.read() as s:
        assert ws.documents() == scanned_documents(s)
        for review in ws.reviews():
            rid = s.scalar(select(Review.id).where(Review.code == review.review))
            assert ws.documents(review=review.review) == scanned_documents(s, review_id=rid)
        earlier = s.scalars(select(Document.id).where(Document.version_of_id.is_not(None))).all()
        assert earlier
        for doc_id in earlier:
            assert [ws.get_document(doc_id)] == scanned_documents(s, doc_id=doc_id)
        rows = ws.recommendations()
        assert {r.id: r.paragraph_count for r in rows} == scanned_citing(s)
        assert any(r.paragraph_count for r in rows)
        cited = {rid for rid, n in scanned_citing(s).items() if n}
        assert {r.id for r in ws.recommendations(cited=True)} == cited
        assert {r.id for r in ws.recommendations(cited=False)} == {r.id for r in rows} - cited
        links = scanned_review_links(s)
        assert {r.review: r.links for r in ws.reviews()} == {
            r.review: links.get(s.scalar(select(Review.id).where(Review.code == r.review)), 0)
            for r in ws.reviews()
        }
        assert any(r.links for r in ws.reviews())


def test_the_kept_counts_show_what_counting_showed(ws):
    same_as_scanning(ws)
    docs = {d.id: d for d in ws.documents()}
    assert any(d.reviewed for d in docs.values())
    assert any(d.recommendations for d in docs.values())  # a registry document


def test_and_after_more_work_and_a_removal(ws):
    doc = next(d for d in ws.documents() if d.kind == "national_report")
    detail = ws.document(doc.id)
    assert detail is not None
    links = [lk for p in detail.paragraphs for lk in p.links]
    ws.set_link_status(links[0].id, "rejected")
    ws.unlink(links[1].id)
    ws.set_reviewed(detail.paragraphs[0].id)
    same_as_scanning(ws)
    removed = ws.remove_document(doc.id)
    same_as_scanning(ws)
    ws.restore_document(removed)
    same_as_scanning(ws)


def test_a_few_rows_read_by_id_are_the_rows_of_the_whole_registry(ws):
    rows = {r.id: r for r in ws.recommendations()}
    some = [r for r in rows.values() if r.paragraph_count][:3] + list(rows.values())[:2]
    got = ws.recommendations(ids=[r.id for r in some])
    assert sorted(got, key=lambda r: r.id) == sorted(set(some), key=lambda r: r.id)
    assert ws.recommendations(ids=[]) == []
