"""Reading a workspace: documents, paragraphs, recommendations, search."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from reviewer.storage.counts import document_count
from reviewer.storage.fts import present
from reviewer.storage.models import (
    Document,
    Footnote,
    Link,
    Paragraph,
    RecommendationSource,
    Review,
)
from reviewer.vocabulary import REGISTRY_DOCUMENT_KINDS, SourceKind
from reviewer.workspace.core import Store
from reviewer.workspace.paragraph_read import (
    paragraph_extras,
    paragraph_row,
)
from reviewer.workspace.reviews import review_id_of
from reviewer.workspace.rows import (
    DocumentDetail,
    DocumentRow,
    FootnoteRow,
    ParagraphRow,
)
from reviewer.workspace.search import SearchHits, file_search, server_search


def document_counts(s: Session, doc_id: int) -> dict[str, int]:
    """What an import of this document brought: ``ImportResult``'s counts."""
    paragraphs = s.scalar(select(func.count()).where(Paragraph.document_id == doc_id)) or 0
    footnotes = s.scalar(select(func.count()).where(Footnote.document_id == doc_id)) or 0
    links = s.scalar(
        select(func.count(Link.id))
        .join(Paragraph, Paragraph.id == Link.paragraph_id)
        .where(Paragraph.document_id == doc_id)
    )
    recs = s.scalar(
        select(func.count(func.distinct(RecommendationSource.recommendation_id))).where(
            RecommendationSource.document_id == doc_id
        )
    )
    return dict(
        paragraphs=paragraphs,
        footnotes=footnotes,
        links=links or 0,
        recommendations=recs or 0,
    )


_DOCUMENT_COLUMNS = (
    Document.id,
    Document.title,
    Document.organisation,
    Document.kind,
    Document.format,
    Document.file_name,
    Document.pages,
    Document.symbol,
    Document.report_symbol,
    Document.imported_at,
    Document.review_status,
    Document.review_reason,
    Document.version,
    Document.version_of_id,
    Document.superseded_at,
    Document.source_path,
)


def _document_rows(
    s: Session, doc_id: int | None = None, review_id: int | None = None
) -> list[DocumentRow]:
    """Document rows with their paragraph, reviewed and registry counts: one (any
    version, by its row's id), or every live document (earlier versions left out).

    The paragraph and reviewed counts are the database's own (``document_count``,
    kept by triggers): one row read per document, whatever its size."""
    brought_q = (
        select(
            RecommendationSource.document_id,
            func.count(func.distinct(RecommendationSource.recommendation_id)),
        )
        .join(Document, Document.id == RecommendationSource.document_id)
        .where(
            Document.kind.in_(REGISTRY_DOCUMENT_KINDS),
            # a footnote quoting a recommendation brings nothing to the registry: a
            # submission made "other" by hand stays a document with paragraphs
            RecommendationSource.source_kind != SourceKind.FOOTNOTE,
        )
    )
    kept = document_count.c
    docs_q = (
        select(
            *_DOCUMENT_COLUMNS,
            Review.code,
            func.coalesce(kept.paragraphs, 0),
            func.coalesce(kept.reviewed, 0),
        )
        .outerjoin(Review, Review.id == Document.review_id)
        .outerjoin(document_count, kept.document_id == Document.id)
        .order_by(Document.id)
    )
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
            id=d_id,
            title=title,
            organisation=organisation,
            kind=kind,
            format=fmt,
            file=file_name,
            paragraphs=paragraphs,
            reviewed=reviewed,
            pages=pages,
            symbol=symbol,
            report_symbol=report_symbol,
            imported_at=imported_at,
            recommendations=brought.get(d_id, 0),
            review=code,
            review_status=review_status,
            review_reason=review_reason,
            version=version or 1,
            version_of=version_of,
            superseded_at=superseded_at,
            source_path=source_path,
        )
        for (
            d_id, title, organisation, kind, fmt, file_name, pages, symbol, report_symbol,
            imported_at, review_status, review_reason, version, version_of, superseded_at,
            source_path, code, paragraphs, reviewed,
        ) in s.connection().execute(docs_q)
    ]  # fmt: skip


