"""Reviews in the workspace: listing them, placing documents, reading short numbers.

A review is one State in one cycle ("CHN-4").  Documents are placed in one when
imported (``reviewer.reviews.detect``); a person may move a document, and undo it.
A document of review N reads its short numbers ("recommendation 15") against the
report it names, or else against the Working Group report of review N−1 of the
same State, whichever of the two is imported first.
"""

from __future__ import annotations

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from reviewer.citations.countries import all_codes, display_name, state_name
from reviewer.errors import BadInput, NotFound
from reviewer.reviews.book import ReviewBook
from reviewer.reviews.shortnum import (
    RESPONSES_ORDER,
    STATES_ORDER,
    THEMATIC_ORDER,
    Numbering,
    choose,
    is_reading,
    numbering,
    reading_label,
)
from reviewer.storage.counts import document_count
from reviewer.storage.models import (
    Citation,
    Document,
    Paragraph,
    Recommendation,
    RecommendationSource,
    Review,
    ReviewReport,
)
from reviewer.storage.roles import EDITOR
from reviewer.vocabulary import (
    CitationKind,
    DocumentKind,
    ReportRole,
    ReviewStatus,
    SourceKind,
    number_key,
    parse_review_code,
    review_code,
)
from reviewer.words.facts import fact, templates
from reviewer.workspace.core import Store
from reviewer.workspace.rows import DocumentReview, ReviewRow, ShortNumbers

# Registry documents of the UN: they bring recommendations, they cite none.
_UN_LISTS = (DocumentKind.THEMATIC_LIST, DocumentKind.WG_REPORT, DocumentKind.RESPONSES)


def review_id_of(s: Session, code: str) -> int:
    """The id of the review named ``code``; NotFound names the reviews there are."""
    parsed = parse_review_code(code)
    if parsed is None:
        raise BadInput(f"{code!r} is not a review name like CHN-4 (ISO code, cycle)")
    found = s.scalar(select(Review.id).where(Review.code == review_code(*parsed)))
    if found is None:
        known = ", ".join(s.scalars(select(Review.code).order_by(Review.code))) or "none yet"
        raise NotFound(f"no review {review_code(*parsed)} in this workspace (reviews: {known})")
    return found


def previous_code(code: str) -> str | None:
    parsed = parse_review_code(code)
    if parsed is None or parsed[1] < 2:
        return None
    return review_code(parsed[0], parsed[1] - 1)


def report_symbols(s: Session, review_id: int) -> list[str]:
    """The WG report symbols of a review: its recommendations' symbols."""
    return list(
        s.scalars(
            select(ReviewReport.symbol)
            .where(ReviewReport.review_id == review_id, ReviewReport.role == ReportRole.WG_REPORT)
            .order_by(ReviewReport.id)
        )
    )


def scope_symbols(s: Session, review: str | None, responds_to: str | None) -> set[str]:
    """Recommendation symbols of ``review`` (made in it) and of the review that
    ``responds_to``'s documents respond to (its previous one)."""
    symbols: set[str] = set()
    if review:
        symbols |= set(report_symbols(s, review_id_of(s, review)))
    if responds_to:
        review_id_of(s, responds_to)  # a name that exists, or NotFound
        prev = previous_code(responds_to)
        if prev is not None:
            prev_id = s.scalar(select(Review.id).where(Review.code == prev))
            if prev_id is not None:
                symbols |= set(report_symbols(s, prev_id))
    return symbols


# what the window is told of a document's short numbers, in English; it says them in
# its language (``reviewer.words.facts``)
FACTS = templates(
    {
        "report.named": "named in the document",
        "report.previous_missing": "the previous review, {review}, whose report is not in "
        "the workspace yet",
        "report.previous": "the report of the previous review, {review}",
        "short.read_against": "They are read against {where}.",
        "short.name": "Name the report they refer to (set-report), or place the document in "
        "its review",
        "short.confirm_first": "Confirm the document's review first: its short numbers are "
        "read against the previous review's report",
        "short.unresolved": "{count} of them name no recommendation of {report}: {numbers}",
    }
)


def effective_report(s: Session, doc: Document) -> tuple[str | None, str | None]:
    """(report, where from) a document's short numbers are read against."""
    if doc.report_symbol:
        return doc.report_symbol, fact("report.named")
    if doc.kind in _UN_LISTS or doc.review_id is None:
        return None, None
    if doc.review_status == ReviewStatus.UNCERTAIN:
        return None, None  # not against a guess: the user confirms the review first
    review = s.get(Review, doc.review_id)
    if review is None or review.cycle < 2:
        return None, None
    prev = review_code(review.state, review.cycle - 1)
    symbol = ReviewBook(s).wg_report(review.state, review.cycle - 1)
    if symbol is None:
        return None, fact("report.previous_missing", review=prev)
    return symbol, fact("report.previous", review=prev)


