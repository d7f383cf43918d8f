"""Reading the recommendation registry: filters, one recommendation with its citers."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewer.citations.countries import state_name
from reviewer.citations.states import canonical_state
from reviewer.storage.counts import recommendation_count
from reviewer.storage.models import (
    Document,
    Link,
    Paragraph,
    Recommendation,
    RecommendationSource,
    RecommendationText,
    Review,
    ReviewReport,
)
from reviewer.vocabulary import ACTIVE_STATUSES, ReportRole
from reviewer.workspace.core import Store
from reviewer.workspace.reviews import scope_symbols
from reviewer.workspace.rows import CitingParagraph, RecommendationDetail, RecommendationRow


def _rec_row(
    rec: Recommendation,
    count: int,
    conflict: bool = False,
    review: str | None = None,
    iso: str | None = None,
    texts: dict[str, str] | None = None,
) -> RecommendationRow:
    return RecommendationRow(
        id=rec.id,
        symbol=rec.symbol,
        number=rec.number,
        text=rec.text,
        states=tuple(rec.states or ()),
        position=rec.position,
        themes=tuple(tuple(t) for t in rec.themes or ()),
        affected_persons=tuple(rec.affected_persons or ()),
        paragraph_count=count,
        state_under_review=rec.state_under_review or (state_name(iso) if iso else None),
        position_source=rec.position_source,
        comment=rec.comment,
        conflict=conflict,
        review=review,
        texts=texts or {},
    )


def texts_by_recommendation(s: Session, ids: list[int]) -> dict[int, dict[str, str]]:
    """{recommendation id: {language: text}}, each first edition first."""
    q = select(
        RecommendationText.recommendation_id, RecommendationText.language, RecommendationText.text
    ).order_by(RecommendationText.id)
    wanted = set(ids)
    found: dict[int, dict[str, str]] = {}
    if len(ids) <= 900:
        q = q.where(RecommendationText.recommendation_id.in_(ids))
    for rid, language, text in s.execute(q):
        if rid in wanted:
            found.setdefault(rid, {})[language] = text
    return found


class Registry:
    """Reading the recommendation registry (entering into it is ``registry_store``'s)."""

    def __init__(self, store: Store):
        self.store = store

    def recommendations(
        self,
        symbol: str | None = None,
        state: str | None = None,
        position: str | None = None,
        theme: str | None = None,
        text_contains: str | None = None,
        cited: bool | None = None,
        review: str | None = None,
        responds_to: str | None = None,
        ids: Iterable[int] | None = None,
    ) -> list[RecommendationRow]:
        """The registry, filtered.  ``review="CHN-3"``: the recommendations made in that
        review; ``responds_to="CHN-4"``: those CHN-4's documents respond to (CHN-3's);
        both: either.  ``ids``: these recommendations only (a few rows read again after
        a link changed)."""
        # paragraphs of latest versions with an active link: the kept counts
        # (``recommendation_count``), one row per recommendation
        n = func.coalesce(recommendation_count.c.paragraphs, 0)
        conflicts = (
            select(RecommendationSource.recommendation_id)
            .where(RecommendationSource.conflict != 0)
            .distinct()
            .subquery()
        )
        q = (
            select(
                Recommendation,
                n,
                conflicts.c.recommendation_id.is_not(None),
            )
            .outerjoin(
                recommendation_count,
                recommendation_count.c.recommendation_id == Recommendation.id,
            )
            .outerjoin(conflicts, conflicts.c.recommendation_id == Recommendation.id)
        )
        owners = (
            select(ReviewReport.symbol, Review.code, Review.state)
            .join(Review, Review.id == ReviewReport.review_id)
            .where(ReviewReport.role == ReportRole.WG_REPORT)
            .subquery()
        )
        q = q.add_columns(owners.c.code, owners.c.state).outerjoin(
            owners, owners.c.symbol == Recommendation.symbol
        )
        if symbol:
            q = q.where(Recommendation.symbol == symbol.strip())
        if position:
            q = q.where(Recommendation.position == position.strip().lower())
        if text_contains:  # in any language's text
            in_texts = select(RecommendationText.recommendation_id).where(
                RecommendationText.text.ilike(f"%{text_contains}%")
            )
            q = q.where(
                Recommendation.text.ilike(f"%{text_contains}%") | Recommendation.id.in_(in_texts)
            )
        if cited is True:
            q = q.where(n > 0)
        elif cited is False:
            q = q.where(n == 0)
        if ids is not None:
            q = q.where(Recommendation.id.in_(list(ids)))
        q = q.order_by(Recommendation.symbol, Recommendation.sort_key, Recommendation.number)
        with self.store.read() as s:
            if review or responds_to:
                q = q.where(Recommendation.symbol.in_(scope_symbols(s, review, responds_to)))
            found = s.execute(q).all()
            texts = texts_by_recommendation(s, [r[0].id for r in found])
            rows = [
                _rec_row(rec, n, bool(c), code, iso, texts.get(rec.id))
                for rec, n, c, code, iso in found
            ]
        if state:
            wanted = canonical_state(state) or state.strip()
            rows = [r for r in rows if any((canonical_state(x) or x) == wanted for x in r.states)]
        if theme:
            t = theme.strip().casefold()
            rows = [
                r
                for r in rows
                if any(
                    code.casefold() == t or t in (name or "").casefold() for code, name in r.themes
                )
            ]
        return rows

    def recommendation(self, symbol: str, number: str) -> RecommendationDetail | None:
        number = number.strip().rstrip(".")
        with self.store.read() as s:
            rec = s.scalar(
                select(Recommendation).where(
                    Recommendation.symbol == symbol.strip(), Recommendation.number == number
                )
            )
            if rec is None:
                return None
            return _recommendation_detail(s, rec)

    def recommendation_by_id(self, rec_id: int) -> RecommendationDetail | None:
        with self.store.read() as s:
            rec = s.get(Recommendation, rec_id)
            return None if rec is None else _recommendation_detail(s, rec)


def _recommendation_detail(s: Session, rec: Recommendation) -> RecommendationDetail:
    rows = s.execute(
        select(Link, Paragraph, Document)
        .join(Paragraph, Paragraph.id == Link.paragraph_id)
        .join(Document, Document.id == Paragraph.document_id)
        .where(Link.recommendation_id == rec.id, Document.version_of_id.is_(None))
        .order_by(Document.id, Paragraph.seq)
    ).all()
    paragraphs = tuple(
        CitingParagraph(d.id, d.title, p.id, p.label, p.text, link.origin, link.status)
        for link, p, d in rows
    )
    sources = tuple(
        dict(
            source_kind=src.source_kind,
            document_id=src.document_id,
            text=src.text,
            states=list(src.states or []),
            position=src.position,
            conflict=bool(src.conflict),
        )
        for src in s.scalars(
            select(RecommendationSource)
            .where(RecommendationSource.recommendation_id == rec.id)
            .order_by(RecommendationSource.id)
        )
    )
    count = len({c.paragraph_id for c in paragraphs if c.status in ACTIVE_STATUSES})
    conflict = any(src["conflict"] for src in sources)
    owner = s.execute(
        select(Review.code, Review.state)
        .join(ReviewReport, ReviewReport.review_id == Review.id)
        .where(ReviewReport.symbol == rec.symbol, ReviewReport.role == ReportRole.WG_REPORT)
    ).first()
    code, iso = owner if owner is not None else (None, None)
    texts = texts_by_recommendation(s, [rec.id]).get(rec.id)
    return RecommendationDetail(
        _rec_row(rec, count, conflict, code, iso, texts), paragraphs, sources
    )