class Queries:
    """Reading documents and paragraphs (with their links, footnotes, tags, notes), and
    full-text search."""

    def __init__(self, store: Store):
        self.store = store

    # -- documents ---------------------------------------------------------------
    def documents(self, review: str | None = None) -> list[DocumentRow]:
        """Every document, or those of one review ("CHN-4"): each at its latest version
        (``document(id, version=V)`` reads an earlier one)."""
        with self.store.read() as s:
            if review is None:
                return _document_rows(s)
            return _document_rows(s, review_id=review_id_of(s, review))

    def get_document(self, doc_id: int, version: int | None = None) -> DocumentRow | None:
        """A document's row: its latest version, or version ``version``."""
        with self.store.read() as s:
            row_id = version_row_id(s, doc_id, version)
            rows = _document_rows(s, row_id) if row_id is not None else []
            return rows[0] if rows else None

    def document(self, doc_id: int, version: int | None = None) -> DocumentDetail | None:
        """A document with every paragraph, its links, footnotes, tags, notes and
        citations: its latest version, or version ``version`` (an earlier version is
        also read by its own row's id)."""
        row = self.get_document(doc_id, version)
        if row is None:
            return None
        doc_id = row.id
        with self.store.read() as s:
            paras = s.scalars(
                select(Paragraph).where(Paragraph.document_id == doc_id).order_by(Paragraph.seq)
            ).all()
            footnotes = s.scalars(
                select(Footnote).where(Footnote.document_id == doc_id).order_by(Footnote.seq)
            ).all()
            ids = [p.id for p in paras]
            extras = paragraph_extras(s, ids)
            fn_rows = tuple(FootnoteRow(f.id, f.marker, f.text, f.page) for f in footnotes)
            return DocumentDetail(
                document=row,
                paragraphs=tuple(paragraph_row(p, extras) for p in paras),
                footnotes=fn_rows,
            )

    def paragraph(self, paragraph_id: int) -> ParagraphRow | None:
        with self.store.read() as s:
            p = s.get(Paragraph, paragraph_id)
            if p is None:
                return None
            return paragraph_row(p, paragraph_extras(s, [p.id]))

    def paragraph_ids(self, doc_id: int) -> list[int]:
        with self.store.read() as s:
            return list(
                s.scalars(
                    select(Paragraph.id)
                    .where(Paragraph.document_id == doc_id)
                    .order_by(Paragraph.seq)
                )
            )

    def paragraphs(self, ids: list[int]) -> list[ParagraphRow]:
        """Rows for these ids, in the order given (for models that fetch lazily)."""
        with self.store.read() as s:
            found = {p.id: p for p in s.scalars(select(Paragraph).where(Paragraph.id.in_(ids)))}
            extras = paragraph_extras(s, list(found))
            return [paragraph_row(found[i], extras) for i in ids if i in found]

    # -- search ----------------------------------------------------------------------
    def search_languages(self) -> tuple[str, ...]:
        """The languages the search index has told its documents are in ("en", "fr"):
        a bare word's other forms are those of these languages (``match_spans``)."""
        with self.store.read() as s:
            return present(s.connection())

    def search(
        self,
        query: str,
        limit: int = 50,
        document_id: int | None = None,
        review: str | None = None,
    ) -> SearchHits:
        """Ranked full-text search, in one document, one review's documents or all (the
        latest versions; an earlier version's own id searches it); snippets mark hits
        with fts.HIT_START/HIT_END (``reviewer.workspace.search``); with the hits, the
        languages ``search_languages`` says (read in the same transaction)."""
        with self.store.read() as s:
            review_id = review_id_of(s, review) if review is not None else None
            run = server_search if self.store.server else file_search
            return run(s, query, limit, document_id, review_id)


def version_row_id(s: Session, doc_id: int, version: int | None) -> int | None:
    """The row holding version ``version`` of the document ``doc_id`` belongs to (any of
    its versions' ids will do); ``doc_id`` itself when ``version`` is None."""
    if version is None:
        return doc_id
    row = s.execute(
        select(Document.id, Document.version_of_id).where(Document.id == doc_id)
    ).first()
    if row is None:
        return None
    live = row.version_of_id or row.id
    return s.scalar(
        select(Document.id).where(
            or_(Document.id == live, Document.version_of_id == live), Document.version == version
        )
    )