def report_numbering(s: Session, symbol: str) -> Numbering:
    """How ``symbol`` numbers its recommendations, with the other orders the registry
    knows them in: the thematic list's rows and the State's responses (as imported),
    and by first recommending State then printed order (as UPR Info lists them)."""
    rows = s.execute(
        select(Recommendation.number, Recommendation.states).where(Recommendation.symbol == symbol)
    ).all()
    listed: dict[str, list[str]] = {SourceKind.THEMATIC_LIST: [], SourceKind.RESPONSES: []}
    for number, kind in s.execute(
        select(Recommendation.number, RecommendationSource.source_kind)
        .join(RecommendationSource, RecommendationSource.recommendation_id == Recommendation.id)
        .where(
            Recommendation.symbol == symbol,
            RecommendationSource.source_kind.in_(list(listed)),
        )
        .order_by(RecommendationSource.id)
    ):
        listed[kind].append(number)
    by_state = sorted(
        ((str((states or [""])[0]).casefold(), number_key(num), num) for num, states in rows)
    )
    return numbering(
        symbol,
        (num for num, _ in rows),
        [
            (THEMATIC_ORDER, listed[SourceKind.THEMATIC_LIST]),
            (RESPONSES_ORDER, listed[SourceKind.RESPONSES]),
            (STATES_ORDER, [num for *_, num in by_state]),
        ],
    )


class Reviews:
    """Reviews: listing, placing documents in them, the reading of short numbers."""

    def __init__(self, store: Store):
        self.store = store

    def reviews(self) -> list[ReviewRow]:
        with self.store.read() as s:
            return self._rows(s, select(Review).order_by(Review.state, Review.cycle))

    def get_review(self, code: str) -> ReviewRow | None:
        parsed = parse_review_code(code)
        if parsed is None:
            return None
        with self.store.read() as s:
            rows = self._rows(s, select(Review).where(Review.code == review_code(*parsed)))
            return rows[0] if rows else None

    def _rows(self, s: Session, q: Select[Review]) -> list[ReviewRow]:
        reviews = list(s.scalars(q))
        reports: dict[int, list[tuple[str, str]]] = {}
        for rid, symbol, role in s.execute(
            select(ReviewReport.review_id, ReviewReport.symbol, ReviewReport.role).order_by(
                ReviewReport.id
            )
        ):
            reports.setdefault(rid, []).append((symbol, role))
        docs: dict[int, int] = {}
        unsure: dict[int, int] = {}
        for rid, n, guessed in s.execute(
            select(
                Document.review_id,
                func.count(),
                func.sum(case((Document.review_status == ReviewStatus.UNCERTAIN, 1), else_=0)),
            )
            .where(Document.review_id.is_not(None), Document.version_of_id.is_(None))
            .group_by(Document.review_id)
        ):
            docs[rid], unsure[rid] = n, int(guessed or 0)
        recs = dict(
            s.execute(
                select(ReviewReport.review_id, func.count(Recommendation.id))
                .join(Recommendation, Recommendation.symbol == ReviewReport.symbol)
                .where(ReviewReport.role == ReportRole.WG_REPORT)
                .group_by(ReviewReport.review_id)
            ).all()
        )
        # active links on the paragraphs of each review's documents: the kept counts
        # (``document_count``), one row per document
        links = {
            rid: int(n or 0)
            for rid, n in s.execute(
                select(Document.review_id, func.sum(document_count.c.links))
                .join(document_count, document_count.c.document_id == Document.id)
                .where(Document.review_id.is_not(None), Document.version_of_id.is_(None))
                .group_by(Document.review_id)
            )
        }
        codes = {r.code for r in s.scalars(select(Review))}
        out = []
        for r in reviews:
            mine = reports.get(r.id, [])
            prev = previous_code(r.code)
            out.append(
                ReviewRow(
                    review=r.code,
                    state=r.state,
                    state_name=state_name(r.state) or r.state,
                    display_name=display_name(r.state) or r.state,
                    cycle=r.cycle,
                    session=r.session,
                    year=r.year,
                    dated_by=r.dated_by,
                    reports=tuple(sym for sym, role in mine if role == ReportRole.WG_REPORT),
                    responses=tuple(sym for sym, role in mine if role == ReportRole.RESPONSES),
                    documents=docs.get(r.id, 0),
                    recommendations=recs.get(r.id, 0),
                    links=links.get(r.id, 0),
                    uncertain=unsure.get(r.id, 0),
                    previous=prev if prev in codes else None,
                )
            )
        return out

    # -- placing documents -------------------------------------------------------------
    def set_document_review(self, document_id: int, code: str | None) -> DocumentReview:
        """Put a document in review ``code`` (made if new; None: in none), as a person's
        choice.  Returns where it was, for undo (``restore_document_review``)."""
        target = None
        if code is not None:
            parsed = parse_review_code(code)
            if parsed is None:
                raise BadInput(f"{code!r} is not a review name like CHN-4 (ISO code, cycle)")
            if parsed[0] not in all_codes():
                raise BadInput(f"{parsed[0]} is not the ISO code of a UN member or observer State")
            if not 1 <= parsed[1] <= 9:
                raise BadInput(f"there is no UPR cycle {parsed[1]}")
            target = parsed
        self.store.require(EDITOR, "place documents in reviews")
        with self.store.write() as s:
            before = self._where(s, document_id)
            book = ReviewBook(s)
            review_id = book.review_id(*target) if target else None
            book.place(document_id, review_id, fact("review.chosen_by", who=self.store.author))
            book.estimate_sessions()
            book.prune()
        return before

    def restore_document_review(self, previous: DocumentReview) -> None:
        """Put a document back where ``previous`` says it was (undo of a move)."""
        self.store.require(EDITOR, "place documents in reviews")
        with self.store.write() as s:
            doc = _document_or_fail(s, previous.document_id)
            book = ReviewBook(s)
            parsed = parse_review_code(previous.review) if previous.review else None
            doc.review_id = book.review_id(*parsed) if parsed else None
            doc.review_status = previous.status
            doc.review_reason = previous.reason
            s.flush()
            book.estimate_sessions()
            book.prune()

    def document_review(self, document_id: int) -> DocumentReview:
        with self.store.read() as s:
            return self._where(s, document_id)

    def _where(self, s: Session, document_id: int) -> DocumentReview:
        doc = _document_or_fail(s, document_id)
        code = s.scalar(select(Review.code).where(Review.id == doc.review_id))
        return DocumentReview(document_id, code, doc.review_status, doc.review_reason)

    # -- short numbers -----------------------------------------------------------------
    def short_numbers(self, document_id: int) -> ShortNumbers:
        with self.store.read() as s:
            doc = _document_or_fail(s, document_id)
            rows = s.execute(
                select(Citation.number, Citation.recommendation_id)
                .join(Paragraph, Paragraph.id == Citation.paragraph_id)
                .where(Paragraph.document_id == document_id, Citation.kind == CitationKind.SHORT)
            ).all()
            unresolved = [n for n, rec in rows if rec is None]
            report, where = effective_report(s, doc)
            if not rows:
                return ShortNumbers(document_id, 0, 0, report, where)
            reason: str | None
            if report is None:
                reason = fact("short.read_against", where=where) if where else fact("short.name")
                if doc.review_status == ReviewStatus.UNCERTAIN and not doc.report_symbol:
                    reason = fact("short.confirm_first")
                return ShortNumbers(
                    document_id, len(rows), len(unresolved), None, where, reason=reason
                )
            n = report_numbering(s, report)
            choice = choose(n, unresolved or [num for num, _ in rows], doc.short_reading)
            codes = n.readings
            if choice.chosen and choice.reading and choice.reading not in codes:
                codes = (*codes, choice.reading)  # "running+2", or any with one paragraph
            readings = tuple((r, reading_label(n, r)) for r in codes)
            reason = None if choice.certain else choice.reason
            if choice.certain and unresolved:
                numbers = sorted(set(unresolved), key=lambda x: int(x) if x.isdigit() else 0)
                reason = fact(
                    "short.unresolved",
                    count=len(unresolved),
                    report=report,
                    numbers=", ".join(numbers[:8]),
                )
            return ShortNumbers(
                document_id,
                len(rows),
                len(unresolved),
                report,
                where,
                readings,
                doc.short_reading,
                reason,
            )

    def set_short_reading(self, document_id: int, reading: str | None) -> str | None:
        """Choose how the document's short numbers read (a paragraph like "122",
        "running", "running-rev", "thematic", any with an offset like "running+2"; see
        ``reviewer.reviews.shortnum``); returns the previous choice.  Resolving follows
        (``Review``)."""
        self.store.require(EDITOR, "choose how a document's short numbers read")
        with self.store.write() as s:
            doc = _document_or_fail(s, document_id)
            before = doc.short_reading
            if reading is not None:
                report, _ = effective_report(s, doc)
                n = report_numbering(s, report) if report else None
                if n is None or not is_reading(n, reading):
                    choices = ", ".join(n.orders) if n and n.orders else "none"
                    raise BadInput(
                        f"{reading!r} is no reading of this report (choices: {choices}, "
                        "each may take an offset like +2)"
                    )
            doc.short_reading = reading
            return before


def _document_or_fail(s: Session, document_id: int) -> Document:
    doc = s.get(Document, document_id)
    if doc is None:
        raise NotFound(f"no document with id {document_id}")
    return doc
